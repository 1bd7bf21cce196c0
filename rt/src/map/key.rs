//! Hashing and comparing keys, driven by the key's fields (`KeyField`), and
//! the runtime's random numbers.
//!
//! The hash is aHash's fallback hasher: each 64-bit word of input is folded
//! into the state with a folded multiply (the two halves of the 128-bit
//! product xor-ed), and the result is mixed once more with the map's second
//! seed. The map's two seeds are random, so hashes (and with them the
//! layout and iteration order of a map) differ between maps and runs.
//!
//! A map hashes and compares keys with one of four `Key` classes chosen at
//! makemap: the fast paths for a key that is a single 32-bit or 64-bit
//! integer at offset 0 or a single string, and the general loop over the
//! fields for anything else. Floats hash +0 and -0 alike and a NaN to a
//! random value; strings hash their length and bytes; an interface (kinds
//! 130 and 131) hashes its dynamic type's hash and then its value by that
//! type's layout (`iface`), which also compares such keys.

use super::{KeyField, Map, MapType};
use crate::iface;
use crate::string::{bytes, StringHeader};
use core::ptr::{copy_nonoverlapping, read_unaligned};
use core::sync::atomic::{AtomicU64, Ordering};

pub const KIND_STRING: u32 = 16;
pub const KIND_FLOAT32: u32 = 32;
pub const KIND_FLOAT64: u32 = 64;
pub const KIND_COMPLEX64: u32 = 65;
pub const KIND_COMPLEX128: u32 = 129;
pub use iface::{KIND_BYTES, KIND_EFACE, KIND_IFACE};

/// aHash's multiplier, and wyrand's two constants.
const MULTIPLE: u64 = 6364136223846793005;
const WY0: u64 = 0xa076_1d64_78bd_642f;
const WY1: u64 = 0xe703_7ed1_a0b4_28db;

fn folded_mul(a: u64, b: u64) -> u64 {
    let product = a as u128 * b as u128;
    product as u64 ^ (product >> 64) as u64
}

/// The hardware cycle counter.
fn ticks() -> u64 {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: rdtsc has no preconditions.
    unsafe {
        core::arch::x86_64::_rdtsc()
    }
    #[cfg(target_arch = "aarch64")]
    {
        let ticks: u64;
        // SAFETY: Linux lets user code read the virtual counter.
        unsafe { core::arch::asm!("mrs {}, cntvct_el0", out(reg) ticks, options(nomem, nostack)) };
        ticks
    }
}

static RAND_STATE: AtomicU64 = AtomicU64::new(0);

/// A random number (Go's `fastrand`): wyrand over a state that the cycle
/// counter perturbs at every call. Plain loads and stores suffice: a race
/// only repeats a number.
pub fn fastrand() -> u64 {
    let state = RAND_STATE.load(Ordering::Relaxed).wrapping_add(WY0) ^ ticks();
    RAND_STATE.store(state, Ordering::Relaxed);
    folded_mul(state, state ^ WY1)
}

struct Hasher {
    buffer: u64,
    pad: u64,
}

impl Hasher {
    fn new(m: &Map) -> Hasher {
        Hasher { buffer: m.seed[0], pad: m.seed[1] }
    }

    fn write(&mut self, word: u64) {
        self.buffer = folded_mul(word ^ self.buffer, MULTIPLE);
    }

    /// The length, then the bytes 8 at a time, the last few zero-extended.
    unsafe fn write_bytes(&mut self, ptr: *const u8, len: usize) {
        self.write(len as u64);
        let mut i = 0;
        while i + 8 <= len {
            self.write(read_unaligned(ptr.add(i) as *const u64));
            i += 8;
        }
        if i < len {
            let mut tail = 0u64;
            copy_nonoverlapping(ptr.add(i), &mut tail as *mut u64 as *mut u8, len - i);
            self.write(tail);
        }
    }

    fn write_f32(&mut self, v: f32) {
        self.write(if v.is_nan() {
            fastrand()
        } else if v == 0.0 {
            0
        } else {
            v.to_bits() as u64
        });
    }

    fn write_f64(&mut self, v: f64) {
        self.write(if v.is_nan() {
            fastrand()
        } else if v == 0.0 {
            0
        } else {
            v.to_bits()
        });
    }

    fn finish(&self) -> u64 {
        folded_mul(self.buffer, self.pad).rotate_left(self.buffer as u32 & 63)
    }
}

/// How a map hashes and compares keys. `key`, `a` and `b` point to keys of
/// the map's key type.
pub trait Key {
    unsafe fn hash(m: &Map, key: *const u8) -> u64;
    unsafe fn equal(m: &Map, a: *const u8, b: *const u8) -> bool;
}

/// A single 32-bit integer at offset 0.
pub struct Word32;
/// A single 64-bit integer (or pointer) at offset 0.
pub struct Word64;
/// A single string at offset 0.
pub struct Str;
/// Any other key: a loop over its fields.
pub struct Fields;

pub const CLASS_WORD32: u8 = 0;
pub const CLASS_WORD64: u8 = 1;
pub const CLASS_STR: u8 = 2;
pub const CLASS_FIELDS: u8 = 3;

/// The class of a key with these fields.
pub fn class(fields: &[KeyField]) -> u8 {
    match fields {
        [KeyField { offset: 0, kind: 4 }] => CLASS_WORD32,
        [KeyField { offset: 0, kind: 8 }] => CLASS_WORD64,
        [KeyField { offset: 0, kind: KIND_STRING }] => CLASS_STR,
        _ => CLASS_FIELDS,
    }
}

/// Whether assigning to an existing key must store the new key over the
/// old one, because equal keys can differ: +0 and -0, or strings with the
/// same bytes elsewhere, or interfaces, which may hold either (Go's
/// `needkeyupdate`).
pub fn needs_key_update(fields: &[KeyField]) -> bool {
    fields.iter().any(|f| {
        matches!(
            f.kind,
            KIND_STRING | KIND_FLOAT32 | KIND_FLOAT64 | KIND_COMPLEX64 | KIND_COMPLEX128 | KIND_EFACE | KIND_IFACE
        )
    })
}

impl Key for Word32 {
    unsafe fn hash(m: &Map, key: *const u8) -> u64 {
        let mut h = Hasher::new(m);
        h.write(read_unaligned(key as *const u32) as u64);
        h.finish()
    }

    unsafe fn equal(_: &Map, a: *const u8, b: *const u8) -> bool {
        read_unaligned(a as *const u32) == read_unaligned(b as *const u32)
    }
}

impl Key for Word64 {
    unsafe fn hash(m: &Map, key: *const u8) -> u64 {
        let mut h = Hasher::new(m);
        h.write(read_unaligned(key as *const u64));
        h.finish()
    }

    unsafe fn equal(_: &Map, a: *const u8, b: *const u8) -> bool {
        read_unaligned(a as *const u64) == read_unaligned(b as *const u64)
    }
}

unsafe fn string_at<'a>(p: *const u8) -> &'a [u8] {
    let s = read_unaligned(p as *const StringHeader);
    bytes(s.ptr, s.len)
}

impl Key for Str {
    unsafe fn hash(m: &Map, key: *const u8) -> u64 {
        let mut h = Hasher::new(m);
        let s = string_at(key);
        h.write_bytes(s.as_ptr(), s.len());
        h.finish()
    }

    unsafe fn equal(_: &Map, a: *const u8, b: *const u8) -> bool {
        string_at(a) == string_at(b)
    }
}

unsafe fn read<T>(p: *const u8) -> T {
    read_unaligned(p as *const T)
}

impl Key for Fields {
    unsafe fn hash(m: &Map, key: *const u8) -> u64 {
        let mut h = Hasher::new(m);
        h.write_fields((*m.typ).fields(), key);
        h.finish()
    }

    unsafe fn equal(m: &Map, a: *const u8, b: *const u8) -> bool {
        match iface::equal_fields((*m.typ).fields(), a, b) {
            Ok(eq) => eq,
            Err(msg) => iface::panic_with(msg),
        }
    }
}

/// Panics as hashing would if the key at `key` holds an interface whose
/// dynamic type cannot be hashed: Go checks this even when the map is
/// nil or empty and no hash is needed.
///
/// # Safety
/// `key` points to a key of map type `t`.
pub unsafe fn check_hashable(t: &MapType, key: *const u8) {
    let fields = t.fields();
    if fields.iter().any(|f| matches!(f.kind, KIND_EFACE | KIND_IFACE)) {
        Hasher { buffer: 0, pad: 0 }.write_fields(fields, key);
    }
}

impl Hasher {
    /// Hashes the value at `key` field by field.
    unsafe fn write_fields(&mut self, fields: &[KeyField], key: *const u8) {
        for f in fields {
            let p = key.add(f.offset as usize);
            match f.kind {
                1 => self.write(read::<u8>(p) as u64),
                2 => self.write(read::<u16>(p) as u64),
                4 => self.write(read::<u32>(p) as u64),
                8 => self.write(read::<u64>(p)),
                KIND_STRING => {
                    let s = string_at(p);
                    self.write_bytes(s.as_ptr(), s.len());
                }
                KIND_FLOAT32 => self.write_f32(read(p)),
                KIND_FLOAT64 => self.write_f64(read(p)),
                KIND_COMPLEX64 => {
                    self.write_f32(read(p));
                    self.write_f32(read(p.add(4)));
                }
                KIND_COMPLEX128 => {
                    self.write_f64(read(p));
                    self.write_f64(read(p.add(8)));
                }
                KIND_EFACE | KIND_IFACE => self.write_interface(f.kind, p),
                k if k & KIND_BYTES != 0 => self.write_bytes(p, (k & !KIND_BYTES) as usize),
                _ => unreachable!("bad map key kind"),
            }
        }
    }

    /// Hashes the interface at `p`: nil as 0, otherwise the dynamic
    /// type's hash and then its value by the type's layout (Go's
    /// `efaceHash`). A type whose values cannot be compared cannot be
    /// hashed: Go's panic.
    unsafe fn write_interface(&mut self, kind: u32, p: *const u8) {
        let typ = iface::dynamic_type(kind, p);
        if typ.is_null() {
            self.write(0);
            return;
        }
        let Some(fields) = iface::layout(typ) else {
            iface::panic_with(iface::Message::Unhashable { typ });
        };
        self.write((*typ).hash as u64);
        let data = p.add(8) as *const usize;
        if iface::is_direct(typ) {
            self.write_fields(fields, data as *const u8);
        } else {
            self.write_fields(fields, read::<usize>(data as *const u8) as *const u8);
        }
    }
}
