// Ranging over a pointer to an array does not copy: writes during the
// loop are seen. len(p) is also fine for a nil *array when only the index
// is used.
package main

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range &arr {
		if i == 0 {
			arr[3] = 100
		}
		print(v, " ")
	}
	println()
	p := &arr
	for i := range p {
		p[i] *= 2
	}
	println(arr[0], arr[1], arr[2], arr[3])
	var np *[5]int
	count := 0
	for i := range np {
		count += i
	}
	println("nil ptr index-only range", count)
	for i, v := range p {
		if i < 3 {
			p[i+1] += v
		}
	}
	println(arr[0], arr[1], arr[2], arr[3])
}
