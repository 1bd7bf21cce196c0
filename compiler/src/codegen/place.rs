//! Addresses: of locals and globals, struct fields, array and slice
//! elements, and `*p`, with Go's bounds and nil checks as branches to cold
//! panic calls.

use super::abi;
use super::func::FuncLower;
use super::runtime::{Bounds, RtFunc};
use crate::ir::{self, ExprKind};
use crate::types::layout;
use crate::types::ty::Type;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};

impl FuncLower<'_, '_> {
    /// The address of an addressable expression (or of a struct or array
    /// value, which is its own address), declared for the stack maps: it
    /// may point into the middle of a heap object that nothing else keeps
    /// alive across a call made before it is used (`p.f[i] = g()`).
    pub(super) fn addr_of(&mut self, e: &ir::Expr) -> Value {
        let addr = self.addr_of_place(e);
        self.b.declare_value_needs_stack_map(addr);
        addr
    }

    fn addr_of_place(&mut self, e: &ir::Expr) -> Value {
        match &e.kind {
            ExprKind::Local(l) => self.local_addr(*l),
            ExprKind::Global(g) => self.global_addr(*g),
            ExprKind::Field(x, offset) => {
                let base = self.expr(x)[0];
                self.offset_addr(base, *offset as i32)
            }
            ExprKind::Index(x, index) => {
                let i = self.expr(index)[0];
                let i = self.index_to_i64(i, &index.ty);
                let (base, len) = match x.ty.underlying() {
                    Type::Array(len, _) => (self.expr(x)[0], self.b.ins().iconst(types::I64, len as i64)),
                    _ => {
                        let slice = self.expr(x);
                        (slice[0], slice[1])
                    }
                };
                self.bounds_check(i, len, index.ty.is_unsigned());
                self.element_addr(base, i, &e.ty)
            }
            ExprKind::Deref(p) => {
                let p = self.expr(p)[0];
                self.nil_check(p);
                p
            }
            _ if abi::is_memory(&e.ty) => self.expr(e)[0],
            _ => unreachable!("address of a value that is not addressable"),
        }
    }

    /// `base + i * sizeof(elem)`.
    pub(super) fn element_addr(&mut self, base: Value, i: Value, elem: &Type) -> Value {
        let size = layout::size_of(elem) as i64;
        let scaled = if size == 1 { i } else { self.b.ins().imul_imm_s(i, size) };
        self.b.ins().iadd(base, scaled)
    }

    /// An index of any integer type as a 64-bit value for bounds checks:
    /// a negative signed index becomes huge and fails them, and reports
    /// itself as negative.
    pub(super) fn index_to_i64(&mut self, i: Value, ty: &Type) -> Value {
        let width = self.b.func.dfg.value_type(i);
        if width == types::I64 {
            i
        } else if ty.is_unsigned() {
            self.b.ins().uextend(types::I64, i)
        } else {
            self.b.ins().sextend(types::I64, i)
        }
    }

    /// `panic: runtime error: index out of range [i] with length len`
    /// unless `0 <= i < len`.
    pub(super) fn bounds_check(&mut self, i: Value, len: Value, unsigned: bool) {
        let out = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
        self.cold_call_if(out, RtFunc::Bounds(Bounds::Index, unsigned), &[i, len]);
    }

    /// Panics with `rt(x, y)` unless `x <= y` (unsigned: a negative `x`
    /// fails).
    pub(super) fn order_check(&mut self, x: Value, y: Value, kind: Bounds, unsigned: bool) {
        let out = self.b.ins().icmp(IntCC::UnsignedGreaterThan, x, y);
        self.cold_call_if(out, RtFunc::Bounds(kind, unsigned), &[x, y]);
    }
}
