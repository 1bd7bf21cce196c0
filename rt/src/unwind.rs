//! Resuming in the frame that recovers a panic.
//!
//! In a function that defers, the compiler makes each call a Cranelift
//! `try_call` (runtime calls go through small thunks with Go's convention)
//! whose handler runs the function's remaining deferred calls and returns
//! its results. The table of call sites (`callsite`) gives, for each, the
//! handler's address and the distance from the frame pointer down to the
//! stack pointer at the call. To resume in the function whose frame pointer is
//! `frame`, the runtime walks the frame-pointer chain from its own frame up
//! to the frame that function called; that frame's return address names
//! the call site. It then jumps to the handler with the stack pointer, the
//! frame pointer and g set (`sys::resume_at`). A `try_call` to Go's
//! convention clobbers every register, so nothing else needs restoring,
//! and the frames dropped hold nothing to release.

use crate::callsite;
use crate::goroutine::G;
use crate::panic::throw;
use crate::print;
use crate::sys;

#[cfg(not(test))]
extern "C" {
    static rgo_wrapper_table: WrapperTable;
}

/// The compiler's wrappers (method values, method expressions, itab
/// functions): each function's address and code size.
#[repr(C)]
struct WrapperTable {
    n: u64,
    funcs: [CodeRange; 0],
}

#[repr(C)]
struct CodeRange {
    start: usize,
    size: usize,
}

/// Whether `pc` is in the code of a wrapper.
pub fn in_wrapper(pc: usize) -> bool {
    #[cfg(not(test))]
    // SAFETY: emitted by the compiler with `n` entries.
    let funcs = unsafe {
        let table = &rgo_wrapper_table;
        core::slice::from_raw_parts(table.funcs.as_ptr(), table.n as usize)
    };
    #[cfg(test)]
    let funcs: &[CodeRange] = &[];
    funcs.iter().any(|f| (f.start..f.start + f.size).contains(&pc))
}

/// Resumes at the handler of the call that the function whose frame
/// pointer is `frame` is making, with `g` as the running goroutine.
///
/// # Safety
/// `frame` is the frame of a Go function below which this runs.
pub unsafe fn resume(frame: usize, g: *mut G) -> ! {
    let mut fp = sys::frame_pointer();
    while fp != 0 && *(fp as *const usize) != frame {
        fp = *(fp as *const usize);
    }
    if fp == 0 {
        throw(b"recovering frame not found", || {});
    }
    let ret = *((fp + 8) as *const usize);
    let Some((site, handler)) = callsite::lookup(ret).and_then(|s| Some((s, s.handler()?))) else {
        throw(b"no handler for the recovering call", || {
            print::string(b"pc=");
            print::hex(ret as u64);
            print::string(b"\n");
        })
    };
    sys::resume_at(handler, frame - site.frame_offset as usize, frame, g)
}
