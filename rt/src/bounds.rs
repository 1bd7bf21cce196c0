//! Index and slice bounds errors (Go's `boundsError`, runtime/error.go).
//!
//! The compiler checks every index and slice expression and, when a check
//! fails, calls the entry point for that check with the offending value `x`
//! and the bound `y` it violated:
//!
//! | entry point                | expression | message (after `runtime error: `)              |
//! |----------------------------|------------|------------------------------------------------|
//! | `rgort_panic_index`        | `s[x]`     | `index out of range [x] with length y`         |
//! | `rgort_panic_slice_alen`   | `s[:x]`    | `slice bounds out of range [:x] with length y`  |
//! | `rgort_panic_slice_acap`   | `s[:x]`    | `slice bounds out of range [:x] with capacity y` |
//! | `rgort_panic_slice_b`      | `s[x:y]`   | `slice bounds out of range [x:y]`               |
//! | `rgort_panic_slice_3alen`  | `s[::x]`   | `slice bounds out of range [::x] with length y` |
//! | `rgort_panic_slice_3acap`  | `s[::x]`   | `slice bounds out of range [::x] with capacity y` |
//! | `rgort_panic_slice_3b`     | `s[:x:y]`  | `slice bounds out of range [:x:y]`              |
//! | `rgort_panic_slice_3c`     | `s[x:y:]`  | `slice bounds out of range [x:y:]`              |
//! | `rgort_panic_slice_convert`| `[x]T(s)`, `(*[x]T)(s)` | `cannot convert slice with length y to array or pointer to array with length x` |
//!
//! (`alen` checks a high bound against the length of a string or array,
//! `acap` against a slice's capacity.) `x` and `y` are 64-bit; `y` is
//! always printed signed. A signed `x` that is negative makes the message
//! name it alone, e.g. `index out of range [-1]`. Each entry point except
//! the conversion has a `_u` twin for an unsigned index type, whose `x`
//! prints as unsigned: `uint(1<<63)` is `9223372036854775808`, not negative.

use crate::panic::panic_error;
use crate::print::{format_uint, DECIMAL_LEN};

#[derive(Clone, Copy)]
enum Bounds {
    Index,
    SliceAlen,
    SliceAcap,
    SliceB,
    Slice3Alen,
    Slice3Acap,
    Slice3B,
    Slice3C,
    SliceConvert,
}

impl Bounds {
    /// Go's format (`%x` and `%y` stand for the values), and the one for a
    /// negative `x`, which leaves `y` out.
    fn formats(self) -> (&'static [u8], &'static [u8]) {
        match self {
            Bounds::Index => (b"index out of range [%x] with length %y", b"index out of range [%x]"),
            Bounds::SliceAlen => {
                (b"slice bounds out of range [:%x] with length %y", b"slice bounds out of range [:%x]")
            }
            Bounds::SliceAcap => {
                (b"slice bounds out of range [:%x] with capacity %y", b"slice bounds out of range [:%x]")
            }
            Bounds::SliceB => (b"slice bounds out of range [%x:%y]", b"slice bounds out of range [%x:]"),
            Bounds::Slice3Alen => {
                (b"slice bounds out of range [::%x] with length %y", b"slice bounds out of range [::%x]")
            }
            Bounds::Slice3Acap => {
                (b"slice bounds out of range [::%x] with capacity %y", b"slice bounds out of range [::%x]")
            }
            Bounds::Slice3B => (b"slice bounds out of range [:%x:%y]", b"slice bounds out of range [:%x:]"),
            Bounds::Slice3C => (b"slice bounds out of range [%x:%y:]", b"slice bounds out of range [%x::]"),
            Bounds::SliceConvert => {
                let format: &[u8] = b"cannot convert slice with length %y to array or pointer to array with length %x";
                (format, format)
            }
        }
    }
}

/// Longest message: `runtime error: ` and the longest format, with 20
/// characters for `x` and 20 for `y`.
const MESSAGE_LEN: usize = 160;

struct Message {
    bytes: [u8; MESSAGE_LEN],
    len: usize,
}

impl Message {
    fn push(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        if let Some(dst) = self.bytes.get_mut(self.len..end) {
            dst.copy_from_slice(bytes);
            self.len = end;
        }
    }

    fn push_int(&mut self, v: i64, signed: bool) {
        if signed && v < 0 {
            self.push(b"-");
        }
        let magnitude = if signed { v.unsigned_abs() } else { v as u64 };
        self.push(format_uint(magnitude, &mut [0; DECIMAL_LEN]));
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// The panic message of a failed bounds check (Go's `boundsError.Error`).
fn message(check: Bounds, x: i64, signed: bool, y: i64) -> Message {
    let (format, negative_format) = check.formats();
    let format = if signed && x < 0 { negative_format } else { format };
    let mut message = Message { bytes: [0; MESSAGE_LEN], len: 0 };
    message.push(b"runtime error: ");
    let mut parts = format.split(|&b| b == b'%');
    if let Some(first) = parts.next() {
        message.push(first);
    }
    for part in parts {
        match part.split_first() {
            Some((b'x', rest)) => {
                message.push_int(x, signed);
                message.push(rest);
            }
            Some((_, rest)) => {
                message.push_int(y, true);
                message.push(rest);
            }
            None => {}
        }
    }
    message
}

fn panic_bounds(check: Bounds, x: i64, signed: bool, y: i64) -> ! {
    panic_error(message(check, x, signed, y).as_bytes())
}

/// Defines the signed and unsigned entry points of each check.
macro_rules! bounds_entry_points {
    ($($check:ident: $signed:ident, $unsigned:ident;)*) => {$(
        #[unsafe(no_mangle)]
        pub extern "C" fn $signed(x: i64, y: i64) -> ! {
            panic_bounds(Bounds::$check, x, true, y)
        }

        #[unsafe(no_mangle)]
        pub extern "C" fn $unsigned(x: u64, y: i64) -> ! {
            panic_bounds(Bounds::$check, x as i64, false, y)
        }
    )*};
}

bounds_entry_points! {
    Index: rgort_panic_index, rgort_panic_index_u;
    SliceAlen: rgort_panic_slice_alen, rgort_panic_slice_alen_u;
    SliceAcap: rgort_panic_slice_acap, rgort_panic_slice_acap_u;
    SliceB: rgort_panic_slice_b, rgort_panic_slice_b_u;
    Slice3Alen: rgort_panic_slice_3alen, rgort_panic_slice_3alen_u;
    Slice3Acap: rgort_panic_slice_3acap, rgort_panic_slice_3acap_u;
    Slice3B: rgort_panic_slice_3b, rgort_panic_slice_3b_u;
    Slice3C: rgort_panic_slice_3c, rgort_panic_slice_3c_u;
}

/// Converting a slice of length `y` to a pointer to an array of length `x`.
#[unsafe(no_mangle)]
pub extern "C" fn rgort_panic_slice_convert(x: i64, y: i64) -> ! {
    panic_bounds(Bounds::SliceConvert, x, true, y)
}

/// A range-over-func iterator misbehaved: it called the loop body again
/// in state `state` (`abi.RF_*` as gc numbers them), or it recovered a
/// panic of the body (`RF_MISSING_PANIC`).
#[unsafe(no_mangle)]
pub extern "C" fn rgort_panic_rangestate(state: i64) -> ! {
    let message: &[u8] = match state {
        0 => b"runtime error: range function continued iteration after function for loop body returned false",
        2 => b"runtime error: range function continued iteration after loop body panic",
        3 => b"runtime error: range function continued iteration after whole loop exit",
        4 => b"runtime error: range function recovered a loop body panic and did not resume panicking",
        _ => b"runtime error: range function called in an unexpected state",
    };
    panic_error(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(check: Bounds, x: i64, signed: bool, y: i64) -> String {
        String::from_utf8(message(check, x, signed, y).as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn messages_are_go_1_19s() {
        use Bounds::*;
        // Go 1.19's panics for the same expressions, with a signed index.
        let cases = [
            (Index, 5, 3, "index out of range [5] with length 3"),
            (Index, -1, 3, "index out of range [-1]"),
            (SliceAlen, 4, 3, "slice bounds out of range [:4] with length 3"),
            (SliceAcap, 9, 8, "slice bounds out of range [:9] with capacity 8"),
            (SliceAcap, -2, 8, "slice bounds out of range [:-2]"),
            (SliceB, 3, 2, "slice bounds out of range [3:2]"),
            (SliceB, -1, 2, "slice bounds out of range [-1:]"),
            (Slice3Alen, 6, 5, "slice bounds out of range [::6] with length 5"),
            (Slice3Acap, 6, 4, "slice bounds out of range [::6] with capacity 4"),
            (Slice3B, 4, 3, "slice bounds out of range [:4:3]"),
            (Slice3B, -4, 3, "slice bounds out of range [:-4:]"),
            (Slice3C, 2, 1, "slice bounds out of range [2:1:]"),
            (Slice3C, -9, 1, "slice bounds out of range [-9::]"),
            (SliceConvert, 4, 3, "cannot convert slice with length 3 to array or pointer to array with length 4"),
        ];
        for (check, x, y, expected) in cases {
            assert_eq!(text(check, x, true, y), format!("runtime error: {expected}"));
        }
        // An unsigned index is never negative.
        assert_eq!(
            text(Index, i64::MIN, false, 3),
            "runtime error: index out of range [9223372036854775808] with length 3"
        );
    }

    #[test]
    fn the_longest_message_fits() {
        let longest = text(Bounds::Slice3Acap, i64::MIN, true, i64::MIN);
        assert!(longest.ends_with("[::-9223372036854775808]"));
        let longest = text(Bounds::SliceConvert, i64::MIN, true, i64::MIN);
        assert!(longest
            .ends_with("length -9223372036854775808 to array or pointer to array with length -9223372036854775808"));
        let longest = text(Bounds::Slice3Acap, -1, false, i64::MIN);
        assert!(longest.ends_with("[::18446744073709551615] with capacity -9223372036854775808"));
    }
}
