//! Printing a panic's value as Go 1.19's `printpanicval` does.
//!
//! An error prints its `Error()` and a Stringer its `String()` (the
//! methods are called before anything is printed, as Go's
//! `preprintpanics`, through `rgo_call_string_method`, a function the
//! compiler emits with the C calling convention). Otherwise a value of a
//! basic kind prints plainly (a string without quotes), or for a named
//! type as `main.N(7)` / `main.E("x")` (the string unescaped), and any
//! other value as `(T) data-word`.

use crate::goroutine;
use crate::iface::message::type_name;
use crate::iface::methods;
use crate::print;
use crate::string::{bytes, StringHeader};
use crate::types::TypeDesc;

/// An interface value: what `panic` receives and `recover` returns.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Eface {
    pub typ: *const TypeDesc,
    pub data: *const u8,
}

#[cfg(not(test))]
extern "C" {
    /// Calls a method `func() string` whose itab code is `code` on the
    /// data word `receiver`, storing the result at `out`.
    fn rgo_call_string_method(g: *mut u8, code: usize, receiver: *const u8, out: *mut StringHeader);
}

#[cfg(test)]
unsafe extern "C" fn rgo_call_string_method(_: *mut u8, _: usize, _: *const u8, _: *mut StringHeader) {
    unreachable!("no Go code in unit tests")
}

/// The text of `value`'s `Error()` or `String()` method, if it has one.
///
/// # Safety
/// `value` is a valid interface value.
pub unsafe fn method_text(value: Eface) -> Option<StringHeader> {
    if value.typ.is_null() {
        return None;
    }
    let table = methods(value.typ);
    let method = [&b"Error"[..], b"String"]
        .into_iter()
        .find_map(|name| table.iter().find(|m| m.name() == name && m.sig() == b"func() string"))?;
    let mut text = StringHeader { ptr: core::ptr::null(), len: 0 };
    rgo_call_string_method(goroutine::current() as *mut u8, method.func, value.data, &mut text);
    Some(text)
}

/// Prints a value that has no `Error` or `String` method.
///
/// # Safety
/// `value` is a valid interface value.
pub unsafe fn print(value: Eface) {
    let Eface { typ, data } = value;
    if typ.is_null() {
        return print::string(b"nil");
    }
    let name = type_name(typ);
    // Predeclared types print without their name.
    let custom = if name.contains(&b'.') { name } else { &[][..] };
    let load = |size: usize| -> u64 {
        match size {
            1 => *data as u64,
            2 => (data as *const u16).read_unaligned() as u64,
            4 => (data as *const u32).read_unaligned() as u64,
            _ => (data as *const u64).read_unaligned(),
        }
    };
    let signed = |size: usize| -> i64 {
        let shift = 64 - 8 * size as u32;
        ((load(size) << shift) as i64) >> shift
    };
    let f32_at = |offset: usize| f32::from_bits((data.add(offset) as *const u32).read_unaligned()) as f64;
    let f64_at = |offset: usize| f64::from_bits((data.add(offset) as *const u64).read_unaligned());
    let named = !custom.is_empty();
    let kind = (*typ).kind & KIND_MASK;
    if !matches!(kind, KIND_BOOL..=KIND_COMPLEX128 | KIND_STRING) {
        print::string(b"(");
        print::string(name);
        print::string(b") ");
        return print::hex(data as u64);
    }
    let quoted = kind == KIND_STRING;
    if named {
        print::string(custom);
        print::string(if quoted { b"(\"" } else { b"(" });
    }
    match kind {
        KIND_BOOL => print::string(if load(1) != 0 { b"true" } else { b"false" }),
        KIND_INT..=KIND_INT64 => print::int(signed(int_size(kind))),
        KIND_UINT..=KIND_UINTPTR => print::uint(load(int_size(kind))),
        KIND_FLOAT32 => print::float(f32_at(0)),
        KIND_FLOAT64 => print::float(f64_at(0)),
        KIND_COMPLEX64 => print::complex(f32_at(0), f32_at(4)),
        KIND_COMPLEX128 => print::complex(f64_at(0), f64_at(8)),
        _ => {
            let s = data as *const StringHeader;
            print::string(bytes((*s).ptr, (*s).len))
        }
    }
    if named {
        print::string(if quoted { b"\")" } else { b")" });
    }
}

/// Go's kind numbers (`TypeDesc::kind` without its flag bits).
const KIND_MASK: u8 = 0x1f;
const KIND_BOOL: u8 = 1;
const KIND_INT: u8 = 2;
const KIND_INT64: u8 = 6;
const KIND_UINT: u8 = 7;
const KIND_UINTPTR: u8 = 12;
const KIND_FLOAT32: u8 = 13;
const KIND_FLOAT64: u8 = 14;
const KIND_COMPLEX64: u8 = 15;
const KIND_COMPLEX128: u8 = 16;
const KIND_STRING: u8 = 24;

/// The size of an integer of Go kind `kind`.
fn int_size(kind: u8) -> usize {
    match kind {
        3 | 8 => 1,
        4 | 9 => 2,
        5 | 10 => 4,
        _ => 8,
    }
}
