// Map workload: int and string keys; insert, hit, miss, delete, iterate.
package main

// key returns a decimal string for n with a prefix, without strconv.
func key(n int) string {
	var buf [24]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return "key-" + string(buf[i:])
}

func ints(n int) int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	hits, sum := 0, 0
	for round := 0; round < 4; round++ {
		for i := 0; i < 2*n; i++ {
			if v, ok := m[i*7+round%2]; ok {
				hits++
				sum += v
			}
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	for k, v := range m {
		sum += k ^ v
	}
	return hits + sum + len(m)
}

func strings(n int) int {
	keys := make([]string, 2*n)
	for i := range keys {
		keys[i] = key(i)
	}
	m := make(map[string]int, 16)
	for i := 0; i < n; i++ {
		m[keys[i]] = i
	}
	hits := 0
	for round := 0; round < 4; round++ {
		for _, k := range keys {
			if _, ok := m[k]; ok {
				hits++
			}
		}
	}
	for i := 0; i < n; i += 3 {
		delete(m, keys[i])
	}
	total := 0
	for k, v := range m {
		total += len(k) + v
	}
	return hits + total + len(m)
}

func main() {
	a := 0
	for i := 0; i < 8; i++ {
		a += ints(400000)
	}
	b := strings(300000) + strings(500000)
	println(a, b)
}
