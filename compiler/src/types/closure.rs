//! Function bodies and function literals.
//!
//! A function literal is checked where it appears, inside the function
//! that encloses it. A name that resolves to a local of an enclosing
//! function is captured by reference: that local moves to a heap cell, and
//! every function between it and the use gets a local that stands for it
//! and holds the cell's address in the closure's capture slots.

use super::ty::{Signature, Type};
use super::{Checker, FuncCtx};
use crate::ir::{self, ExprKind};
use crate::source::Span;
use crate::syntax::ast;
use std::rc::Rc;

impl<'a> Checker<'a> {
    /// Checks a function body in the current (fresh) context: returns the
    /// parameter locals and the statements.
    pub(super) fn function_body(
        &mut self,
        recv: Option<(&ast::Field, Type)>,
        sig_ast: &ast::FuncType,
        sig: &Signature,
        body: &ast::Block,
    ) -> (Vec<ir::LocalId>, Vec<ir::Stmt>) {
        self.ctx.results = sig.results.clone();
        let saved_base = std::mem::replace(&mut self.scope_base, self.scopes.depth());
        self.scopes.push();
        let mut params = Vec::new();
        if let Some((field, ty)) = recv {
            let name = names_or_blank(field).remove(0);
            params.push(self.declare_local(&name, ty, true));
        }
        let mut param_types = sig.params.iter();
        for field in &sig_ast.params {
            for name in names_or_blank(field) {
                params.push(self.declare_local(&name, param_types.next().unwrap().clone(), true));
            }
        }
        let mut result_types = sig.results.iter();
        for field in &sig_ast.results {
            for name in &field.names {
                let local = self.declare_local(name, result_types.next().unwrap().clone(), true);
                self.ctx.named_results.push(local);
            }
        }
        self.collect_labels(&body.stmts);
        let mut stmts = self.block_stmts(&body.stmts);
        if !sig.results.is_empty() && !super::stmt::is_terminating_list(&body.stmts) {
            self.error(Span::new(body.span.hi - 1, body.span.hi), "missing return");
        }
        if sig.results.is_empty() {
            stmts.push(ir::Stmt::Return(Vec::new()));
        }
        // A function that defers keeps even unnamed results in variables:
        // `return x` sets them before the deferred calls run, and they are
        // what the function returns if one of those calls recovers a panic.
        if self.ctx.defers && self.ctx.named_results.is_empty() {
            for (i, ty) in sig.results.iter().enumerate() {
                let local = self.hidden_local(&format!("r{i}"), ty.clone());
                self.ctx.named_results.push(local);
            }
        }
        self.scopes.pop();
        self.scope_base = saved_base;
        self.report_unused();
        (params, stmts)
    }

    /// `func(params) results { body }`: a new function, and as a value a
    /// closure over what it captures.
    pub(super) fn func_lit(&mut self, span: Span, sig_ast: &ast::FuncType, body: &ast::Block) -> ir::Expr {
        let sig = self.signature(sig_ast);
        self.ctx.literal_count += 1;
        let symbol = self.literal_symbol();
        let inner = FuncCtx { symbol: symbol.clone(), ..FuncCtx::default() };
        let enclosing = std::mem::replace(&mut self.ctx, inner);
        self.outer.push((enclosing, self.scope_base));
        let (params, body) = self.function_body(None, sig_ast, &sig, body);
        let (enclosing, _) = self.outer.pop().expect("enclosing function");
        let inner = std::mem::replace(&mut self.ctx, enclosing);
        // What the literal refers to counts for the enclosing declaration.
        self.ctx.deps.extend(inner.deps.iter().copied());
        let func = ir::Func {
            open_defers: inner.open_defers(),
            params,
            named_results: inner.named_results,
            locals: inner.locals,
            body,
            defers: inner.defers,
            ..ir::Func::new(symbol, sig.results.clone())
        };
        let id = self.add_func(None, None, sig.clone(), func);
        let kind =
            ExprKind::Closure { func: id, captures: inner.captures, site: ir::Site::new(span, "func literal".into()) };
        ir::Expr { ty: Type::Func(Rc::new(sig)), kind }
    }

    /// The symbol of the current function's latest function literal, as
    /// gc names it (`main.f.func1`, nested `main.f.func1.2`).
    pub(super) fn literal_symbol(&self) -> String {
        if self.outer.is_empty() {
            format!("{}.func{}", self.ctx.symbol, self.ctx.literal_count)
        } else {
            format!("{}.{}", self.ctx.symbol, self.ctx.literal_count)
        }
    }

    /// The local of the current function that stands for local `local`
    /// declared in scope block `block`: itself, or a capture of it when it
    /// belongs to an enclosing function. `read` marks the original used.
    pub(super) fn local_ref(&mut self, local: ir::LocalId, block: usize, read: bool) -> ir::LocalId {
        if block >= self.scope_base {
            if read {
                self.ctx.local_uses[local].1 = true;
            }
            return local;
        }
        // The enclosing function that declares it: the innermost whose
        // scopes start at or before its block.
        let owner = self.outer.iter().rposition(|(_, base)| *base <= block).unwrap_or(0);
        if read {
            self.outer[owner].0.local_uses[local].1 = true;
        }
        let captured = &mut self.outer[owner].0.locals[local];
        captured.addressed = true;
        captured.escapes = true;
        let mut current = local;
        for level in owner + 1..=self.outer.len() {
            if let Some(&here) = self.ctx_at(level).captured.get(&current) {
                current = here;
                continue;
            }
            // The variable one level out is always an enclosing function's.
            let source = &self.outer[level - 1].0.locals[current];
            let (name, ty) = (source.name.clone(), source.ty.clone());
            let ctx = self.ctx_at(level);
            let here = ctx.locals.len();
            ctx.locals.push(ir::Local {
                name,
                ty,
                addressed: true,
                escapes: true,
                capture: Some(ctx.captures.len()),
                span: Span::default(),
            });
            ctx.local_uses.push((Span::default(), true));
            ctx.captures.push(current);
            ctx.captured.insert(current, here);
            current = here;
        }
        current
    }
}

impl Checker<'_> {
    /// The context of function nesting level `level` (the current function
    /// is the innermost level).
    fn ctx_at(&mut self, level: usize) -> &mut FuncCtx {
        if level == self.outer.len() {
            &mut self.ctx
        } else {
            &mut self.outer[level].0
        }
    }
}

/// The names of a parameter group; an unnamed parameter is a blank one.
fn names_or_blank(field: &ast::Field) -> Vec<ast::Ident> {
    if field.names.is_empty() {
        vec![ast::Ident { name: "_".into(), span: field.ty.span }]
    } else {
        field.names.clone()
    }
}
