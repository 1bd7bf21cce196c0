package main

func get() int { return 1 }

func main() {
	x := 1
	s := "str"
	x             // ERROR "x \(variable of type int\) is not used"
	1             // ERROR "1 \(untyped int constant\) is not used"
	"text"        // ERROR "\"text\" \(untyped string constant\) is not used"
	x == 2        // ERROR "x == 2 \(untyped bool value\) is not used"
	x * 3         // ERROR "x \* 3 \(value of type int\) is not used"
	len(s)        // ERROR "len\(s\) \(value of type int\) is not used"
	s[0:1]        // ERROR "s\[0:1\] \(value of type string\) is not used"
	-x            // ERROR "-x \(value of type int\) is not used"
	true && false // ERROR "true && false \(untyped bool constant false\) is not used"
	get()
	(get())
}
