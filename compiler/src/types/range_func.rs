//! `for k, v := range f` over a function (Go 1.23 iterators).
//!
//! The body becomes a closure, the yield function, that `f` calls once per
//! element; the loop is the call `f(yield)`. As in gc's rewrite, a state
//! variable of the enclosing function watches the iterator:
//!
//! ```text
//! #state = READY
//! f(func(k K, v V) bool {
//!     if #state != READY { panicrangestate(#state) }
//!     #state = PANIC           // stays so if the body panics
//!     body
//!     #state = READY
//!     return true
//! })
//! if #state == PANIC { panicrangestate(MISSING_PANIC) }
//! #state = EXHAUSTED
//! ```
//!
//! `continue` of the loop is `#state = READY; return true`, `break` is
//! `#state = DONE; return false`. A jump that leaves the body for further
//! out (`return`, `break L` or `continue L` of an outer loop, `goto`) is an
//! exit: the body stores the exit's number in `#next`, sets `#state = DONE`
//! and returns false; after the call the enclosing function tests `#next`
//! and makes the jump itself, which may again be an exit when the loop is
//! inside another loop's body. `return` stores its values in result
//! variables of the function first. A `defer` in the body belongs to the
//! function: it is inserted into the defer chain below an anchor that the
//! function pushes before its outermost such loop (rt/src/defer.rs).
//!
//! The iteration variables are the yield function's parameters, so every
//! iteration has its own, as Go 1.22 loop variables.

use super::constant::Value;
use super::control::{assign, local, Target};
use super::scope::Entity;
use super::stmt::ReturnValues;
use super::ty::{Basic, Signature, Type};
use super::{Checker, FuncCtx};
use crate::ir::{self, ExprKind, Place};
use crate::source::Span;
use crate::syntax::ast;
use std::rc::Rc;

/// The states of a loop (gc's `abi.RF_*`).
const DONE: i64 = 0;
const READY: i64 = 1;
const PANIC: i64 = 2;
const EXHAUSTED: i64 = 3;
const MISSING_PANIC: i64 = 4;

/// A jump that leaves a loop body for the enclosing function.
#[derive(Clone, PartialEq)]
pub enum Exit {
    Break(String),
    Continue(String),
    Goto(String),
    /// `return`; `bare` when the function returns its named results as
    /// they are, else the body stored the values in the result variables.
    Return {
        bare: bool,
    },
}

/// What the checking of a loop body knows about its loop.
pub struct Body {
    /// The names under which the enclosing function's variables are in
    /// scope (never valid Go identifiers).
    state: String,
    next: String,
    /// The result variables of the function the loop is in, shared by
    /// nested loops.
    results: Vec<String>,
    result_types: Vec<Type>,
    /// The function's defer anchor, and whether a body used it.
    anchor: String,
    /// The loop itself, as a `break`/`continue` target of the body.
    target: ir::LoopId,
    exits: Vec<Exit>,
}

impl Checker<'_> {
    /// The loop over function `x`, whose type is the range clause's `xe`.
    pub(super) fn range_func(
        &mut self,
        targets: [Option<&ast::Expr>; 2],
        define: bool,
        x: ir::Expr,
        xe: &ast::Expr,
        body: &ast::Block,
        out: &mut Vec<ir::Stmt>,
    ) {
        let Some(yield_sig) = self.yield_signature(&x, xe) else { return };
        for (i, target) in targets.iter().enumerate() {
            if let (Some(target), true) = (target, i >= yield_sig.params.len()) {
                let what = self.describe(&x, xe.span);
                let msg = match i {
                    0 => format!("range over {what} permits no iteration variables"),
                    _ => format!("range over {what} permits only one iteration variable"),
                };
                return self.error(target.span, msg);
            }
        }
        let label = self.ctx.pending_label.take();
        self.scopes.push();
        self.range_func_loops += 1;
        let n = self.range_func_loops;
        let state = self.hidden_var(&format!("#state{n}"), Type::INT, out);
        out.push(assign(state, int(READY)));
        let next = self.hidden_var(&format!("#next{n}"), Type::INT, out);
        out.push(assign(next, int(0)));
        // Result variables and the anchor belong to the function: the
        // outermost loop declares them, nested loops share them.
        let outermost = self.ctx.range_body.is_none();
        let (results, result_types, anchor) = match &self.ctx.range_body {
            Some(b) => (b.results.clone(), b.result_types.clone(), b.anchor.clone()),
            None => {
                let types = self.ctx.results.clone();
                let names: Vec<String> = (0..types.len()).map(|i| format!("#result{n}.{i}")).collect();
                for (name, ty) in names.iter().zip(&types) {
                    self.hidden_var(name, ty.clone(), out);
                }
                (names, types, format!("#anchor{n}"))
            }
        };
        let anchor_local = outermost.then(|| self.hidden_var(&anchor, anchor_type(), out));
        let anchor_at = out.len();
        let body_ctx = Body {
            state: format!("#state{n}"),
            next: format!("#next{n}"),
            results,
            result_types,
            anchor,
            target: 0,
            exits: Vec::new(),
        };
        let function_results = (body_ctx.results.clone(), body_ctx.result_types.clone());
        let (closure, exits) = self.yield_closure(xe.span, &yield_sig, targets, define, label, body_ctx, body);
        // A body that defers captured the anchor (captured variables are
        // marked addressed): the function then keeps heap records, and
        // pushes the anchor before the loop.
        if let Some(anchor_local) = anchor_local.filter(|&a| self.ctx.locals[a].addressed) {
            self.ctx.defers = true;
            self.ctx.defers_once = false;
            let value = ir::Expr { ty: anchor_type(), kind: ExprKind::Builtin(ir::Builtin::DeferAnchor, Vec::new()) };
            out.insert(anchor_at, assign(anchor_local, value));
        }
        let call = ir::Expr {
            ty: Type::tuple(Vec::new()),
            kind: ExprKind::CallValue { callee: Box::new(x), args: vec![closure] },
        };
        out.push(ir::Stmt::Eval(call));
        let is = |value: i64, var: ir::LocalId| ir::Expr {
            ty: Type::Basic(Basic::Bool),
            kind: ExprKind::Binary(ir::BinaryOp::Eq, Box::new(local(var, &Type::INT)), Box::new(int(value))),
        };
        out.push(ir::Stmt::If {
            cond: is(PANIC, state),
            then: vec![panic_range_state(int(MISSING_PANIC))],
            else_: vec![],
        });
        out.push(assign(state, int(EXHAUSTED)));
        for (k, exit) in exits.into_iter().enumerate() {
            let mut then = Vec::new();
            self.take_exit(exit, &function_results, &mut then);
            out.push(ir::Stmt::If { cond: is(k as i64 + 1, next), then, else_: Vec::new() });
        }
        self.scopes.pop();
    }

    /// The signature of the yield function `x` takes, or `None` after
    /// reporting why `x` cannot be ranged over.
    fn yield_signature(&mut self, x: &ir::Expr, xe: &ast::Expr) -> Option<Signature> {
        let Type::Func(sig) = x.ty.underlying() else { unreachable!("range over {} as a function", x.ty) };
        let yield_sig = sig.params.first().and_then(|p| match p.underlying() {
            Type::Func(y) => Some(y),
            _ => None,
        });
        let cause = match &yield_sig {
            _ if sig.params.len() != 1 => "wrong argument count",
            None => "argument is not func",
            _ if !sig.results.is_empty() => "unexpected results",
            Some(y) if y.params.len() > 2 => "yield func has too many parameters",
            Some(y) if y.results.len() != 1 || !y.results[0].is_boolean() => "yield func does not return bool",
            Some(y) => return Some((**y).clone()),
        };
        let msg = format!(
            "cannot range over {}: func must be func(yield func(...) bool): {cause}",
            self.describe(x, xe.span)
        );
        self.error(xe.span, msg);
        None
    }

    /// Checks the loop body as the yield function; returns the closure and
    /// the exits the body takes.
    #[allow(clippy::too_many_arguments)]
    fn yield_closure(
        &mut self,
        span: Span,
        sig: &Signature,
        targets: [Option<&ast::Expr>; 2],
        define: bool,
        label: Option<String>,
        body_ctx: Body,
        body: &ast::Block,
    ) -> (ir::Expr, Vec<Exit>) {
        // gc names loop bodies apart from function literals: `main.f-range1`.
        self.ctx.range_count += 1;
        let symbol = format!("{}-range{}", self.ctx.symbol, self.ctx.range_count);
        let inner = FuncCtx { symbol: symbol.clone(), range_body: Some(body_ctx), ..FuncCtx::default() };
        let enclosing = std::mem::replace(&mut self.ctx, inner);
        self.outer.push((enclosing, self.scope_base));
        self.ctx.results = vec![Type::BOOL];
        let saved_base = std::mem::replace(&mut self.scope_base, self.scopes.depth());
        self.scopes.push();

        let mut stmts = Vec::new();
        let state = self.enclosing_var("state");
        let not_ready = ir::Expr {
            ty: Type::Basic(Basic::Bool),
            kind: ExprKind::Binary(ir::BinaryOp::Ne, Box::new(local(state, &Type::INT)), Box::new(int(READY))),
        };
        let then = vec![panic_range_state(local(state, &Type::INT))];
        stmts.push(ir::Stmt::If { cond: not_ready, then, else_: vec![] });
        stmts.push(assign(state, int(PANIC)));
        let mut params = Vec::new();
        for (i, ty) in sig.params.iter().enumerate() {
            let target = targets[i].filter(|t| !matches!(&t.kind, ast::ExprKind::Ident(id) if id.is_blank()));
            match target {
                Some(ast::Expr { kind: ast::ExprKind::Ident(name), .. }) if define => {
                    params.push(self.declare_local(name, ty.clone(), false));
                }
                Some(target) if define => {
                    let text = self.text(target.span);
                    self.error(target.span, format!("non-name {text} on left side of :="));
                    params.push(self.hidden_local("p", ty.clone()));
                }
                Some(target) => {
                    let param = self.hidden_local("p", ty.clone());
                    params.push(param);
                    let (place, place_ty) = self.place(target);
                    if let Some(place_ty) = place_ty {
                        let value = self.assign_to(local(param, ty), target.span, &place_ty, "range");
                        stmts.push(ir::Stmt::Assign { lhs: vec![place], rhs: vec![value] });
                    }
                }
                None => params.push(self.hidden_local("p", ty.clone())),
            }
        }
        self.collect_labels(&body.stmts);
        let id = self.ctx.loop_count;
        self.ctx.loop_count += 1;
        self.ctx.targets.push(Target { id, is_loop: true, label });
        self.ctx.range_body.as_mut().expect("a loop body").target = id;
        stmts.extend(self.scoped_block(body));
        stmts.push(assign(state, int(READY)));
        stmts.push(ir::Stmt::Return(vec![bool_const(true)]));
        self.ctx.targets.pop();

        self.scopes.pop();
        self.scope_base = saved_base;
        self.report_unused();
        let (enclosing, _) = self.outer.pop().expect("enclosing function");
        let inner = std::mem::replace(&mut self.ctx, enclosing);
        self.ctx.deps.extend(inner.deps.iter().copied());
        let exits = inner.range_body.map(|b| b.exits).unwrap_or_default();
        let func = ir::Func { params, locals: inner.locals, body: stmts, ..ir::Func::new(symbol, vec![Type::BOOL]) };
        let id = self.add_func(None, None, sig.clone(), func);
        let kind =
            ExprKind::Closure { func: id, captures: inner.captures, site: ir::Site::new(span, "func literal".into()) };
        (ir::Expr { ty: Type::Func(Rc::new(sig.clone())), kind }, exits)
    }

    /// In a loop body: `break` or `continue` of the loop itself when
    /// `target` is it (returns true), else nothing.
    pub(super) fn range_body_jump(&mut self, target: ir::LoopId, is_break: bool, out: &mut Vec<ir::Stmt>) -> bool {
        if self.ctx.range_body.as_ref().is_none_or(|b| b.target != target) {
            return false;
        }
        let state = self.enclosing_var("state");
        out.push(assign(state, int(if is_break { DONE } else { READY })));
        out.push(ir::Stmt::Return(vec![bool_const(!is_break)]));
        true
    }

    /// Leaves the loop body for `exit`, made by the enclosing function.
    pub(super) fn leave_body(&mut self, exit: Exit, out: &mut Vec<ir::Stmt>) {
        let body = self.ctx.range_body.as_mut().expect("a loop body");
        let code = match body.exits.iter().position(|e| *e == exit) {
            Some(k) => k + 1,
            None => {
                body.exits.push(exit);
                body.exits.len()
            }
        };
        let next = self.enclosing_var("next");
        out.push(assign(next, int(code as i64)));
        let state = self.enclosing_var("state");
        out.push(assign(state, int(DONE)));
        out.push(ir::Stmt::Return(vec![bool_const(false)]));
    }

    /// Makes the jump `exit` of a loop body that just ended, from the code
    /// that contains the loop.
    fn take_exit(&mut self, exit: Exit, results: &(Vec<String>, Vec<Type>), out: &mut Vec<ir::Stmt>) {
        match exit {
            Exit::Break(label) => self.jump_to(Some(&label), true, out),
            Exit::Continue(label) => self.jump_to(Some(&label), false, out),
            Exit::Goto(label) => self.goto(&label, out),
            Exit::Return { bare } if self.ctx.range_body.is_some() => self.leave_body(Exit::Return { bare }, out),
            Exit::Return { bare: true } => out.push(ir::Stmt::Return(Vec::new())),
            Exit::Return { bare: false } => {
                let values = self.vars_in_scope(&results.0, &results.1).iter().map(|(v, ty)| local(*v, ty)).collect();
                out.push(ir::Stmt::Return(values));
            }
        }
    }

    /// `return` in a loop body: the values go to the function's result
    /// variables, then the body leaves.
    pub(super) fn range_body_return(&mut self, span: Span, results: &[ast::Expr], out: &mut Vec<ir::Stmt>) {
        let want = self.ctx.range_body.as_ref().expect("a loop body").result_types.clone();
        let named = self.function_has_named_results();
        if results.is_empty() && (want.is_empty() || named) {
            return self.leave_body(Exit::Return { bare: true }, out);
        }
        let body = self.ctx.range_body.as_ref().expect("a loop body");
        let (names, types) = (body.results.clone(), body.result_types.clone());
        let vars = self.vars_in_scope(&names, &types);
        let places: Vec<Place> = vars.iter().map(|&(var, _)| Place::Local(var)).collect();
        match self.return_values(span, results, &want) {
            Some(ReturnValues::Results(call)) => out.push(ir::Stmt::AssignResults { lhs: places, call }),
            Some(ReturnValues::Values(rhs)) => out.push(ir::Stmt::Assign { lhs: places, rhs }),
            None => return,
        }
        self.leave_body(Exit::Return { bare: false }, out);
    }

    /// `defer` in a loop body: deferred for the function, below its anchor.
    pub(super) fn range_body_defer(&mut self, closure: ir::Expr) -> ir::Stmt {
        let anchor = self.ctx.range_body.as_ref().expect("a loop body").anchor.clone();
        let anchor = self.var_in_scope(&anchor);
        ir::Stmt::Defer { closure, index: 0, anchor: Some(local(anchor, &anchor_type())) }
    }

    /// Whether the function that the current loop body is in names its
    /// results.
    fn function_has_named_results(&self) -> bool {
        let level = self.outer.iter().rposition(|(ctx, _)| ctx.range_body.is_none()).expect("a function");
        !self.outer[level].0.named_results.is_empty()
    }

    /// The compiler's variables `names`, of `types`, as seen from here.
    fn vars_in_scope(&mut self, names: &[String], types: &[Type]) -> Vec<(ir::LocalId, Type)> {
        names.iter().zip(types).map(|(name, ty)| (self.var_in_scope(name), ty.clone())).collect()
    }

    /// The enclosing function's `state` or `next` variable of the loop
    /// whose body is being checked.
    fn enclosing_var(&mut self, which: &str) -> ir::LocalId {
        let body = self.ctx.range_body.as_ref().expect("a loop body");
        let name = if which == "state" { body.state.clone() } else { body.next.clone() };
        self.var_in_scope(&name)
    }

    /// The local standing here for the compiler's variable `name`.
    fn var_in_scope(&mut self, name: &str) -> ir::LocalId {
        match self.scopes.lookup_with_block(name).map(|(e, block)| (e.clone(), block)) {
            Some((Entity::Local(l), Some(block))) => self.local_ref(l, block, true),
            _ => unreachable!("the compiler's variable {name} is in scope"),
        }
    }

    /// A compiler-made variable of the current function, in scope under
    /// `name` so loop bodies can capture it, declared by `out`.
    fn hidden_var(&mut self, name: &str, ty: Type, out: &mut Vec<ir::Stmt>) -> ir::LocalId {
        let var = self.declare_local(&ast::Ident { name: name.to_string(), span: Span::default() }, ty, true);
        out.push(ir::Stmt::Decl(var));
        var
    }
}

fn int(n: i64) -> ir::Expr {
    ir::Expr { ty: Type::INT, kind: ExprKind::Const(Value::int(n)) }
}

fn bool_const(b: bool) -> ir::Expr {
    ir::Expr { ty: Type::BOOL, kind: ExprKind::Const(Value::Bool(b)) }
}

fn panic_range_state(state: ir::Expr) -> ir::Stmt {
    let kind = ExprKind::Builtin(ir::Builtin::PanicRangeState, vec![state]);
    ir::Stmt::Eval(ir::Expr { ty: Type::tuple(Vec::new()), kind })
}

/// The anchor's type: a pointer the collector follows.
fn anchor_type() -> Type {
    Type::Pointer(Rc::new(Type::Basic(Basic::Uint8)))
}
