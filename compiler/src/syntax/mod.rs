//! Syntax: the lexer (with Go's automatic semicolon insertion) and a parser
//! built on chumsky that turns one source file into an `ast::File`.
//!
//! Errors are gc's: same messages, same positions, several per file (at
//! most one syntax error per line, at most ten in all followed by "too many
//! errors"), so that `rgoc` reports a broken file the way `go build` does.

pub mod ast;
mod branches;
mod lexer;
pub mod literal;
mod parser;
pub mod printer;
pub mod token;

use crate::diag::Diag;
use crate::source::SourceFile;

/// Lexes and parses one file. On error, returns every error gc would
/// report for it, sorted by position.
pub fn parse_file(file: &SourceFile) -> Result<ast::File, Vec<Diag>> {
    let lexed = lexer::lex(&file.text);
    parser::parse(file, lexed)
}
