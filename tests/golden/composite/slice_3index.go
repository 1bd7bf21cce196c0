// Full slice expressions a[low:high:max] limit the capacity, so a later
// append reallocates instead of overwriting the original array.
package main

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	a := base[2:4]
	println(len(a), cap(a))
	b := base[2:4:5]
	println(len(b), cap(b))
	c := base[2:4:4]
	println(len(c), cap(c))
	a = append(a, 100)
	println(base[4])
	b = append(b, 200)
	println(base[4])
	b = append(b, 300)
	println(base[5], b[3])
	c = append(c, 400)
	println(base[4], c[2])
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	s := arr[1:3:6]
	println(len(s), cap(s), s[0])
	t := arr[:0:0]
	println(len(t), cap(t))
	t = append(t, "z")
	println(arr[0], t[0])
	u := base[:5:7][3:]
	println(len(u), cap(u), u[0])
	i, j, k := 1, 2, 3
	v := base[i:j:k]
	println(len(v), cap(v), v[0])
}
