// Interior pointers alone keep their objects alive: a pointer to a field,
// to an array element, and a slice of the middle of a backing array.
package main

import "runtime"

type big struct {
	pad  [100]int
	data [16]int
	tail string
}

func main() {
	var fields []*int
	var mids [][]int
	var tails []*string
	for i := 0; i < 1000; i++ {
		b := &big{tail: "t"}
		b.data[5] = i
		fields = append(fields, &b.data[5])
		tails = append(tails, &b.tail)
		arr := make([]int, 1000)
		for j := range arr {
			arr[j] = i + j
		}
		mids = append(mids, arr[400:410])
	}
	for i := 0; i < 20; i++ {
		_ = make([]int, 100000)
		runtime.GC()
	}
	sum := 0
	for i := range fields {
		sum += *fields[i] + mids[i][3] + len(*tails[i])
	}
	println(sum)
}
