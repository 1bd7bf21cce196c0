//! Interface values: (type word, data word). For an empty interface the
//! type word is the dynamic type's descriptor; otherwise it is an itab
//! `{inter, typ, hash, fun[]}` whose `typ` is at offset 8 and whose
//! functions, from offset 24, take the data word as receiver. The data word
//! is the value itself for pointer-shaped types, else a pointer to a boxed
//! copy. Nil is (0, 0).

use super::abi;
use super::call::Callee;
use super::expr::{constant_parts, integer_bits};
use super::func::FuncLower;
use super::runtime::RtFunc;
use super::ModuleCx;
use crate::ir;
use crate::types::constant::Value as ConstValue;
use crate::types::iface::is_direct;
use crate::types::ty::Type;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};
use cranelift_module::{DataDescription, DataId, Module};

/// Offset of the dynamic type in an itab, and of its first function.
const ITAB_TYPE: i32 = 8;
const ITAB_FUN: i32 = 24;

impl ModuleCx {
    /// The static itab for `typ` as interface `inter` with these functions.
    fn itab(&mut self, inter: &Type, typ: &Type, funcs: &[ir::FuncId]) -> DataId {
        let key = (inter.clone(), typ.clone());
        if let Some(&id) = self.itabs.get(&key) {
            return id;
        }
        let inter_id = self.type_desc_id(inter);
        let typ_id = self.type_desc_id(typ);
        let id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
        let mut data = DataDescription::new();
        data.define(vec![0u8; ITAB_FUN as usize + 8 * funcs.len()].into_boxed_slice());
        data.set_align(8);
        for (desc, at) in [(inter_id, 0), (typ_id, ITAB_TYPE as u32)] {
            let gv = self.module.declare_data_in_data(desc, &mut data);
            data.write_data_addr(at, gv, 0);
        }
        for (i, &func) in funcs.iter().enumerate() {
            let fref = self.module.declare_func_in_data(self.funcs[func], &mut data);
            data.write_function_addr(ITAB_FUN as u32 + 8 * i as u32, fref);
        }
        self.module.define_data(id, &data).expect("itab defined once");
        self.itabs.insert(key, id);
        id
    }
}

impl FuncLower<'_, '_> {
    fn data_addr(&mut self, id: DataId) -> Value {
        let gv = self.cx.module.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(types::I64, gv)
    }

    /// `x` converted to the interface type `target`.
    pub(super) fn to_iface(&mut self, x: &ir::Expr, itab: &[ir::FuncId], target: &Type, site: &ir::Site) -> Vec<Value> {
        let value = self.expr(x);
        let target_empty = target.interface().is_some_and(|i| i.methods.is_empty());
        if x.ty.interface().is_some() {
            // Interface to interface: the same data, a type word for the target.
            let dyn_type = self.dynamic_type(&x.ty, value[0]);
            if target_empty {
                return vec![dyn_type, value[1]];
            }
            // nil converts to nil; only a dynamic type needs an itab.
            let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, dyn_type, 0);
            let (convert, join) = (self.b.create_block(), self.b.create_block());
            let word = self.b.append_block_param(join, types::I64);
            self.b.ins().brif(is_nil, join, &[dyn_type.into()], convert, &[]);
            self.b.switch_to_block(convert);
            let inter = self.type_desc_addr(target);
            let fail = self.b.ins().iconst(types::I64, 0);
            let tab = self.runtime_call(RtFunc::GetItab, &[inter, dyn_type, fail])[0];
            self.b.ins().jump(join, &[tab.into()]);
            self.b.switch_to_block(join);
            return vec![word, value[1]];
        }
        let data = if is_direct(&x.ty) {
            value[0]
        } else if let ir::ExprKind::Const(c) = &x.kind {
            // A constant is boxed once, in read-only data, as in gc.
            let id = match c {
                ConstValue::String(bytes) => self.cx.string_header(bytes),
                _ => self.cx.read_only(constant_bytes(c, &x.ty)),
            };
            self.data_addr(id)
        } else {
            let boxed = self.new_object(&x.ty, Some(site));
            self.store(boxed, 0, &x.ty, &value);
            boxed
        };
        let word = if target_empty {
            self.type_desc_addr(&x.ty)
        } else {
            let id = self.cx.itab(target, &x.ty, itab);
            self.data_addr(id)
        };
        vec![word, data]
    }

    /// The dynamic type's descriptor of an interface value whose type word
    /// is `word` (0 for nil).
    fn dynamic_type(&mut self, iface: &Type, word: Value) -> Value {
        if iface.interface().is_some_and(|i| i.methods.is_empty()) {
            return word;
        }
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, word, 0);
        let (load, join) = (self.b.create_block(), self.b.create_block());
        let result = self.b.append_block_param(join, types::I64);
        self.b.ins().brif(is_nil, join, &[word.into()], load, &[]);
        self.b.switch_to_block(load);
        let typ = self.b.ins().load(types::I64, MemFlagsData::trusted(), word, ITAB_TYPE);
        self.b.ins().jump(join, &[typ.into()]);
        self.b.switch_to_block(join);
        result
    }

    /// Whether interface value `value` (of type `iface`) holds a `target`,
    /// and the type word it would have as a `target` interface.
    fn holds(&mut self, dyn_type: Value, target: &Type) -> (Value, Value) {
        match target.interface() {
            None => {
                let want = self.type_desc_addr(target);
                (self.b.ins().icmp(IntCC::Equal, dyn_type, want), dyn_type)
            }
            Some(i) if i.methods.is_empty() => (self.b.ins().icmp_imm_s(IntCC::NotEqual, dyn_type, 0), dyn_type),
            Some(_) => {
                let inter = self.type_desc_addr(target);
                let can_fail = self.b.ins().iconst(types::I64, 1);
                let tab = self.runtime_call(RtFunc::GetItab, &[inter, dyn_type, can_fail])[0];
                (self.b.ins().icmp_imm_s(IntCC::NotEqual, tab, 0), tab)
            }
        }
    }

    /// `x.(T)`: the value (and, with `comma_ok`, whether `x` holds a T;
    /// otherwise a failure panics as Go does).
    pub(super) fn type_assert(&mut self, x: &ir::Expr, target: &Type, comma_ok: bool) -> Vec<Value> {
        let value = self.expr(x);
        let dyn_type = self.dynamic_type(&x.ty, value[0]);
        let (ok, word) = self.holds(dyn_type, target);
        let (yes, no, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let scalars = super::abi::scalars(target);
        let results: Vec<Value> = scalars.iter().map(|&t| self.b.append_block_param(join, t)).collect();
        self.b.ins().brif(ok, yes, &[], no, &[]);
        self.b.switch_to_block(yes);
        let got = if target.interface().is_some() {
            vec![word, value[1]]
        } else if is_direct(target) {
            vec![value[1]]
        } else {
            self.load(value[1], 0, target)
        };
        let got: Vec<_> = got.into_iter().map(|v| v.into()).collect();
        self.b.ins().jump(join, &got);
        self.b.switch_to_block(no);
        if comma_ok {
            let zero: Vec<_> = self.zero_value(target).into_iter().map(|v| v.into()).collect();
            self.b.ins().jump(join, &zero);
        } else {
            self.b.set_cold_block(no);
            let dyn_type = self.dynamic_type(&x.ty, value[0]);
            let want = self.type_desc_addr(target);
            if target.interface().is_some() {
                // Panics with the missing method, or as a nil value.
                let cannot_fail = self.b.ins().iconst(types::I64, 0);
                self.runtime_call(RtFunc::GetItab, &[want, dyn_type, cannot_fail]);
            } else {
                let iface = self.type_desc_addr(&x.ty);
                self.runtime_call(RtFunc::PanicDotType, &[dyn_type, want, iface]);
            }
            self.b.ins().trap(super::func::UNREACHABLE);
        }
        self.b.switch_to_block(join);
        let mut result = results;
        if comma_ok {
            result.push(ok);
        }
        result
    }

    pub(super) fn is_type(&mut self, x: &ir::Expr, target: &Type) -> Vec<Value> {
        let value = self.expr(x);
        let dyn_type = self.dynamic_type(&x.ty, value[0]);
        vec![self.holds(dyn_type, target).0]
    }

    /// A call of method `index` of interface value `recv`.
    pub(super) fn iface_call(&mut self, recv: &ir::Expr, index: usize, args: &[ir::Expr], result: &Type) -> Vec<Value> {
        let value = self.expr(recv);
        self.nil_check(value[0]);
        let code = self.b.ins().load(types::I64, MemFlagsData::trusted(), value[0], ITAB_FUN + 8 * index as i32);
        let mut call_args = vec![(vec![value[1]], Type::Basic(crate::types::ty::Basic::Uintptr))];
        call_args.extend(self.call_args(args));
        self.call_func(Callee::Code(code), call_args, result)
    }

    /// `x == y` of interface values of type `ty`.
    pub(super) fn iface_equal(&mut self, ty: &Type, a: &[Value], b: &[Value]) -> Value {
        // Itabs for one pair of types may be built both statically and by
        // the runtime, so the dynamic types are compared, not the words.
        let dyn_type = self.dynamic_type(ty, a[0]);
        let other_type = self.dynamic_type(ty, b[0]);
        let same_type = self.b.ins().icmp(IntCC::Equal, dyn_type, other_type);
        let (check, join) = (self.b.create_block(), self.b.create_block());
        let result = self.b.append_block_param(join, types::I8);
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, dyn_type, 0);
        let differ = self.b.ins().bxor_imm_s(same_type, 1);
        let settled = self.b.ins().bor(is_nil, differ);
        self.b.ins().brif(settled, join, &[same_type.into()], check, &[]);
        self.b.switch_to_block(check);
        let equal = self.runtime_call(RtFunc::IfaceEq, &[dyn_type, a[1], b[1]])[0];
        let equal = self.b.ins().icmp_imm_s(IntCC::NotEqual, equal, 0);
        self.b.ins().jump(join, &[equal.into()]);
        self.b.switch_to_block(join);
        result
    }

    /// `println` of an interface value: `(0xtype,0xdata)`, the type word
    /// being the itab for a non-empty interface, as in Go.
    pub(super) fn print_iface(&mut self, value: &[Value]) {
        self.runtime_call(RtFunc::PrintEface, &[value[0], value[1]]);
    }
}

/// The bytes of constant `c` of type `ty` in memory.
fn constant_bytes(c: &ConstValue, ty: &Type) -> Vec<u8> {
    let mut bytes = Vec::new();
    for (t, part) in abi::scalars(ty).into_iter().zip(constant_parts(c, ty)) {
        match (t, part) {
            (types::F32, part) => bytes.extend(part.to_f32().expect("float constant").to_le_bytes()),
            (types::F64, part) => bytes.extend(part.to_f64().expect("float constant").to_le_bytes()),
            (_, ConstValue::Bool(b)) => bytes.push(b as u8),
            (t, part) => bytes.extend(&integer_bits(&part).to_le_bytes()[..t.bytes() as usize]),
        }
    }
    bytes
}
