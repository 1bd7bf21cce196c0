//! Goroutine stacks.
//!
//! A stack is one anonymous mapping, reserved but not committed
//! (MAP_NORESERVE: pages cost memory only once touched):
//!
//!   base            lo              lo + STACK_REDZONE              hi
//!   | guard         | redzone       | frames                        |
//!   | (PROT_NONE)   |               |              <- SP grows down |
//!                                   ^ G.stackguard0
//!
//! Every Go function prologue compares SP with `G.stackguard0` and calls
//! `rgort_morestack` when it is below. Cranelift allocates the frame before
//! that check, and runtime functions called from Go run on the same stack, so
//! the redzone must hold the largest Go frame plus the deepest runtime call
//! chain made from Go; the guard page below turns anything larger into a
//! fault instead of silent corruption.
//!
//! Stacks do not grow yet: the main goroutine gets Go's maximum stack size
//! up front, so reaching the redzone is Go's "stack exceeds limit" fatal
//! error. `rgort_morestack` (sys/<arch>.rs) is entered with SP inside the
//! redzone, so before running any Rust code it moves to the system stack:
//! the stack the kernel started the process on, whose top below the
//! runtime's frames is saved in `SYSTEM_SP` when the main goroutine starts.

use crate::goroutine::G;
use crate::panic::throw;
use crate::print;
use crate::sys;
use core::sync::atomic::AtomicUsize;

/// Go's limit on a goroutine's stack on 64-bit targets (runtime.maxstacksize).
pub const MAX_STACK_SIZE: usize = 1_000_000_000;

/// Space below `stackguard0` for the frame whose prologue detects overflow
/// and for the runtime calls Go code makes.
pub const STACK_REDZONE: usize = 64 << 10;

/// The inaccessible range below each stack: a multiple of every page size
/// Linux uses on both targets (4, 16 or 64 KB).
const GUARD_SIZE: usize = 64 << 10;

/// Stack size rounded up to whole guard-size units, so `hi` is page aligned.
const STACK_SIZE: usize = MAX_STACK_SIZE.next_multiple_of(GUARD_SIZE);

/// Stack pointer at the top of the free part of the main thread's system
/// stack. Written by `run_goroutine`, read by `rgort_morestack`.
pub static SYSTEM_SP: AtomicUsize = AtomicUsize::new(0);

/// The address range of a goroutine stack.
#[derive(Clone, Copy)]
pub struct Stack {
    pub lo: usize,
    pub hi: usize,
}

/// Reserves a full-size stack with its guard.
pub fn reserve_stack() -> Stack {
    let reservation = GUARD_SIZE + STACK_SIZE;
    let base =
        sys::mmap_anonymous(reservation, sys::PROT_READ | sys::PROT_WRITE, sys::MAP_PRIVATE | sys::MAP_NORESERVE)
            .unwrap_or_else(|errno| reservation_failed(b"mmap", errno));
    // SAFETY: the range is the start of the mapping just created and
    // nothing refers to it yet.
    if let Err(errno) = unsafe { sys::mprotect(base, GUARD_SIZE, sys::PROT_NONE) } {
        reservation_failed(b"mprotect", errno)
    }
    Stack { lo: base + GUARD_SIZE, hi: base + reservation }
}

fn reservation_failed(syscall: &[u8], errno: sys::Errno) -> ! {
    print::lock();
    print::string(b"runtime: cannot reserve a goroutine stack: ");
    print::string(syscall);
    print::string(b" failed with errno ");
    print::uint(errno.0 as u64);
    print::string(b"\n");
    throw(b"out of memory", || print::string(b"rgort.reserve_stack()\n"))
}

/// Reports Go's stack overflow fatal error. Called on the system stack by
/// `rgort_morestack` with the overflowing goroutine, its stack pointer and
/// the pc of the function whose prologue check failed.
pub unsafe extern "C" fn stack_overflow(g: *const G, sp: usize, pc: usize) -> ! {
    let g = &*g;
    print::lock();
    print::string(b"runtime: goroutine stack exceeds ");
    print::uint(MAX_STACK_SIZE as u64);
    print::string(b"-byte limit\n");
    print::string(b"runtime: sp=");
    print::hex(sp as u64);
    print::string(b" stack=[");
    print::hex(g.stack_lo as u64);
    print::string(b", ");
    print::hex(g.stack_hi as u64);
    print::string(b"]\n");
    throw(b"stack overflow", || {
        print::string(b"rgort_morestack()\n\tcalled from pc=");
        print::hex(pc as u64);
        print::string(b"\n");
    })
}
