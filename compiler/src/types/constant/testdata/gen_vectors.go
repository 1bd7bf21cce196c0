// Generates gc_vectors.txt, the cross-check vectors of ../tests.rs, from
// Go's own go/constant and go/types (Go 1.19):
//
//	go run gen_vectors.go > gc_vectors.txt
//
// Lines are tab-separated: L (float literal: String, exact, float64 and
// float32 bits), B (float binary op), I (big integer op), X (^x with a
// precision), C (constant conversion T(x) through go/types), G (%.6g, %g).
package main

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"math/big"
	"math/rand"
	"os"
	"strings"
)

var r = rand.New(rand.NewSource(12345))

func digits(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(byte('0' + r.Intn(10)))
	}
	return b.String()
}

func randFloatLit() string {
	switch r.Intn(10) {
	case 0: // hex float
		m := fmt.Sprintf("%x", r.Uint64()>>uint(r.Intn(64)))
		if r.Intn(2) == 0 && len(m) > 1 {
			k := r.Intn(len(m))
			m = m[:k] + "." + m[k:]
		}
		return fmt.Sprintf("0x%sp%d", m, r.Intn(2400)-1200)
	case 1: // huge / tiny exponents
		return fmt.Sprintf("%s.%se%d", digits(1), digits(1+r.Intn(5)), r.Intn(2000000)-1000000)
	case 2: // simple short decimals
		return fmt.Sprintf("%d.%s", r.Intn(1000), digits(r.Intn(4)))
	case 3: // integers
		return digits(1 + r.Intn(25))
	case 4: // near float64 limits
		return fmt.Sprintf("%s.%se%d", digits(1), digits(1+r.Intn(18)), []int{308, 309, -308, -323, -324, -325, 38, 39, -45, -46}[r.Intn(10)])
	default:
		d := digits(1 + r.Intn(20))
		return fmt.Sprintf("%s.%se%d", d[:1], d[1:], r.Intn(700)-350)
	}
}

func lit(s string) constant.Value {
	tok := token.FLOAT
	return constant.MakeFromLiteral(s, tok, 0)
}

func exact(v constant.Value) string {
	res := "-"
	switch x := constant.Val(v).(type) {
	case *big.Rat:
		res = x.RatString()
	case int64, *big.Int:
		res = v.ExactString()
	}
	if len(res) > 120 {
		return "~"
	}
	return res
}

func f64bits(v constant.Value) string {
	f, _ := constant.Float64Val(v)
	if f == 0 {
		f = 0 // drop sign
	}
	return fmt.Sprintf("%016x", math.Float64bits(f))
}

func f32bits(v constant.Value) string {
	f, _ := constant.Float32Val(v)
	if f == 0 {
		f = 0
	}
	return fmt.Sprintf("%08x", math.Float32bits(f))
}

func randInt() string {
	switch r.Intn(6) {
	case 0:
		return "1" + digits(r.Intn(60))
	case 1:
		return fmt.Sprintf("%d", r.Intn(100))
	default:
		return fmt.Sprintf("%d", r.Int63()>>uint(r.Intn(63)))
	}
}

func main() {
	out := &strings.Builder{}
	// Float literals.
	for i := 0; i < 1000; i++ {
		s := randFloatLit()
		v := lit(s)
		if v.Kind() == constant.Unknown {
			fmt.Fprintf(out, "L\t%s\tERR\n", s)
			continue
		}
		fmt.Fprintf(out, "L\t%s\t%s\t%s\t%s\t%s\n", s, v.String(), exact(v), f64bits(v), f32bits(v))
	}
	// Float binary operations.
	ops := []token.Token{token.ADD, token.SUB, token.MUL, token.QUO}
	for i := 0; i < 1000; i++ {
		a, b := randFloatLit(), randFloatLit()
		if r.Intn(3) == 0 {
			a = fmt.Sprintf("%d.%s", r.Intn(100), digits(r.Intn(3)))
			b = fmt.Sprintf("%d.%s", r.Intn(100), digits(r.Intn(3)))
		}
		op := ops[r.Intn(4)]
		x, y := lit(a), lit(b)
		if op == token.QUO && constant.Sign(y) == 0 {
			continue
		}
		v := constant.BinaryOp(x, op, y)
		if v.Kind() == constant.Unknown {
			fmt.Fprintf(out, "B\t%s\t%s\t%s\tERR\n", op, a, b)
			continue
		}
		fmt.Fprintf(out, "B\t%s\t%s\t%s\t%s\t%s\t%s\n", op, a, b, v.String(), exact(v), f64bits(v))
	}
	// Integer operations (exact).
	iops := []token.Token{token.ADD, token.SUB, token.MUL, token.QUO_ASSIGN, token.REM, token.AND, token.OR, token.XOR, token.AND_NOT, token.SHL, token.SHR}
	for i := 0; i < 1500; i++ {
		a, b := randInt(), randInt()
		x := constant.MakeFromLiteral(a, token.INT, 0)
		y := constant.MakeFromLiteral(b, token.INT, 0)
		if r.Intn(2) == 0 {
			x = constant.UnaryOp(token.SUB, x, 0)
			a = "-" + a
		}
		if r.Intn(2) == 0 {
			y = constant.UnaryOp(token.SUB, y, 0)
			b = "-" + b
		}
		op := iops[r.Intn(len(iops))]
		var v constant.Value
		switch op {
		case token.SHL, token.SHR:
			s := uint(r.Intn(300))
			b = fmt.Sprint(s)
			v = constant.Shift(x, op, s)
		case token.QUO_ASSIGN, token.REM:
			if constant.Sign(y) == 0 {
				continue
			}
			v = constant.BinaryOp(x, op, y)
		default:
			v = constant.BinaryOp(x, op, y)
		}
		name := op.String()
		if op == token.QUO_ASSIGN {
			name = "/"
		}
		fmt.Fprintf(out, "I\t%s\t%s\t%s\t%s\n", name, a, b, v.ExactString())
	}
	// Unary ^ with precision.
	for i := 0; i < 200; i++ {
		a := randInt()
		x := constant.MakeFromLiteral(a, token.INT, 0)
		if r.Intn(2) == 0 {
			x = constant.UnaryOp(token.SUB, x, 0)
			a = "-" + a
		}
		prec := []uint{0, 8, 16, 32, 64}[r.Intn(5)]
		if prec != 0 && constant.Sign(x) < 0 {
			continue
		}
		if prec != 0 && constant.BitLen(x) > int(prec) {
			continue
		}
		fmt.Fprintf(out, "X\t%d\t%s\t%s\n", prec, a, constant.UnaryOp(token.XOR, x, prec).ExactString())
	}
	// Conversions through go/types.
	typesList := []string{"int8", "int16", "int32", "int64", "int", "uint8", "uint16", "uint32", "uint64", "uint", "uintptr", "float32", "float64", "complex64", "complex128", "string"}
	exprs := []string{"0", "1", "-1", "127", "128", "-128", "-129", "255", "256", "65535", "65536", "-32768", "-32769",
		"2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296", "1<<63 - 1", "1<<63", "-1<<63", "-1<<63 - 1", "1<<64 - 1", "1<<64",
		"1.0", "1.5", "-1.5", "2.5", "1e100", "1e-100", "1e38", "3.4028234e38", "3.4028235e38", "3.40282357e38", "3.4028236e38", "1e39", "1e308", "1.7976931348623157e308", "1.7976931348623159e308", "1e309",
		"0.1", "1e-46", "1e-45", "0x1p-149", "0x1p-150", "0x1.8p-150", "1e-400", "1i", "1+0i", "1.5+0i", "2+3i", "1e39i", "1e39+1i", "'a'", "'\\U0010FFFF'", "0x110000", "0xD800", "-1+0i",
		"16777217", "16777217.0", "9007199254740993", "1<<100", "(1<<100)+0.5", "1e600000000 / 1e599999999", "1.0 / 3", "0.1 + 0.2"}
	for _, e := range exprs {
		for _, t := range typesList {
			src := fmt.Sprintf("%s(%s)", t, e)
			tv, err := types.Eval(token.NewFileSet(), nil, token.NoPos, src)
			if err != nil {
				fmt.Fprintf(out, "C\t%s\t%s\tERR\n", t, e)
				continue
			}
			fmt.Fprintf(out, "C\t%s\t%s\t%s\t%s\n", t, e, tv.Value.String(), tv.Value.ExactString())
		}
	}
	// %.6g and %g of float64 values (ties and boundaries included).
	specials := []float64{0.5, 1.5, 2.5, 1234565, 1234575, 12345650, 0.1234565, 999999.5, 9999995, 1e21, 1e-5, 123456, 1234567, 5e-324, math.MaxFloat64, 100000, 1e6, 0.0001, 0.00001234565}
	for i := 0; i < 600; i++ {
		var f float64
		switch {
		case i < len(specials):
			f = specials[i]
		case i%3 == 0:
			f = float64(r.Int63n(100000000)) / float64([]int{1, 10, 100, 1000, 1e6}[r.Intn(5)])
		default:
			f = math.Float64frombits(r.Uint64() & 0x7fefffffffffffff)
		}
		if r.Intn(4) == 0 {
			f = -f
		}
		fmt.Fprintf(out, "G\t%016x\t%.6g\t%g\n", math.Float64bits(f), f, f)
	}
	os.Stdout.WriteString(out.String())
}
