//! Expressions: operands, primary expressions with their suffixes, unary
//! and binary operators, composite and function literals.
//!
//! Binary expressions are parsed by precedence climbing written as one
//! left fold per precedence level (`BinaryOp::precedence`, 5 binds
//! tightest), so `a + b*c - d` is `(a + (b*c)) - d`.
//!
//! A primary expression is an operand followed by any number of selectors,
//! index or slice expressions, type assertions, calls and composite literal
//! bodies. Whether a `{` after `x` opens a composite literal depends on `x`
//! and on where we are, exactly as in gc: after a type literal (`[]int{`,
//! `struct{...}{`, `map[K]V{`) always; after a name, a qualified name or an
//! instantiation (`T{`, `p.T{`, `G[int]{`) only when not at the top level of
//! a statement header, since there `if x == T {` must open the block. Inside
//! parentheses, brackets, calls and literal bodies of a header the
//! composite literal is fine again (`ParseState::xnest`).

use chumsky::prelude::*;

use super::input::SynErr;
use super::recover::*;
use super::Grammar;
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::printer::expr_string;
use crate::syntax::token::Tok;

pub(super) fn define(g: &Grammar) {
    g.primary.clone().define(primary(g));
    g.expr.clone().define(binary(g));
    g.expr_list.clone().define(g.expr.clone().separated_by(just(Tok::Comma)).at_least(1).collect::<Vec<_>>());
    g.type_list.clone().define(nested(type_list(g)));
}

pub(super) fn name() -> P<Ident> {
    select! { Tok::Ident => () }.map_with(|(), e| Ident { name: e.slice(), span: e.span() }).boxed()
}

/// A name, or an error and a placeholder `_`.
pub(super) fn name_req() -> P<Ident> {
    name()
        .or(custom(|inp| {
            let pos = current_pos(inp);
            syntax_error(inp, "expected name");
            advance(inp, &[]);
            Ok(Ident { name: "_".to_string(), span: Span::new(pos, pos) })
        }))
        .boxed()
}

pub(super) fn literal() -> P<BasicLit> {
    select! {
        Tok::Int => LitKind::Int,
        Tok::Float => LitKind::Float,
        Tok::Imag => LitKind::Imag,
        Tok::Char => LitKind::Char,
        Tok::String => LitKind::String,
    }
    .map_with(|kind, e| BasicLit { kind, raw: e.slice(), span: e.span() })
    .boxed()
}

pub(super) fn ident_expr(id: Ident) -> Expr {
    Expr { span: id.span, kind: ExprKind::Ident(id) }
}

/// `typeList = expr { "," type } [ "," ]`: the first element may be any
/// expression (an index), the others must be types (type arguments).
fn type_list(g: &Grammar) -> P<(Vec<Expr>, bool)> {
    g.expr
        .clone()
        .then(
            just(Tok::Comma)
                .ignore_then(g.type_or_nil.clone().separated_by(just(Tok::Comma)).allow_trailing().collect::<Vec<_>>())
                .or_not(),
        )
        .map(|(x, rest)| match rest {
            None => (vec![x], false),
            Some(rest) => (std::iter::once(x).chain(rest).collect(), true),
        })
        .boxed()
}

fn binary(g: &Grammar) -> P<Expr> {
    let mut level = unary(g);
    for prec in (1..=5).rev() {
        let op = select! { Tok::Op(op) if op.precedence() == prec => op };
        level = level
            .clone()
            .foldl(op.then(level).repeated(), |l, (op, r)| Expr {
                span: l.span.to(r.span),
                kind: ExprKind::Binary(op, Box::new(l), Box::new(r)),
            })
            .boxed();
    }
    level
}

/// `UnaryExpr = PrimaryExpr | unary_op UnaryExpr`.
fn unary(g: &Grammar) -> P<Expr> {
    let primary = g.primary.clone().map(|(x, _)| x);
    recursive(move |unary| {
        let op = select! {
            Tok::Op(BinaryOp::Add) => UnaryOp::Pos,
            Tok::Op(BinaryOp::Sub) => UnaryOp::Neg,
            Tok::Op(BinaryOp::Xor) => UnaryOp::Xor,
            Tok::Op(BinaryOp::And) => UnaryOp::Addr,
            Tok::Not => UnaryOp::Not,
            Tok::Tilde => UnaryOp::Tilde,
        };
        let star = just(Tok::Op(BinaryOp::Mul))
            .ignore_then(unary.clone())
            .map_with(|x, e| Expr { kind: ExprKind::Star(Box::new(x)), span: e.span() });
        let prefix = op
            .then(unary.clone())
            .map_with(|(op, x), e| Expr { kind: ExprKind::Unary(op, Box::new(x)), span: e.span() });
        let unary = unary.clone();
        let arrow = custom(move |inp| {
            if inp.peek() != Some(Tok::Arrow) {
                return Err(SynErr::new(0, ""));
            }
            let before = inp.cursor();
            inp.skip();
            let x = inp.parse(&unary)?;
            let span = inp.span_since(&before);
            Ok(receive_or_chan(inp, x, span))
        });
        choice((star, prefix, arrow, primary)).boxed()
    })
    .boxed()
}

/// `<-x` is a receive, unless `x` is a channel type: then the arrow belongs
/// to the type, `<-chan E`, and is pushed down through `chan<-` types:
/// `<-chan<- E` is not a type, `<-chan (<-chan E)` is written
/// `<-chan <-chan E`.
fn receive_or_chan(inp: Inp, x: Expr, span: Span) -> Expr {
    if !matches!(x.kind, ExprKind::ChanType { .. }) {
        return Expr { kind: ExprKind::Unary(UnaryOp::Recv, Box::new(x)), span };
    }
    let mut x = x;
    x.span = span;
    let mut dir = ChanDir::Send;
    let mut t = &mut x;
    while dir == ChanDir::Send && matches!(t.kind, ExprKind::ChanType { .. }) {
        let ExprKind::ChanType { dir: d, elem } = &mut t.kind else { unreachable!() };
        dir = *d;
        if dir == ChanDir::Recv {
            syntax_error(inp, "unexpected <-, expected chan");
        }
        *d = ChanDir::Recv;
        t = elem;
    }
    if dir == ChanDir::Send {
        let shown = expr_string(t);
        syntax_error(inp, &format!("unexpected {shown}, expected chan"));
    }
    x
}

/// What follows a primary expression.
enum Suffix {
    Selector(Ident),
    /// `.(T)`, or `.(type)` with `None`.
    Assert(Option<Expr>),
    Index(Vec<Expr>),
    Slice {
        lo: Option<Expr>,
        hi: Option<Expr>,
        max: Option<Expr>,
    },
    Call {
        args: Vec<Expr>,
        ellipsis: bool,
    },
    CompositeLit(Vec<Element>),
    /// An erroneous suffix, already reported.
    Bad,
}

/// `PrimaryExpr = Operand { Selector | Index | Slice | TypeAssertion | Arguments | LiteralValue }`,
/// with the position gc gives it in messages (the operator of its last
/// suffix: the `.` of `a.b`, the `(` of `f(x)`).
fn primary(g: &Grammar) -> P<(Expr, u32)> {
    let operand = operand(g);
    let dot = just(Tok::Dot)
        .ignore_then(choice((
            name().map(Suffix::Selector),
            just(Tok::LParen)
                .ignore_then(choice((just(Tok::Type).to(None), g.type_.clone().map(Some))))
                .then_ignore(want_p(Tok::RParen))
                .map(Suffix::Assert),
            custom(|inp| {
                syntax_error(inp, "expected name or (");
                advance(inp, &[SEMI, Tok::RParen]);
                Ok(Suffix::Bad)
            }),
        )))
        .boxed();
    let index = index_or_slice(g);
    let call = just(Tok::LParen)
        .ignore_then(nested(list(
            "argument list",
            Tok::Comma,
            Tok::RParen,
            g.expr.clone().then(just(Tok::Ellipsis).or_not().map(|d| d.is_some())).boxed(),
            |(_, dots)| *dots,
        )))
        .map(|(args, _)| {
            let ellipsis = args.last().is_some_and(|(_, dots)| *dots);
            Suffix::Call { args: args.into_iter().map(|(x, _)| x).collect(), ellipsis }
        })
        .boxed();
    let body = literal_value(g);

    custom(move |inp| {
        let before = inp.cursor();
        let mut x = inp.parse(&operand)?;
        // gc's position of the expression: that of its last suffix.
        let mut pos = match &x.kind {
            ExprKind::FuncType(sig) => sig.span.lo,
            _ => x.span.lo,
        };
        loop {
            let suffix_start = inp.cursor();
            let suffix = match inp.peek() {
                Some(Tok::Dot) => inp.parse(&dot)?,
                Some(Tok::LBrack) => inp.parse(&index)?,
                Some(Tok::LParen) => inp.parse(&call)?,
                Some(Tok::LBrace) => {
                    let t = unparen(&x);
                    if !complit_ok(t, inp.state().xnest) {
                        break;
                    }
                    if !std::ptr::eq(t, &x) {
                        syntax_error(inp, "cannot parenthesize type in composite literal");
                    }
                    Suffix::CompositeLit(inp.parse(&body)?.0)
                }
                _ => break,
            };
            let span = inp.span_since(&before);
            let inner = Box::new(x);
            let kind = match suffix {
                Suffix::Selector(sel) => ExprKind::Selector(inner, sel),
                Suffix::Assert(ty) => ExprKind::TypeAssert { x: inner, ty: ty.map(Box::new) },
                Suffix::Index(list) => ExprKind::Index(inner, list),
                Suffix::Slice { lo, hi, max } => {
                    ExprKind::Slice { x: inner, lo: lo.map(Box::new), hi: hi.map(Box::new), max: max.map(Box::new) }
                }
                Suffix::Call { args, ellipsis } => ExprKind::Call { func: inner, args, ellipsis },
                Suffix::CompositeLit(elems) => ExprKind::CompositeLit { ty: Some(inner), elems },
                Suffix::Bad => {
                    x = *inner;
                    continue;
                }
            };
            x = Expr { kind, span };
            pos = inp.span_since(&suffix_start).lo;
        }
        Ok((x, pos))
    })
    .boxed()
}

fn unparen(x: &Expr) -> &Expr {
    match &x.kind {
        ExprKind::Paren(inner) => unparen(inner),
        _ => x,
    }
}

/// Whether a `{` after `t` may open a composite literal (gc's `complit_ok`).
fn complit_ok(t: &Expr, xnest: i32) -> bool {
    match &t.kind {
        ExprKind::Ident(_) | ExprKind::Selector(..) => xnest >= 0,
        ExprKind::Index(..) => xnest >= 0 && !is_value(t),
        ExprKind::ArrayType { .. } | ExprKind::StructType(_) | ExprKind::MapType { .. } => true,
        _ => false,
    }
}

/// Whether `x` must be a value, not a type, by its syntax alone.
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit(_)
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::Call { .. }
        | ExprKind::Unary(..)
        | ExprKind::Binary(..) => true,
        ExprKind::Paren(inner) => is_value(inner),
        ExprKind::Index(base, index) => is_value(base) || index.len() == 1 && is_value(&index[0]),
        _ => false,
    }
}

/// After `x`: `[i]`, `[T1, T2]`, `[lo:hi]` or `[lo:hi:max]`.
fn index_or_slice(g: &Grammar) -> P<Suffix> {
    let type_list = g.type_list.clone();
    let expr = g.expr.clone();
    custom(move |inp| {
        inp.skip(); // [
        if inp.peek() == Some(Tok::RBrack) {
            // An empty index is accepted with a complaint.
            syntax_error(inp, "expected operand");
            inp.skip();
            return Ok(Suffix::Bad);
        }
        let mut lo = None;
        if inp.peek() != Some(Tok::Colon) {
            let (mut list, comma) = inp.parse(&type_list)?;
            if comma || inp.peek() == Some(Tok::RBrack) {
                want(inp, Tok::RBrack);
                return Ok(Suffix::Index(list));
            }
            lo = list.pop();
        }
        if !got(inp, Tok::Colon) {
            syntax_error(inp, "expected comma, : or ]");
            advance(inp, &[Tok::Comma, Tok::Colon, Tok::RBrack]);
        }
        inp.state().xnest += 1;
        let mut hi = None;
        let mut max = None;
        if !matches!(inp.peek(), Some(Tok::Colon | Tok::RBrack)) {
            hi = Some(inp.parse(&expr)?);
        }
        if inp.peek() == Some(Tok::Colon) {
            if hi.is_none() {
                let pos = current_pos(inp);
                error_at(inp, pos, "middle index required in 3-index slice");
                hi = Some(bad_expr(pos));
            }
            inp.skip();
            if inp.peek() != Some(Tok::RBrack) {
                max = Some(inp.parse(&expr)?);
            } else {
                let pos = current_pos(inp);
                error_at(inp, pos, "final index required in 3-index slice");
                max = Some(bad_expr(pos));
            }
        }
        inp.state().xnest -= 1;
        want(inp, Tok::RBrack);
        Ok(Suffix::Slice { lo, hi, max })
    })
    .boxed()
}

/// `LiteralValue = "{" [ ElementList [ "," ] ] "}"`, with elements that are
/// expressions or, with their type elided, literal values themselves.
/// Returns the elements and the span of the braces.
pub(super) fn literal_value(g: &Grammar) -> P<(Vec<Element>, Span)> {
    let expr = g.expr.clone();
    recursive(move |body: Recursive<chumsky::recursive::Direct<_, (Vec<Element>, Span), _>>| {
        let bare = choice((
            body.clone().map(|(elems, span)| Expr { kind: ExprKind::CompositeLit { ty: None, elems }, span }),
            expr.clone(),
        ))
        .boxed();
        let element = bare
            .clone()
            .then(just(Tok::Colon).ignore_then(bare).or_not())
            .map(|(first, second)| match second {
                Some(value) => Element { key: Some(first), value },
                None => Element { key: None, value: first },
            })
            .boxed();
        just(Tok::LBrace)
            .ignore_then(nested(list("composite literal", Tok::Comma, Tok::RBrace, element, |_| false)))
            .map_with(|(elems, _), e| (elems, e.span()))
    })
    .boxed()
}

/// `Operand = Literal | OperandName | "(" Expression ")"`, plus function
/// literals and the type literals that begin conversions and composite
/// literals.
fn operand(g: &Grammar) -> P<Expr> {
    let paren = just(Tok::LParen)
        .ignore_then(nested(g.expr.clone().boxed()))
        .then_ignore(want_p(Tok::RParen))
        .map_with(|x, e| Expr { kind: ExprKind::Paren(Box::new(x)), span: e.span() });
    let func = just(Tok::Func)
        .ignore_then(super::types::signature(g, "function type"))
        .then(nested(g.func_body.clone().boxed()).or_not())
        .map_with(|((_, sig), body), e| {
            let span: Span = e.span();
            match body {
                Some(body) => Expr { kind: ExprKind::FuncLit { sig, body }, span },
                None => Expr { kind: ExprKind::FuncType(sig), span },
            }
        });
    let type_lit = peek_p(|t| matches!(t, Some(Tok::LBrack | Tok::Chan | Tok::Map | Tok::Struct | Tok::Interface)))
        .ignore_then(g.type_.clone());
    let missing = custom(|inp| {
        let pos = current_pos(inp);
        syntax_error(inp, "expected expression");
        advance(inp, &[Tok::RParen, Tok::RBrack, Tok::RBrace]);
        Ok::<_, SynErr>(bad_expr(pos))
    });
    choice((
        name().map(ident_expr),
        literal().map(|lit| Expr { span: lit.span, kind: ExprKind::BasicLit(lit) }),
        paren,
        func,
        type_lit,
        missing,
    ))
    .boxed()
}
