//! Type descriptors: read-only data the runtime reads to allocate and
//! copy values of a type. The layout is the prefix of Go's `_type` that
//! `rt/src/types.rs` declares:
//!
//! ```text
//!  0 size        8 ptrdata    16 hash u32, tflag u8, align u8, field_align u8, kind u8
//! 24 equal      32 gcdata     40 name       48 ptr_to_this
//! ```
//!
//! `ptrdata` is the length of the prefix of a value that can hold
//! pointers (0: the value holds none).

use super::func::FuncLower;
use super::ModuleCx;
use crate::types::layout;
use crate::types::ty::{Basic, Type};
use cranelift_codegen::ir::{types, GlobalValue, InstBuilder, Value};
use cranelift_module::{DataDescription, Module};

const DESCRIPTOR_SIZE: usize = 56;

impl ModuleCx {
    fn type_desc(&mut self, ty: &Type, func: &mut cranelift_codegen::ir::Function) -> GlobalValue {
        let key = type_key(ty);
        let id = match self.type_descs.get(&key) {
            Some(&id) => id,
            None => {
                let id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
                let mut bytes = vec![0u8; DESCRIPTOR_SIZE];
                bytes[0..8].copy_from_slice(&layout::size_of(ty).to_le_bytes());
                bytes[8..16].copy_from_slice(&ptrdata(ty).to_le_bytes());
                bytes[21] = layout::align_of(ty) as u8;
                bytes[22] = layout::align_of(ty) as u8;
                bytes[23] = kind(ty);
                let mut data = DataDescription::new();
                data.define(bytes.into_boxed_slice());
                data.set_align(8);
                self.module.define_data(id, &data).expect("descriptor defined once");
                self.type_descs.insert(key, id);
                id
            }
        };
        self.module.declare_data_in_func(id, func)
    }
}

impl FuncLower<'_, '_> {
    /// The address of the descriptor of `ty`.
    pub(super) fn type_desc_addr(&mut self, ty: &Type) -> Value {
        let gv = self.cx.type_desc(ty, self.b.func);
        self.b.ins().symbol_value(types::I64, gv)
    }
}

/// A string that identifies a type: its Go spelling, with each named type
/// told apart by its identity.
pub(super) fn type_key(ty: &Type) -> String {
    match ty {
        Type::Named(named) => format!("{}#{}", named.name, named.id),
        Type::Pointer(elem) => format!("*{}", type_key(elem)),
        Type::Slice(elem) => format!("[]{}", type_key(elem)),
        Type::Array(len, elem) => format!("[{len}]{}", type_key(elem)),
        Type::Map(key, elem) => format!("map[{}]{}", type_key(key), type_key(elem)),
        Type::Struct(s) => {
            let fields: Vec<String> = s.fields.iter().map(|f| format!("{} {}", f.name, type_key(&f.ty))).collect();
            format!("struct{{{}}}", fields.join("; "))
        }
        other => other.to_string(),
    }
}

/// Bytes of a value of type `ty` up to and including its last pointer.
pub fn ptrdata(ty: &Type) -> u64 {
    match ty.underlying() {
        Type::Pointer(_) | Type::Func(_) | Type::Slice(_) | Type::Map(..) => 8,
        Type::Basic(Basic::String) => 8,
        Type::Array(len, elem) => match ptrdata(&elem) {
            0 => 0,
            p => (len.max(1) - 1) * layout::size_of(&elem) + p,
        },
        Type::Struct(s) => {
            let (offsets, _) = layout::struct_layout(&s);
            s.fields
                .iter()
                .zip(offsets)
                .filter_map(|(f, off)| match ptrdata(&f.ty) {
                    0 => None,
                    p => Some(off + p),
                })
                .max()
                .unwrap_or(0)
        }
        _ => 0,
    }
}

/// Go's reflect.Kind numbering.
fn kind(ty: &Type) -> u8 {
    use Basic::*;
    match ty.underlying() {
        Type::Basic(b) => match b {
            Bool => 1,
            Int => 2,
            Int8 => 3,
            Int16 => 4,
            Int32 => 5,
            Int64 => 6,
            Uint => 7,
            Uint8 => 8,
            Uint16 => 9,
            Uint32 => 10,
            Uint64 => 11,
            Uintptr => 12,
            Float32 => 13,
            Float64 => 14,
            Complex64 => 15,
            Complex128 => 16,
            _ => 24,
        },
        Type::Array(..) => 17,
        Type::Func(_) => 19,
        Type::Map(..) => 21,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::Struct(_) => 25,
        _ => 0,
    }
}
