//! The global itab cache: an open-addressing hash table of itab pointers
//! keyed by the (interface, type) pointer pair, as Go's `itabTable`.
//!
//! Reads take no lock. A table's slots only ever go from null to an itab
//! (a release store after the itab is fully built, read with acquire), and
//! growing builds a new table, twice as large, and publishes it with one
//! release store of `TABLE`; the old table is left as it was (never freed)
//! for readers still probing it. A reader that misses in an old table
//! falls back to the writer's path, which (once there are threads) takes
//! a lock and looks again before inserting. Today one thread runs Go code,
//! so insertion needs no lock yet.

use super::Itab;
use crate::malloc::mallocgc;
use crate::types::TypeDesc;
use core::mem::size_of;
use core::ptr::{null, null_mut};
use core::sync::atomic::{AtomicPtr, Ordering};

/// Slots of the first table (Go's `itabInitSize`).
const INITIAL_SIZE: usize = 512;

#[repr(C)]
struct Table {
    /// A power of two.
    size: usize,
    /// Itabs in the table.
    count: usize,
    entries: [AtomicPtr<Itab>; 0],
}

static TABLE: AtomicPtr<Table> = AtomicPtr::new(null_mut());

/// The table's address (a root of the collector's).
pub fn table() -> usize {
    TABLE.load(Ordering::Relaxed) as usize
}

fn hash(inter: *const TypeDesc, typ: *const TypeDesc) -> usize {
    let h = (inter as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (typ as u64).wrapping_mul(0xc2b2_ae3d_27d4_eb4f);
    (h ^ h >> 29) as usize
}

impl Table {
    unsafe fn slot(&self, i: usize) -> &AtomicPtr<Itab> {
        &*self.entries.as_ptr().add(i)
    }

    /// The slot holding (inter, typ), or the empty slot where it would go.
    unsafe fn probe(&self, inter: *const TypeDesc, typ: *const TypeDesc) -> (&AtomicPtr<Itab>, *const Itab) {
        let mask = self.size - 1;
        let mut h = hash(inter, typ) & mask;
        let mut step = 1;
        loop {
            let slot = self.slot(h);
            let itab = slot.load(Ordering::Acquire);
            if itab.is_null() || ((*itab).inter == inter && (*itab).typ == typ) {
                return (slot, itab);
            }
            // Triangular steps visit every slot of a power-of-two table.
            h = (h + step) & mask;
            step += 1;
        }
    }
}

unsafe fn new_table(size: usize) -> *mut Table {
    // mallocgc zeroes: every slot starts null.
    let t = mallocgc(size_of::<Table>() + size * size_of::<usize>(), null(), true) as *mut Table;
    (*t).size = size;
    (*t).count = 0;
    t
}

/// The cached itab for (inter, typ), if any. Lock-free.
pub unsafe fn find(inter: *const TypeDesc, typ: *const TypeDesc) -> Option<*const Itab> {
    let t = TABLE.load(Ordering::Acquire);
    if t.is_null() {
        return None;
    }
    let (_, itab) = (*t).probe(inter, typ);
    (!itab.is_null()).then_some(itab)
}

/// Caches a fully built itab and returns the cached one for its pair
/// (the one already there, if another insertion won).
pub unsafe fn add(itab: *mut Itab) -> *const Itab {
    let mut t = TABLE.load(Ordering::Acquire);
    if t.is_null() {
        t = new_table(INITIAL_SIZE);
        TABLE.store(t, Ordering::Release);
    }
    // Keep the load factor at most 3/4.
    if 4 * ((*t).count + 1) > 3 * (*t).size {
        let bigger = new_table(2 * (*t).size);
        for i in 0..(*t).size {
            let old = (*t).slot(i).load(Ordering::Acquire);
            if !old.is_null() {
                let (slot, _) = (*bigger).probe((*old).inter, (*old).typ);
                slot.store(old, Ordering::Release);
                (*bigger).count += 1;
            }
        }
        t = bigger;
        TABLE.store(t, Ordering::Release);
    }
    let (slot, existing) = (*t).probe((*itab).inter, (*itab).typ);
    if !existing.is_null() {
        return existing;
    }
    slot.store(itab, Ordering::Release);
    (*t).count += 1;
    itab
}

/// Itabs cached (for tests).
#[cfg(test)]
pub fn count() -> usize {
    let t = TABLE.load(Ordering::Acquire);
    if t.is_null() {
        0
    } else {
        unsafe { (*t).count }
    }
}
