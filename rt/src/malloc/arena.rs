//! Heap arenas: the address space the heap lives in, and the map from an
//! address to the span that holds it (Go's arenas, runtime/malloc.go).
//!
//! The heap is made of 64 MB arenas, aligned to 64 MB. Address space is
//! reserved a whole number of arenas at a time, inaccessible (PROT_NONE,
//! which costs no memory), and committed (made read-write) piece by piece
//! as the page heap grows. Committing is where the kernel accounts for the
//! memory, so an impossible request fails there, as Go's sysMap does, with
//! `fatal error: runtime: out of memory`.
//!
//! Reservations start at Go's first arena hint, 0xc000000000, and each one
//! asks for the address right after the previous one, so the heap is
//! usually contiguous and heap pointers look like Go's. If the kernel puts
//! a reservation elsewhere (the range is taken, or the address space is
//! smaller), the runtime takes any address, aligned by reserving an extra
//! arena and unmapping the excess, and continues from there.
//!
//! Every arena with committed memory has a `HeapArena` record holding, for
//! each of its 8 KB pages, the span the page belongs to. The records are
//! found through the arena index: one pointer per possible arena of the
//! 48-bit address space (2^22 of them: 32 MB reserved once, of which only
//! the pages for arenas in use are ever touched). Together they answer, in
//! two loads, which span (and so which object) an arbitrary address points
//! into, which the garbage collector needs for every pointer it scans.

use super::mspan::Span;
use super::{PAGE_SHIFT, PAGE_SIZE};
use crate::panic::throw;
use crate::print;
use crate::sys;
use core::mem::size_of;
use core::ptr;

pub const ARENA_SHIFT: usize = 26;
pub const ARENA_SIZE: usize = 1 << ARENA_SHIFT;
const PAGES_PER_ARENA: usize = ARENA_SIZE / PAGE_SIZE;

/// Bits of a heap address (Go's heapAddrBits on 64-bit Linux).
pub const HEAP_ADDR_BITS: usize = 48;
const ARENA_INDEX_LEN: usize = 1 << (HEAP_ADDR_BITS - ARENA_SHIFT);

/// Go's first arena hint on 64-bit targets.
const FIRST_HINT: usize = 0x00c0 << 32;

/// What the heap records about one arena.
pub struct HeapArena {
    /// For each page of the arena, the in-use span containing it, if any
    /// (entries for pages that are free or were never used may be stale
    /// or null: check the span's state and bounds).
    spans: [*mut Span; PAGES_PER_ARENA],
    /// One bit per word of the arena, set if the word of an object in a
    /// scanned span may hold a pointer (Go's heap bitmap), written when the
    /// object is allocated.
    pointers: [u8; ARENA_SIZE / 64],
}

pub struct Arenas {
    /// ARENA_INDEX_LEN entries, mapped on first use.
    index: *mut *mut HeapArena,
    /// Where the next reservation is asked for.
    hint: usize,
}

impl Arenas {
    pub const fn new() -> Arenas {
        Arenas { index: ptr::null_mut(), hint: FIRST_HINT }
    }

    /// Reserves at least `size` bytes of address space: a whole number of
    /// arenas, aligned. Returns the range, or None if the address space is
    /// exhausted.
    pub fn reserve(&mut self, size: usize) -> Option<(usize, usize)> {
        let size = size.checked_next_multiple_of(ARENA_SIZE)?;
        let fits = |base: usize| base.checked_add(size).is_some_and(|end| end <= 1 << HEAP_ADDR_BITS);
        if fits(self.hint) {
            match reserve_near(self.hint, size) {
                Some(base) if base == self.hint => {
                    self.hint += size;
                    return Some((base, size));
                }
                // SAFETY: the range was just reserved and is unused.
                Some(base) => unsafe { unmap(base, size) },
                None => {}
            }
        }
        let padded = size.checked_add(ARENA_SIZE)?;
        let start = reserve_near(0, padded)?;
        let base = start.next_multiple_of(ARENA_SIZE);
        // SAFETY: the excess ranges were just reserved and are unused.
        unsafe {
            unmap(start, base - start);
            unmap(base + size, start + padded - (base + size));
        }
        if !fits(base) {
            // SAFETY: as above.
            unsafe { unmap(base, size) };
            return None;
        }
        self.hint = base + size;
        Some((base, size))
    }

    /// Makes the reserved range `base..base + size` (page aligned) usable
    /// and creates the records of the arenas it lies in. Dies with Go's
    /// out-of-memory error if the kernel refuses the memory.
    pub fn commit(&mut self, base: usize, size: usize) {
        // SAFETY: the range is reserved, inaccessible and unused.
        if unsafe { sys::mprotect(base, size, sys::PROT_READ | sys::PROT_WRITE) }.is_err() {
            throw(b"runtime: out of memory", || print::string(b"rgort.Arenas.commit()\n"))
        }
        if self.index.is_null() {
            self.index = map_metadata::<*mut HeapArena>(
                ARENA_INDEX_LEN * size_of::<*mut HeapArena>(),
                b"out of memory allocating heap arena map",
            );
        }
        for arena in base >> ARENA_SHIFT..=(base + size - 1) >> ARENA_SHIFT {
            // SAFETY: `arena` is below ARENA_INDEX_LEN (reservations end
            // below 2^HEAP_ADDR_BITS).
            let entry = unsafe { &mut *self.index.add(arena) };
            if entry.is_null() {
                *entry =
                    map_metadata::<HeapArena>(size_of::<HeapArena>(), b"out of memory allocating heap arena metadata");
            }
        }
    }

    /// The span-table entry of the page at `addr`, which must be committed.
    fn span_entry(&mut self, addr: usize) -> &mut *mut Span {
        let page = (addr % ARENA_SIZE) >> PAGE_SHIFT;
        // SAFETY: committed memory has an arena record (see `commit`).
        unsafe { &mut (*self.arena(addr)).spans[page] }
    }

    /// Records that the pages of in-use `span` belong to it.
    ///
    /// # Safety
    /// `span` is valid and its pages are committed.
    pub unsafe fn set_spans(&mut self, span: *mut Span) {
        for page in ((*span).start..(*span).end()).step_by(PAGE_SIZE) {
            *self.span_entry(page) = span;
        }
    }

    /// The heap bitmap of the arena of `addr` (committed), and the index
    /// of the word at `addr` in it.
    pub fn pointer_bits(&self, addr: usize) -> (*const u8, usize) {
        // SAFETY: committed memory has an arena record (see `commit`).
        let bits = unsafe { (*self.arena(addr)).pointers.as_ptr() };
        (bits, (addr % ARENA_SIZE) / 8)
    }

    /// The span record of the page at `addr`, or null if `addr` is not in a
    /// committed part of the heap. The span may be stale (see `HeapArena`).
    pub fn span_of_page(&self, addr: usize) -> *mut Span {
        if self.index.is_null() || addr >> HEAP_ADDR_BITS != 0 {
            return ptr::null_mut();
        }
        let arena = self.arena(addr);
        if arena.is_null() {
            return ptr::null_mut();
        }
        // SAFETY: a non-null index entry points to a record.
        unsafe { (*arena).spans[(addr % ARENA_SIZE) >> PAGE_SHIFT] }
    }

    fn arena(&self, addr: usize) -> *mut HeapArena {
        // SAFETY: the index is mapped and has an entry for every address
        // below 2^HEAP_ADDR_BITS.
        unsafe { *self.index.add(addr >> ARENA_SHIFT) }
    }
}

/// Reserves `size` bytes of inaccessible address space, at `hint` if free.
fn reserve_near(hint: usize, size: usize) -> Option<usize> {
    sys::mmap_anonymous_near(hint, size, sys::PROT_NONE, sys::MAP_PRIVATE).ok()
}

/// # Safety
/// The range is reserved and unused.
unsafe fn unmap(base: usize, size: usize) {
    if size != 0 {
        // Unmapping a range we mapped cannot fail; if it did, the space
        // would only stay reserved.
        let _ = sys::munmap(base, size);
    }
}

/// Zeroed memory for heap metadata, committed as it is touched.
fn map_metadata<T>(size: usize, failure: &[u8]) -> *mut T {
    let flags = sys::MAP_PRIVATE | sys::MAP_NORESERVE;
    match sys::mmap_anonymous(size, sys::PROT_READ | sys::PROT_WRITE, flags) {
        Ok(addr) => addr as *mut T,
        Err(_) => throw(failure, || print::string(b"rgort.Arenas.commit()\n")),
    }
}
