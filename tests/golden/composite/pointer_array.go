// A pointer to an array can be indexed, sliced, ranged over and passed to
// len directly.
package main

func fill(p *[5]int) {
	for i := range p {
		p[i] = i * i
	}
}

func main() {
	var a [5]int
	fill(&a)
	println(a[0], a[1], a[4])
	p := &a
	println(len(p), p[3], (*p)[3])
	s := p[1:4]
	s[0] = 100
	println(a[1], len(s), cap(s))
	sum := 0
	for _, v := range p {
		sum += v
	}
	println(sum)
	for i, v := range p {
		if i == 0 {
			p[4] = -1
		}
		if i == 4 {
			println("sees update", v)
		}
	}
	b := *p
	b[0] = 55
	println(a[0], b[0])
	grid := &[2][3]int{}
	grid[1][2] = 9
	row := &grid[1]
	row[0] = 8
	println(grid[1][0], grid[1][2])
}
