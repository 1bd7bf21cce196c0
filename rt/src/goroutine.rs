//! The goroutine descriptor.
//!
//! Generated code keeps a pointer to the running goroutine's `G` in the g
//! register (r15 on x86_64, x21 on aarch64: Cranelift's pinned register) and
//! reads `stackguard0` in every function prologue; functions that defer
//! read and write `defers`. The first four fields and their offsets are
//! ABI: the compiler emits them as constants.

use crate::defer::Record;
use crate::stack::{Stack, STACK_REDZONE};
use core::mem::offset_of;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicPtr, Ordering};

#[repr(C)]
pub struct G {
    /// A function whose stack pointer is below this calls `rgort_morestack`.
    pub stackguard0: usize,
    /// Lowest usable address of the goroutine's stack.
    pub stack_lo: usize,
    /// One past the highest address of the goroutine's stack.
    pub stack_hi: usize,
    /// The newest record of the chain of deferred calls (see `defer`).
    pub defers: *mut Record,
}

const _: () = assert!(offset_of!(G, stackguard0) == 0);
const _: () = assert!(offset_of!(G, stack_lo) == 8);
const _: () = assert!(offset_of!(G, stack_hi) == 16);
const _: () = assert!(offset_of!(G, defers) == 24);

impl G {
    /// A goroutine that runs on `stack`.
    pub fn new(stack: Stack) -> G {
        G { stackguard0: stack.lo + STACK_REDZONE, stack_lo: stack.lo, stack_hi: stack.hi, defers: null_mut() }
    }
}

/// The running goroutine (the only one until the scheduler exists).
static CURRENT: AtomicPtr<G> = AtomicPtr::new(core::ptr::null_mut());

/// Makes `g` the running goroutine.
pub fn set_current(g: *mut G) {
    CURRENT.store(g, Ordering::Relaxed);
}

/// The running goroutine.
pub fn current() -> *mut G {
    CURRENT.load(Ordering::Relaxed)
}

/// runtime.Goexit: runs the goroutine's deferred calls (for which
/// `recover` returns nil: no panic is running) and ends the goroutine. The
/// main goroutine is the only one, so none is left: Go's deadlock error.
#[unsafe(no_mangle)]
#[allow(non_snake_case)]
pub extern "C" fn rgort_runtime_Goexit() -> ! {
    let mut frame = 0;
    while let Some(d) = crate::defer::next() {
        // SAFETY: a deferred call pushed on this goroutine.
        unsafe { crate::defer::call(d.closure, &mut frame) };
    }
    crate::panic::throw_alone(b"no goroutines (main called runtime.Goexit) - deadlock!")
}
