// A panic value of a custom error type comes back from recover unchanged:
// it satisfies error, its Error method works and its fields are intact.
package main

type MyErr struct {
	op   string
	code int
}

func (e *MyErr) Error() string { return "myerr: " + e.op }

type ValErr string

func (v ValErr) Error() string { return "valerr: " + string(v) }

func catch(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		println("is error:", ok)
		if !ok {
			return
		}
		println(err.Error())
		if me, ok := err.(*MyErr); ok {
			println("op", me.op, "code", me.code)
		}
		if ve, ok := r.(ValErr); ok {
			println("ValErr", string(ve))
		}
	}()
	f()
}

func main() {
	catch(func() { panic(&MyErr{"open", 2}) })
	catch(func() { panic(ValErr("bad")) })
	catch(func() {
		var e error = &MyErr{"close", 5}
		panic(e)
	})
	catch(func() { panic("not an error") })
}
