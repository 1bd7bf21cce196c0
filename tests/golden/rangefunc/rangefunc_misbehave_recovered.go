// The runtime errors raised for misbehaving iterators are ordinary runtime
// panics: the enclosing function recovers each and prints its message.
package main

func stubborn(yield func(int) bool) {
	defer println("  stubborn defer")
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

func continued() (msg string) {
	defer func() {
		if e, ok := recover().(error); ok {
			msg = e.Error()
		}
	}()
	for x := range stubborn {
		if x == 0 {
			break
		}
	}
	return "no panic"
}

func continuedAfterReturn() (msg string) {
	defer func() {
		if e, ok := recover().(error); ok {
			msg = e.Error()
		}
	}()
	for x := range stubborn {
		return "returned at " + string(rune('0'+x))
	}
	return "no panic"
}

var saved func(int) bool

func keeper(yield func(int) bool) {
	saved = yield
	yield(0)
}

func afterExit() (msg string) {
	defer func() {
		if e, ok := recover().(error); ok {
			msg = e.Error()
		}
	}()
	for range keeper {
	}
	saved(1)
	return "no panic"
}

func resumeAfterPanic(yield func(int) bool) {
	defer func() {
		r := recover()
		println("  iterator recovered", r.(string), "and yields again")
		yield(100)
	}()
	yield(1)
}

func afterPanic() (msg string) {
	defer func() {
		if e, ok := recover().(error); ok {
			msg = e.Error()
		}
	}()
	for x := range resumeAfterPanic {
		println("  body", x)
		panic("first")
	}
	return "no panic"
}

func swallow(yield func(int) bool) {
	defer func() {
		recover()
	}()
	yield(1)
}

func swallowed() (msg string) {
	defer func() {
		if e, ok := recover().(error); ok {
			msg = e.Error()
		}
	}()
	for range swallow {
		panic("lost")
	}
	return "no panic"
}

func main() {
	println("1:", continued())
	println("2:", continuedAfterReturn())
	println("3:", afterExit())
	println("4:", afterPanic())
	println("5:", swallowed())
}
