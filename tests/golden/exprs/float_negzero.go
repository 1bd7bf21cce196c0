// Negative zero equals positive zero but prints with a minus sign and
// gives -Inf as a divisor.
package main

func main() {
	zero := 0.0
	nz := -zero
	println(zero, nz, zero == nz, nz < zero)
	println(1/zero, 1/nz)
	x := -1.0
	y := x * 0
	println(y, 1/y)
	z := 0.0 * -5
	println(z)
	sum := nz + zero
	println(sum, nz+nz, nz-zero, zero-zero)
	var f32 float32 = float32(nz)
	println(f32, 1/f32)
	small := -1e-200
	println(small*1e-200, small*1e-200 == 0)
	mh := -0.5
	neg := int(mh)
	println(neg)
	c := complex(nz, zero)
	println(c)
	println(-nz, nz*nz)
}
