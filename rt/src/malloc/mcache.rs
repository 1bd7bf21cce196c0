//! A P's allocation cache (Go's `mcache`, runtime/mcache.go): for each span
//! class the span the P is carving small objects from, and the tiny
//! allocator's current block. Only its P uses it, so allocating from it
//! needs no lock; only refilling it (from the central lists) and large
//! allocations (from the page heap) touch shared structures.
//!
//! The tiny allocator (Go's, from mallocgc): pointer-free objects under 16
//! bytes are packed into 16-byte blocks of the noscan 16-byte class. Each
//! object is placed at the next offset in the current block aligned for its
//! size (8 if the size is a multiple of 8, else 4, else 2), and when it does
//! not fit a new block is started; the new block replaces the current one
//! if it has more room left. A block is freed only when none of its objects
//! is reachable, which is why only pointer-free objects may share one: a
//! dead object in a block can then not keep other objects alive.

use super::mcentral::MCentral;
use super::mheap::MHeap;
use super::mspan::{Span, SpanClass, NUM_SPAN_CLASSES};
use super::{out_of_memory, PAGE_SIZE};
use core::ptr;

/// Objects smaller than this without pointers go to the tiny allocator.
pub const MAX_TINY_SIZE: usize = 16;

/// The class of tiny blocks: 16-byte objects without pointers.
const TINY_SPAN_CLASS: SpanClass = SpanClass::new(2, true);

pub struct MCache {
    /// The span each class allocates from, null before the first one.
    alloc: [*mut Span; NUM_SPAN_CLASSES],
    /// The current tiny block (0 if none) and the offset of its free part.
    tiny: usize,
    tiny_offset: usize,
}

impl MCache {
    pub const fn new() -> MCache {
        MCache { alloc: [ptr::null_mut(); NUM_SPAN_CLASSES], tiny: 0, tiny_offset: 0 }
    }

    /// `size` (1..MAX_TINY_SIZE) zeroed bytes for a pointer-free object.
    pub fn alloc_tiny(&mut self, size: usize, central: &mut [MCentral], heap: &mut MHeap) -> usize {
        // 8 for multiples of 8, else 4 for multiples of 4, else 2 or 1.
        let align = 1 << size.trailing_zeros().min(3);
        let offset = self.tiny_offset.next_multiple_of(align);
        if self.tiny != 0 && offset + size <= MAX_TINY_SIZE {
            self.tiny_offset = offset + size;
            return self.tiny + offset;
        }
        let (block, _) = self.alloc_small(TINY_SPAN_CLASS, central, heap);
        // SAFETY: `block` is a fresh 16-byte slot.
        unsafe { (block as *mut [u64; 2]).write([0, 0]) };
        if size < self.tiny_offset || self.tiny == 0 {
            self.tiny = block;
            self.tiny_offset = size;
        }
        block
    }

    /// Drops every span and the tiny block, for the sweeper, which puts
    /// the spans back on the central lists.
    pub fn release_all(&mut self) {
        self.alloc = [ptr::null_mut(); NUM_SPAN_CLASSES];
        self.tiny = 0;
        self.tiny_offset = 0;
    }

    /// A slot of class `spanclass`, and whether it may hold old data.
    pub fn alloc_small(&mut self, spanclass: SpanClass, central: &mut [MCentral], heap: &mut MHeap) -> (usize, bool) {
        let class = spanclass.index();
        loop {
            let span = self.alloc[class];
            if !span.is_null() {
                // SAFETY: the cache owns its spans.
                let span = unsafe { &mut *span };
                if let Some(slot) = span.alloc() {
                    return (slot, span.needzero);
                }
            }
            self.refill(spanclass, &mut central[class], heap);
        }
    }

    /// Replaces the (full) span of `spanclass` with one that has free
    /// slots (Go's `mcache.refill`).
    fn refill(&mut self, spanclass: SpanClass, central: &mut MCentral, heap: &mut MHeap) {
        let class = spanclass.index();
        let old = self.alloc[class];
        if !old.is_null() {
            // SAFETY: `old` came from this class's central list.
            unsafe { central.uncache_span(old) };
        }
        self.alloc[class] = central.cache_span(heap).unwrap_or_else(|| out_of_memory());
    }

    /// A span of its own for a large object of `size` bytes (above
    /// MAX_SMALL_SIZE), and whether its memory may hold old data (Go's
    /// `mcache.allocLarge`).
    pub fn alloc_large(&mut self, size: usize, noscan: bool, heap: &mut MHeap) -> (usize, bool) {
        if size.checked_add(PAGE_SIZE).is_none() {
            out_of_memory()
        }
        let npages = size.div_ceil(PAGE_SIZE);
        let span = heap.alloc(npages, SpanClass::new(0, noscan)).unwrap_or_else(|| out_of_memory());
        // SAFETY: the heap returned a valid span for the object alone.
        let span = unsafe { &mut *span };
        span.limit = span.start + size;
        // The one slot of a new span is free.
        let object = span.alloc().unwrap_or(span.start);
        (object, span.needzero)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiny_objects_share_blocks() {
        // A private heap, so that other tests' allocations do not
        // interleave.
        let mut heap = MHeap::new();
        let mut central: [MCentral; NUM_SPAN_CLASSES] =
            core::array::from_fn(|i| MCentral::new(SpanClass::new(i >> 1, i & 1 != 0)));
        let mut cache = MCache::new();
        let mut tiny = |size| cache.alloc_tiny(size, &mut central, &mut heap);
        let block = tiny(1);
        assert_eq!(block % 16, 0);
        assert_eq!(tiny(2), block + 2);
        assert_eq!(tiny(1), block + 4);
        assert_eq!(tiny(4), block + 8);
        assert_eq!(tiny(3), block + 12);
        // 8 bytes do not fit: a new block, which has more room left.
        let second = tiny(8);
        assert_eq!(second, block + 16);
        assert_eq!(tiny(8), second + 8);
        // The new block for 12 bytes has 4 bytes left, the current one
        // none: the new one becomes current.
        let third = tiny(12);
        assert_eq!(tiny(4), third + 12);
        let fourth = tiny(2);
        assert_eq!((fourth, tiny(1)), (third + 16, fourth + 2));
        // A new block with less room left (2 bytes) than the current one
        // (13) does not replace it.
        assert_eq!(tiny(14), fourth + 16);
        assert_eq!(tiny(1), fourth + 3);
    }
}
