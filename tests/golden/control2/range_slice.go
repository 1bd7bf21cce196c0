// Ranging over a slice evaluates the slice once: appends during the loop
// do not extend it, but element writes ahead of the cursor are seen.
package main

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		s = append(s, v*10)
		if i == 0 {
			s[2] = 30
		}
		print(v, " ")
	}
	println(len(s))
	t := []int{1, 2, 3, 4}
	for i, v := range t {
		if i+1 < len(t) {
			t[i+1] += v
		}
	}
	println(t[0], t[1], t[2], t[3])
	u := []string{"a", "b", "c"}
	for i := range u {
		u = u[:1]
		println(i)
	}
	println(len(u))
	var nilS []float64
	for range nilS {
		println("never")
	}
	w := []int{5, 6, 7}
	for i, v := range w[1:] {
		println(i, v)
	}
}
