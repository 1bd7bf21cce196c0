//! Deferred calls: a chain of records, newest first, for the one goroutine.
//!
//! `defer f(args)` evaluates `f` and the arguments into a closure that the
//! compiler makes, and `rgort_deferproc` pushes a record of it with the
//! frame pointer of the function that deferred it. A function that defers
//! notes the chain's head on entry (`rgort_deferhead`); each of its
//! returns runs and pops the records above that head
//! (`rgort_deferreturn`). A panic pops and runs records itself (`pop`, see
//! `panic`): the deferred calls run on top of the panicking frames, as in
//! Go, and a record's frame is where execution resumes if its call
//! recovers.
//!
//! The runtime calls a closure through `call`, a function the compiler
//! emits with the C calling convention that installs `g` in the pinned
//! register, stores its own frame pointer in `*frame` (how `recover`
//! knows it is called by a deferred call that a panic runs) and calls the
//! closure with Go's convention.
//!
//! Records come from the allocator untyped and are reused once run; the
//! collector will have to scan the chain as a root.

use crate::goroutine::current;
use crate::malloc::mallocgc;
use core::ptr::null_mut;

/// `call(g, closure, frame)`: runs a deferred closure.
pub type CallDeferred = unsafe extern "C" fn(g: *mut u8, closure: *const u8, frame: *mut usize);

/// A deferred call, as a panic runs it.
#[derive(Clone, Copy)]
pub struct Deferred {
    pub closure: *const u8,
    pub call: CallDeferred,
    /// The frame pointer of the function that deferred the call.
    pub frame: usize,
}

#[repr(C)]
struct Defer {
    deferred: Deferred,
    link: *mut Defer,
}

static mut DEFERS: *mut Defer = null_mut();
/// Records already run, for `rgort_deferproc` to reuse.
static mut FREE: *mut Defer = null_mut();

/// The head of the chain, for the function about to defer to return to.
#[unsafe(no_mangle)]
pub extern "C" fn rgort_deferhead() -> *mut u8 {
    // SAFETY: one goroutine; the chain is only touched from it.
    unsafe { DEFERS as *mut u8 }
}

/// Pushes a deferred call of `closure` (a `func()`), run by `call`, for the
/// function whose frame pointer is `frame`.
///
/// # Safety
/// `closure` is a Go closure of type `func()` and `call` the compiler's
/// trampoline.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_deferproc(closure: *const u8, call: CallDeferred, frame: usize) {
    let d = if FREE.is_null() {
        mallocgc(size_of::<Defer>(), core::ptr::null(), false) as *mut Defer
    } else {
        let d = FREE;
        FREE = (*d).link;
        d
    };
    d.write(Defer { deferred: Deferred { closure, call, frame }, link: DEFERS });
    DEFERS = d;
}

/// Runs, newest first, the deferred calls pushed since the chain's head was
/// `head`.
///
/// # Safety
/// `head` is a value `rgort_deferhead` returned on this goroutine, still in
/// the chain.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_deferreturn(head: *mut u8) {
    // Not a panic's call: recover must not see the frame.
    let mut frame = 0;
    while DEFERS != head as *mut Defer {
        let Some(d) = pop() else { return };
        (d.call)(current() as *mut u8, d.closure, &mut frame);
    }
}

/// Pops the newest deferred call, if any.
pub fn pop() -> Option<Deferred> {
    // SAFETY: one goroutine; the records were pushed by `rgort_deferproc`.
    unsafe {
        let d = DEFERS;
        if d.is_null() {
            return None;
        }
        let deferred = (*d).deferred;
        DEFERS = (*d).link;
        (*d).link = FREE;
        FREE = d;
        Some(deferred)
    }
}
