package geom

import "example.com/shapes/util/strs"

var Count int

type Rect struct{ W, H int }

func (r Rect) Area() int { Count++; return r.W * r.H }

func New(w, h int) *Rect { return &Rect{w, h} }

func Describe(r Rect) string { return strs.Join("rect", "shape") }

func init() {
	println("geom init", Count)
	Count = 100
}
