//! Control words: the 8 control bytes of a group read as one little-endian
//! `u64` (byte i describes slot i) and matched all at once with SWAR bit
//! tricks, as Go 1.24's `ctrlGroup` does.

/// A slot never used since the table was built or cleared.
pub const EMPTY: u8 = 0x80;
/// A tombstone: the slot's entry was deleted.
pub const DELETED: u8 = 0xFE;
/// The control word of a group of empty slots.
pub const ALL_EMPTY: u64 = LSB * EMPTY as u64;

const LSB: u64 = 0x0101_0101_0101_0101;
const MSB: u64 = 0x8080_8080_8080_8080;

/// A set of slots of a group: the top bit of byte i is set for slot i.
#[derive(Clone, Copy)]
pub struct Slots(u64);

impl Slots {
    pub fn any(self) -> bool {
        self.0 != 0
    }

    /// The lowest slot of a nonempty set.
    pub fn first(self) -> usize {
        (self.0.trailing_zeros() / 8) as usize
    }

    pub fn contains(self, slot: usize) -> bool {
        self.0 & (0x80 << (slot * 8)) != 0
    }
}

impl Iterator for Slots {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let set = *self;
        let slot = set.any().then(|| set.first());
        self.0 &= self.0.wrapping_sub(1);
        slot
    }
}

/// The full slots whose H2 may be `h2`. A byte equal to `h2` becomes 0
/// after the xor, and subtracting 1 sets its top bit; the borrow can also
/// flag a full byte above a true match (a false positive, which the key
/// comparison rejects), never an empty or deleted one.
pub fn match_h2(ctrl: u64, h2: u8) -> Slots {
    let v = ctrl ^ (LSB * h2 as u64);
    Slots(v.wrapping_sub(LSB) & !v & MSB)
}

/// The empty slots: top bit set and bit 1 clear (a tombstone has bit 1
/// set). Shifting by 6 moves each byte's bit 1 onto its own top bit.
pub fn match_empty(ctrl: u64) -> Slots {
    Slots(ctrl & !(ctrl << 6) & MSB)
}

/// The empty and deleted slots: top bit set.
pub fn match_empty_or_deleted(ctrl: u64) -> Slots {
    Slots(ctrl & MSB)
}

/// The full slots: top bit clear.
pub fn match_full(ctrl: u64) -> Slots {
    Slots(!ctrl & MSB)
}
