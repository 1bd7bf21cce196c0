package a

import (
	"layers/b"
	"layers/c"
)

var Third = c.Record("a.Third")

func init() { c.Record("a.init") }

func Total() int { return b.Make().Value() + b.Second }
