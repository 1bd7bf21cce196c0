// A file without a package clause.

func main() { // ERROR "syntax error: package statement must be first"
}
