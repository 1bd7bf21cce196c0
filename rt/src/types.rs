//! Type descriptors: what the runtime knows about a Go type.
//!
//! The compiler emits one `TypeDesc` per type the runtime needs to see (an
//! allocation's type, a slice's element type, later interface and map
//! types). Its layout starts with the fields of Go's `runtime._type`, in
//! Go's order and with Go's sizes, so the descriptor can grow into a full
//! `_type` (with kind-specific data after it, as Go's `maptype` or
//! `slicetype` embed `_type`):
//!
//! | offset | field         | meaning                                           |
//! |--------|---------------|---------------------------------------------------|
//! | 0      | `size`        | `unsafe.Sizeof` of the type                       |
//! | 8      | `ptrdata`     | bytes of the prefix that can contain pointers; 0 = no pointers (noscan) |
//! | 16     | `hash`        | a hash of the type, for maps and type switches    |
//! | 20     | `tflag`       | Go's tflag bits                                   |
//! | 21     | `align`       | alignment of a variable of the type               |
//! | 22     | `field_align` | alignment of a struct field of the type           |
//! | 23     | `kind`        | Go's kind number (and its flag bits)              |
//! | 24     | `equal`       | `*KeyLayout` comparing two values, or 0 (not comparable) |
//! | 32     | `gcdata`      | pointer bitmap of the first `ptrdata` bytes       |
//! | 40     | `name`        | pointer to a {ptr, len} string header, or 0       |
//! | 48     | `ptr_to_this` | descriptor of `*T`, or 0                          |
//! | 56     | `methods`     | `*MethodTable`: the method set, or an interface's methods; 0 = none |
//!
//! Go stores `name` and `ptr_to_this` as 32-bit offsets into its module
//! data; rgoc uses plain pointers (resolved by the linker). Go keeps
//! methods in `uncommontype`/`interfacetype` after the `_type`; rgoc has
//! one pointer for both, so the descriptor is 64 bytes.
//!
//! For interfaces (`iface`), `tflag` bit 0 ("direct") says values are
//! stored in an interface's data word itself, and `equal` points to a
//! `KeyLayout` (the value's comparable fields, as map keys) rather than
//! to a function; `name` is the type's name as Go prints it in panics.
//! `gcdata` has one bit per pointer-sized word, least significant bit
//! first: the garbage collector will use it to scan objects precisely.

use crate::iface::MethodTable;
use core::mem::{offset_of, size_of};

#[repr(C)]
pub struct TypeDesc {
    pub size: usize,
    pub ptrdata: usize,
    pub hash: u32,
    pub tflag: u8,
    pub align: u8,
    pub field_align: u8,
    pub kind: u8,
    pub equal: usize,
    pub gcdata: *const u8,
    pub name: *const u8,
    pub ptr_to_this: usize,
    pub methods: *const MethodTable,
}

const _: () = assert!(offset_of!(TypeDesc, size) == 0);
const _: () = assert!(offset_of!(TypeDesc, ptrdata) == 8);
const _: () = assert!(offset_of!(TypeDesc, hash) == 16);
const _: () = assert!(offset_of!(TypeDesc, tflag) == 20);
const _: () = assert!(offset_of!(TypeDesc, align) == 21);
const _: () = assert!(offset_of!(TypeDesc, field_align) == 22);
const _: () = assert!(offset_of!(TypeDesc, kind) == 23);
const _: () = assert!(offset_of!(TypeDesc, equal) == 24);
const _: () = assert!(offset_of!(TypeDesc, gcdata) == 32);
const _: () = assert!(offset_of!(TypeDesc, name) == 40);
const _: () = assert!(offset_of!(TypeDesc, ptr_to_this) == 48);
const _: () = assert!(offset_of!(TypeDesc, methods) == 56);
const _: () = assert!(size_of::<TypeDesc>() == 64);

impl TypeDesc {
    /// A descriptor of `size` bytes whose first `ptrdata` may hold
    /// pointers, everything else empty: for unit tests.
    #[cfg(test)]
    pub fn for_test(size: usize, ptrdata: usize) -> TypeDesc {
        TypeDesc {
            size,
            ptrdata,
            hash: 0,
            tflag: 0,
            align: 8,
            field_align: 8,
            kind: 0,
            equal: 0,
            gcdata: core::ptr::null(),
            name: core::ptr::null(),
            ptr_to_this: 0,
            methods: core::ptr::null(),
        }
    }

    /// Whether values of the type contain no pointers, so the garbage
    /// collector need not scan them.
    pub fn noscan(&self) -> bool {
        self.ptrdata == 0
    }
}

// SAFETY: descriptors are immutable.
unsafe impl Sync for TypeDesc {}

/// The type of the runtime's pointer-free allocations (string bytes, byte
/// and rune arrays).
pub static NOSCAN: TypeDesc = TypeDesc {
    size: 0,
    ptrdata: 0,
    hash: 0,
    tflag: 0,
    align: 8,
    field_align: 8,
    kind: 0,
    equal: 0,
    gcdata: core::ptr::null(),
    name: core::ptr::null(),
    ptr_to_this: 0,
    methods: core::ptr::null(),
};

/// Whether an allocation of type `typ` is noscan. Null stands for memory
/// of no particular type, which the collector scans word by word
/// (closures, the runtime's records and tables).
///
/// # Safety
/// `typ` is null or points to a descriptor.
pub unsafe fn noscan(typ: *const TypeDesc) -> bool {
    !typ.is_null() && (*typ).noscan()
}
