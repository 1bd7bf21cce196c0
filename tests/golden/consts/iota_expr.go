// iota in expressions: powers, offsets, squares, strings of iota-derived
// values.
package main

const (
	P0 = 1 << iota
	P1
	P2
	P3
	P4
)

const (
	Sq0 = iota * iota
	Sq1
	Sq2
	Sq3
)

const (
	Neg = -iota - 1
	Neg2
	Neg3
)

const (
	Half = iota / 2
	Half1
	Half2
	Half3
	Half4
)

const (
	Mod = iota%3 + 10
	Mod1
	Mod2
	Mod3
	Mod4
)

func main() {
	println(P0, P1, P2, P3, P4)
	println(Sq0, Sq1, Sq2, Sq3)
	println(Neg, Neg2, Neg3)
	println(Half, Half1, Half2, Half3, Half4)
	println(Mod, Mod1, Mod2, Mod3, Mod4)
	const (
		f0 = float64(iota) / 4
		f1
		f2
	)
	println(f0, f1, f2)
}
