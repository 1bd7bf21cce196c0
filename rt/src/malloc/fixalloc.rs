//! A free-list allocator of fixed-size runtime records (Go's `fixalloc`,
//! runtime/mfixalloc.go), used for the `Span` records the page heap needs.
//!
//! Records live outside the Go heap (the heap's own bookkeeping cannot come
//! from the heap): they are carved from chunks mapped from the OS and never
//! returned to it. A freed record goes on a free list, threaded through
//! its first word, and is handed out again before the chunk is cut further.

use super::out_of_memory;
use crate::sys;
use core::marker::PhantomData;
use core::mem::{align_of, size_of};
use core::ptr;

/// Bytes mapped at a time.
const CHUNK_SIZE: usize = 64 << 10;

pub struct FixAlloc<T> {
    /// Freed records, linked through their first word.
    free: *mut *mut u8,
    /// The unused rest of the current chunk.
    next: usize,
    end: usize,
    records: PhantomData<T>,
}

impl<T> FixAlloc<T> {
    const SIZE: usize = size_of::<T>().next_multiple_of(align_of::<T>());

    pub const fn new() -> FixAlloc<T> {
        assert!(size_of::<T>() >= size_of::<usize>() && align_of::<T>() <= 4096);
        FixAlloc { free: ptr::null_mut(), next: 0, end: 0, records: PhantomData }
    }

    /// Storage for one record, uninitialised.
    pub fn alloc(&mut self) -> *mut T {
        if !self.free.is_null() {
            let record = self.free;
            // SAFETY: a record on the free list holds the next one.
            self.free = unsafe { *record } as *mut *mut u8;
            return record as *mut T;
        }
        if self.end - self.next < Self::SIZE {
            let chunk = sys::mmap_anonymous(CHUNK_SIZE, sys::PROT_READ | sys::PROT_WRITE, sys::MAP_PRIVATE)
                .unwrap_or_else(|_| out_of_memory());
            self.next = chunk;
            self.end = chunk + CHUNK_SIZE;
        }
        let record = self.next;
        self.next += Self::SIZE;
        record as *mut T
    }

    /// Puts `record` back for reuse.
    ///
    /// # Safety
    /// `record` came from `alloc` and nothing uses it any more.
    pub unsafe fn free(&mut self, record: *mut T) {
        let record = record as *mut *mut u8;
        *record = self.free as *mut u8;
        self.free = record;
    }
}
