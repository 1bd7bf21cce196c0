// String keys built at run time from pieces hit the same entry as
// literals; the empty string is an ordinary key. Word counting, then the
// keys sorted with an insertion sort for a deterministic listing.
package main

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	text := "the cat and the dog and the bird  saw a cat"
	counts := map[string]int{}
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			counts[text[start:i]]++
			start = i + 1
		}
	}
	keys := []string{}
	for k := range counts {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		println("["+k+"]", counts[k])
	}
	println(counts["the"], counts["th"+"e"], counts[""])
	bs := []byte{'c', 'a', 't'}
	println(counts[string(bs)])
	long := ""
	for i := 0; i < 50; i++ {
		long += "ab"
	}
	counts[long] = 99
	println(counts["ab"+long[2:]], len(counts))
}
