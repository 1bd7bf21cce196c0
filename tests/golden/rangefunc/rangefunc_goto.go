// goto from inside a range-over-func body to a label after the loop (also out
// of nested loops), plus goto that stays within the body; the iterator sees
// yield return false when the body jumps out.
package main

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("  upTo", n, "stopped at", i)
				return
			}
		}
		println("  upTo", n, "done")
	}
}

func search(target int) string {
	found := -1
	for x := range upTo(10) {
		if x == target {
			found = x
			goto done
		}
	}
	println(" not found")
	return "missing"
done:
	println(" found", found)
	return "ok"
}

func nested() {
	count := 0
	for a := range upTo(4) {
		for b := range upTo(4) {
			count++
			if a+b == 4 {
				println(" jumping at", a, b)
				goto out
			}
		}
	}
	println(" never printed")
out:
	println(" count", count)
}

func insideBody() {
	for x := range upTo(3) {
		i := 0
	again:
		if i < x {
			println(" ", x, ":", i)
			i++
			goto again
		}
		println(" counted to", i)
	}
}

func retry() {
	attempts := 0
start:
	attempts++
	for x := range upTo(5) {
		if x == 2 && attempts < 3 {
			println(" retry from attempt", attempts)
			goto start
		}
	}
	println(" attempts", attempts)
}

func main() {
	println("search 4:", search(4))
	println("search 40:", search(40))
	nested()
	insideBody()
	retry()
}
