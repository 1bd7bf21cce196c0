// Methods of embedded types are promoted; the outer type can override
// them, and the embedded method still sees only its own receiver.
package main

type Animal struct {
	Name string
	legs int
}

func (a Animal) Describe() string { return a.Name + " walks" }
func (a *Animal) SetLegs(n int)   { a.legs = n }
func (a Animal) Legs() int        { return a.legs }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Describe() string { return d.Name + " the " + d.Breed + " barks" }

type Puppy struct {
	*Dog
}

func main() {
	d := Dog{Animal{"Rex", 0}, "collie"}
	println(d.Describe())
	println(d.Animal.Describe())
	d.SetLegs(4)
	println(d.Legs(), d.legs)
	p := Puppy{&d}
	p.SetLegs(3)
	println(p.Legs(), d.Legs(), p.Describe())
	f := d.Describe
	d.Breed = "poodle"
	println(f())
	g := Dog.Describe
	println(g(d))
}
