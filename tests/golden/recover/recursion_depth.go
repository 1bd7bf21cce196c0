// Recursion panics at depth 100 and recovers at depth 50: the defers of
// levels 100..51 run while panicking, level 50 recovers, and levels 49..1
// return normally and run their defers too.
package main

var trace []int
var ran int

func rec(depth int) (result int) {
	defer func() {
		ran++
		if depth == 50 {
			r := recover()
			println("recovered at 50:", r.(int), "defers so far:", ran)
			result = 1000
		}
		if depth > 50 && depth%10 == 0 {
			trace = append(trace, depth)
		}
	}()
	if depth == 100 {
		panic(depth)
	}
	return rec(depth+1) + 1
}

func main() {
	println("result", rec(1))
	println("defers run", ran)
	for _, d := range trace {
		print(d, " ")
	}
	println()
}
