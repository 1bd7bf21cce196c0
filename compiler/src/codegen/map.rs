//! Maps, through the runtime's Swiss tables. Each map type gets a
//! descriptor the runtime reads (see `rt/src/map.rs`):
//!
//! ```text
//! MapType { key_size, elem_size, nfields, fields: *const [KeyField] }
//! KeyField { offset: u32, kind: u32 }
//! ```
//!
//! listing the key's scalar parts and how to hash and compare each: 1, 2,
//! 4 or 8 for that many bytes, 16 for a string, 32/64 for float32/64, and
//! 65/129 for complex64/128. Keys are passed by address, from a temporary.
//! A map value is a pointer to the runtime's map (nil: 0), whose first
//! word is its length.

use super::func::FuncLower;
use super::runtime::RtFunc;
use super::ModuleCx;
use crate::ir;
use crate::types::layout;
use crate::types::ty::{Basic, Type};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Function, GlobalValue, InstBuilder, MemFlagsData, Value};
use cranelift_module::{DataDescription, Module};

impl ModuleCx {
    /// The descriptor of map type `map_ty`, and a zeroed area at least as
    /// large as its element (what a lookup of a missing key reads).
    fn map_descriptor(&mut self, map_ty: &Type, func: &mut Function) -> (GlobalValue, GlobalValue) {
        let Type::Map(key, elem) = map_ty.underlying() else { unreachable!("map descriptor of {map_ty}") };
        let (desc, zero) = match self.map_types.get(map_ty) {
            Some(&ids) => ids,
            None => {
                let mut fields = Vec::new();
                key_fields(&key, 0, &mut fields);
                let fields_id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
                let mut data = DataDescription::new();
                let bytes: Vec<u8> =
                    fields.iter().flat_map(|(o, k)| [o.to_le_bytes(), k.to_le_bytes()].concat()).collect();
                data.define(bytes.into_boxed_slice());
                data.set_align(8);
                self.module.define_data(fields_id, &data).expect("key fields defined once");

                let desc_id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
                let mut data = DataDescription::new();
                let mut bytes = Vec::new();
                for word in [layout::size_of(&key), layout::size_of(&elem), fields.len() as u64, 0] {
                    bytes.extend(word.to_le_bytes());
                }
                data.define(bytes.into_boxed_slice());
                data.set_align(8);
                let fields_gv = self.module.declare_data_in_data(fields_id, &mut data);
                data.write_data_addr(24, fields_gv, 0);
                self.module.define_data(desc_id, &data).expect("map type defined once");

                let zero_id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
                let mut data = DataDescription::new();
                data.define_zeroinit(layout::size_of(&elem).max(8) as usize);
                data.set_align(8);
                self.module.define_data(zero_id, &data).expect("zero area defined once");
                self.map_types.insert(map_ty.clone(), (desc_id, zero_id));
                (desc_id, zero_id)
            }
        };
        (self.module.declare_data_in_func(desc, func), self.module.declare_data_in_func(zero, func))
    }
}

/// `KeyField.kind` flag of a run of plain memory (rt/src/iface.rs).
const KIND_BYTES: u32 = 1 << 31;

/// The scalar parts of a key of type `ty` at `offset`, with their kinds.
pub(super) fn key_fields(ty: &Type, offset: u64, out: &mut Vec<(u32, u32)>) {
    let kind = match ty.underlying() {
        Type::Basic(Basic::String) => 16,
        Type::Basic(Basic::Float32) => 32,
        Type::Basic(Basic::Float64) => 64,
        Type::Basic(Basic::Complex64) => 65,
        Type::Basic(Basic::Complex128) => 129,
        Type::Interface(i) if i.methods.is_empty() => 130,
        Type::Interface(_) => 131,
        Type::Struct(s) => {
            let (offsets, _) = layout::struct_layout(&s);
            for (field, at) in s.fields.iter().zip(offsets) {
                key_fields(&field.ty, offset + at, out);
            }
            return;
        }
        Type::Array(n, elem) => {
            let size = layout::size_of(&elem);
            let mut one = Vec::new();
            key_fields(&elem, 0, &mut one);
            let plain = match one[..] {
                [(0, kind)] => u64::from(kind) == size && size <= 8 || kind & KIND_BYTES != 0,
                _ => false,
            };
            match u32::try_from(n * size) {
                // Elements of plain memory without padding: one run.
                Ok(bytes) if plain && n > 1 && bytes < KIND_BYTES => out.push((offset as u32, KIND_BYTES | bytes)),
                _ => {
                    for i in 0..n {
                        out.extend(one.iter().map(|&(at, kind)| ((offset + i * size) as u32 + at, kind)));
                    }
                }
            }
            return;
        }
        other => layout::size_of(&other) as u32,
    };
    if layout::size_of(ty) > 0 {
        out.push((offset as u32, kind));
    }
}

impl FuncLower<'_, '_> {
    /// The addresses of the descriptor and the zero area of `map_ty`.
    fn map_desc(&mut self, map_ty: &Type) -> (Value, Value) {
        let (desc, zero) = self.cx.map_descriptor(map_ty, self.b.func);
        (self.b.ins().symbol_value(types::I64, desc), self.b.ins().symbol_value(types::I64, zero))
    }

    /// The address of a temporary holding the key `key`.
    fn key_addr(&mut self, key: &ir::Expr) -> Value {
        let value = self.expr(key);
        let temp = self.temp(&key.ty);
        self.store(temp, 0, &key.ty, &value);
        temp
    }

    /// `m[k]`, and with `comma_ok` whether the key was there.
    pub(super) fn map_lookup(&mut self, map: &ir::Expr, key: &ir::Expr, comma_ok: bool) -> Vec<Value> {
        let Type::Map(_, elem) = map.ty.underlying() else { unreachable!("lookup in {}", map.ty) };
        let m = self.expr(map)[0];
        let k = self.key_addr(key);
        let (desc, zero) = self.map_desc(&map.ty);
        let found = self.runtime_call(RtFunc::MapAccess, &[desc, m, k])[0];
        let missing = self.b.ins().icmp_imm_s(IntCC::Equal, found, 0);
        let at = self.b.ins().select(missing, zero, found);
        let mut value = self.load(at, 0, &elem);
        if super::abi::is_memory(&elem) {
            // The element is read where it is: copy it before the map changes.
            value[0] = self.copy_to_temp(value[0], &elem);
        }
        if comma_ok {
            value.push(self.b.ins().bxor_imm_s(missing, 1));
        }
        value
    }

    /// The address of the element of `m[k]`, inserting the key if needed
    /// (a nil map panics in the runtime).
    pub(super) fn map_entry(&mut self, map: &ir::Expr, key: &ir::Expr) -> Value {
        let m = self.expr(map)[0];
        let k = self.key_addr(key);
        let (desc, _) = self.map_desc(&map.ty);
        self.runtime_call(RtFunc::MapAssign, &[desc, m, k])[0]
    }

    /// `make(map_ty, hint)` made at `site`.
    pub(super) fn make_map(&mut self, map_ty: &Type, hint: Option<&ir::Expr>, site: &ir::Site) -> Value {
        let hint = match hint {
            Some(h) => {
                let v = self.expr(h)[0];
                self.index_to_i64(v, &h.ty)
            }
            None => self.b.ins().iconst(types::I64, 0),
        };
        let (desc, _) = self.map_desc(map_ty);
        self.new_map(desc, hint, site)
    }

    /// A new map of the type described by `desc` for `hint` entries, its
    /// header in the frame if `site` does not escape.
    fn new_map(&mut self, desc: Value, hint: Value, site: &ir::Site) -> Value {
        let header =
            if site.in_frame.get() { self.temp(&ir::map_header()) } else { self.b.ins().iconst(types::I64, 0) };
        self.runtime_call(RtFunc::MakeMap, &[desc, hint, header])[0]
    }

    /// A map literal: a new map, then each entry assigned in order.
    pub(super) fn map_literal(
        &mut self,
        entries: &[(ir::Expr, ir::Expr)],
        map_ty: &Type,
        site: &ir::Site,
    ) -> Vec<Value> {
        let Type::Map(_, elem) = map_ty.underlying() else { unreachable!("map literal of {map_ty}") };
        let hint = self.b.ins().iconst(types::I64, entries.len() as i64);
        let (desc, _) = self.map_desc(map_ty);
        let m = self.new_map(desc, hint, site);
        for (key, value) in entries {
            let k = self.key_addr(key);
            let v = self.expr(value);
            let at = self.runtime_call(RtFunc::MapAssign, &[desc, m, k])[0];
            self.store(at, 0, &elem, &v);
        }
        vec![m]
    }

    /// `len(m)`: the map's first word, or 0 for a nil map.
    pub(super) fn map_len(&mut self, map: &ir::Expr) -> Value {
        let m = self.expr(map)[0];
        let (_, zero) = self.map_desc(&map.ty);
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, m, 0);
        let at = self.b.ins().select(is_nil, zero, m);
        self.b.ins().load(types::I64, MemFlagsData::trusted(), at, 0)
    }

    /// `delete(m, k)` and `clear(m)`.
    pub(super) fn map_delete(&mut self, map: &ir::Expr, key: Option<&ir::Expr>) {
        let m = self.expr(map)[0];
        let (desc, _) = self.map_desc(&map.ty);
        match key {
            Some(key) => {
                let k = self.key_addr(key);
                self.runtime_call(RtFunc::MapDelete, &[desc, m, k]);
            }
            None => {
                self.runtime_call(RtFunc::MapClear, &[desc, m]);
            }
        }
    }

    /// `for ... range m`: the runtime's iterator, in the local `iter`,
    /// points at the current key and element until the key is null.
    pub(super) fn map_range(&mut self, id: ir::LoopId, map: &ir::Expr, iter: ir::LocalId, body: &[ir::Stmt]) {
        let m = self.expr(map)[0];
        let (desc, _) = self.map_desc(&map.ty);
        let it = self.local_addr(iter);
        self.runtime_call(RtFunc::MapIterInit, &[desc, m, it]);
        let (header, body_block, next, exit) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.set_loop_targets(id, exit, next);
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(header);
        let it = self.local_addr(iter);
        let key = self.b.ins().load(types::I64, MemFlagsData::trusted(), it, 0);
        self.b.ins().brif(key, body_block, &[], exit, &[]);
        self.b.switch_to_block(body_block);
        self.stmts(body);
        self.b.ins().jump(next, &[]);
        self.b.switch_to_block(next);
        let it = self.local_addr(iter);
        self.runtime_call(RtFunc::MapIterNext, &[it]);
        self.b.ins().jump(header, &[]);
        self.b.switch_to_block(exit);
    }

    /// The current key (`word` 0) or element (`word` 1) of a map iterator.
    pub(super) fn map_iter_part(&mut self, iter: ir::LocalId, word: i32, ty: &Type) -> Vec<Value> {
        let it = self.local_addr(iter);
        let at = self.b.ins().load(types::I64, MemFlagsData::trusted(), it, 8 * word);
        self.load(at, 0, ty)
    }
}
