package main

func value() int { return 1 }

func main() {
	if x := value(); true { // ERROR "x declared (and|but) not used|declared and not used: x$"
	}
	for i := 0; ; { // ERROR "i declared (and|but) not used|declared and not used: i$"
		break
	}
	switch s := value(); { // ERROR "s declared (and|but) not used|declared and not used: s$"
	}
	a, b := 1, 2 // ERROR "b declared (and|but) not used|declared and not used: b$"
	println(a)
	{
		var inner string // ERROR "inner declared (and|but) not used|declared and not used: inner$"
	}
	var p, q int // ERROR "q declared (and|but) not used|declared and not used: q$"
	q = p
	f := func() {
		unusedInClosure := 3 // ERROR "unusedInClosure declared (and|but) not used|declared and not used: unusedInClosure$"
	}
	f()
}
