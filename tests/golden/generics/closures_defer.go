// Closures capturing values of type-parameter type, generic functions
// returning closures and multiple results, and defer/recover in generic code.
package main

func Counter[T ~int | ~float64](step T) (func() T, func() T) {
	var cur T
	next := func() T {
		cur += step
		return cur
	}
	reset := func() T {
		old := cur
		cur = 0
		return old
	}
	return next, reset
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	get := func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		return v
	}
	return get, func() int { return calls }
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

// SafeAt recovers from an index panic and reports it through results.
func SafeAt[T any](s []T, i int) (v T, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	return s[i], true
}

func Try[T any](f func() T) (result T, err any) {
	defer func() {
		err = recover()
	}()
	result = f()
	return
}

func Trace[T any](name string, v T, log *[]string) T {
	*log = append(*log, "enter "+name)
	defer func() { *log = append(*log, "leave "+name) }()
	return v
}

func DivMod[T ~int | ~int64](a, b T) (q, r T) {
	return a / b, a % b
}

func main() {
	next, reset := Counter(3)
	next()
	next()
	println(next(), reset(), next())
	fnext, _ := Counter(0.5)
	fnext()
	println(fnext())

	calls := 0
	sq, count := Memo(func(n int) int { calls++; return n * n })
	println(sq(4), sq(5), sq(4), sq(4), count(), calls)
	ln, lcount := Memo(func(s string) int { return len(s) })
	println(ln("abc"), ln("abc"), ln(""), lcount())

	f := Compose(func(n int) string {
		s := ""
		for i := 0; i < n; i++ {
			s += "ab"
		}
		return s
	}, func(s string) int { return len(s) })
	println(f(3))

	xs := []string{"p", "q"}
	v, ok := SafeAt(xs, 1)
	println(v, ok)
	v, ok = SafeAt(xs, 5)
	println(v == "", ok)

	r, err := Try(func() int { return 7 })
	println(r, err == nil)
	r2, err2 := Try(func() float64 {
		var m map[string]int
		return float64(m["x"]) + 1.5
	})
	println(r2, err2 == nil)
	r3, err3 := Try(func() []int { panic("boom") })
	println(r3 == nil, err3.(string))

	var log []string
	x := Trace("outer", Trace("inner", 5, &log)+1, &log)
	println(x)
	for _, l := range log {
		println(l)
	}

	q, rem := DivMod(17, 5)
	println(q, rem)
	q64, rem64 := DivMod[int64](-17, 5)
	println(q64, rem64)
}
