//! Interfaces: itabs, type assertion failures, interface equality.
//!
//! An interface value is two words. An empty interface (`interface {}`) is
//! `{typ: *TypeDesc, data}`; a non-empty one is `{itab: *Itab, data}`, the
//! dynamic type being `itab.typ`. Both words are null for a nil interface.
//! The data word holds the value itself when the type is "direct" (tflag
//! bit 0: pointers, maps, funcs, chans), and otherwise points to a boxed
//! copy of it.
//!
//! Itabs for conversions the compiler can see are emitted statically. Any
//! other (a type assertion to an interface type, an interface-to-interface
//! conversion) is built here by `rgort_getitab`: the type's method table and
//! the interface's are both sorted by name, so one merge pass over the two
//! finds each interface method's function, or the first one missing. A
//! method matches when its name and signature strings are both equal.
//!
//! Results, failures included, are cached in a global open-addressing hash
//! table keyed by the (interface, type) pointer pair (`cache`), laid out as
//! Go's `itabTable` so that lookups need no lock: a table never changes
//! except that empty slots are filled (each with one release store of a
//! fully built itab), and growth publishes a new table with one release
//! store of the table pointer, leaving the old one intact for readers still
//! probing it. Insertions will need a lock once there are threads. A failure
//! is cached as an itab whose `fun[0]` is 0, as in Go (an interface with
//! no methods cannot fail).
//!
//! Equality (`rgort_ifaceeq`) and map keys of interface type (`map/key.rs`)
//! compare values by the dynamic type's `KeyLayout` (`TypeDesc.equal`), the
//! same field list maps use, with two more kinds for interface fields:
//! 130 (an empty interface) and 131 (a non-empty one).

pub mod cache;
pub(crate) mod message;
#[cfg(test)]
mod tests;

use crate::map::KeyField;
use crate::panic::panic_error_with;
use crate::print;
use crate::string::bytes;
use crate::types::TypeDesc;
use core::mem::{offset_of, size_of};
use core::ptr::{null, read_unaligned};
use core::slice;

pub use message::Message;

/// `KeyField.kind` of an empty interface `{typ, data}` (16 bytes).
pub const KIND_EFACE: u32 = 130;
/// `KeyField.kind` of a non-empty interface `{itab, data}` (16 bytes).
pub const KIND_IFACE: u32 = 131;
/// `KeyField.kind` flag of a run of plain memory (integers, bools,
/// pointers) compared and hashed byte by byte: `KIND_BYTES | length`.
pub const KIND_BYTES: u32 = 1 << 31;

/// The other `KeyField` kinds (as in `map/key.rs`).
const KIND_STRING: u32 = 16;
const KIND_FLOAT32: u32 = 32;
const KIND_FLOAT64: u32 = 64;
const KIND_COMPLEX64: u32 = 65;
const KIND_COMPLEX128: u32 = 129;

/// `TypeDesc.tflag` bit: values are stored directly in the data word.
pub const TFLAG_DIRECT: u8 = 1;

/// How values of a type compare and hash (`TypeDesc.equal`).
#[repr(C)]
pub struct KeyLayout {
    pub nfields: u64,
    pub fields: *const KeyField,
}

impl KeyLayout {
    pub unsafe fn fields(&self) -> &[KeyField] {
        if self.nfields == 0 {
            &[]
        } else {
            slice::from_raw_parts(self.fields, self.nfields as usize)
        }
    }
}

/// One method of a method table (`TypeDesc.methods`).
#[repr(C)]
pub struct MethodEntry {
    pub name: *const u8,
    pub name_len: u64,
    pub sig: *const u8,
    pub sig_len: u64,
    /// Code address an itab slot calls; 0 in an interface's table.
    pub func: usize,
}

/// `n` methods sorted by name (bytewise), followed by the entries.
#[repr(C)]
pub struct MethodTable {
    pub n: u64,
    pub entries: [MethodEntry; 0],
}

const _: () = assert!(size_of::<MethodEntry>() == 40);
const _: () = assert!(offset_of!(MethodEntry, func) == 32);
const _: () = assert!(offset_of!(MethodTable, entries) == 8);

impl MethodEntry {
    pub unsafe fn name(&self) -> &[u8] {
        bytes(self.name, self.name_len as usize)
    }

    pub unsafe fn sig(&self) -> &[u8] {
        bytes(self.sig, self.sig_len as usize)
    }
}

/// The methods of `t` (none if its table pointer is 0).
pub unsafe fn methods<'a>(t: *const TypeDesc) -> &'a [MethodEntry] {
    let table = (*t).methods;
    if table.is_null() || (*table).n == 0 {
        &[]
    } else {
        slice::from_raw_parts((*table).entries.as_ptr(), (*table).n as usize)
    }
}

/// An interface table: `fun` has one slot per method of `inter`, in its
/// (sorted) order. 24 + 8N bytes.
#[repr(C)]
pub struct Itab {
    pub inter: *const TypeDesc,
    pub typ: *const TypeDesc,
    /// `typ.hash`, for type switches.
    pub hash: u32,
    pub _pad: u32,
    pub fun: [usize; 0],
}

const _: () = assert!(offset_of!(Itab, inter) == 0);
const _: () = assert!(offset_of!(Itab, typ) == 8);
const _: () = assert!(offset_of!(Itab, hash) == 16);
const _: () = assert!(offset_of!(Itab, fun) == 24);
const _: () = assert!(size_of::<Itab>() == 24);

/// Merges the two sorted tables, calling `set(i, func)` with the function
/// of each method i of `inter` that `typ` has. Returns the first method of
/// `inter` that `typ` lacks, if any (the merge stops there).
pub unsafe fn merge<'a>(
    inter: *const TypeDesc,
    typ: *const TypeDesc,
    mut set: impl FnMut(usize, usize),
) -> Option<&'a MethodEntry> {
    let want = methods(inter);
    let have = methods(typ);
    let mut j = 0;
    for (i, m) in want.iter().enumerate() {
        let name = m.name();
        while j < have.len() && have[j].name() < name {
            j += 1;
        }
        match have.get(j) {
            Some(h) if h.name() == name && h.sig() == m.sig() => set(i, h.func),
            _ => return Some(m),
        }
    }
    None
}

/// The itab for (`inter`, `typ`): from the cache, or built and cached.
/// Null if `typ` lacks a method of `inter`.
pub unsafe fn getitab(inter: *const TypeDesc, typ: *const TypeDesc) -> *const Itab {
    let itab = match cache::find(inter, typ) {
        Some(itab) => itab,
        None => cache::add(build(inter, typ)),
    };
    if failed(inter, itab) {
        null()
    } else {
        itab
    }
}

/// Whether a cached itab records a failure.
unsafe fn failed(inter: *const TypeDesc, itab: *const Itab) -> bool {
    !methods(inter).is_empty() && *(*itab).fun.as_ptr() == 0
}

/// A new itab for (`inter`, `typ`); on failure `fun[0]` is 0.
unsafe fn build(inter: *const TypeDesc, typ: *const TypeDesc) -> *mut Itab {
    let n = methods(inter).len();
    let itab = crate::malloc::mallocgc(size_of::<Itab>() + 8 * n, null(), true) as *mut Itab;
    itab.write(Itab { inter, typ, hash: (*typ).hash, _pad: 0, fun: [] });
    let fun = slice::from_raw_parts_mut((*itab).fun.as_mut_ptr(), n);
    if merge(inter, typ, |i, func| fun[i] = func).is_some() {
        fun[0] = 0;
    }
    itab
}

/// Reports an unrecovered panic with `msg` as its value.
fn panic_message(msg: Message) -> ! {
    panic_error_with(&|out| msg.write(out), None)
}

/// The itab for converting a value of dynamic type `typ` to interface type
/// `inter` (a type assertion `x.(I)` or an interface conversion). If `typ`
/// lacks a method, or is null (a nil interface): null when `canfail` is
/// nonzero (the `v, ok` form), otherwise Go's panic.
///
/// # Safety
/// `inter` is an interface type descriptor; `typ` is null or a descriptor.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_getitab(inter: *const TypeDesc, typ: *const TypeDesc, canfail: u64) -> *const Itab {
    if typ.is_null() {
        if canfail != 0 {
            return null();
        }
        panic_message(Message::NilDotType { want: inter });
    }
    let itab = getitab(inter, typ);
    if itab.is_null() && canfail == 0 {
        let missing = merge(inter, typ, |_, _| {}).map_or(&[][..], |m| m.name());
        panic_message(Message::MissingMethod { typ, inter, method: missing });
    }
    itab
}

/// A failed type assertion `x.(T)` to a concrete type `want`: `x` (of
/// static interface type `iface`) held `have` (null: nil).
///
/// # Safety
/// The descriptors are valid; `have` may be null.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_panicdottype(have: *const TypeDesc, want: *const TypeDesc, iface: *const TypeDesc) -> ! {
    panic_message(Message::DotType { have, want, iface })
}

/// The layout of `typ`'s values, or None if they are not comparable.
pub unsafe fn layout<'a>(typ: *const TypeDesc) -> Option<&'a [KeyField]> {
    let layout = (*typ).equal as *const KeyLayout;
    if layout.is_null() {
        None
    } else {
        Some((*layout).fields())
    }
}

/// Whether values of `typ` live in the data word itself.
pub unsafe fn is_direct(typ: *const TypeDesc) -> bool {
    (*typ).tflag & TFLAG_DIRECT != 0
}

/// `x == y` for two data words of dynamic type `typ` (the pointed-to
/// values unless the type is direct), or the panic if its values are not
/// comparable. The same pointer is not a shortcut: a NaN is not equal to
/// itself.
pub unsafe fn data_equal(typ: *const TypeDesc, x: usize, y: usize) -> Result<bool, Message<'static>> {
    let Some(fields) = layout(typ) else {
        return Err(Message::Uncomparable { typ });
    };
    if is_direct(typ) {
        return Ok(x == y);
    }
    equal_fields(fields, x as *const u8, y as *const u8)
}

/// Whether two interface data words holding values of dynamic type `typ`
/// are equal. Panics if the type is not comparable.
///
/// # Safety
/// For an indirect type the words point to values of `typ`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_ifaceeq(typ: *const TypeDesc, x: usize, y: usize) -> u64 {
    match data_equal(typ, x, y) {
        Ok(eq) => eq as u64,
        Err(msg) => panic_message(msg),
    }
}

/// The dynamic type of the interface at `p` of kind `kind` (130 or 131).
pub unsafe fn dynamic_type(kind: u32, p: *const u8) -> *const TypeDesc {
    let word = read_unaligned(p as *const *const TypeDesc);
    if kind == KIND_IFACE && !word.is_null() {
        (*(word as *const Itab)).typ
    } else {
        word
    }
}

/// Whether the interfaces at `a` and `b` (of kind 130 or 131) are equal.
unsafe fn interface_equal(kind: u32, a: *const u8, b: *const u8) -> Result<bool, Message<'static>> {
    let (ta, tb) = (dynamic_type(kind, a), dynamic_type(kind, b));
    if ta != tb {
        return Ok(false);
    }
    if ta.is_null() {
        return Ok(true);
    }
    data_equal(ta, read_unaligned(a.add(8) as *const usize), read_unaligned(b.add(8) as *const usize))
}

unsafe fn read<T>(p: *const u8) -> T {
    read_unaligned(p as *const T)
}

/// Whether the values at `a` and `b` are equal field by field (the
/// comparison maps and `==` on interfaces use). Floats compare as IEEE
/// numbers, strings by content; an interface field holding an
/// uncomparable value is an error.
pub unsafe fn equal_fields(fields: &[KeyField], a: *const u8, b: *const u8) -> Result<bool, Message<'static>> {
    for f in fields {
        let (a, b) = (a.add(f.offset as usize), b.add(f.offset as usize));
        let eq = match f.kind {
            1 => read::<u8>(a) == read::<u8>(b),
            2 => read::<u16>(a) == read::<u16>(b),
            4 => read::<u32>(a) == read::<u32>(b),
            8 => read::<u64>(a) == read::<u64>(b),
            KIND_STRING => {
                let (x, y) = (read::<crate::string::StringHeader>(a), read::<crate::string::StringHeader>(b));
                bytes(x.ptr, x.len) == bytes(y.ptr, y.len)
            }
            KIND_FLOAT32 => read::<f32>(a) == read::<f32>(b),
            KIND_FLOAT64 => read::<f64>(a) == read::<f64>(b),
            KIND_COMPLEX64 => read::<[f32; 2]>(a) == read::<[f32; 2]>(b),
            KIND_COMPLEX128 => read::<[f64; 2]>(a) == read::<[f64; 2]>(b),
            KIND_EFACE | KIND_IFACE => interface_equal(f.kind, a, b)?,
            k if k & KIND_BYTES != 0 => {
                let len = (k & !KIND_BYTES) as usize;
                bytes(a, len) == bytes(b, len)
            }
            _ => unreachable!("bad key kind"),
        };
        if !eq {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `println` of an interface value: `(0x...,0x...)`, its two words.
#[unsafe(no_mangle)]
pub extern "C" fn rgort_printeface(typ: *const TypeDesc, data: usize) {
    print::string(b"(");
    print::hex(typ as u64);
    print::string(b",");
    print::hex(data as u64);
    print::string(b")");
}

/// Reports an unrecovered panic for `msg` (map hashing of an unhashable
/// interface key).
pub fn panic_with(msg: Message) -> ! {
    panic_message(msg)
}
