//! The builtins that are not plain runtime calls: `len`, `cap`, `min`,
//! `max`, `panic`, and the dispatch to the slice builtins.

use super::func::{FuncLower, UNREACHABLE};
use super::runtime::RtFunc;
use crate::ir::{self, Builtin};
use crate::types::ty::Type;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};

/// `rgort_panic_value`'s kind for a string.
pub(super) const PANIC_STRING: i64 = 6;

impl FuncLower<'_, '_> {
    pub(super) fn builtin(&mut self, builtin: Builtin, args: &[ir::Expr], ty: &Type) -> Vec<Value> {
        match builtin {
            Builtin::Len if matches!(args[0].ty.underlying(), Type::Map(..)) => vec![self.map_len(&args[0])],
            Builtin::Len => vec![self.expr(&args[0])[1]],
            Builtin::Cap => vec![self.expr(&args[0])[2]],
            Builtin::Append => self.append(args, ty),
            Builtin::AppendSpread => self.append_spread(&args[0], &args[1]),
            Builtin::Copy => self.copy(&args[0], &args[1]),
            Builtin::MakeSlice => self.make_slice(ty, &args[0], args.get(1)),
            Builtin::MakeMap => vec![self.make_map(ty, args.first())],
            Builtin::Delete => {
                self.map_delete(&args[0], Some(&args[1]));
                Vec::new()
            }
            Builtin::Clear if matches!(args[0].ty.underlying(), Type::Map(..)) => {
                self.map_delete(&args[0], None);
                Vec::new()
            }
            Builtin::Clear => {
                self.clear(&args[0]);
                Vec::new()
            }
            Builtin::Panic => {
                self.panic_value(&args[0]);
                Vec::new()
            }
            Builtin::Complex => self.call_args(args).into_iter().map(|(v, _)| v[0]).collect(),
            Builtin::Real => vec![self.expr(&args[0])[0]],
            Builtin::Imag => vec![self.expr(&args[0])[1]],
            Builtin::Min | Builtin::Max => {
                let mut result = self.expr(&args[0]);
                for arg in &args[1..] {
                    let next = self.expr(arg);
                    result = self.min_max(builtin == Builtin::Min, ty, result, next);
                }
                result
            }
        }
    }

    /// `panic(v)` for a string or integer `v`.
    /// `panic(v)` for `v` of a basic kind, named or not: the runtime prints
    /// it as Go does.
    fn panic_value(&mut self, v: &ir::Expr) {
        let value = self.expr(v);
        let ty = &v.ty;
        if ty.interface().is_some() {
            return self.panic_interface(&value);
        }
        let (kind, a, b) = if ty.is_string() {
            (PANIC_STRING, value[0], value[1])
        } else if ty.is_complex() {
            let (re, im) = (self.to_f64(value[0]), self.to_f64(value[1]));
            (
                5,
                self.b.ins().bitcast(types::I64, MemFlagsData::new(), re),
                self.b.ins().bitcast(types::I64, MemFlagsData::new(), im),
            )
        } else if ty.is_float() {
            let f = self.to_f64(value[0]);
            (4, self.b.ins().bitcast(types::I64, MemFlagsData::new(), f), value[0])
        } else if ty.is_boolean() {
            (1, self.b.ins().uextend(types::I64, value[0]), value[0])
        } else {
            let wide = self.extend(value[0], types::I64, !ty.is_unsigned());
            (if ty.is_unsigned() { 3 } else { 2 }, wide, wide)
        };
        let (name_ptr, name_len) = match ty {
            Type::Named(named) => self.string_constant(named.name.as_bytes()),
            _ => self.string_constant(b""),
        };
        let b = if self.b.func.dfg.value_type(b) == types::I64 { b } else { a };
        self.panic_basic(kind, a, b, name_ptr, name_len);
    }

    /// Calls `rgort_panic_value` (which does not return) and continues in
    /// a new, unreachable block.
    pub(super) fn panic_basic(&mut self, kind: i64, a: Value, b: Value, name_ptr: Value, name_len: Value) {
        let kind = self.b.ins().iconst(types::I64, kind);
        self.runtime_call(RtFunc::PanicValue, &[kind, a, b, name_ptr, name_len]);
        self.b.ins().trap(UNREACHABLE);
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
    }

    /// The smaller (or larger) of two values of an ordered type. Floats
    /// follow Go: a NaN operand gives NaN, and -0 is less than +0.
    fn min_max(&mut self, min: bool, ty: &Type, a: Vec<Value>, b: Vec<Value>) -> Vec<Value> {
        if ty.is_float() {
            return vec![if min { self.b.ins().fmin(a[0], b[0]) } else { self.b.ins().fmax(a[0], b[0]) }];
        }
        let take_a = if ty.is_string() {
            let args = [a.clone(), b.clone()].concat();
            let order = self.runtime_call(RtFunc::CmpString, &args)[0];
            let cc = if min { IntCC::SignedLessThan } else { IntCC::SignedGreaterThan };
            self.b.ins().icmp_imm_s(cc, order, 0)
        } else {
            let cc = match (min, ty.is_unsigned()) {
                (true, false) => IntCC::SignedLessThan,
                (true, true) => IntCC::UnsignedLessThan,
                (false, false) => IntCC::SignedGreaterThan,
                (false, true) => IntCC::UnsignedGreaterThan,
            };
            self.b.ins().icmp(cc, a[0], b[0])
        };
        a.iter().zip(&b).map(|(&x, &y)| self.b.ins().select(take_a, x, y)).collect()
    }
}
