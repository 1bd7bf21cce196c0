//! Source files and positions. A `Span` is a byte range inside one file;
//! `SourceFile` turns byte offsets into Go's 1-based `line:column`
//! (columns count bytes, as gc does).

use std::path::{Path, PathBuf};

/// A half-open byte range `[lo, hi)` in a source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }
}

/// One loaded `.go` file.
pub struct SourceFile {
    /// The path as it is shown in diagnostics.
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: String) -> SourceFile {
        let mut line_starts = vec![0];
        line_starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i as u32 + 1));
        SourceFile { path: path.into(), text, line_starts }
    }

    pub fn load(path: &Path) -> std::io::Result<SourceFile> {
        Ok(SourceFile::new(path, std::fs::read_to_string(path)?))
    }

    /// 1-based line and column of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }

    /// `path:line:col`, the prefix of every diagnostic.
    pub fn position(&self, offset: u32) -> String {
        let (line, col) = self.line_col(offset);
        format!("{}:{}:{}", self.path.display(), line, col)
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}
