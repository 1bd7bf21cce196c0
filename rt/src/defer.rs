//! Deferred calls: a chain of records, newest first, per goroutine
//! (`G::defers`).
//!
//! `defer f(args)` evaluates `f` and the arguments into a `func()` closure
//! that the compiler makes. A function whose `defer` statements each run
//! at most once per call (none in a loop) open-codes them, as Go does: on
//! entry it links a record of its own into the chain, in its frame, with a
//! slot per `defer` statement; a `defer` stores its closure in its slot
//! and sets the slot's bit; each return runs the closures whose bits are
//! set, last first, clearing each bit before the call, and unlinks the
//! record. All of that is inline code: no runtime call. Other functions
//! push a heap record per `defer` (`rgort_deferproc`), note the chain's
//! head on entry and have `rgort_deferreturn` run the records above it at
//! each return.
//!
//! A panic or `runtime.Goexit` takes the next deferred call from the chain
//! itself (`next`): the newest heap record, or the highest bit set in the
//! newest frame record (a frame record with no bit left is unlinked). The
//! deferred calls run on top of the panicking frames, and a record's frame
//! pointer says where execution resumes if the call recovers.
//!
//! The runtime calls a closure through `rgo_call_deferred(g, closure,
//! frame)`, which the compiler emits with the C calling convention: it
//! installs `g` in the pinned register, stores its own frame pointer in
//! `*frame` (how `recover` knows it is called by a deferred call that a
//! panic runs) and calls the closure with Go's convention.
//!
//! The body of a range-over-func loop is a closure that the iterator
//! calls, but a `defer` in it belongs to the function that contains the
//! loop. That function (always one with heap records) pushes an anchor
//! before the loop: a heap record without closure (`rgort_defer_anchor`).
//! The body's deferred calls are inserted right below the anchor
//! (`rgort_deferprocat`), so they run with the function's own deferred
//! calls, in Go's order, whatever the iterator pushed above the anchor
//! meanwhile. An anchor itself runs nothing.
//!
//! Heap records come from the allocator untyped and are reused once run;
//! the collector marks the chain and the free records as roots.

use crate::goroutine::{current, G};
use crate::malloc::mallocgc;
use core::mem::offset_of;
use core::ptr::null_mut;

#[cfg(not(test))]
extern "C" {
    fn rgo_call_deferred(g: *mut G, closure: *const u8, frame: *mut usize);
}

#[cfg(test)]
unsafe extern "C" fn rgo_call_deferred(_: *mut G, _: *const u8, _: *mut usize) {
    unreachable!("no Go code in unit tests")
}

/// Runs the deferred closure `closure` on the current goroutine; `frame`
/// receives the frame pointer of the call (see the header).
///
/// # Safety
/// `closure` is a `func()` closure.
pub unsafe fn call(closure: *const u8, frame: &mut usize) {
    rgo_call_deferred(current(), closure, frame)
}

/// A deferred call, as a panic runs it.
#[derive(Clone, Copy)]
pub struct Deferred {
    pub closure: *const u8,
    /// The frame pointer of the function that deferred the call.
    pub frame: usize,
}

/// The part common to both kinds of record.
#[repr(C)]
pub struct Record {
    pub link: *mut Record,
    /// The frame pointer of the function the record belongs to.
    frame: usize,
    /// `HEAP`, or the number of slots of a frame record.
    kind: usize,
}

const HEAP: usize = 0;

/// A record of one `defer` statement, on the heap.
#[repr(C)]
struct HeapRecord {
    record: Record,
    closure: *const u8,
}

/// The record of a function that open-codes its `defer` statements, in its
/// frame: the compiler writes it, at these offsets, and reads `bits` and
/// `closures` back on return.
#[repr(C)]
struct FrameRecord {
    record: Record,
    /// Bit i: slot i holds a closure still to run.
    bits: u64,
    closures: [*const u8; 0],
}

const _: () = assert!(offset_of!(Record, link) == 0);
const _: () = assert!(offset_of!(Record, frame) == 8);
const _: () = assert!(offset_of!(Record, kind) == 16);
const _: () = assert!(offset_of!(FrameRecord, bits) == 24);
const _: () = assert!(offset_of!(FrameRecord, closures) == 32);

/// Heap records already run, for `rgort_deferproc` to reuse.
static mut FREE: *mut HeapRecord = null_mut();

/// The first heap record free for reuse (a root of the collector's).
pub fn free_records() -> usize {
    // SAFETY: one thread runs the runtime.
    unsafe { FREE as usize }
}

/// Pushes a deferred call of `closure` (a `func()`) for the function whose
/// frame pointer is `frame`.
///
/// # Safety
/// `closure` is a Go closure of type `func()`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_deferproc(closure: *const u8, frame: usize) {
    let g = current();
    (*g).defers = heap_record((*g).defers, frame, closure) as *mut Record;
}

/// Pushes the anchor of the range-over-func loops of the function whose
/// frame pointer is `frame`, and returns it (see the header).
///
/// # Safety
/// Called by a function that defers with heap records.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_defer_anchor(frame: usize) -> *mut Record {
    let g = current();
    let anchor = heap_record((*g).defers, frame, core::ptr::null()) as *mut Record;
    (*g).defers = anchor;
    anchor
}

/// Defers `closure` (a `func()`) for the function that pushed `anchor`:
/// the record goes right below the anchor.
///
/// # Safety
/// `anchor` came from `rgort_defer_anchor` in a function still running.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_deferprocat(closure: *const u8, anchor: *mut Record) {
    (*anchor).link = heap_record((*anchor).link, (*anchor).frame, closure) as *mut Record;
}

/// A heap record, new or reused, linked to `link`.
unsafe fn heap_record(link: *mut Record, frame: usize, closure: *const u8) -> *mut HeapRecord {
    let d = if FREE.is_null() {
        mallocgc(size_of::<HeapRecord>(), core::ptr::null(), false) as *mut HeapRecord
    } else {
        let d = FREE;
        FREE = (*d).record.link as *mut HeapRecord;
        d
    };
    d.write(HeapRecord { record: Record { link, frame, kind: HEAP }, closure });
    d
}

/// Runs, newest first, the deferred calls of the heap records pushed since
/// the chain's head was `head`.
///
/// # Safety
/// `head` is the head of this goroutine's chain when the function about
/// to return was entered.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_deferreturn(head: *mut Record) {
    // Not a panic's call: recover must not see the frame.
    let mut frame = 0;
    while let Some(d) = next_above(head) {
        call(d.closure, &mut frame);
    }
}

/// Takes the next deferred call of the current goroutine, if any (see the
/// header).
pub fn next() -> Option<Deferred> {
    next_above(null_mut())
}

/// Takes the next deferred call of the current goroutine from the records
/// above `stop`, if any.
fn next_above(stop: *mut Record) -> Option<Deferred> {
    // SAFETY: the chain holds records the compiler and `rgort_deferproc`
    // made on this goroutine, in frames that are still live.
    unsafe {
        let g = current();
        loop {
            let r = (*g).defers;
            if r.is_null() || r == stop {
                return None;
            }
            let frame = (*r).frame;
            if (*r).kind == HEAP {
                let d = r as *mut HeapRecord;
                let closure = (*d).closure;
                (*g).defers = (*r).link;
                (*r).link = FREE as *mut Record;
                FREE = d;
                if closure.is_null() {
                    // An anchor.
                    continue;
                }
                return Some(Deferred { closure, frame });
            }
            let f = r as *mut FrameRecord;
            let bits = (*f).bits;
            if bits == 0 {
                (*g).defers = (*r).link;
                continue;
            }
            let slot = 63 - bits.leading_zeros() as usize;
            (*f).bits = bits & !(1 << slot);
            return Some(Deferred { closure: *(*f).closures.as_ptr().add(slot), frame });
        }
    }
}
