//! Go's print and println builtins, and the runtime's own error output.
//!
//! The compiler turns a print or println statement into `rgort_printlock()`,
//! one call per operand (println adds `rgort_printsp` between operands and
//! `rgort_printnl` at the end), then `rgort_printunlock()`. Output goes to
//! standard error, as in Go. Between lock and unlock it collects in a buffer
//! that is written with one write(2) at the outermost unlock, or earlier when
//! it fills, so a statement costs one system call.
//!
//! Locks nest: the runtime prints its own reports with the same functions,
//! possibly while a statement is being printed. The runtime runs Go code on
//! a single thread until the scheduler exists, so the nesting depth is all
//! the lock needs to track; with threads it becomes a per-M depth and a
//! futex that guards the buffer, as Go's printlock is.
//!
//! The formats are those of Go's runtime/print.go: integers in decimal,
//! pointers and `hex` values as `0x` and lower-case digits, floats as
//! `+d.dddddde+ddd` (see `format_float`), complex numbers as `(re im i)`
//! without a space between the parts.

use crate::sys;
use core::cell::UnsafeCell;
use core::slice;

const STDERR: i32 = 2;

/// Bytes collected before a write(2); a println of a few operands fits.
const BUFFER_SIZE: usize = 512;

struct PrintBuffer {
    /// How many `lock` calls have no matching `unlock` yet.
    depth: usize,
    len: usize,
    bytes: [u8; BUFFER_SIZE],
}

struct SharedPrintBuffer(UnsafeCell<PrintBuffer>);

// SAFETY: only one thread runs the runtime (see the header).
unsafe impl Sync for SharedPrintBuffer {}

static BUFFER: SharedPrintBuffer =
    SharedPrintBuffer(UnsafeCell::new(PrintBuffer { depth: 0, len: 0, bytes: [0; BUFFER_SIZE] }));

/// Runs `f` on the buffer. Callers never nest, so the reference is unique.
fn with_buffer<R>(f: impl FnOnce(&mut PrintBuffer) -> R) -> R {
    // SAFETY: single thread (see the header), and no caller of `with_buffer`
    // calls it again while `f` runs.
    f(unsafe { &mut *BUFFER.0.get() })
}

impl PrintBuffer {
    fn append(&mut self, bytes: &[u8]) {
        if bytes.len() > BUFFER_SIZE - self.len {
            self.flush();
        }
        match self.bytes.get_mut(self.len..self.len + bytes.len()) {
            Some(free) => {
                free.copy_from_slice(bytes);
                self.len += bytes.len();
            }
            None => write_stderr(bytes),
        }
    }

    fn flush(&mut self) {
        write_stderr(self.bytes.get(..self.len).unwrap_or_default());
        self.len = 0;
    }
}

/// Writes all of `bytes` to standard error. A failure other than an
/// interrupted call drops the rest: there is nowhere left to report it.
fn write_stderr(mut bytes: &[u8]) {
    while !bytes.is_empty() {
        match sys::write(STDERR, bytes) {
            Ok(written) => bytes = bytes.get(written..).unwrap_or_default(),
            Err(sys::EINTR) => {}
            Err(_) => return,
        }
    }
}

pub fn lock() {
    with_buffer(|buffer| buffer.depth += 1);
}

pub fn unlock() {
    with_buffer(|buffer| {
        buffer.depth = buffer.depth.saturating_sub(1);
        if buffer.depth == 0 {
            buffer.flush();
        }
    });
}

/// Writes out whatever is buffered, locked or not (the process is exiting).
pub fn flush() {
    with_buffer(PrintBuffer::flush);
}

pub fn string(s: &[u8]) {
    with_buffer(|buffer| buffer.append(s));
}

pub fn uint(v: u64) {
    string(format_uint(v, &mut [0; DECIMAL_LEN]));
}

pub fn int(v: i64) {
    if v < 0 {
        string(b"-");
    }
    uint(v.unsigned_abs());
}

/// A complex number as Go prints it: `(+1.000000e+000+2.000000e+000i)`.
pub fn complex(re: f64, im: f64) {
    string(b"(");
    float(re);
    float(im);
    string(b"i)");
}

pub fn hex(v: u64) {
    string(format_hex(v, &mut [0; HEX_LEN]));
}

pub fn float(v: f64) {
    string(format_float(v, &mut [0; FLOAT_LEN]));
}

/// Longest unsigned decimal integer: u64::MAX has 20 digits.
pub const DECIMAL_LEN: usize = 20;

/// `v` in decimal, at the end of `buf`.
pub fn format_uint(mut v: u64, buf: &mut [u8; DECIMAL_LEN]) -> &[u8] {
    let mut start = DECIMAL_LEN - 1;
    loop {
        buf[start] = b'0' + (v % 10) as u8;
        v /= 10;
        // u64::MAX has 20 digits, so `start == 0` never ends the loop early;
        // it lets the compiler see that indexing cannot fail.
        if v == 0 || start == 0 {
            break;
        }
        start -= 1;
    }
    &buf[start..]
}

/// Longest hexadecimal integer: `0x` and 16 digits.
const HEX_LEN: usize = 18;

/// `v` as `0x` and lower-case hexadecimal digits, no leading zeros.
fn format_hex(mut v: u64, buf: &mut [u8; HEX_LEN]) -> &[u8] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut start = HEX_LEN - 1;
    loop {
        buf[start] = DIGITS[(v % 16) as usize];
        v /= 16;
        // As in format_uint: 16 digits always fit after the `0x`.
        if v == 0 || start == 2 {
            break;
        }
        start -= 1;
    }
    start -= 2;
    buf[start] = b'0';
    buf[start + 1] = b'x';
    &buf[start..]
}

/// Digits printed for a float.
const FLOAT_DIGITS: usize = 7;

/// Sign, FLOAT_DIGITS digits and a point, `e`, exponent sign and 3 digits.
const FLOAT_LEN: usize = FLOAT_DIGITS + 7;

/// `v` the way Go's runtime prints a float64: `NaN`, `+Inf`, `-Inf`, or
/// `+d.dddddde+ddd` (sign always present, 7 significant digits, a signed
/// 3-digit decimal exponent).
///
/// The digits come from Go's own simple algorithm, reproduced operation for
/// operation because its rounding errors are part of the output: scale `v`
/// into [1, 10) by repeated division or multiplication by 10 while counting
/// the exponent, add half a unit of the last printed digit (5e-7, computed by
/// dividing 5 by 10 seven times) and renormalise if that carried into a new
/// digit, then peel digits off the front by truncating, subtracting and
/// multiplying by 10.
fn format_float(v: f64, buf: &mut [u8; FLOAT_LEN]) -> &[u8] {
    if v.is_nan() {
        return b"NaN";
    }
    if v + v == v && v > 0.0 {
        return b"+Inf";
    }
    if v + v == v && v < 0.0 {
        return b"-Inf";
    }

    let mut v = v;
    let mut exponent: i32 = 0;
    buf[0] = if v.is_sign_negative() { b'-' } else { b'+' };
    if v != 0.0 {
        v = v.abs();
        while v >= 10.0 {
            exponent += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            exponent -= 1;
            v *= 10.0;
        }
        let mut half_unit = 5.0;
        for _ in 0..FLOAT_DIGITS {
            half_unit /= 10.0;
        }
        v += half_unit;
        if v >= 10.0 {
            exponent += 1;
            v /= 10.0;
        }
    }

    // Digits go to buf[2..9]; the first then moves left to make room for
    // the point.
    for digit in &mut buf[2..2 + FLOAT_DIGITS] {
        let d = v as i64;
        *digit = (d + b'0' as i64) as u8;
        v -= d as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';

    let e = 2 + FLOAT_DIGITS;
    buf[e] = b'e';
    buf[e + 1] = if exponent < 0 { b'-' } else { b'+' };
    let exponent = exponent.unsigned_abs();
    buf[e + 2] = b'0' + (exponent / 100) as u8;
    buf[e + 3] = b'0' + (exponent / 10 % 10) as u8;
    buf[e + 4] = b'0' + (exponent % 10) as u8;
    buf
}

#[unsafe(no_mangle)]
pub extern "C" fn rgort_printlock() {
    lock();
}

#[unsafe(no_mangle)]
pub extern "C" fn rgort_printunlock() {
    unlock();
}

#[unsafe(no_mangle)]
pub extern "C" fn rgort_printint(v: i64) {
    int(v);
}

#[unsafe(no_mangle)]
pub extern "C" fn rgort_printuint(v: u64) {
    uint(v);
}

/// `v` is 0 (false) or 1 (true).
#[unsafe(no_mangle)]
pub extern "C" fn rgort_printbool(v: u64) {
    string(if v != 0 { b"true" } else { b"false" });
}

/// A Go string: `len` bytes at `ptr` (which may be null when `len` is 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_printstring(ptr: *const u8, len: usize) {
    if len != 0 {
        string(slice::from_raw_parts(ptr, len));
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn rgort_printsp() {
    string(b" ");
}

#[unsafe(no_mangle)]
pub extern "C" fn rgort_printnl() {
    string(b"\n");
}

#[unsafe(no_mangle)]
pub extern "C" fn rgort_printfloat(v: f64) {
    float(v);
}

#[unsafe(no_mangle)]
pub extern "C" fn rgort_printcomplex(re: f64, im: f64) {
    complex(re, im);
}

#[unsafe(no_mangle)]
pub extern "C" fn rgort_printpointer(p: u64) {
    hex(p);
}

#[unsafe(no_mangle)]
pub extern "C" fn rgort_printhex(v: u64) {
    hex(v);
}

#[cfg(test)]
mod tests;
