//! Loops, switches, labels and jumps.
//!
//! `for` loops follow Go 1.22: every iteration has its own loop variables.
//! That only shows when a variable escapes (a closure or pointer outlives
//! the iteration), so only then is the variable copied into a fresh one
//! before the post statement. `for range` is lowered to a counting loop
//! over a copy of the range expression; over a string it steps by runes.

use super::constant::Value;
use super::expr::invalid;
use super::range_func::Exit;
use super::ty::{Basic, Type};
use super::Checker;
use crate::ir::{self, ExprKind, Place};
use crate::source::Span;
use crate::syntax::ast::{self, AssignOp, BinaryOp, StmtKind};
use std::collections::HashMap;

/// What `break` (and for loops `continue`) can leave.
pub struct Target {
    pub id: ir::LoopId,
    pub is_loop: bool,
    pub label: Option<String>,
}

impl<'a> Checker<'a> {
    /// Numbers every label of a function body up front (labels are
    /// function-wide, so `goto` may jump forward). Misused labels and
    /// branches were reported by the syntax phase, as gc does.
    pub(super) fn collect_labels(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            let mut s = s;
            while let StmtKind::Labeled(label, inner) = &s.kind {
                if !label.is_blank() && !self.ctx.labels.contains_key(&label.name) {
                    let id = self.ctx.labels.len();
                    self.ctx.labels.insert(label.name.clone(), id);
                }
                s = inner;
            }
            match &s.kind {
                StmtKind::Block(b) => self.collect_labels(&b.stmts),
                StmtKind::If { then, else_, .. } => {
                    self.collect_labels(&then.stmts);
                    if let Some(e) = else_ {
                        self.collect_labels(std::slice::from_ref(e));
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => self.collect_labels(&body.stmts),
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    clauses.iter().for_each(|c| self.collect_labels(&c.body))
                }
                StmtKind::Select(clauses) => clauses.iter().for_each(|c| self.collect_labels(&c.body)),
                _ => {}
            }
        }
    }

    pub(super) fn labeled(&mut self, label: &ast::Ident, inner: &ast::Stmt, out: &mut Vec<ir::Stmt>) {
        if let Some(&id) = self.ctx.labels.get(&label.name) {
            out.push(ir::Stmt::Label(id));
        }
        if matches!(inner.kind, StmtKind::For { .. } | StmtKind::Range { .. } | StmtKind::Switch { .. }) {
            self.ctx.pending_label = (!label.is_blank()).then(|| label.name.clone());
        }
        self.stmt(inner, out);
    }

    /// A new `break` target; a loop or switch right after a label takes it.
    fn push_target(&mut self, is_loop: bool) -> ir::LoopId {
        let id = self.ctx.loop_count;
        self.ctx.loop_count += 1;
        let label = self.ctx.pending_label.take();
        self.ctx.targets.push(Target { id, is_loop, label });
        id
    }

    /// `break`, `continue` and `goto`, to the statement they leave or reach.
    pub(super) fn jump(&mut self, s: &ast::Stmt, out: &mut Vec<ir::Stmt>) {
        match &s.kind {
            StmtKind::Break(label) => self.jump_to(label.as_ref().map(|l| l.name.as_str()), true, out),
            StmtKind::Continue(label) => self.jump_to(label.as_ref().map(|l| l.name.as_str()), false, out),
            StmtKind::Goto(label) => self.goto(&label.name, out),
            _ => unreachable!("not a jump"),
        }
    }

    /// `break` (or `continue`) of the loop or switch labelled `label`, else
    /// of the innermost one. In a range-over-func loop body, the loop
    /// itself and the statements around it are left through the
    /// enclosing function (see range_func.rs).
    pub(super) fn jump_to(&mut self, label: Option<&str>, is_break: bool, out: &mut Vec<ir::Stmt>) {
        let target = self.ctx.targets.iter().rev().find(|t| match label {
            None => is_break || t.is_loop,
            Some(label) => t.label.as_deref() == Some(label),
        });
        match (target.map(|t| t.id), label) {
            (Some(id), _) if self.range_body_jump(id, is_break, out) => {}
            (Some(id), _) => out.push(if is_break { ir::Stmt::Break(id) } else { ir::Stmt::Continue(id) }),
            (None, Some(label)) if self.ctx.range_body.is_some() => {
                let label = label.to_string();
                let exit = if is_break { Exit::Break(label) } else { Exit::Continue(label) };
                self.leave_body(exit, out)
            }
            // Misplaced jumps were reported by the syntax phase.
            (None, _) => {}
        }
    }

    /// `goto label`.
    pub(super) fn goto(&mut self, label: &str, out: &mut Vec<ir::Stmt>) {
        if let Some(&id) = self.ctx.labels.get(label) {
            out.push(ir::Stmt::Goto(id));
        } else if self.ctx.range_body.is_some() {
            self.leave_body(Exit::Goto(label.to_string()), out);
        }
    }

    pub(super) fn for_stmt(
        &mut self,
        init: Option<&ast::Stmt>,
        cond: Option<&ast::Expr>,
        post: Option<&ast::Stmt>,
        body: &ast::Block,
        out: &mut Vec<ir::Stmt>,
    ) {
        self.scopes.push();
        let first_local = self.ctx.locals.len();
        if let Some(init) = init {
            self.stmt(init, out);
        }
        let loop_vars: Vec<ir::LocalId> = (first_local..self.ctx.locals.len()).collect();
        let cond = cond.map(|c| self.condition(c, "for"));
        let id = self.push_target(true);
        let body = self.scoped_block(body);
        self.ctx.targets.pop();
        let mut post_stmts = Vec::new();
        // Go 1.22: a fresh copy of each escaping loop variable per iteration.
        for &var in &loop_vars {
            if self.ctx.locals[var].escapes {
                let ty = self.ctx.locals[var].ty.clone();
                let name = self.ctx.locals[var].name.clone();
                let copy = self.hidden_local(&format!("{name}.next"), ty.clone());
                post_stmts.push(assign(copy, local(var, &ty)));
                post_stmts.push(ir::Stmt::Decl(var));
                post_stmts.push(assign(var, local(copy, &ty)));
            }
        }
        if let Some(post) = post {
            if let StmtKind::Assign { op: AssignOp::Define, .. } = post.kind {
                self.error(post.span, "cannot declare in post statement of for loop");
            } else {
                self.stmt(post, &mut post_stmts);
            }
        }
        self.scopes.pop();
        out.push(ir::Stmt::Loop { id, cond, body, post: post_stmts });
    }

    /// `for key, value := range x` (or `=`).
    pub(super) fn range_stmt(
        &mut self,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        xe: &ast::Expr,
        body: &ast::Block,
        out: &mut Vec<ir::Stmt>,
    ) {
        let x = self.value(xe);
        if x.ty == Type::Invalid {
            return;
        }
        let x = if x.ty.is_untyped() { self.default_value(x, xe.span, "range") } else { x };
        if matches!(x.ty.underlying(), Type::Map(..)) {
            return self.range_map([key, value], define, x, body, out);
        }
        if matches!(x.ty.underlying(), Type::Func(_)) {
            return self.range_func([key, value], define, x, xe, body, out);
        }
        let (key_ty, value_ty) = match x.ty.underlying() {
            _ if x.ty.is_string() => (Type::INT, Some(Type::Basic(Basic::Int32))),
            _ if x.ty.is_integer() => (x.ty.clone(), None),
            Type::Array(_, elem) | Type::Slice(elem) => (Type::INT, Some((*elem).clone())),
            Type::Pointer(elem) => match elem.underlying() {
                Type::Array(_, e) => (Type::INT, Some((*e).clone())),
                _ => return self.cannot_range(&x, xe),
            },
            _ => return self.cannot_range(&x, xe),
        };
        if value.is_some() && value_ty.is_none() {
            let text = self.text(xe.span);
            self.error(value.unwrap().span, format!("range over {text} permits only one iteration variable"));
            return;
        }
        let mut stmts = Vec::new();
        self.scopes.push();
        // The range expression, evaluated once, and the counters.
        let is_string = x.ty.is_string();
        let is_int = x.ty.is_integer();
        let seq_ty = x.ty.clone();
        let seq = self.hidden_local("range", seq_ty.clone());
        stmts.push(ir::Stmt::Decl(seq));
        stmts.push(assign(seq, x));
        let count_ty = if is_int { seq_ty.clone() } else { Type::INT };
        let index = self.hidden_local("i", count_ty.clone());
        stmts.push(ir::Stmt::Decl(index));
        stmts.push(assign(index, zero_of(&count_ty)));
        let len = if is_int { local(seq, &seq_ty) } else { self.length_of(local(seq, &seq_ty)) };
        let cond = ir::Expr {
            ty: Type::BOOL,
            kind: ExprKind::Binary(ir::BinaryOp::Lt, Box::new(local(index, &count_ty)), Box::new(len)),
        };
        let next = self.hidden_local("next", Type::INT);
        let rune = self.hidden_local("rune", Type::Basic(Basic::Int32));
        let mut head = Vec::new();
        if is_string {
            let decoded = ir::Expr {
                ty: Type::tuple(vec![Type::Basic(Basic::Int32), Type::INT]),
                kind: ExprKind::DecodeRune(Box::new(local(seq, &seq_ty)), Box::new(local(index, &Type::INT))),
            };
            head.push(ir::Stmt::AssignResults { lhs: vec![Place::Local(rune), Place::Local(next)], call: decoded });
        }
        // The iteration variables: fresh ones per iteration with `:=`.
        let element = || -> ir::Expr {
            if is_string {
                return local(rune, &Type::Basic(Basic::Int32));
            }
            let mut base = local(seq, &seq_ty);
            if let Type::Pointer(elem) = seq_ty.underlying() {
                base = ir::Expr { ty: (*elem).clone(), kind: ExprKind::Deref(Box::new(base)) };
            }
            ir::Expr {
                ty: value_ty.clone().unwrap(),
                kind: ExprKind::Index(Box::new(base), Box::new(local(index, &Type::INT))),
            }
        };
        let sources = [Some(local(index, &count_ty)), value_ty.as_ref().map(|_| element())];
        head.extend(self.bind_range_vars(
            [key, value],
            [key_ty.clone(), value_ty.clone().unwrap_or(Type::Invalid)],
            sources,
            define,
        ));
        let id = self.push_target(true);
        let mut loop_body = head;
        loop_body.extend(self.scoped_block(body));
        self.ctx.targets.pop();
        self.scopes.pop();
        let step = if is_string {
            local(next, &Type::INT)
        } else {
            let one = ir::Expr { ty: count_ty.clone(), kind: ExprKind::Const(Value::int(1)) };
            ir::Expr {
                ty: count_ty.clone(),
                kind: ExprKind::Binary(ir::BinaryOp::Add, Box::new(local(index, &count_ty)), Box::new(one)),
            }
        };
        stmts.push(ir::Stmt::Loop { id, cond: Some(cond), body: loop_body, post: vec![assign(index, step)] });
        out.push(ir::Stmt::Block(stmts));
    }

    /// The iteration variables of a range loop, set from `sources` at the
    /// start of each iteration: fresh variables with `:=` (Go 1.22), else
    /// assignments to the places given.
    fn bind_range_vars(
        &mut self,
        targets: [Option<&ast::Expr>; 2],
        types: [Type; 2],
        sources: [Option<ir::Expr>; 2],
        define: bool,
    ) -> Vec<ir::Stmt> {
        let mut head = Vec::new();
        for ((target, ty), source) in targets.into_iter().zip(types).zip(sources) {
            let (Some(target), Some(source)) = (target, source) else { continue };
            if define {
                let ast::ExprKind::Ident(name) = &target.kind else {
                    let text = self.text(target.span);
                    self.error(target.span, format!("non-name {text} on left side of :="));
                    continue;
                };
                if name.is_blank() {
                    continue;
                }
                let var = self.declare_local(name, ty, false);
                head.push(ir::Stmt::Decl(var));
                head.push(assign(var, source));
            } else {
                let (place, place_ty) = self.place(target);
                if let Some(place_ty) = place_ty {
                    let value = self.assign_to(source, target.span, &place_ty, "range");
                    head.push(ir::Stmt::Assign { lhs: vec![place], rhs: vec![value] });
                }
            }
        }
        head
    }

    /// `for k, v := range m` over a map.
    fn range_map(
        &mut self,
        targets: [Option<&ast::Expr>; 2],
        define: bool,
        x: ir::Expr,
        body: &ast::Block,
        out: &mut Vec<ir::Stmt>,
    ) {
        let Type::Map(key_ty, elem_ty) = x.ty.underlying() else { unreachable!("range over {} as a map", x.ty) };
        let map_ty = x.ty.clone();
        self.scopes.push();
        let map = self.hidden_local("range", map_ty.clone());
        let iter_ty = ir::map_iter_type();
        let iter = self.hidden_local("iter", iter_ty);
        let mut stmts = vec![ir::Stmt::Decl(map), assign(map, x), ir::Stmt::Decl(iter)];
        let key = ir::Expr { ty: (*key_ty).clone(), kind: ExprKind::MapIterKey(iter) };
        let elem = ir::Expr { ty: (*elem_ty).clone(), kind: ExprKind::MapIterElem(iter) };
        let types = [(*key_ty).clone(), (*elem_ty).clone()];
        let mut loop_body = self.bind_range_vars(targets, types, [Some(key), Some(elem)], define);
        let id = self.push_target(true);
        loop_body.extend(self.scoped_block(body));
        self.ctx.targets.pop();
        self.scopes.pop();
        stmts.push(ir::Stmt::MapRange { id, map: local(map, &map_ty), iter, body: loop_body });
        out.push(ir::Stmt::Block(stmts));
    }

    /// `switch v := x.(type) { case T: ... }`: a switch over tests of the
    /// dynamic type; in a clause with one type, `v` is the value as that
    /// type, otherwise it has `x`'s type.
    pub(super) fn type_switch(
        &mut self,
        init: Option<&ast::Stmt>,
        bind: Option<&ast::Ident>,
        xe: &ast::Expr,
        clauses: &[ast::CaseClause],
        out: &mut Vec<ir::Stmt>,
    ) {
        self.scopes.push();
        let mut stmts = Vec::new();
        if let Some(init) = init {
            self.stmt(init, &mut stmts);
        }
        let x = self.value(xe);
        if x.ty == Type::Invalid {
            self.scopes.pop();
            return;
        }
        let Some(iface) = x.ty.interface() else {
            let msg = format!("{} is not an interface", self.describe(&x, xe.span));
            self.error(xe.span, msg);
            self.scopes.pop();
            return;
        };
        let x_ty = x.ty.clone();
        let subject = self.hidden_local("switch", x_ty.clone());
        stmts.push(ir::Stmt::Decl(subject));
        stmts.push(assign(subject, x));
        let id = self.push_target(false);
        let mut ir_clauses = Vec::new();
        // The types of the cases so far (`None` for nil), with their spans.
        let mut seen: Vec<(Option<Type>, Span)> = Vec::new();
        for clause in clauses {
            let mut conds = Vec::new();
            let mut single: Option<Type> = None;
            for e in clause.exprs.iter().flatten() {
                let is_nil = matches!(&e.kind, ast::ExprKind::Ident(id) if id.name == "nil" && matches!(self.scopes.lookup_with_block("nil"), Some((super::scope::Entity::Nil, _))));
                if is_nil {
                    self.check_duplicate_case(&mut seen, None, e.span);
                    let nil = ir::Expr { ty: x_ty.clone(), kind: ExprKind::Zero };
                    conds.push(ir::Expr {
                        ty: Type::BOOL,
                        kind: ExprKind::Binary(ir::BinaryOp::Eq, Box::new(local(subject, &x_ty)), Box::new(nil)),
                    });
                    single = Some(x_ty.clone());
                    continue;
                }
                let target = self.type_expr(e);
                if target == Type::Invalid {
                    continue;
                }
                self.check_duplicate_case(&mut seen, Some(&target), e.span);
                if target.interface().is_none() {
                    if let Some(why) = self.missing_method(&target, &iface) {
                        let msg = format!(
                            "impossible type switch case: {} cannot have dynamic type {target} ({why})",
                            self.text(xe.span)
                        );
                        self.error(e.span, msg);
                        continue;
                    }
                    self.register_method_set(&target);
                }
                single = Some(target.clone());
                conds.push(ir::Expr {
                    ty: Type::BOOL,
                    kind: ExprKind::IsType { x: Box::new(local(subject, &x_ty)), target },
                });
            }
            self.scopes.push();
            let mut body = Vec::new();
            if let Some(name) = bind.filter(|b| !b.is_blank()) {
                let one = clause.exprs.as_ref().is_some_and(|e| e.len() == 1);
                let (ty, value) = match (one, single) {
                    (true, Some(t)) if t != x_ty => {
                        let value = ir::Expr {
                            ty: t.clone(),
                            kind: ExprKind::TypeAssert {
                                x: Box::new(local(subject, &x_ty)),
                                target: t.clone(),
                                comma_ok: false,
                            },
                        };
                        (t, value)
                    }
                    _ => (x_ty.clone(), local(subject, &x_ty)),
                };
                // Used or not, per clause: gc reports an unused one once.
                let var = self.declare_local(name, ty, true);
                body.push(ir::Stmt::Decl(var));
                body.push(assign(var, value));
            }
            body.extend(self.block_stmts(&clause.body));
            self.scopes.pop();
            ir_clauses.push(ir::SwitchClause { conds, is_default: clause.exprs.is_none(), body });
        }
        self.ctx.targets.pop();
        self.scopes.pop();
        stmts.push(ir::Stmt::Switch { id, clauses: ir_clauses });
        out.push(ir::Stmt::Block(stmts));
    }

    fn cannot_range(&mut self, x: &ir::Expr, xe: &ast::Expr) {
        let msg = format!("cannot range over {}", self.describe(x, xe.span));
        self.error(xe.span, msg);
    }

    /// `len(x)` of a string, slice, array or pointer to array.
    fn length_of(&mut self, x: ir::Expr) -> ir::Expr {
        match x.ty.array_len() {
            Some(n) => ir::Expr { ty: Type::INT, kind: ExprKind::Const(Value::int(n as i64)) },
            None => ir::Expr { ty: Type::INT, kind: ExprKind::Builtin(ir::Builtin::Len, vec![x]) },
        }
    }

    /// A compiler-made local (never reported as unused).
    pub(super) fn hidden_local(&mut self, name: &str, ty: Type) -> ir::LocalId {
        let id = self.ctx.locals.len();
        self.ctx.locals.push(ir::Local {
            name: format!(".{name}"),
            ty,
            addressed: false,
            escapes: false,
            capture: None,
            span: Span::default(),
        });
        self.ctx.local_uses.push((Span::default(), true));
        id
    }

    pub(super) fn switch_stmt(
        &mut self,
        init: Option<&ast::Stmt>,
        tag: Option<&ast::Expr>,
        clauses: &[ast::CaseClause],
        out: &mut Vec<ir::Stmt>,
    ) {
        self.scopes.push();
        let mut stmts = Vec::new();
        if let Some(init) = init {
            self.stmt(init, &mut stmts);
        }
        // The tag, evaluated once (`true` without one).
        let tag = match tag {
            Some(t) => {
                let x = self.value(t);
                let x = if x.ty.is_untyped() { self.default_value(x, t.span, "switch expression") } else { x };
                if x.ty == Type::Invalid {
                    None
                } else {
                    let ty = x.ty.clone();
                    let var = self.hidden_local("tag", ty.clone());
                    stmts.push(ir::Stmt::Decl(var));
                    stmts.push(assign(var, x));
                    Some((var, ty, t.span))
                }
            }
            None => None,
        };
        let id = self.push_target(false);
        let mut ir_clauses = Vec::new();
        let mut seen_default: Option<Span> = None;
        for clause in clauses {
            let mut conds = Vec::new();
            match &clause.exprs {
                None => {
                    if let Some(first) = seen_default {
                        let at = self.sources[self.file].position(first.lo);
                        self.error(clause.span, format!("multiple defaults (first at {at})"));
                    } else {
                        seen_default = Some(clause.span);
                    }
                }
                Some(exprs) => {
                    for e in exprs {
                        conds.push(self.case_condition(tag.as_ref(), e));
                    }
                }
            }
            let last = clause.body.iter().rev().find(|s| s.kind != StmtKind::Empty);
            let ends_in_fallthrough = last.is_some_and(|s| s.kind == StmtKind::Fallthrough);
            self.scopes.push();
            let saved = self
                .ctx
                .fallthrough_at
                .replace(last.filter(|_| ends_in_fallthrough).map_or(Span::default(), |s| s.span));
            let body = self.block_stmts(&clause.body);
            self.ctx.fallthrough_at = saved;
            self.scopes.pop();
            ir_clauses.push(ir::SwitchClause { conds, is_default: clause.exprs.is_none(), body });
        }
        self.ctx.targets.pop();
        self.scopes.pop();
        stmts.push(ir::Stmt::Switch { id, clauses: ir_clauses });
        out.push(ir::Stmt::Block(stmts));
    }

    /// `tag == e` for a case of a tag switch, or `e` itself without tag.
    fn case_condition(&mut self, tag: Option<&(ir::LocalId, Type, Span)>, e: &ast::Expr) -> ir::Expr {
        let Some((var, ty, tag_span)) = tag else {
            let x = self.value(e);
            if x.ty == Type::Invalid {
                return invalid();
            }
            if !x.ty.is_boolean() {
                let msg = format!("invalid case {} in switch (mismatched types {} and bool)", self.text(e.span), x.ty);
                self.error(e.span, msg);
                return invalid();
            }
            return ir::Expr { ty: Type::BOOL, ..x };
        };
        let x = self.value(e);
        if x.ty == Type::Invalid {
            return invalid();
        }
        if let (Some(what), false) = (incomparable_kind(ty), matches!(x.kind, ExprKind::Zero)) {
            let (case, tag) = (self.text(e.span), self.text(*tag_span));
            self.error(e.span, format!("invalid case {case} in switch on {tag} ({what} can only be compared to nil)"));
            return invalid();
        }
        let x = if (x.ty.is_untyped() && super::relation::assignable(&x.ty, ty)) || ty.interface().is_some() {
            self.assign_to(x, e.span, ty, "switch case")
        } else {
            x
        };
        if let Some(iface) = x.ty.interface().filter(|_| x.ty != *ty) {
            // `switch n { case v }` with `v` an interface `n` implements.
            if self.missing_method(ty, &iface).is_none() {
                return self.binary_values(e.span, BinaryOp::Eq, (local(*var, ty), *tag_span), (x, e.span));
            }
        }
        if x.ty != *ty {
            let msg = format!(
                "invalid case {} in switch on {} (mismatched types {} and {})",
                self.text(e.span),
                self.ctx.locals[*var].name.trim_start_matches('.'),
                x.ty,
                ty
            );
            self.error(e.span, msg);
            return invalid();
        }
        ir::Expr { ty: Type::BOOL, kind: ExprKind::Binary(ir::BinaryOp::Eq, Box::new(local(*var, ty)), Box::new(x)) }
    }
}

impl Checker<'_> {
    /// A type switch case listing a type (`None`: nil) an earlier case
    /// listed. In an instance of generic code, type arguments may make
    /// cases alike that the generic code keeps apart.
    fn check_duplicate_case(&mut self, seen: &mut Vec<(Option<Type>, Span)>, ty: Option<&Type>, span: Span) {
        let earlier = seen.iter().find(|(t, _)| t.as_ref() == ty).map(|(_, at)| *at);
        match earlier {
            Some(at) if self.instance_args.is_none() => {
                let what = ty.map_or("nil".to_string(), Type::to_string);
                let previous = self.sources[self.file].position(at.lo);
                self.error(span, format!("duplicate case {what} in type switch\n\t{previous}: previous case"));
            }
            Some(_) => {}
            None => seen.push((ty.cloned(), span)),
        }
    }
}

pub(super) fn local(id: ir::LocalId, ty: &Type) -> ir::Expr {
    ir::Expr { ty: ty.clone(), kind: ExprKind::Local(id) }
}

pub(super) fn assign(id: ir::LocalId, value: ir::Expr) -> ir::Stmt {
    ir::Stmt::Assign { lhs: vec![Place::Local(id)], rhs: vec![value] }
}

fn zero_of(ty: &Type) -> ir::Expr {
    ir::Expr { ty: ty.clone(), kind: ExprKind::Const(Value::int(0)) }
}

/// The labels of a function, by name.
pub type Labels = HashMap<String, ir::LabelId>;

/// The kind of a type whose values compare only with nil, if it is one.
fn incomparable_kind(ty: &Type) -> Option<&'static str> {
    match ty.underlying() {
        Type::Slice(_) => Some("slice"),
        Type::Func(_) => Some("func"),
        _ => None,
    }
}
