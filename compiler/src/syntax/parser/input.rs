//! chumsky's view of a lexed file: a token stream whose spans are source
//! byte ranges, an error type carrying gc's messages, and the parser state.
//!
//! The input owns its tokens and text, so it is `Input<'static>` and the
//! grammar (built once per thread, see `parser::with_grammar`) can be
//! reused for every file. Slices of the input are the source text of the
//! tokens they cover, which is how identifiers and literals get their text.

use std::ops::{Range, RangeFrom};
use std::rc::Rc;

use chumsky::error::LabelError;
use chumsky::extra;
use chumsky::input::{ExactSizeInput, Input, SliceInput, ValueInput};
use chumsky::inspector::Inspector;
use chumsky::util::MaybeRef;
use chumsky::DefaultExpected;

use crate::source::Span;
use crate::syntax::token::{Tok, Token};

impl chumsky::span::Span for Span {
    type Context = ();
    type Offset = u32;

    fn new(_: (), range: Range<u32>) -> Span {
        Span::new(range.start, range.end)
    }

    fn context(&self) {}

    fn start(&self) -> u32 {
        self.lo
    }

    fn end(&self) -> u32 {
        self.hi
    }
}

pub struct TokenInput {
    pub tokens: Vec<Token>,
    pub text: Rc<str>,
    /// Offset of the end of the file.
    pub eof: u32,
}

impl TokenInput {
    /// The span of the token at `index`, or an empty span at the end of the
    /// file past the last token.
    pub fn token_span(&self, index: usize) -> Span {
        match self.tokens.get(index) {
            Some(t) => t.span,
            None => Span::new(self.eof, self.eof),
        }
    }

    pub fn text_of(&self, span: Span) -> &str {
        &self.text[span.lo as usize..span.hi as usize]
    }
}

impl Input<'static> for TokenInput {
    type Span = Span;
    type Token = Tok;
    type MaybeToken = Tok;
    type Cursor = usize;
    type Cache = TokenInput;

    fn begin(self) -> (usize, TokenInput) {
        (0, self)
    }

    fn cursor_location(cursor: &usize) -> usize {
        *cursor
    }

    unsafe fn next_maybe(cache: &mut TokenInput, cursor: &mut usize) -> Option<Tok> {
        let tok = cache.tokens.get(*cursor)?.tok;
        *cursor += 1;
        Some(tok)
    }

    unsafe fn span(cache: &mut TokenInput, range: Range<&usize>) -> Span {
        let lo = cache.token_span(*range.start).lo;
        if *range.end > *range.start {
            Span::new(lo, cache.token_span(*range.end - 1).hi)
        } else {
            Span::new(lo, lo)
        }
    }
}

impl ValueInput<'static> for TokenInput {
    unsafe fn next(cache: &mut TokenInput, cursor: &mut usize) -> Option<Tok> {
        Self::next_maybe(cache, cursor)
    }
}

impl ExactSizeInput<'static> for TokenInput {
    unsafe fn span_from(cache: &mut TokenInput, range: RangeFrom<&usize>) -> Span {
        Span::new(cache.token_span(*range.start).lo, cache.eof)
    }
}

impl SliceInput<'static> for TokenInput {
    type Slice = String;

    fn full_slice(cache: &mut TokenInput) -> String {
        cache.text.to_string()
    }

    unsafe fn slice(cache: &mut TokenInput, range: Range<&usize>) -> String {
        let span = Self::span(cache, range);
        cache.text_of(span).to_string()
    }

    unsafe fn slice_from(cache: &mut TokenInput, from: RangeFrom<&usize>) -> String {
        let span = Self::span_from(cache, from);
        cache.text_of(span).to_string()
    }
}

/// A syntax error. The parser reports errors itself, gc-style (see
/// `recover.rs`), so the failures chumsky records while trying
/// alternatives carry no message and are never shown.
#[derive(Clone, Debug, PartialEq)]
pub struct SynErr {
    pub span: Span,
    pub msg: String,
    /// A syntax error found at the end of the file; gc drops those that
    /// follow an earlier error.
    pub at_eof: bool,
    /// The index of the token at hand when the error was found, which
    /// tells when gc would have reported it; `None` to derive it from
    /// the position.
    pub token: Option<usize>,
}

impl SynErr {
    pub fn new(pos: u32, msg: impl Into<String>) -> SynErr {
        SynErr { span: Span::new(pos, pos), msg: msg.into(), at_eof: false, token: None }
    }
}

impl chumsky::error::Error<'static, TokenInput> for SynErr {}

impl LabelError<'static, TokenInput, DefaultExpected<'static, Tok>> for SynErr {
    fn expected_found<E: IntoIterator<Item = DefaultExpected<'static, Tok>>>(
        _expected: E,
        _found: Option<MaybeRef<'static, Tok>>,
        span: Span,
    ) -> SynErr {
        SynErr { span, ..SynErr::new(0, String::new()) }
    }
}

/// gc's parser state: `xnest` is the expression nesting level (negative at
/// the top of an `if`/`for`/`switch` header, where `T{` does not start a
/// composite literal), `fnest` the function nesting level (error recovery
/// stops at statement keywords only inside functions).
/// `scanned_to` is where gc's scanner stops: the end of the file, or the
/// token where the parser gave up (a bad package clause), after which gc
/// reports no lexical error. `first_lex_error` is the token where the first
/// lexical error was found, which also makes gc give up after the package
/// clause. Both are token indices, as are the `bad_literals` (literals with
/// lexical errors). `checker_errors` are errors gc's type checker reports
/// about syntax the tree cannot hold (they count only if there is no
/// syntax error). Only the nesting levels are restored when the parser
/// backtracks.
#[derive(Clone, Debug)]
pub struct ParseState {
    pub xnest: i32,
    pub fnest: i32,
    pub scanned_to: usize,
    pub first_lex_error: usize,
    pub bad_literals: Vec<usize>,
    pub checker_errors: Vec<SynErr>,
}

impl ParseState {
    pub fn new(first_lex_error: Option<usize>, bad_literals: Vec<usize>) -> ParseState {
        ParseState {
            xnest: 0,
            fnest: 0,
            scanned_to: usize::MAX,
            first_lex_error: first_lex_error.unwrap_or(usize::MAX),
            bad_literals,
            checker_errors: Vec::new(),
        }
    }
}

impl Inspector<'static, TokenInput> for ParseState {
    type Checkpoint = (i32, i32);

    fn on_token(&mut self, _: &Tok) {}

    fn on_save<'parse>(&self, _: &chumsky::input::Cursor<'static, 'parse, TokenInput>) -> (i32, i32) {
        (self.xnest, self.fnest)
    }

    fn on_rewind<'parse>(&mut self, marker: &chumsky::input::Checkpoint<'static, 'parse, TokenInput, (i32, i32)>) {
        (self.xnest, self.fnest) = *marker.inspector();
    }
}

pub type Extra = extra::Full<SynErr, ParseState, ()>;
