//! Parser tests: the ambiguities of the grammar and how each construct is
//! represented. Expressions are shown as S-expressions so that their
//! structure is visible.

use crate::source::SourceFile;
use crate::syntax::ast::*;
use crate::syntax::parse_file;
use crate::syntax::printer::expr_string;

fn parse(src: &str) -> File {
    let file = SourceFile::new("x.go", src.to_string());
    match parse_file(&file) {
        (Some(tree), errs) if errs.is_empty() => tree,
        (_, errs) => panic!("{src}\n{}", errs.iter().map(|d| d.render(&file)).collect::<Vec<_>>().join("\n")),
    }
}

fn errors(src: &str) -> Vec<String> {
    let file = SourceFile::new("x.go", src.to_string());
    parse_file(&file).1.iter().map(|d| d.render(&file)).collect()
}

/// The statements of `func f() { <body> }`.
fn stmts(body: &str) -> Vec<Stmt> {
    let f = parse(&format!("package p\nfunc f() {{\n{body}\n}}\n"));
    let Decl::Func(f) = f.decls.into_iter().next().unwrap() else { panic!() };
    f.body.unwrap().stmts
}

fn stmt(body: &str) -> Stmt {
    let mut list = stmts(body);
    assert_eq!(list.len(), 1, "{body}");
    list.pop().unwrap()
}

/// The expression `x` of `var _ = x`.
fn expr(src: &str) -> Expr {
    let f = parse(&format!("package p\nvar _ = {src}\n"));
    let Decl::Var(mut specs) = f.decls.into_iter().next().unwrap() else { panic!() };
    specs.remove(0).values.remove(0)
}

/// The type of `type T <src>`, with its type parameters.
fn type_decl(src: &str) -> TypeSpec {
    let f = parse(&format!("package p\ntype {src}\n"));
    let Decl::Type(mut specs) = f.decls.into_iter().next().unwrap() else { panic!() };
    specs.remove(0)
}

/// An S-expression showing the structure of `x`.
fn sx(x: &Expr) -> String {
    let list = |xs: &[Expr]| xs.iter().map(sx).collect::<Vec<_>>().join(" ");
    match &x.kind {
        ExprKind::Ident(id) => id.name.clone(),
        ExprKind::BasicLit(lit) => lit.raw.clone(),
        ExprKind::CompositeLit { ty, elems } => {
            let elems = elems
                .iter()
                .map(|e| match &e.key {
                    Some(k) => format!("{}:{}", sx(k), sx(&e.value)),
                    None => sx(&e.value),
                })
                .collect::<Vec<_>>()
                .join(" ");
            match ty {
                Some(ty) => format!("(lit {} {elems})", sx(ty)),
                None => format!("(lit _ {elems})"),
            }
        }
        ExprKind::FuncLit { .. } => "funclit".to_string(),
        ExprKind::Paren(inner) => format!("(paren {})", sx(inner)),
        ExprKind::Selector(base, sel) => format!("(. {} {})", sx(base), sel.name),
        ExprKind::Index(base, index) => format!("(index {} {})", sx(base), list(index)),
        ExprKind::Slice { x, lo, hi, max } => {
            let part = |p: &Option<Box<Expr>>| p.as_ref().map_or("_".to_string(), |e| sx(e));
            format!("(slice {} {} {} {})", sx(x), part(lo), part(hi), part(max))
        }
        ExprKind::TypeAssert { x, ty } => {
            format!("(assert {} {})", sx(x), ty.as_ref().map_or("type".to_string(), |t| sx(t)))
        }
        ExprKind::Call { func, args, ellipsis } => {
            format!("(call {} {}{})", sx(func), list(args), if *ellipsis { "..." } else { "" })
        }
        ExprKind::Star(inner) => format!("(* {})", sx(inner)),
        ExprKind::Unary(op, inner) => format!("({op:?} {})", sx(inner)),
        ExprKind::Binary(op, l, r) => format!("({} {} {})", op.as_str(), sx(l), sx(r)),
        _ => expr_string(x),
    }
}

#[test]
fn precedence() {
    assert_eq!(sx(&expr("a || b && c == d + e * f")), "(|| a (&& b (== c (+ d (* e f)))))");
    assert_eq!(sx(&expr("a - b - c")), "(- (- a b) c)");
    assert_eq!(sx(&expr("a * b + c * d")), "(+ (* a b) (* c d))");
    assert_eq!(sx(&expr("a << 1 | b &^ c")), "(| (<< a 1) (&^ b c))");
    assert_eq!(sx(&expr("-a * -b")), "(* (Neg a) (Neg b))");
    assert_eq!(sx(&expr("*p + <-c")), "(+ (* p) (Recv c))");
    assert_eq!(sx(&expr("!a == b")), "(== (Not a) b)");
    assert_eq!(sx(&expr("^a &^ b")), "(&^ (Xor a) b)");
    assert_eq!(sx(&expr("&x.y[1]")), "(Addr (index (. x y) 1))");
}

#[test]
fn primary_expressions() {
    assert_eq!(sx(&expr("f(a, b...)")), "(call f a b...)");
    assert_eq!(sx(&expr("f(a, b,)")), "(call f a b)");
    assert_eq!(sx(&expr("x.(T).y")), "(. (assert x T) y)");
    assert_eq!(sx(&expr("a[1:2]")), "(slice a 1 2 _)");
    assert_eq!(sx(&expr("a[:2:3]")), "(slice a _ 2 3)");
    assert_eq!(sx(&expr("a[:]")), "(slice a _ _ _)");
    assert_eq!(sx(&expr("a[1:]")), "(slice a 1 _ _)");
    assert_eq!(sx(&expr("pkg.F[int, string](x)")), "(call (index (. pkg F) int string) x)");
    assert_eq!(sx(&expr("f[int]")), "(index f int)");
    assert_eq!(sx(&expr("m[k]")), "(index m k)");
    assert_eq!(sx(&expr("x.T[A, B]{}")), "(lit (index (. x T) A B) )");
}

#[test]
fn conversions() {
    assert_eq!(sx(&expr("(*T)(x)")), "(call (paren (* T)) x)");
    assert_eq!(sx(&expr("[]byte(s)")), "(call []byte s)");
    assert_eq!(sx(&expr("map[string]int(nil)")), "(call map[string]int nil)");
    assert_eq!(sx(&expr("(func())(x)")), "(call (paren func()) x)");
    assert_eq!(sx(&expr("(<-chan int)(c)")), "(call (paren <-chan int) c)");
    assert_eq!(sx(&expr("interface{}(x)")), "(call interface{} x)");
    assert_eq!(sx(&expr("struct{}{}")), "(lit struct{} )");
}

#[test]
fn channel_types() {
    let chan = |src: &str| {
        let ty = type_decl(&format!("T {src}")).ty;
        expr_string(&ty)
    };
    assert_eq!(chan("chan int"), "chan int");
    assert_eq!(chan("<-chan int"), "<-chan int");
    assert_eq!(chan("chan<- int"), "chan<- int");
    // chan<- binds to the leftmost chan.
    assert_eq!(chan("chan<- chan int"), "chan<- chan int");
    assert_eq!(chan("chan<- <-chan int"), "chan<- <-chan int");
    assert_eq!(chan("chan (<-chan int)"), "chan (<-chan int)");
    // In expressions, <- is moved into the channel type it applies to.
    assert_eq!(expr_string(&expr("(<-chan <-chan int)(nil)")), "(<-chan <-chan int)(nil)");
    let ExprKind::Call { func, .. } = expr("(<-chan chan int)(nil)").kind else { panic!() };
    let ExprKind::Paren(inner) = func.kind else { panic!() };
    let ExprKind::ChanType { dir: ChanDir::Recv, elem } = inner.kind else { panic!() };
    assert!(matches!(elem.kind, ExprKind::ChanType { dir: ChanDir::Both, .. }));
    assert!(matches!(expr("<-c").kind, ExprKind::Unary(UnaryOp::Recv, _)));
}

#[test]
fn composite_literals() {
    assert_eq!(sx(&expr("T{1, 2}")), "(lit T 1 2)");
    assert_eq!(sx(&expr("[]T{{1, 2}, {3}}")), "(lit []T (lit _ 1 2) (lit _ 3))");
    assert_eq!(sx(&expr("map[K]V{{1}: {2}, k: v}")), "(lit map[K]V (lit _ 1):(lit _ 2) k:v)");
    assert_eq!(sx(&expr("[...]int{5: 1}")), "(lit [...]int 5:1)");
    assert_eq!(sx(&expr("&T{a: 1}")), "(Addr (lit T a:1))");
    assert_eq!(sx(&expr("pkg.T{}")), "(lit (. pkg T) )");
    assert_eq!(sx(&expr("G[int]{}")), "(lit (index G int) )");
    assert!(matches!(expr("func(x int) int { return x }").kind, ExprKind::FuncLit { .. }));
}

/// The composite literal ambiguity in statement headers, resolved as gc
/// does: a `{` after a bare type name at the top level of a header opens the
/// block.
#[test]
fn header_composite_literals() {
    let StmtKind::If { cond, then, .. } = stmt("if x == T {}").kind else { panic!() };
    assert_eq!(sx(&cond), "(== x T)");
    assert!(then.stmts.is_empty());
    let StmtKind::If { cond, .. } = stmt("if x == (T{}) {}").kind else { panic!() };
    assert_eq!(sx(&cond), "(== x (paren (lit T )))");
    let StmtKind::If { cond, .. } = stmt("if f(T{}) {}").kind else { panic!() };
    assert_eq!(sx(&cond), "(call f (lit T ))");
    let StmtKind::If { cond, .. } = stmt("if a[T{}.x] {}").kind else { panic!() };
    assert_eq!(sx(&cond), "(index a (. (lit T ) x))");
    let StmtKind::Range { x, value, .. } = stmt("for _, v := range []int{1, 2} {}").kind else { panic!() };
    assert_eq!(sx(&x), "(lit []int 1 2)");
    assert_eq!(sx(&value.unwrap()), "v");
    let StmtKind::Switch { tag, .. } = stmt("switch x := (T{}); x {}").kind else { panic!() };
    assert_eq!(sx(&tag.unwrap()), "x");
    let StmtKind::For { cond, .. } = stmt("for x := range_; x != struct{}{}; {}").kind else { panic!() };
    assert_eq!(sx(&cond.unwrap()), "(!= x (lit struct{} ))");
    // A function literal body resets the context.
    let StmtKind::If { cond, .. } = stmt("if func() bool { _ = T{}; return true }() {}").kind else { panic!() };
    assert!(matches!(cond.kind, ExprKind::Call { .. }));
    // gc's error for a bare composite literal in a header.
    assert_eq!(
        errors("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n"),
        vec![
            "x.go:3:14: syntax error: unexpected { at end of statement".to_string(),
            "x.go:5:1: syntax error: non-declaration statement outside function body".to_string(),
        ]
    );
}

#[test]
fn type_parameters_or_array_length() {
    let t = type_decl("A[N]int");
    assert!(t.type_params.is_empty());
    assert_eq!(expr_string(&t.ty), "[N]int");
    let t = type_decl("A[N*2]int");
    assert!(t.type_params.is_empty());
    let t = type_decl("A[P any] int");
    assert_eq!(t.type_params.len(), 1);
    assert_eq!(expr_string(&t.ty), "int");
    // P *C could be a multiplication: an array length, unless a comma
    // follows or C is syntactically a type.
    assert!(type_decl("A[P *C] int").type_params.is_empty());
    assert_eq!(type_decl("A[P *C,] int").type_params.len(), 1);
    assert_eq!(type_decl("A[P *[]int] int").type_params.len(), 1);
    assert_eq!(type_decl("A[P ~int | string] int").type_params.len(), 1);
    assert_eq!(type_decl("A[P interface{ M() }] int").type_params.len(), 1);
    assert_eq!(type_decl("A[P []E, E any] int").type_params.len(), 2);
    let t = type_decl("M[K comparable, V any] map[K]V");
    assert_eq!(t.type_params.len(), 2);
    let t = type_decl("L[K, V any] struct{}");
    assert_eq!(t.type_params.len(), 1);
    assert_eq!(t.type_params[0].names.len(), 2);
    let t = type_decl("A = B");
    assert!(t.alias);
    let t = type_decl("S[]int");
    assert_eq!(expr_string(&t.ty), "[]int");
    let t = type_decl("A[...]int");
    assert!(matches!(t.ty.kind, ExprKind::ArrayType { len: ArrayLen::Ellipsis, .. }));
}

#[test]
fn generics() {
    let f =
        parse("package p\nfunc Map[K comparable, V any, R ~int | ~int64](m map[K]V, f func(V) R) []R { return nil }\n");
    let Decl::Func(f) = &f.decls[0] else { panic!() };
    assert_eq!(f.type_params.len(), 3);
    assert_eq!(expr_string(&f.type_params[2].ty), "~int | ~int64");
    assert_eq!(f.sig.params.len(), 2);
    let f = parse("package p\nfunc (r *List[T]) Push(v T) {}\nfunc (List[_]) Len() int { return 0 }\n");
    let Decl::Func(m) = &f.decls[0] else { panic!() };
    let recv = m.recv.as_ref().unwrap();
    assert_eq!(recv.names[0].name, "r");
    assert_eq!(expr_string(&recv.ty), "*List[T]");
    let Decl::Func(m) = &f.decls[1] else { panic!() };
    assert!(m.recv.as_ref().unwrap().names.is_empty());
    assert_eq!(expr_string(&m.recv.as_ref().unwrap().ty), "List[_]");
    // Struct fields: an embedded instance, or an array-typed field.
    let t = type_decl("S struct { G[int]; a [N]int; b []T; P[A, B] }");
    let ExprKind::StructType(fields) = t.ty.kind else { panic!() };
    assert!(fields[0].names.is_empty());
    assert_eq!(expr_string(&fields[0].ty), "G[int]");
    assert_eq!(fields[1].names[0].name, "a");
    assert_eq!(expr_string(&fields[1].ty), "[N]int");
    assert_eq!(fields[2].names[0].name, "b");
    assert!(fields[3].names.is_empty());
    assert_eq!(expr_string(&fields[3].ty), "P[A, B]");
}

#[test]
fn interfaces() {
    let t = type_decl("I interface { M(x int) string; io.Reader; ~int | ~string; comparable; G[int]; N() }");
    let ExprKind::InterfaceType(elems) = t.ty.kind else { panic!() };
    assert!(matches!(&elems[0], InterfaceElem::Method { name, .. } if name.name == "M"));
    assert!(matches!(&elems[1], InterfaceElem::Embed(e) if expr_string(e) == "io.Reader"));
    assert!(matches!(&elems[2], InterfaceElem::Embed(e) if expr_string(e) == "~int | ~string"));
    assert!(matches!(&elems[3], InterfaceElem::Embed(e) if expr_string(e) == "comparable"));
    assert!(matches!(&elems[4], InterfaceElem::Embed(e) if expr_string(e) == "G[int]"));
    assert!(matches!(&elems[5], InterfaceElem::Method { name, .. } if name.name == "N"));
    // Generic methods are parsed, and reported.
    assert_eq!(
        errors("package p\ntype I interface{ M[T any]() }\n"),
        vec!["x.go:2:20: interface method must have no type parameters".to_string()]
    );
}

#[test]
fn parameters() {
    let params = |src: &str| {
        let f = parse(&format!("package p\nfunc f({src})\n"));
        let Decl::Func(f) = &f.decls[0] else { panic!() };
        f.sig
            .params
            .iter()
            .map(|p| {
                let names = p.names.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(",");
                format!("{names}:{}{}", if p.variadic { "..." } else { "" }, expr_string(&p.ty))
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(params("int, string"), vec![":int", ":string"]);
    assert_eq!(params("a, b int, c string"), vec!["a,b:int", "c:string"]);
    assert_eq!(params("a int, b ...string"), vec!["a:int", "b:...string"]);
    assert_eq!(params("...int"), vec![":...int"]);
    assert_eq!(params("a, b"), vec![":a", ":b"]);
    assert_eq!(params("p.T, []int"), vec![":p.T", ":[]int"]);
    assert_eq!(params("a [2]int, b G[int]"), vec!["a:[2]int", "b:G[int]"]);
    assert_eq!(params("G[int]"), vec![":G[int]"]);
    assert_eq!(params("f func(int) bool"), vec!["f:func(int) bool"]);
    let results = |src: &str| {
        let f = parse(&format!("package p\nfunc f() {src}\n"));
        let Decl::Func(f) = &f.decls[0] else { panic!() };
        f.sig.results.len()
    };
    assert_eq!(results("int"), 1);
    assert_eq!(results("(int, error)"), 2);
    assert_eq!(results("(n int, err error)"), 2);
    assert_eq!(results("(a, b int)"), 1);
}

#[test]
fn statements() {
    assert!(matches!(stmt("x++").kind, StmtKind::IncDec { inc: true, .. }));
    assert!(matches!(stmt("x--").kind, StmtKind::IncDec { inc: false, .. }));
    assert!(matches!(stmt("c <- v").kind, StmtKind::Send { .. }));
    assert!(matches!(stmt("a, b = b, a").kind, StmtKind::Assign { op: AssignOp::Assign, .. }));
    assert!(matches!(stmt("x := 1").kind, StmtKind::Assign { op: AssignOp::Define, .. }));
    assert!(matches!(stmt("x &^= 1").kind, StmtKind::Assign { op: AssignOp::Op(BinaryOp::AndNot), .. }));
    assert!(matches!(stmt("go f()").kind, StmtKind::Go(_)));
    assert!(matches!(stmt("defer f()").kind, StmtKind::Defer(_)));
    assert!(matches!(stmt("return").kind, StmtKind::Return(ref r) if r.is_empty()));
    assert!(matches!(stmt("return 1, 2").kind, StmtKind::Return(ref r) if r.len() == 2));
    assert!(matches!(stmt("var x, y int = 1, 2").kind, StmtKind::Decl(Decl::Var(_))));
    assert!(matches!(stmt("const (a = iota; b)").kind, StmtKind::Decl(Decl::Const(ref s)) if s[1].iota == 1));
    assert!(matches!(stmt("type T[P any] struct{}").kind, StmtKind::Decl(Decl::Type(_))));
    assert!(matches!(stmt("{ x := 1; _ = x }").kind, StmtKind::Block(ref b) if b.stmts.len() == 2));
    let list = stmts("L:\n\tfor {\n\t\tbreak L\n\t\tcontinue L\n\t\tgoto L\n\t}\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\tdefault:\n\t}");
    let StmtKind::Labeled(label, inner) = &list[0].kind else { panic!() };
    assert_eq!(label.name, "L");
    let StmtKind::For { body, .. } = &inner.kind else { panic!() };
    assert!(matches!(&body.stmts[0].kind, StmtKind::Break(Some(l)) if l.name == "L"));
    assert!(matches!(&body.stmts[1].kind, StmtKind::Continue(Some(_))));
    assert!(matches!(&body.stmts[2].kind, StmtKind::Goto(_)));
    let StmtKind::Switch { clauses, .. } = &list[1].kind else { panic!() };
    assert!(matches!(clauses[0].body[0].kind, StmtKind::Fallthrough));
    assert!(clauses[1].exprs.is_none());
    // A label before "}" labels an empty statement.
    let StmtKind::Block(b) = &stmt("{\n\tgoto L\nL:\n}").kind else { panic!() };
    assert!(matches!(&b.stmts[1].kind, StmtKind::Labeled(_, s) if s.kind == StmtKind::Empty));
}

#[test]
fn if_and_for() {
    let StmtKind::If { init, cond, else_, .. } = stmt("if x := f(); x > 0 {} else if y {} else {}").kind else {
        panic!()
    };
    assert!(init.is_some());
    assert_eq!(sx(&cond), "(> x 0)");
    let StmtKind::If { else_: Some(inner), .. } = else_.unwrap().kind else { panic!() };
    assert!(matches!(inner.kind, StmtKind::Block(_)));
    let StmtKind::For { init, cond, post, .. } = stmt("for i := 0; i < n; i++ {}").kind else { panic!() };
    assert!(init.is_some() && cond.is_some() && post.is_some());
    let StmtKind::For { init, cond, post, .. } = stmt("for {}").kind else { panic!() };
    assert!(init.is_none() && cond.is_none() && post.is_none());
    let StmtKind::For { cond, .. } = stmt("for x < 3 {}").kind else { panic!() };
    assert!(cond.is_some());
    let StmtKind::For { init, cond, post, .. } = stmt("for ;; {}").kind else { panic!() };
    assert!(init.is_none() && cond.is_none() && post.is_none());
    let StmtKind::Range { key, value, define, .. } = stmt("for range ch {}").kind else { panic!() };
    assert!(key.is_none() && value.is_none() && !define);
    let StmtKind::Range { key, value, define, x, .. } = stmt("for i := range 10 {}").kind else { panic!() };
    assert!(key.is_some() && value.is_none() && define);
    assert_eq!(sx(&x), "10");
    let StmtKind::Range { define, .. } = stmt("for k, v = range m {}").kind else { panic!() };
    assert!(!define);
}

#[test]
fn switches_and_select() {
    let StmtKind::TypeSwitch { init, bind, x, clauses } =
        stmt("switch y := 1; v := x.(type) {\ncase int, string:\ncase nil:\ndefault:\n}").kind
    else {
        panic!()
    };
    assert!(init.is_some());
    assert_eq!(bind.unwrap().name, "v");
    assert_eq!(sx(&x), "x");
    assert_eq!(clauses[0].exprs.as_ref().unwrap().len(), 2);
    let StmtKind::TypeSwitch { bind: None, .. } = stmt("switch x.(type) {}").kind else { panic!() };
    let StmtKind::Switch { init, tag, .. } = stmt("switch x := f(); {\n}").kind else { panic!() };
    assert!(init.is_some() && tag.is_none());
    let StmtKind::Select(clauses) =
        stmt("select {\ncase v := <-c:\n\t_ = v\ncase c <- 1:\ncase <-d:\ncase v, ok = <-c:\ndefault:\n}").kind
    else {
        panic!()
    };
    assert_eq!(clauses.len(), 5);
    assert!(matches!(clauses[0].comm.as_ref().unwrap().kind, StmtKind::Assign { op: AssignOp::Define, .. }));
    assert!(matches!(clauses[1].comm.as_ref().unwrap().kind, StmtKind::Send { .. }));
    assert!(matches!(clauses[2].comm.as_ref().unwrap().kind, StmtKind::Expr(_)));
    assert!(clauses[4].comm.is_none());
}

#[test]
fn files() {
    let f = parse("package main\n\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t. \"strings\"\n\t_ \"embed\"\n)\nimport \"os\"\n\nfunc main() {}\n");
    assert_eq!(f.package.name, "main");
    assert_eq!(f.imports.len(), 5);
    assert_eq!(f.imports[1].name.as_ref().unwrap().name, "m");
    assert_eq!(f.imports[2].name.as_ref().unwrap().name, ".");
    assert_eq!(f.imports[4].path.raw, "\"os\"");
    let f = parse("package p; func f(); func g() {}");
    let Decl::Func(f0) = &f.decls[0] else { panic!() };
    assert!(f0.body.is_none());
}

#[test]
fn spans() {
    let src = "package p\nvar _ = a + f(b)\n";
    let x = expr("a + f(b)");
    assert_eq!(&src[x.span.lo as usize..x.span.hi as usize], "a + f(b)");
    let ExprKind::Binary(_, _, r) = &x.kind else { panic!() };
    assert_eq!(&src[r.span.lo as usize..r.span.hi as usize], "f(b)");
    let s = stmt("if x {\n}");
    let f = "package p\nfunc f() {\nif x {\n}\n}\n";
    assert_eq!(&f[s.span.lo as usize..s.span.hi as usize], "if x {\n}");
}

/// Deleting any one token from, or inserting a token anywhere into, a
/// program that uses most of the grammar never makes the parser panic or
/// loop.
#[test]
fn mutations_never_break_the_parser() {
    let program = r#"package p

import "fmt"

type List[T any] struct {
	next *List[T]
	val  T `json:"v"`
}

type Num interface{ ~int | ~float64 }

func (l *List[T]) Each(f func(T) bool) (n int, err error) {
	for x := l; x != nil; x = x.next {
		if !f(x.val) {
			break
		}
	}
	switch v := any(l).(type) {
	case nil:
		fallthrough
	default:
		_ = v
	}
	select {
	case c <- 1:
	default:
	}
	m := map[string][]int{"a": {1, 2}}
	for k, v := range m {
		fmt.Println(k, v[1:2:3], &T{}, <-ch, func() {}())
	}
	go f()
	defer g()
L:
	goto L
	return
}
"#;
    let tokens = crate::syntax::lexer::lex(program).tokens;
    let inserted = ["{", "}", "(", ")", "[", "]", ",", ";", "=", ":=", "if", "func", "x", "1", ".", "<-", "case"];
    let mut count = 0;
    for t in &tokens {
        let (lo, hi) = (t.span.lo as usize, t.span.hi as usize);
        let mut variants = vec![format!("{}{}", &program[..lo], &program[hi..])];
        variants.extend(inserted.iter().map(|ins| format!("{} {ins} {}", &program[..lo], &program[lo..])));
        for src in variants {
            let file = SourceFile::new("x.go", src);
            // The result does not matter, only that there is one.
            let _ = parse_file(&file);
            count += 1;
        }
    }
    assert!(count > 1000);
}
