//! Marking: the work list of objects found reachable but not scanned yet,
//! and the scan of a range of words for pointers into the heap.

use crate::malloc;
use crate::panic::throw;
use crate::sys;
use core::ptr::null_mut;

/// Room for this many pending objects, reserved once and committed by the
/// kernel as it is touched (8 bytes each: 1 GB of address space).
const CAPACITY: usize = 1 << 27;

static mut STORAGE: *mut usize = null_mut();

/// Objects marked but not scanned yet, as (start, size) pairs.
pub struct WorkList {
    items: *mut usize,
    len: usize,
}

impl WorkList {
    pub fn new() -> WorkList {
        // SAFETY: one collector at a time (the world is stopped).
        unsafe {
            if STORAGE.is_null() {
                let flags = sys::MAP_PRIVATE | sys::MAP_NORESERVE;
                match sys::mmap_anonymous(CAPACITY * 8, sys::PROT_READ | sys::PROT_WRITE, flags) {
                    Ok(addr) => STORAGE = addr as *mut usize,
                    Err(_) => throw(b"out of memory allocating the collector's work list", || {}),
                }
            }
            WorkList { items: STORAGE, len: 0 }
        }
    }

    /// Marks what the word `value` points into; queues it for scanning if
    /// it may hold pointers.
    fn mark(&mut self, value: usize) {
        if let Some((start, size)) = malloc::mark(value) {
            if self.len + 2 > CAPACITY {
                throw(b"the collector's work list overflowed", || {});
            }
            // SAFETY: below CAPACITY, in the reserved storage.
            unsafe {
                *self.items.add(self.len) = start;
                *self.items.add(self.len + 1) = size;
            }
            self.len += 2;
        }
    }

    /// Marks what each aligned word of `start..end` points into.
    ///
    /// # Safety
    /// The range is mapped and readable.
    pub unsafe fn scan(&mut self, start: usize, end: usize) {
        let mut at = start.next_multiple_of(8);
        while at + 8 <= end {
            let value = *(at as *const usize);
            // Only words that could be heap addresses are looked up.
            if value >= 4096 {
                self.mark(value);
            }
            at += 8;
        }
    }

    /// Scans queued objects until none is left.
    pub fn drain(&mut self) {
        while self.len > 0 {
            self.len -= 2;
            // SAFETY: pairs pushed by `mark`: live heap objects.
            unsafe {
                let start = *self.items.add(self.len);
                let size = *self.items.add(self.len + 1);
                self.scan(start, start + size);
            }
        }
    }
}
