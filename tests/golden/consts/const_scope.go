// Constants are scoped like variables: local constants shadow package
// ones, and each block can redeclare.
package main

const X = 1
const Y = X * 10

func f() int {
	const X = 2
	return X + Y
}

func main() {
	println(X, Y, f())
	const X = "local"
	println(X)
	{
		const X = 3.5
		println(X)
		{
			const X, Y = 4, 5
			println(X, Y)
		}
		println(X, Y)
	}
	for i := 0; i < 2; i++ {
		const step = 100
		println(i * step)
	}
	println(X, Y)
}
