package main

// Local types of the same name in different functions are different types,
// and so are the types built from them (func(T), []T, map[string]T).

func a() (any, any, any) {
	type T int
	var f func(T) = func(T) {}
	return f, []T{1}, map[string]T{"a": 1}
}

func b() (any, any, any) {
	type T int
	var f func(T) = func(T) {}
	return f, []T{1}, map[string]T{"a": 1}
}

func main() {
	fa, sa, ma := a()
	fb, sb, mb := b()
	println(fa == fb, sa == sb, ma == mb)
	_, ok := fb.(func(int))
	println(ok)
	fa2, _, _ := a()
	defer func() {
		println("recovered:", recover() != nil)
	}()
	println(fa == fa2)
}
