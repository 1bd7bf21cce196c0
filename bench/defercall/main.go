// A loop calling a small function that defers a call.
package main

type account struct {
	balance int
	ops     int
}

func (a *account) done() { a.ops++ }

func (a *account) deposit(n int) int {
	defer a.done()
	a.balance += n
	return a.balance
}

func main() {
	a := &account{}
	sum := 0
	for i := 0; i < 10000000; i++ {
		sum += a.deposit(i&7) & 1023
	}
	println(a.balance, a.ops, sum)
}
