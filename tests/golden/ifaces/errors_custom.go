// The error interface with custom types: value and pointer receivers,
// error wrapping by hand, nil error results, and errors as map values.
package main

type NotFound struct {
	Key string
}

func (e NotFound) Error() string { return "not found: " + e.Key }

type Wrapped struct {
	Op  string
	Err error
}

func (w *Wrapped) Error() string { return w.Op + ": " + w.Err.Error() }

func (w *Wrapped) Unwrap() error { return w.Err }

type strErr string

func (s strErr) Error() string { return string(s) }

func lookup(k string) (int, error) {
	if k == "a" {
		return 1, nil
	}
	return 0, NotFound{k}
}

func load(k string) error {
	_, err := lookup(k)
	if err != nil {
		return &Wrapped{"load", err}
	}
	return nil
}

func unwrapAll(err error) error {
	for {
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return err
		}
		err = u.Unwrap()
	}
}

func main() {
	v, err := lookup("a")
	println(v, err == nil)
	_, err = lookup("b")
	println(err != nil, err.Error())
	if nf, ok := err.(NotFound); ok {
		println("key", nf.Key)
	}
	err = load("c")
	println(err.Error())
	root := unwrapAll(err)
	var other error = NotFound{"d"}
	println(root.Error(), root == NotFound{"c"}, root == other)
	println(load("a") == nil)
	var e1 error = strErr("boom")
	var e2 error = strErr("boom")
	println(e1 == e2, e1.Error())
	errs := []error{strErr("x"), NotFound{"y"}, &Wrapped{"op", strErr("z")}, nil}
	for _, e := range errs {
		if e == nil {
			println("<nil>")
			continue
		}
		switch e.(type) {
		case strErr:
			print("strErr ")
		case NotFound:
			print("NotFound ")
		case *Wrapped:
			print("*Wrapped ")
		}
		println(e.Error())
	}
}
