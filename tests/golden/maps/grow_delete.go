// A map grows to 10000 entries, loses half of them and grows again;
// lookups stay correct all along.
package main

func main() {
	m := map[int]int{}
	for i := 0; i < 10000; i++ {
		m[i] = i * 3
	}
	println(len(m))
	bad := 0
	for i := 0; i < 10000; i++ {
		if m[i] != i*3 {
			bad++
		}
	}
	println(bad)
	for i := 0; i < 10000; i += 2 {
		delete(m, i)
	}
	println(len(m))
	present, sum := 0, 0
	for i := 0; i < 10000; i++ {
		if v, ok := m[i]; ok {
			present++
			sum += v
		}
	}
	println(present, sum)
	rsum, rcount := 0, 0
	for k, v := range m {
		if k%2 == 0 || v != k*3 {
			bad++
		}
		rsum += k
		rcount++
	}
	println(rcount, rsum, bad)
	for i := 0; i < 10000; i += 2 {
		m[i+20000] = i
	}
	println(len(m), m[20000], m[29998], m[1])
	sm := map[string]int{}
	key := []byte("k0000")
	for i := 0; i < 5000; i++ {
		key[1] = byte('0' + i/1000)
		key[2] = byte('0' + i/100%10)
		key[3] = byte('0' + i/10%10)
		key[4] = byte('0' + i%10)
		sm[string(key)] = i
	}
	println(len(sm), sm["k4999"], sm["k0042"], sm["k5000"])
}
