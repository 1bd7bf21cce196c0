//! Declarations and the source file: package clause, imports, `const`,
//! `var`, `type` (alone or grouped in parentheses) and `func`.
//!
//! `type T[` is ambiguous: `type A[N]int` declares an array type,
//! `type L[T any] []T` a generic type. As in gc, the bracket's content is
//! parsed as an expression and taken apart: if it can be split into a name
//! followed by a type constraint (`P any`, `P *C`, `P ~int|string`,
//! `P interface{}`) or a name followed by a comma or another name, it is a
//! type parameter list; a lone name (`type A[N] int`) or any other
//! expression (`type A[N*2] int`) is an array length. A constraint that
//! could also be read as a value (`P *C`, `P (C)`) is taken as one only when
//! followed by a comma, so `[P *C]` declares an array and `[P *C,]` a type
//! parameter. The bracket is then parsed again as what it turned out to be.

use chumsky::prelude::*;

use super::expr::{literal, name, name_req};
use super::input::SynErr;
use super::recover::*;
use super::types::array_rest;
use super::Grammar;
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::token::Tok;

pub(super) fn define(g: &Grammar) {
    let const_decl = just(Tok::Const).ignore_then(group(const_spec(g))).map(|specs| {
        Decl::Const(specs.into_iter().enumerate().map(|(i, s)| ValueSpec { iota: i as u32, ..s }).collect())
    });
    let var_decl = just(Tok::Var).ignore_then(group(var_spec(g))).map(Decl::Var);
    let type_decl = just(Tok::Type).ignore_then(group(type_spec(g))).map(Decl::Type);
    g.decl.clone().define(choice((const_decl, var_decl, type_decl)));
}

/// `spec | "(" { spec ";" } ")"`.
fn group<S: 'static>(spec: P<S>) -> P<Vec<S>> {
    choice((
        just(Tok::LParen)
            .ignore_then(list("grouped declaration", SEMI, Tok::RParen, spec.clone(), |_| false))
            .map(|(specs, _)| specs),
        spec.map(|s| vec![s]),
    ))
    .boxed()
}

/// `=`, or `:=` accepted with a complaint.
fn assign() -> P<()> {
    custom(|inp| match inp.peek() {
        Some(Tok::Define) => {
            syntax_error(inp, "expected =");
            inp.skip();
            Ok(())
        }
        Some(Tok::Assign) => {
            inp.skip();
            Ok(())
        }
        _ => Err(SynErr::new(0, "")),
    })
    .boxed()
}

fn name_list() -> P<Vec<Ident>> {
    name_req().separated_by(just(Tok::Comma)).at_least(1).collect::<Vec<_>>().boxed()
}

/// `ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ]`.
fn const_spec(g: &Grammar) -> P<ValueSpec> {
    let rest = peek_p(|t| !matches!(t, None | Some(Tok::Semi(_) | Tok::RParen)))
        .ignore_then(g.type_or_nil.clone().or_not().then(assign().ignore_then(g.expr_list.clone()).or_not()))
        .or_not();
    name_list()
        .then(rest)
        .map_with(|(names, rest), e| {
            let (ty, values) = rest.unwrap_or((None, None));
            ValueSpec { names, ty, values: values.unwrap_or_default(), iota: 0, span: e.span() }
        })
        .boxed()
}

/// `VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList )`.
fn var_spec(g: &Grammar) -> P<ValueSpec> {
    let rest = choice((
        assign().ignore_then(g.expr_list.clone()).map(|values| (None, values)),
        g.type_
            .clone()
            .then(assign().ignore_then(g.expr_list.clone()).or_not())
            .map(|(ty, values)| (Some(ty), values.unwrap_or_default())),
    ));
    name_list()
        .then(rest)
        .map_with(|(names, (ty, values)), e| ValueSpec { names, ty, values, iota: 0, span: e.span() })
        .boxed()
}

/// `TypeSpec = identifier [ TypeParams ] [ "=" ] Type`.
fn type_spec(g: &Grammar) -> P<TypeSpec> {
    let name_req = name_req();
    let name = name();
    let speculative = nested(g.expr.clone().boxed());
    let type_params = g.type_params.clone();
    let type_or_nil = g.type_or_nil.clone();
    let type_ = g.type_.clone();
    let array_rest = array_rest(g);
    let assign = assign();
    custom(move |inp| {
        let before = inp.cursor();
        let type_name = inp.parse(&name_req)?;
        let mut type_params_list = Vec::new();
        let mut alias = false;
        let ty = if inp.peek() == Some(Tok::LBrack) {
            let lbrack = inp.cursor();
            inp.skip();
            match inp.peek() {
                Some(Tok::Ident) => {
                    let start = inp.save();
                    let first = inp.parse(&name)?;
                    let is_type_params = if inp.peek() == Some(Tok::LBrack) {
                        true
                    } else {
                        inp.rewind(start.clone());
                        let x = inp.parse(&speculative)?;
                        let _ = first;
                        let next = inp.peek();
                        matches!(split_name(&x, next == Some(Tok::Comma)), Some(has_type) if has_type || next != Some(Tok::RBrack))
                    };
                    inp.rewind(start);
                    if is_type_params {
                        type_params_list = inp.parse(&type_params)?;
                        alias = inp.parse(assign.clone().or_not())?.is_some();
                        inp.parse(type_or_nil.clone().or_not())?
                    } else {
                        let (len, elem) = inp.parse(&array_rest)?;
                        let span = inp.span_since(&lbrack);
                        Some(Expr { kind: ExprKind::ArrayType { len, elem: Box::new(elem) }, span })
                    }
                }
                Some(Tok::RBrack) => {
                    inp.skip();
                    let elem = inp.parse(&type_)?;
                    let span = inp.span_since(&lbrack);
                    Some(Expr { kind: ExprKind::ArrayType { len: ArrayLen::Slice, elem: Box::new(elem) }, span })
                }
                _ => {
                    let (len, elem) = inp.parse(&array_rest)?;
                    let span = inp.span_since(&lbrack);
                    Some(Expr { kind: ExprKind::ArrayType { len, elem: Box::new(elem) }, span })
                }
            }
        } else {
            alias = inp.parse(assign.clone().or_not())?.is_some();
            inp.parse(type_or_nil.clone().or_not())?
        };
        let ty = match ty {
            Some(ty) => ty,
            None => {
                let pos = current_pos(inp);
                syntax_error(inp, "in type declaration");
                advance(inp, &[SEMI, Tok::RParen]);
                bad_expr(pos)
            }
        };
        Ok(TypeSpec { name: type_name, type_params: type_params_list, alias, ty, span: inp.span_since(&before) })
    })
    .boxed()
}

/// Whether `x` can be split into a name and what follows it (gc's
/// `extractName`): `None` if not, else whether something (a constraint)
/// follows the name. The split is made only if the rest is syntactically a
/// type element, or if `force` is set.
fn split_name(x: &Expr, force: bool) -> Option<bool> {
    match &x.kind {
        ExprKind::Ident(_) => Some(false),
        ExprKind::Binary(BinaryOp::Mul, l, r) if matches!(l.kind, ExprKind::Ident(_)) && (force || is_type_elem(r)) => {
            Some(true)
        }
        ExprKind::Binary(BinaryOp::Or, l, r) => match split_name(l, force || is_type_elem(r)) {
            Some(true) => Some(true),
            _ => None,
        },
        ExprKind::Call { func, args, ellipsis: false }
            if matches!(func.kind, ExprKind::Ident(_)) && args.len() == 1 && (force || is_type_elem(&args[0])) =>
        {
            Some(true)
        }
        _ => None,
    }
}

/// Whether `x` is, by its syntax, a type element and not a value.
fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. } => true,
        ExprKind::Unary(UnaryOp::Tilde, _) => true,
        ExprKind::Unary(_, inner) | ExprKind::Star(inner) | ExprKind::Paren(inner) => is_type_elem(inner),
        ExprKind::Binary(_, l, r) => is_type_elem(l) || is_type_elem(r),
        _ => false,
    }
}

/// `FunctionDecl = "func" [ Receiver ] FunctionName [ TypeParams ] Signature [ FunctionBody ]`
/// after `func`; `None` if the name is missing.
fn func_decl(g: &Grammar) -> P<Option<FuncDecl>> {
    let params = g.params.clone();
    let func_sig = super::types::signature(g, "");
    let method_sig = super::types::signature(g, "method");
    let body = g.func_body.clone();
    let name = name();
    custom(move |inp| {
        let before = inp.cursor();
        let mut recv = None;
        if got(inp, Tok::LParen) {
            let mut fields = inp.parse(&params)?;
            let count: usize = fields.iter().map(|f| f.names.len().max(1)).sum();
            match count {
                0 => {
                    let pos = current_pos(inp);
                    error_at(inp, pos, "method has no receiver");
                }
                1 => recv = fields.pop(),
                _ => {
                    let pos = current_pos(inp);
                    error_at(inp, pos, "method has multiple receivers");
                    let mut first = fields.swap_remove(0);
                    first.names.truncate(1);
                    recv = Some(first);
                }
            }
        }
        if inp.peek() != Some(Tok::Ident) {
            syntax_error(inp, "expected name or (");
            advance(inp, &[Tok::LBrace, SEMI]);
            return Ok(None);
        }
        let name = inp.parse(&name)?;
        let (type_params, sig) = inp.parse(if recv.is_some() { &method_sig } else { &func_sig })?;
        let body = if inp.peek() == Some(Tok::LBrace) { Some(inp.parse(&body)?) } else { None };
        Ok(Some(FuncDecl { recv, name, type_params, sig, body, span: inp.span_since(&before) }))
    })
    .boxed()
}

/// `ImportSpec = [ "." | PackageName ] ImportPath`; `None` if the path is
/// missing.
fn import_spec() -> P<Option<Import>> {
    let name = name();
    let literal = literal();
    custom(move |inp| {
        let before = inp.cursor();
        let local = match inp.peek() {
            Some(Tok::Ident) => Some(inp.parse(&name)?),
            Some(Tok::Dot) => {
                let pos = current_pos(inp);
                inp.skip();
                Some(Ident { name: ".".to_string(), span: Span::new(pos, pos + 1) })
            }
            _ => None,
        };
        let path_index = *inp.cursor().inner();
        let Some(path) = inp.parse(literal.clone().or_not())? else {
            syntax_error(inp, "missing import path");
            advance(inp, &[SEMI, Tok::RParen]);
            return Ok(None);
        };
        // A literal with lexical errors has been reported already.
        let bad = inp.state().bad_literals.binary_search(&path_index).is_ok();
        if path.kind != LitKind::String && !bad {
            syntax_error(inp, "import path must be a string");
        }
        Ok(Some(Import { name: local, path, span: inp.span_since(&before) }))
    })
    .boxed()
}

/// `SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" }`.
pub(super) fn file(g: &Grammar) -> P<File> {
    let name = name();
    let imports = group(import_spec());
    let decl = g.decl.clone();
    let func_decl = func_decl(g);
    custom(move |inp| {
        // gc stops reading the file when the package clause is wrong.
        let skip_rest = |inp: Inp| {
            inp.state().scanned_to = *inp.cursor().inner();
            while inp.peek().is_some() {
                inp.skip();
            }
        };
        let mut file = File {
            package: Ident { name: "_".to_string(), span: Span::default() },
            imports: Vec::new(),
            decls: Vec::new(),
        };
        if !got(inp, Tok::Package) {
            syntax_error(inp, "package statement must be first");
            skip_rest(inp);
            return Ok(file);
        }
        // Nothing more is reported if the package clause is wrong.
        match inp.parse(name.clone().or_not())? {
            Some(package) => file.package = package,
            None => {
                syntax_error(inp, "expected name");
                skip_rest(inp);
                return Ok(file);
            }
        }
        if !got(inp, SEMI) {
            syntax_error(inp, "expected semicolon or newline");
            skip_rest(inp);
            return Ok(file);
        }
        // Nor if the scanner found an error so far (it has read one token
        // past the package clause).
        if inp.state().first_lex_error <= *inp.cursor().inner() {
            skip_rest(inp);
            return Ok(file);
        }

        while got(inp, Tok::Import) {
            file.imports.extend(inp.parse(&imports)?.into_iter().flatten());
            want(inp, SEMI);
        }

        // The last declaration was a function without body.
        let mut after_bodiless_func = false;
        while let Some(tok) = inp.peek() {
            match tok {
                Tok::Const | Tok::Type | Tok::Var => {
                    file.decls.push(inp.parse(&decl)?);
                    after_bodiless_func = false;
                }
                Tok::Func => {
                    inp.skip();
                    if let Some(f) = inp.parse(&func_decl)? {
                        after_bodiless_func = f.body.is_none();
                        file.decls.push(Decl::Func(f));
                    }
                }
                _ => {
                    if tok == Tok::LBrace && after_bodiless_func {
                        // The opening { of a function body on the next line.
                        syntax_error(inp, "unexpected semicolon or newline before {");
                    } else {
                        syntax_error(inp, "non-declaration statement outside function body");
                    }
                    advance(inp, &[Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
                    continue;
                }
            }
            if inp.peek().is_some() && !got(inp, SEMI) {
                syntax_error(inp, "after top level declaration");
                advance(inp, &[Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
            }
        }
        Ok(file)
    })
    .boxed()
}
