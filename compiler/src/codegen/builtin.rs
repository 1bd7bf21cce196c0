//! The builtins that are not plain runtime calls: `len`, `cap`, `min`,
//! `max`, `panic`, `recover`, and the dispatch to the slice builtins.

use super::func::{FuncLower, UNREACHABLE};
use super::runtime::RtFunc;
use crate::ir::{self, Builtin};
use crate::types::ty::Type;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Value};

impl FuncLower<'_, '_> {
    pub(super) fn builtin(&mut self, builtin: Builtin, args: &[ir::Expr], ty: &Type) -> Vec<Value> {
        match builtin {
            Builtin::Len if matches!(args[0].ty.underlying(), Type::Map(..)) => vec![self.map_len(&args[0])],
            Builtin::Len => vec![self.expr(&args[0])[1]],
            Builtin::Cap => vec![self.expr(&args[0])[2]],
            Builtin::Append => self.append(args, ty),
            Builtin::AppendSpread => self.append_spread(&args[0], &args[1]),
            Builtin::Copy => self.copy(&args[0], &args[1]),
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
            Builtin::Panic | Builtin::PanicRangeState => {
                let value = self.expr(&args[0]);
                let panic = if builtin == Builtin::Panic { RtFunc::Gopanic } else { RtFunc::PanicRangeState };
                self.runtime_call(panic, &value);
                self.b.ins().trap(UNREACHABLE);
                let dead = self.b.create_block();
                self.b.switch_to_block(dead);
                Vec::new()
            }
            Builtin::Recover => {
                let frame = self.expr(&args[0]);
                self.runtime_call(RtFunc::Recover, &frame)
            }
            Builtin::DeferAnchor => {
                let frame = self.b.ins().get_frame_pointer(cranelift_codegen::ir::types::I64);
                self.runtime_call(RtFunc::DeferAnchor, &[frame])
            }
            Builtin::Complex => self.call_args(args).into_iter().map(|(v, _)| v[0]).collect(),
            Builtin::Real => vec![self.expr(&args[0])[0]],
            Builtin::Dynamic => self.expr(&args[0]),
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
