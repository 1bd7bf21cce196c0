// Defers pushed in a loop run in reverse order during a panic; the one that
// recovers is the one pushed last with a recover, and the loop variable is
// captured by argument.
package main

func run(n int) (sum int) {
	for i := 0; i < n; i++ {
		defer func(k int) {
			if k%3 == 0 {
				if r := recover(); r != nil {
					println("recovered at", k, "value", r.(int))
					sum += 1000
				} else {
					println("nothing at", k)
				}
			} else {
				println("plain", k)
			}
			sum += k
		}(i)
	}
	panic(n * 10)
}

func main() {
	println("sum", run(7))
	println("sum", run(2))
}
