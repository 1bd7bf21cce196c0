//! The scanner: source text to tokens, a port of gc's syntax/scanner.go.
//!
//! Automatic semicolon insertion follows the spec exactly: after a line's
//! final token, a `;` is inserted if that token is an identifier, a literal,
//! one of the keywords `break continue fallthrough return`, or one of
//! `++ -- ) ] }`. The scanner remembers this in `nlsemi`; while it is set, a
//! newline, a `/* */` comment spanning lines, or the end of the file produce a
//! `Semi` token (positioned at the newline, the comment, or the end).
//!
//! Malformed input is reported with gc's messages and positions and scanning
//! goes on: a bad literal still yields a token of its kind, an invalid
//! character is skipped (keeping `nlsemi`, as gc does). A NUL byte or a BOM
//! after the start is reported and dropped wherever it appears; a BOM at the
//! very start is skipped silently.

use crate::diag::Diag;
use crate::source::Span;
use crate::syntax::ast::BinaryOp;
use crate::syntax::token::{SemiKind, Tok, Token};

/// The tokens of a file, its lexical errors, and where it ends.
pub struct Lexed {
    pub tokens: Vec<Token>,
    pub errors: Vec<LexError>,
    /// Indices of the literals that had errors (gc's "bad" literals), in
    /// increasing order.
    pub bad_literals: Vec<usize>,
    pub eof: u32,
}

#[derive(Debug)]
/// A lexical error and the index of the token being scanned when it was
/// found (the parser needs to know how far gc's scanner would have got).
pub struct LexError {
    pub diag: Diag,
    pub token: usize,
}

pub fn lex(text: &str) -> Lexed {
    let mut s = Scanner {
        src: text,
        bytes: text.as_bytes(),
        ch: -1,
        off: 0,
        r: 0,
        nlsemi: false,
        tokens: Vec::with_capacity(text.len() / 4),
        errors: Vec::new(),
        bad_literals: Vec::new(),
        token: 0,
    };
    s.nextch();
    while s.next() {}
    Lexed { tokens: s.tokens, errors: s.errors, bad_literals: s.bad_literals, eof: text.len() as u32 }
}

struct Scanner<'a> {
    src: &'a str,
    bytes: &'a [u8],
    /// The current character (not yet consumed), or -1 at the end.
    ch: i32,
    /// Offset of `ch`.
    off: usize,
    /// Offset just after `ch`.
    r: usize,
    /// Whether a newline or the end of the file now produces a `;`.
    nlsemi: bool,
    tokens: Vec<Token>,
    errors: Vec<LexError>,
    bad_literals: Vec<usize>,
    /// Index of the token being scanned.
    token: usize,
}

const BOM: i32 = 0xFEFF;

fn is_letter(ch: i32) -> bool {
    (ch | 0x20) >= 'a' as i32 && (ch | 0x20) <= 'z' as i32 || ch == '_' as i32
}

fn is_decimal(ch: i32) -> bool {
    ch >= '0' as i32 && ch <= '9' as i32
}

fn is_hex(ch: i32) -> bool {
    is_decimal(ch) || (ch | 0x20) >= 'a' as i32 && (ch | 0x20) <= 'f' as i32
}

fn lower(ch: i32) -> i32 {
    ch | 0x20
}

fn to_char(ch: i32) -> char {
    char::from_u32(ch as u32).unwrap_or('\u{FFFD}')
}

/// Whether Go's `strconv.IsPrint` holds, as far as it matters for messages:
/// control, format and separator characters other than ASCII space are not.
pub(crate) fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c as u32,
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F |
        0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB |
        0xD800..=0xDFFF | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF)
}

/// Go's `%#U`: `U+0040 '@'`, or just `U+0007` for an unprintable character.
pub(crate) fn format_u(ch: u32) -> String {
    match char::from_u32(ch) {
        Some(c) if is_print(c) => format!("U+{ch:04X} '{c}'"),
        _ => format!("U+{ch:04X}"),
    }
}

/// Go's `%q` of a rune: `'a'`, `'\n'`, `'\x00'`, `'\u200b'`.
pub(crate) fn quote_rune(ch: u32) -> String {
    let body = match ch {
        0x07 => "\\a".to_string(),
        0x08 => "\\b".to_string(),
        0x0C => "\\f".to_string(),
        0x0A => "\\n".to_string(),
        0x0D => "\\r".to_string(),
        0x09 => "\\t".to_string(),
        0x0B => "\\v".to_string(),
        0x5C => "\\\\".to_string(),
        0x27 => "\\'".to_string(),
        _ => match char::from_u32(ch) {
            Some(c) if is_print(c) => c.to_string(),
            Some(_) if ch < 0x80 => format!("\\x{ch:02x}"),
            Some(_) if ch < 0x10000 => format!("\\u{ch:04x}"),
            Some(_) => format!("\\U{ch:08x}"),
            None => "\\ufffd".to_string(),
        },
    };
    format!("'{body}'")
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Index of the first `_` in a number literal that does not separate two
/// digits (a base prefix counts as a digit), or `None` (gc's invalidSep).
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || x1 == b'x' && d.is_ascii_hexdigit() {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

impl Scanner<'_> {
    /// Reads the next character into `ch`, dropping NULs and BOMs.
    fn nextch(&mut self) {
        loop {
            self.off = self.r;
            let Some(&b) = self.bytes.get(self.r) else {
                self.ch = -1;
                return;
            };
            if b < 0x80 {
                self.r += 1;
                if b == 0 {
                    self.error_at(self.off, "invalid NUL character");
                    continue;
                }
                self.ch = b as i32;
                return;
            }
            let c = self.src[self.r..].chars().next().unwrap();
            self.r += c.len_utf8();
            if c as i32 == BOM {
                if self.off > 0 {
                    self.error_at(self.off, "invalid BOM in the middle of the file");
                }
                continue;
            }
            self.ch = c as i32;
            return;
        }
    }

    fn error_at(&mut self, off: usize, msg: impl Into<String>) {
        let diag = Diag::new(Span::new(off as u32, off as u32), msg);
        self.errors.push(LexError { diag, token: self.token });
    }

    /// Reports an error at the current character.
    fn error(&mut self, msg: impl Into<String>) {
        self.error_at(self.off, msg);
    }

    /// Marks the literal just pushed as bad if errors were reported since
    /// there were `errors_before`.
    fn check_literal(&mut self, errors_before: usize) {
        if self.errors.len() > errors_before {
            self.bad_literals.push(self.tokens.len() - 1);
        }
    }

    fn push(&mut self, tok: Tok, start: usize) {
        self.tokens.push(Token { tok, span: Span::new(start as u32, self.off as u32) });
    }

    /// Scans one token (or the final semicolon); false at the end of input.
    fn next(&mut self) -> bool {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        self.token = self.tokens.len();
        loop {
            while self.ch == ' ' as i32
                || self.ch == '\t' as i32
                || self.ch == '\n' as i32 && !nlsemi
                || self.ch == '\r' as i32
            {
                self.nextch();
            }
            let start = self.off;
            if is_letter(self.ch) || self.ch >= 0x80 && self.at_ident_char(true) {
                self.nextch();
                self.ident(start);
                return true;
            }
            let c = self.ch;
            if c < 0 {
                if nlsemi {
                    self.push(Tok::Semi(SemiKind::Eof), start);
                    return true;
                }
                return false;
            }
            let tok = match c as u8 {
                b'\n' => {
                    self.nextch();
                    Tok::Semi(SemiKind::Newline)
                }
                b'0'..=b'9' => {
                    self.number(start, false);
                    return true;
                }
                b'"' => {
                    self.std_string(start);
                    return true;
                }
                b'`' => {
                    self.raw_string(start);
                    return true;
                }
                b'\'' => {
                    self.rune(start);
                    return true;
                }
                b'(' => {
                    self.nextch();
                    Tok::LParen
                }
                b'[' => {
                    self.nextch();
                    Tok::LBrack
                }
                b'{' => {
                    self.nextch();
                    Tok::LBrace
                }
                b',' => {
                    self.nextch();
                    Tok::Comma
                }
                b';' => {
                    self.nextch();
                    Tok::Semi(SemiKind::Explicit)
                }
                b')' => {
                    self.nextch();
                    self.nlsemi = true;
                    Tok::RParen
                }
                b']' => {
                    self.nextch();
                    self.nlsemi = true;
                    Tok::RBrack
                }
                b'}' => {
                    self.nextch();
                    self.nlsemi = true;
                    Tok::RBrace
                }
                b':' => {
                    self.nextch();
                    if self.ch == '=' as i32 {
                        self.nextch();
                        Tok::Define
                    } else {
                        Tok::Colon
                    }
                }
                b'.' => {
                    self.nextch();
                    if is_decimal(self.ch) {
                        self.number(start, true);
                        return true;
                    }
                    if self.ch == '.' as i32 && self.bytes.get(self.r) == Some(&b'.') {
                        self.nextch();
                        self.nextch();
                        Tok::Ellipsis
                    } else {
                        Tok::Dot
                    }
                }
                b'+' => {
                    self.nextch();
                    if self.ch == '+' as i32 {
                        self.nextch();
                        self.nlsemi = true;
                        Tok::Inc
                    } else {
                        self.assign_op(BinaryOp::Add)
                    }
                }
                b'-' => {
                    self.nextch();
                    if self.ch == '-' as i32 {
                        self.nextch();
                        self.nlsemi = true;
                        Tok::Dec
                    } else {
                        self.assign_op(BinaryOp::Sub)
                    }
                }
                b'*' => {
                    self.nextch();
                    self.assign_op(BinaryOp::Mul)
                }
                b'/' => {
                    self.nextch();
                    if self.ch == '/' as i32 {
                        while self.ch >= 0 && self.ch != '\n' as i32 {
                            self.nextch();
                        }
                        continue;
                    }
                    if self.ch == '*' as i32 {
                        self.nextch();
                        self.skip_comment(start);
                        if nlsemi && self.src[start..self.off].contains('\n') {
                            // A comment spanning lines acts like a newline.
                            self.tokens.push(Token {
                                tok: Tok::Semi(SemiKind::Newline),
                                span: Span::new(start as u32, start as u32),
                            });
                            return true;
                        }
                        continue;
                    }
                    self.assign_op(BinaryOp::Div)
                }
                b'%' => {
                    self.nextch();
                    self.assign_op(BinaryOp::Rem)
                }
                b'&' => {
                    self.nextch();
                    if self.ch == '&' as i32 {
                        self.nextch();
                        Tok::Op(BinaryOp::LogAnd)
                    } else if self.ch == '^' as i32 {
                        self.nextch();
                        self.assign_op(BinaryOp::AndNot)
                    } else {
                        self.assign_op(BinaryOp::And)
                    }
                }
                b'|' => {
                    self.nextch();
                    if self.ch == '|' as i32 {
                        self.nextch();
                        Tok::Op(BinaryOp::LogOr)
                    } else {
                        self.assign_op(BinaryOp::Or)
                    }
                }
                b'^' => {
                    self.nextch();
                    self.assign_op(BinaryOp::Xor)
                }
                b'<' => {
                    self.nextch();
                    if self.ch == '=' as i32 {
                        self.nextch();
                        Tok::Op(BinaryOp::Le)
                    } else if self.ch == '<' as i32 {
                        self.nextch();
                        self.assign_op(BinaryOp::Shl)
                    } else if self.ch == '-' as i32 {
                        self.nextch();
                        Tok::Arrow
                    } else {
                        Tok::Op(BinaryOp::Lt)
                    }
                }
                b'>' => {
                    self.nextch();
                    if self.ch == '=' as i32 {
                        self.nextch();
                        Tok::Op(BinaryOp::Ge)
                    } else if self.ch == '>' as i32 {
                        self.nextch();
                        self.assign_op(BinaryOp::Shr)
                    } else {
                        Tok::Op(BinaryOp::Gt)
                    }
                }
                b'=' => {
                    self.nextch();
                    if self.ch == '=' as i32 {
                        self.nextch();
                        Tok::Op(BinaryOp::Eq)
                    } else {
                        Tok::Assign
                    }
                }
                b'!' => {
                    self.nextch();
                    if self.ch == '=' as i32 {
                        self.nextch();
                        Tok::Op(BinaryOp::Ne)
                    } else {
                        Tok::Not
                    }
                }
                b'~' => {
                    self.nextch();
                    Tok::Tilde
                }
                _ => {
                    self.error(format!("invalid character {}", format_u(c as u32)));
                    self.nextch();
                    continue;
                }
            };
            self.push(tok, start);
            return true;
        }
    }

    fn assign_op(&mut self, op: BinaryOp) -> Tok {
        if self.ch == '=' as i32 {
            self.nextch();
            Tok::AssignOp(op)
        } else {
            Tok::Op(op)
        }
    }

    /// Skips the rest of a `/* */` comment whose opening is consumed.
    fn skip_comment(&mut self, start: usize) {
        while self.ch >= 0 {
            while self.ch == '*' as i32 {
                self.nextch();
                if self.ch == '/' as i32 {
                    self.nextch();
                    return;
                }
            }
            self.nextch();
        }
        self.error_at(start, "comment not terminated");
    }

    /// Whether `ch` (not ASCII) may appear in an identifier; characters that
    /// may not are reported but still taken, as gc does.
    fn at_ident_char(&mut self, first: bool) -> bool {
        let c = to_char(self.ch);
        if c.is_alphabetic() || c == '_' {
            return true;
        }
        if c.is_numeric() {
            if first {
                self.error(format!("identifier cannot begin with digit {}", format_u(self.ch as u32)));
            }
            return true;
        }
        if self.ch >= 0x80 {
            self.error(format!("invalid character {} in identifier", format_u(self.ch as u32)));
            return true;
        }
        false
    }

    fn ident(&mut self, start: usize) {
        while is_letter(self.ch) || is_decimal(self.ch) {
            self.nextch();
        }
        if self.ch >= 0x80 {
            while self.ch >= 0
                && (is_letter(self.ch) || is_decimal(self.ch) || self.ch >= 0x80 && self.at_ident_char(false))
            {
                self.nextch();
            }
        }
        let word = &self.src[start..self.off];
        let tok = if word.len() >= 2 { Tok::keyword(word) } else { None };
        match tok {
            Some(tok) => {
                self.nlsemi = matches!(tok, Tok::Break | Tok::Continue | Tok::Fallthrough | Tok::Return);
                self.push(tok, start);
            }
            None => {
                self.nlsemi = true;
                self.push(Tok::Ident, start);
            }
        }
    }

    /// Accepts `{ digit | '_' }` and returns bit 0 if there were digits,
    /// bit 1 if there were separators. For bases up to 10 any decimal digit
    /// is taken and the offset of the first one too large for `base` is
    /// recorded in `invalid`.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = '0' as i32 + base as i32;
            while is_decimal(self.ch) || self.ch == '_' as i32 {
                let mut ds = 1;
                if self.ch == '_' as i32 {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.off);
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            while is_hex(self.ch) || self.ch == '_' as i32 {
                digsep |= if self.ch == '_' as i32 { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    fn number(&mut self, start: usize, mut seen_point: bool) {
        let errors_before = self.errors.len();
        let mut ok = true;
        let mut kind = Tok::Int;
        let mut base = 10;
        let mut prefix = 0u8; // 0 (decimal), b'0' (0-octal), b'x', b'o' or b'b'
        let mut digsep = 0;
        let mut invalid = None;

        if !seen_point {
            if self.ch == '0' as i32 {
                self.nextch();
                match lower(self.ch) as u8 {
                    b'x' => {
                        self.nextch();
                        base = 16;
                        prefix = b'x';
                    }
                    b'o' => {
                        self.nextch();
                        base = 8;
                        prefix = b'o';
                    }
                    b'b' => {
                        self.nextch();
                        base = 2;
                        prefix = b'b';
                    }
                    _ => {
                        base = 8;
                        prefix = b'0';
                        digsep = 1; // the leading 0
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
            if self.ch == '.' as i32 {
                if prefix == b'o' || prefix == b'b' {
                    self.error(format!("invalid radix point in {} literal", base_name(base)));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }

        if seen_point {
            kind = Tok::Float;
            digsep |= self.digits(base, &mut invalid);
        }

        if digsep & 1 == 0 && ok {
            self.error(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }

        let e = lower(self.ch);
        if e == 'e' as i32 || e == 'p' as i32 {
            if ok {
                if e == 'e' as i32 && prefix != 0 && prefix != b'0' {
                    self.error(format!("{} exponent requires decimal mantissa", quote_rune(self.ch as u32)));
                    ok = false;
                } else if e == 'p' as i32 && prefix != b'x' {
                    self.error(format!("{} exponent requires hexadecimal mantissa", quote_rune(self.ch as u32)));
                    ok = false;
                }
            }
            self.nextch();
            kind = Tok::Float;
            if self.ch == '+' as i32 || self.ch == '-' as i32 {
                self.nextch();
            }
            let mut none = None;
            digsep = self.digits(10, &mut none) | digsep & 2;
            if digsep & 1 == 0 && ok {
                self.error("exponent has no digits");
                ok = false;
            }
        } else if prefix == b'x' && kind == Tok::Float && ok {
            self.error("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }

        if self.ch == 'i' as i32 {
            kind = Tok::Imag;
            self.nextch();
        }

        self.nlsemi = true;
        self.push(kind, start);

        if kind == Tok::Int && ok {
            if let Some(at) = invalid {
                let digit = self.bytes[at] as u32;
                self.error_at(at, format!("invalid digit {} in {} literal", quote_rune(digit), base_name(base)));
                ok = false;
            }
        }
        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(&self.bytes[start..self.off]) {
                self.error_at(start + i, "'_' must separate successive digits");
            }
        }
        self.check_literal(errors_before);
    }

    fn rune(&mut self, start: usize) {
        let errors_before = self.errors.len();
        let mut ok = true;
        self.nextch();
        let mut n = 0;
        loop {
            if self.ch == '\'' as i32 {
                if ok {
                    if n == 0 {
                        self.error("empty rune literal or unescaped '");
                    } else if n != 1 {
                        self.error_at(start, "more than one character in rune literal");
                    }
                }
                self.nextch();
                break;
            }
            if self.ch == '\\' as i32 {
                self.nextch();
                if !self.escape('\'' as i32) {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if self.ch == '\n' as i32 {
                if ok {
                    self.error("newline in rune literal");
                }
                break;
            }
            if self.ch < 0 {
                if ok {
                    self.error_at(start, "rune literal not terminated");
                }
                break;
            }
            self.nextch();
            n += 1;
        }
        self.nlsemi = true;
        self.push(Tok::Char, start);
        self.check_literal(errors_before);
    }

    fn std_string(&mut self, start: usize) {
        let errors_before = self.errors.len();
        self.nextch();
        loop {
            if self.ch == '"' as i32 {
                self.nextch();
                break;
            }
            if self.ch == '\\' as i32 {
                self.nextch();
                self.escape('"' as i32);
                continue;
            }
            if self.ch == '\n' as i32 {
                self.error("newline in string");
                break;
            }
            if self.ch < 0 {
                self.error_at(start, "string not terminated");
                break;
            }
            self.nextch();
        }
        self.nlsemi = true;
        self.push(Tok::String, start);
        self.check_literal(errors_before);
    }

    fn raw_string(&mut self, start: usize) {
        let errors_before = self.errors.len();
        self.nextch();
        loop {
            if self.ch == '`' as i32 {
                self.nextch();
                break;
            }
            if self.ch < 0 {
                self.error_at(start, "string not terminated");
                break;
            }
            self.nextch();
        }
        self.nlsemi = true;
        self.push(Tok::String, start);
        self.check_literal(errors_before);
    }

    /// Checks one escape sequence after its `\`; false if it is invalid.
    fn escape(&mut self, quote: i32) -> bool {
        let (n, base, max): (u32, u32, u32) = match self.ch {
            c if c == quote => {
                self.nextch();
                return true;
            }
            c if (0..0x80).contains(&c) && b"abfnrtv\\".contains(&(c as u8)) => {
                self.nextch();
                return true;
            }
            c if (b'0' as i32..=b'7' as i32).contains(&c) => (3, 8, 255),
            c if c == 'x' as i32 => {
                self.nextch();
                (2, 16, 255)
            }
            c if c == 'u' as i32 => {
                self.nextch();
                (4, 16, 0x10FFFF)
            }
            c if c == 'U' as i32 => {
                self.nextch();
                (8, 16, 0x10FFFF)
            }
            c => {
                if c < 0 {
                    return true; // the caller reports the end of file
                }
                self.error("unknown escape");
                return false;
            }
        };
        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch < 0 {
                return true;
            }
            let d = if is_decimal(self.ch) {
                (self.ch - '0' as i32) as u32
            } else if lower(self.ch) >= 'a' as i32 && lower(self.ch) <= 'f' as i32 {
                (lower(self.ch) - 'a' as i32) as u32 + 10
            } else {
                base
            };
            if d >= base {
                self.error(format!("invalid character {} in {} escape", quote_rune(self.ch as u32), base_name(base)));
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }
        if x > max && base == 8 {
            self.error(format!("octal escape value {x} > 255"));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.error(format!("escape is invalid Unicode code point {}", format_u(x)));
            return false;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn toks(src: &str) -> Vec<(Tok, String)> {
        let lexed = lex(src);
        assert!(lexed.errors.is_empty(), "unexpected errors: {:?}", lexed.errors);
        lexed.tokens.iter().map(|t| (t.tok, src[t.span.lo as usize..t.span.hi as usize].to_string())).collect()
    }

    fn kinds(src: &str) -> Vec<Tok> {
        toks(src).into_iter().map(|(t, _)| t).collect()
    }

    /// The errors for `src`, rendered as `line:col: msg`.
    fn errors(src: &str) -> Vec<String> {
        let file = SourceFile::new("x.go", src.to_string());
        lex(src)
            .errors
            .iter()
            .map(|e| &e.diag)
            .map(|d| {
                let (l, c) = file.line_col(d.span.lo);
                format!("{l}:{c}: {}", d.msg)
            })
            .collect()
    }

    const NL: Tok = Tok::Semi(SemiKind::Newline);
    const EOF: Tok = Tok::Semi(SemiKind::Eof);

    #[test]
    fn semicolon_insertion() {
        use Tok::*;
        assert_eq!(kinds("x\n"), vec![Ident, NL]);
        assert_eq!(kinds("x"), vec![Ident, EOF]);
        assert_eq!(
            kinds("1\n\"s\"\n`r`\n'c'\n1.5\n2i\n"),
            vec![Int, NL, String, NL, String, NL, Char, NL, Float, NL, Imag, NL]
        );
        assert_eq!(
            kinds("break\ncontinue\nfallthrough\nreturn\n"),
            vec![Break, NL, Continue, NL, Fallthrough, NL, Return, NL]
        );
        assert_eq!(
            kinds("x++\ny--\n)\n]\n}\n"),
            vec![Ident, Inc, NL, Ident, Dec, NL, RParen, NL, RBrack, NL, RBrace, NL]
        );
        // No semicolon after operators, opening brackets, other keywords.
        assert_eq!(kinds("x +\ny"), vec![Ident, Op(BinaryOp::Add), Ident, EOF]);
        assert_eq!(kinds("f(\n)"), vec![Ident, LParen, RParen, EOF]);
        assert_eq!(kinds("if\nfor\n"), vec![If, For]);
        // Comments: a line comment ends at the newline; a block comment
        // containing a newline acts as one.
        assert_eq!(kinds("x // c\ny"), vec![Ident, NL, Ident, EOF]);
        assert_eq!(kinds("x /* a\nb */ y"), vec![Ident, NL, Ident, EOF]);
        assert_eq!(kinds("x /* a */ y"), vec![Ident, Ident, EOF]);
        assert_eq!(kinds("x /* a */\ny"), vec![Ident, NL, Ident, EOF]);
        assert_eq!(kinds("x // c"), vec![Ident, EOF]);
        assert_eq!(kinds("+ /* a\nb */ y"), vec![Op(BinaryOp::Add), Ident, EOF]);
        assert_eq!(kinds("x;y"), vec![Ident, Semi(SemiKind::Explicit), Ident, EOF]);
        // The inserted semicolon sits at the newline.
        let lexed = lex("ab\n");
        assert_eq!(lexed.tokens[1].span, Span::new(2, 3));
    }

    #[test]
    fn operators() {
        use BinaryOp as B;
        use Tok::*;
        let src = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :";
        assert_eq!(
            kinds(src),
            vec![
                Op(B::Add),
                Op(B::Sub),
                Op(B::Mul),
                Op(B::Div),
                Op(B::Rem),
                Op(B::And),
                Op(B::Or),
                Op(B::Xor),
                Op(B::Shl),
                Op(B::Shr),
                Op(B::AndNot),
                AssignOp(B::Add),
                AssignOp(B::Sub),
                AssignOp(B::Mul),
                AssignOp(B::Div),
                AssignOp(B::Rem),
                AssignOp(B::And),
                AssignOp(B::Or),
                AssignOp(B::Xor),
                AssignOp(B::Shl),
                AssignOp(B::Shr),
                AssignOp(B::AndNot),
                Op(B::LogAnd),
                Op(B::LogOr),
                Arrow,
                Inc,
                Dec,
                Op(B::Eq),
                Op(B::Lt),
                Op(B::Gt),
                Assign,
                Not,
                Tilde,
                Op(B::Ne),
                Op(B::Le),
                Op(B::Ge),
                Define,
                Ellipsis,
                LParen,
                LBrack,
                LBrace,
                Comma,
                Dot,
                RParen,
                RBrack,
                RBrace,
                Semi(SemiKind::Explicit),
                Colon,
            ]
        );
        assert_eq!(kinds("a..b"), vec![Ident, Dot, Dot, Ident, EOF]);
        assert_eq!(kinds("x.5"), vec![Ident, Float, EOF]);
    }

    #[test]
    fn identifiers_and_keywords() {
        assert_eq!(
            toks("_x9 héllo 日本語 func"),
            vec![
                (Tok::Ident, "_x9".into()),
                (Tok::Ident, "héllo".into()),
                (Tok::Ident, "日本語".into()),
                (Tok::Func, "func".into()),
            ]
        );
        assert_eq!(kinds("chan<- interface"), vec![Tok::Chan, Tok::Arrow, Tok::Interface]);
    }

    #[test]
    fn number_literals() {
        for (src, kind) in [
            ("0", Tok::Int),
            ("42", Tok::Int),
            ("4_2", Tok::Int),
            ("0600", Tok::Int),
            ("0_600", Tok::Int),
            ("0o600", Tok::Int),
            ("0O600", Tok::Int),
            ("0xBadFace", Tok::Int),
            ("0xBad_Face", Tok::Int),
            ("0x_67_7a_2f_cc_40_c6", Tok::Int),
            ("0b1011", Tok::Int),
            ("0B_1_0", Tok::Int),
            ("170141183460469231731687303715884105727", Tok::Int),
            ("0.", Tok::Float),
            ("72.40", Tok::Float),
            ("072.40", Tok::Float),
            ("2.71828", Tok::Float),
            ("1.e+0", Tok::Float),
            ("6.67428e-11", Tok::Float),
            ("1E6", Tok::Float),
            (".25", Tok::Float),
            (".12345E+5", Tok::Float),
            ("1_5.", Tok::Float),
            ("0.15e+0_2", Tok::Float),
            ("0x1p-2", Tok::Float),
            ("0x2.p10", Tok::Float),
            ("0x1.Fp+0", Tok::Float),
            ("0X.8p-0", Tok::Float),
            ("0X_1FFFP-16", Tok::Float),
            ("089.", Tok::Float),
            ("09e1", Tok::Float),
            ("0i", Tok::Imag),
            ("0123i", Tok::Imag),
            ("0o123i", Tok::Imag),
            ("0xabci", Tok::Imag),
            ("0.i", Tok::Imag),
            ("2.71828i", Tok::Imag),
            ("1.e+0i", Tok::Imag),
            ("6.67428e-11i", Tok::Imag),
            ("1E6i", Tok::Imag),
            (".25i", Tok::Imag),
            (".12345E+5i", Tok::Imag),
            ("0x1p-2i", Tok::Imag),
            ("089i", Tok::Imag),
        ] {
            assert_eq!(toks(src), vec![(kind, src.to_string()), (Tok::Semi(SemiKind::Eof), String::new())], "{src}");
        }
    }

    #[test]
    fn number_errors() {
        let e = |s: &str| errors(&format!("x := {s}"));
        assert_eq!(e("1_000_"), vec!["1:11: '_' must separate successive digits"]);
        assert_eq!(e("1__2"), vec!["1:8: '_' must separate successive digits"]);
        assert_eq!(e("0x_1"), Vec::<String>::new());
        assert_eq!(e("0_x1").len(), 1);
        assert_eq!(e("0b102"), vec!["1:10: invalid digit '2' in binary literal"]);
        assert_eq!(e("0o8"), vec!["1:8: invalid digit '8' in octal literal"]);
        assert_eq!(e("089"), vec!["1:7: invalid digit '8' in octal literal"]);
        assert_eq!(e("08.5"), Vec::<String>::new());
        assert_eq!(e("1e"), vec!["1:8: exponent has no digits"]);
        assert_eq!(e("0x1e3p"), vec!["1:12: exponent has no digits"]);
        assert_eq!(e("0x1.0"), vec!["1:11: hexadecimal mantissa requires a 'p' exponent"]);
        assert_eq!(e("0b1.0"), vec!["1:9: invalid radix point in binary literal"]);
        assert_eq!(e("0x"), vec!["1:8: hexadecimal literal has no digits"]);
        assert_eq!(e("0xp1"), vec!["1:8: hexadecimal literal has no digits"]);
        assert_eq!(e("0b"), vec!["1:8: binary literal has no digits"]);
        assert_eq!(e("0b1e3"), vec!["1:9: 'e' exponent requires decimal mantissa"]);
        assert_eq!(e("1p3"), vec!["1:7: 'p' exponent requires hexadecimal mantissa"]);
        assert_eq!(e("1.0e+_5"), vec!["1:11: '_' must separate successive digits"]);
    }

    #[test]
    fn rune_and_string_literals() {
        for src in [
            "'a'",
            "'ä'",
            "'本'",
            "'\\t'",
            "'\\000'",
            "'\\007'",
            "'\\377'",
            "'\\x07'",
            "'\\xff'",
            "'\\u12e4'",
            "'\\U00101234'",
            "'\\''",
            "'\\a'",
            "'\\b'",
            "'\\f'",
            "'\\n'",
            "'\\r'",
            "'\\v'",
            "'\\\\'",
        ] {
            assert_eq!(kinds(src), vec![Tok::Char, EOF], "{src}");
        }
        for src in [
            "`abc`",
            "`\\n\n\\n`",
            "\"\"",
            "\"Hello, world!\\n\"",
            "\"日本語\"",
            "\"\\u65e5本\\U00008a9e\"",
            "\"\\xff\\u00FF\"",
            "\"\\\"\"",
            "\"\\a\\b\\f\\n\\r\\t\\v\\\\\"",
        ] {
            assert_eq!(kinds(src), vec![Tok::String, EOF], "{src}");
        }
    }

    #[test]
    fn rune_and_string_errors() {
        let e = |s: &str| errors(&format!("x := {s}\n"));
        assert_eq!(e("'\\q'"), vec!["1:8: unknown escape"]);
        assert_eq!(e("'\\uD800'"), vec!["1:13: escape is invalid Unicode code point U+D800"]);
        assert_eq!(e("'\\U00110000'"), vec!["1:17: escape is invalid Unicode code point U+110000"]);
        assert_eq!(e("'\\400'"), vec!["1:11: octal escape value 256 > 255"]);
        assert_eq!(e("'\\xg0'"), vec!["1:9: invalid character 'g' in hexadecimal escape"]);
        assert_eq!(e("''"), vec!["1:7: empty rune literal or unescaped '"]);
        assert_eq!(e("'ab'"), vec!["1:6: more than one character in rune literal"]);
        assert_eq!(e("'"), vec!["1:7: newline in rune literal"]);
        assert_eq!(e("\"\\z\""), vec!["1:8: unknown escape"]);
        assert_eq!(e("\"abc\\"), vec!["1:11: unknown escape", "1:11: newline in string"]);
        assert_eq!(e("\"\\u12\""), vec!["1:11: invalid character '\"' in hexadecimal escape"]);
        assert_eq!(e("\"\\'\""), vec!["1:8: unknown escape"]);
        assert_eq!(e("'\\\"'"), vec!["1:8: unknown escape"]);
        assert_eq!(errors("x = \"abc"), vec!["1:5: string not terminated"]);
        assert_eq!(errors("x = `abc"), vec!["1:5: string not terminated"]);
        assert_eq!(errors("x = 1 /* abc"), vec!["1:7: comment not terminated"]);
    }

    #[test]
    fn invalid_characters() {
        assert_eq!(errors("x := @\n"), vec!["1:6: invalid character U+0040 '@'"]);
        assert_eq!(errors("x := a€b\n"), vec!["1:7: invalid character U+20AC '€' in identifier"]);
        assert_eq!(errors("x\u{0}y"), vec!["1:2: invalid NUL character"]);
        assert_eq!(errors("x \u{feff}"), vec!["1:3: invalid BOM in the middle of the file"]);
        // An invalid character keeps the semicolon state of what preceded it.
        let lexed = lex("y := @\nz");
        assert_eq!(
            lexed.tokens.iter().map(|t| t.tok).collect::<Vec<_>>(),
            vec![Tok::Ident, Tok::Define, Tok::Ident, EOF]
        );
    }

    #[test]
    fn bom_at_start_is_skipped() {
        assert_eq!(
            toks("\u{feff}package p"),
            vec![(Tok::Package, "package".into()), (Tok::Ident, "p".into()), (EOF, String::new())]
        );
    }
}
