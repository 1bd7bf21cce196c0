//! Deferred calls: a chain of records, newest first, for the one goroutine.
//!
//! `defer f(args)` evaluates `f` and the arguments into a closure that the
//! compiler makes, and `rgort_deferproc` pushes a record of it. A function
//! that defers notes the chain's head on entry (`rgort_deferhead`); each of
//! its returns runs and pops the records above that head
//! (`rgort_deferreturn`). A panic runs every record left before it prints
//! (`run_for_panic`): with no `recover` yet, nothing is unwound, so the
//! deferred calls run on top of the panicking frames, as in Go.
//!
//! The runtime calls a closure through `call`, a function the compiler
//! emits with the C calling convention that installs `g` in the pinned
//! register and calls the closure with Go's convention.
//!
//! Records come from the allocator untyped and are reused once run; the
//! collector will have to scan the chain as a root.

use crate::malloc::mallocgc;
use core::ptr::null_mut;

/// `call(g, closure)`: runs a deferred closure.
type CallDeferred = unsafe extern "C" fn(g: *mut u8, closure: *const u8);

#[repr(C)]
struct Defer {
    closure: *const u8,
    call: CallDeferred,
    g: *mut u8,
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

/// Pushes a deferred call of `closure` (a `func()`), run by `call` on `g`.
///
/// # Safety
/// `closure` is a Go closure of type `func()`, `call` the compiler's
/// trampoline and `g` the current goroutine.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_deferproc(closure: *const u8, call: CallDeferred, g: *mut u8) {
    let d = if FREE.is_null() {
        mallocgc(size_of::<Defer>(), core::ptr::null(), false) as *mut Defer
    } else {
        let d = FREE;
        FREE = (*d).link;
        d
    };
    d.write(Defer { closure, call, g, link: DEFERS });
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
    while DEFERS != head as *mut Defer && run_newest() {}
}

/// Runs every deferred call left, for a panic that nothing recovers.
pub fn run_for_panic() {
    // SAFETY: the records were pushed by `rgort_deferproc`.
    unsafe { while run_newest() {} }
}

/// Pops the newest record and runs it; false if there is none.
unsafe fn run_newest() -> bool {
    let d = DEFERS;
    if d.is_null() {
        return false;
    }
    let Defer { closure, call, g, link } = d.read();
    DEFERS = link;
    (*d).link = FREE;
    FREE = d;
    call(g, closure);
    true
}
