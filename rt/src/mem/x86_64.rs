//! x86_64 copies and fills with the string instructions, which modern cores
//! run as fast block moves (ERMS). The direction flag is clear on entry and
//! exit, as the ABI requires.

use core::arch::asm;

/// Copies `n` bytes from `src` to `dst`, lowest address first.
pub unsafe fn copy_forward(dst: *mut u8, src: *const u8, n: usize) {
    asm!("rep movsb",
         inout("rcx") n => _, inout("rdi") dst => _, inout("rsi") src => _,
         options(nostack, preserves_flags));
}

/// Copies `n` bytes from `src` to `dst`, highest address first: the `n % 8`
/// bytes at the end one at a time, then the rest eight at a time.
pub unsafe fn copy_backward(dst: *mut u8, src: *const u8, n: usize) {
    asm!("std",
         "lea rsi, [rsi + rcx - 1]",
         "lea rdi, [rdi + rcx - 1]",
         "mov rdx, rcx",
         "and rcx, 7",
         "rep movsb",
         "sub rsi, 7",
         "sub rdi, 7",
         "mov rcx, rdx",
         "shr rcx, 3",
         "rep movsq",
         "cld",
         inout("rcx") n => _, inout("rdi") dst => _, inout("rsi") src => _, out("rdx") _,
         options(nostack));
}

/// Sets `n` bytes at `dst` to `byte`.
pub unsafe fn fill(dst: *mut u8, byte: u8, n: usize) {
    asm!("rep stosb",
         inout("rcx") n => _, inout("rdi") dst => _, in("al") byte,
         options(nostack, preserves_flags));
}
