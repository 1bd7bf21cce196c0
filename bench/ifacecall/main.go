// Interface method dispatch: a loop calling methods through interfaces
// holding values of several dynamic types.
package main

type Shape interface {
	Area() float64
	Scale(f float64) Shape
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }
type Square float64

func (r Rect) Area() float64            { return r.w * r.h }
func (r Rect) Scale(f float64) Shape    { return Rect{r.w * f, r.h * f} }
func (c *Circle) Area() float64         { return 3.0 * c.r * c.r }
func (c *Circle) Scale(f float64) Shape { return &Circle{c.r * f} }
func (s Square) Area() float64          { return float64(s * s) }
func (s Square) Scale(f float64) Shape  { return s * Square(f) }

func main() {
	shapes := []Shape{Rect{1, 2}, &Circle{1.5}, Square(3), Rect{0.5, 4}}
	total := 0.0
	for i := 0; i < 600000000; i++ {
		total += shapes[i&3].Area()
	}
	scaled := 0.0
	for i := 0; i < 2000000; i++ {
		scaled += shapes[i&3].Scale(1.0001).Area()
	}
	println(int64(total), int64(scaled*1000))
}
