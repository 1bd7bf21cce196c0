// Map values that are structs are copies: read a field with m[k].f,
// update by storing a whole struct back; pointer values are shared.
package main

type Acct struct {
	Name    string
	Balance int
	Tags    [2]int
}

func main() {
	m := map[string]Acct{"a": {"alice", 10, [2]int{1, 2}}}
	println(m["a"].Name, m["a"].Balance, m["a"].Tags[1], m["b"].Balance)
	a := m["a"]
	a.Balance += 5
	println(m["a"].Balance, a.Balance)
	m["a"] = a
	println(m["a"].Balance)
	m["b"] = Acct{Name: "bob"}
	println(len(m), m["b"].Name, m["b"].Balance)

	pm := map[string]*Acct{}
	pm["c"] = &Acct{Name: "carol"}
	pm["c"].Balance = 42
	pm["c"].Tags[0]++
	p := pm["c"]
	p.Balance++
	println(pm["c"].Balance, pm["c"].Tags[0])

	nested := map[int]struct {
		In struct{ V int }
	}{}
	nested[1] = struct{ In struct{ V int } }{struct{ V int }{7}}
	println(nested[1].In.V, nested[2].In.V)
}
