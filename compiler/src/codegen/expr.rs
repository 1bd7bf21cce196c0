//! Lowering of expressions to lists of scalar values, with Go's semantics:
//! wrapping integer arithmetic at every width, an explicit divide-by-zero
//! check (arm64 does not trap), `MinInt / -1` that must not trap on x86-64,
//! shifts by counts of the width or more, IEEE float comparisons (NaN is
//! unordered), and conversions between numeric types.

use super::abi;
use super::call::{CallInst, Callee};
use super::func::FuncLower;
use super::runtime::RtFunc;
use crate::ir::{self, ExprKind};
use crate::ir::{BinaryOp, UnaryOp};
use crate::types::constant::Value as ConstValue;
use crate::types::layout;
use crate::types::ty::Type;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, InstBuilder, Value};

impl FuncLower<'_, '_> {
    /// The values of `e`; those that may point into the heap are declared
    /// for the stack maps of the calls they are live across.
    pub(super) fn expr(&mut self, e: &ir::Expr) -> Vec<Value> {
        let values = self.expr_values(e);
        if !matches!(e.ty, Type::Tuple(ref t) if t.is_empty()) && !matches!(e.kind, ExprKind::Print { .. }) {
            for (&v, pointer) in values.iter().zip(abi::pointer_scalars(&e.ty)) {
                if pointer {
                    self.b.declare_value_needs_stack_map(v);
                }
            }
        }
        values
    }

    fn expr_values(&mut self, e: &ir::Expr) -> Vec<Value> {
        match &e.kind {
            ExprKind::Const(c) => self.constant(c, &e.ty),
            ExprKind::Local(l) => self.load_local(*l),
            ExprKind::Global(g) => {
                let addr = self.global_addr(*g);
                self.load(addr, 0, &e.ty)
            }
            ExprKind::Call { func, args } => {
                let args = self.call_args(args);
                self.call_func(Callee::Direct(*func), args, &e.ty)
            }
            ExprKind::CallValue { callee, args } => {
                let closure = self.expr(callee)[0];
                self.nil_check(closure);
                let args = self.call_args(args);
                self.call_func(Callee::Value(closure), args, &e.ty)
            }
            ExprKind::FuncRef(func) => vec![self.func_value(*func)],
            ExprKind::MethodValue { func, recv, site } => {
                let value = self.expr(recv);
                if recv.ty.interface().is_some() {
                    // `x.M` of a nil interface panics now, not at the call.
                    self.nil_check(value[0]);
                }
                let cell = self.new_object(&recv.ty, Some(site));
                self.store(cell, 0, &recv.ty, &value);
                vec![self.closure_over(*func, &[cell], site.in_frame.get())]
            }
            ExprKind::Closure { func, captures, .. } if captures.is_empty() => vec![self.func_value(*func)],
            ExprKind::Closure { func, captures, site } => vec![self.closure(*func, captures, site.in_frame.get())],
            ExprKind::Print { args, newline } => {
                self.print(args, *newline);
                Vec::new()
            }
            ExprKind::Unary(op, x) => {
                let v = self.expr(x);
                self.unary(*op, &x.ty, v)
            }
            ExprKind::StringConvert { x, site } => {
                let buffer = self.string_buffer(e, site);
                self.string_conversion(x, &e.ty, buffer)
            }
            ExprKind::Convert(x) => {
                let v = self.expr(x);
                self.convert(v, &x.ty, &e.ty)
            }
            ExprKind::Zero => self.zero_value(&e.ty),
            ExprKind::Field(..) | ExprKind::Deref(_) => {
                let addr = self.addr_of(e);
                self.load(addr, 0, &e.ty)
            }
            ExprKind::Index(x, index) if x.ty.is_string() => self.string_index(x, index),
            ExprKind::Index(..) => {
                let addr = self.addr_of(e);
                self.load(addr, 0, &e.ty)
            }
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref()),
            ExprKind::AddrOf(x, site) => match &x.kind {
                ExprKind::Composite(elems) => vec![self.new_composite(elems, &x.ty, site.as_ref())],
                ExprKind::SliceLit { .. } | ExprKind::MapLit { .. } => {
                    // `&[]T{...}`, `&map[K]V{...}`: a new object holds the
                    // slice or map.
                    let value = self.expr(x);
                    let object = self.new_object(&x.ty, site.as_ref());
                    self.store(object, 0, &x.ty, &value);
                    vec![object]
                }
                _ => vec![self.addr_of(x)],
            },
            ExprKind::New(site) => {
                let Type::Pointer(elem) = e.ty.underlying() else { unreachable!("new of {}", e.ty) };
                vec![self.new_object(&elem, Some(site))]
            }
            ExprKind::Composite(elems) => self.composite(elems, &e.ty),
            ExprKind::SliceLit { len, elems, site } => self.slice_literal(*len, elems, &e.ty, site),
            ExprKind::Concat { parts, site } => {
                let buffer = self.string_buffer(e, site);
                self.concat(parts, buffer)
            }
            ExprKind::MakeSlice { len, cap, site } => self.make_slice(&e.ty, len, cap.as_deref(), site),
            ExprKind::FramePointer => vec![self.b.ins().get_frame_pointer(types::I64)],
            ExprKind::MapLookup { map, key, comma_ok } => self.map_lookup(map, key, *comma_ok),
            ExprKind::ToIface { x, itab, site } => self.to_iface(x, itab, &e.ty, site),
            ExprKind::TypeAssert { x, target, comma_ok } => self.type_assert(x, target, *comma_ok),
            ExprKind::IsType { x, target } => self.is_type(x, target),
            ExprKind::IfaceCall { recv, index, args } => self.iface_call(recv, *index, args, &e.ty),
            ExprKind::MapLit { entries, site } => self.map_literal(entries, &e.ty, site),
            ExprKind::MakeMap { hint, site } => vec![self.make_map(&e.ty, hint.as_deref(), site)],
            ExprKind::MapIterKey(iter) => self.map_iter_part(*iter, 0, &e.ty),
            ExprKind::MapIterElem(iter) => self.map_iter_part(*iter, 1, &e.ty),
            ExprKind::DecodeRune(s, i) => self.decode_rune(s, i),
            ExprKind::Builtin(b, args) => self.builtin(*b, args, &e.ty),
            ExprKind::Binary(op @ (BinaryOp::LogAnd | BinaryOp::LogOr), x, y) => {
                vec![self.short_circuit(*op, x, y)]
            }
            ExprKind::Binary(op, x, y) => {
                let a = self.expr(x);
                let b = self.expr(y);
                self.binary(*op, &x.ty, &y.ty, a, b)
            }
        }
    }

    fn constant(&mut self, c: &ConstValue, ty: &Type) -> Vec<Value> {
        match c {
            ConstValue::Bool(b) => vec![self.b.ins().iconst(types::I8, *b as i64)],
            ConstValue::String(bytes) => {
                let len = self.b.ins().iconst(types::I64, bytes.len() as i64);
                let ptr = if bytes.is_empty() {
                    self.b.ins().iconst(types::I64, 0)
                } else {
                    let gv = self.cx.string_data(bytes, self.b.func);
                    self.b.ins().symbol_value(types::I64, gv)
                };
                vec![ptr, len]
            }
            _ => abi::scalars(ty)
                .into_iter()
                .zip(constant_parts(c, ty))
                .map(|(t, part)| match t {
                    types::F32 => self.b.ins().f32const(part.to_f32().expect("float constant")),
                    types::F64 => self.b.ins().f64const(part.to_f64().expect("float constant")),
                    t => self.b.ins().iconst(t, integer_bits(&part)),
                })
                .collect(),
        }
    }

    pub(super) fn zero(&mut self, ty: &Type) -> Vec<Value> {
        abi::scalars(ty)
            .into_iter()
            .map(|t| match t {
                types::F32 => self.b.ins().f32const(0.0),
                types::F64 => self.b.ins().f64const(0.0),
                t => self.b.ins().iconst(t, 0),
            })
            .collect()
    }

    /// Calls a runtime function; in a function that defers, one that may
    /// panic is called through its thunk, protected (see `call_inst`).
    pub(super) fn runtime_call(&mut self, rt: RtFunc, args: &[Value]) -> Vec<Value> {
        if self.handler.is_some() && rt.may_panic() {
            let thunk = self.cx.runtime_thunk(rt, self.b.func);
            return self.call_inst(CallInst::Direct(thunk), args);
        }
        let callee = self.cx.runtime_ref(rt, self.b.func);
        let inst = self.b.ins().call(callee, args);
        self.b.inst_results(inst).to_vec()
    }

    /// `print`/`println`: one locked, buffered run of runtime print calls.
    fn print(&mut self, args: &[ir::Expr], newline: bool) {
        let values = self.call_args(args);
        self.runtime_call(RtFunc::PrintLock, &[]);
        for (i, (value, ty)) in values.into_iter().enumerate() {
            if newline && i > 0 {
                self.runtime_call(RtFunc::PrintSp, &[]);
            }
            let (rt, args) = if ty.is_boolean() {
                (RtFunc::PrintBool, vec![self.b.ins().uextend(types::I64, value[0])])
            } else if ty.is_string() {
                (RtFunc::PrintString, value)
            } else if ty.is_float() {
                (RtFunc::PrintFloat, vec![self.to_f64(value[0])])
            } else if ty.is_complex() {
                (RtFunc::PrintComplex, vec![self.to_f64(value[0]), self.to_f64(value[1])])
            } else if ty.is_unsigned() {
                (RtFunc::PrintUint, vec![self.extend(value[0], types::I64, false)])
            } else if ty.is_integer() {
                (RtFunc::PrintInt, vec![self.extend(value[0], types::I64, true)])
            } else if let Type::Slice(_) = ty.underlying() {
                self.print_slice(&value);
                continue;
            } else if ty.interface().is_some() {
                self.print_iface(&value);
                continue;
            } else {
                (RtFunc::PrintPointer, value)
            };
            self.runtime_call(rt, &args);
        }
        if newline {
            self.runtime_call(RtFunc::PrintNl, &[]);
        }
        self.runtime_call(RtFunc::PrintUnlock, &[]);
    }

    /// A slice prints as `[len/cap]0xaddress`.
    fn print_slice(&mut self, slice: &[Value]) {
        for (text, value) in [("[", slice[1]), ("/", slice[2])] {
            let (ptr, len) = self.string_constant(text.as_bytes());
            self.runtime_call(RtFunc::PrintString, &[ptr, len]);
            self.runtime_call(RtFunc::PrintInt, &[value]);
        }
        let (ptr, len) = self.string_constant(b"]");
        self.runtime_call(RtFunc::PrintString, &[ptr, len]);
        self.runtime_call(RtFunc::PrintPointer, &[slice[0]]);
    }

    pub(super) fn string_constant(&mut self, bytes: &[u8]) -> (Value, Value) {
        let value = self.constant(&ConstValue::string(bytes), &Type::STRING);
        (value[0], value[1])
    }

    pub(super) fn to_f64(&mut self, v: Value) -> Value {
        if self.b.func.dfg.value_type(v) == types::F32 {
            self.b.ins().fpromote(types::F64, v)
        } else {
            v
        }
    }

    /// Widens or narrows an integer to `to` bits, sign- or zero-extending.
    pub(super) fn extend(&mut self, v: Value, to: types::Type, signed: bool) -> Value {
        let from = self.b.func.dfg.value_type(v);
        if from.bits() < to.bits() {
            if signed {
                self.b.ins().sextend(to, v)
            } else {
                self.b.ins().uextend(to, v)
            }
        } else if from.bits() > to.bits() {
            self.b.ins().ireduce(to, v)
        } else {
            v
        }
    }

    fn unary(&mut self, op: UnaryOp, ty: &Type, v: Vec<Value>) -> Vec<Value> {
        match op {
            UnaryOp::Neg if ty.is_float() || ty.is_complex() => v.into_iter().map(|x| self.b.ins().fneg(x)).collect(),
            UnaryOp::Neg => vec![self.b.ins().ineg(v[0])],
            UnaryOp::Complement => vec![self.b.ins().bnot(v[0])],
            UnaryOp::Not => {
                let one = self.b.ins().iconst(types::I8, 1);
                vec![self.b.ins().bxor(v[0], one)]
            }
            _ => v,
        }
    }

    /// A conversion that changes representation, from `from` to `to`.
    fn convert(&mut self, v: Vec<Value>, from: &Type, to: &Type) -> Vec<Value> {
        let array = match to.underlying() {
            Type::Pointer(array) => Some(array.underlying()),
            Type::Array(..) => Some(to.underlying()),
            _ => None,
        };
        if let Some(Type::Array(n, _)) = array {
            // A slice to an array, or to a pointer to an array, that its
            // length covers; an array value is a copy of the elements.
            let len = self.b.ins().iconst(types::I64, n as i64);
            let short = self.b.ins().icmp(IntCC::UnsignedLessThan, v[1], len);
            self.cold_call_if(short, RtFunc::PanicSliceConvert, &[len, v[1]]);
            return match to.underlying() {
                Type::Array(..) if n == 0 => vec![self.temp(to)],
                Type::Array(..) => vec![self.copy_to_temp(v[0], to)],
                _ => vec![v[0]],
            };
        }
        let target = abi::scalars(to);
        if from.is_complex() {
            return v.iter().zip(target).map(|(&x, t)| self.float_resize(x, t)).collect();
        }
        let t = target[0];
        let x = v[0];
        vec![match (from.is_float(), to.is_float()) {
            (false, false) => self.extend(x, t, !from.is_unsigned()),
            (true, true) => self.float_resize(x, t),
            (false, true) => {
                let wide = self.extend(x, types::I64, !from.is_unsigned());
                if from.is_unsigned() {
                    self.b.ins().fcvt_from_uint(t, wide)
                } else {
                    self.b.ins().fcvt_from_sint(t, wide)
                }
            }
            (true, false) => {
                // Out-of-range conversions are implementation-defined in Go;
                // saturating ones never trap.
                let wide = if to.is_unsigned() {
                    self.b.ins().fcvt_to_uint_sat(types::I64, x)
                } else {
                    self.b.ins().fcvt_to_sint_sat(types::I64, x)
                };
                self.extend(wide, t, true)
            }
        }]
    }

    fn float_resize(&mut self, x: Value, to: types::Type) -> Value {
        let from = self.b.func.dfg.value_type(x);
        match (from.bits(), to.bits()) {
            (32, 64) => self.b.ins().fpromote(to, x),
            (64, 32) => self.b.ins().fdemote(to, x),
            _ => x,
        }
    }

    fn short_circuit(&mut self, op: BinaryOp, x: &ir::Expr, y: &ir::Expr) -> Value {
        let a = self.expr(x)[0];
        let rhs = self.b.create_block();
        let join = self.b.create_block();
        let result = self.b.append_block_param(join, types::I8);
        if op == BinaryOp::LogAnd {
            self.b.ins().brif(a, rhs, &[], join, &[a.into()]);
        } else {
            self.b.ins().brif(a, join, &[a.into()], rhs, &[]);
        }
        self.b.switch_to_block(rhs);
        let b = self.expr(y)[0];
        self.b.ins().jump(join, &[b.into()]);
        self.b.switch_to_block(join);
        result
    }

    /// `x op y` where `x` has type `ty` (and `y` too, except for shifts).
    fn binary(&mut self, op: BinaryOp, ty: &Type, count_ty: &Type, a: Vec<Value>, b: Vec<Value>) -> Vec<Value> {
        if ty.interface().is_some() {
            let equal = self.iface_equal(ty, &a, &b);
            return vec![if op == BinaryOp::Eq { equal } else { self.b.ins().bxor_imm_s(equal, 1) }];
        }
        if abi::is_memory(ty) {
            let equal = self.equal(a[0], b[0], ty);
            return vec![if op == BinaryOp::Eq { equal } else { self.b.ins().bxor_imm_s(equal, 1) }];
        }
        if ty.is_string() {
            let args = [a, b].concat();
            let order = self.runtime_call(RtFunc::CmpString, &args)[0];
            let zero = self.b.ins().iconst(types::I64, 0);
            return vec![self.b.ins().icmp(int_cc(op, false), order, zero)];
        }
        if ty.is_complex() {
            return self.complex_binary(op, a, b);
        }
        let (a, b) = (a[0], b[0]);
        if ty.is_float() {
            return vec![match op {
                BinaryOp::Add => self.b.ins().fadd(a, b),
                BinaryOp::Sub => self.b.ins().fsub(a, b),
                BinaryOp::Mul => self.b.ins().fmul(a, b),
                BinaryOp::Div => self.b.ins().fdiv(a, b),
                _ => self.b.ins().fcmp(float_cc(op), a, b),
            }];
        }
        let unsigned = ty.is_unsigned();
        match op {
            BinaryOp::Div | BinaryOp::Rem => return vec![self.divide(op, unsigned, a, b)],
            BinaryOp::Shl | BinaryOp::Shr => return vec![self.shift(op, unsigned, a, b, count_ty.is_unsigned())],
            _ => {}
        }
        let ins = self.b.ins();
        vec![match op {
            BinaryOp::Add => ins.iadd(a, b),
            BinaryOp::Sub => ins.isub(a, b),
            BinaryOp::Mul => ins.imul(a, b),
            BinaryOp::And => ins.band(a, b),
            BinaryOp::Or => ins.bor(a, b),
            BinaryOp::Xor => ins.bxor(a, b),
            BinaryOp::AndNot => ins.band_not(a, b),
            _ => ins.icmp(int_cc(op, unsigned), a, b),
        }]
    }

    /// `a == b` for struct or array values at addresses `a` and `b`: field
    /// by field (element by element) with each one's own equality.
    fn equal(&mut self, a: Value, b: Value, ty: &Type) -> Value {
        let parts: Vec<(u64, Type)> = match ty.underlying() {
            Type::Struct(s) => {
                let (offsets, _) = layout::struct_layout(&s);
                offsets
                    .into_iter()
                    .zip(s.fields.iter().map(|f| f.ty.clone()))
                    .filter(|(_, t)| layout::size_of(t) > 0)
                    .collect()
            }
            Type::Array(n, elem) => (0..n).map(|i| (i * layout::size_of(&elem), (*elem).clone())).collect(),
            _ => unreachable!("equality of {ty} in memory"),
        };
        let mut all = self.b.ins().iconst(types::I8, 1);
        for (offset, part_ty) in parts {
            let x = self.load(a, offset as i32, &part_ty);
            let y = self.load(b, offset as i32, &part_ty);
            let same = self.binary(BinaryOp::Eq, &part_ty, &part_ty, x, y)[0];
            all = self.b.ins().band(all, same);
        }
        all
    }

    /// Complex `+ - *` and comparison; `a` and `b` are (real, imaginary).
    fn complex_binary(&mut self, op: BinaryOp, a: Vec<Value>, b: Vec<Value>) -> Vec<Value> {
        let (ar, ai, br, bi) = (a[0], a[1], b[0], b[1]);
        match op {
            BinaryOp::Add => vec![self.b.ins().fadd(ar, br), self.b.ins().fadd(ai, bi)],
            BinaryOp::Sub => vec![self.b.ins().fsub(ar, br), self.b.ins().fsub(ai, bi)],
            BinaryOp::Mul => {
                let (rr, ii) = (self.b.ins().fmul(ar, br), self.b.ins().fmul(ai, bi));
                let (ri, ir) = (self.b.ins().fmul(ar, bi), self.b.ins().fmul(ai, br));
                vec![self.b.ins().fsub(rr, ii), self.b.ins().fadd(ri, ir)]
            }
            BinaryOp::Div => {
                // In the runtime, in complex128 (complex64 too, as gc).
                let args = [ar, ai, br, bi].map(|v| self.to_f64(v));
                let q = self.runtime_call(RtFunc::Complex128Div, &args);
                let part = self.b.func.dfg.value_type(ar);
                q.into_iter()
                    .map(|v| if part == types::F32 { self.b.ins().fdemote(types::F32, v) } else { v })
                    .collect()
            }
            BinaryOp::Eq | BinaryOp::Ne => {
                let re = self.b.ins().fcmp(FloatCC::Equal, ar, br);
                let im = self.b.ins().fcmp(FloatCC::Equal, ai, bi);
                let both = self.b.ins().band(re, im);
                if op == BinaryOp::Eq {
                    vec![both]
                } else {
                    let one = self.b.ins().iconst(types::I8, 1);
                    vec![self.b.ins().bxor(both, one)]
                }
            }
            _ => unreachable!("complex {op:?} is rejected by the checker"),
        }
    }

    /// Division and remainder: panics on a zero divisor. For signed types a
    /// divisor of -1 is replaced by 1 and the quotient negated, so the one
    /// overflowing case (`MinInt / -1`) wraps instead of trapping.
    fn divide(&mut self, op: BinaryOp, unsigned: bool, a: Value, b: Value) -> Value {
        let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
        self.cold_call_if(is_zero, RtFunc::PanicDivide, &[]);
        if unsigned {
            return if op == BinaryOp::Div { self.b.ins().udiv(a, b) } else { self.b.ins().urem(a, b) };
        }
        let ty = self.b.func.dfg.value_type(b);
        let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
        let one = self.b.ins().iconst(ty, 1);
        let safe = self.b.ins().select(minus_one, one, b);
        if op == BinaryOp::Div {
            let q = self.b.ins().sdiv(a, safe);
            let negated = self.b.ins().ineg(a);
            self.b.ins().select(minus_one, negated, q)
        } else {
            self.b.ins().srem(a, safe)
        }
    }

    /// Go shifts: a negative signed count panics; counts of the width or
    /// more give 0 (or the sign for a signed `>>`), where Cranelift would
    /// take the count modulo the width.
    fn shift(&mut self, op: BinaryOp, unsigned: bool, a: Value, count: Value, count_unsigned: bool) -> Value {
        let ty = self.b.func.dfg.value_type(a);
        let bits = ty.bits() as i64;
        let count = self.extend(count, types::I64, !count_unsigned);
        if !count_unsigned {
            let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, count, 0);
            self.cold_call_if(negative, RtFunc::PanicShift, &[]);
        }
        if op == BinaryOp::Shr && !unsigned {
            let max = self.b.ins().iconst(types::I64, bits - 1);
            let clamped = self.b.ins().umin(count, max);
            return self.b.ins().sshr(a, clamped);
        }
        let shifted = if op == BinaryOp::Shl { self.b.ins().ishl(a, count) } else { self.b.ins().ushr(a, count) };
        let too_far = self.b.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, count, bits);
        let zero = self.b.ins().iconst(ty, 0);
        self.b.ins().select(too_far, zero, shifted)
    }
}

/// Constant `c` of type `ty` as the constants of its scalars: a complex
/// constant's two parts, else itself.
pub(super) fn constant_parts(c: &ConstValue, ty: &Type) -> Vec<ConstValue> {
    match c.to_complex() {
        Some((re, im)) if ty.is_complex() => vec![ConstValue::Float(re), ConstValue::Float(im)],
        _ => vec![c.clone()],
    }
}

/// The two's-complement bits of integer constant `c`, to be truncated to
/// its width.
pub(super) fn integer_bits(c: &ConstValue) -> i64 {
    c.to_i64().or_else(|| c.to_u64().map(|u| u as i64)).expect("integer constant")
}

fn int_cc(op: BinaryOp, unsigned: bool) -> IntCC {
    match (op, unsigned) {
        (BinaryOp::Eq, _) => IntCC::Equal,
        (BinaryOp::Ne, _) => IntCC::NotEqual,
        (BinaryOp::Lt, false) => IntCC::SignedLessThan,
        (BinaryOp::Le, false) => IntCC::SignedLessThanOrEqual,
        (BinaryOp::Gt, false) => IntCC::SignedGreaterThan,
        (BinaryOp::Ge, false) => IntCC::SignedGreaterThanOrEqual,
        (BinaryOp::Lt, true) => IntCC::UnsignedLessThan,
        (BinaryOp::Le, true) => IntCC::UnsignedLessThanOrEqual,
        (BinaryOp::Gt, true) => IntCC::UnsignedGreaterThan,
        (BinaryOp::Ge, true) => IntCC::UnsignedGreaterThanOrEqual,
        _ => unreachable!("{op:?} is not a comparison"),
    }
}

/// Go's float comparisons: every ordered comparison with NaN is false, and
/// `!=` with NaN is true.
fn float_cc(op: BinaryOp) -> FloatCC {
    match op {
        BinaryOp::Eq => FloatCC::Equal,
        BinaryOp::Ne => FloatCC::NotEqual,
        BinaryOp::Lt => FloatCC::LessThan,
        BinaryOp::Le => FloatCC::LessThanOrEqual,
        BinaryOp::Gt => FloatCC::GreaterThan,
        BinaryOp::Ge => FloatCC::GreaterThanOrEqual,
        _ => unreachable!("{op:?} is not a float comparison"),
    }
}
