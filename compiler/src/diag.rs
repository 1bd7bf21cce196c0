//! Diagnostics: errors in the user's program, reported Go-style as
//! `file.go:LINE:COL: message`, several per run, sorted by position.

use crate::source::{SourceFile, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diag {
    pub span: Span,
    pub msg: String,
}

impl Diag {
    pub fn new(span: Span, msg: impl Into<String>) -> Diag {
        Diag { span, msg: msg.into() }
    }

    pub fn render(&self, file: &SourceFile) -> String {
        format!("{}: {}", file.position(self.span.lo), self.msg)
    }
}

/// Sorts diagnostics by position and drops exact repeats and second errors
/// on the same line, as gc does.
/// Sorts diagnostics by position and drops exact repeats, as gc does.
pub fn sort_and_dedup(diags: &mut Vec<Diag>) {
    diags.sort_by_key(|d| d.span.lo);
    diags.dedup_by(|a, b| a.span.lo == b.span.lo && a.msg == b.msg);
}
