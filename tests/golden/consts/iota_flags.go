// Bit flags built with 1 << iota, combined and tested with & | ^ &^.
package main

type Perm uint

const (
	Read Perm = 1 << iota
	Write
	Exec
	Sticky
)

func show(p Perm) {
	s := ""
	if p&Read != 0 {
		s += "r"
	} else {
		s += "-"
	}
	if p&Write != 0 {
		s += "w"
	} else {
		s += "-"
	}
	if p&Exec != 0 {
		s += "x"
	} else {
		s += "-"
	}
	if p&Sticky != 0 {
		s += "t"
	}
	println(p, s)
}

func main() {
	println(Read, Write, Exec, Sticky)
	p := Read | Write
	show(p)
	p |= Exec
	show(p)
	p &^= Write
	show(p)
	p ^= Sticky | Read
	show(p)
	show(0)
	all := Read | Write | Exec | Sticky
	show(all)
	show(all &^ (Read | Sticky))
}
