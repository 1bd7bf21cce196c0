// Allocates 10 GB in all, in objects of 16 bytes to 32 KB with and without
// pointers, while keeping only the last 64 records alive.
package main

import "runtime"

type rec struct {
	next *rec
	buf  []byte
	ptrs []*int
	n    int
}

func main() {
	var ring [64]*rec
	total := 0
	i := 0
	for ; total < 10<<30; i++ {
		size := 16 << (i % 12)
		r := &rec{buf: make([]byte, size), n: i}
		r.buf[size-1] = byte(i)
		if i%3 == 0 {
			r.ptrs = make([]*int, size/64+1)
			r.ptrs[0] = &r.n
		}
		if old := ring[i%64]; old != nil {
			old.next = nil
		}
		r.next = ring[(i+63)%64]
		ring[i%64] = r
		total += size
	}
	for k := 0; k < 64; k++ {
		r := ring[k]
		size := len(r.buf)
		if r.buf[size-1] != byte(r.n) || (r.ptrs != nil && *r.ptrs[0] != r.n) {
			println("corrupt record", r.n)
			return
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	println("ok", i, m.TotalAlloc >= 10<<30, m.NumGC > 100, m.HeapAlloc < 64<<20)
}
