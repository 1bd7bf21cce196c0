//! Tokens produced by the lexer and consumed by the parser.
//!
//! A token is a kind plus the span of its text; identifiers and literals
//! are read back from the source through the span. Operators are grouped as
//! gc groups them: every binary operator is `Op`, every `op=` is `AssignOp`,
//! so the parser can treat a whole precedence level with one pattern.

use crate::source::Span;
use crate::syntax::ast::BinaryOp;

/// How a `;` came to be: written, or inserted at a newline or at the end of
/// the file. gc names the inserted ones in its messages ("unexpected newline").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SemiKind {
    Explicit,
    Newline,
    Eof,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Ident,
    Int,
    Float,
    Imag,
    Char,
    String,

    /// A binary operator; `+ - * & ^` double as unary operators.
    Op(BinaryOp),
    /// `op=`
    AssignOp(BinaryOp),
    Inc,
    Dec,
    Assign,
    Define,
    Arrow,
    Not,
    Tilde,

    LParen,
    LBrack,
    LBrace,
    RParen,
    RBrack,
    RBrace,
    Comma,
    Semi(SemiKind),
    Colon,
    Dot,
    Ellipsis,

    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

impl Tok {
    pub fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "break" => Tok::Break,
            "case" => Tok::Case,
            "chan" => Tok::Chan,
            "const" => Tok::Const,
            "continue" => Tok::Continue,
            "default" => Tok::Default,
            "defer" => Tok::Defer,
            "else" => Tok::Else,
            "fallthrough" => Tok::Fallthrough,
            "for" => Tok::For,
            "func" => Tok::Func,
            "go" => Tok::Go,
            "goto" => Tok::Goto,
            "if" => Tok::If,
            "import" => Tok::Import,
            "interface" => Tok::Interface,
            "map" => Tok::Map,
            "package" => Tok::Package,
            "range" => Tok::Range,
            "return" => Tok::Return,
            "select" => Tok::Select,
            "struct" => Tok::Struct,
            "switch" => Tok::Switch,
            "type" => Tok::Type,
            "var" => Tok::Var,
            _ => return None,
        })
    }

    /// The token's name in gc's "expecting X" messages (`tokstring`).
    pub fn name(self) -> &'static str {
        match self {
            Tok::Ident => "name",
            Tok::Int | Tok::Float | Tok::Imag | Tok::Char | Tok::String => "literal",
            Tok::Op(op) => op.as_str(),
            Tok::AssignOp(_) => "op=",
            Tok::Inc | Tok::Dec => "opop",
            Tok::Assign => "=",
            Tok::Define => ":=",
            Tok::Arrow => "<-",
            Tok::Not => "!",
            Tok::Tilde => "~",
            Tok::LParen => "(",
            Tok::LBrack => "[",
            Tok::LBrace => "{",
            Tok::RParen => ")",
            Tok::RBrack => "]",
            Tok::RBrace => "}",
            Tok::Comma => "comma",
            Tok::Semi(_) => "semicolon or newline",
            Tok::Colon => ":",
            Tok::Dot => ".",
            Tok::Ellipsis => "...",
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Chan => "chan",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Default => "default",
            Tok::Defer => "defer",
            Tok::Else => "else",
            Tok::Fallthrough => "fallthrough",
            Tok::For => "for",
            Tok::Func => "func",
            Tok::Go => "go",
            Tok::Goto => "goto",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::Interface => "interface",
            Tok::Map => "map",
            Tok::Package => "package",
            Tok::Range => "range",
            Tok::Return => "return",
            Tok::Select => "select",
            Tok::Struct => "struct",
            Tok::Switch => "switch",
            Tok::Type => "type",
            Tok::Var => "var",
        }
    }

    /// How an occurrence of this token is shown after "unexpected": names
    /// and literals by their text, inserted semicolons by their cause.
    pub fn describe(self, text: &str) -> String {
        match self {
            Tok::Ident => format!("name {text}"),
            Tok::Int | Tok::Float | Tok::Imag | Tok::Char | Tok::String => {
                format!("literal {text}")
            }
            Tok::Semi(SemiKind::Explicit) => "semicolon".to_string(),
            Tok::Semi(SemiKind::Newline) => "newline".to_string(),
            Tok::Semi(SemiKind::Eof) => "EOF".to_string(),
            Tok::AssignOp(op) => format!("{}=", op.as_str()),
            Tok::Inc => "++".to_string(),
            Tok::Dec => "--".to_string(),
            _ => self.name().to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    pub span: Span,
}
