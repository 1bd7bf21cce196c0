//! The C memory functions: memcpy, memmove, memset, memcmp and bcmp.
//!
//! Without libc something must define them: rustc and LLVM emit calls to
//! them for copies, fills and comparisons, in the runtime and in compiled Go
//! code alike. Their bodies must not be written as plain byte loops, because
//! LLVM recognises such loops and replaces them with a call to the very
//! function being defined. Copies and fills are therefore assembly
//! (mem/<arch>.rs); comparisons work a word at a time, which LLVM does not
//! turn back into a call.
//!
//! In unit tests the functions keep Rust names, so the test binary still
//! uses the C library's and these are tested like any other code.

#[cfg(target_arch = "aarch64")]
mod aarch64;
#[cfg(target_arch = "x86_64")]
mod x86_64;

#[cfg(target_arch = "aarch64")]
use aarch64 as arch;
#[cfg(target_arch = "x86_64")]
use x86_64 as arch;

use core::ptr::read_unaligned;

#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memcpy(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    arch::copy_forward(dst, src, n);
    dst
}

#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memmove(dst: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    // Copying forward is safe unless dst lies inside the source.
    if (dst as usize).wrapping_sub(src as usize) >= n {
        arch::copy_forward(dst, src, n);
    } else {
        arch::copy_backward(dst, src, n);
    }
    dst
}

#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memset(dst: *mut u8, c: i32, n: usize) -> *mut u8 {
    arch::fill(dst, c as u8, n);
    dst
}

/// Compares bytes in order: negative, zero or positive as the first
/// differing byte of `a` is smaller, absent or larger (unsigned).
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    while n - i >= 8 {
        // Big-endian words order like their bytes.
        let x = u64::from_be(read_unaligned(a.add(i) as *const u64));
        let y = u64::from_be(read_unaligned(b.add(i) as *const u64));
        if x != y {
            return if x < y { -1 } else { 1 };
        }
        i += 8;
    }
    while i < n {
        let (x, y) = (*a.add(i), *b.add(i));
        if x != y {
            return x as i32 - y as i32;
        }
        i += 1;
    }
    0
}

/// Zero when the `n` bytes at `a` and `b` are equal, non-zero otherwise.
#[cfg_attr(not(test), unsafe(no_mangle))]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    let mut i = 0;
    while n - i >= 8 {
        let x = read_unaligned(a.add(i) as *const u64);
        let y = read_unaligned(b.add(i) as *const u64);
        if x != y {
            return 1;
        }
        i += 8;
    }
    while i < n {
        if *a.add(i) != *b.add(i) {
            return 1;
        }
        i += 1;
    }
    0
}

#[cfg(test)]
mod tests;
