//! Error reporting and recovery, the way gc's parser does it.
//!
//! The grammar never fails on bad input once it has committed to a
//! construct: where a token is required and missing it reports a syntax
//! error (worded by `syntax_error`, from the token at hand), skips ahead to a
//! token that can follow (`advance`), and returns a placeholder. chumsky's own
//! failures are only used to choose between alternatives. This reproduces
//! gc's messages and its follow-on behaviour, so that the errors of a file
//! land on the same lines as gc's.

use chumsky::input::InputRef;
use chumsky::prelude::*;

use crate::source::Span;
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, Ident};
use crate::syntax::parser::input::{Extra, SynErr, TokenInput};
use crate::syntax::token::{SemiKind, Tok};

pub type P<O> = Boxed<'static, 'static, TokenInput, O, Extra>;
pub type Inp<'a, 'p> = &'a mut InputRef<'static, 'p, TokenInput, Extra>;

/// gc's token classes, the unit of its follow sets: all literals are one
/// class, all semicolons another, all operators other than `*` a third.
fn class(tok: Tok) -> u32 {
    match tok {
        Tok::Ident => 0,
        Tok::Int | Tok::Float | Tok::Imag | Tok::Char | Tok::String => 1,
        Tok::Op(BinaryOp::Mul) => 2,
        Tok::Op(_) | Tok::Not | Tok::Tilde => 3,
        Tok::AssignOp(_) => 4,
        Tok::Inc | Tok::Dec => 5,
        Tok::Assign => 6,
        Tok::Define => 7,
        Tok::Arrow => 8,
        Tok::LParen => 9,
        Tok::LBrack => 10,
        Tok::LBrace => 11,
        Tok::RParen => 12,
        Tok::RBrack => 13,
        Tok::RBrace => 14,
        Tok::Comma => 15,
        Tok::Semi(_) => 16,
        Tok::Colon => 17,
        Tok::Dot => 18,
        Tok::Ellipsis => 19,
        Tok::Break => 20,
        Tok::Case => 21,
        Tok::Chan => 22,
        Tok::Const => 23,
        Tok::Continue => 24,
        Tok::Default => 25,
        Tok::Defer => 26,
        Tok::Else => 27,
        Tok::Fallthrough => 28,
        Tok::For => 29,
        Tok::Func => 30,
        Tok::Go => 31,
        Tok::Goto => 32,
        Tok::If => 33,
        Tok::Import => 34,
        Tok::Interface => 35,
        Tok::Map => 36,
        Tok::Package => 37,
        Tok::Range => 38,
        Tok::Return => 39,
        Tok::Select => 40,
        Tok::Struct => 41,
        Tok::Switch => 42,
        Tok::Type => 43,
        Tok::Var => 44,
    }
}

/// A `;` of any kind, for follow sets and comparisons.
pub const SEMI: Tok = Tok::Semi(SemiKind::Explicit);
/// Any operator but `*`, for follow sets.
pub const OPERATOR: Tok = Tok::Op(BinaryOp::Or);

/// Whether `tok` is of the class of `want` (all `;` are alike).
pub fn is(tok: Option<Tok>, want: Tok) -> bool {
    match tok {
        Some(Tok::Semi(_)) => matches!(want, Tok::Semi(_)),
        Some(t) => t == want,
        None => false,
    }
}

/// The keywords that start statements: recovery inside a function never
/// skips them.
const STOPSET: [Tok; 14] = [
    Tok::Break,
    Tok::Const,
    Tok::Continue,
    Tok::Defer,
    Tok::Fallthrough,
    Tok::For,
    Tok::Go,
    Tok::Goto,
    Tok::If,
    Tok::Return,
    Tok::Select,
    Tok::Switch,
    Tok::Type,
    Tok::Var,
];

fn set_of(toks: &[Tok]) -> u64 {
    toks.iter().fold(0, |set, &t| set | 1 << class(t))
}

/// The current token (`None` at the end of the file) and its text.
pub fn current(inp: Inp) -> (Option<Tok>, String) {
    let checkpoint = inp.save();
    let before = inp.cursor();
    let tok = inp.next();
    let text = if tok.is_some() { inp.slice_since(&before..) } else { String::new() };
    inp.rewind(checkpoint);
    (tok, text)
}

/// The position of the current token (the end of the file past the last).
pub fn current_pos(inp: Inp) -> u32 {
    let checkpoint = inp.save();
    let before = inp.cursor();
    inp.skip();
    let span = inp.span_since(&before);
    inp.rewind(checkpoint);
    span.lo
}

/// Reports an error with exactly this message.
pub fn error_at(inp: Inp, pos: u32, msg: impl Into<String>) {
    let token = Some(*inp.cursor().inner());
    inp.emit(SynErr { token, ..SynErr::new(pos, msg) });
}

/// Reports a syntax error at the current token, worded as gc words it: a
/// message starting with "expected", "in", "at" or "after" is preceded by
/// "unexpected X", naming the current token; any other is given as is.
pub fn syntax_error(inp: Inp, msg: &str) {
    let pos = current_pos(inp);
    syntax_error_at(inp, pos, msg);
}

pub fn syntax_error_at(inp: Inp, pos: u32, msg: &str) {
    let (tok, text) = current(inp);
    let found = match tok {
        Some(t) => t.describe(&text),
        None => "EOF".to_string(),
    };
    let at_eof = tok.is_none();
    let full = if msg.is_empty() {
        format!("syntax error: unexpected {found}")
    } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
        format!("syntax error: unexpected {found} {msg}")
    } else if msg.starts_with("expected ") {
        format!("syntax error: unexpected {found}, {msg}")
    } else {
        format!("syntax error: {msg}")
    };
    let token = Some(*inp.cursor().inner());
    inp.emit(SynErr { at_eof, token, ..SynErr::new(pos, full) });
}

/// A syntax error whose message does not name the current token.
pub fn plain_syntax_error(pos: u32, msg: &str) -> SynErr {
    SynErr::new(pos, format!("syntax error: {msg}"))
}

/// Skips tokens until one of `follow` (or, inside a function, a statement
/// keyword) or the end of the file. With an empty `follow`, skips exactly
/// one token.
pub fn advance(inp: Inp, follow: &[Tok]) {
    let mut set = set_of(follow);
    if !follow.is_empty() && inp.state().fnest > 0 {
        set |= set_of(&STOPSET);
    }
    while let Some(tok) = inp.peek() {
        if set & 1 << class(tok) != 0 {
            break;
        }
        inp.skip();
        if follow.is_empty() {
            break;
        }
    }
}

/// Consumes the current token if it is `tok`.
pub fn got(inp: Inp, tok: Tok) -> bool {
    if is(inp.peek(), tok) {
        inp.skip();
        true
    } else {
        false
    }
}

/// Consumes `tok`, or reports it missing and skips one token.
pub fn want(inp: Inp, tok: Tok) {
    if !got(inp, tok) {
        syntax_error(inp, &format!("expected {}", tok.name()));
        advance(inp, &[]);
    }
}

/// The parser form of `want`.
pub fn want_p(tok: Tok) -> P<()> {
    custom(move |inp| {
        want(inp, tok);
        Ok(())
    })
    .boxed()
}

/// Succeeds, consuming nothing, if the current token satisfies `pred`.
pub fn peek_p(pred: fn(Option<Tok>) -> bool) -> P<()> {
    custom(move |inp| if pred(inp.peek()) { Ok(()) } else { Err(SynErr::new(0, String::new())) }).boxed()
}

/// A placeholder for an expression that could not be parsed.
pub fn bad_expr(pos: u32) -> Expr {
    let span = Span::new(pos, pos);
    Expr { kind: ExprKind::Ident(Ident { name: "_".to_string(), span }), span }
}

/// gc's `list`: `[ elem { sep elem } [sep] ] close`, where a missing
/// separator is reported "in {context}" and ends the list. Parsing stops
/// after an element for which `done` holds. Also returns the position of
/// the token where `close` was expected.
pub fn list<O: 'static>(
    context: &'static str,
    sep: Tok,
    close: Tok,
    elem: P<O>,
    done: fn(&O) -> bool,
) -> P<(Vec<O>, u32)> {
    custom(move |inp| {
        let mut out = Vec::new();
        let mut stop = false;
        while !stop && inp.peek().is_some() && !is(inp.peek(), close) {
            let x = inp.parse(&elem)?;
            stop = done(&x);
            out.push(x);
            if !got(inp, sep) && !is(inp.peek(), close) {
                syntax_error(inp, &format!("in {context}; possibly missing {} or {}", sep.name(), close.name()));
                advance(inp, &[Tok::RParen, Tok::RBrack, Tok::RBrace]);
                if !is(inp.peek(), close) {
                    let pos = current_pos(inp);
                    return Ok((out, pos));
                }
            }
        }
        let pos = current_pos(inp);
        want(inp, close);
        Ok((out, pos))
    })
    .boxed()
}

/// Runs `p`, then `check` on its output, reporting the errors `check`
/// finds at the token that follows (when gc finds them).
pub fn checked<O: 'static, U: 'static>(p: P<O>, check: impl Fn(O) -> (U, Vec<SynErr>) + 'static) -> P<U> {
    custom(move |inp: Inp| {
        let x = inp.parse(&p)?;
        let (out, errors) = check(x);
        let token = Some(*inp.cursor().inner());
        for err in errors {
            inp.emit(SynErr { token, ..err });
        }
        Ok(out)
    })
    .boxed()
}

/// Runs `p` one expression level deeper (gc's `xnest++`): composite
/// literals are allowed again inside brackets of a statement header.
pub fn nested<O: 'static>(p: P<O>) -> P<O> {
    custom(move |inp: Inp| {
        inp.state().xnest += 1;
        let r = inp.parse(&p);
        inp.state().xnest -= 1;
        r
    })
    .boxed()
}
