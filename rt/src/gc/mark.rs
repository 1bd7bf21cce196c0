//! Marking: the work list of objects found reachable but not scanned yet,
//! the conservative scan of a range of root words, and the scan of heap
//! objects by the heap bitmap.

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

    /// Queues an object for scanning.
    fn push(&mut self, start: usize, size: usize) {
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

    /// Marks the object `word` points into, if it is a heap object.
    pub fn mark(&mut self, word: usize) {
        malloc::mark(word, &mut |start, size| self.push(start, size));
    }

    /// Marks what each aligned word of `start..end` points into.
    ///
    /// # Safety
    /// The range is mapped and readable.
    pub unsafe fn scan(&mut self, start: usize, end: usize) {
        let mut at = start.next_multiple_of(8);
        while at + 8 <= end {
            self.mark(*(at as *const usize));
            at += 8;
        }
    }

    /// Scans queued objects until none is left: only the words the heap
    /// bitmap marks as possible pointers. An object taken from the list
    /// waits in a small ring while the next few are taken, its first cache
    /// line prefetched, so the scan rarely waits for memory.
    pub fn drain(&mut self) {
        let mut ring = [(0, 0); PREFETCH_AHEAD];
        let (mut next, mut waiting) = (0, 0);
        loop {
            let object = if self.len > 0 {
                self.len -= 2;
                // SAFETY: pairs pushed by `push`: live heap objects.
                let object = unsafe { (*self.items.add(self.len), *self.items.add(self.len + 1)) };
                sys::prefetch(object.0);
                if waiting < PREFETCH_AHEAD {
                    ring[(next + waiting) % PREFETCH_AHEAD] = object;
                    waiting += 1;
                    continue;
                }
                core::mem::replace(&mut ring[next], object)
            } else if waiting > 0 {
                waiting -= 1;
                ring[next]
            } else {
                return;
            };
            next = (next + 1) % PREFETCH_AHEAD;
            malloc::scan_object(object.0, object.1, &mut |start, size| self.push(start, size));
        }
    }
}

/// How many objects wait, prefetched, before they are scanned.
const PREFETCH_AHEAD: usize = 8;
