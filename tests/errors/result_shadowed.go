package main

func named() (r int) {
	{
		r := 2
		println(r)
		return // ERROR "result parameter r not in scope at return"
	}
}

func main() { println(named()) }
