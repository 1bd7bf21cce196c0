// A panic recovered early does not affect a later panic that nobody
// recovers: the program dies with the later value and exit status 2.
package main

func safe() {
	defer func() {
		println("recovered", recover().(string))
	}()
	panic("early")
}

func main() {
	safe()
	println("between")
	defer println("main deferred runs")
	var m map[string]int
	m["x"] = 1
	println("not reached")
}
