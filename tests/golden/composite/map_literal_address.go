// Taking the address of a map literal (&M{...}) makes a new variable that
// holds the map.
package main

type M map[int]int

func main() {
	p := &M{0: 1, 2: 3}
	(*p)[4] = 5
	println(len(*p), (*p)[0], (*p)[2], (*p)[4])
	q := &map[string]bool{"a": true}
	*q = nil
	println(*q == nil, len(*q))
	ps := []*M{{1: 1}, {2: 2, 3: 3}}
	println(len(*ps[0]), len(*ps[1]))
}
