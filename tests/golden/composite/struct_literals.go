// Struct literals: positional, keyed, partial, nested, via &T{}.
package main

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	var r Point
	println(p.X, p.Y, q.X, q.Y, r.X, r.Y)
	rect := Rect{Point{0, 0}, Point{10, 20}, "box"}
	println(rect.Max.Y-rect.Min.Y, rect.Name)
	r2 := Rect{Name: "keyed", Max: Point{X: 3}}
	println(r2.Min.X, r2.Max.X, r2.Max.Y, r2.Name)
	pp := &Point{7, 8}
	pp.X *= 2
	println(pp.X, (*pp).Y)
	pts := []Point{{1, 1}, {X: 2}, {}}
	println(len(pts), pts[1].X, pts[2].Y)
	ptrs := []*Point{{3, 4}, {5, 6}}
	println(ptrs[1].Y)
	m := map[string]Point{"a": {9, 9}}
	println(m["a"].X)
	arr := [2]Rect{{Name: "first"}, {Min: Point{1, 1}}}
	println(arr[0].Name, arr[1].Min.Y)
}
