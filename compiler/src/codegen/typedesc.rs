//! Type descriptors: read-only data the runtime reads to allocate and
//! copy values of a type. The layout is the prefix of Go's `_type` that
//! `rt/src/types.rs` declares:
//!
//! ```text
//!  0 size        8 ptrdata    16 hash u32, tflag u8, align u8, field_align u8, kind u8
//! 24 equal      32 gcdata     40 name       48 ptr_to_this     56 methods
//! ```
//!
//! `ptrdata` is the length of the prefix of a value that can hold
//! pointers (0: the value holds none); `gcdata` points to its pointer
//! bitmap, one bit per word of that prefix, least significant bit first
//! (the collector scans only those words); tflag bit 0 marks a type stored
//! directly in an interface's data word; `equal` points to the key layout
//! that compares and hashes values (0: incomparable); `name` to a string
//! header with the type's name as Go prints it; `methods` to the method
//! table the runtime builds itabs from.

use super::func::FuncLower;
use super::ModuleCx;
use crate::ir;
use crate::types::iface::is_direct;
use crate::types::layout::{self, ptrdata};
use crate::types::ty::{Basic, Type};
use cranelift_codegen::ir::{types, GlobalValue, InstBuilder, Value};
use cranelift_module::{DataDescription, DataId, Module};

const DESCRIPTOR_SIZE: usize = 64;

impl ModuleCx {
    /// The descriptor of `ty`, defined the first time it is asked for.
    pub(super) fn type_desc_id(&mut self, ty: &Type) -> DataId {
        if let Some(&id) = self.type_descs.get(ty) {
            return id;
        }
        let id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
        self.type_descs.insert(ty.clone(), id);
        let mut bytes = vec![0u8; DESCRIPTOR_SIZE];
        bytes[0..8].copy_from_slice(&layout::size_of(ty).to_le_bytes());
        bytes[8..16].copy_from_slice(&ptrdata(ty).to_le_bytes());
        let hash = {
            use std::hash::{Hash, Hasher};
            let mut hasher = std::hash::DefaultHasher::new();
            ty.hash(&mut hasher);
            hasher.finish() as u32 | 1
        };
        bytes[16..20].copy_from_slice(&hash.to_le_bytes());
        bytes[20] = is_direct(ty) as u8;
        bytes[21] = layout::align_of(ty) as u8;
        bytes[22] = layout::align_of(ty) as u8;
        bytes[23] = kind(ty);
        let mut data = DataDescription::new();
        data.define(bytes.into_boxed_slice());
        data.set_align(8);
        // How to compare values of the type (none for incomparable ones).
        let mut fields = Vec::new();
        // Key layouts hold 32-bit offsets: values of 4 GB or more compare
        // as if they were not comparable.
        if comparable(ty) && u32::try_from(layout::size_of(ty)).is_ok() {
            super::map::key_fields(ty, 0, &mut fields);
            let layout = self.key_layout(&fields);
            let gv = self.module.declare_data_in_data(layout, &mut data);
            data.write_data_addr(24, gv, 0);
        }
        let bitmap = pointer_bitmap(ty);
        if !bitmap.is_empty() {
            let bits = self.module.declare_anonymous_data(false, false).expect("anonymous data");
            let mut bits_data = DataDescription::new();
            bits_data.define(bitmap.into_boxed_slice());
            self.module.define_data(bits, &bits_data).expect("bitmap defined once");
            let gv = self.module.declare_data_in_data(bits, &mut data);
            data.write_data_addr(32, gv, 0);
        }
        let name = self.string_header(ty.runtime_name().as_bytes());
        let gv = self.module.declare_data_in_data(name, &mut data);
        data.write_data_addr(40, gv, 0);
        if let Some(table) = self.method_table(ty) {
            let gv = self.module.declare_data_in_data(table, &mut data);
            data.write_data_addr(56, gv, 0);
        }
        self.module.define_data(id, &data).expect("descriptor defined once");
        id
    }

    fn type_desc(&mut self, ty: &Type, func: &mut cranelift_codegen::ir::Function) -> GlobalValue {
        let id = self.type_desc_id(ty);
        self.module.declare_data_in_func(id, func)
    }

    /// `KeyLayout { nfields, fields }` for the runtime's equality and hashing.
    pub(super) fn key_layout(&mut self, fields: &[(u32, u32)]) -> DataId {
        let fields_id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
        let mut data = DataDescription::new();
        let bytes: Vec<u8> = fields.iter().flat_map(|(o, k)| [o.to_le_bytes(), k.to_le_bytes()].concat()).collect();
        data.define(bytes.into_boxed_slice());
        data.set_align(8);
        self.module.define_data(fields_id, &data).expect("key fields defined once");
        let id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
        let mut data = DataDescription::new();
        data.define([(fields.len() as u64).to_le_bytes(), [0; 8]].concat().into_boxed_slice());
        data.set_align(8);
        let gv = self.module.declare_data_in_data(fields_id, &mut data);
        data.write_data_addr(8, gv, 0);
        self.module.define_data(id, &data).expect("key layout defined once");
        id
    }

    /// A string header `{ptr, len}` for `bytes`, in read-only data.
    /// Read-only data holding `bytes`, 8-byte aligned.
    pub(super) fn read_only(&mut self, bytes: Vec<u8>) -> DataId {
        let id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
        let mut data = DataDescription::new();
        data.define(bytes.into_boxed_slice());
        data.set_align(8);
        self.module.define_data(id, &data).expect("data defined once");
        id
    }

    pub(super) fn string_header(&mut self, bytes: &[u8]) -> DataId {
        let text = self.module.declare_anonymous_data(false, false).expect("anonymous data");
        let mut data = DataDescription::new();
        data.define(bytes.to_vec().into_boxed_slice());
        self.module.define_data(text, &data).expect("string defined once");
        let id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
        let mut data = DataDescription::new();
        data.define([[0u8; 8], (bytes.len() as u64).to_le_bytes()].concat().into_boxed_slice());
        data.set_align(8);
        let gv = self.module.declare_data_in_data(text, &mut data);
        data.write_data_addr(0, gv, 0);
        self.module.define_data(id, &data).expect("string header defined once");
        id
    }

    /// `MethodTable { n, entries: [{name, name_len, sig, sig_len, func}] }`
    /// for a concrete type converted to an interface, or for an interface.
    fn method_table(&mut self, ty: &Type) -> Option<DataId> {
        let entries: Vec<(String, String, Option<ir::FuncId>)> = match ty.interface() {
            Some(iface) if !iface.methods.is_empty() => iface
                .methods
                .iter()
                .map(|m| (m.name.clone(), Type::Func(std::rc::Rc::new(m.sig.clone())).runtime_name(), None))
                .collect(),
            Some(_) => return None,
            None => self.method_sets.get(ty)?.clone(),
        };
        if entries.is_empty() {
            return None;
        }
        let id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
        let mut data = DataDescription::new();
        let mut bytes = (entries.len() as u64).to_le_bytes().to_vec();
        bytes.resize(8 + 40 * entries.len(), 0);
        for (i, (name, sig, _)) in entries.iter().enumerate() {
            bytes[8 + 40 * i + 8..8 + 40 * i + 16].copy_from_slice(&(name.len() as u64).to_le_bytes());
            bytes[8 + 40 * i + 24..8 + 40 * i + 32].copy_from_slice(&(sig.len() as u64).to_le_bytes());
        }
        data.define(bytes.into_boxed_slice());
        data.set_align(8);
        for (i, (name, sig, func)) in entries.iter().enumerate() {
            let base = 8 + 40 * i as u32;
            for (text, at) in [(name, base), (sig, base + 16)] {
                let text_id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
                let mut text_data = DataDescription::new();
                text_data.define(text.as_bytes().to_vec().into_boxed_slice());
                self.module.define_data(text_id, &text_data).expect("name defined once");
                let gv = self.module.declare_data_in_data(text_id, &mut data);
                data.write_data_addr(at, gv, 0);
            }
            if let Some(func) = func {
                let fref = self.module.declare_func_in_data(self.funcs[*func], &mut data);
                data.write_function_addr(base + 32, fref);
            }
        }
        self.module.define_data(id, &data).expect("method table defined once");
        Some(id)
    }
}

impl FuncLower<'_, '_> {
    /// The address of the descriptor of `ty`.
    pub(super) fn type_desc_addr(&mut self, ty: &Type) -> Value {
        let gv = self.cx.type_desc(ty, self.b.func);
        self.b.ins().symbol_value(types::I64, gv)
    }
}

/// Whether `==` is defined on values of `ty`.
fn comparable(ty: &Type) -> bool {
    match ty.underlying() {
        Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
        Type::Struct(s) => s.fields.iter().all(|f| comparable(&f.ty)),
        Type::Array(_, elem) => comparable(&elem),
        _ => true,
    }
}

/// The pointer bitmap of `ty`: bit i set if word i of a value may hold a
/// pointer, for the words of its `ptrdata` prefix.
pub(super) fn pointer_bitmap(ty: &Type) -> Vec<u8> {
    let words = (ptrdata(ty) / 8) as usize;
    let mut bits = vec![0u8; words.div_ceil(8)];
    mark_pointers(ty, 0, &mut bits);
    bits
}

/// The byte offsets of the words of a value of type `ty` that may hold a
/// pointer.
pub(super) fn pointer_offsets(ty: &Type) -> Vec<u32> {
    let bitmap = pointer_bitmap(ty);
    (0..bitmap.len() * 8).filter(|&w| bitmap[w / 8] & (1 << (w % 8)) != 0).map(|w| 8 * w as u32).collect()
}

/// Sets the bits of the pointer words of a value of type `ty` at byte
/// `offset`.
fn mark_pointers(ty: &Type, offset: u64, bits: &mut [u8]) {
    let mut set = |word_offset: u64| {
        let word = ((offset + word_offset) / 8) as usize;
        bits[word / 8] |= 1 << (word % 8);
    };
    match ty.underlying() {
        Type::Pointer(_) | Type::Func(_) | Type::Slice(_) | Type::Map(..) | Type::Basic(Basic::String) => set(0),
        Type::Interface(_) => {
            set(0);
            set(8);
        }
        Type::Array(len, elem) if ptrdata(&elem) > 0 => {
            let size = layout::size_of(&elem);
            for i in 0..len {
                mark_pointers(&elem, offset + i * size, bits);
            }
        }
        Type::Struct(s) => {
            let (offsets, _) = layout::struct_layout(&s);
            for (f, off) in s.fields.iter().zip(offsets) {
                if ptrdata(&f.ty) > 0 {
                    mark_pointers(&f.ty, offset + off, bits);
                }
            }
        }
        _ => {}
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
        Type::Interface(_) => 20,
        Type::Pointer(_) => 22,
        Type::Slice(_) => 23,
        Type::Struct(_) => 25,
        _ => 0,
    }
}
