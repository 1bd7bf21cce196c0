// copy returns the number of elements copied (the shorter length),
// handles overlapping ranges, and copies from strings into []byte.
package main

func show(s []int) {
	for _, v := range s {
		print(v, " ")
	}
	println()
}

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	println(n)
	show(dst)
	big := make([]int, 8)
	n = copy(big, src)
	println(n)
	show(big)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s[2:], s)
	println(n)
	show(s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(s, s[3:])
	println(n)
	show(s)
	b := make([]byte, 4)
	n = copy(b, "golang")
	println(n, string(b))
	n = copy(b[2:], "X")
	println(n, string(b))
	var nilS []int
	println(copy(nilS, src), copy(src, nilS))
	arr := [4]int{9, 9, 9, 9}
	copy(arr[1:], []int{7, 8})
	println(arr[0], arr[1], arr[2], arr[3])
}
