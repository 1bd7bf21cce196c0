//! Types: names and instantiations, pointer, array and slice, map, channel,
//! function, struct and interface types, parameter lists and type sets.
//!
//! Parameter lists are parsed entry by entry and then "distributed" as gc
//! does: if no entry has both a name and a type, every entry is a type
//! (`func(int, string)`, `func(a, b)` with types `a` and `b`); otherwise
//! names without a type take the type of the next entry that has one
//! (`a, b int, c string`), and an entry with a type but no name is an error
//! (mixed named and unnamed parameters).
//!
//! `name [` in a struct or parameter list is either an array or slice type
//! for a field named `name` (`a [n]int`) or an instantiated type
//! (`T[int]`): the bracket is parsed as a type list, and it is an array
//! type if a single element without comma is followed by an element type.

use chumsky::prelude::*;

use super::expr::{ident_expr, literal, name, name_req};
use super::input::SynErr;
use super::recover::*;
use super::Grammar;
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::token::Tok;

pub(super) fn define(g: &Grammar) {
    g.type_or_nil.clone().define(type_or_nil(g));
    g.type_.clone().define(g.type_or_nil.clone().or(custom(|inp| {
        let pos = current_pos(inp);
        syntax_error(inp, "expected type");
        advance(inp, &[Tok::Comma, Tok::Colon, SEMI, Tok::RParen, Tok::RBrack, Tok::RBrace]);
        Ok(bad_expr(pos))
    })));
    g.params.clone().define(param_list(g, Tok::RParen, false));
    g.type_params.clone().define(param_list(g, Tok::RBrack, true));
}

fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

/// `Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")"`; fails without
/// consuming if no type starts here.
fn type_or_nil(g: &Grammar) -> P<Expr> {
    let type_ = g.type_.clone();
    let pointer = just(Tok::Op(BinaryOp::Mul))
        .ignore_then(type_.clone())
        .map_with(|t, e| expr(ExprKind::Star(Box::new(t)), e.span()));
    let recv_chan = just(Tok::Arrow)
        .ignore_then(want_p(Tok::Chan))
        .ignore_then(chan_elem(g))
        .map_with(|t, e| expr(ExprKind::ChanType { dir: ChanDir::Recv, elem: Box::new(t) }, e.span()));
    let func = just(Tok::Func).ignore_then(signature(g, "function type")).map_with(|(_, sig), e| {
        let span = e.span();
        expr(ExprKind::FuncType(sig), span)
    });
    let array = just(Tok::LBrack)
        .ignore_then(choice((
            just(Tok::RBrack).ignore_then(type_.clone()).map(|elem| (ArrayLen::Slice, elem)),
            array_rest(g),
        )))
        .map_with(|(len, elem), e| expr(ExprKind::ArrayType { len, elem: Box::new(elem) }, e.span()));
    let chan =
        just(Tok::Chan).ignore_then(just(Tok::Arrow).or_not()).then(chan_elem(g)).map_with(|(arrow, elem), e| {
            let dir = if arrow.is_some() { ChanDir::Send } else { ChanDir::Both };
            expr(ExprKind::ChanType { dir, elem: Box::new(elem) }, e.span())
        });
    let map = just(Tok::Map)
        .ignore_then(want_p(Tok::LBrack))
        .ignore_then(type_.clone())
        .then_ignore(want_p(Tok::RBrack))
        .then(type_.clone())
        .map_with(|(key, value), e| expr(ExprKind::MapType { key: Box::new(key), value: Box::new(value) }, e.span()));
    let paren = just(Tok::LParen)
        .ignore_then(type_)
        .then_ignore(want_p(Tok::RParen))
        .map_with(|t, e| expr(ExprKind::Paren(Box::new(t)), e.span()));
    choice((pointer, recv_chan, func, array, chan, map, struct_type(g), interface_type(g), qualified_name(g), paren))
        .boxed()
}

/// An array type after its `[`: `N]E` or `...]E`.
pub(super) fn array_rest(g: &Grammar) -> P<(ArrayLen, Expr)> {
    choice((
        just(Tok::Ellipsis).to(ArrayLen::Ellipsis),
        nested(g.expr.clone().boxed()).map(|n| ArrayLen::Expr(Box::new(n))),
    ))
    .then_ignore(custom(|inp| {
        if inp.peek() == Some(Tok::Comma) {
            // Trailing commas are accepted in type parameter lists but not
            // in array types.
            syntax_error(inp, "unexpected comma; expected ]");
            inp.skip();
        }
        Ok(())
    }))
    .then_ignore(want_p(Tok::RBrack))
    .then(g.type_.clone())
    .boxed()
}

fn chan_elem(g: &Grammar) -> P<Expr> {
    g.type_or_nil
        .clone()
        .or(custom(|inp| {
            let pos = current_pos(inp);
            syntax_error(inp, "missing channel element type");
            Ok(bad_expr(pos))
        }))
        .boxed()
}

/// `[ T1, T2 ]` after a type name; returns the arguments and the span of
/// the brackets.
fn type_args(g: &Grammar) -> P<(Vec<Expr>, Span)> {
    just(Tok::LBrack)
        .ignore_then(choice((
            custom(|inp| {
                if inp.peek() != Some(Tok::RBrack) {
                    return Err(SynErr::new(0, ""));
                }
                let pos = current_pos(inp);
                syntax_error(inp, "expected type");
                Ok(vec![bad_expr(pos)])
            }),
            g.type_list.clone().map(|(list, _)| list),
        )))
        .then_ignore(want_p(Tok::RBrack))
        .map_with(|list, e| (list, e.span()))
        .boxed()
}

/// `TypeName [ TypeArgs ]` where `TypeName = identifier | PackageName "." identifier`.
pub(super) fn qualified_name(g: &Grammar) -> P<Expr> {
    name()
        .map(ident_expr)
        .then(just(Tok::Dot).ignore_then(name_req()).or_not())
        .map_with(|(x, sel), e| match sel {
            Some(sel) => expr(ExprKind::Selector(Box::new(x), sel), e.span()),
            None => x,
        })
        .then(type_args(g).or_not())
        .map_with(|(x, args), e| match args {
            Some((args, _)) => expr(ExprKind::Index(Box::new(x), args), e.span()),
            None => x,
        })
        .boxed()
}

/// A type name where one is required (an embedded field).
fn qualified_name_req(g: &Grammar) -> P<Expr> {
    qualified_name(g)
        .or(custom(|inp| {
            let pos = current_pos(inp);
            syntax_error(inp, "expected name");
            advance(inp, &[Tok::Dot, SEMI, Tok::RBrace]);
            Ok(bad_expr(pos))
        }))
        .boxed()
}

/// The signature of a function after `func` or after its name: optional
/// type parameters (not permitted unless `context` is empty, which names
/// the construct in the error), parameters and results. Returns the type
/// parameters and the signature.
pub(super) fn signature(g: &Grammar, context: &'static str) -> P<(Vec<Field>, FuncType)> {
    let type_params = just(Tok::LBrack)
        .validate(move |_, e, emitter| {
            if !context.is_empty() {
                let span: Span = e.span();
                emitter.emit(plain_syntax_error(span.lo, &format!("{context} must have no type parameters")));
            }
        })
        .ignore_then(choice((
            just(Tok::RBrack).validate(|_, e, emitter| {
                let span: Span = e.span();
                emitter.emit(plain_syntax_error(span.lo, "empty type parameter list"));
                Vec::new()
            }),
            g.type_params.clone(),
        )));
    let results = choice((
        just(Tok::LParen).ignore_then(g.params.clone()),
        g.type_or_nil
            .clone()
            .map(|ty| vec![Field { names: Vec::new(), span: ty.span, ty, variadic: false, tag: None }]),
    ))
    .or_not()
    .map(Option::unwrap_or_default);
    type_params
        .or_not()
        .then_ignore(want_p(Tok::LParen))
        .then(g.params.clone())
        .then(results)
        .map_with(|((tparams, params), results), e| {
            (tparams.unwrap_or_default(), FuncType { params, results, span: e.span() })
        })
        .boxed()
}

/// `StructType = "struct" "{" { FieldDecl ";" } "}"`.
fn struct_type(g: &Grammar) -> P<Expr> {
    just(Tok::Struct)
        .ignore_then(want_p(Tok::LBrace))
        .ignore_then(list("struct type", SEMI, Tok::RBrace, field_decl(g), |_| false))
        .map_with(|(fields, _), e| expr(ExprKind::StructType(fields.into_iter().flatten().collect()), e.span()))
        .boxed()
}

/// After a name and at its `[`: an array or slice type, or type arguments.
enum ArrayOrArgs {
    Array(Expr),
    Args(Vec<Expr>, Span),
}

fn array_or_type_args(g: &Grammar) -> P<ArrayOrArgs> {
    let type_list = g.type_list.clone();
    let type_or_nil = g.type_or_nil.clone();
    let slice = just(Tok::LBrack).ignore_then(just(Tok::RBrack)).ignore_then(g.type_.clone()).map_with(|elem, e| {
        ArrayOrArgs::Array(expr(ExprKind::ArrayType { len: ArrayLen::Slice, elem: Box::new(elem) }, e.span()))
    });
    let other = custom(move |inp| {
        let before = inp.cursor();
        if inp.peek() != Some(Tok::LBrack) {
            return Err(SynErr::new(0, ""));
        }
        inp.skip();
        let (mut list, comma) = inp.parse(&type_list)?;
        want(inp, Tok::RBrack);
        let brackets = inp.span_since(&before);
        if !comma {
            let elem_start = inp.save();
            match inp.parse(&type_or_nil) {
                Ok(elem) => {
                    let len = ArrayLen::Expr(Box::new(list.pop().unwrap()));
                    let span = inp.span_since(&before);
                    return Ok(ArrayOrArgs::Array(expr(ExprKind::ArrayType { len, elem: Box::new(elem) }, span)));
                }
                Err(_) => inp.rewind(elem_start),
            }
        }
        Ok(ArrayOrArgs::Args(list, brackets))
    });
    slice.or(other).boxed()
}

/// `FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ]`; `None`
/// after an error.
fn field_decl(g: &Grammar) -> P<Option<Field>> {
    let tag = literal().or_not();
    let embedded = select! { Tok::Ident => () }
        .then(peek_p(|t| {
            matches!(
                t,
                Some(
                    Tok::Dot | Tok::Int | Tok::Float | Tok::Imag | Tok::Char | Tok::String | Tok::Semi(_) | Tok::RBrace
                )
            )
        }))
        .rewind()
        .ignore_then(qualified_name(g))
        .then(tag.clone())
        .map_with(|(ty, tag), e| Some(Field { names: Vec::new(), ty, variadic: false, tag, span: e.span() }));
    let name_then_brackets = name().then(array_or_type_args(g)).then(tag.clone()).map_with(|((name, aoa), tag), e| {
        let span = e.span();
        Some(match aoa {
            ArrayOrArgs::Array(ty) => Field { names: vec![name], ty, variadic: false, tag, span },
            ArrayOrArgs::Args(args, brackets) => {
                let x = ident_expr(name);
                let ty = expr(ExprKind::Index(Box::new(x.clone()), args), x.span.to(brackets));
                Field { names: Vec::new(), ty, variadic: false, tag, span }
            }
        })
    });
    let named = name()
        .separated_by(just(Tok::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .then(g.type_.clone())
        .then(tag.clone())
        .map_with(|((names, ty), tag), e| Some(Field { names, ty, variadic: false, tag, span: e.span() }));
    let qualified = qualified_name_req(g);
    let pointer = just(Tok::Op(BinaryOp::Mul))
        .ignore_then(custom({
            let qualified = qualified.clone();
            move |inp| {
                if inp.peek() == Some(Tok::LParen) {
                    syntax_error(inp, "cannot parenthesize embedded type");
                    inp.skip();
                    let t = inp.parse(&qualified)?;
                    got(inp, Tok::RParen);
                    return Ok(t);
                }
                inp.parse(&qualified)
            }
        }))
        .map_with(|t, e| expr(ExprKind::Star(Box::new(t)), e.span()))
        .then(tag.clone())
        .map_with(|(ty, tag), e| Some(Field { names: Vec::new(), ty, variadic: false, tag, span: e.span() }));
    let star_qualified = just(Tok::Op(BinaryOp::Mul))
        .ignore_then(qualified.clone())
        .map_with(|t, e| expr(ExprKind::Star(Box::new(t)), e.span()));
    let parenthesized = just(Tok::LParen)
        .rewind()
        .ignore_then(custom(|inp| {
            syntax_error(inp, "cannot parenthesize embedded type");
            inp.skip();
            Ok(())
        }))
        .ignore_then(star_qualified.or(qualified))
        .then_ignore(just(Tok::RParen).or_not())
        .then(tag)
        .map_with(|(ty, tag), e| Some(Field { names: Vec::new(), ty, variadic: false, tag, span: e.span() }));
    let missing = custom(|inp| {
        syntax_error(inp, "expected field name or embedded type");
        advance(inp, &[SEMI, Tok::RBrace]);
        Ok(None)
    });
    choice((embedded, name_then_brackets, named, pointer, parenthesized, missing)).boxed()
}

/// `InterfaceType = "interface" "{" { InterfaceElem ";" } "}"`.
fn interface_type(g: &Grammar) -> P<Expr> {
    just(Tok::Interface)
        .ignore_then(want_p(Tok::LBrace))
        .ignore_then(list("interface type", SEMI, Tok::RBrace, interface_elem(g), |_| false))
        .map_with(|(elems, _), e| expr(ExprKind::InterfaceType(elems), e.span()))
        .boxed()
}

/// `EmbeddedTerm = [ "~" ] Type`.
fn embedded_term(g: &Grammar) -> P<Expr> {
    let tilde = just(Tok::Tilde)
        .ignore_then(g.type_.clone())
        .map_with(|t, e| expr(ExprKind::Unary(UnaryOp::Tilde, Box::new(t)), e.span()));
    let missing = custom(|inp| {
        let pos = current_pos(inp);
        syntax_error(inp, "expected ~ term or type");
        advance(inp, &[OPERATOR, SEMI, Tok::RParen, Tok::RBrack, Tok::RBrace]);
        Ok(bad_expr(pos))
    });
    choice((tilde, g.type_or_nil.clone(), missing)).boxed()
}

/// `| EmbeddedTerm` repeated, folded onto a first term into a union.
fn union_tail(g: &Grammar) -> P<Vec<Expr>> {
    just(Tok::Op(BinaryOp::Or)).ignore_then(embedded_term(g)).repeated().collect::<Vec<_>>().boxed()
}

fn union(first: Expr, rest: Vec<Expr>) -> Expr {
    rest.into_iter().fold(first, |l, r| {
        let span = l.span.to(r.span);
        expr(ExprKind::Binary(BinaryOp::Or, Box::new(l), Box::new(r)), span)
    })
}

/// `EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm }`.
fn embedded_elem(g: &Grammar) -> P<Expr> {
    embedded_term(g).then(union_tail(g)).map(|(first, rest)| union(first, rest)).boxed()
}

/// A method (`Name Signature`) or an embedded element.
fn interface_elem(g: &Grammar) -> P<InterfaceElem> {
    let method = select! { Tok::Ident => () }
        .then(just(Tok::LParen))
        .rewind()
        .ignore_then(name())
        .then(signature(g, "interface method"))
        .map(|(name, (_, sig))| InterfaceElem::Method { name, sig });
    let bracket_params = param_list(g, Tok::RBrack, false);
    let sig = signature(g, "interface method");
    let union_tail = union_tail(g);
    // `name[`: a generic method (accepted but reported) or an embedded
    // instantiated type.
    let bracketed = name()
        .then_ignore(just(Tok::LBrack).rewind())
        .then(custom(move |inp| {
            let before = inp.cursor();
            let lbrack = current_pos(inp);
            inp.skip();
            if inp.peek() == Some(Tok::RBrack) {
                let pos = current_pos(inp);
                inp.skip();
                if inp.peek() == Some(Tok::LParen) {
                    error_at(inp, pos, "empty type parameter list");
                    return Ok(Err(inp.parse(&sig)?.1));
                }
                error_at(inp, pos, "empty type argument list");
                return Ok(Ok(None));
            }
            let list = inp.parse(&bracket_params)?;
            if list.is_empty() {
                if inp.peek() == Some(Tok::LParen) {
                    return Ok(Err(inp.parse(&sig)?.1));
                }
                return Ok(Ok(None));
            }
            if !list[0].names.is_empty() {
                let sig = inp.parse(&sig)?.1;
                error_at(inp, lbrack, "interface method must have no type parameters");
                return Ok(Err(sig));
            }
            let args = list.into_iter().map(|f| f.ty).collect::<Vec<_>>();
            Ok(Ok(Some((args, inp.span_since(&before)))))
        }))
        .then(union_tail.clone())
        .map(|((name, r), rest)| match r {
            Err(sig) => InterfaceElem::Method { name, sig },
            Ok(None) => InterfaceElem::Embed(union(ident_expr(name), rest)),
            Ok(Some((args, brackets))) => {
                let x = ident_expr(name);
                let span = x.span.to(brackets);
                InterfaceElem::Embed(union(expr(ExprKind::Index(Box::new(x), args), span), rest))
            }
        });
    choice((method, bracketed, embedded_elem(g).map(InterfaceElem::Embed))).boxed()
}

/// One entry of a parameter list, before distribution.
struct Param {
    name: Option<Ident>,
    ty: Option<Expr>,
    variadic: bool,
}

/// `ParameterDecl = [ IdentifierList ] [ "..." ] Type`, one name at a
/// time; in a type parameter list (`close` is `]`) types may be type sets.
fn param_decl(g: &Grammar, close: Tok) -> P<Option<Param>> {
    let type_sets = close == Tok::RBrack;
    let tail = union_tail_or_empty(g, type_sets);
    let with_union =
        move |p: P<Expr>| -> P<Expr> { p.then(tail.clone()).map(|(first, rest)| union(first, rest)).boxed() };
    let unnamed = |ty: Expr| Some(Param { name: None, ty: Some(ty), variadic: false });
    let tilde_elem = peek_p(|t| t == Some(Tok::Tilde)).ignore_then(embedded_elem(g)).boxed();

    // What may follow a parameter name, or stand alone.
    let mut ty_alts: Vec<P<(Expr, bool)>> = vec![just(Tok::Ellipsis)
        .ignore_then(g.type_or_nil.clone().or(custom(|inp| {
            let pos = current_pos(inp);
            syntax_error(inp, "... is missing type");
            Ok(bad_expr(pos))
        })))
        .map(|t| (t, true))
        .boxed()];
    if type_sets {
        ty_alts.push(tilde_elem.clone().map(|t| (t, false)).boxed());
    }
    ty_alts.push(with_union(g.type_or_nil.clone().boxed()).map(|t| (t, false)).boxed());
    let ty = choice(ty_alts).boxed();

    let mut alts: Vec<P<Option<Param>>> = Vec::new();
    if type_sets {
        alts.push(tilde_elem.map(unnamed).boxed());
    }
    // name "[" ...: an array type of a named parameter, or an instance.
    alts.push(
        name()
            .then(array_or_type_args(g))
            .then(union_tail_or_empty(g, type_sets))
            .map(|((name, aoa), rest)| {
                let (name, ty) = match aoa {
                    ArrayOrArgs::Array(ty) => (Some(name), ty),
                    ArrayOrArgs::Args(args, brackets) => {
                        let x = ident_expr(name);
                        let span = x.span.to(brackets);
                        (None, expr(ExprKind::Index(Box::new(x), args), span))
                    }
                };
                Some(Param { name, ty: Some(union(ty, rest)), variadic: false })
            })
            .boxed(),
    );
    // name "." ...: a qualified type name.
    alts.push(
        select! { Tok::Ident => () }
            .then(just(Tok::Dot))
            .rewind()
            .ignore_then(with_union(qualified_name(g)))
            .map(unnamed)
            .boxed(),
    );
    // name "|" ...: a union starting with a type name.
    if type_sets {
        alts.push(
            select! { Tok::Ident => () }
                .then(just(Tok::Op(BinaryOp::Or)))
                .rewind()
                .ignore_then(embedded_elem(g))
                .map(unnamed)
                .boxed(),
        );
    }
    alts.push(
        name()
            .then(ty.clone().or_not())
            .map(|(name, ty)| {
                let (ty, variadic) = match ty {
                    Some((t, v)) => (Some(t), v),
                    None => (None, false),
                };
                Some(Param { name: Some(name), ty, variadic })
            })
            .boxed(),
    );
    alts.push(ty.map(|(t, variadic)| Some(Param { name: None, ty: Some(t), variadic })).boxed());
    alts.push(
        custom(move |inp| {
            syntax_error(inp, &format!("expected {}", close.name()));
            advance(inp, &[Tok::Comma, close]);
            Ok(None)
        })
        .boxed(),
    );
    choice(alts).boxed()
}

fn union_tail_or_empty(g: &Grammar, type_sets: bool) -> P<Vec<Expr>> {
    if type_sets {
        union_tail(g)
    } else {
        empty().to(Vec::new()).boxed()
    }
}

/// A parameter list after its opening `(` or `[`, through `close`.
fn param_list(g: &Grammar, close: Tok, require_names: bool) -> P<Vec<Field>> {
    let entries = list("parameter list", Tok::Comma, close, param_decl(g, close), |_| false);
    checked(entries, move |(params, close_pos)| {
        let (fields, err) = distribute(params.into_iter().flatten().collect(), close_pos, require_names);
        (fields, err.into_iter().collect())
    })
}

/// Turns parsed entries into fields (see the header comment); also returns
/// the error for a list mixing named and unnamed entries.
fn distribute(list: Vec<Param>, close_pos: u32, require_names: bool) -> (Vec<Field>, Option<SynErr>) {
    let named = list.iter().filter(|p| p.name.is_some() && p.ty.is_some()).count();
    let typed = list.iter().filter(|p| p.ty.is_some()).count();
    if named == 0 && !require_names {
        let fields = list
            .into_iter()
            .map(|p| {
                let ty = match (p.ty, p.name) {
                    (Some(ty), _) => ty,
                    (None, Some(name)) => ident_expr(name),
                    (None, None) => unreachable!("parameter without name or type"),
                };
                Field { names: Vec::new(), span: ty.span, ty, variadic: p.variadic, tag: None }
            })
            .collect();
        return (fields, None);
    }
    // Every entry gets a name and a type; runs of names share the type of
    // the entry that ends them.
    let mut err_pos = None;
    let mut groups: Vec<Field> = Vec::new();
    let mut open_group = false;
    for p in list.into_iter().rev() {
        match (p.name, p.ty) {
            (name, Some(ty)) => {
                let name = name.unwrap_or_else(|| {
                    err_pos = Some(ty.span.lo);
                    Ident { name: "_".to_string(), span: Span::new(ty.span.lo, ty.span.lo) }
                });
                let span = name.span.to(ty.span);
                groups.push(Field { names: vec![name], ty, variadic: p.variadic, tag: None, span });
                open_group = true;
            }
            (Some(name), None) if open_group => {
                let group = groups.last_mut().unwrap();
                group.span = name.span.to(group.span);
                group.names.insert(0, name);
            }
            (Some(name), None) => {
                err_pos = Some(name.span.lo);
                let ty = bad_expr(name.span.lo);
                groups.push(Field { span: name.span, names: vec![name], ty, variadic: false, tag: None });
            }
            (None, None) => unreachable!("parameter without name or type"),
        }
    }
    groups.reverse();
    let err = err_pos.map(|pos| {
        if require_names {
            if named == typed {
                plain_syntax_error(close_pos, "missing type constraint")
            } else {
                plain_syntax_error(pos, "type parameters must be named")
            }
        } else {
            plain_syntax_error(pos, "mixed named and unnamed parameters")
        }
    });
    (groups, err)
}
