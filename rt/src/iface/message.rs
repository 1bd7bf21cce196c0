//! The texts of interface panics, Go 1.19's (checked with `go run`).
//! They are built by `Message::write` into any sink, so tests can read
//! them without the process exiting.

use crate::string::{bytes, StringHeader};
use crate::types::TypeDesc;

/// The value of an interface panic.
#[derive(Clone, Copy)]
pub enum Message<'a> {
    /// `interface conversion: main.T is not main.I: missing method M`
    MissingMethod { typ: *const TypeDesc, inter: *const TypeDesc, method: &'a [u8] },
    /// `interface conversion: interface {} is string, not int` (or `is nil`)
    DotType { have: *const TypeDesc, want: *const TypeDesc, iface: *const TypeDesc },
    /// `interface conversion: interface is nil, not main.I`
    NilDotType { want: *const TypeDesc },
    /// `runtime error: comparing uncomparable type []int`
    Uncomparable { typ: *const TypeDesc },
    /// `runtime error: hash of unhashable type []int`
    Unhashable { typ: *const TypeDesc },
}

/// The name of `t` as Go prints it (`?` if the descriptor has none).
///
/// # Safety
/// `t` is a descriptor whose name, if any, is a valid string header.
pub unsafe fn type_name<'a>(t: *const TypeDesc) -> &'a [u8] {
    let name = (*t).name as *const StringHeader;
    if name.is_null() {
        b"?"
    } else {
        bytes((*name).ptr, (*name).len)
    }
}

impl Message<'_> {
    /// Writes the message, piece by piece, to `out`.
    pub fn write(&self, out: &mut dyn FnMut(&[u8])) {
        // SAFETY: messages are only made from valid descriptors.
        unsafe {
            match *self {
                Message::MissingMethod { typ, inter, method } => {
                    out(b"interface conversion: ");
                    out(type_name(typ));
                    out(b" is not ");
                    out(type_name(inter));
                    out(b": missing method ");
                    out(method);
                }
                Message::DotType { have, want, iface } => {
                    out(b"interface conversion: ");
                    out(type_name(iface));
                    out(b" is ");
                    out(if have.is_null() { b"nil" } else { type_name(have) });
                    out(b", not ");
                    out(type_name(want));
                }
                Message::NilDotType { want } => {
                    out(b"interface conversion: interface is nil, not ");
                    out(type_name(want));
                }
                Message::Uncomparable { typ } => {
                    out(b"runtime error: comparing uncomparable type ");
                    out(type_name(typ));
                }
                Message::Unhashable { typ } => {
                    out(b"runtime error: hash of unhashable type ");
                    out(type_name(typ));
                }
            }
        }
    }
}
