//! Go strings: a pointer and a length, immutable, not necessarily UTF-8
//! (Go's runtime/string.go).
//!
//! Functions that produce a string or a slice store its header through an
//! `out` pointer. The empty string is {null, 0}. New strings are allocated
//! without pointers and without zeroing (every byte is written at once);
//! the arrays of `[]byte(s)` and `[]rune(s)` get the whole block the
//! allocator rounds them up to as capacity, the rest cleared, as in Go
//! (so `cap([]byte("hello"))` is 8). Go's compiler can pass a stack buffer
//! for results that do not escape; rgoc always allocates.

use crate::malloc::{mallocgc, roundupsize, MAX_ALLOC};
use crate::mem::{bcmp, memcmp, memmove, memset};
use crate::panic::throw;
use crate::slice::SliceHeader;
use crate::types::NOSCAN;
use crate::utf8::{decode_rune, encode_rune, rune_len, RUNE_ERROR, UTF_MAX};
use core::{ptr, slice};

/// A Go string.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct StringHeader {
    pub ptr: *const u8,
    pub len: usize,
}

const EMPTY: StringHeader = StringHeader { ptr: ptr::null(), len: 0 };

/// The size of the buffer in the caller's frame that the compiler passes
/// for a result that does not escape (Go's tmpBuf; `[]rune(s)` gets this
/// many runes, `string(r)` 4 bytes). Null `buf`: the result escapes.
const TMP_BUF_SIZE: usize = 32;

/// `len` bytes at `ptr`, which may be null if `len` is 0.
///
/// # Safety
/// `ptr` is valid for reads of `len` bytes, or `len` is 0.
pub unsafe fn bytes<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if len == 0 {
        &[]
    } else {
        slice::from_raw_parts(ptr, len)
    }
}

/// One-byte strings point here instead of being allocated (Go's
/// `staticuint64s`, which boxing small integers in interfaces also uses):
/// entry `i` holds `i`, so on little-endian targets its first byte is `i`.
static STATIC_UINT64S: [u64; 256] = {
    let mut table = [0; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = i as u64;
        i += 1;
    }
    table
};

const _: () = assert!(cfg!(target_endian = "little"));

/// Compares two strings bytewise as Go orders them: -1, 0 or 1.
///
/// # Safety
/// Each pointer must be valid for reads of its length (or the length is 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_cmpstring(a: *const u8, alen: usize, b: *const u8, blen: usize) -> i64 {
    let common = alen.min(blen);
    let order = if common == 0 { 0 } else { unsafe { memcmp(a, b, common) } };
    match order {
        0 => (alen > blen) as i64 - (alen < blen) as i64,
        o if o < 0 => -1,
        _ => 1,
    }
}

/// 1 if the `n` bytes at `a` and `b` are equal, else 0 (Go's `memequal`).
///
/// # Safety
/// Both pointers are valid for reads of `n` bytes (or `n` is 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_memequal(a: *const u8, b: *const u8, n: usize) -> u64 {
    (n == 0 || a == b || bcmp(a, b, n) == 0) as u64
}

/// `a + b + ...` of the `n` strings at `parts` (Go's `concatstrings`):
/// empty parts are skipped, and if only one part is not empty the result
/// is that part itself, not a copy, unless the result escapes (`buf` is
/// null) and the part is in a frame.
///
/// # Safety
/// `out` is writable; `parts` holds `n` valid strings (or `n` is 0); `buf`
/// is null or a buffer of TMP_BUF_SIZE bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_concatstrings(
    out: *mut StringHeader,
    parts: *const StringHeader,
    n: usize,
    buf: *mut u8,
) {
    let parts = if n == 0 { &[] } else { slice::from_raw_parts(parts, n) };
    let mut len = 0usize;
    let mut count = 0;
    let mut last = EMPTY;
    for part in parts.iter().filter(|part| part.len != 0) {
        len = len.checked_add(part.len).unwrap_or_else(|| throw(b"string concatenation too long", || {}));
        count += 1;
        last = *part;
    }
    let result = match count {
        0 => EMPTY,
        1 if !buf.is_null() || !on_stack(last.ptr) => last,
        _ => {
            let (s, mut dst) = rawstringtmp(buf, len);
            for part in parts {
                memmove(dst, part.ptr, part.len);
                dst = dst.add(part.len);
            }
            s
        }
    };
    out.write(result);
}

/// Whether `p` points into the running goroutine's stack.
fn on_stack(p: *const u8) -> bool {
    let g = crate::goroutine::current();
    // SAFETY: the running goroutine's descriptor.
    !g.is_null() && unsafe { ((*g).stack_lo..(*g).stack_hi).contains(&(p as usize)) }
}

/// A new string of `len` bytes and a pointer for writing them.
unsafe fn rawstring(len: usize) -> (StringHeader, *mut u8) {
    let ptr = mallocgc(len, &NOSCAN, false);
    (StringHeader { ptr, len }, ptr)
}

/// A string of `len` bytes in `buf` if it is not null and they fit, else
/// new (Go's `rawstringtmp`).
unsafe fn rawstringtmp(buf: *mut u8, len: usize) -> (StringHeader, *mut u8) {
    if !buf.is_null() && len <= TMP_BUF_SIZE {
        (StringHeader { ptr: buf, len }, buf)
    } else {
        rawstring(len)
    }
}

/// `string(b)` for a byte slice `b` (Go's `slicebytetostring`).
///
/// # Safety
/// `out` is writable; `ptr` is valid for reads of `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_slicebytetostring(out: *mut StringHeader, ptr: *const u8, len: usize, buf: *mut u8) {
    let result = match len {
        0 => EMPTY,
        1 => StringHeader { ptr: &STATIC_UINT64S[*ptr as usize] as *const u64 as *const u8, len: 1 },
        _ => {
            let (s, dst) = rawstringtmp(buf, len);
            memmove(dst, ptr, len);
            s
        }
    };
    out.write(result);
}

/// An array for a slice of `len` elements of `elemsize` bytes without
/// pointers, with its capacity rounded up to the allocator's block and
/// the elements beyond `len` cleared (Go's `rawbyteslice`/`rawruneslice`).
unsafe fn rawslice(len: usize, elemsize: usize) -> SliceHeader {
    let bytes =
        len.checked_mul(elemsize).filter(|&bytes| bytes <= MAX_ALLOC).unwrap_or_else(|| throw(b"out of memory", || {}));
    let capmem = roundupsize(bytes, true);
    let ptr = mallocgc(capmem, &NOSCAN, false);
    memset(ptr.add(bytes), 0, capmem - bytes);
    SliceHeader { ptr, len, cap: capmem / elemsize }
}

/// A cleared slice of `len` elements of `elemsize` bytes in `buf`, of
/// capacity TMP_BUF_SIZE elements, if `buf` is not null and they fit.
unsafe fn tmpslice(buf: *mut u8, len: usize, elemsize: usize) -> Option<SliceHeader> {
    if buf.is_null() || len > TMP_BUF_SIZE {
        return None;
    }
    memset(buf, 0, TMP_BUF_SIZE * elemsize);
    Some(SliceHeader { ptr: buf, len, cap: TMP_BUF_SIZE })
}

/// `[]byte(s)` (Go's `stringtoslicebyte`).
///
/// # Safety
/// `out` is writable; `ptr` is valid for reads of `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_stringtoslicebyte(out: *mut SliceHeader, ptr: *const u8, len: usize, buf: *mut u8) {
    let b = tmpslice(buf, len, 1).unwrap_or_else(|| rawslice(len, 1));
    memmove(b.ptr, ptr, len);
    out.write(b);
}

/// `[]rune(s)` (Go's `stringtoslicerune`): the runes for range yields.
///
/// # Safety
/// `out` is writable; `ptr` is valid for reads of `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_stringtoslicerune(out: *mut SliceHeader, ptr: *const u8, len: usize, buf: *mut u8) {
    let s = bytes(ptr, len);
    let runes = || {
        let mut k = 0;
        core::iter::from_fn(move || {
            (k < s.len()).then(|| {
                let (r, next) = decode_rune(s, k);
                k = next;
                r
            })
        })
    };
    let n = runes().count();
    let a = tmpslice(buf, n, 4).unwrap_or_else(|| rawslice(n, 4));
    for (i, r) in runes().enumerate() {
        (a.ptr as *mut i32).add(i).write(r);
    }
    out.write(a);
}

/// `string(a)` for a rune slice `a` (Go's `slicerunetostring`).
///
/// # Safety
/// `out` is writable; `ptr` points to `len` runes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_slicerunetostring(out: *mut StringHeader, ptr: *const i32, len: usize, buf: *mut u8) {
    let runes = if len == 0 { &[] } else { slice::from_raw_parts(ptr, len) };
    let size: usize = runes.iter().map(|&r| rune_len(r)).sum();
    // gc asks for room for one more rune than it needs.
    let (s, mut dst) = if size + UTF_MAX - 1 <= TMP_BUF_SIZE { rawstringtmp(buf, size) } else { rawstring(size) };
    for &r in runes {
        let mut buf = [0; UTF_MAX];
        let n = encode_rune(&mut buf, r);
        memmove(dst, buf.as_ptr(), n);
        dst = dst.add(n);
    }
    out.write(s);
}

/// `string(v)` for an integer `v` (Go's `intstring`): the UTF-8 encoding
/// of rune `v`, or of U+FFFD if `v` is not a valid code point.
///
/// # Safety
/// `out` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_intstring(out: *mut StringHeader, v: i64, buf: *mut u8) {
    let r = i32::try_from(v).unwrap_or(RUNE_ERROR);
    let mut bytes = [0; UTF_MAX];
    let n = encode_rune(&mut bytes, r);
    let (s, dst) = if buf.is_null() { rawstring(n) } else { (StringHeader { ptr: buf, len: n }, buf) };
    memmove(dst, bytes.as_ptr(), n);
    out.write(s);
}

/// A rune and the index after it, returned in two registers (rax:rdx on
/// x86_64, x0:x1 on aarch64).
#[repr(C)]
pub struct DecodedRune {
    pub rune: i64,
    pub next: i64,
}

/// for range over a string: decodes the rune at byte `k` of the string
/// {ptr, len} (Go's `decoderune`, called for non-ASCII bytes). Invalid
/// UTF-8 decodes as U+FFFD one byte wide.
///
/// # Safety
/// `ptr` is valid for reads of `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_decoderune(ptr: *const u8, len: usize, k: usize) -> DecodedRune {
    let (rune, next) = decode_rune(bytes(ptr, len), k);
    DecodedRune { rune: rune as i64, next: next as i64 }
}

#[cfg(test)]
mod tests;
