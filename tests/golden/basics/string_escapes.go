package main

func main() {
	println("tab:\there")
	println("newline:\nsecond line")
	println("backslash: \\ quote: \" apostrophe: '")
	println("hex: \x41\x42\x43 octal: \101\102\103")
	println("little u: \u00e9\u00e8 big U: \U0001F600")
	println("bell/bs/ff/vt/cr: [\a\b\f\v]")
	println("carriage\rreturn")
	println("nul byte: [\x00]")
	println("high bytes: \xff\xfe")
	println("multi\n\nblank\n")
	print("\t", "indented", "\n")
	println("unicode literal: héllo wörld, 日本語, Ωμέγα")
}
