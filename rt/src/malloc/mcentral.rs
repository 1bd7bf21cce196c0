//! Central span lists, one per span class (Go's `mcentral`,
//! runtime/mcentral.go): where a P's cache gets a span with free slots
//! when its own span of a class is full, and where it gives the full span
//! back.
//!
//! A span the cache gives back goes on `full`, or on `partial` if it still
//! has free slots. The garbage collector's sweeper will move spans from
//! `full` to `partial` when it frees slots in them (and give entirely free
//! spans back to the page heap). A cache takes a span from `partial` if
//! there is one, else a new span from the page heap. A span handed to a
//! cache is on neither list: only that cache allocates from it.
//!
//! With several Ps the lists get a lock each, as Go's do (Go 1.19 uses
//! lock-free span sets split by sweep generation; plain lists suffice until
//! there is a concurrent sweeper).

use super::mheap::MHeap;
use super::mspan::{Span, SpanClass, SpanList};
use super::sizeclasses::CLASS_TO_ALLOCNPAGES;
use core::ptr;

pub struct MCentral {
    spanclass: SpanClass,
    /// Spans with free slots.
    partial: SpanList,
    /// Spans without free slots.
    full: SpanList,
}

impl MCentral {
    pub const fn new(spanclass: SpanClass) -> MCentral {
        MCentral { spanclass, partial: SpanList::new(), full: SpanList::new() }
    }

    /// A span with at least one free slot, taken off the lists, for a
    /// cache; None if the heap is out of memory.
    pub fn cache_span(&mut self, heap: &mut MHeap) -> Option<*mut Span> {
        let span = self.partial.first();
        if !span.is_null() {
            // SAFETY: `span` is on the partial list.
            unsafe { self.partial.remove(span) };
            return Some(span);
        }
        let npages = CLASS_TO_ALLOCNPAGES[self.spanclass.sizeclass()] as usize;
        heap.alloc(npages, self.spanclass)
    }

    /// Empties both lists, for the sweeper, which puts every span back.
    pub fn clear(&mut self) {
        self.partial = SpanList::new();
        self.full = SpanList::new();
    }

    /// Takes back a span a cache was allocating from, or one just swept.
    ///
    /// # Safety
    /// `span` is a span of this class that `cache_span` returned.
    pub unsafe fn uncache_span(&mut self, span: *mut Span) {
        let list = if (*span).is_full() { &mut self.full } else { &mut self.partial };
        list.insert_after(ptr::null_mut(), span);
    }
}
