// A live heap of about 100 MB (900,000 small objects linked from a
// table) while short-lived garbage is allocated: bench/gcpause.sh reads
// the collector's pauses from GODEBUG=gctrace=1.
package main

type record struct {
	id    int
	next  *record
	data  [10]int
	label string
}

var sink *record

func main() {
	const live = 900000
	table := make([]*record, live)
	for i := range table {
		r := &record{id: i, label: "r"}
		if i > 0 {
			r.next = table[i-1]
		}
		table[i] = r
	}
	sum := 0
	for round := 0; round < 5000; round++ {
		for j := 0; j < 1000; j++ {
			sink = &record{id: j}
			sum += sink.id
		}
		// Replace a few long-lived records.
		i := (round * 7919) % live
		table[i] = &record{id: i, next: table[(i+1)%live], label: "new"}
	}
	check := 0
	for _, r := range table {
		check += r.id
		if r.next != nil {
			check += r.next.id & 1
		}
	}
	println(sum, check)
}
