//! The page heap (Go's `mheap`, runtime/mheap.go): hands out spans, runs of
//! 8 KB pages, to the central lists (for small objects) and directly to
//! large objects.
//!
//! Free pages are kept as free spans on one list in address order, and a
//! request takes the lowest run that is long enough (address-ordered first
//! fit, the policy of Go's page allocator), splitting off the front of a
//! longer run. Freeing pages puts them back on the list and merges them
//! with free neighbours, so runs do not fragment; today that happens when
//! the heap grows, and with the garbage collector when a sweep frees a
//! span.
//!
//! When no free run is long enough the heap grows (Go's `mheap.grow`): it
//! commits the next part of its current arena reservation, at least the
//! request rounded up to 4 MB, and frees it into the list. When the
//! reservation is used up it reserves more arenas; if they do not follow on
//! from the current reservation, the rest of that is committed and freed
//! first, and allocation continues in the new one. If no address space is
//! left the allocation fails with Go's message
//! `runtime: out of memory: cannot allocate N-byte block (M in use)`.
//!
//! In-use spans are kept on a list of their own (`in_use`), which the
//! sweeper walks; it gives spans left with no object back (`free_span`).
//!
//! Memory fresh from the kernel is zero. A free span remembers whether its
//! pages may be dirty (`needzero`), merged spans are dirty if either was,
//! and the flag passes to the spans allocated from them, so only recycled
//! memory is ever cleared.

use super::arena::Arenas;
use super::fixalloc::FixAlloc;
use super::mspan::{Span, SpanClass, SpanList, SpanState};
use super::{PAGE_SHIFT, PAGE_SIZE};
use crate::print;
use core::ptr;

/// Pages the heap grows by at least (Go's pallocChunkPages): 4 MB.
const GROWTH_PAGES: usize = 512;

/// Free runs at least this long (512 KB) go back to the kernel.
const SCAVENGE_MIN_PAGES: usize = 64;

pub struct MHeap {
    /// Free spans in address order.
    free: SpanList,
    spans: FixAlloc<Span>,
    arenas: Arenas,
    /// The reserved but not yet committed rest of the current reservation.
    reserved_base: usize,
    reserved_end: usize,
    /// Bytes committed to the heap.
    pub committed: usize,
    /// The first in-use span (linked through `Span::all_next`).
    in_use: *mut Span,
}

impl MHeap {
    pub const fn new() -> MHeap {
        MHeap {
            free: SpanList::new(),
            spans: FixAlloc::new(),
            arenas: Arenas::new(),
            reserved_base: 0,
            reserved_end: 0,
            committed: 0,
            in_use: ptr::null_mut(),
        }
    }

    /// A new in-use span of `npages` pages for `spanclass` (Go's
    /// `mheap.alloc`), or None when the heap cannot grow.
    pub fn alloc(&mut self, npages: usize, spanclass: SpanClass) -> Option<*mut Span> {
        let span = self.alloc_pages(npages)?;
        // SAFETY: `span` is a record the heap owns, off every list, and its
        // pages are committed.
        unsafe {
            (*span).init_in_use(spanclass);
            self.arenas.set_spans(span);
            (*span).all_prev = ptr::null_mut();
            (*span).all_next = self.in_use;
            if !self.in_use.is_null() {
                (*self.in_use).all_prev = span;
            }
        }
        self.in_use = span;
        Some(span)
    }

    /// Gives the pages of long free runs back to the kernel (Go's
    /// scavenger, done at once after each sweep): they read as zero when
    /// used again, so they need no clearing.
    pub fn scavenge(&mut self) {
        let mut span = self.free.first();
        // SAFETY: spans on the free list are valid records of committed,
        // unused pages.
        unsafe {
            while !span.is_null() {
                if (*span).needzero && (*span).npages >= SCAVENGE_MIN_PAGES {
                    crate::sys::release_pages((*span).start, (*span).npages << PAGE_SHIFT);
                    (*span).needzero = false;
                }
                span = (*span).next;
            }
        }
    }

    /// The heap bitmap of the arena of `addr`, and the index of its word.
    pub fn pointer_bits(&self, addr: usize) -> (*const u8, usize) {
        self.arenas.pointer_bits(addr)
    }

    /// Bytes of the in-use spans.
    pub fn inuse_bytes(&self) -> usize {
        let (mut bytes, mut span) = (0, self.in_use);
        // SAFETY: the in-use list holds valid records.
        unsafe {
            while !span.is_null() {
                bytes += (*span).npages << PAGE_SHIFT;
                span = (*span).all_next;
            }
        }
        bytes
    }

    /// The first in-use span; the others follow through `all_next`.
    pub fn in_use(&self) -> *mut Span {
        self.in_use
    }

    /// Gives back the pages of an in-use span that holds no object.
    ///
    /// # Safety
    /// `span` is in use and on no other list.
    pub unsafe fn free_span(&mut self, span: *mut Span) {
        let (prev, next) = ((*span).all_prev, (*span).all_next);
        if prev.is_null() {
            self.in_use = next;
        } else {
            (*prev).all_next = next;
        }
        if !next.is_null() {
            (*next).all_prev = prev;
        }
        (*span).state = SpanState::Free;
        self.free_pages(Span::new_free((*span).start, (*span).npages, true));
        self.spans.free(span);
    }

    /// Takes `npages` pages off the free list, growing the heap if needed,
    /// as a span record that is on no list.
    fn alloc_pages(&mut self, npages: usize) -> Option<*mut Span> {
        loop {
            let mut span = self.free.first();
            // SAFETY: spans on the free list are valid records.
            unsafe {
                while !span.is_null() {
                    if (*span).npages == npages {
                        self.free.remove(span);
                        return Some(span);
                    }
                    if (*span).npages > npages {
                        let front = self.new_span(Span::new_free((*span).start, npages, (*span).needzero));
                        (*span).start += npages << PAGE_SHIFT;
                        (*span).npages -= npages;
                        return Some(front);
                    }
                    span = (*span).next;
                }
            }
            self.grow(npages)?;
        }
    }

    /// Adds at least `npages` free pages (see the header).
    fn grow(&mut self, npages: usize) -> Option<()> {
        let ask = npages.checked_next_multiple_of(GROWTH_PAGES).and_then(|pages| pages.checked_mul(PAGE_SIZE));
        if ask.is_none_or(|ask| self.reserved_end - self.reserved_base < ask) {
            self.reserve(ask)?;
        }
        let ask = ask?;
        let base = self.reserved_base;
        self.reserved_base += ask;
        self.commit_free(base, ask);
        Some(())
    }

    /// Makes at least `ask` bytes (None: more than the address space)
    /// available for committing.
    fn reserve(&mut self, ask: Option<usize>) -> Option<()> {
        let Some((base, size)) = ask.and_then(|ask| self.arenas.reserve(ask)) else {
            print::lock();
            print::string(b"runtime: out of memory: cannot allocate ");
            print::uint(ask.unwrap_or(usize::MAX) as u64);
            print::string(b"-byte block (");
            print::uint(self.committed as u64);
            print::string(b" in use)\n");
            print::unlock();
            return None;
        };
        if base != self.reserved_end {
            let rest = self.reserved_end - self.reserved_base;
            if rest != 0 {
                self.commit_free(self.reserved_base, rest);
            }
            self.reserved_base = base;
        }
        self.reserved_end = base + size;
        Some(())
    }

    /// Commits `base..base + size` and frees it into the heap.
    fn commit_free(&mut self, base: usize, size: usize) {
        self.arenas.commit(base, size);
        self.committed += size;
        self.free_pages(Span::new_free(base, size >> PAGE_SHIFT, false));
    }

    /// Puts the pages `freed` describes on the free list, merged with the
    /// free spans right before and after them.
    fn free_pages(&mut self, freed: Span) {
        // The last free span below `freed`, and the first above.
        let mut prev = ptr::null_mut::<Span>();
        let mut next = self.free.first();
        // SAFETY: spans on the free list are valid records, distinct from
        // `freed` (which is on no list).
        unsafe {
            while !next.is_null() && (*next).start < freed.start {
                prev = next;
                next = (*next).next;
            }
            let joins_prev = !prev.is_null() && (*prev).end() == freed.start;
            let joins_next = !next.is_null() && freed.end() == (*next).start;
            match (joins_prev, joins_next) {
                (true, true) => {
                    (*prev).npages += freed.npages + (*next).npages;
                    (*prev).needzero |= freed.needzero || (*next).needzero;
                    self.free.remove(next);
                    self.spans.free(next);
                }
                (true, false) => {
                    (*prev).npages += freed.npages;
                    (*prev).needzero |= freed.needzero;
                }
                (false, true) => {
                    (*next).start = freed.start;
                    (*next).npages += freed.npages;
                    (*next).needzero |= freed.needzero;
                }
                (false, false) => {
                    let span = self.new_span(freed);
                    self.free.insert_after(prev, span);
                }
            }
        }
    }

    fn new_span(&mut self, span: Span) -> *mut Span {
        let record = self.spans.alloc();
        // SAFETY: `alloc` returns storage for one unused record.
        unsafe { record.write(span) };
        record
    }

    /// The in-use span containing `addr`, or null if `addr` is not inside
    /// an allocated span (Go's `spanOf`).
    pub fn span_of(&self, addr: usize) -> *mut Span {
        let span = self.arenas.span_of_page(addr);
        // SAFETY: span records are never unmapped, so even a stale entry
        // points to a valid record.
        let holds = |s: &Span| s.state == SpanState::InUse && s.start <= addr && addr < s.limit;
        if span.is_null() || !holds(unsafe { &*span }) {
            return ptr::null_mut();
        }
        span
    }
}
