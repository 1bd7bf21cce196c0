//! `defer f(args)`: the callee and the arguments are evaluated at the
//! statement into fresh variables, and a `func()` closure over them makes
//! the call when the deferred calls run (at return, or during a panic).
//! Deferred calls run before the frame is gone, so unless the statement
//! can run more than once per call (in a loop, or where a `goto` may jump
//! back) the variables and the closure live in the frame. Such a `defer
//! func() { ... }()` defers the literal itself, which the escape analysis
//! then keeps in the frame if nothing else makes it escape.

use super::control::{assign, local};
use super::expr::Operand;
use super::ty::{Signature, Type};
use super::Checker;
use crate::ir::{self, ExprKind};
use crate::source::Span;
use crate::syntax::ast;
use std::rc::Rc;

/// The most `defer` statements a function open-codes.
const MAX_OPEN_DEFERS: usize = 8;

impl super::FuncCtx {
    /// How many `defer` statements the function open-codes: all of them if
    /// each runs at most once per call and there are not too many, else
    /// none.
    pub(super) fn open_defers(&self) -> usize {
        if self.defers_once && self.defer_count <= MAX_OPEN_DEFERS {
            self.defer_count
        } else {
            0
        }
    }
}

impl Checker<'_> {
    pub(super) fn defer_stmt(&mut self, span: Span, e: &ast::Expr, out: &mut Vec<ir::Stmt>) {
        if !matches!(e.kind, ast::ExprKind::Call { .. }) {
            self.error(e.span, "expression in defer must be function call");
            return;
        }
        let call = match self.operand(e) {
            Operand::NoValue(call) => call,
            Operand::Value(call) if super::stmt::may_discard_result(&call) => call,
            Operand::Invalid => return,
            Operand::Value(x) if matches!(x.kind, ExprKind::Convert(_) | ExprKind::StringConvert { .. }) => {
                let what = self.describe(&x, e.span);
                self.error(e.span, format!("defer requires function call, not conversion {what}"));
                return;
            }
            Operand::Value(x) if x.ty != Type::Invalid => {
                let what = self.describe(&x, e.span);
                self.error(e.span, format!("defer discards result of {what}"));
                return;
            }
            Operand::Value(_) => return,
            _ => {
                self.error(e.span, "expression in defer must be function call");
                return;
            }
        };
        if call.ty == Type::Invalid {
            return;
        }
        let in_frame = !self.ctx.targets.iter().any(|t| t.is_loop) && self.ctx.labels.is_empty();
        // `defer func() { ... }()` run at most once: the literal is the
        // deferred closure itself (so it may live in the frame, as in gc).
        if let ExprKind::CallValue { callee, args } = &call.kind {
            let literal = matches!(callee.kind, ExprKind::Closure { .. });
            let no_results = matches!(&callee.ty, Type::Func(sig) if sig.results.is_empty());
            if in_frame && literal && no_results && args.is_empty() {
                let ExprKind::CallValue { callee, .. } = call.kind else { unreachable!() };
                self.push_defer(*callee, in_frame, Vec::new(), out);
                return;
            }
        }
        let mut captured = Vec::new();
        let mut stmts = Vec::new();
        let mut hoist = |c: &mut Self, x: ir::Expr| c.hoist(x, in_frame, &mut captured, &mut stmts);
        let kind = match call.kind {
            ExprKind::Call { func, args } => {
                ExprKind::Call { func, args: args.into_iter().map(|a| hoist(self, a)).collect() }
            }
            ExprKind::CallValue { callee, args } => ExprKind::CallValue {
                callee: Box::new(hoist(self, *callee)),
                args: args.into_iter().map(|a| hoist(self, a)).collect(),
            },
            // The method value, evaluated now, panics now for a nil
            // interface, as in Go.
            ExprKind::IfaceCall { recv, index, args } => {
                let func = self.iface_method_func(&recv.ty, index, true);
                let sig = recv.ty.interface().expect("interface").methods[index].sig.clone();
                let site = ir::Site::new(span, String::new());
                let method =
                    ir::Expr { ty: Type::Func(Rc::new(sig)), kind: ExprKind::MethodValue { func, recv, site } };
                ExprKind::CallValue {
                    callee: Box::new(hoist(self, method)),
                    args: args.into_iter().map(|a| hoist(self, a)).collect(),
                }
            }
            ExprKind::Print { args, newline } => {
                ExprKind::Print { args: args.into_iter().map(|a| hoist(self, a)).collect(), newline }
            }
            ExprKind::Builtin(builtin, args) => {
                ExprKind::Builtin(builtin, args.into_iter().map(|a| hoist(self, a)).collect())
            }
            _ => {
                self.unsupported(span, "this deferred call");
                return;
            }
        };
        let Some(captured) = captured.into_iter().collect::<Option<Vec<_>>>() else {
            self.unsupported(span, "deferring a call with a multi-valued argument");
            return;
        };
        let deferred = ir::Expr { ty: call.ty, kind };
        self.ctx.literal_count += 1;
        let symbol = format!("{}.deferwrap{}", self.ctx.symbol, self.ctx.literal_count);
        let locals = captured
            .iter()
            .enumerate()
            .map(|(slot, &outer)| ir::Local {
                name: self.ctx.locals[outer].name.clone(),
                ty: self.ctx.locals[outer].ty.clone(),
                addressed: true,
                escapes: true,
                capture: Some(slot),
                span: Span::default(),
            })
            .collect();
        let body = vec![ir::Stmt::Eval(deferred), ir::Stmt::Return(Vec::new())];
        let func = ir::Func { locals, body, wrapper: true, ..ir::Func::new(symbol, Vec::new()) };
        let func = self.add_func(None, None, Signature::default(), func);
        let kind = if captured.is_empty() {
            ExprKind::FuncRef(func)
        } else {
            let site = ir::Site::new(span, String::new());
            site.in_frame.set(in_frame);
            ExprKind::Closure { func, captures: captured, site }
        };
        let closure = ir::Expr { ty: Type::Func(Rc::new(Signature::default())), kind };
        self.push_defer(closure, in_frame, stmts, out);
    }

    /// Ends the statements `stmts` of a `defer` with the deferring of
    /// `closure` (a `func()`); `in_frame` if the statement runs at most
    /// once per call.
    fn push_defer(&mut self, closure: ir::Expr, in_frame: bool, mut stmts: Vec<ir::Stmt>, out: &mut Vec<ir::Stmt>) {
        if self.ctx.range_body.is_some() {
            stmts.push(self.range_body_defer(closure));
            return out.push(ir::Stmt::Block(stmts));
        }
        if !self.ctx.defers {
            self.ctx.defers_once = true;
        }
        stmts.push(ir::Stmt::Defer { closure, index: self.ctx.defer_count, anchor: None });
        self.ctx.defers = true;
        self.ctx.defer_count += 1;
        self.ctx.defers_once &= in_frame;
        out.push(ir::Stmt::Block(stmts));
    }

    /// `x` evaluated now: a constant or function stays as it is, anything
    /// else goes to a fresh variable that the deferred closure captures
    /// (`None` in `captured` marks a value that cannot be captured).
    fn hoist(
        &mut self,
        x: ir::Expr,
        in_frame: bool,
        captured: &mut Vec<Option<ir::LocalId>>,
        stmts: &mut Vec<ir::Stmt>,
    ) -> ir::Expr {
        if matches!(&x.kind, ExprKind::Const(_) | ExprKind::FuncRef(_))
            || matches!(&x.kind, ExprKind::Closure { captures, .. } if captures.is_empty())
        {
            return x;
        }
        if matches!(x.ty, Type::Tuple(_)) {
            captured.push(None);
            return x;
        }
        let temp = self.hidden_local(&format!("defer{}", captured.len()), x.ty.clone());
        self.ctx.locals[temp].addressed = true;
        self.ctx.locals[temp].escapes = !in_frame;
        stmts.push(ir::Stmt::Decl(temp));
        let ty = x.ty.clone();
        stmts.push(assign(temp, x));
        let slot = captured.len();
        captured.push(Some(temp));
        local(slot, &ty)
    }
}
