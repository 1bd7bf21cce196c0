// The binary-trees benchmark (without goroutines): allocates and checks
// many short-lived trees while one long-lived tree stays reachable.
package main

type node struct {
	left, right *node
}

func bottomUp(depth int) *node {
	if depth <= 0 {
		return &node{}
	}
	return &node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth = 4
	const maxDepth = 18
	stretch := maxDepth + 1
	println("stretch tree of depth", stretch, "\t check:", bottomUp(stretch).check())
	long := bottomUp(maxDepth)
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << (maxDepth - depth + minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(depth).check()
		}
		println(iterations, "\t trees of depth", depth, "\t check:", check)
	}
	println("long lived tree of depth", maxDepth, "\t check:", long.check())
}
