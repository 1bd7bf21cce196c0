//! Spans: runs of contiguous pages, the unit in which the page heap hands
//! out memory (Go's `mspan`, runtime/mheap.go).
//!
//! A span is free (owned by the page heap's free list) or in use. An in-use
//! span either holds one large object or is cut into the equal slots of one
//! size class. Its `SpanClass` packs the size class with a noscan bit, so
//! objects with and without pointers never share a span and the garbage
//! collector can skip noscan spans whole.
//!
//! Allocating from a small-object span, as in Go: `alloc_bits` has one bit
//! per slot, set for the slots that were allocated when the span was last
//! swept (all clear for a new span), and `freeindex` is the slot where the
//! search for a free slot resumes. Every slot below `freeindex` is taken;
//! a slot at or above it is free if its bit is clear. Allocation does not
//! set bits: it only advances `freeindex`, skipping set bits with the help
//! of `alloc_cache`, the complement of the 64 bits from `freeindex` on
//! (shifted so bit 0 is `freeindex`), so the next free slot is a
//! count-trailing-zeros away. The sweeper of the garbage collector will
//! replace `alloc_bits` with the slots marked live, reset `freeindex` and
//! `alloc_count`, and put the span back where allocation can reuse the
//! dead slots (flagging it `needzero`, since they hold old data).
//!
//! Spans are linked into doubly linked lists (`SpanList`) through `next`
//! and `prev`: the page heap's free list and each central list. In-use
//! spans are also on the page heap's list of them, through `all_next` and
//! `all_prev`, for the sweeper.
//!
//! Marking (the collector's): `mark_bits` has a bit per slot, set for the
//! objects found reachable. A slot is allocated if it lies below
//! `freeindex` or its bit in `alloc_bits` is set; a pointer into a free
//! slot marks nothing. Sweeping makes the marks the new `alloc_bits`.

use super::sizeclasses::{CLASS_TO_DIVMAGIC, CLASS_TO_SIZE, NUM_SIZE_CLASSES};
use super::{PAGE_SHIFT, PAGE_SIZE};
use core::ptr;

/// The most slots a span can have: class 1 (8 bytes) in a one-page span.
const MAX_SPAN_OBJECTS: usize = PAGE_SIZE / 8;

/// A size class and whether its objects are pointer-free (noscan):
/// `sizeclass << 1 | noscan`. Size class 0 is a large object.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SpanClass(u8);

/// Number of span classes: every size class, with and without pointers.
pub const NUM_SPAN_CLASSES: usize = NUM_SIZE_CLASSES << 1;

impl SpanClass {
    pub const fn new(sizeclass: usize, noscan: bool) -> SpanClass {
        SpanClass((sizeclass << 1) as u8 | noscan as u8)
    }

    pub fn sizeclass(self) -> usize {
        (self.0 >> 1) as usize
    }

    /// Position in per-class arrays (the mcache's spans, the central lists).
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SpanState {
    /// On the page heap's free list.
    Free,
    /// Holding objects.
    InUse,
}

pub struct Span {
    pub next: *mut Span,
    pub prev: *mut Span,
    /// Address of the first page.
    pub start: usize,
    pub npages: usize,
    pub state: SpanState,
    pub spanclass: SpanClass,
    /// Whether the memory may be dirty (it was used before), so an
    /// allocation that must be zeroed has to be cleared.
    pub needzero: bool,
    /// Size of each slot (for a large object, the whole span).
    pub elemsize: usize,
    /// Number of slots.
    pub nelems: usize,
    /// End of the last slot (for a large object, of the object itself).
    pub limit: usize,
    /// Slots allocated.
    pub alloc_count: usize,
    /// Where the search for a free slot resumes (see the header).
    freeindex: usize,
    /// Complement of `alloc_bits` from `freeindex` on.
    alloc_cache: u64,
    /// `(offset * div_magic) >> 32` is the slot at byte `offset`.
    div_magic: u32,
    /// One bit per slot, set if the slot was allocated at the last sweep.
    alloc_bits: [u64; MAX_SPAN_OBJECTS / 64],
    /// One bit per slot, set for the objects marked reachable.
    mark_bits: [u64; MAX_SPAN_OBJECTS / 64],
    /// The page heap's list of in-use spans.
    pub all_next: *mut Span,
    pub all_prev: *mut Span,
}

impl Span {
    /// A span of `npages` pages at `start` for the page heap's free list.
    pub fn new_free(start: usize, npages: usize, needzero: bool) -> Span {
        Span {
            next: ptr::null_mut(),
            prev: ptr::null_mut(),
            start,
            npages,
            state: SpanState::Free,
            spanclass: SpanClass::new(0, true),
            needzero,
            elemsize: 0,
            nelems: 0,
            limit: start,
            alloc_count: 0,
            freeindex: 0,
            alloc_cache: 0,
            div_magic: 0,
            alloc_bits: [0; MAX_SPAN_OBJECTS / 64],
            mark_bits: [0; MAX_SPAN_OBJECTS / 64],
            all_next: ptr::null_mut(),
            all_prev: ptr::null_mut(),
        }
    }

    pub fn end(&self) -> usize {
        self.start + (self.npages << PAGE_SHIFT)
    }

    /// Turns a free span into an in-use span of class `spanclass` with all
    /// slots free (Go's `initSpan` and `mcentral.grow`).
    pub fn init_in_use(&mut self, spanclass: SpanClass) {
        let bytes = self.npages << PAGE_SHIFT;
        let sizeclass = spanclass.sizeclass();
        self.state = SpanState::InUse;
        self.spanclass = spanclass;
        if sizeclass == 0 {
            self.elemsize = bytes;
            self.nelems = 1;
        } else {
            self.elemsize = CLASS_TO_SIZE[sizeclass] as usize;
            self.nelems = bytes / self.elemsize;
        }
        self.div_magic = CLASS_TO_DIVMAGIC[sizeclass];
        self.limit = self.start + self.nelems * self.elemsize;
        self.alloc_count = 0;
        self.freeindex = 0;
        self.alloc_bits = [0; MAX_SPAN_OBJECTS / 64];
        self.mark_bits = [0; MAX_SPAN_OBJECTS / 64];
        self.refill_alloc_cache();
    }

    /// Reloads `alloc_cache` for the current `freeindex`.
    fn refill_alloc_cache(&mut self) {
        let word = self.alloc_bits.get(self.freeindex / 64).copied();
        // Past the last word every bit reads as taken.
        self.alloc_cache = !word.unwrap_or(!0) >> (self.freeindex % 64);
    }

    pub fn is_full(&self) -> bool {
        self.alloc_count == self.nelems
    }

    /// Allocates a free slot and returns its address, or None if the span
    /// is full (Go's `nextFreeIndex`).
    pub fn alloc(&mut self) -> Option<usize> {
        while self.freeindex < self.nelems {
            let skip = self.alloc_cache.trailing_zeros() as usize;
            if skip == 64 {
                // No free slot in this word: move to the next one.
                self.freeindex = (self.freeindex + 64) & !63;
                self.refill_alloc_cache();
                continue;
            }
            let slot = self.freeindex + skip;
            if slot >= self.nelems {
                break;
            }
            self.freeindex = slot + 1;
            if self.freeindex.is_multiple_of(64) {
                self.refill_alloc_cache();
            } else {
                self.alloc_cache >>= skip + 1;
            }
            self.alloc_count += 1;
            return Some(self.start + slot * self.elemsize);
        }
        self.freeindex = self.nelems;
        None
    }

    /// The slot containing `addr`, which lies in the span below `limit`.
    fn slot_of(&self, addr: usize) -> usize {
        if self.spanclass.sizeclass() == 0 {
            return 0;
        }
        let offset = (addr - self.start) as u64;
        ((offset * self.div_magic as u64) >> 32) as usize
    }

    /// The start of the object containing `addr`, which lies in the span
    /// below `limit`.
    pub fn object_base(&self, addr: usize) -> usize {
        self.start + self.slot_of(addr) * self.elemsize
    }

    /// The size of the span's objects.
    pub fn object_size(&self) -> usize {
        if self.spanclass.sizeclass() == 0 {
            self.limit - self.start
        } else {
            self.elemsize
        }
    }

    pub fn noscan(&self) -> bool {
        self.spanclass.index() & 1 != 0
    }

    /// Marks the object containing `addr` (below `limit`); returns its
    /// start if it is allocated and was not marked yet.
    pub fn mark(&mut self, addr: usize) -> Option<usize> {
        let slot = self.slot_of(addr);
        if !self.is_allocated(slot) || self.is_marked(slot) {
            return None;
        }
        self.mark_bits[slot / 64] |= 1 << (slot % 64);
        Some(self.start + slot * self.elemsize)
    }

    /// Whether `slot` holds an object (see the header).
    fn is_allocated(&self, slot: usize) -> bool {
        slot < self.freeindex || self.alloc_bits[slot / 64] & (1 << (slot % 64)) != 0
    }

    fn is_marked(&self, slot: usize) -> bool {
        self.mark_bits[slot / 64] & (1 << (slot % 64)) != 0
    }

    /// Frees the slots not marked (Go's `mspan.sweep`): the marks become
    /// the allocated slots, and the objects freed are filled with
    /// 0xdeadbeef if `clobber`. Returns how many objects are left.
    pub fn sweep(&mut self, clobber: bool) -> usize {
        let words = self.nelems.div_ceil(64);
        if clobber {
            self.clobber_freed();
        }
        let live: u32 = self.mark_bits[..words].iter().map(|w| w.count_ones()).sum();
        if live as usize != self.alloc_count {
            // Freed slots hold old data.
            self.needzero = true;
        }
        self.alloc_bits = self.mark_bits;
        self.mark_bits = [0; MAX_SPAN_OBJECTS / 64];
        self.alloc_count = live as usize;
        self.freeindex = 0;
        self.refill_alloc_cache();
        self.alloc_count
    }

    /// Fills each object allocated but not marked with 0xdeadbeef, so a
    /// program that still uses one fails visibly.
    fn clobber_freed(&mut self) {
        let size = self.object_size();
        for slot in 0..self.nelems {
            if self.is_allocated(slot) && !self.is_marked(slot) {
                let start = self.start + slot * self.elemsize;
                // SAFETY: a slot of this span, which nothing reachable uses.
                unsafe {
                    let words = core::slice::from_raw_parts_mut(start as *mut u32, size / 4);
                    words.fill(0xdeadbeef);
                }
            }
        }
    }
}

/// A doubly linked list of spans, threaded through `Span::next` and
/// `Span::prev`.
pub struct SpanList {
    first: *mut Span,
}

impl SpanList {
    pub const fn new() -> SpanList {
        SpanList { first: ptr::null_mut() }
    }

    pub fn first(&self) -> *mut Span {
        self.first
    }

    /// Links `span` in after `prev`, or first if `prev` is null.
    ///
    /// # Safety
    /// `span` is on no list; `prev` is null or on this list.
    pub unsafe fn insert_after(&mut self, prev: *mut Span, span: *mut Span) {
        let next = if prev.is_null() { self.first } else { (*prev).next };
        (*span).prev = prev;
        (*span).next = next;
        if !next.is_null() {
            (*next).prev = span;
        }
        if prev.is_null() {
            self.first = span;
        } else {
            (*prev).next = span;
        }
    }

    /// # Safety
    /// `span` is on this list.
    pub unsafe fn remove(&mut self, span: *mut Span) {
        let (prev, next) = ((*span).prev, (*span).next);
        if prev.is_null() {
            self.first = next;
        } else {
            (*prev).next = next;
        }
        if !next.is_null() {
            (*next).prev = prev;
        }
        (*span).next = ptr::null_mut();
        (*span).prev = ptr::null_mut();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(sizeclass: usize, npages: usize) -> Span {
        let mut span = Span::new_free(0x10_0000, npages, false);
        span.init_in_use(SpanClass::new(sizeclass, true));
        span
    }

    #[test]
    fn allocates_every_slot_once_in_order() {
        for (class, npages) in [(1, 1), (3, 1), (35, 2), (67, 4)] {
            let mut s = span(class, npages);
            let size = CLASS_TO_SIZE[class] as usize;
            let n = (npages << PAGE_SHIFT) / size;
            for i in 0..n {
                assert_eq!(s.alloc(), Some(s.start + i * size), "class {class}");
            }
            assert!(s.is_full());
            assert_eq!(s.alloc(), None);
        }
    }

    #[test]
    fn skips_slots_the_bitmap_marks_allocated() {
        let mut s = span(1, 1);
        // Slots 0-69 and 72-1023 allocated, as a sweep might leave them.
        s.alloc_bits = [!0; MAX_SPAN_OBJECTS / 64];
        s.alloc_bits[1] = !(0b11 << 6);
        s.refill_alloc_cache();
        assert_eq!(s.alloc(), Some(s.start + 70 * 8));
        assert_eq!(s.alloc(), Some(s.start + 71 * 8));
        assert_eq!(s.alloc(), None);
    }

    #[test]
    fn finds_the_object_of_an_interior_pointer() {
        let s = span(5, 1); // 48-byte slots
        assert_eq!(s.object_base(s.start), s.start);
        assert_eq!(s.object_base(s.start + 47), s.start);
        assert_eq!(s.object_base(s.start + 48), s.start + 48);
        assert_eq!(s.object_base(s.start + 48 * 100 + 5), s.start + 48 * 100);
        let large = span(0, 3);
        assert_eq!(large.object_base(large.start + 20000), large.start);
    }

    #[test]
    fn lists_link_and_unlink() {
        let mut spans = [0, 1, 2].map(|i| Span::new_free(i * PAGE_SIZE, 1, false));
        let [a, b, c] = spans.each_mut().map(|s| s as *mut Span);
        let mut list = SpanList::new();
        unsafe {
            list.insert_after(ptr::null_mut(), b);
            list.insert_after(ptr::null_mut(), a);
            list.insert_after(b, c);
            assert_eq!((list.first(), (*a).next, (*b).next, (*c).next), (a, b, c, ptr::null_mut()));
            list.remove(b);
            assert_eq!(((*a).next, (*c).prev), (c, a));
            list.remove(a);
            assert_eq!((list.first(), (*c).prev), (c, ptr::null_mut()));
        }
    }
}
