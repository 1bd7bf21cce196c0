//! UTF-8 as Go's runtime decodes and encodes it (runtime/utf8.go): for
//! range over a string, and conversions between strings and runes.
//!
//! Decoding never fails: a byte that does not start a valid sequence (a
//! stray continuation byte, a truncated or overlong sequence, a surrogate
//! half, a value above U+10FFFF) decodes as U+FFFD and is skipped alone,
//! so decoding resumes at the next byte. Encoding writes U+FFFD for runes
//! that are not valid code points.

/// U+FFFD, the replacement character.
pub const RUNE_ERROR: i32 = 0xFFFD;
/// The longest encoding.
pub const UTF_MAX: usize = 4;

const MAX_RUNE: i32 = 0x10FFFF;
const SURROGATE_MIN: i32 = 0xD800;
const SURROGATE_MAX: i32 = 0xDFFF;

/// Whether `b` is a continuation byte (10xxxxxx).
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Decodes the rune that starts at byte `k` of `s`: the rune and the index
/// of the byte after it (Go's `decoderune`; for k past the end, U+FFFD and
/// k + 1).
pub fn decode_rune(s: &[u8], k: usize) -> (i32, usize) {
    let Some(rest) = s.get(k..).filter(|rest| !rest.is_empty()) else {
        return (RUNE_ERROR, k + 1);
    };
    let cont = |i: usize| rest.get(i).copied().filter(|&b| is_continuation(b));
    let bits = |b: u8| (b & 0x3F) as i32;
    let decoded = match rest[0] {
        b @ 0x00..=0x7F => Some((b as i32, 1)),
        b @ 0xC0..=0xDF => cont(1).map(|c1| ((b & 0x1F) as i32) << 6 | bits(c1)).filter(|&r| r > 0x7F).map(|r| (r, 2)),
        b @ 0xE0..=0xEF => cont(1)
            .zip(cont(2))
            .map(|(c1, c2)| ((b & 0x0F) as i32) << 12 | bits(c1) << 6 | bits(c2))
            .filter(|&r| r > 0x7FF && !(SURROGATE_MIN..=SURROGATE_MAX).contains(&r))
            .map(|r| (r, 3)),
        b @ 0xF0..=0xF7 => cont(1)
            .zip(cont(2))
            .zip(cont(3))
            .map(|((c1, c2), c3)| ((b & 0x07) as i32) << 18 | bits(c1) << 12 | bits(c2) << 6 | bits(c3))
            .filter(|&r| r > 0xFFFF && r <= MAX_RUNE)
            .map(|r| (r, 4)),
        _ => None,
    };
    match decoded {
        Some((r, width)) => (r, k + width),
        None => (RUNE_ERROR, k + 1),
    }
}

/// The number of bytes `encode_rune` writes for `r`.
pub fn rune_len(r: i32) -> usize {
    match r as u32 {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0x10000..=0x10FFFF => 4,
        // The BMP, and invalid runes (which encode as U+FFFD).
        _ => 3,
    }
}

/// Writes the UTF-8 encoding of `r` (U+FFFD if `r` is not a valid code
/// point) to the start of `buf` and returns its length (Go's `encoderune`).
pub fn encode_rune(buf: &mut [u8; UTF_MAX], r: i32) -> usize {
    let mut r = r as u32;
    if r > MAX_RUNE as u32 || (SURROGATE_MIN as u32..=SURROGATE_MAX as u32).contains(&r) {
        r = RUNE_ERROR as u32;
    }
    let cont = |shift: u32| 0x80 | (r >> shift) as u8 & 0x3F;
    match rune_len(r as i32) {
        1 => buf[0] = r as u8,
        2 => [buf[0], buf[1]] = [0xC0 | (r >> 6) as u8, cont(0)],
        3 => [buf[0], buf[1], buf[2]] = [0xE0 | (r >> 12) as u8, cont(6), cont(0)],
        _ => buf.copy_from_slice(&[0xF0 | (r >> 18) as u8, cont(12), cont(6), cont(0)]),
    }
    rune_len(r as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rune and its end, as for range decodes `s`.
    fn decode_all(s: &[u8]) -> Vec<(i32, usize)> {
        let mut runes = Vec::new();
        let mut k = 0;
        while k < s.len() {
            let (r, next) = decode_rune(s, k);
            runes.push((r, next));
            k = next;
        }
        runes
    }

    #[test]
    fn decodes_valid_utf8_like_std() {
        let s = "aé€😀\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}";
        let expected: Vec<(i32, usize)> = s.char_indices().map(|(i, c)| (c as i32, i + c.len_utf8())).collect();
        assert_eq!(decode_all(s.as_bytes()), expected);
    }

    #[test]
    fn decodes_invalid_bytes_one_at_a_time() {
        // Each case with the runes Go 1.19's for range yields, as
        // (rune, index of the next byte).
        type Runes<'a> = &'a [(i32, usize)];
        let e = RUNE_ERROR;
        let cases: &[(&[u8], Runes<'_>)] = &[
            (b"\xff", &[(e, 1)]),
            (b"\x80a", &[(e, 1), (0x61, 2)]),
            // Truncated sequences.
            (b"\xc3", &[(e, 1)]),
            (b"\xe2\x82", &[(e, 1), (e, 2)]),
            (b"\xf0\x9f\x98", &[(e, 1), (e, 2), (e, 3)]),
            // Overlong encodings of '/' and U+07FF and U+FFFF.
            (b"\xc0\xaf", &[(e, 1), (e, 2)]),
            (b"\xe0\x9f\xbf", &[(e, 1), (e, 2), (e, 3)]),
            (b"\xf0\x8f\xbf\xbf", &[(e, 1), (e, 2), (e, 3), (e, 4)]),
            // A surrogate half, and U+110000.
            (b"\xed\xa0\x80", &[(e, 1), (e, 2), (e, 3)]),
            (b"\xf4\x90\x80\x80", &[(e, 1), (e, 2), (e, 3), (e, 4)]),
            // A valid rune after an interrupted one.
            (b"\xe2\x82a\xe2\x82\xac", &[(e, 1), (e, 2), (0x61, 3), (0x20AC, 6)]),
            (b"\xf8\x88\x80\x80\x80", &[(e, 1), (e, 2), (e, 3), (e, 4), (e, 5)]),
        ];
        for (s, runes) in cases {
            assert_eq!(decode_all(s), *runes, "{s:x?}");
        }
        assert_eq!(decode_rune(b"ab", 2), (e, 3));
    }

    #[test]
    fn encodes_like_std_and_replaces_invalid_runes() {
        for c in ['\0', 'a', '\u{7F}', '\u{80}', 'é', '\u{7FF}', '\u{800}', '€', '\u{FFFF}', '😀', '\u{10FFFF}'] {
            let mut buf = [0; UTF_MAX];
            let n = encode_rune(&mut buf, c as i32);
            assert_eq!(&buf[..n], c.to_string().as_bytes());
            assert_eq!(rune_len(c as i32), n);
        }
        for r in [-1, 0xD800, 0xDFFF, 0x110000, i32::MAX, i32::MIN] {
            let mut buf = [0; UTF_MAX];
            let n = encode_rune(&mut buf, r);
            assert_eq!(&buf[..n], "\u{FFFD}".as_bytes(), "rune {r:#x}");
            assert_eq!(rune_len(r), 3);
        }
    }
}
