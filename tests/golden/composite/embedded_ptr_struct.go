// Embedding a pointer type: promoted fields and methods go through the
// pointer, so copies of the outer struct share the embedded value.
package main

type Log struct {
	lines []string
}

func (l *Log) Add(s string) { l.lines = append(l.lines, s) }
func (l *Log) Count() int   { return len(l.lines) }

type Service struct {
	*Log
	Name string
}

func main() {
	shared := &Log{}
	a := Service{shared, "a"}
	b := a
	b.Name = "b"
	a.Add("from a")
	b.Add("from b")
	println(a.Count(), b.Count(), shared.Count())
	println(a.lines[1], b.Log.lines[0])
	c := Service{Log: &Log{}, Name: "c"}
	c.Add("own")
	println(c.Count(), a.Count())
	println(a.Log == b.Log, a.Log == c.Log)
}
