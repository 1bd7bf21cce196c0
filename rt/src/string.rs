//! Go strings: a pointer and a length, immutable, not necessarily UTF-8.

use crate::mem::memcmp;

/// Compares two strings bytewise as Go orders them: -1, 0 or 1.
///
/// # Safety
/// Each pointer must be valid for reads of its length (or the length is 0).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_cmpstring(
    a: *const u8,
    alen: usize,
    b: *const u8,
    blen: usize,
) -> i64 {
    let common = alen.min(blen);
    let order = if common == 0 {
        0
    } else {
        unsafe { memcmp(a, b, common) }
    };
    match order {
        0 => (alen > blen) as i64 - (alen < blen) as i64,
        o if o < 0 => -1,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::rgort_cmpstring;

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
}
