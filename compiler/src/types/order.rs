//! Evaluation order of a single assignment, as gc's order pass gives it.
//!
//! The specification evaluates "the operands of index expressions and
//! pointer indirections on the left and the expressions on the right ... in
//! the usual order", so in `m[f()] = g()`, `s[f()] = g()` and
//! `*p(f()) = g()` the call `f()` runs before `g()`. gc's order pass moves
//! every call out of the left side into a temporary before the right side
//! is evaluated; operands without calls (names, constants) stay where they
//! are and are read when the store happens, as in gc. Bounds checks and the
//! nil-map check happen at the store, after the right side.

use super::Checker;
use crate::ir::{self, ExprKind, Place};
use crate::types::ty::Type;

impl Checker<'_> {
    /// `place` with the calls among its operands evaluated into
    /// temporaries by statements appended to `out`, in source order.
    pub(super) fn ordered_place(&mut self, place: Place, out: &mut Vec<ir::Stmt>) -> Place {
        match place {
            Place::Mem(e) => Place::Mem(self.ordered_operands(e, out)),
            Place::MapEntry { map, key } => {
                let map = self.evaluated_first(map, out);
                Place::MapEntry { map, key: self.evaluated_first(key, out) }
            }
            other => other,
        }
    }

    /// The addressable expression `e` with its index and pointer operands
    /// that call functions replaced by temporaries.
    fn ordered_operands(&mut self, e: ir::Expr, out: &mut Vec<ir::Stmt>) -> ir::Expr {
        if !e.contains_call() {
            return e;
        }
        let kind = match e.kind {
            ExprKind::Index(x, index) => {
                // An array element is a part of the array's place; a slice
                // element is reached through the slice value.
                let x = match x.ty.underlying() {
                    Type::Array(..) => self.ordered_operands(*x, out),
                    _ => self.evaluated_first(*x, out),
                };
                ExprKind::Index(Box::new(x), Box::new(self.evaluated_first(*index, out)))
            }
            ExprKind::Field(x, field) => ExprKind::Field(Box::new(self.ordered_operands(*x, out)), field),
            ExprKind::Deref(p) => ExprKind::Deref(Box::new(self.evaluated_first(*p, out))),
            other => other,
        };
        ir::Expr { kind, ty: e.ty }
    }

    /// `x` itself when it calls nothing, else a temporary that holds its
    /// value, assigned by a statement appended to `out`.
    fn evaluated_first(&mut self, x: ir::Expr, out: &mut Vec<ir::Stmt>) -> ir::Expr {
        if !x.contains_call() {
            return x;
        }
        let ty = x.ty.clone();
        let temp = self.hidden_local("order", ty.clone());
        out.push(ir::Stmt::Decl(temp));
        out.push(ir::Stmt::Assign { lhs: vec![Place::Local(temp)], rhs: vec![x] });
        ir::Expr { kind: ExprKind::Local(temp), ty }
    }
}
