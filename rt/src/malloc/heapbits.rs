//! The heap bitmap: for every word of an object in a scanned span, whether
//! it may hold a pointer (a bit per word in the arena's record), written
//! at allocation from the type's pointer bitmap (`TypeDesc::gcdata`), so
//! the collector reads only those words (Go's `heapBitsSetType`).
//!
//! An object of `size` bytes of a type of `typ.size` bytes is an array of
//! `size / typ.size` values (one for most): the type's bits repeat for
//! each. Memory of no particular type (null `typ`), or a type without a
//! bitmap, has every word marked as a possible pointer; the rest of the
//! block past `size` has none.

use super::arena::ARENA_SIZE;
use super::Allocator;
use crate::types::TypeDesc;

impl Allocator {
    /// # Safety
    /// `object` is a fresh block of `block` bytes for `size` bytes of type
    /// `typ` (null or a descriptor).
    pub(super) unsafe fn write_pointer_bits(&mut self, object: usize, size: usize, block: usize, typ: *const TypeDesc) {
        let precise = !typ.is_null() && !(*typ).gcdata.is_null() && (*typ).size >= 8;
        // The word of the current value, and the number of words of a
        // value and of its pointer prefix.
        let (elem_words, ptr_words) = if precise { ((*typ).size / 8, (*typ).ptrdata / 8) } else { (1, 1) };
        let mut elem_word = 0;
        let (mut bits, mut word) = self.heap.pointer_bits(object);
        for offset in (0..block).step_by(8) {
            let addr = object + offset;
            if offset != 0 && addr % ARENA_SIZE == 0 {
                (bits, word) = self.heap.pointer_bits(addr);
            }
            let pointer = if offset >= size {
                false
            } else if precise {
                elem_word < ptr_words && *(*typ).gcdata.add(elem_word / 8) & (1 << (elem_word % 8)) != 0
            } else {
                true
            };
            elem_word += 1;
            if elem_word == elem_words {
                elem_word = 0;
            }
            let byte = bits.add(word / 8) as *mut u8;
            if pointer {
                *byte |= 1 << (word % 8);
            } else {
                *byte &= !(1 << (word % 8));
            }
            word += 1;
        }
    }
}
