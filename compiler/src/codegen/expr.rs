//! Lowering of expressions to lists of scalar values, with Go's integer
//! semantics: wrapping arithmetic, an explicit divide-by-zero check (arm64
//! does not trap), `MinInt64 / -1` that must not trap on x86-64, and
//! shifts by counts of 64 or more.

use super::abi;
use super::func::FuncLower;
use super::runtime::RtFunc;
use crate::ir::{self, ExprKind};
use crate::syntax::ast::{BinaryOp, UnaryOp};
use crate::types::constant::Const;
use crate::types::ty::Type;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};
use cranelift_module::Module;

impl FuncLower<'_, '_> {
    pub(super) fn expr(&mut self, e: &ir::Expr) -> Vec<Value> {
        match &e.kind {
            ExprKind::Const(c) => self.constant(c, &e.ty),
            ExprKind::Local(l) => self.load_local(*l),
            ExprKind::Global(g) => {
                let addr = self.global_addr(*g);
                abi::scalar_offsets(&e.ty)
                    .into_iter()
                    .map(|(t, offset)| self.b.ins().load(t, MemFlagsData::trusted(), addr, offset))
                    .collect()
            }
            ExprKind::Call { func, args } => {
                let args: Vec<Value> = args.iter().flat_map(|a| self.expr(a)).collect();
                self.call(*func, &args)
            }
            ExprKind::CallSpread { func, arg } => {
                let args = self.expr(arg);
                self.call(*func, &args)
            }
            ExprKind::Print { args, newline } => {
                self.print(args, *newline);
                Vec::new()
            }
            ExprKind::Unary(op, x) => {
                let v = self.expr(x)[0];
                vec![match op {
                    UnaryOp::Neg => self.b.ins().ineg(v),
                    UnaryOp::Xor => self.b.ins().bnot(v),
                    UnaryOp::Not => {
                        let one = self.b.ins().iconst(types::I8, 1);
                        self.b.ins().bxor(v, one)
                    }
                    _ => v,
                }]
            }
            ExprKind::Binary(op @ (BinaryOp::LogAnd | BinaryOp::LogOr), x, y) => {
                vec![self.short_circuit(*op, x, y)]
            }
            ExprKind::Binary(op, x, y) if x.ty.is_string() => {
                let mut args = self.expr(x);
                args.extend(self.expr(y));
                let order = self.runtime_call(RtFunc::CmpString, &args)[0];
                let zero = self.b.ins().iconst(types::I64, 0);
                vec![self.binary(*op, order, zero)]
            }
            ExprKind::Binary(op, x, y) => {
                let a = self.expr(x)[0];
                let b = self.expr(y)[0];
                vec![self.binary(*op, a, b)]
            }
        }
    }

    fn constant(&mut self, c: &Const, ty: &Type) -> Vec<Value> {
        match c {
            Const::Bool(b) => vec![self.b.ins().iconst(types::I8, *b as i64)],
            Const::Int(i) => {
                let t = abi::scalars(ty)[0];
                vec![self.b.ins().iconst(t, *i as i64)]
            }
            Const::String(bytes) => {
                let len = self.b.ins().iconst(types::I64, bytes.len() as i64);
                let ptr = if bytes.is_empty() {
                    self.b.ins().iconst(types::I64, 0)
                } else {
                    let gv = self.cx.string_data(bytes, self.b.func);
                    self.b.ins().symbol_value(types::I64, gv)
                };
                vec![ptr, len]
            }
        }
    }

    pub(super) fn zero(&mut self, ty: &Type) -> Vec<Value> {
        abi::scalars(ty)
            .into_iter()
            .map(|t| self.b.ins().iconst(t, 0))
            .collect()
    }

    fn call(&mut self, func: ir::FuncId, args: &[Value]) -> Vec<Value> {
        let callee = self
            .cx
            .module
            .declare_func_in_func(self.cx.funcs[func], self.b.func);
        let inst = self.b.ins().call(callee, args);
        self.b.inst_results(inst).to_vec()
    }

    fn runtime_call(&mut self, rt: RtFunc, args: &[Value]) -> Vec<Value> {
        let callee = self.cx.runtime_ref(rt, self.b.func);
        let inst = self.b.ins().call(callee, args);
        self.b.inst_results(inst).to_vec()
    }

    /// `print`/`println`: one locked, buffered run of runtime print calls.
    fn print(&mut self, args: &[ir::Expr], newline: bool) {
        let values: Vec<(Vec<Value>, &Type)> = args.iter().map(|a| (self.expr(a), &a.ty)).collect();
        self.runtime_call(RtFunc::PrintLock, &[]);
        for (i, (value, ty)) in values.into_iter().enumerate() {
            if newline && i > 0 {
                self.runtime_call(RtFunc::PrintSp, &[]);
            }
            match ty {
                Type::Bool => {
                    let wide = self.b.ins().uextend(types::I64, value[0]);
                    self.runtime_call(RtFunc::PrintBool, &[wide]);
                }
                Type::String => {
                    self.runtime_call(RtFunc::PrintString, &value);
                }
                _ => {
                    self.runtime_call(RtFunc::PrintInt, &value);
                }
            }
        }
        if newline {
            self.runtime_call(RtFunc::PrintNl, &[]);
        }
        self.runtime_call(RtFunc::PrintUnlock, &[]);
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

    fn binary(&mut self, op: BinaryOp, a: Value, b: Value) -> Value {
        if matches!(op, BinaryOp::Div | BinaryOp::Rem) {
            return self.divide(op, a, b);
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(op, a, b);
        }
        let ins = self.b.ins();
        match op {
            BinaryOp::Add => ins.iadd(a, b),
            BinaryOp::Sub => ins.isub(a, b),
            BinaryOp::Mul => ins.imul(a, b),
            BinaryOp::And => ins.band(a, b),
            BinaryOp::Or => ins.bor(a, b),
            BinaryOp::Xor => ins.bxor(a, b),
            BinaryOp::AndNot => ins.band_not(a, b),
            BinaryOp::Eq => ins.icmp(IntCC::Equal, a, b),
            BinaryOp::Ne => ins.icmp(IntCC::NotEqual, a, b),
            BinaryOp::Lt => ins.icmp(IntCC::SignedLessThan, a, b),
            BinaryOp::Le => ins.icmp(IntCC::SignedLessThanOrEqual, a, b),
            BinaryOp::Gt => ins.icmp(IntCC::SignedGreaterThan, a, b),
            BinaryOp::Ge => ins.icmp(IntCC::SignedGreaterThanOrEqual, a, b),
            _ => unreachable!("{op:?} is lowered apart"),
        }
    }

    /// Signed division and remainder: panics on a zero divisor; a divisor
    /// of -1 is replaced by 1 and the quotient negated, so the one
    /// overflowing case (`MinInt64 / -1`) wraps instead of trapping.
    fn divide(&mut self, op: BinaryOp, a: Value, b: Value) -> Value {
        let is_zero = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
        self.cold_call_if(is_zero, RtFunc::PanicDivide, &[]);
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

    /// Go shifts: a negative count panics; counts of the width or more give
    /// 0 (or the sign for `>>`), where Cranelift would take the count
    /// modulo the width.
    fn shift(&mut self, op: BinaryOp, a: Value, count: Value) -> Value {
        let ty = self.b.func.dfg.value_type(a);
        let bits = ty.bits() as i64;
        let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, count, 0);
        self.cold_call_if(negative, RtFunc::PanicShift, &[]);
        if op == BinaryOp::Shl {
            let shifted = self.b.ins().ishl(a, count);
            let too_far = self
                .b
                .ins()
                .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, count, bits);
            let zero = self.b.ins().iconst(ty, 0);
            self.b.ins().select(too_far, zero, shifted)
        } else {
            let max = self.b.ins().iconst(types::I64, bits - 1);
            let clamped = self.b.ins().umin(count, max);
            self.b.ins().sshr(a, clamped)
        }
    }
}
