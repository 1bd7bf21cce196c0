//! Slices: make and append's growth (Go's runtime/slice.go).
//!
//! A slice is `SliceHeader` {ptr, len, cap}. `append` that needs more room
//! than the capacity calls `rgort_growslice`, which picks the new capacity
//! by Go 1.19's rule, so `cap()` after appends prints what gc prints:
//!
//! 1. If the needed length is more than double the old capacity, the new
//!    capacity is the needed length.
//! 2. Otherwise, below a capacity of 256 the capacity doubles; from 256 on
//!    it grows by `(cap + 3*256) / 4` until it is enough, a smooth passage
//!    from doubling to growing by 1.25x. (Should that overflow, the new
//!    capacity is the needed length.)
//! 3. The byte size, capacity times element size, is rounded up to the
//!    allocator's block size (`roundupsize`: the size class, or whole pages
//!    for large arrays), and the capacity becomes as many elements as fit
//!    in the block.
//!
//! Go computes step 3 separately for element sizes 1, 8 (the pointer size)
//! and other powers of two only to use shifts instead of multiplications;
//! all three are the power-of-two case here. A byte size above `MAX_ALLOC`
//! (or one that overflows) panics `growslice: cap out of range`.
//!
//! The old elements are copied; for element types without pointers only
//! the part beyond the new length is cleared (append writes the rest), as
//! Go does, while arrays with pointers come zeroed whole, so the garbage
//! collector never sees stale pointers.

use crate::malloc::{mallocgc, roundupsize, MAX_ALLOC};
use crate::mem::{memmove, memset};
use crate::panic::panic_error;
use crate::types::{TypeDesc, NOSCAN};

/// A Go slice.
#[repr(C)]
pub struct SliceHeader {
    pub ptr: *mut u8,
    pub len: usize,
    pub cap: usize,
}

/// The capacity append gives a slice of `elemsize`-byte elements whose
/// capacity `oldcap` is short of `newlen` (`noscan`: the elements hold no
/// pointers), with the byte size of the array to allocate; None if that is
/// larger than anything allocatable.
pub fn grow_capacity(oldcap: i64, newlen: i64, elemsize: usize, noscan: bool) -> Option<(usize, usize)> {
    // Go computes in int and relies on its wrap-around; so does this.
    const THRESHOLD: i64 = 256;
    let doublecap = oldcap.wrapping_add(oldcap);
    let mut newcap = oldcap;
    if newlen > doublecap {
        newcap = newlen;
    } else if oldcap < THRESHOLD {
        newcap = doublecap;
    } else {
        while 0 < newcap && newcap < newlen {
            newcap = newcap.wrapping_add((newcap + 3 * THRESHOLD) / 4);
        }
        if newcap <= 0 {
            newcap = newlen;
        }
    }

    let newcap = newcap as usize;
    let (capmem, overflow) = if elemsize.is_power_of_two() {
        let shift = elemsize.trailing_zeros();
        let capmem = roundupsize(newcap << shift, noscan);
        (capmem, newcap > MAX_ALLOC >> shift)
    } else {
        match newcap.checked_mul(elemsize) {
            Some(bytes) => (roundupsize(bytes, noscan), false),
            None => (0, true),
        }
    };
    if overflow || capmem > MAX_ALLOC {
        return None;
    }
    Some((capmem / elemsize, capmem))
}

/// append's slow path (Go's `growslice`): a new array for the slice
/// `oldptr[:oldlen:oldcap]` of `elem` elements grown to hold `newlen`
/// elements (more than `oldcap`), holding a copy of the old elements.
/// Stores {array, newlen, new capacity} at `out`; the elements from
/// `oldlen` to `newlen` are for the caller to write.
///
/// # Safety
/// `out` is writable, `elem` points to a type descriptor and `oldptr`
/// holds `oldlen` elements.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_growslice(
    out: *mut SliceHeader,
    oldptr: *mut u8,
    oldlen: i64,
    oldcap: i64,
    newlen: i64,
    elem: *const TypeDesc,
) {
    if newlen < oldcap {
        growslice_out_of_range()
    }
    let elem = &*elem;
    if elem.size == 0 {
        // Only the length matters; any non-null pointer will do.
        let ptr = mallocgc(0, &NOSCAN, false);
        out.write(SliceHeader { ptr, len: newlen as usize, cap: newlen as usize });
        return;
    }
    let Some((newcap, capmem)) = grow_capacity(oldcap, newlen, elem.size, elem.noscan()) else {
        growslice_out_of_range()
    };
    let lenmem = oldlen as usize * elem.size;
    let array = if elem.noscan() {
        let array = mallocgc(capmem, &NOSCAN, false);
        let newlenmem = newlen as usize * elem.size;
        memset(array.add(newlenmem), 0, capmem - newlenmem);
        array
    } else {
        mallocgc(capmem, elem, true)
    };
    memmove(array, oldptr, lenmem);
    out.write(SliceHeader { ptr: array, len: newlen as usize, cap: newcap });
}

fn growslice_out_of_range() -> ! {
    panic_error(b"runtime error: growslice: cap out of range")
}

/// `make([]T, len, cap)` (Go's `makeslice`): a zeroed array of `cap`
/// elements of type `elem`, after Go's checks.
///
/// # Safety
/// `elem` points to a type descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_makeslice(elem: *const TypeDesc, len: i64, cap: i64) -> *mut u8 {
    let size = (*elem).size;
    let bytes = |n: i64| size.checked_mul(n as usize).filter(|&b| b <= MAX_ALLOC);
    match bytes(cap) {
        Some(mem) if 0 <= len && len <= cap => mallocgc(mem, elem, true),
        // Asking for too much through the length alone reports the
        // length, even though the capacity (the same) is too big too.
        _ if len < 0 || bytes(len).is_none() => panic_error(b"runtime error: makeslice: len out of range"),
        _ => panic_error(b"runtime error: makeslice: cap out of range"),
    }
}

#[cfg(test)]
mod tests;
