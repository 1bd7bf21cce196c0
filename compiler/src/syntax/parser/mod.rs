//! The parser: chumsky combinators over the token stream, one file per kind
//! of construct (expressions, types, statements, declarations).
//!
//! The grammar follows gc's parser (cmd/compile/internal/syntax/parser.go)
//! production by production, so that it accepts exactly what gc accepts and
//! reports errors where and as gc does (see `recover.rs`). It is LL(1) except
//! in three places, each resolved the way gc resolves it:
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
//! built once per thread and reused for every file.

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
use crate::source::SourceFile;
use crate::syntax::ast::{Block, Decl, Expr, Field, File, Stmt};
use crate::syntax::lexer::Lexed;
use input::{Extra, ParseState, SynErr, TokenInput};
use recover::P;

type Rec<O> = Recursive<Indirect<'static, 'static, TokenInput, O, Extra>>;

/// The shared nonterminals. Each `Rec` is defined exactly once, by the
/// module named in its comment.
#[derive(Clone)]
struct Grammar {
    /// expr.rs: `Expression`.
    expr: Rec<Expr>,
    /// expr.rs: `PrimaryExpr`.
    primary: Rec<Expr>,
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

/// Parses the tokens of `file`. Returns the tree, or all errors (lexical
/// and syntactic) filtered and ordered as gc reports them.
pub fn parse(file: &SourceFile, lexed: Lexed) -> Result<File, Vec<Diag>> {
    let input = TokenInput {
        tokens: lexed.tokens,
        text: file.text.as_str().into(),
        eof: lexed.eof,
    };
    let mut state = ParseState::new(lexed.errors.iter().map(|e| e.token).min());
    let (out, errs) = FILE.with(|p| p.parse_with_state(input, &mut state).into_output_errors());
    if errs.is_empty() && lexed.errors.is_empty() {
        if let Some(f) = out {
            return Ok(f);
        }
    }
    let lex_errors = lexed
        .errors
        .into_iter()
        .filter(|e| e.token <= state.scanned_to)
        .map(|e| e.diag)
        .collect();
    Err(report(file, lex_errors, errs))
}

/// gc's error policy (cmd/compile/internal/base.ErrorfAt and FlushErrors):
/// at most one syntax error per line (the first one reported), no repeated
/// message on a line, nothing at the end of the file after an earlier
/// error, sorted by position, and at the tenth error a final "too many
/// errors".
fn report(file: &SourceFile, lex_errors: Vec<Diag>, syn_errors: Vec<SynErr>) -> Vec<Diag> {
    let first_syntax_at_eof = lex_errors.is_empty() && syn_errors.first().is_some_and(|e| e.at_eof);
    // Lexical errors come first among errors at the same position: gc's
    // scanner reports them before the parser looks at the token.
    let mut diags: Vec<Diag> = lex_errors;
    let mut last_syntax_line = None;
    for (i, e) in syn_errors.into_iter().enumerate() {
        if e.msg.is_empty() || e.at_eof && !(i == 0 && first_syntax_at_eof) {
            continue;
        }
        let line = file.line_col(e.span.lo).0;
        if e.msg.starts_with("syntax error") {
            if last_syntax_line == Some(line) {
                continue;
            }
            last_syntax_line = Some(line);
        }
        diags.push(Diag::new(e.span, e.msg));
    }
    diags.sort_by_key(|d| d.span.lo);
    let mut seen: Vec<(u32, String)> = Vec::new();
    diags.retain(|d| {
        let key = (file.line_col(d.span.lo).0, d.msg.clone());
        if seen.contains(&key) {
            return false;
        }
        seen.push(key);
        true
    });
    if diags.len() >= 10 {
        diags.truncate(10);
        let last = diags[9].span;
        diags.push(Diag::new(last, "too many errors"));
    }
    diags
}
