//! Values of literals. The lexer has validated every literal, so these
//! functions only decode; on input the lexer would reject their result is
//! unspecified (they never panic on it).
//!
//! Numbers are decoded exactly, for the checker's arbitrary-precision
//! constants: an integer is a magnitude in 32-bit limbs, a floating-point
//! literal is `mantissa × 2^exp2 × 10^exp10` with an integer mantissa.

/// An integer literal's value: little-endian base-2³² limbs, no trailing
/// zero limbs (zero is the empty vector).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Magnitude(pub Vec<u32>);

impl Magnitude {
    fn zero() -> Magnitude {
        Magnitude(Vec::new())
    }

    /// `self = self * mul + add`
    fn mul_add(&mut self, mul: u32, add: u32) {
        let mut carry = add as u64;
        for limb in &mut self.0 {
            let v = *limb as u64 * mul as u64 + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    pub fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    /// The value if it fits in 128 bits.
    pub fn to_u128(&self) -> Option<u128> {
        if self.0.len() > 4 {
            return None;
        }
        Some(self.0.iter().rev().fold(0u128, |acc, &limb| acc << 32 | limb as u128))
    }

    /// Number of significant bits.
    pub fn bit_len(&self) -> u32 {
        match self.0.last() {
            None => 0,
            Some(&top) => (self.0.len() as u32 - 1) * 32 + (32 - top.leading_zeros()),
        }
    }
}

/// The exact value of a floating-point literal: `mantissa × 2^exp2 × 10^exp10`
/// (a decimal literal has `exp2 == 0`, a hexadecimal one `exp10 == 0`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FloatValue {
    pub mantissa: Magnitude,
    pub exp2: i64,
    pub exp10: i64,
}

impl FloatValue {
    /// The nearest `f64` (for diagnostics and quick checks; the checker
    /// should use the exact form).
    pub fn to_f64(&self) -> f64 {
        let m = self.mantissa.0.iter().rev().fold(0f64, |acc, &limb| acc * 4294967296.0 + limb as f64);
        if self.exp10 != 0 {
            format!("{m:e}")
                .split_once('e')
                .map(|(digits, e)| format!("{digits}e{}", e.parse::<i64>().unwrap() + self.exp10))
                .and_then(|s| s.parse().ok())
                .unwrap_or(f64::INFINITY)
        } else {
            m * 2f64.powi(self.exp2.clamp(-2000, 2000) as i32)
        }
    }
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'f' => (b - b'a') as u32 + 10,
        b'A'..=b'F' => (b - b'A') as u32 + 10,
        _ => 0,
    }
}

/// Splits off a base prefix: `0x`, `0o`, `0b` or a legacy octal `0`.
fn base_and_digits(raw: &str) -> (u32, &str) {
    let b = raw.as_bytes();
    if b.len() >= 2 && b[0] == b'0' {
        match b[1] | 0x20 {
            b'x' => return (16, &raw[2..]),
            b'o' => return (8, &raw[2..]),
            b'b' => return (2, &raw[2..]),
            _ => return (8, &raw[1..]),
        }
    }
    (10, raw)
}

fn accumulate(mag: &mut Magnitude, base: u32, digits: &str) -> i64 {
    let mut count = 0;
    for b in digits.bytes().filter(|&b| b != b'_') {
        mag.mul_add(base, digit_value(b));
        count += 1;
    }
    count
}

/// The value of an integer literal (`42`, `0x_FF`, `0o17`, `017`, `0b1`),
/// if it fits in 128 bits; `parse_int_exact` gives any value.
pub fn parse_int(raw: &str) -> Option<u128> {
    parse_int_exact(raw).to_u128()
}

/// The exact value of an integer literal.
pub fn parse_int_exact(raw: &str) -> Magnitude {
    let (base, digits) = base_and_digits(raw);
    let mut mag = Magnitude::zero();
    accumulate(&mut mag, base, digits);
    mag
}

/// The value of a floating-point literal (`1.5`, `.5e-3`, `0x1.8p3`, `1e9`).
pub fn parse_float(raw: &str) -> FloatValue {
    let hex = raw.len() >= 2 && raw.as_bytes()[0] == b'0' && raw.as_bytes()[1] | 0x20 == b'x';
    let (base, body) = if hex { (16, &raw[2..]) } else { (10, raw) };
    let exp_marker = if hex { |c: char| c == 'p' || c == 'P' } else { |c: char| c == 'e' || c == 'E' };
    let (mantissa_text, exp_text) = match body.find(exp_marker) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let (int_part, frac_part) = mantissa_text.split_once('.').unwrap_or((mantissa_text, ""));
    let mut mantissa = Magnitude::zero();
    accumulate(&mut mantissa, base, int_part);
    let frac_digits = accumulate(&mut mantissa, base, frac_part);
    let exp: i64 = exp_text.replace('_', "").parse().unwrap_or(0);
    if hex {
        FloatValue { mantissa, exp2: exp - 4 * frac_digits, exp10: 0 }
    } else {
        FloatValue { mantissa, exp2: 0, exp10: exp - frac_digits }
    }
}

/// The value of an imaginary literal's imaginary part (`2i`, `1.5i`,
/// `0x1p2i`). An integer part made only of decimal digits is decimal even
/// with a leading 0, as the spec requires for compatibility: `012i` is 12i.
pub fn parse_imag(raw: &str) -> FloatValue {
    let body = raw.strip_suffix('i').unwrap_or(raw);
    let b = body.as_bytes();
    let prefixed = b.len() >= 2 && b[0] == b'0' && matches!(b[1] | 0x20, b'x' | b'o' | b'b');
    if prefixed && !(b[1] | 0x20 == b'x' && body.contains(['.', 'p', 'P'])) {
        return FloatValue { mantissa: parse_int_exact(body), exp2: 0, exp10: 0 };
    }
    parse_float(body)
}

/// Decodes one character or escape at the start of `s` (after the quote);
/// returns the bytes it stands for and the rest.
fn decode_one(s: &str, out: &mut Vec<u8>) -> usize {
    let b = s.as_bytes();
    if b[0] != b'\\' {
        let c = s.chars().next().unwrap();
        let mut buf = [0; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        return c.len_utf8();
    }
    let simple = |c: u8| -> Option<u8> {
        Some(match c {
            b'a' => 0x07,
            b'b' => 0x08,
            b'f' => 0x0C,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'v' => 0x0B,
            b'\\' => b'\\',
            b'\'' => b'\'',
            b'"' => b'"',
            _ => return None,
        })
    };
    let Some(&e) = b.get(1) else { return 1 };
    if let Some(v) = simple(e) {
        out.push(v);
        return 2;
    }
    let (start, n, base) = match e {
        b'0'..=b'7' => (1, 3, 8),
        b'x' => (2, 2, 16),
        b'u' => (2, 4, 16),
        b'U' => (2, 8, 16),
        _ => return 2,
    };
    let end = (start + n).min(b.len());
    let v = b[start..end].iter().fold(0u32, |acc, &d| acc.wrapping_mul(base).wrapping_add(digit_value(d)));
    if e == b'u' || e == b'U' {
        let c = char::from_u32(v).unwrap_or('\u{FFFD}');
        let mut buf = [0; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    } else {
        out.push(v as u8);
    }
    end
}

/// The bytes of a string literal, interpreted (`"..."`) or raw (`` `...` ``).
/// Go strings are bytes: `\xff` is one byte, `\u00e9` its UTF-8 encoding.
/// Carriage returns are dropped from raw strings.
pub fn unquote_string(raw: &str) -> Vec<u8> {
    if let Some(body) = raw.strip_prefix('`') {
        let body = body.strip_suffix('`').unwrap_or(body);
        return body.bytes().filter(|&b| b != b'\r').collect();
    }
    let body = raw.strip_prefix('"').unwrap_or(raw);
    let body = body.strip_suffix('"').unwrap_or(body);
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        i += decode_one(&body[i..], &mut out);
    }
    out
}

/// The value of a rune literal such as `'a'`, `'\n'`, `'\377'`, `'\u00e9'`.
pub fn unquote_char(raw: &str) -> u32 {
    let body = raw.strip_prefix('\'').unwrap_or(raw);
    let body = body.strip_suffix('\'').unwrap_or(body);
    if body.is_empty() {
        return 0;
    }
    let b = body.as_bytes();
    if b[0] == b'\\' && b.len() >= 2 {
        let (start, n, base) = match b[1] {
            b'0'..=b'7' => (1, 3, 8),
            b'x' => (2, 2, 16),
            b'u' => (2, 4, 16),
            b'U' => (2, 8, 16),
            _ => {
                let mut out = Vec::new();
                decode_one(body, &mut out);
                return out.first().copied().unwrap_or(0) as u32;
            }
        };
        let end = (start + n).min(b.len());
        return b[start..end].iter().fold(0u32, |acc, &d| acc.wrapping_mul(base).wrapping_add(digit_value(d)));
    }
    body.chars().next().unwrap() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(raw: &str) -> u128 {
        parse_int(raw).unwrap()
    }

    #[test]
    fn integers() {
        assert_eq!(int("0"), 0);
        assert_eq!(int("42"), 42);
        assert_eq!(int("4_2"), 42);
        assert_eq!(int("0600"), 0o600);
        assert_eq!(int("0_600"), 0o600);
        assert_eq!(int("0o600"), 0o600);
        assert_eq!(int("0O17"), 0o17);
        assert_eq!(int("0xBadFace"), 0xbadface);
        assert_eq!(int("0xBad_Face"), 0xbadface);
        assert_eq!(int("0x_67_7a_2f_cc_40_c6"), 0x677a2fcc40c6);
        assert_eq!(int("0b1011"), 0b1011);
        assert_eq!(int("0B_1_0"), 2);
        assert_eq!(int("170141183460469231731687303715884105727"), 170141183460469231731687303715884105727);
        assert!(parse_int_exact("0").is_zero());
        let big = parse_int_exact("0x1_0000_0000_0000_0000_0000_0000_0000_0000");
        assert_eq!(big.0, vec![0, 0, 0, 0, 1]);
        assert_eq!(big.to_u128(), None);
        assert_eq!(big.bit_len(), 129);
    }

    fn float(raw: &str) -> (u128, i64, i64) {
        let v = parse_float(raw);
        (v.mantissa.to_u128().unwrap(), v.exp2, v.exp10)
    }

    #[test]
    fn floats() {
        assert_eq!(float("0."), (0, 0, 0));
        assert_eq!(float("72.40"), (7240, 0, -2));
        assert_eq!(float("072.40"), (7240, 0, -2));
        assert_eq!(float("1.e+0"), (1, 0, 0));
        assert_eq!(float("6.67428e-11"), (667428, 0, -16));
        assert_eq!(float("1E6"), (1, 0, 6));
        assert_eq!(float(".25"), (25, 0, -2));
        assert_eq!(float("1_5."), (15, 0, 0));
        assert_eq!(float("0.15e+0_2"), (15, 0, 0));
        assert_eq!(float("0x1p-2"), (1, -2, 0));
        assert_eq!(float("0x2.p10"), (2, 10, 0));
        assert_eq!(float("0x1.Fp+0"), (0x1F, -4, 0));
        assert_eq!(float("0X.8p-0"), (8, -4, 0));
        assert_eq!(float("0X_1FFFP-16"), (0x1FFF, -16, 0));
        assert_eq!(parse_float("6.67428e-11").to_f64(), 6.67428e-11);
        assert_eq!(parse_float("0x1.8p1").to_f64(), 3.0);
    }

    #[test]
    fn imaginary() {
        let v = |raw: &str| {
            let f = parse_imag(raw);
            (f.mantissa.to_u128().unwrap(), f.exp2, f.exp10)
        };
        assert_eq!(v("0i"), (0, 0, 0));
        assert_eq!(v("0123i"), (123, 0, 0));
        assert_eq!(v("0o123i"), (0o123, 0, 0));
        assert_eq!(v("0xabci"), (0xabc, 0, 0));
        assert_eq!(v("0b11i"), (3, 0, 0));
        assert_eq!(v("2.71828i"), (271828, 0, -5));
        assert_eq!(v("1E6i"), (1, 0, 6));
        assert_eq!(v("0x1p-2i"), (1, -2, 0));
        assert_eq!(v("089i"), (89, 0, 0));
    }

    #[test]
    fn strings() {
        assert_eq!(unquote_string("\"\""), b"");
        assert_eq!(unquote_string("\"Hello, world!\\n\""), b"Hello, world!\n");
        assert_eq!(unquote_string("\"日本語\""), "日本語".as_bytes());
        assert_eq!(unquote_string("\"\\u65e5本\\U00008a9e\""), "日本語".as_bytes());
        assert_eq!(unquote_string("\"\\xff\\u00FF\""), vec![0xff, 0xc3, 0xbf]);
        assert_eq!(unquote_string("\"\\377\\000\""), vec![0xff, 0]);
        assert_eq!(unquote_string("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""), vec![7, 8, 12, 10, 13, 9, 11, b'\\', b'"']);
        assert_eq!(unquote_string("`\\n\r\nx`"), b"\\n\nx");
        assert_eq!(unquote_string("`a\"b`"), b"a\"b");
    }

    #[test]
    fn chars() {
        assert_eq!(unquote_char("'a'"), 'a' as u32);
        assert_eq!(unquote_char("'ä'"), 'ä' as u32);
        assert_eq!(unquote_char("'本'"), '本' as u32);
        assert_eq!(unquote_char("'\\t'"), 9);
        assert_eq!(unquote_char("'\\000'"), 0);
        assert_eq!(unquote_char("'\\377'"), 255);
        assert_eq!(unquote_char("'\\x07'"), 7);
        assert_eq!(unquote_char("'\\xff'"), 255);
        assert_eq!(unquote_char("'\\u12e4'"), 0x12e4);
        assert_eq!(unquote_char("'\\U00101234'"), 0x101234);
        assert_eq!(unquote_char("'\\''"), '\'' as u32);
        assert_eq!(unquote_char("'\\\\'"), '\\' as u32);
        assert_eq!(unquote_char("'\\a'"), 7);
        assert_eq!(unquote_char("'\\v'"), 11);
    }
}
