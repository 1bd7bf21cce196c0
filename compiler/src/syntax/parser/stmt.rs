//! Statements, blocks and the headers of `if`, `for` and `switch`.
//!
//! A header is parsed as gc parses it: an optional simple statement, then
//! either `{` (the statement was the condition or tag) or `;` and the
//! condition (and, in a `for`, a second `;` and the post statement). A
//! `for` header may instead be a range clause, a `switch` header a type
//! switch guard `x := y.(type)`. At the top level of a header composite
//! literals of bare type names are not parsed (`ParseState::xnest`), and a
//! condition that is not an expression (`if x = 1 {`) is reported as
//! "cannot use ... as value".

use chumsky::prelude::*;

use super::expr::{name, name_req};
use super::input::SynErr;
use super::recover::*;
use super::Grammar;
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::printer::{emphasize, simple_stmt_string};
use crate::syntax::token::{SemiKind, Tok};

pub(super) fn define(g: &Grammar) {
    let stmt = statement(g);
    g.stmt_list.clone().define(stmt_list(stmt));
    let block = block(g, "");
    g.func_body.clone().define(custom(move |inp: Inp| {
        if inp.peek() != Some(Tok::LBrace) {
            return Err(SynErr::new(0, ""));
        }
        inp.state().fnest += 1;
        let body = inp.parse(&block);
        inp.state().fnest -= 1;
        body
    }));
}

/// `StatementList = { Statement ";" }`, up to a `}`, `case` or `default`.
fn stmt_list(stmt: P<Option<Stmt>>) -> P<Vec<Stmt>> {
    let stmt = stmt.or_not().boxed();
    custom(move |inp| {
        let mut list = Vec::new();
        while !matches!(inp.peek(), None | Some(Tok::RBrace | Tok::Case | Tok::Default)) {
            let Some(Some(s)) = inp.parse(&stmt)? else {
                break;
            };
            if s.kind != StmtKind::Empty {
                list.push(s);
            }
            // The ";" is optional before "}".
            if !got(inp, SEMI) && inp.peek() != Some(Tok::RBrace) {
                syntax_error(inp, "at end of statement");
                advance(inp, &[SEMI, Tok::RBrace, Tok::Case, Tok::Default]);
                got(inp, SEMI);
            }
        }
        Ok(list)
    })
    .boxed()
}

/// `Block = "{" StatementList "}"`; `context` names what the block follows
/// in the error when the `{` is missing.
fn block(g: &Grammar, context: &'static str) -> P<Block> {
    let stmt_list = g.stmt_list.clone();
    custom(move |inp| {
        let before = inp.cursor();
        if !got(inp, Tok::LBrace) {
            syntax_error(inp, &format!("expected {{ after {context}"));
            advance(inp, &[Tok::Ident, Tok::RBrace]);
            if got(inp, Tok::RBrace) {
                return Ok(Block { stmts: Vec::new(), span: inp.span_since(&before) });
            }
        }
        let stmts = inp.parse(&stmt_list)?;
        want(inp, Tok::RBrace);
        Ok(Block { stmts, span: inp.span_since(&before) })
    })
    .boxed()
}

/// A simple statement, or what only a header may hold instead. Short-lived,
/// so its variants are not boxed.
#[allow(clippy::large_enum_variant)]
enum Simple {
    /// The statement and gc's position for it in messages (the operator
    /// of an assignment, increment or send).
    Stmt(Stmt, u32),
    /// `lhs = range x` / `lhs := range x`.
    Range { lhs: Vec<Expr>, define: bool, x: Expr },
    /// `bind := x.(type)`, `x` being the operand of the assertion.
    Guard { bind: Ident, x: Expr },
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Keyword {
    None,
    For,
    If,
    Switch,
}

impl Keyword {
    fn name(self) -> &'static str {
        match self {
            Keyword::For => "for",
            Keyword::If => "if",
            Keyword::Switch => "switch",
            Keyword::None => "",
        }
    }
}

/// `SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
/// Assignment | ShortVarDecl`, plus a range clause after `for` and a type
/// switch guard after `switch`.
fn simple_stmt(g: &Grammar, keyword: Keyword) -> P<Simple> {
    let expr = g.expr.clone();
    let expr_list = g.expr_list.clone();
    let range_x = just(Tok::Range).ignore_then(g.expr.clone()).boxed();
    custom(move |inp| {
        let before = inp.cursor();
        if keyword == Keyword::For && inp.peek() == Some(Tok::Range) {
            let x = inp.parse(&range_x)?;
            return Ok(Simple::Range { lhs: Vec::new(), define: false, x });
        }
        let mut lhs = inp.parse(&expr_list)?;
        macro_rules! stmt {
            ($kind:expr) => {
                Stmt { kind: $kind, span: inp.span_since(&before) }
            };
        }
        let op_pos = current_pos(inp);
        if lhs.len() == 1 && !matches!(inp.peek(), Some(Tok::Assign | Tok::Define)) {
            let x = lhs.pop().unwrap();
            let kind = match inp.peek() {
                Some(Tok::AssignOp(op)) => {
                    inp.skip();
                    let rhs = inp.parse(&expr)?;
                    StmtKind::Assign { lhs: vec![x], op: AssignOp::Op(op), rhs: vec![rhs] }
                }
                Some(t @ (Tok::Inc | Tok::Dec)) => {
                    inp.skip();
                    StmtKind::IncDec { x, inc: t == Tok::Inc }
                }
                Some(Tok::Arrow) => {
                    inp.skip();
                    let value = inp.parse(&expr)?;
                    StmtKind::Send { ch: x, value }
                }
                _ => {
                    let pos = x.span.lo;
                    return Ok(Simple::Stmt(stmt!(StmtKind::Expr(x)), pos));
                }
            };
            return Ok(Simple::Stmt(stmt!(kind), op_pos));
        }
        match inp.peek() {
            Some(t @ (Tok::Assign | Tok::Define)) => {
                inp.skip();
                let define = t == Tok::Define;
                if keyword == Keyword::For && inp.peek() == Some(Tok::Range) {
                    let x = inp.parse(&range_x)?;
                    return Ok(Simple::Range { lhs, define, x });
                }
                let mut rhs = inp.parse(&expr_list)?;
                if keyword == Keyword::Switch && define && lhs.len() == 1 && rhs.len() == 1 {
                    if let (ExprKind::Ident(bind), ExprKind::TypeAssert { ty: None, .. }) = (&lhs[0].kind, &rhs[0].kind)
                    {
                        let bind = bind.clone();
                        let ExprKind::TypeAssert { x, .. } = rhs.pop().unwrap().kind else { unreachable!() };
                        return Ok(Simple::Guard { bind, x: *x });
                    }
                }
                let op = if define { AssignOp::Define } else { AssignOp::Assign };
                Ok(Simple::Stmt(stmt!(StmtKind::Assign { lhs, op, rhs }), op_pos))
            }
            _ => {
                syntax_error(inp, "expected := or = or comma");
                advance(inp, &[SEMI, Tok::RBrace]);
                let x = lhs.swap_remove(0);
                let pos = x.span.lo;
                Ok(Simple::Stmt(stmt!(StmtKind::Expr(x)), pos))
            }
        }
    })
    .boxed()
}

/// A simple statement where only an ordinary one is possible.
fn plain(s: Simple) -> Stmt {
    match s {
        Simple::Stmt(s, _) => s,
        Simple::Range { x, .. } | Simple::Guard { x, .. } => Stmt { span: x.span, kind: StmtKind::Expr(x) },
    }
}

/// The condition part of a header.
enum Cond {
    None,
    Expr(Expr),
    Guard(Ident, Expr),
}

enum Header {
    Range { lhs: Vec<Expr>, define: bool, x: Expr },
    Clauses { init: Option<Box<Stmt>>, cond: Cond, post: Option<Box<Stmt>> },
}

/// The header of an `if`, `for` or `switch` after its keyword.
fn header(g: &Grammar, keyword: Keyword) -> P<Header> {
    let simple = simple_stmt(g, keyword);
    let simple_plain = simple_stmt(g, Keyword::None);
    custom(move |inp| {
        if inp.peek() == Some(Tok::LBrace) {
            let mut cond = Cond::None;
            if keyword == Keyword::If {
                let pos = current_pos(inp);
                syntax_error(inp, "missing condition in if statement");
                cond = Cond::Expr(bad_expr(pos));
            }
            return Ok(Header::Clauses { init: None, cond, post: None });
        }
        let outer = inp.state().xnest;
        inp.state().xnest = -1;

        let mut init = None;
        if !is(inp.peek(), SEMI) {
            // A var declaration is accepted with a complaint.
            if got(inp, Tok::Var) {
                syntax_error(inp, &format!("var declaration not allowed in {} initializer", keyword.name()));
            }
            match inp.parse(&simple)? {
                Simple::Range { lhs, define, x } => {
                    inp.state().xnest = outer;
                    if let Some(extra) = lhs.get(2) {
                        // The tree has room for two; gc's type checker
                        // reports the others.
                        let msg = "range clause permits at most two iteration variables";
                        let err = SynErr::new(extra.span.lo, msg);
                        inp.state().checker_errors.push(err);
                    }
                    return Ok(Header::Range { lhs, define, x });
                }
                s => init = Some(s),
            }
        }

        let mut cond_stmt = None;
        let mut post = None;
        let mut semi = None;
        'done: {
            if inp.peek() != Some(Tok::LBrace) {
                match inp.peek() {
                    Some(Tok::Semi(kind)) => {
                        semi = Some((current_pos(inp), kind));
                        inp.skip();
                    }
                    _ => {
                        // Asking for a "{" rather than a ";" gives a better message.
                        want(inp, Tok::LBrace);
                        if inp.peek() != Some(Tok::LBrace) {
                            advance(inp, &[Tok::LBrace, Tok::RBrace]);
                        }
                    }
                }
                if keyword == Keyword::For {
                    if !is(inp.peek(), SEMI) {
                        if inp.peek() == Some(Tok::LBrace) {
                            syntax_error(inp, "expected for loop condition");
                            break 'done;
                        }
                        cond_stmt = Some(inp.parse(&simple_plain)?);
                    }
                    want(inp, SEMI);
                    if inp.peek() != Some(Tok::LBrace) {
                        let s = inp.parse(&simple_plain)?;
                        if let Simple::Stmt(Stmt { kind: StmtKind::Assign { op: AssignOp::Define, .. }, .. }, pos) = &s
                        {
                            let pos = *pos;
                            syntax_error_at(inp, pos, "cannot declare in post statement of for loop");
                        }
                        post = Some(Box::new(plain(s)));
                    }
                } else if inp.peek() != Some(Tok::LBrace) {
                    cond_stmt = Some(inp.parse(&simple)?);
                }
            } else {
                cond_stmt = init.take();
            }
        }

        let cond = match cond_stmt {
            None => {
                if let (Keyword::If, Some((pos, kind))) = (keyword, semi) {
                    if kind != SemiKind::Explicit {
                        let lit = if kind == SemiKind::Newline { "newline" } else { "EOF" };
                        syntax_error_at(inp, pos, &format!("unexpected {lit}, expected {{ after if clause"));
                    } else {
                        syntax_error_at(inp, pos, "missing condition in if statement");
                    }
                    Cond::Expr(bad_expr(pos))
                } else {
                    Cond::None
                }
            }
            Some(Simple::Stmt(Stmt { kind: StmtKind::Expr(x), .. }, _)) => Cond::Expr(x),
            Some(Simple::Guard { bind, x }) => Cond::Guard(bind, x),
            Some(Simple::Stmt(s, pos)) => {
                // A common mistake is "=" for "==": say so plainly.
                let shown = match &s.kind {
                    StmtKind::Assign { lhs, op: AssignOp::Assign, rhs } => {
                        format!("assignment {} = {}", emphasize(lhs), emphasize(rhs))
                    }
                    _ => simple_stmt_string(&s),
                };
                syntax_error_at(inp, pos, &format!("cannot use {shown} as value"));
                Cond::None
            }
            Some(Simple::Range { x, .. }) => Cond::Expr(x),
        };
        inp.state().xnest = outer;
        Ok(Header::Clauses { init: init.map(|s| Box::new(plain(s))), cond, post })
    })
    .boxed()
}

/// All statements; `None` where gc gives up on a statement (a label
/// without one) and the statement list ends.
fn statement(g: &Grammar) -> P<Option<Stmt>> {
    recursive(|stmt: Recursive<chumsky::recursive::Direct<'static, 'static, _, Option<Stmt>, _>>| {
        let labeled = name()
            .then_ignore(just(Tok::Colon).rewind())
            .then({
                let stmt = stmt.clone().or_not();
                custom(move |inp| {
                    let colon = current_pos(inp);
                    inp.skip();
                    if inp.peek() == Some(Tok::RBrace) {
                        // Semicolons may be omitted before "}": an empty statement.
                        let pos = current_pos(inp);
                        let span = Span::new(pos, pos);
                        return Ok(Some(Stmt { kind: StmtKind::Empty, span }));
                    }
                    let s = inp.parse(&stmt)?.flatten();
                    if s.is_none() {
                        syntax_error_at(inp, colon, "missing statement after label");
                    }
                    Ok(s)
                })
            })
            .map_with(|(label, s), e| s.and_then(|s| spanned(StmtKind::Labeled(label, Box::new(s)), e.span())));

        let simple = peek_p(|t| {
            matches!(
                t,
                Some(
                    Tok::Ident
                        | Tok::Op(BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::And | BinaryOp::Xor)
                        | Tok::Not
                        | Tok::Int
                        | Tok::Float
                        | Tok::Imag
                        | Tok::Char
                        | Tok::String
                        | Tok::Func
                        | Tok::LParen
                        | Tok::LBrack
                        | Tok::Struct
                        | Tok::Map
                        | Tok::Chan
                        | Tok::Interface
                        | Tok::Arrow
                )
            )
        })
        .ignore_then(simple_stmt(g, Keyword::None))
        .map(|s| Some(plain(s)));

        let decl = g.decl.clone().map_with(|d, e| spanned(StmtKind::Decl(d), e.span()));
        let block_stmt = peek_p(|t| t == Some(Tok::LBrace))
            .ignore_then(block(g, ""))
            .map_with(|b, e| spanned(StmtKind::Block(b), e.span()));

        let if_stmt = recursive(|if_stmt| {
            let else_part = just(Tok::Else).ignore_then(choice((
                if_stmt.map(|s: Option<Stmt>| s.map(Box::new)),
                peek_p(|t| t == Some(Tok::LBrace))
                    .ignore_then(block(g, ""))
                    .map_with(|b, e| Some(Box::new(Stmt { kind: StmtKind::Block(b), span: e.span() }))),
                custom(|inp| {
                    syntax_error(inp, "else must be followed by if or statement block");
                    advance(inp, &[Tok::Ident, Tok::RBrace]);
                    Ok(None)
                }),
            )));
            just(Tok::If)
                .ignore_then(header(g, Keyword::If))
                .then(block(g, "if clause"))
                .then(else_part.or_not())
                .map_with(|((h, then), else_), e| {
                    let Header::Clauses { init, cond, .. } = h else { unreachable!("range clause after if") };
                    let cond = match cond {
                        Cond::Expr(x) => x,
                        _ => bad_expr(then.span.lo),
                    };
                    spanned(StmtKind::If { init, cond, then, else_: else_.flatten() }, e.span())
                })
        });

        let for_stmt = just(Tok::For).ignore_then(header(g, Keyword::For)).then(block(g, "for clause")).map_with(
            |(h, body), e| {
                let kind = match h {
                    Header::Range { mut lhs, define, x } => {
                        let value = if lhs.len() > 1 { Some(lhs.swap_remove(1)) } else { None };
                        let key = lhs.into_iter().next();
                        StmtKind::Range { key, value, define, x, body }
                    }
                    Header::Clauses { init, cond, post } => {
                        let cond = match cond {
                            Cond::Expr(x) => Some(x),
                            _ => None,
                        };
                        StmtKind::For { init, cond, post, body }
                    }
                };
                spanned(kind, e.span())
            },
        );

        let case_clause = {
            let expr_list = g.expr_list.clone();
            let stmt_list = g.stmt_list.clone();
            custom(move |inp| {
                let before = inp.cursor();
                let exprs = match inp.peek() {
                    Some(Tok::Case) => {
                        inp.skip();
                        Some(inp.parse(&expr_list)?)
                    }
                    Some(Tok::Default) => {
                        inp.skip();
                        None
                    }
                    _ => {
                        syntax_error(inp, "expected case or default or }");
                        advance(inp, &[Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace]);
                        None
                    }
                };
                want(inp, Tok::Colon);
                let body = inp.parse(&stmt_list)?;
                Ok(CaseClause { exprs, body, span: inp.span_since(&before) })
            })
        };
        let switch_stmt = just(Tok::Switch)
            .ignore_then(header(g, Keyword::Switch))
            .then(clauses("missing { after switch clause", case_clause))
            .map_with(|(h, clauses), e| {
                let Header::Clauses { init, cond, .. } = h else { unreachable!("range clause after switch") };
                let kind = match cond {
                    Cond::None => StmtKind::Switch { init, tag: None, clauses },
                    Cond::Guard(bind, x) => StmtKind::TypeSwitch { init, bind: Some(bind), x, clauses },
                    Cond::Expr(Expr { kind: ExprKind::TypeAssert { x, ty: None }, .. }) => {
                        StmtKind::TypeSwitch { init, bind: None, x: *x, clauses }
                    }
                    Cond::Expr(tag) => StmtKind::Switch { init, tag: Some(tag), clauses },
                };
                spanned(kind, e.span())
            });

        let comm_clause = {
            let simple = simple_stmt(g, Keyword::None);
            let stmt_list = g.stmt_list.clone();
            custom(move |inp| {
                let before = inp.cursor();
                let comm = match inp.peek() {
                    Some(Tok::Case) => {
                        inp.skip();
                        Some(Box::new(plain(inp.parse(&simple)?)))
                    }
                    Some(Tok::Default) => {
                        inp.skip();
                        None
                    }
                    _ => {
                        syntax_error(inp, "expected case or default or }");
                        advance(inp, &[Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace]);
                        None
                    }
                };
                want(inp, Tok::Colon);
                let body = inp.parse(&stmt_list)?;
                Ok(CommClause { comm, body, span: inp.span_since(&before) })
            })
        };
        let select_stmt = just(Tok::Select)
            .ignore_then(clauses("missing { after select clause", comm_clause))
            .map_with(|clauses, e| spanned(StmtKind::Select(clauses), e.span()));

        let branch = choice((
            just(Tok::Fallthrough).to(StmtKind::Fallthrough),
            just(Tok::Break).ignore_then(name().or_not()).map(StmtKind::Break),
            just(Tok::Continue).ignore_then(name().or_not()).map(StmtKind::Continue),
            just(Tok::Goto).ignore_then(name_req()).map(StmtKind::Goto),
            just(Tok::Return)
                .ignore_then(
                    peek_p(|t| !matches!(t, Some(Tok::Semi(_) | Tok::RBrace)))
                        .ignore_then(g.expr_list.clone())
                        .or_not(),
                )
                .map(|list| StmtKind::Return(list.unwrap_or_default())),
        ))
        .map_with(|kind, e| spanned(kind, e.span()));

        let call_stmt = {
            let primary = g.primary.clone();
            let keyword = select! { Tok::Go => "go", Tok::Defer => "defer" };
            checked(keyword.then(primary).boxed(), |(keyword, (x, pos))| {
                let (x, errors) = go_defer_call(keyword, x, pos);
                let kind = if keyword == "go" { StmtKind::Go(x) } else { StmtKind::Defer(x) };
                (kind, errors)
            })
            .map_with(|kind, e| spanned(kind, e.span()))
            .boxed()
        };

        let empty = peek_p(|t| matches!(t, Some(Tok::Semi(_)))).map_with(|_, e| spanned(StmtKind::Empty, e.span()));

        choice((
            labeled.boxed(),
            simple.boxed(),
            decl.boxed(),
            block_stmt.boxed(),
            for_stmt.boxed(),
            switch_stmt.boxed(),
            select_stmt.boxed(),
            if_stmt.boxed(),
            branch.boxed(),
            call_stmt,
            empty.boxed(),
        ))
    })
    .boxed()
}

fn spanned(kind: StmtKind, span: Span) -> Option<Stmt> {
    Some(Stmt { kind, span })
}

/// The braces and clauses of a `switch` or `select`.
fn clauses<C: 'static>(
    missing: &'static str,
    clause: impl Parser<'static, super::input::TokenInput, C, super::input::Extra> + 'static,
) -> P<Vec<C>> {
    let clause = clause.boxed();
    custom(move |inp| {
        if !got(inp, Tok::LBrace) {
            syntax_error(inp, missing);
            advance(inp, &[Tok::Case, Tok::Default, Tok::RBrace]);
        }
        let mut list = Vec::new();
        while !matches!(inp.peek(), None | Some(Tok::RBrace)) {
            list.push(inp.parse(&clause)?);
        }
        want(inp, Tok::RBrace);
        Ok(list)
    })
    .boxed()
}

/// Checks the operand of `go` or `defer`: a call, not parenthesized.
/// `pos` is gc's position for it, where the error is reported.
fn go_defer_call(keyword: &str, mut x: Expr, mut pos: u32) -> (Expr, Vec<SynErr>) {
    let mut errors = Vec::new();
    if let ExprKind::Paren(_) = x.kind {
        let msg = format!("expression in {keyword} must not be parenthesized");
        errors.push(SynErr::new(x.span.lo, msg));
        while let ExprKind::Paren(inner) = x.kind {
            x = *inner;
        }
        pos = x.span.lo;
    }
    if !matches!(x.kind, ExprKind::Call { .. }) {
        let msg = format!("expression in {keyword} must be function call");
        errors.push(SynErr::new(pos, msg));
    }
    (x, errors)
}
