// Arrays embedded in structs and structs in arrays, used as a small
// fixed-capacity stack.
package main

type Stack struct {
	data [8]int
	n    int
}

func (s *Stack) Push(v int) bool {
	if s.n == len(s.data) {
		return false
	}
	s.data[s.n] = v
	s.n++
	return true
}

func (s *Stack) Pop() (int, bool) {
	if s.n == 0 {
		return 0, false
	}
	s.n--
	return s.data[s.n], true
}

func main() {
	var s Stack
	for i := 1; i <= 10; i++ {
		if !s.Push(i * i) {
			println("full at", i)
			break
		}
	}
	snapshot := s
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		print(v, " ")
	}
	println()
	println(s.n, snapshot.n, snapshot.data[7])
	var stacks [2]Stack
	stacks[0].Push(1)
	stacks[1] = stacks[0]
	stacks[1].Push(2)
	println(stacks[0].n, stacks[1].n)
}
