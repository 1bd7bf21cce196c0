// Array lengths and indices from constant expressions.
package main

const N = 4
const M = N*N - 1

type Board [N][N]int8

func main() {
	var b Board
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			b[i][j] = int8(i*N + j)
		}
	}
	println(b[N-1][N-1], b[M/N][M%N], len(b), len(b[0]))
	arr := [M]int{M - 1: 99, N: 7}
	println(len(arr), arr[M-1], arr[N], arr[0])
	const idx = 1 << 2
	var s = [...]string{idx: "four", 1: "one"}
	println(len(s), s[idx], s[1], s[0] == "")
	var big [1 << 10]byte
	big[1<<10-1] = 255
	println(len(big), big[1023])
}
