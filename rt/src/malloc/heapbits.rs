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
        // The number of words of a value and of its pointer prefix.
        let (elem_words, ptr_words) = if precise { ((*typ).size / 8, (*typ).ptrdata / 8) } else { (1, 1) };
        let words = block / 8;
        if words <= 64 && object % ARENA_SIZE + block <= ARENA_SIZE {
            let pattern = if precise {
                small_pattern(size, elem_words, ptr_words, (*typ).gcdata)
            } else {
                low_bits(size.div_ceil(8))
            };
            let (bits, word) = self.heap.pointer_bits(object);
            write_bits(bits.add(word / 8) as *mut u8, word % 8, words, pattern);
            return;
        }
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

/// A mask of the `n` (at most 64) low bits.
fn low_bits(n: usize) -> u64 {
    if n >= 64 {
        u64::MAX
    } else {
        (1 << n) - 1
    }
}

/// The bits of the words of a block of at most 64 words holding `size`
/// bytes of values of `elem_words` words each, the first `ptr_words` of
/// which have the pointer bitmap `gcdata`.
///
/// # Safety
/// `gcdata` holds `ptr_words` bits.
unsafe fn small_pattern(size: usize, elem_words: usize, ptr_words: usize, gcdata: *const u8) -> u64 {
    let mut elem = 0u64;
    for i in 0..ptr_words.min(64).div_ceil(8) {
        elem |= (*gcdata.add(i) as u64) << (8 * i);
    }
    elem &= low_bits(ptr_words);
    let words = size.div_ceil(8);
    let mut pattern = elem;
    let mut at = elem_words;
    while at < words {
        pattern |= elem << at;
        at += elem_words;
    }
    pattern & low_bits(words)
}

/// Writes the `n` (at most 64) low bits of `pattern` into the bitmap from
/// bit `shift` (below 8) of the byte at `byte` on.
///
/// # Safety
/// The bitmap holds those bits.
unsafe fn write_bits(mut byte: *mut u8, shift: usize, n: usize, pattern: u64) {
    let mut mask = (low_bits(n) as u128) << shift;
    let mut value = (pattern as u128) << shift;
    while mask != 0 {
        *byte = (*byte & !(mask as u8)) | value as u8;
        mask >>= 8;
        value >>= 8;
        byte = byte.add(1);
    }
}
