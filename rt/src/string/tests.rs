use super::*;

fn header(s: &[u8]) -> StringHeader {
    StringHeader { ptr: s.as_ptr(), len: s.len() }
}

fn contents<'a>(s: StringHeader) -> &'a [u8] {
    unsafe { bytes(s.ptr, s.len) }
}

fn out<T>(f: impl FnOnce(*mut T)) -> T {
    let mut out = std::mem::MaybeUninit::uninit();
    f(out.as_mut_ptr());
    unsafe { out.assume_init() }
}

fn cmp(a: &str, b: &str) -> i64 {
    unsafe { rgort_cmpstring(a.as_ptr(), a.len(), b.as_ptr(), b.len()) }
}

#[test]
fn orders_like_go() {
    assert_eq!(cmp("", ""), 0);
    assert_eq!(cmp("", "a"), -1);
    assert_eq!(cmp("abc", "abd"), -1);
    assert_eq!(cmp("abd", "abc"), 1);
    assert_eq!(cmp("ab", "abc"), -1);
    assert_eq!(cmp("é", "z"), 1);
    assert_eq!(cmp("same string!", "same string!"), 0);
}

fn concat(parts: &[&[u8]]) -> StringHeader {
    let headers: Vec<StringHeader> = parts.iter().map(|p| header(p)).collect();
    out(|o| unsafe { rgort_concatstrings(o, headers.as_ptr(), headers.len(), ptr::null_mut()) })
}

#[test]
fn concatenates() {
    let s = concat(&[b"hello", b", ", b"", b"world"]);
    assert_eq!(contents(s), b"hello, world");
    assert_eq!(contents(concat(&[b"a", b"b", b"c", b"d", b"e"])), b"abcde");
    let empty = concat(&[b"", b""]);
    assert_eq!((empty.ptr, empty.len), (ptr::null(), 0));
    assert_eq!(concat(&[]).len, 0);
}

#[test]
fn concatenating_one_nonempty_part_returns_it() {
    let part = b"only";
    let s = concat(&[b"", part, b""]);
    assert_eq!((s.ptr, s.len), (part.as_ptr(), 4));
}

#[test]
fn converts_bytes_to_strings() {
    let s: StringHeader = out(|o| unsafe { rgort_slicebytetostring(o, b"bytes".as_ptr(), 5, ptr::null_mut()) });
    assert_eq!(contents(s), b"bytes");
    assert_ne!(s.ptr, b"bytes".as_ptr());
    for b in [0u8, b'x', 0xff] {
        let s: StringHeader = out(|o| unsafe { rgort_slicebytetostring(o, &b, 1, ptr::null_mut()) });
        assert_eq!(contents(s), [b]);
    }
    let empty: StringHeader = out(|o| unsafe { rgort_slicebytetostring(o, ptr::null(), 0, ptr::null_mut()) });
    assert_eq!(empty.len, 0);
}

#[test]
fn byte_slices_get_the_rounded_up_capacity() {
    // Go 1.19: cap([]byte(s)) for a string s that escapes.
    for (s, cap) in [("", 0), ("hello", 8), ("0123456789abcdefg", 24), (&"x".repeat(1100), 1152)] {
        let b: SliceHeader = out(|o| unsafe { rgort_stringtoslicebyte(o, s.as_ptr(), s.len(), ptr::null_mut()) });
        assert_eq!((b.len, b.cap), (s.len(), cap), "{s:?}");
        let array = unsafe { std::slice::from_raw_parts(b.ptr, b.cap) };
        assert_eq!(&array[..s.len()], s.as_bytes());
        assert!(array[s.len()..].iter().all(|&b| b == 0));
    }
}

#[test]
fn converts_strings_to_runes_and_back() {
    let s = b"a\xe2\x82\xac\xffz\xf0\x9f\x98\x80";
    let runes: SliceHeader = out(|o| unsafe { rgort_stringtoslicerune(o, s.as_ptr(), s.len(), ptr::null_mut()) });
    // Go 1.19: cap([]rune(s)) rounds 5 runes (20 bytes) up to 24 bytes.
    assert_eq!((runes.len, runes.cap), (5, 6));
    let decoded = unsafe { std::slice::from_raw_parts(runes.ptr as *const i32, runes.cap) };
    assert_eq!(decoded, [0x61, 0x20AC, RUNE_ERROR, 0x7A, 0x1F600, 0]);

    let back: StringHeader =
        out(|o| unsafe { rgort_slicerunetostring(o, runes.ptr as *const i32, runes.len, ptr::null_mut()) });
    assert_eq!(contents(back), "a€\u{FFFD}z😀".as_bytes());
    let invalid = [-1, 0xD800, 0x41];
    let s: StringHeader = out(|o| unsafe { rgort_slicerunetostring(o, invalid.as_ptr(), 3, ptr::null_mut()) });
    assert_eq!(contents(s), "\u{FFFD}\u{FFFD}A".as_bytes());
}

#[test]
fn converts_integers_to_strings() {
    for (v, s) in [
        (0x41, "A"),
        (0x20AC, "€"),
        (0x10FFFF, "\u{10FFFF}"),
        (-1, "\u{FFFD}"),
        (0xD800, "\u{FFFD}"),
        (0x110000, "\u{FFFD}"),
        (1 << 32 | 0x41, "\u{FFFD}"),
    ] {
        let got: StringHeader = out(|o| unsafe { rgort_intstring(o, v, ptr::null_mut()) });
        assert_eq!(contents(got), s.as_bytes(), "{v:#x}");
    }
}

#[test]
fn decodes_runes_for_range() {
    let s = "x€\u{10348}";
    let decode = |k| unsafe { rgort_decoderune(s.as_ptr(), s.len(), k) };
    let r = decode(1);
    assert_eq!((r.rune, r.next), (0x20AC, 4));
    let r = decode(4);
    assert_eq!((r.rune, r.next), (0x10348, 8));
    let r = decode(2);
    assert_eq!((r.rune, r.next), (RUNE_ERROR as i64, 3));
}

#[test]
fn compares_memory() {
    let (a, b) = (b"0123456789abcdef!", b"0123456789abcdef?");
    unsafe {
        assert_eq!(rgort_memequal(a.as_ptr(), b.as_ptr(), 16), 1);
        assert_eq!(rgort_memequal(a.as_ptr(), b.as_ptr(), 17), 0);
        assert_eq!(rgort_memequal(ptr::null(), ptr::null(), 0), 1);
    }
}

#[test]
fn results_that_fit_go_in_the_frame_buffer() {
    let mut buf = [0xffu8; 4 * TMP_BUF_SIZE];
    let b = buf.as_mut_ptr();
    let parts = [header(b"frame "), header(b"buffer")];
    let s: StringHeader = out(|o| unsafe { rgort_concatstrings(o, parts.as_ptr(), 2, b) });
    assert_eq!(s.ptr, b as *const u8);
    assert_eq!(contents(s), b"frame buffer");
    // Too long for the buffer: a new string.
    let long = [header(&[b'x'; 20]), header(&[b'y'; 20])];
    let s: StringHeader = out(|o| unsafe { rgort_concatstrings(o, long.as_ptr(), 2, b) });
    assert!(s.ptr != b as *const u8 && s.len == 40);
    // []byte(s): capacity of the whole buffer, cleared past the length.
    let bytes: SliceHeader = out(|o| unsafe { rgort_stringtoslicebyte(o, b"abc".as_ptr(), 3, b) });
    assert_eq!((bytes.ptr, bytes.len, bytes.cap), (b, 3, TMP_BUF_SIZE));
    assert_eq!(&buf[..TMP_BUF_SIZE], &[&b"abc"[..], &[0; TMP_BUF_SIZE - 3]].concat()[..]);
    // string(runes) needs room for one more rune than its bytes.
    let runes = ['é' as i32; 15];
    let s: StringHeader = out(|o| unsafe { rgort_slicerunetostring(o, runes.as_ptr(), 14, b) });
    assert_eq!((s.ptr, s.len), (b as *const u8, 28));
    let s: StringHeader = out(|o| unsafe { rgort_slicerunetostring(o, runes.as_ptr(), 15, b) });
    assert!(s.ptr != b as *const u8 && s.len == 30);
}
