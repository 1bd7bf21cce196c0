// Interface keys: the dynamic type is part of the key, so int(1),
// int64(1) and "1" are three entries; structs and nil are keys too.
package main

type Pt struct {
	X, Y int
}

type MyInt int

func main() {
	m := map[any]int{}
	m[1] = 1
	m[int64(1)] = 2
	m["1"] = 3
	m[MyInt(1)] = 4
	m[1] += 10
	println(len(m), m[1], m[int64(1)], m["1"], m[MyInt(1)], m[int8(1)])
	m[Pt{1, 2}] = 5
	m[nil] = 6
	m[true] = 7
	m[2.5] = 8
	println(len(m), m[Pt{1, 2}], m[nil], m[true], m[2.5], m[false])
	var k any = Pt{1, 2}
	_, ok := m[k]
	println(ok)
	var e error
	println(m[e])
	delete(m, "1")
	delete(m, nil)
	println(len(m))
	total := 0
	for _, v := range m {
		total += v
	}
	println(total)
	ptrs := map[any]bool{}
	p1 := &Pt{}
	p2 := &Pt{}
	ptrs[p1] = true
	println(ptrs[p1], ptrs[p2], len(ptrs))
}
