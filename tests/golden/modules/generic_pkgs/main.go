package main

import (
	"generic_pkgs/coll"
	"generic_pkgs/num"
)

type Celsius float64

type point struct{ x, y int }

func main() {
	l := coll.Of(3, 1, 4, 1, 5)
	l.Push(9)
	println(l.Len(), coll.Largest(l), num.Sum([]int{1, 2, 3}))
	temps := []Celsius{21.5, 19, 23.25}
	println(num.Sum(temps) > 60, num.Max(Celsius(3), 2) == 3)
	names := coll.Map(l, func(i int) string { return string(rune('a' + i)) })
	names.Each(func(i int, s string) { print(i, ":", s, " ") })
	println()
	println(coll.Largest(names))
	pts := coll.Of(point{1, 2}, point{3, 4})
	for _, p := range coll.Zip(names, pts) {
		println(p.Key, p.Val.x, p.Val.y)
	}
	var any1 interface{} = coll.Pair[string, point]{"k", point{5, 6}}
	if p, ok := any1.(coll.Pair[string, point]); ok {
		println(p.Key, p.Val.y)
	}
	println(num.Max("pear", "apple"))
}
