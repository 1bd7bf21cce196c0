//! The roots of marking: the Go globals (precisely, by the compiler's
//! table), the runtime's own variables that hold heap objects, the running
//! goroutine's deferred calls, and its stack (`stack`).

use super::mark::WorkList;
use super::stack;
use crate::goroutine;

/// A global that may hold pointers (compiler/src/codegen/globals.rs).
#[repr(C)]
struct GlobalRoot {
    addr: usize,
    words: u32,
    /// Offset of its pointer bitmap from the table's start.
    bitmap: u32,
}

#[repr(C)]
struct GlobalRoots {
    n: u64,
    roots: [GlobalRoot; 0],
}

#[cfg(not(test))]
extern "C" {
    static rgo_global_roots: GlobalRoots;
}

/// Marks from every root; `sp` and `fp` are the stack and frame pointers
/// of the collector's frame, which holds the saved registers.
pub fn scan(work: &mut WorkList, sp: usize, fp: usize) {
    globals(work);
    for root in [crate::defer::free_records(), crate::iface::cache::table()] {
        work.mark(root);
    }
    let g = goroutine::current();
    if g.is_null() {
        return;
    }
    // SAFETY: the running goroutine, its chain of deferred calls, and the
    // part of its stack in use.
    unsafe {
        let mut record = (*g).defers;
        while !record.is_null() {
            // Heap records are objects; the frame's stack map covers the
            // others.
            work.mark(record as usize);
            record = (*record).link as *mut crate::defer::Record;
        }
        let (lo, hi) = ((*g).stack_lo, (*g).stack_hi);
        if lo <= sp && sp < hi {
            stack::scan(work, sp, fp, lo, hi);
        }
    }
}

/// Marks what the Go globals point to, by their pointer bitmaps.
fn globals(work: &mut WorkList) {
    #[cfg(not(test))]
    // SAFETY: the compiler's table: `n` entries, then their bitmaps.
    unsafe {
        let table = &rgo_global_roots;
        let base = table as *const GlobalRoots as *const u8;
        for root in core::slice::from_raw_parts(table.roots.as_ptr(), table.n as usize) {
            let bitmap = base.add(root.bitmap as usize);
            for w in 0..root.words as usize {
                if *bitmap.add(w / 8) & (1 << (w % 8)) != 0 {
                    work.mark(*((root.addr + 8 * w) as *const usize));
                }
            }
        }
    }
    #[cfg(test)]
    let _ = work;
}
