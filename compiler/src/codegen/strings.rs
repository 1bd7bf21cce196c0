//! Strings: concatenation, indexing, and conversions to and from byte and
//! rune slices, through the runtime.

use super::func::FuncLower;
use super::runtime::RtFunc;
use crate::ir;
use crate::types::ty::{Basic, Type};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};
use std::rc::Rc;

impl FuncLower<'_, '_> {
    /// The address of the frame buffer for the result of `e`, a string
    /// conversion or concatenation made at `site`, if it does not escape;
    /// else 0 (the runtime allocates).
    pub(super) fn string_buffer(&mut self, e: &ir::Expr, site: &ir::Site) -> Value {
        if site.in_frame.get() {
            self.temp(&ir::string_buffer(e))
        } else {
            self.b.ins().iconst(types::I64, 0)
        }
    }

    /// `a + b + ...`: the runtime joins the parts, listed in a temporary,
    /// in `buffer` if it is not 0 and they fit.
    pub(super) fn concat(&mut self, parts: &[ir::Expr], buffer: Value) -> Vec<Value> {
        let values: Vec<Vec<Value>> = parts.iter().map(|p| self.expr(p)).collect();
        let list_ty = Type::Array(parts.len() as u64, Rc::new(Type::STRING));
        let list = self.temp(&list_ty);
        for (i, value) in values.iter().enumerate() {
            self.store(list, i as i32 * 16, &Type::STRING, value);
        }
        let out = self.temp(&Type::STRING);
        let n = self.b.ins().iconst(types::I64, parts.len() as i64);
        self.runtime_call(RtFunc::ConcatStrings, &[out, list, n, buffer]);
        self.load(out, 0, &Type::STRING)
    }

    /// `s[i]`: a byte, bounds-checked.
    pub(super) fn string_index(&mut self, s: &ir::Expr, index: &ir::Expr) -> Vec<Value> {
        let s = self.expr(s);
        let i = self.expr(index)[0];
        let i = self.index_to_i64(i, &index.ty);
        self.bounds_check(i, s[1], index.ty.is_unsigned());
        let addr = self.b.ins().iadd(s[0], i);
        vec![self.b.ins().load(types::I8, MemFlagsData::trusted(), addr, 0)]
    }

    /// The rune at byte offset `i` of `s` and the offset after it. ASCII is
    /// decoded inline; other bytes go to the runtime's UTF-8 decoder.
    pub(super) fn decode_rune(&mut self, s: &ir::Expr, i: &ir::Expr) -> Vec<Value> {
        let s = self.expr(s);
        let i = self.expr(i)[0];
        let addr = self.b.ins().iadd(s[0], i);
        let byte = self.b.ins().uload8(types::I64, MemFlagsData::trusted(), addr, 0);
        let ascii = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, byte, 0x80);
        let slow = self.b.create_block();
        let join = self.b.create_block();
        let rune = self.b.append_block_param(join, types::I64);
        let next = self.b.append_block_param(join, types::I64);
        let after = self.b.ins().iadd_imm_s(i, 1);
        self.b.ins().brif(ascii, join, &[byte.into(), after.into()], slow, &[]);
        self.b.switch_to_block(slow);
        let decoded = self.runtime_call(RtFunc::DecodeRune, &[s[0], s[1], i]);
        self.b.ins().jump(join, &[decoded[0].into(), decoded[1].into()]);
        self.b.switch_to_block(join);
        vec![self.b.ins().ireduce(types::I32, rune), next]
    }

    /// Conversions that involve strings: `string(r)`, `string(bytes)`,
    /// `string(runes)`, `[]byte(s)`, `[]rune(s)`; the result goes in
    /// `buffer` if it is not 0 and it fits.
    pub(super) fn string_conversion(&mut self, x: &ir::Expr, to: &Type, buffer: Value) -> Vec<Value> {
        let value = self.expr(x);
        let (rt, out_ty, args) = if to.is_string() && x.ty.is_integer() {
            let wide = if x.ty.is_unsigned() {
                self.b.ins().uextend(types::I64, value[0])
            } else if self.b.func.dfg.value_type(value[0]) == types::I64 {
                value[0]
            } else {
                self.b.ins().sextend(types::I64, value[0])
            };
            (RtFunc::IntString, Type::STRING, vec![wide])
        } else if to.is_string() {
            let rt =
                if is_slice_of(&x.ty, Basic::Uint8) { RtFunc::SliceByteToString } else { RtFunc::SliceRuneToString };
            (rt, Type::STRING, vec![value[0], value[1]])
        } else {
            let rt = if is_slice_of(to, Basic::Uint8) { RtFunc::StringToSliceByte } else { RtFunc::StringToSliceRune };
            (rt, to.clone(), vec![value[0], value[1]])
        };
        let out = self.temp(&out_ty);
        let mut call_args = vec![out];
        call_args.extend(args);
        call_args.push(buffer);
        self.runtime_call(rt, &call_args);
        let mut result = self.load(out, 0, &out_ty);
        if matches!(x.kind, ir::ExprKind::Const(_)) && !to.is_string() {
            // gc makes an array of exactly the constant's length.
            result[2] = result[1];
        }
        result
    }
}

fn is_slice_of(ty: &Type, elem: Basic) -> bool {
    matches!(ty.underlying(), Type::Slice(e) if e.basic() == Some(elem))
}
