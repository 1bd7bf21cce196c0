// Tree recursion with closures that accumulate into captured variables.
package main

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 65} {
		root = insert(root, v)
	}
	var inorder []int
	var walk func(*Tree)
	walk = func(t *Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		inorder = append(inorder, t.Val)
		walk(t.Right)
	}
	walk(root)
	for _, v := range inorder {
		print(v, " ")
	}
	println()
	var height func(*Tree) int
	height = func(t *Tree) int {
		if t == nil {
			return 0
		}
		l, r := height(t.Left), height(t.Right)
		if l > r {
			return l + 1
		}
		return r + 1
	}
	leaves := 0
	var count func(*Tree)
	count = func(t *Tree) {
		if t == nil {
			return
		}
		if t.Left == nil && t.Right == nil {
			leaves++
		}
		count(t.Left)
		count(t.Right)
	}
	count(root)
	println(height(root), leaves)
}
