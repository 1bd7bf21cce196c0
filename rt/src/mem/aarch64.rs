//! aarch64 copies and fills: 16 bytes per iteration with load/store pair
//! (unaligned accesses to normal memory are allowed), then single bytes.

use core::arch::asm;

/// Copies `n` bytes from `src` to `dst`, lowest address first.
pub unsafe fn copy_forward(dst: *mut u8, src: *const u8, n: usize) {
    asm!("cmp {n}, #16",
         "b.lo 2f",
         "1:",
         "ldp {a}, {b}, [{src}], #16",
         "stp {a}, {b}, [{dst}], #16",
         "sub {n}, {n}, #16",
         "cmp {n}, #16",
         "b.hs 1b",
         "2:",
         "cbz {n}, 4f",
         "3:",
         "ldrb {a:w}, [{src}], #1",
         "strb {a:w}, [{dst}], #1",
         "subs {n}, {n}, #1",
         "b.ne 3b",
         "4:",
         n = inout(reg) n => _, dst = inout(reg) dst => _, src = inout(reg) src => _,
         a = out(reg) _, b = out(reg) _,
         options(nostack));
}

/// Copies `n` bytes from `src` to `dst`, highest address first.
pub unsafe fn copy_backward(dst: *mut u8, src: *const u8, n: usize) {
    asm!("add {src}, {src}, {n}",
         "add {dst}, {dst}, {n}",
         "cmp {n}, #16",
         "b.lo 2f",
         "1:",
         "ldp {a}, {b}, [{src}, #-16]!",
         "stp {a}, {b}, [{dst}, #-16]!",
         "sub {n}, {n}, #16",
         "cmp {n}, #16",
         "b.hs 1b",
         "2:",
         "cbz {n}, 4f",
         "3:",
         "ldrb {a:w}, [{src}, #-1]!",
         "strb {a:w}, [{dst}, #-1]!",
         "subs {n}, {n}, #1",
         "b.ne 3b",
         "4:",
         n = inout(reg) n => _, dst = inout(reg) dst => _, src = inout(reg) src => _,
         a = out(reg) _, b = out(reg) _,
         options(nostack));
}

/// Sets `n` bytes at `dst` to `byte`.
pub unsafe fn fill(dst: *mut u8, byte: u8, n: usize) {
    let pattern = u64::from(byte) * 0x0101_0101_0101_0101;
    asm!("cmp {n}, #16",
         "b.lo 2f",
         "1:",
         "stp {p}, {p}, [{dst}], #16",
         "sub {n}, {n}, #16",
         "cmp {n}, #16",
         "b.hs 1b",
         "2:",
         "cbz {n}, 4f",
         "3:",
         "strb {p:w}, [{dst}], #1",
         "subs {n}, {n}, #1",
         "b.ne 3b",
         "4:",
         n = inout(reg) n => _, dst = inout(reg) dst => _, p = in(reg) pattern,
         options(nostack));
}
