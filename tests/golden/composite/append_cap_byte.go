// Capacities chosen by append for []byte and []int32 growing one element
// at a time.
package main

func main() {
	var b []byte
	last := -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			print(cap(b), " ")
			last = cap(b)
		}
	}
	println()
	var r []int32
	last = -1
	for i := 0; i < 2000; i++ {
		r = append(r, int32(i))
		if cap(r) != last {
			print(cap(r), " ")
			last = cap(r)
		}
	}
	println()
	var u []uint16
	last = -1
	for i := 0; i < 1000; i++ {
		u = append(u, uint16(i))
		if cap(u) != last {
			print(cap(u), " ")
			last = cap(u)
		}
	}
	println()
	println(b[2999], r[1999], u[999])
}
