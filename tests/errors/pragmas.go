package main

//go:nowritebarrier // ERROR "//go:nowritebarrier only allowed in runtime"
func f() {}

//go:systemstack // ERROR "//go:systemstack only allowed in runtime"
func g() {}

//go:cgo_ldflag // ERROR "//go:cgo_ldflag only allowed in cgo-generated code" "usage: //go:cgo_ldflag \"arg\""
func main() {
	f()
	g()
}
