//! Slices: slicing expressions with Go's bounds checks, and the slice
//! builtins `make`, `append`, `copy` and `clear`.
//!
//! A slice is (pointer, length, capacity). Slicing checks, in Go's order,
//! `max <= cap`, `hi <= max` and `lo <= hi` (unsigned, so negative bounds
//! fail too), and each failure panics with Go's message for that case.

use super::func::FuncLower;
use super::runtime::{Bounds, RtFunc};
use crate::ir;
use crate::types::layout;
use crate::types::ty::Type;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};
use cranelift_module::Module;

impl FuncLower<'_, '_> {
    /// `x[lo:hi:max]` of a string, slice or array (given by its address).
    pub(super) fn slice_expr(
        &mut self,
        x: &ir::Expr,
        lo: Option<&ir::Expr>,
        hi: Option<&ir::Expr>,
        max: Option<&ir::Expr>,
    ) -> Vec<Value> {
        let (base, len, cap, elem_size) = match x.ty.underlying() {
            Type::Array(n, elem) => {
                let base = self.addr_of(x);
                let n = self.b.ins().iconst(types::I64, n as i64);
                (base, n, n, layout::size_of(&elem))
            }
            Type::Slice(elem) => {
                let s = self.expr(x);
                (s[0], s[1], s[2], layout::size_of(&elem))
            }
            _ => {
                let s = self.expr(x);
                (s[0], s[1], s[1], 1)
            }
        };
        let is_string = x.ty.is_string();
        let is_slice = matches!(x.ty.underlying(), Type::Slice(_));
        // Each bound with whether its type is unsigned (for the message).
        let bound = |s: &mut Self, e: Option<&ir::Expr>| {
            e.map(|e| {
                let v = s.expr(e)[0];
                (s.index_to_i64(v, &e.ty), e.ty.is_unsigned())
            })
        };
        let lo = bound(self, lo);
        let hi = bound(self, hi);
        let max = bound(self, max);
        let (lo, lo_unsigned) = lo.unwrap_or_else(|| (self.b.ins().iconst(types::I64, 0), false));
        let (hi, cap) = match max {
            Some((max, max_unsigned)) => {
                let kind = if is_slice { Bounds::Slice3Acap } else { Bounds::Slice3Alen };
                self.order_check(max, cap, kind, max_unsigned);
                let (hi, hi_unsigned) = hi.expect("a 3-index slice has a high bound");
                self.order_check(hi, max, Bounds::Slice3B, hi_unsigned);
                self.order_check(lo, hi, Bounds::Slice3C, lo_unsigned);
                (hi, max)
            }
            None => {
                let hi = match hi {
                    Some((hi, hi_unsigned)) => {
                        let kind = if is_slice { Bounds::SliceAcap } else { Bounds::SliceAlen };
                        let limit = if is_string { len } else { cap };
                        self.order_check(hi, limit, kind, hi_unsigned);
                        hi
                    }
                    None => len,
                };
                self.order_check(lo, hi, Bounds::SliceB, lo_unsigned);
                (hi, cap)
            }
        };
        let new_len = self.b.ins().isub(hi, lo);
        let new_cap = self.b.ins().isub(cap, lo);
        // Go never makes a pointer past the end of the backing array: an
        // empty result keeps the base pointer.
        let offset = self.b.ins().imul_imm_s(lo, elem_size as i64);
        let moved = self.b.ins().iadd(base, offset);
        let empty = self.b.ins().icmp_imm_s(IntCC::Equal, new_cap, 0);
        let ptr = self.b.ins().select(empty, base, moved);
        if is_string {
            vec![ptr, new_len]
        } else {
            vec![ptr, new_len, new_cap]
        }
    }

    /// `make([]T, len, cap)`.
    /// `make([]T, len, cap)`: in the frame if the escape analysis allowed
    /// it (constant sizes only), else from the runtime, which checks the
    /// sizes.
    pub(super) fn make_slice(
        &mut self,
        ty: &Type,
        len: &ir::Expr,
        cap: Option<&ir::Expr>,
        site: &ir::Site,
    ) -> Vec<Value> {
        let Type::Slice(elem) = ty.underlying() else { unreachable!("make of {ty}") };
        if site.in_frame.get() {
            if let (Some(n), Some(_)) = (cap.unwrap_or(len).constant_size(), len.constant_size()) {
                let array = self.new_object(&Type::Array(n, elem.clone()), Some(site));
                let len_value = self.expr(len)[0];
                let len_value = self.index_to_i64(len_value, &len.ty);
                let cap_value = self.b.ins().iconst(types::I64, n as i64);
                return vec![array, len_value, cap_value];
            }
        }
        let len_value = self.expr(len)[0];
        let len_value = self.index_to_i64(len_value, &len.ty);
        let cap_value = match cap {
            Some(cap) => {
                let v = self.expr(cap)[0];
                self.index_to_i64(v, &cap.ty)
            }
            None => len_value,
        };
        let desc = self.type_desc_addr(&elem);
        let ptr = self.runtime_call(RtFunc::MakeSlice, &[desc, len_value, cap_value])[0];
        vec![ptr, len_value, cap_value]
    }

    /// Grows `slice` to hold `extra` more elements: returns the new
    /// (pointer, length, capacity), reallocating when the capacity is short.
    fn grow(&mut self, slice: &[Value], extra: Value, elem: &Type) -> (Value, Value, Value) {
        let new_len = self.b.ins().iadd(slice[1], extra);
        let short = self.b.ins().icmp(IntCC::UnsignedGreaterThan, new_len, slice[2]);
        let grow_block = self.b.create_block();
        let join = self.b.create_block();
        let ptr = self.b.append_block_param(join, types::I64);
        let cap = self.b.append_block_param(join, types::I64);
        self.b.set_cold_block(grow_block);
        self.b.ins().brif(short, grow_block, &[], join, &[slice[0].into(), slice[2].into()]);
        self.b.switch_to_block(grow_block);
        let out = self.temp(&Type::Slice(std::rc::Rc::new(elem.clone())));
        let desc = self.type_desc_addr(elem);
        self.runtime_call(RtFunc::GrowSlice, &[out, slice[0], slice[1], slice[2], new_len, desc]);
        let flags = MemFlagsData::trusted();
        let new_ptr = self.b.ins().load(types::I64, flags, out, 0);
        let new_cap = self.b.ins().load(types::I64, flags, out, 16);
        self.b.ins().jump(join, &[new_ptr.into(), new_cap.into()]);
        self.b.switch_to_block(join);
        (ptr, new_len, cap)
    }

    /// `append(s, x, y, ...)`, also as `append(f())` where f's results are
    /// the slice and the elements.
    pub(super) fn append(&mut self, args: &[ir::Expr], ty: &Type) -> Vec<Value> {
        let Type::Slice(elem) = ty.underlying() else { unreachable!("append to {ty}") };
        let mut values = self.call_args(args).into_iter().map(|(v, _)| v);
        let s = values.next().expect("append has a slice");
        let values: Vec<Vec<Value>> = values.collect();
        let extra = self.b.ins().iconst(types::I64, values.len() as i64);
        let (ptr, new_len, cap) = self.grow(&s, extra, &elem);
        let end = self.element_addr(ptr, s[1], &elem);
        let size = layout::size_of(&elem) as i32;
        for (i, value) in values.iter().enumerate() {
            self.store(end, i as i32 * size, &elem, value);
        }
        vec![ptr, new_len, cap]
    }

    /// `append(s, t...)` with a slice or string `t`.
    pub(super) fn append_spread(&mut self, slice: &ir::Expr, other: &ir::Expr) -> Vec<Value> {
        let Type::Slice(elem) = slice.ty.underlying() else { unreachable!("append to {}", slice.ty) };
        let s = self.expr(slice);
        let t = self.expr(other);
        let (ptr, new_len, cap) = self.grow(&s, t[1], &elem);
        let end = self.element_addr(ptr, s[1], &elem);
        let bytes = self.b.ins().imul_imm_s(t[1], layout::size_of(&elem) as i64);
        self.move_bytes(end, t[0], bytes);
        vec![ptr, new_len, cap]
    }

    /// `copy(dst, src)`: the number of elements copied.
    pub(super) fn copy(&mut self, dst: &ir::Expr, src: &ir::Expr) -> Vec<Value> {
        let Type::Slice(elem) = dst.ty.underlying() else { unreachable!("copy to {}", dst.ty) };
        let d = self.expr(dst);
        let s = self.expr(src);
        let n = self.b.ins().umin(d[1], s[1]);
        let bytes = self.b.ins().imul_imm_s(n, layout::size_of(&elem) as i64);
        self.move_bytes(d[0], s[0], bytes);
        vec![n]
    }

    /// `clear(s)` of a slice: zeroes its elements.
    pub(super) fn clear(&mut self, slice: &ir::Expr) {
        let Type::Slice(elem) = slice.ty.underlying() else { unreachable!("clear of {}", slice.ty) };
        let s = self.expr(slice);
        let bytes = self.b.ins().imul_imm_s(s[1], layout::size_of(&elem) as i64);
        let zero = self.b.ins().iconst(types::I8, 0);
        let config = self.cx.module.isa().frontend_config();
        self.b.call_memset(config, s[0], zero, bytes);
    }

    /// memmove of a run-time number of bytes.
    fn move_bytes(&mut self, dst: Value, src: Value, bytes: Value) {
        let config = self.cx.module.isa().frontend_config();
        self.b.call_memmove(config, dst, src, bytes);
    }
}
