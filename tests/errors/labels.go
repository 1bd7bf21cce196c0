package main

func main() {
unused: // ERROR "label unused defined and not used"
	for i := 0; i < 2; i++ {
		break nowhere // ERROR "break label not defined: nowhere"
	}
	for {
		continue missing // ERROR "continue label not defined: missing"
	}
	goto absent // ERROR "label absent not defined"
block:
	{
		for {
			break block // ERROR "invalid break label block"
		}
	}
sw:
	switch {
	case true:
		for {
			continue sw // ERROR "invalid continue label sw"
		}
	}
dup:
	for {
		break dup
	}
dup: // ERROR "label dup already defined"
	for {
		goto dup
	}
}
