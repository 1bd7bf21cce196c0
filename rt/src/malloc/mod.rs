//! Memory allocation: Go's allocator (runtime/malloc.go), a descendant of
//! TCMalloc, in the same pieces:
//!
//! - `sizeclasses`: Go 1.19's 67 size classes. A small object (up to 32 KB)
//!   is rounded up to its class's size.
//! - `mspan`: a span is a run of 8 KB pages holding one large object or
//!   the equal slots of one size class, with a bitmap of its slots.
//! - `mcache`: each P's cache of one span per class (and the tiny block),
//!   so most allocations take no lock: find the next free slot, done.
//! - `mcentral`: per class, the spans no cache is using, for refilling
//!   caches.
//! - `mheap`: the page heap, which hands out spans to the central lists and
//!   to large objects.
//! - `arena`: the address space under the heap (64 MB arenas reserved
//!   lazily, committed as needed) and the page-to-span map that finds the
//!   span and object of any interior pointer.
//! - `fixalloc`: storage for the span records themselves.
//!
//! `mallocgc` takes one of three paths, as Go's does:
//!
//! - tiny: pointer-free objects under 16 bytes share 16-byte blocks
//!   (see `mcache`);
//! - small: up to 32 KB, a slot of the size class from the cache's span;
//! - large: above 32 KB, a span of its own from the page heap, the size
//!   rounded up to whole pages.
//!
//! Objects with pointers and pointer-free (noscan) objects use separate
//! spans: the garbage collector will skip noscan spans and read the
//! pointer bitmap of the type (`TypeDesc::gcdata`) for the others. Memory
//! comes zeroed: fresh memory from the kernel is zero, and recycled memory
//! (a span whose `needzero` is set) is cleared unless the caller says it
//! will overwrite it all. A zero-size allocation returns the address of
//! `ZEROBASE`, as Go's returns `&zerobase`.
//!
//! There is one P until the scheduler exists, and the runtime runs on one
//! thread: the heap, the central lists and the one cache live in a single
//! global, like the print buffer. With threads the cache becomes per-P and
//! the central lists and page heap get locks.

mod arena;
mod fixalloc;
mod heapbits;
mod mcache;
mod mcentral;
mod mheap;
mod mspan;
mod sizeclasses;
mod sweep;

use crate::mem::memset;
use crate::panic::throw;
use crate::print;
use crate::types::{self, TypeDesc};
use core::cell::UnsafeCell;
use mcache::{MCache, MAX_TINY_SIZE};
use mcentral::MCentral;
use mheap::MHeap;
use mspan::{SpanClass, NUM_SPAN_CLASSES};
use sizeclasses::{size_to_class, CLASS_TO_SIZE, MAX_SMALL_SIZE};

pub use sizeclasses::roundupsize;

pub const PAGE_SHIFT: usize = 13;
pub const PAGE_SIZE: usize = 1 << PAGE_SHIFT;

/// The largest allocation that can succeed (Go's maxAlloc on 64-bit
/// targets): makeslice and growslice report larger ones as out of range.
pub const MAX_ALLOC: usize = 1 << arena::HEAP_ADDR_BITS;

/// The address of every zero-size allocation (Go's `zerobase`), and of
/// every zero-size package-level variable (the compiler refers to it).
#[export_name = "rgort_zerobase"]
static ZEROBASE: u64 = 0;

struct Allocator {
    heap: MHeap,
    central: [MCentral; NUM_SPAN_CLASSES],
    /// The cache of the one P.
    cache: MCache,
    stats: Stats,
}

/// What the allocator counts, for the collector's pacing and
/// `runtime.ReadMemStats`.
#[derive(Clone, Copy)]
pub struct Stats {
    /// Bytes of the blocks of live objects: those the last sweep left,
    /// and those allocated since.
    pub heap_live: usize,
    /// Bytes allocated in all, and objects allocated and freed in all.
    pub total_alloc: usize,
    pub mallocs: u64,
    pub frees: u64,
    /// Objects the last sweep left plus those allocated since.
    pub heap_objects: u64,
    /// Bytes the heap has committed, and those of them in in-use spans.
    pub heap_sys: usize,
    pub heap_inuse: usize,
}

struct SharedAllocator(UnsafeCell<Allocator>);

// SAFETY: only one thread runs the runtime (see the header).
unsafe impl Sync for SharedAllocator {}

static ALLOCATOR: SharedAllocator = SharedAllocator(UnsafeCell::new(Allocator {
    heap: MHeap::new(),
    central: {
        let mut central = [const { MCentral::new(SpanClass::new(0, false)) }; NUM_SPAN_CLASSES];
        let mut class = 0;
        while class < NUM_SPAN_CLASSES {
            central[class] = MCentral::new(SpanClass::new(class >> 1, class & 1 != 0));
            class += 1;
        }
        central
    },
    cache: MCache::new(),
    stats: Stats { heap_live: 0, total_alloc: 0, mallocs: 0, frees: 0, heap_objects: 0, heap_sys: 0, heap_inuse: 0 },
}));

/// Unit tests run in parallel threads: they take turns.
#[cfg(test)]
static TEST_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Runs `f` on the allocator. Callers never nest, so the reference is
/// unique.
fn with_allocator<R>(f: impl FnOnce(&mut Allocator) -> R) -> R {
    #[cfg(test)]
    let _turn = TEST_LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    // SAFETY: single thread (see the header), and `f` never calls
    // `with_allocator`.
    f(unsafe { &mut *ALLOCATOR.0.get() })
}

/// Allocates `size` bytes for an object of type `typ` (null: no pointers),
/// zeroed unless `needzero` is false (Go's `mallocgc`).
///
/// # Safety
/// `typ` is null or points to a type descriptor.
pub unsafe fn mallocgc(size: usize, typ: *const TypeDesc, needzero: bool) -> *mut u8 {
    if size == 0 {
        return &ZEROBASE as *const u64 as *mut u8;
    }
    crate::gc::before_alloc();
    let noscan = types::noscan(typ);
    let (object, dirty, block) = with_allocator(|a| {
        let (object, dirty, block) = if noscan && size < MAX_TINY_SIZE {
            let object = a.cache.alloc_tiny(size, &mut a.central, &mut a.heap);
            (object, false, size)
        } else if size <= MAX_SMALL_SIZE {
            let sizeclass = size_to_class(size);
            let spanclass = SpanClass::new(sizeclass, noscan);
            let (object, dirty) = a.cache.alloc_small(spanclass, &mut a.central, &mut a.heap);
            (object, dirty, CLASS_TO_SIZE[sizeclass] as usize)
        } else {
            let (object, dirty) = a.cache.alloc_large(size, noscan, &mut a.heap);
            (object, dirty, size.next_multiple_of(PAGE_SIZE))
        };
        a.stats.heap_live += block;
        a.stats.total_alloc += block;
        a.stats.mallocs += 1;
        a.stats.heap_objects += 1;
        if !noscan {
            a.write_pointer_bits(object, size, block, typ);
        }
        (object, dirty, block)
    });
    if needzero && dirty {
        memset(object as *mut u8, 0, block);
    }
    object as *mut u8
}

/// Bytes of live objects (see `Stats::heap_live`).
pub fn heap_live() -> usize {
    with_allocator(|a| a.stats.heap_live)
}

/// The allocator's counts.
pub fn stats() -> Stats {
    with_allocator(|a| Stats { heap_sys: a.heap.committed, heap_inuse: a.heap.inuse_bytes(), ..a.stats })
}

/// Marks the heap object `addr` points into (anywhere inside it), if it is
/// allocated and not marked yet; then, if it may hold pointers, `grey`
/// gets its start and size, for the collector to scan.
pub fn mark(addr: usize, grey: &mut dyn FnMut(usize, usize)) {
    with_allocator(|a| a.mark(addr, grey))
}

/// Marks what each word of the object at `start` (of `size` bytes) that
/// may hold a pointer, by the heap bitmap, points into (see `mark`).
pub fn scan_object(start: usize, size: usize, grey: &mut dyn FnMut(usize, usize)) {
    with_allocator(|a| {
        let end = start + size;
        let mut at = start;
        while at < end {
            // The bits of the words from `at` to the end of its arena,
            // taken a bitmap byte at a time.
            let (bits, first) = a.heap.pointer_bits(at);
            let words = (end.min((at | (arena::ARENA_SIZE - 1)) + 1) - at) / 8;
            let mut w = 0;
            while w < words {
                let bit = first + w;
                let n = (8 - bit % 8).min(words - w);
                // SAFETY: the bitmap covers the arena.
                let mut pointers = (unsafe { *bits.add(bit / 8) } as u32 >> (bit % 8)) & ((1 << n) - 1);
                while pointers != 0 {
                    let k = pointers.trailing_zeros() as usize;
                    // SAFETY: a word of a live heap object.
                    a.mark(unsafe { *((at + 8 * (w + k)) as *const usize) }, grey);
                    pointers &= pointers - 1;
                }
                w += n;
            }
            at += 8 * words;
        }
    })
}

impl Allocator {
    fn mark(&mut self, addr: usize, grey: &mut dyn FnMut(usize, usize)) {
        if addr < 4096 {
            return;
        }
        let span = self.heap.span_of(addr);
        if span.is_null() {
            return;
        }
        // SAFETY: span_of returns null or a valid in-use span holding addr.
        let span = unsafe { &mut *span };
        if let Some(base) = span.mark(addr) {
            if !span.noscan() {
                grey(base, span.object_size());
            }
        }
    }
}

/// Frees every object not marked since the last sweep (see `sweep`),
/// filling them with 0xdeadbeef if `clobber` (GODEBUG=clobberfree=1).
pub fn sweep(clobber: bool) {
    with_allocator(|a| a.sweep(clobber))
}

/// The start of the object that `addr` points into, if it points into an
/// allocated object (Go's `findObject`), for the garbage collector.
#[cfg_attr(not(test), allow(dead_code))]
pub fn find_object(addr: usize) -> Option<usize> {
    with_allocator(|a| {
        let span = a.heap.span_of(addr);
        // SAFETY: span_of returns null or a valid in-use span.
        (!span.is_null()).then(|| unsafe { (*span).object_base(addr) })
    })
}

/// Dies of an allocation the heap cannot satisfy.
fn out_of_memory() -> ! {
    throw(b"out of memory", || print::string(b"rgort.mallocgc()\n"))
}

/// `mallocgc` for generated code: `needzero` is 0 or 1.
///
/// # Safety
/// `typ` is null or points to a type descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_mallocgc(size: usize, typ: *const TypeDesc, needzero: u64) -> *mut u8 {
    mallocgc(size, typ, needzero != 0)
}

/// `new(T)`: a zeroed object of type `typ`.
///
/// # Safety
/// `typ` points to a type descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_newobject(typ: *const TypeDesc) -> *mut u8 {
    mallocgc((*typ).size, typ, true)
}

/// The size of the block an allocation of `size` bytes without pointers
/// gets.
#[unsafe(no_mangle)]
pub extern "C" fn rgort_roundupsize(size: usize) -> usize {
    roundupsize(size, true)
}

#[cfg(test)]
mod tests;
