// Arrays of structs: field access through indexing, in-place updates, and
// range copies.
package main

type Item struct {
	Name  string
	Count int
	Price float64
}

func main() {
	inv := [3]Item{
		{"apple", 3, 0.5},
		{Name: "pear", Count: 1},
		{"fig", 10, 0.25},
	}
	inv[1].Price = 1.25
	inv[2].Count -= 4
	total := 0.0
	for _, it := range inv {
		total += float64(it.Count) * it.Price
		it.Count = 0
	}
	println(total, inv[0].Count)
	for i := range inv {
		inv[i].Count *= 2
	}
	println(inv[0].Count, inv[1].Count, inv[2].Count)
	best := 0
	for i := 1; i < len(inv); i++ {
		if inv[i].Count > inv[best].Count {
			best = i
		}
	}
	println(inv[best].Name)
	p := &inv[0]
	p.Name = "APPLE"
	println(inv[0].Name)
}
