// Parameters whose address is taken or that closures capture, without
// escaping: they stay in the frame and keep their values.
package main

type op struct {
	tag  string
	list []int
}

func inc(p *int) { *p++ }

func twice(x int) int {
	inc(&x)
	inc(&x)
	return x
}

func rewrite(o *op) *op {
	orig := o
	cloned := false
	clone := func() {
		if !cloned {
			cloned = true
			o = &op{}
			*o = *orig
		}
	}
	for i := range o.list {
		if o.list[i] > 1 {
			clone()
			o.list = append([]int(nil), orig.list...)
			o.list[i] = 0
		}
	}
	return o
}

func sum(a, b int) (total int) {
	add := func(v int) { total += v }
	add(a)
	add(b)
	return
}

func main() {
	println(twice(40))
	in := &op{tag: "x", list: []int{1, 2, 3}}
	out := rewrite(in)
	println(in == out, in.list[1], out.list[1], out.list[2], out.tag)
	println(sum(3, 4))
}
