// Accessing fields through pointers (automatic dereference), pointers to
// fields, and pointers stored in fields.
package main

type Account struct {
	Owner   string
	Balance int
	Parent  *Account
}

func deposit(a *Account, n int) {
	a.Balance += n
	if a.Parent != nil {
		deposit(a.Parent, n/2)
	}
}

func main() {
	root := &Account{Owner: "root"}
	child := &Account{"child", 10, root}
	deposit(child, 100)
	println(child.Balance, root.Balance, child.Parent.Owner)
	bp := &child.Balance
	*bp -= 5
	println(child.Balance)
	op := &root.Owner
	*op += "!"
	println(child.Parent.Owner)
	acc := Account{Owner: "value"}
	pa := &acc
	pa.Balance = 3
	(*pa).Balance *= 2
	println(acc.Balance)
	list := []*Account{root, child, root}
	for _, a := range list {
		a.Balance++
	}
	println(root.Balance, child.Balance)
}
