//! The parser: chumsky combinators over the token stream, one file per kind
//! of construct (expressions, types, statements, declarations).
//!
//! The grammar follows gc's parser (cmd/compile/internal/syntax/parser.go)
//! production by production, so that it accepts exactly what gc accepts and
//! reports errors where and as gc does (see `recover.rs`). It decides with
//! one or two tokens of lookahead, and never backtracks further, except in
//! three places, each resolved the way gc resolves it:
//!
//! - `T{` in a statement header: `ParseState::xnest` is negative at the top
//!   level of an `if`/`for`/`switch` header, where a `{` after a type name
//!   opens the block, not a composite literal (`expr.rs`).
//! - `type A[P ...` starts a type parameter list or an array length: the
//!   bracket's content is parsed as an expression first and inspected
//!   (`decl.rs`), then parsed again as what it turned out to be.
//! - `name [` in a parameter list or struct: an array type or type
//!   arguments, decided after the closing `]` (`types.rs`).
//!
//! Nonterminals used from several places are declared once as recursive
//! parsers in `Grammar` and defined by their modules; the whole grammar is
//! built once per thread and reused for every file (its recursive parsers
//! refer to each other, so it lives as long as the thread).

mod decl;
mod expr;
mod input;
mod recover;
mod stmt;
#[cfg(test)]
mod tests;
mod types;

use chumsky::prelude::*;
use chumsky::recursive::Indirect;

use crate::diag::Diag;
use crate::source::{SourceFile, Span};
use crate::syntax::ast::{Block, Decl, Expr, Field, File, Stmt};
use crate::syntax::branches;
use crate::syntax::lexer::{LexError, Lexed};
use input::{Extra, ParseState, TokenInput};
use recover::P;

type Rec<O> = Recursive<Indirect<'static, 'static, TokenInput, O, Extra>>;

/// The shared nonterminals. Each `Rec` is defined exactly once, by the
/// module named in its comment.
#[derive(Clone)]
struct Grammar {
    /// expr.rs: `Expression`.
    expr: Rec<Expr>,
    /// expr.rs: `PrimaryExpr`.
    primary: Rec<(Expr, u32)>,
    /// expr.rs: `ExpressionList`.
    expr_list: Rec<Vec<Expr>>,
    /// expr.rs: gc's `typeList`, the inside of `x[...]`; true if it
    /// contained a comma.
    type_list: Rec<(Vec<Expr>, bool)>,
    /// types.rs: a type, or failure without consuming if none starts here.
    type_or_nil: Rec<Expr>,
    /// types.rs: a type, or an error.
    type_: Rec<Expr>,
    /// types.rs: a parameter list after its `(`, through the `)`.
    params: Rec<Vec<Field>>,
    /// types.rs: a type parameter list after its `[`, through the `]`.
    type_params: Rec<Vec<Field>>,
    /// stmt.rs: `{ StatementList }` of a function; fails if no `{`.
    func_body: Rec<Block>,
    /// stmt.rs: `StatementList`.
    stmt_list: Rec<Vec<Stmt>>,
    /// decl.rs: a `const`, `var` or `type` declaration from its keyword.
    decl: Rec<Decl>,
}

impl Grammar {
    fn build() -> P<File> {
        let g = Grammar {
            expr: Recursive::declare(),
            primary: Recursive::declare(),
            expr_list: Recursive::declare(),
            type_list: Recursive::declare(),
            type_or_nil: Recursive::declare(),
            type_: Recursive::declare(),
            params: Recursive::declare(),
            type_params: Recursive::declare(),
            func_body: Recursive::declare(),
            stmt_list: Recursive::declare(),
            decl: Recursive::declare(),
        };
        expr::define(&g);
        types::define(&g);
        stmt::define(&g);
        decl::define(&g);
        decl::file(&g)
    }
}

thread_local! {
    static FILE: P<File> = Grammar::build();
}

/// Parses the tokens of `file` and checks the branch statements of the
/// function bodies that parsed without errors. Returns the tree unless
/// there were lexical or syntax errors, and all errors (lexical,
/// syntactic, branches) filtered and ordered as gc reports them.
pub fn parse(file: &SourceFile, lexed: Lexed) -> (Option<File>, Vec<Diag>) {
    let token_starts: Vec<u32> = lexed.tokens.iter().map(|t| t.span.lo).collect();
    let input = TokenInput { tokens: lexed.tokens, text: file.text.as_str().into(), eof: lexed.eof };
    let mut state = ParseState::new(lexed.errors.iter().map(|e| e.token).min(), lexed.bad_literals);
    let (out, syn_errors) = FILE.with(|p| p.parse_with_state(input, &mut state).into_output_errors());
    let lex_errors: Vec<LexError> = lexed.errors.into_iter().filter(|e| e.token <= state.scanned_to).collect();

    let error_at: Vec<u32> =
        lex_errors.iter().map(|e| e.diag.span.lo).chain(syn_errors.iter().map(|e| e.span.lo)).collect();
    let has_errors = |span: Span| error_at.iter().any(|&p| span.lo <= p && p <= span.hi);
    let branch_errors = match &out {
        Some(f) => branches::check_file(file, f, &has_errors),
        None => Vec::new(),
    };
    // gc's type checker runs if there is no syntax error.
    let checker_errors = if syn_errors.is_empty() && lex_errors.is_empty() {
        std::mem::take(&mut state.checker_errors)
    } else {
        Vec::new()
    };
    // Branch errors do not stop gc from type-checking the file.
    let tree = out.filter(|_| syn_errors.is_empty() && lex_errors.is_empty());

    // When gc reports each error: at which token (the index of the token at
    // hand), and in which order at that token.
    let token_at = |pos: u32| token_starts.partition_point(|&start| start < pos);
    let mut reported: Vec<Reported> = Vec::new();
    for e in lex_errors {
        reported.push(Reported { time: (e.token, 0), diag: e.diag, at_eof: false });
    }
    for e in syn_errors.into_iter().filter(|e| !e.msg.is_empty()) {
        let time = (e.token.unwrap_or_else(|| token_at(e.span.lo)), 1);
        reported.push(Reported { time, diag: Diag::new(e.span, e.msg), at_eof: e.at_eof });
    }
    for e in checker_errors {
        let time = (token_starts.len() + 1, 1);
        reported.push(Reported { time, diag: Diag::new(e.span, e.msg), at_eof: false });
    }
    for (body_end, diag) in branch_errors {
        // After the closing brace, once the next token is read.
        reported.push(Reported { time: (token_at(body_end), 1), diag, at_eof: false });
    }
    (tree, report(file, reported))
}

struct Reported {
    /// Token index and rank among the errors reported at that token.
    time: (usize, u32),
    diag: Diag,
    at_eof: bool,
}

/// gc's error policy (cmd/compile/internal/base.ErrorfAt and FlushErrors),
/// applied in the order gc reports errors: at most one syntax error per
/// line, no repeat of the previous other error on its line, nothing at the
/// end of the file after an earlier error, and a stop at the tenth error,
/// announced by "too many errors"; the errors are shown sorted by position.
fn report(file: &SourceFile, mut reported: Vec<Reported>) -> Vec<Diag> {
    reported.sort_by_key(|r| r.time);
    let mut diags: Vec<Diag> = Vec::new();
    let mut last_syntax_line = None;
    let mut last_other: Option<(u32, String)> = None;
    let mut too_many = None;
    for r in reported {
        if r.at_eof && !diags.is_empty() {
            continue;
        }
        let line = file.line_col(r.diag.span.lo).0;
        if r.diag.msg.starts_with("syntax error") {
            if last_syntax_line == Some(line) {
                continue;
            }
            last_syntax_line = Some(line);
        } else {
            let key = (line, r.diag.msg.clone());
            if last_other.as_ref() == Some(&key) {
                continue;
            }
            last_other = Some(key);
        }
        diags.push(r.diag);
        if diags.len() == 10 {
            too_many = Some(diags[9].span);
            break;
        }
    }
    diags.sort_by_key(|d| d.span.lo);
    diags.dedup_by(|a, b| a.span.lo == b.span.lo && a.msg == b.msg);
    if let Some(span) = too_many {
        diags.push(Diag::new(span, "too many errors"));
    }
    diags
}
