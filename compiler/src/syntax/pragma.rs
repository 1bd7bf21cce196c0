//! Compiler directives: `//go:name args` comments at the start of a line.

use crate::source::{SourceFile, Span};

/// A directive of a source file.
pub struct Pragma<'a> {
    /// What follows `//go:` up to the first space: `nowritebarrier`.
    pub name: &'a str,
    /// The rest of the line, trimmed.
    pub args: &'a str,
    /// The span of `go:name`, where gc reports misuses.
    pub span: Span,
}

/// The directives of `file`, in order.
pub fn pragmas(file: &SourceFile) -> Vec<Pragma<'_>> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in file.text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("//go:") {
            let rest = rest.trim_end();
            let (name, args) = rest.split_once([' ', '\t']).unwrap_or((rest, ""));
            let start = offset as u32 + 2;
            found.push(Pragma { name, args: args.trim(), span: Span::new(start, start + 3 + name.len() as u32) });
        }
        offset += line.len();
    }
    found
}
