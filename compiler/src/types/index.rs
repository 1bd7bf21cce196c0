//! Index expressions `x[i]` and slice expressions `x[lo:hi:max]` on
//! strings, arrays, pointers to arrays and slices, with the compile-time
//! checks of constant indices.

use super::constant::Value;
use super::expr::invalid;
use super::ty::{Basic, Type};
use super::Checker;
use crate::ir::{self, ExprKind};
use crate::source::Span;
use crate::syntax::ast;
use std::rc::Rc;

impl Checker<'_> {
    /// `x[i]`, where `x` is the value of `xe`.
    pub(super) fn index_expr(&mut self, e: &ast::Expr, xe: &ast::Expr, x: ir::Expr, indices: &[ast::Expr]) -> ir::Expr {
        if indices.len() != 1 {
            let text = self.text(xe.span);
            self.error(e.span, format!("invalid operation: more than one index on {text}"));
            return invalid();
        }
        if x.ty == Type::Invalid {
            self.value(&indices[0]);
            return invalid();
        }
        let x = deref_array_pointer(x);
        if let Type::Map(key, elem) = x.ty.underlying() {
            let k = self.value(&indices[0]);
            let k = self.assign_to(k, indices[0].span, &key, "map index");
            let kind = ExprKind::MapLookup { map: Box::new(x), key: Box::new(k), comma_ok: false };
            return ir::Expr { ty: (*elem).clone(), kind };
        }
        let (elem, length) = match x.ty.underlying() {
            _ if x.ty.is_string() => {
                let length = match &x.kind {
                    ExprKind::Const(Value::String(s)) => Some(s.len() as u64),
                    _ => None,
                };
                (Type::Basic(Basic::Uint8), length)
            }
            Type::Array(n, elem) => ((*elem).clone(), Some(n)),
            Type::Slice(elem) => ((*elem).clone(), None),
            _ => {
                let msg = format!("invalid operation: cannot index {}", self.describe(&x, xe.span));
                self.error(e.span, msg);
                return invalid();
            }
        };
        let Some(index) = self.index_value(&indices[0], length) else {
            return invalid();
        };
        // A string must not be untyped below this point.
        let x = if x.ty.is_untyped() { self.default_value(x, xe.span, "index") } else { x };
        ir::Expr { ty: elem, kind: ExprKind::Index(Box::new(x), Box::new(index)) }
    }

    /// An index or slice bound: an integer, and if constant, non-negative
    /// and (for a known `length`) in range.
    fn index_value(&mut self, e: &ast::Expr, length: Option<u64>) -> Option<ir::Expr> {
        let i = self.value(e);
        if i.ty == Type::Invalid {
            return None;
        }
        let is_const = matches!(i.kind, ExprKind::Const(_));
        if !i.ty.is_integer() && !(is_const && i.ty.is_untyped() && i.ty.is_numeric()) {
            let msg = format!("invalid argument: index {} must be integer", self.describe(&i, e.span));
            self.error(e.span, msg);
            return None;
        }
        if let ExprKind::Const(c) = &i.kind {
            let Ok(n) = c.representable(Basic::Int) else {
                let msg = format!("invalid argument: index {} must be integer", self.describe(&i, e.span));
                self.error(e.span, msg);
                return None;
            };
            let n = n.to_i64().unwrap_or(i64::MAX) as i128;
            if n < 0 {
                let msg = format!("invalid argument: index {} must not be negative", self.describe(&i, e.span));
                self.error(e.span, msg);
                return None;
            }
            if let Some(len) = length {
                if n as u128 >= len as u128 {
                    let text = self.text(e.span);
                    self.error(e.span, format!("invalid argument: index {text} out of bounds [0:{len}]"));
                    return None;
                }
            }
        }
        Some(if i.ty.is_untyped() { self.default_value(i, e.span, "index") } else { i })
    }

    pub(super) fn slice_expr(
        &mut self,
        e: &ast::Expr,
        xe: &ast::Expr,
        lo: Option<&ast::Expr>,
        hi: Option<&ast::Expr>,
        max: Option<&ast::Expr>,
    ) -> ir::Expr {
        let x = self.value(xe);
        if x.ty == Type::Invalid {
            return invalid();
        }
        let x = deref_array_pointer(x);
        let (result, length) = match x.ty.underlying() {
            _ if x.ty.is_string() => {
                if max.is_some() {
                    self.error(e.span, "invalid operation: 3-index slice of string");
                    return invalid();
                }
                let length = match &x.kind {
                    ExprKind::Const(Value::String(s)) => Some(s.len() as u64),
                    _ => None,
                };
                (x.ty.default_type(), length)
            }
            Type::Array(n, elem) => {
                if !self.is_addressable(&x) {
                    let text = self.text(xe.span);
                    self.error(e.span, format!("invalid operation: {text} (slice of unaddressable value)"));
                    return invalid();
                }
                self.mark_escaping(&x);
                (Type::Slice(elem), Some(n))
            }
            Type::Slice(_) => (x.ty.clone(), None),
            _ => {
                let msg = format!("cannot slice {}", self.describe(&x, xe.span));
                self.error(e.span, msg);
                return invalid();
            }
        };
        // Bounds may equal the length.
        let limit = length.map(|n| n + 1);
        let bound = |s: &mut Self, b: Option<&ast::Expr>| b.map(|b| s.index_value(b, limit));
        let (lo, hi, max) = (bound(self, lo), bound(self, hi), bound(self, max));
        if [&lo, &hi, &max].iter().any(|b| matches!(b, Some(None))) {
            return invalid();
        }
        let (lo, hi, max) = (lo.flatten(), hi.flatten(), max.flatten());
        self.check_constant_order(e.span, [&lo, &hi, &max]);
        let x = if x.ty.is_untyped() { self.default_value(x, xe.span, "slice") } else { x };
        ir::Expr {
            ty: result,
            kind: ExprKind::Slice {
                x: Box::new(x),
                lo: lo.map(Box::new),
                hi: hi.map(Box::new),
                max: max.map(Box::new),
            },
        }
    }

    /// Constant slice bounds must not decrease: `invalid slice indices: 3 < 5`.
    fn check_constant_order(&mut self, span: Span, bounds: [&Option<ir::Expr>; 3]) {
        let consts: Vec<i128> = bounds
            .iter()
            .filter_map(|b| match b.as_ref().map(|b| &b.kind) {
                Some(ExprKind::Const(c)) => c.to_i64().map(i128::from),
                _ => None,
            })
            .collect();
        for pair in consts.windows(2) {
            if pair[1] < pair[0] {
                self.error(span, format!("invalid slice indices: {} < {}", pair[1], pair[0]));
                return;
            }
        }
    }

    /// Whether `x` denotes a variable (Go spec, "Address operators").
    pub(super) fn is_addressable(&self, x: &ir::Expr) -> bool {
        match &x.kind {
            ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Deref(_) => true,
            ExprKind::Field(base, _) => self.is_addressable(base),
            ExprKind::Index(base, _) => match base.ty.underlying() {
                Type::Slice(_) => true,
                Type::Array(..) => self.is_addressable(base),
                _ => false,
            },
            _ => false,
        }
    }

    /// The local variable whose memory `x` is part of, if any, no longer
    /// stays in its frame: its address is taken.
    pub(super) fn mark_escaping(&mut self, x: &ir::Expr) {
        match &x.kind {
            ExprKind::Local(l) => {
                self.ctx.locals[*l].addressed = true;
                self.ctx.locals[*l].escapes = true;
            }
            ExprKind::Field(base, _) => self.mark_escaping(base),
            ExprKind::Index(base, _) if matches!(base.ty.underlying(), Type::Array(..)) => self.mark_escaping(base),
            _ => {}
        }
    }
}

/// `p[i]` and `p[lo:hi]` of a pointer to an array index `*p`.
fn deref_array_pointer(x: ir::Expr) -> ir::Expr {
    match x.ty.underlying() {
        Type::Pointer(elem) if matches!(elem.underlying(), Type::Array(..)) => {
            ir::Expr { ty: Rc::unwrap_or_clone(elem), kind: ExprKind::Deref(Box::new(x)) }
        }
        _ => x,
    }
}
