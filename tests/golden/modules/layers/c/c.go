package c

var Order []string

func Record(s string) int {
	Order = append(Order, s)
	return len(Order)
}

var First = Record("c.First")

func init() { Record("c.init") }

type Counter struct{ n int }

func (k *Counter) Add(d int) *Counter { k.n += d; return k }
func (k Counter) Value() int        { return k.n }
