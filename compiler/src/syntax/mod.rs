//! Syntax: the lexer (with Go's automatic semicolon insertion) and a parser
//! built on chumsky that turns one source file into an `ast::File`.

pub mod ast;
