//! The scan of the running goroutine's stack: Go frames precisely, by the
//! stack maps of the calls they are stopped at; everything else
//! conservatively: the runtime's frames, the registers the collector saved
//! in its own frame, a Go frame that a fault interrupted, and the frames
//! of the trampolines through which the runtime calls Go code (which save
//! every register of the runtime's there).
//!
//! The walk follows the frame-pointer chain up from the collector's frame.
//! For frame pointer fp, [fp] is the caller's frame pointer and [fp + 8]
//! the return address into the caller. If that address is a call in Go
//! code (`callsite`), the caller is a Go frame stopped at that call: its
//! stack pointer at the call is its frame pointer minus the site's frame
//! offset, whatever lies below that and is not scanned yet is scanned
//! conservatively, and the words the map lists precisely. A Go frame whose
//! own return address is not a Go call was called by the runtime: a
//! conservative stretch starts at its stack pointer.

use super::mark::WorkList;
use crate::callsite;

/// Scans the stack `lo..hi` from the collector's stack pointer `sp` and
/// frame pointer `fp` up.
///
/// # Safety
/// `sp` and `fp` belong to the caller's frame, on this stack.
pub unsafe fn scan(work: &mut WorkList, sp: usize, fp: usize, lo: usize, hi: usize) {
    // Where the stretch being scanned conservatively starts, if the walk
    // is in one.
    let mut conservative_from = Some(sp);
    // The stack pointer of frame `fp` at its call, if it is a Go frame.
    let mut go_frame_sp = None;
    let mut fp = fp;
    while lo <= fp && fp + 16 <= hi {
        let caller_fp = *(fp as *const usize);
        let ret = *((fp + 8) as *const usize);
        match callsite::lookup(ret) {
            Some(site) if fp < caller_fp && caller_fp < hi => {
                let call_sp = caller_fp - site.frame_offset as usize;
                if let Some(start) = conservative_from.take() {
                    work.scan(start, call_sp);
                }
                for &word in site.stack_map() {
                    work.mark(*((call_sp + 8 * word as usize) as *const usize));
                }
                go_frame_sp = Some(call_sp);
            }
            _ => {
                if conservative_from.is_none() {
                    conservative_from = go_frame_sp;
                }
                go_frame_sp = None;
            }
        }
        if caller_fp <= fp {
            break;
        }
        fp = caller_fp;
    }
    if let Some(start) = conservative_from {
        work.scan(start, hi);
    }
}
