//! Syntax: the lexer (with Go's automatic semicolon insertion) and a parser
//! built on chumsky that turns one source file into an `ast::File`, plus
//! the checks of labels and branch statements that gc's syntax package
//! makes.
//!
//! Errors are gc's: same messages, same positions, reported under the same
//! policy (at most one syntax error per line, no repeated message on a line,
//! a stop at the tenth error followed by "too many errors"), so that `rgoc`
//! reports a broken file the way `go build` does.

pub mod ast;
mod branches;
mod lexer;
pub mod literal;
mod parser;
pub mod pragma;
pub mod printer;
mod token;
pub mod visit;

use crate::diag::Diag;
use crate::source::SourceFile;

/// Lexes and parses one file and checks its branch statements. Returns the
/// tree, unless the file has lexical or syntax errors, and the errors gc
/// reports for the file, sorted by position; after ten, the last is "too
/// many errors", at the position of the tenth. Errors in branch statements
/// come with a tree: gc goes on to type-check such a file.
pub fn parse_file(file: &SourceFile) -> (Option<ast::File>, Vec<Diag>) {
    let lexed = lexer::lex(&file.text);
    parser::parse(file, lexed)
}
