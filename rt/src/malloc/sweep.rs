//! Sweeping, after the collector has marked every reachable object: each
//! in-use span keeps its marked objects and frees the rest (Go's
//! `mspan.sweep`, run for all spans at once while the world is stopped).
//!
//! The cache's spans and tiny block are dropped first and the central
//! lists emptied, so that every span is treated alike: a span left with no
//! object goes back to the page heap, any other small-object span onto its
//! class's central list (partial or full), where caches find it again.
//! Whole free runs of pages are then given back to the kernel
//! (`MHeap::scavenge`).

use super::Allocator;

impl Allocator {
    pub(super) fn sweep(&mut self, clobber: bool) {
        self.cache.release_all();
        for central in &mut self.central {
            central.clear();
        }
        let (mut live, mut objects) = (0, 0);
        let mut span = self.heap.in_use();
        // SAFETY: the spans on the in-use list are valid, and the lists
        // they were on were just emptied.
        unsafe {
            while !span.is_null() {
                let next = (*span).all_next;
                let left = (*span).sweep(clobber);
                if left == 0 {
                    self.heap.free_span(span);
                } else {
                    live += left * (*span).elemsize;
                    objects += left;
                    if (*span).spanclass.sizeclass() != 0 {
                        self.central[(*span).spanclass.index()].uncache_span(span);
                    }
                }
                span = next;
            }
        }
        self.stats.frees += self.stats.heap_objects - objects as u64;
        self.stats.heap_objects = objects as u64;
        self.stats.heap_live = live;
        self.heap.scavenge();
    }
}
