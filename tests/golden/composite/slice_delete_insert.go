// Deleting and inserting in place with append and copy.
package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println("len", len(s))
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6}
	s = append(s[:2], s[3:]...)
	show(s)
	s = append(s[:0], s[1:]...)
	show(s)
	i := 2
	s = append(s[:i], append([]int{100}, s[i:]...)...)
	show(s)
	s = append(s, 0)
	copy(s[2:], s[1:])
	s[1] = -1
	show(s)
	filtered := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			filtered = append(filtered, v)
		}
	}
	show(filtered)
	show(s)
	for a, b := 0, len(filtered)-1; a < b; a, b = a+1, b-1 {
		filtered[a], filtered[b] = filtered[b], filtered[a]
	}
	show(filtered)
}
