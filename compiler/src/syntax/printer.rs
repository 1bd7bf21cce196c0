//! Expressions and simple statements printed back as Go source, on one
//! line, the way gc's syntax.String prints them in messages: function and
//! composite literal bodies are elided as `{…}`.

use crate::syntax::ast::*;

/// The expression whose source text is `text`, printed as gc prints it
/// (`h+1` becomes `h + 1`); `None` if `text` is not one expression.
pub fn normalize_expr(text: &str) -> Option<String> {
    let file = crate::source::SourceFile::new("expr.go", format!("package p\nvar _ = {text}\n"));
    let (Some(tree), errors) = crate::syntax::parse_file(&file) else { return None };
    match (&tree.decls[..], errors.is_empty()) {
        ([Decl::Var(specs)], true) if specs.len() == 1 && specs[0].values.len() == 1 => {
            Some(expr_string(&specs[0].values[0]))
        }
        _ => None,
    }
}

pub fn expr_string(x: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, x);
    out
}

pub fn expr_list_string(list: &[Expr]) -> String {
    let mut out = String::new();
    expr_list(&mut out, list);
    out
}

/// One side of an assignment as gc's "cannot use assignment ... as value"
/// shows it: a binary expression in parentheses.
pub fn emphasize(list: &[Expr]) -> String {
    let text = expr_list_string(list);
    match list {
        [Expr { kind: ExprKind::Binary(..), .. }] => format!("({text})"),
        _ => text,
    }
}

/// A simple statement: expression, send, increment, assignment.
pub fn simple_stmt_string(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(x) => expr_string(x),
        StmtKind::Send { ch, value } => format!("{} <- {}", expr_string(ch), expr_string(value)),
        StmtKind::IncDec { x, inc } => {
            format!("{}{}", expr_string(x), if *inc { "++" } else { "--" })
        }
        StmtKind::Assign { lhs, op, rhs } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(op) => format!("{}=", op.as_str()),
            };
            format!("{} {} {}", expr_list_string(lhs), op, expr_list_string(rhs))
        }
        _ => String::new(),
    }
}

fn expr_list(out: &mut String, list: &[Expr]) {
    for (i, x) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x);
    }
}

fn expr(out: &mut String, x: &Expr) {
    match &x.kind {
        ExprKind::Ident(id) => out.push_str(&id.name),
        ExprKind::BasicLit(lit) => out.push_str(&lit.raw),
        ExprKind::CompositeLit { ty, elems } => {
            if let Some(ty) = ty {
                expr(out, ty);
            }
            out.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { sig, body } => {
            out.push_str("func");
            signature(out, sig);
            out.push_str(if body.stmts.is_empty() { " {}" } else { " {…}" });
        }
        ExprKind::Paren(inner) => {
            out.push('(');
            expr(out, inner);
            out.push(')');
        }
        ExprKind::Selector(base, sel) => {
            expr(out, base);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index(base, index) => {
            expr(out, base);
            out.push('[');
            expr_list(out, index);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            expr(out, x);
            out.push('[');
            if let Some(lo) = lo {
                expr(out, lo);
            }
            out.push(':');
            if let Some(hi) = hi {
                expr(out, hi);
            }
            if let Some(max) = max {
                out.push(':');
                expr(out, max);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            expr(out, x);
            out.push_str(".(");
            match ty {
                Some(ty) => expr(out, ty),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call { func, args, ellipsis } => {
            expr(out, func);
            out.push('(');
            expr_list(out, args);
            if *ellipsis {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(inner) => {
            out.push('*');
            expr(out, inner);
        }
        ExprKind::Unary(op, inner) => {
            out.push_str(op.as_str());
            expr(out, inner);
        }
        ExprKind::Binary(op, l, r) => {
            expr(out, l);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            expr(out, r);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            match len {
                ArrayLen::Slice => {}
                ArrayLen::Ellipsis => out.push_str("..."),
                ArrayLen::Expr(n) => expr(out, n),
            }
            out.push(']');
            expr(out, elem);
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            expr(out, key);
            out.push(']');
            expr(out, value);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            let recv_elem = matches!(elem.kind, ExprKind::ChanType { dir: ChanDir::Recv, .. });
            if *dir == ChanDir::Both && recv_elem {
                out.push('(');
                expr(out, elem);
                out.push(')');
            } else {
                expr(out, elem);
            }
        }
        ExprKind::FuncType(sig) => {
            out.push_str("func");
            signature(out, sig);
        }
        ExprKind::StructType(fields) => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if !f.names.is_empty() {
                    out.push_str(&f.names.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(", "));
                    out.push(' ');
                }
                expr(out, &f.ty);
                if let Some(tag) = &f.tag {
                    out.push(' ');
                    out.push_str(&tag.raw);
                }
            }
            out.push('}');
        }
        ExprKind::InterfaceType(elems) => {
            out.push_str("interface{");
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match e {
                    InterfaceElem::Method { name, sig } => {
                        out.push_str(&name.name);
                        signature(out, sig);
                    }
                    InterfaceElem::Embed(t) => expr(out, t),
                }
            }
            out.push('}');
        }
    }
}

fn params(out: &mut String, fields: &[Field]) {
    out.push('(');
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if !f.names.is_empty() {
            out.push_str(&f.names.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(", "));
            out.push(' ');
        }
        if f.variadic {
            out.push_str("...");
        }
        expr(out, &f.ty);
    }
    out.push(')');
}

fn signature(out: &mut String, sig: &FuncType) {
    params(out, &sig.params);
    match sig.results.as_slice() {
        [] => {}
        [single] if single.names.is_empty() => {
            out.push(' ');
            expr(out, &single.ty);
        }
        results => {
            out.push(' ');
            params(out, results);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;
    use crate::syntax::parse_file;

    /// Parses `var _ = <src>` and prints the expression back.
    fn roundtrip(src: &str) -> String {
        let file = SourceFile::new("x.go", format!("package p\nvar _ = {src}\n"));
        let (Some(f), errs) = parse_file(&file) else { panic!("{src}: syntax errors") };
        assert!(errs.is_empty(), "{src}: {errs:?}");
        let Decl::Var(specs) = &f.decls[0] else { panic!() };
        expr_string(&specs[0].values[0])
    }

    #[test]
    fn prints_like_gc() {
        for (src, printed) in [
            ("a + b*c", "a + b * c"),
            ("f(x, y...)", "f(x, y...)"),
            ("x.(T)", "x.(T)"),
            ("a[i:j:k]", "a[i:j:k]"),
            ("a[:]", "a[:]"),
            ("m[k]", "m[k]"),
            ("p.T[int, string]{}", "p.T[int, string]{}"),
            ("[]int{1, 2}", "[]int{…}"),
            ("func(a, b int) (string, error) { return }", "func(a, b int) (string, error) {…}"),
            ("func() {}", "func() {}"),
            ("<-ch", "<-ch"),
            ("*p", "*p"),
            ("-(x)", "-(x)"),
            ("map[string][]int(nil)", "map[string][]int(nil)"),
            ("struct{a int; B}{}", "struct{a int; B}{}"),
            ("interface{M() int; ~int | string}(nil)", "interface{M() int; ~int | string}(nil)"),
            ("(<-chan int)(nil)", "(<-chan int)(nil)"),
            ("(chan<- int)(nil)", "(chan<- int)(nil)"),
            ("(chan (<-chan int))(nil)", "(chan (<-chan int))(nil)"),
            ("[...]int{1}", "[...]int{…}"),
            ("(func(...int))(nil)", "(func(...int))(nil)"),
        ] {
            assert_eq!(roundtrip(src), printed, "{src}");
        }
    }
}
