// Many small objects of several shapes (with and without pointers, strings,
// small slices) built into short-lived lists, a few kept in a ring.
package main

type item struct {
	next  *item
	name  string
	tags  []int
	score float64
}

type point struct{ x, y int32 }

func main() {
	var ring [1024]*item
	total := 0
	for round := 0; round < 300; round++ {
		var list *item
		for i := 0; i < 20000; i++ {
			it := &item{next: list, name: "item", tags: make([]int, i%5), score: float64(i)}
			p := &point{int32(i), int32(round)}
			total += int(p.x&1) + len(it.tags)
			list = it
			if i%97 == 0 {
				ring[(round*20000+i)%1024] = it
			}
		}
		for it := list; it != nil; it = it.next {
			total += len(it.name)
		}
	}
	kept := 0
	for _, it := range ring {
		if it != nil {
			kept++
		}
	}
	println(total, kept)
}
