//! Go maps: Swiss tables, as in Go 1.24 (internal/runtime/maps) and
//! hashbrown.
//!
//! Table layout. A table is one allocation of 2^n groups. A group is a
//! control word followed by 8 slots:
//!
//!   | ctrl (8 bytes) | slot 0 | slot 1 | ... | slot 7 |
//!
//! A slot holds the key (`key_size` bytes) and then the element at
//! `elem_off` (the key size rounded up to the element's alignment), and is
//! padded to both alignments; keys and elements are stored inline and
//! copied with memcpy. The alignment of a type is taken from its size (the
//! largest power of two dividing it, at most 8), which is never less than
//! Go's. Byte i of the control word describes slot i: 0x80 empty, 0xFE
//! deleted (a tombstone), or 0b0hhhhhhh full, where h is H2, the low 7
//! bits of the key's hash (`key`). The rest of the hash, H1, picks the group
//! a probe starts at; the probe goes on by triangular steps (1, 2, 3, ...
//! groups), which visit every group of a power-of-two table.
//!
//! A lookup matches H2 against the 8 control bytes of a group at once with
//! SWAR bit tricks on the u64 (`group`), compares the keys of the matching
//! slots, and stops at the first group that has an empty slot: the key
//! cannot be further on. An insert takes the first empty or deleted slot on
//! the probe. A delete leaves a tombstone, or an empty slot if its group
//! already has one (no probe ever went past such a group). The load factor
//! is 7/8: `growth_left` counts the empty slots inserts may still fill
//! (tombstones do not give theirs back), so every table keeps an empty slot
//! and probes end. When it reaches 0, an insert rebuilds the table into a
//! new allocation, twice as large, or as large if at most half of the load
//! is live entries (the rest is tombstones). A map with no room yet (hint
//! 0) points at `EMPTY_GROUP`, a static group of empty slots that is never
//! written: its first insert allocates a table.
//!
//! Iteration (Go 1.24's algorithm). The iterator keeps the table it started
//! with, its snapshot, and walks the snapshot's slots from a random group
//! and a random slot offset within each group. While the map still uses
//! that table, a full slot is a live entry: entries deleted before being
//! reached are gone, and entries inserted may or may not be reached. Once
//! the map has grown, the old table is never written again (nor freed), so
//! the walk goes on over it unchanged and looks each key up in the map's
//! current table for its current element, skipping keys deleted since: no
//! entry is returned twice and none that existed at the start is skipped
//! unless deleted. A key that does not equal itself (NaN) cannot be looked
//! up: it is returned from the snapshot unless the map was cleared since
//! (`clear_seq`). Clearing empties the current table in place.
//!
//! Memory comes from `mallocgc`, untyped: when the collector arrives it
//! will need to scan maps itself (`MapType` says where keys hold strings,
//! but not where elements hold pointers), and to keep an iterator's
//! snapshot alive.

mod group;
mod key;
#[cfg(test)]
mod tests;

use crate::malloc::{mallocgc, MAX_ALLOC};
use crate::panic::panic_error;
use core::mem::{offset_of, size_of};
use core::ptr::{self, null, null_mut};
use core::slice;
use group::{match_empty, match_empty_or_deleted, match_full, match_h2, ALL_EMPTY, DELETED, EMPTY};
use key::{fastrand, Fields, Key, Str, Word32, Word64, CLASS_STR, CLASS_WORD32, CLASS_WORD64};

/// A scalar part of a key: an integer, bool or pointer of `kind` bytes (1,
/// 2, 4, 8), a string (16), float32 (32), float64 (64), complex64 (65) or
/// complex128 (129), at `offset` in the key.
#[repr(C)]
pub struct KeyField {
    pub offset: u32,
    pub kind: u32,
}

/// A map type, emitted by the compiler.
#[repr(C)]
pub struct MapType {
    pub key_size: u64,
    pub elem_size: u64,
    /// The key's scalar parts, in order; padding and blank fields are not
    /// among them.
    pub nfields: u64,
    pub fields: *const KeyField,
}

impl MapType {
    pub unsafe fn fields(&self) -> &[KeyField] {
        if self.nfields == 0 {
            &[]
        } else {
            slice::from_raw_parts(self.fields, self.nfields as usize)
        }
    }
}

const SLOTS: usize = 8;
const CTRL_SIZE: usize = 8;

/// The table of a map with no room yet (see the header).
static EMPTY_GROUP: u64 = ALL_EMPTY;

#[repr(C)]
pub struct Map {
    /// Live entries: `len(m)`, which the compiler loads at offset 0.
    count: u64,
    /// `mask + 1` groups of `group_size()` bytes, or `EMPTY_GROUP`.
    groups: *mut u8,
    mask: usize,
    /// Empty slots inserts may still fill before the table is rebuilt.
    growth_left: usize,
    /// Incremented by each clear that removes anything.
    clear_seq: u64,
    seed: [u64; 2],
    typ: *const MapType,
    elem_off: usize,
    slot_size: usize,
    /// The `key::Key` class.
    class: u8,
    /// Whether assigning to an existing key stores the key again.
    key_update: bool,
}

const _: () = assert!(offset_of!(Map, count) == 0);
// The compiler reserves this much for a header in a frame (`ir::map_header`).
const _: () = assert!(size_of::<Map>() == 88);

/// A map iterator, in 64 bytes of the caller's memory.
#[repr(C)]
pub struct Iter {
    /// The current entry's key and element; `key` is null when iteration
    /// is over.
    key: *mut u8,
    elem: *mut u8,
    /// Null when iteration is over.
    m: *mut Map,
    /// The snapshot: the table the iteration walks.
    groups: *mut u8,
    mask: usize,
    /// Random: the start group and the rotation of slots within groups.
    offset: usize,
    /// Slots of the snapshot visited.
    index: usize,
    clear_seq: u64,
}

const _: () = assert!(size_of::<Iter>() <= 64);
const _: () = assert!(offset_of!(Iter, key) == 0 && offset_of!(Iter, elem) == 8);

/// Evaluates `$e` with the type `$K` standing for the `Key` class of map
/// `$m`.
macro_rules! by_class {
    ($m:expr, $K:ident => $e:expr) => {
        match $m.class {
            CLASS_WORD32 => {
                type $K = Word32;
                $e
            }
            CLASS_WORD64 => {
                type $K = Word64;
                $e
            }
            CLASS_STR => {
                type $K = Str;
                $e
            }
            _ => {
                type $K = Fields;
                $e
            }
        }
    };
}

/// The largest power of two dividing `size`, at most 8: the alignment of a
/// Go type of that size or more.
fn align_of_size(size: usize) -> usize {
    if size == 0 {
        1
    } else {
        (1 << size.trailing_zeros()).min(8)
    }
}

/// Groups for `entries` entries at the maximum load.
fn groups_for(entries: usize) -> usize {
    entries.saturating_mul(8).div_ceil(7).div_ceil(SLOTS).next_power_of_two()
}

fn h2(hash: u64) -> u8 {
    (hash & 0x7f) as u8
}

unsafe fn ctrl(group: *const u8) -> u64 {
    *(group as *const u64)
}

unsafe fn set_ctrl(group: *mut u8, slot: usize, byte: u8) {
    *group.add(slot) = byte;
}

/// A probe sequence: from the group H1 picks, by triangular steps.
struct Probe {
    group: usize,
    stride: usize,
    mask: usize,
}

impl Probe {
    fn new(hash: u64, mask: usize) -> Probe {
        Probe { group: (hash >> 7) as usize & mask, stride: 0, mask }
    }

    fn next(&mut self) {
        self.stride += 1;
        self.group = (self.group + self.stride) & self.mask;
    }
}

impl Map {
    unsafe fn key_size(&self) -> usize {
        (*self.typ).key_size as usize
    }

    unsafe fn elem_size(&self) -> usize {
        (*self.typ).elem_size as usize
    }

    fn group_size(&self) -> usize {
        CTRL_SIZE + SLOTS * self.slot_size
    }

    unsafe fn group_at(&self, groups: *mut u8, index: usize) -> *mut u8 {
        groups.add(index * self.group_size())
    }

    unsafe fn group(&self, index: usize) -> *mut u8 {
        self.group_at(self.groups, index)
    }

    unsafe fn slot(&self, group: *mut u8, slot: usize) -> *mut u8 {
        group.add(CTRL_SIZE + slot * self.slot_size)
    }

    /// The entries the current table may hold.
    fn max_load(&self) -> usize {
        if ptr::eq(self.groups, &EMPTY_GROUP as *const u64 as *mut u8) {
            0
        } else {
            (self.mask + 1) * SLOTS / 8 * 7
        }
    }

    /// Allocates a table of `ngroups` groups of empty slots and makes it
    /// the map's, returning the old one.
    unsafe fn new_table(&mut self, ngroups: usize) -> *mut u8 {
        let groups = mallocgc(ngroups.saturating_mul(self.group_size()), null(), true);
        for index in 0..ngroups {
            *(self.group_at(groups, index) as *mut u64) = ALL_EMPTY;
        }
        let old = self.groups;
        self.groups = groups;
        self.mask = ngroups - 1;
        self.growth_left = self.max_load() - self.count as usize;
        old
    }

    /// The group and slot of `key`, if present.
    unsafe fn find<K: Key>(&self, key: *const u8) -> Option<(*mut u8, usize)> {
        let hash = K::hash(self, key);
        let mut probe = Probe::new(hash, self.mask);
        loop {
            let group = self.group(probe.group);
            let ctrl = ctrl(group);
            for slot in match_h2(ctrl, h2(hash)) {
                if K::equal(self, key, self.slot(group, slot)) {
                    return Some((group, slot));
                }
            }
            if match_empty(ctrl).any() {
                return None;
            }
            probe.next();
        }
    }

    /// The first empty or deleted slot on the probe for `hash`.
    unsafe fn find_free(&self, hash: u64) -> (*mut u8, usize) {
        let mut probe = Probe::new(hash, self.mask);
        loop {
            let group = self.group(probe.group);
            let free = match_empty_or_deleted(ctrl(group));
            if free.any() {
                return (group, free.first());
            }
            probe.next();
        }
    }

    /// The element of `key`, inserting the key with a zero element if it
    /// is absent.
    unsafe fn assign<K: Key>(&mut self, key: *const u8) -> *mut u8 {
        let hash = K::hash(self, key);
        let mut probe = Probe::new(hash, self.mask);
        let mut free = None;
        let (mut group, mut slot) = loop {
            let group = self.group(probe.group);
            let ctrl = ctrl(group);
            for slot in match_h2(ctrl, h2(hash)) {
                let p = self.slot(group, slot);
                if K::equal(self, key, p) {
                    if self.key_update {
                        ptr::copy(key, p, self.key_size());
                    }
                    return p.add(self.elem_off);
                }
            }
            let here = match_empty_or_deleted(ctrl);
            if free.is_none() && here.any() {
                free = Some((group, here.first()));
            }
            // A group with an empty slot ends the probe, and set `free`.
            if let (Some(free), true) = (free, match_empty(ctrl).any()) {
                break free;
            }
            probe.next();
        };
        if *group.add(slot) == EMPTY {
            if self.growth_left == 0 {
                self.rehash::<K>();
                (group, slot) = self.find_free(hash);
            }
            self.growth_left -= 1;
        }
        set_ctrl(group, slot, h2(hash));
        let p = self.slot(group, slot);
        ptr::copy(key, p, self.key_size());
        let elem = p.add(self.elem_off);
        ptr::write_bytes(elem, 0, self.elem_size());
        self.count += 1;
        elem
    }

    /// Moves the entries to a new table with room for one more (see the
    /// header). The old table is left as it was, for iterators.
    unsafe fn rehash<K: Key>(&mut self) {
        let need = self.count as usize + 1;
        let max_load = self.max_load();
        let ngroups = if need <= max_load / 2 { self.mask + 1 } else { groups_for(need.max(max_load + 1)) };
        let old_ngroups = self.mask + 1;
        let old = self.new_table(ngroups);
        for index in 0..old_ngroups {
            let group = self.group_at(old, index);
            for slot in match_full(ctrl(group)) {
                let p = self.slot(group, slot);
                let hash = K::hash(self, p);
                let (to_group, to_slot) = self.find_free(hash);
                set_ctrl(to_group, to_slot, h2(hash));
                ptr::copy_nonoverlapping(p, self.slot(to_group, to_slot), self.slot_size);
            }
        }
    }

    unsafe fn delete<K: Key>(&mut self, key: *const u8) {
        if let Some((group, slot)) = self.find::<K>(key) {
            self.count -= 1;
            if match_empty(ctrl(group)).any() {
                set_ctrl(group, slot, EMPTY);
                self.growth_left += 1;
            } else {
                set_ctrl(group, slot, DELETED);
            }
            ptr::write_bytes(self.slot(group, slot), 0, self.slot_size);
        }
    }

    unsafe fn clear(&mut self) {
        if self.count == 0 && self.growth_left == self.max_load() {
            return; // nothing to remove, not even tombstones
        }
        let ngroups = self.mask + 1;
        ptr::write_bytes(self.groups, 0, ngroups * self.group_size());
        for index in 0..ngroups {
            *(self.group(index) as *mut u64) = ALL_EMPTY;
        }
        self.count = 0;
        self.growth_left = self.max_load();
        self.clear_seq += 1;
    }

    /// The current element of `key`, or null.
    unsafe fn lookup<K: Key>(&self, key: *const u8) -> *mut u8 {
        match self.find::<K>(key) {
            Some((group, slot)) => self.slot(group, slot).add(self.elem_off),
            None => null_mut(),
        }
    }

    /// Whether `key` equals itself (it holds no NaN).
    unsafe fn reflexive<K: Key>(&self, key: *const u8) -> bool {
        K::equal(self, key, key)
    }
}

/// `make(map[K]V, hint)`. A negative hint, or one too large to allocate,
/// counts as 0, as in Go 1.19 (makemap64 and makemap clamp it; later Go
/// versions do the same). The header goes in `header`, memory in the
/// caller's frame for a map that does not escape, or if null on the heap.
///
/// # Safety
/// `t` points to a map type that outlives the map; `header` is null or
/// writable memory for a `Map`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_makemap(t: *const MapType, hint: i64, header: *mut Map) -> *mut Map {
    let typ = &*t;
    let (key_size, elem_size) = (typ.key_size as usize, typ.elem_size as usize);
    let (key_align, elem_align) = (align_of_size(key_size), align_of_size(elem_size));
    let elem_off = key_size.next_multiple_of(elem_align);
    let slot_size = (elem_off + elem_size).next_multiple_of(key_align.max(elem_align));
    let fields = typ.fields();
    let m = if header.is_null() { mallocgc(size_of::<Map>(), null(), true) as *mut Map } else { header };
    m.write(Map {
        count: 0,
        groups: &EMPTY_GROUP as *const u64 as *mut u8,
        mask: 0,
        growth_left: 0,
        clear_seq: 0,
        seed: [fastrand(), fastrand()],
        typ: t,
        elem_off,
        slot_size,
        class: key::class(fields),
        key_update: key::needs_key_update(fields),
    });
    // A slot costs slot_size bytes plus its control byte.
    if hint > 0 && hint as u64 <= (MAX_ALLOC / (slot_size + 1)) as u64 {
        (*m).new_table(groups_for(hint as usize));
    }
    m
}

/// `m[key]`: the element of `key`, or null if it is absent (or `m` is nil).
///
/// # Safety
/// `m` is null or a map of type `t`; `key` points to a key.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_mapaccess(t: *const MapType, m: *mut Map, key: *const u8) -> *mut u8 {
    if m.is_null() || (*m).count == 0 {
        key::check_hashable(&*t, key);
        return null_mut();
    }
    let m = &*m;
    by_class!(m, K => m.lookup::<K>(key))
}

/// `m[key] = ...`: the element slot of `key`, inserted with a zero element
/// if absent. Panics if `m` is nil.
///
/// # Safety
/// `m` is null or a map of type `t`; `key` points to a key.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_mapassign(_t: *const MapType, m: *mut Map, key: *const u8) -> *mut u8 {
    if m.is_null() {
        panic_error(b"assignment to entry in nil map");
    }
    let m = &mut *m;
    by_class!(m, K => m.assign::<K>(key))
}

/// `delete(m, key)`.
///
/// # Safety
/// `m` is null or a map of type `t`; `key` points to a key.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_mapdelete(t: *const MapType, m: *mut Map, key: *const u8) {
    if m.is_null() || (*m).count == 0 {
        key::check_hashable(&*t, key);
        return;
    }
    let m = &mut *m;
    by_class!(m, K => m.delete::<K>(key))
}

/// `clear(m)`: removes every entry.
///
/// # Safety
/// `m` is null or a map of type `t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_mapclear(_t: *const MapType, m: *mut Map) {
    if !m.is_null() {
        (*m).clear();
    }
}

/// Starts `for k, v := range m`: fills in `it` and moves it to the first
/// entry (see `Iter`).
///
/// # Safety
/// `m` is null or a map of type `t`; `it` is valid for writes of 64 bytes
/// and 8-aligned.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_mapiterinit(_t: *const MapType, m: *mut Map, it: *mut Iter) {
    let live = !m.is_null() && (*m).count > 0;
    it.write(Iter {
        key: null_mut(),
        elem: null_mut(),
        m: if live { m } else { null_mut() },
        groups: if live { (*m).groups } else { null_mut() },
        mask: if live { (*m).mask } else { 0 },
        offset: fastrand() as usize,
        index: 0,
        clear_seq: if live { (*m).clear_seq } else { 0 },
    });
    rgort_mapiternext(it);
}

/// Moves `it` to the next entry, or ends the iteration (key null).
///
/// # Safety
/// `it` was set up by `rgort_mapiterinit`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_mapiternext(it: *mut Iter) {
    let it = &mut *it;
    if it.m.is_null() {
        it.key = null_mut();
        it.elem = null_mut();
        return;
    }
    let m = &*it.m;
    let nslots = (it.mask + 1) * SLOTS;
    while it.index < nslots {
        let index = it.index;
        let group = m.group_at(it.groups, (index / SLOTS).wrapping_add(it.offset / SLOTS) & it.mask);
        let full = match_full(ctrl(group));
        let slot = index.wrapping_add(it.offset) % SLOTS;
        it.index = if full.any() { index + 1 } else { (index | (SLOTS - 1)) + 1 };
        if !full.contains(slot) {
            continue;
        }
        let key = m.slot(group, slot);
        let elem = if ptr::eq(it.groups, m.groups)
            || (it.clear_seq == m.clear_seq && !by_class!(m, K => m.reflexive::<K>(key)))
        {
            key.add(m.elem_off)
        } else {
            let elem = by_class!(m, K => m.lookup::<K>(key));
            if elem.is_null() {
                continue;
            }
            elem
        };
        it.key = key;
        it.elem = elem;
        return;
    }
    it.key = null_mut();
    it.elem = null_mut();
    it.m = null_mut();
}
