//! Statements: blocks and scopes, declarations, assignments, control flow,
//! and the spec's "terminating statement" rule behind `missing return`.

use super::constant::Value;
use super::expr::{invalid, type_list, Operand};
use super::scope::Entity;
use super::ty::Type;
use super::Checker;
use crate::ir::{self, ExprKind, Place};
use crate::source::Span;
use crate::syntax::ast::{self, AssignOp, BinaryOp, StmtKind};

/// The initial values of a variable declaration.
enum Init {
    Zero,
    Values(Vec<ir::Expr>),
    /// One call whose results initialise all the names.
    Results(ir::Expr),
    /// One call whose results are converted to the names' types: stored
    /// in temporaries by `results`, then assigned as `values`.
    Staged {
        results: ir::Stmt,
        values: Vec<ir::Expr>,
    },
}

impl<'a> Checker<'a> {
    pub(super) fn block_stmts(&mut self, stmts: &[ast::Stmt]) -> Vec<ir::Stmt> {
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        out
    }

    pub(super) fn scoped_block(&mut self, block: &ast::Block) -> Vec<ir::Stmt> {
        self.scopes.push();
        let stmts = self.block_stmts(&block.stmts);
        self.scopes.pop();
        stmts
    }

    pub(super) fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<ir::Stmt>) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(ast::Decl::Var(specs)) => {
                for spec in specs {
                    if let (_, Some(stmt)) = self.var_decl(spec, None) {
                        out.push(stmt);
                    }
                }
            }
            StmtKind::Expr(e) => self.expr_stmt(e, out),
            StmtKind::IncDec { x, inc } => {
                let one = ast::Expr { kind: ast::ExprKind::BasicLit(one_literal(s.span)), span: s.span };
                let op = if *inc { BinaryOp::Add } else { BinaryOp::Sub };
                self.compound_assign(s.span, x, op, &one, out);
            }
            StmtKind::Assign { lhs, op: AssignOp::Define, rhs } => self.define(s.span, lhs, rhs, out),
            StmtKind::Assign { lhs, op: AssignOp::Assign, rhs } => self.assign(s.span, lhs, rhs, out),
            StmtKind::Assign { lhs, op: AssignOp::Op(op), rhs } => {
                self.compound_assign(s.span, &lhs[0], *op, &rhs[0], out)
            }
            StmtKind::Return(results) => self.return_stmt(s.span, results, out),
            StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) => self.jump(s, out),
            StmtKind::Labeled(label, inner) => self.labeled(label, inner, out),
            StmtKind::Fallthrough => {
                if self.ctx.fallthrough_at == Some(s.span) {
                    out.push(ir::Stmt::Fallthrough);
                }
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body, out)
            }
            StmtKind::Switch { init, tag, clauses } => self.switch_stmt(init.as_deref(), tag.as_ref(), clauses, out),
            StmtKind::Block(block) => out.push(ir::Stmt::Block(self.scoped_block(block))),
            StmtKind::If { .. } => {
                self.scopes.push();
                out.push(self.if_stmt(s));
                self.scopes.pop();
            }
            StmtKind::For { init, cond, post, body } => {
                self.for_stmt(init.as_deref(), cond.as_ref(), post.as_deref(), body, out)
            }
            StmtKind::Decl(ast::Decl::Const(specs)) => self.local_const_group(specs),
            StmtKind::Decl(ast::Decl::Type(specs)) => specs.iter().for_each(|spec| self.local_type_spec(spec)),
            StmtKind::Decl(ast::Decl::Func(_)) => {
                unreachable!("the parser keeps functions at package level")
            }
            StmtKind::TypeSwitch { init, bind, x, clauses } => {
                self.type_switch(init.as_deref(), bind.as_ref(), x, clauses, out)
            }
            StmtKind::Send { .. } | StmtKind::Select(_) | StmtKind::Go(_) => self.unsupported(s.span, "concurrency"),
            StmtKind::Defer(call) => self.defer_stmt(s.span, call, out),
        }
    }

    fn if_stmt(&mut self, s: &ast::Stmt) -> ir::Stmt {
        let StmtKind::If { init, cond, then, else_ } = &s.kind else { unreachable!("not an if statement") };
        let mut stmts = Vec::new();
        if let Some(init) = init {
            self.stmt(init, &mut stmts);
        }
        let cond = self.condition(cond, "if");
        let then = self.scoped_block(then);
        let else_ = match else_.as_deref() {
            None => Vec::new(),
            Some(ast::Stmt { kind: StmtKind::Block(block), .. }) => self.scoped_block(block),
            Some(nested) => {
                self.scopes.push();
                let stmt = self.if_stmt(nested);
                self.scopes.pop();
                vec![stmt]
            }
        };
        stmts.push(ir::Stmt::If { cond, then, else_ });
        ir::Stmt::Block(stmts)
    }

    pub(super) fn condition(&mut self, e: &ast::Expr, what: &str) -> ir::Expr {
        let x = self.value(e);
        if x.ty == Type::Invalid {
            return x;
        }
        if !x.ty.is_boolean() {
            let msg = format!("non-boolean condition in {what} statement");
            self.error(e.span, msg);
            return invalid();
        }
        ir::Expr { ty: Type::BOOL, ..x }
    }

    fn expr_stmt(&mut self, e: &ast::Expr, out: &mut Vec<ir::Stmt>) {
        let text = self.text(e.span);
        match self.operand(e) {
            Operand::NoValue(call) => out.push(ir::Stmt::Eval(call)),
            Operand::Value(x) if may_discard_result(&x) => out.push(ir::Stmt::Eval(x)),
            Operand::Invalid => {}
            Operand::Value(x) if x.ty == Type::Invalid => {}
            Operand::Value(x) => {
                let msg = format!("{} is not used", self.describe(&x, e.span));
                self.error(e.span, msg);
            }
            Operand::Builtin(_) => self.error(e.span, format!("{text} (built-in function) must be called")),
            Operand::Type(_) => self.error(e.span, format!("{text} (type) is not an expression")),
            Operand::Package(_) => self.error(e.span, format!("use of package {text} without selector")),
            Operand::Func(_) | Operand::Method { .. } | Operand::IfaceMethod { .. } => {
                self.error(e.span, format!("{text} (value of type func) is not used"))
            }
            operand @ (Operand::GenericFunc { .. } | Operand::GenericType(_)) => {
                self.operand_value(e, operand);
            }
        }
    }

    /// The place an assignment stores to; reading it later is a use, but
    /// storing is not.
    pub(super) fn place(&mut self, e: &ast::Expr) -> (Place, Option<Type>) {
        self.place_of(e, false)
    }

    /// The place `e` denotes; `read` when the statement also reads it
    /// (`x += 1` and `x++` count as uses, as in gc).
    fn place_of(&mut self, e: &ast::Expr, read: bool) -> (Place, Option<Type>) {
        if let ast::ExprKind::Ident(id) = &e.kind {
            if id.is_blank() {
                return (Place::Blank, None);
            }
            let found = self.scopes.lookup_with_block(&id.name).map(|(e, block)| (e.clone(), block));
            if let Some((Entity::Local(l), Some(block))) = found {
                let l = self.local_ref(l, block, read);
                return (Place::Local(l), Some(self.ctx.locals[l].ty.clone()));
            }
            match found.map(|(e, _)| e) {
                Some(Entity::Global(g)) => {
                    // Assigning a variable refers to it too, for
                    // initialisation order (Go spec, "Package initialization").
                    self.ctx.deps.insert(super::Dep::Global(g));
                    let ty = self.global_type(g);
                    return (Place::Global(g), Some(ty));
                }
                None => {
                    self.error(id.span, format!("undefined: {}", id.name));
                    return (Place::Blank, Some(Type::Invalid));
                }
                _ => {}
            }
        }
        if let ast::ExprKind::Paren(inner) = &e.kind {
            return self.place_of(inner, read);
        }
        let x = self.value(e);
        if x.ty == Type::Invalid {
            return (Place::Blank, Some(Type::Invalid));
        }
        if let ExprKind::MapLookup { map, key, .. } = x.kind {
            return (Place::MapEntry { map: *map, key: *key }, Some(x.ty));
        }
        if self.is_addressable(&x) {
            let ty = x.ty.clone();
            return (Place::Mem(x), Some(ty));
        }
        let msg =
            format!("cannot assign to {} (neither addressable nor a map index expression)", self.describe(&x, e.span));
        self.error(e.span, msg);
        (Place::Blank, Some(Type::Invalid))
    }

    fn assign(&mut self, span: Span, lhs: &[ast::Expr], rhs: &[ast::Expr], out: &mut Vec<ir::Stmt>) {
        let places: Vec<(Place, Option<Type>)> = lhs.iter().map(|e| self.place(e)).collect();
        let types: Vec<Option<Type>> = places.iter().map(|(_, t)| t.clone()).collect();
        let mut places: Vec<Place> = places.into_iter().map(|(p, _)| p).collect();
        if let [place] = &mut places[..] {
            // A tuple assignment evaluates its places' operands first in
            // code generation; a single one orders them here.
            *place = self.ordered_place(std::mem::replace(place, Place::Blank), out);
        }
        let at = lhs.last().map_or(span, |e| e.span);
        if let Some(init) = self.values_for(span, at, &types, rhs, "assignment") {
            out.push(init_stmt(places, init, &[]));
        }
    }

    fn define(&mut self, span: Span, lhs: &[ast::Expr], rhs: &[ast::Expr], out: &mut Vec<ir::Stmt>) {
        let mut names = Vec::new();
        for e in lhs {
            match &e.kind {
                ast::ExprKind::Ident(id) => names.push(id),
                _ => {
                    let text = self.text(e.span);
                    self.error(e.span, format!("non-name {text} on left side of :="));
                    return;
                }
            }
        }
        for (i, id) in names.iter().enumerate() {
            if !id.is_blank() && names[..i].iter().any(|earlier| earlier.name == id.name) {
                self.error(id.span, format!("{} repeated on left side of :=", id.name));
                for (j, id) in names.iter().enumerate() {
                    if !names[..j].iter().any(|earlier| earlier.name == id.name) {
                        self.declare_local(id, Type::Invalid, true);
                    }
                }
                return;
            }
        }
        // Names already declared in this block are assigned, not declared.
        let existing: Vec<Option<(Place, Type)>> = names
            .iter()
            .map(|id| match self.scopes.in_innermost(&id.name) {
                Some(Entity::Local(l)) if !id.is_blank() => Some((Place::Local(*l), self.ctx.locals[*l].ty.clone())),
                _ => None,
            })
            .collect();
        if names.iter().zip(&existing).all(|(id, e)| id.is_blank() || e.is_some()) {
            self.error(span, "no new variables on left side of :=");
        }
        let types: Vec<Option<Type>> = existing.iter().map(|e| e.as_ref().map(|(_, t)| t.clone())).collect();
        let at = names.last().map_or(span, |id| id.span);
        let Some(init) = self.values_for(span, at, &types, rhs, "assignment") else {
            for id in &names {
                self.declare_local(id, Type::Invalid, true);
            }
            return;
        };
        let value_types = init_types(&init);
        let places = names
            .iter()
            .zip(existing)
            .zip(value_types)
            .map(|((id, existing), ty)| match existing {
                Some((place, _)) => place,
                None if id.is_blank() => Place::Blank,
                None => {
                    let local = self.declare_local(id, ty, false);
                    out.push(ir::Stmt::Decl(local));
                    Place::Local(local)
                }
            })
            .collect();
        out.push(init_stmt(places, init, &[]));
    }

    /// `x op= y`: the place is evaluated once (through a hidden pointer
    /// when it is an element, field or `*p`), and storing is not a use.
    fn compound_assign(&mut self, span: Span, lhs: &ast::Expr, op: BinaryOp, rhs: &ast::Expr, out: &mut Vec<ir::Stmt>) {
        let (place, ty) = self.place_of(lhs, true);
        let Some(ty) = ty else {
            return self.error(lhs.span, "cannot use _ as value");
        };
        if ty == Type::Invalid {
            self.value(rhs);
            return;
        }
        let local = |l, ty: &Type| ir::Expr { ty: ty.clone(), kind: ExprKind::Local(l) };
        let (place, current) = match place {
            Place::Local(l) => (Place::Local(l), local(l, &ty)),
            Place::Global(g) => (Place::Global(g), ir::Expr { ty: ty.clone(), kind: ExprKind::Global(g) }),
            Place::Mem(e) => {
                let ptr_ty = Type::Pointer(std::rc::Rc::new(ty.clone()));
                let p = self.hidden_local("addr", ptr_ty.clone());
                out.push(ir::Stmt::Decl(p));
                let addr = ir::Expr { ty: ptr_ty.clone(), kind: ExprKind::AddrOf(Box::new(e), None) };
                out.push(ir::Stmt::Assign { lhs: vec![Place::Local(p)], rhs: vec![addr] });
                let deref = || ir::Expr { ty: ty.clone(), kind: ExprKind::Deref(Box::new(local(p, &ptr_ty))) };
                (Place::Mem(deref()), deref())
            }
            Place::MapEntry { map, key } => {
                // The map and the key are evaluated once.
                let (m, k) = (self.hidden_local("map", map.ty.clone()), self.hidden_local("key", key.ty.clone()));
                let (map_ty, key_ty) = (map.ty.clone(), key.ty.clone());
                out.extend([ir::Stmt::Decl(m), ir::Stmt::Decl(k)]);
                out.push(ir::Stmt::Assign { lhs: vec![Place::Local(m), Place::Local(k)], rhs: vec![map, key] });
                let lookup = ir::Expr {
                    ty: ty.clone(),
                    kind: ExprKind::MapLookup {
                        map: Box::new(local(m, &map_ty)),
                        key: Box::new(local(k, &key_ty)),
                        comma_ok: false,
                    },
                };
                (Place::MapEntry { map: local(m, &map_ty), key: local(k, &key_ty) }, lookup)
            }
            Place::Blank => return,
        };
        let y = self.value(rhs);
        let mut value = self.binary_values(span, op, (current, lhs.span), (y, rhs.span));
        if let ExprKind::Concat { site, .. } = &mut value.kind {
            // `s += t`: gc does not report the concatenation, and `t` flows
            // to `s` (see the escape analysis).
            site.text.clear();
        }
        let value = self.assign_to(value, span, &ty, "assignment");
        out.push(ir::Stmt::Assign { lhs: vec![place], rhs: vec![value] });
    }

    fn return_stmt(&mut self, span: Span, results: &[ast::Expr], out: &mut Vec<ir::Stmt>) {
        if self.ctx.range_body.is_some() {
            return self.range_body_return(span, results, out);
        }
        let want = self.ctx.results.clone();
        if results.is_empty() && (want.is_empty() || !self.ctx.named_results.is_empty()) {
            // A bare return needs the result variables in scope.
            for &r in &self.ctx.named_results.clone() {
                let name = self.ctx.locals[r].name.clone();
                if let Some((Entity::Local(l), _)) = self.scopes.lookup_with_block(&name) {
                    if *l != r {
                        let inner = self.sources[self.file].position(self.ctx.local_uses[*l].0.lo);
                        let msg = format!(
                            "result parameter {name} not in scope at return\n\t{inner}: inner declaration of {name}"
                        );
                        self.error(span, msg);
                    }
                }
            }
            return out.push(ir::Stmt::Return(Vec::new()));
        }
        match self.return_values(span, results, &want) {
            Some(ReturnValues::Results(call)) => out.push(ir::Stmt::ReturnResults(call)),
            Some(ReturnValues::Values(values)) => out.push(ir::Stmt::Return(values)),
            None => {}
        }
    }

    /// The values `return results...` gives a function whose result types
    /// are `want`; `None` once an error is reported.
    pub(super) fn return_values(&mut self, span: Span, results: &[ast::Expr], want: &[Type]) -> Option<ReturnValues> {
        if results.len() == 1 && want.len() > 1 {
            let x = self.multi_value(&results[0]);
            return match &x.ty {
                Type::Tuple(types) if **types == *want => Some(ReturnValues::Results(x)),
                Type::Invalid => None,
                _ => {
                    self.return_count_error(span, &[x.ty.clone()], want);
                    None
                }
            };
        }
        let values: Vec<ir::Expr> = results.iter().enumerate().map(|(i, r)| self.value_for(r, want.get(i))).collect();
        if values.len() != want.len() {
            let have: Vec<Type> = values.iter().map(|v| v.ty.clone()).collect();
            self.return_count_error(span, &have, want);
            return None;
        }
        let values = values
            .into_iter()
            .zip(results)
            .zip(want)
            .map(|((v, r), ty)| self.assign_to(v, r.span, ty, "return statement"))
            .collect();
        Some(ReturnValues::Values(values))
    }

    pub(super) fn return_count_error(&mut self, span: Span, have: &[Type], want: &[Type]) {
        let many = if have.len() > want.len() { "too many" } else { "not enough" };
        let msg = format!("{many} return values\n\thave {}\n\twant {}", type_list(have), type_list(want));
        self.error(span, msg);
    }

    /// Checks a `var` line. Locals are declared after their initial values
    /// are checked (`var x = x` refers to an outer x); for a package-level
    /// line `globals` holds its variables, already declared.
    pub(super) fn var_decl(
        &mut self,
        spec: &ast::ValueSpec,
        globals: Option<&[Option<ir::GlobalId>]>,
    ) -> (Vec<Type>, Option<ir::Stmt>) {
        let declared = spec.ty.as_ref().map(|t| self.type_expr(t));
        let init = if spec.values.is_empty() {
            if declared.is_none() {
                self.error(spec.span, "missing type or init expr");
            }
            Some(Init::Zero)
        } else {
            let types = vec![declared.clone(); spec.names.len()];
            let at = spec.names.last().map_or(spec.span, |id| id.span);
            self.values_for(spec.span, at, &types, &spec.values, "variable declaration")
        };
        let types: Vec<Type> = match (&declared, &init) {
            (Some(ty), _) => vec![ty.clone(); spec.names.len()],
            (None, Some(init)) => init_types(init),
            (None, None) => vec![Type::Invalid; spec.names.len()],
        };
        let mut decls = Vec::new();
        let places: Vec<Place> = match globals {
            Some(globals) => globals.iter().map(|g| g.map_or(Place::Blank, Place::Global)).collect(),
            None => spec
                .names
                .iter()
                .zip(&types)
                .map(|(name, ty)| {
                    if name.is_blank() {
                        Place::Blank
                    } else {
                        let local = self.declare_local(name, ty.clone(), false);
                        decls.push(ir::Stmt::Decl(local));
                        Place::Local(local)
                    }
                })
                .collect(),
        };
        let stmt = match init {
            // Package variables start zeroed; locals are zeroed where declared.
            Some(Init::Zero) if globals.is_some() => None,
            Some(init) => {
                decls.push(init_stmt(places, init, &types));
                Some(ir::Stmt::Block(decls))
            }
            None => None,
        };
        (types, stmt)
    }

    /// Checks the right-hand side of an assignment or declaration with
    /// `types.len()` names (`None` where the name takes the value's own
    /// default type); reports count mismatches.
    /// The values of `rhs` for variables of `types`; conversions to
    /// interfaces among them are placed at `at` (see `conversion_at`).
    fn values_for(
        &mut self,
        span: Span,
        at: Span,
        types: &[Option<Type>],
        rhs: &[ast::Expr],
        context: &str,
    ) -> Option<Init> {
        if let ([value], 2) = (rhs, types.len()) {
            if let Some(pair) = self.comma_ok(value) {
                let Type::Tuple(result) = &pair.ty else { return None };
                let value_ty = types[0].clone().unwrap_or_else(|| result[0].clone());
                if value_ty != result[0] && self.converts_implicitly(&result[0], &value_ty) {
                    return self.staged(pair, value.span, types, context);
                } else if value_ty != result[0] && value_ty != Type::Invalid {
                    let msg = format!(
                        "cannot use {} (value of type {}) as {value_ty} value in {context}",
                        self.text(value.span),
                        result[0]
                    );
                    self.error(value.span, msg);
                }
                return Some(Init::Results(pair));
            }
        }
        if rhs.len() == 1 && (types.len() > 1 || is_call(&rhs[0])) {
            let call = self.multi_value(&rhs[0]);
            return match &call.ty {
                Type::Tuple(results) if results.len() == types.len() && types.len() > 1 => {
                    let mut convert = false;
                    for (want, have) in types.iter().zip(results.iter()) {
                        if let Some(want) = want {
                            if want != have && self.converts_implicitly(have, want) {
                                convert = true;
                            } else if want != have && *want != Type::Invalid {
                                let msg = format!("cannot use {} value as {want} value in {context}", have);
                                self.error(rhs[0].span, msg);
                            }
                        }
                    }
                    if convert {
                        return self.staged(call, rhs[0].span, types, context);
                    }
                    Some(Init::Results(call))
                }
                Type::Invalid => None,
                Type::Tuple(results) if results.len() != 1 => {
                    let text = self.text(rhs[0].span);
                    let (n, m) = (types.len(), results.len());
                    let msg = format!(
                        "assignment mismatch: {n} variable{} but {text} returns {m} value{}",
                        plural(n),
                        plural(m)
                    );
                    self.error(span, msg);
                    None
                }
                _ if types.len() > 1 => {
                    let msg = format!("assignment mismatch: {} variables but 1 value", types.len());
                    self.error(span, msg);
                    None
                }
                _ => {
                    let value = match &types[0] {
                        Some(ty) => self.assign_to(call, rhs[0].span, ty, context),
                        None => self.default_value(call, rhs[0].span, context),
                    };
                    Some(Init::Values(vec![value]))
                }
            };
        }
        let values: Vec<ir::Expr> =
            rhs.iter().enumerate().map(|(i, e)| self.value_for(e, types.get(i).and_then(Option::as_ref))).collect();
        if values.len() != types.len() {
            let (n, m) = (types.len(), values.len());
            let msg = format!("assignment mismatch: {n} variable{} but {m} value{}", plural(n), plural(m));
            self.error(span, msg);
            return None;
        }
        let values = values
            .into_iter()
            .zip(rhs)
            .zip(types)
            .map(|((v, e), ty)| match ty {
                Some(ty) => Self::conversion_at(self.assign_to(v, e.span, ty, context), e, at),
                None => self.default_value(v, e.span, context),
            })
            .collect();
        Some(Init::Values(values))
    }

    /// `v, ok := m[k]` or `v, ok := x.(T)`: the lookup or assertion `e`
    /// is, in its comma-ok form, if it is one.
    fn comma_ok(&mut self, e: &ast::Expr) -> Option<ir::Expr> {
        let mut inner = e;
        while let ast::ExprKind::Paren(x) = &inner.kind {
            inner = x;
        }
        match &inner.kind {
            ast::ExprKind::Index(..) => {
                let x = self.value(inner);
                let ExprKind::MapLookup { map, key, .. } = x.kind else { return None };
                let ty = Type::tuple(vec![x.ty, Type::BOOL]);
                Some(ir::Expr { ty, kind: ExprKind::MapLookup { map, key, comma_ok: true } })
            }
            ast::ExprKind::TypeAssert { x, ty: Some(t) } => {
                let value = self.value(x);
                let target = self.type_expr(t);
                Some(self.type_assert(inner, value, x.span, target, true))
            }
            _ => None,
        }
    }

    pub(super) fn declare_local(&mut self, name: &ast::Ident, ty: Type, used: bool) -> ir::LocalId {
        let id = self.ctx.locals.len();
        self.ctx.locals.push(ir::Local {
            name: name.name.clone(),
            ty,
            addressed: false,
            escapes: false,
            capture: None,
            span: name.span,
        });
        // Blank names and parameters never count as unused.
        self.ctx.local_uses.push((name.span, used || name.is_blank()));
        if !name.is_blank() {
            if let Err(earlier) = self.scopes.declare(&name.name, Entity::Local(id), name.span) {
                self.redeclared(name, earlier);
            }
        }
        id
    }

    pub(super) fn report_unused(&mut self) {
        let unused: Vec<(Span, String)> = self
            .ctx
            .local_uses
            .iter()
            .zip(&self.ctx.locals)
            .filter(|((_, used), _)| !used)
            .map(|((span, _), local)| (*span, local.name.clone()))
            .collect();
        for (span, name) in unused {
            self.error(span, format!("declared and not used: {name}"));
        }
    }
}

fn is_call(e: &ast::Expr) -> bool {
    matches!(e.kind, ast::ExprKind::Call { .. })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn one_literal(span: Span) -> ast::BasicLit {
    ast::BasicLit { kind: ast::LitKind::Int, raw: "1".into(), span }
}

/// What a `return` statement gives.
pub(super) enum ReturnValues {
    /// The results of one multi-valued call.
    Results(ir::Expr),
    /// One value per result.
    Values(Vec<ir::Expr>),
}

impl Checker<'_> {
    /// The results of `call` converted to `types` (where given) through
    /// temporaries: `var a, b any = x.(bool)`, `v, err = f()` with `err`
    /// an interface that f's result implements.
    fn staged(&mut self, call: ir::Expr, span: Span, types: &[Option<Type>], context: &str) -> Option<Init> {
        let Type::Tuple(results) = &call.ty else { unreachable!("staged results come from a tuple") };
        let results = results.to_vec();
        let temps: Vec<ir::LocalId> =
            results.iter().enumerate().map(|(i, ty)| self.hidden_local(&format!("result{i}"), ty.clone())).collect();
        let mut stmts: Vec<ir::Stmt> = temps.iter().map(|&t| ir::Stmt::Decl(t)).collect();
        stmts.push(ir::Stmt::AssignResults { lhs: temps.iter().map(|&t| Place::Local(t)).collect(), call });
        let values = temps
            .iter()
            .zip(results)
            .zip(types)
            .map(|((&temp, ty), want)| {
                let value = ir::Expr { ty, kind: ExprKind::Local(temp) };
                match want {
                    Some(want) => self.assign_to(value, span, want, context),
                    None => value,
                }
            })
            .collect();
        Some(Init::Staged { results: ir::Stmt::Block(stmts), values })
    }
}

fn init_types(init: &Init) -> Vec<Type> {
    match init {
        Init::Zero => Vec::new(),
        Init::Values(values) => values.iter().map(|v| v.ty.clone()).collect(),
        Init::Results(call) => match &call.ty {
            Type::Tuple(types) => types.to_vec(),
            other => vec![other.clone()],
        },
        Init::Staged { values, .. } => values.iter().map(|v| v.ty.clone()).collect(),
    }
}

/// The statement that stores `init` into `places`; `types` gives the zero
/// values' types.
fn init_stmt(places: Vec<Place>, init: Init, types: &[Type]) -> ir::Stmt {
    match init {
        Init::Zero => {
            let rhs = types.iter().map(zero_value).collect();
            ir::Stmt::Assign { lhs: places, rhs }
        }
        Init::Values(rhs) => ir::Stmt::Assign { lhs: places, rhs },
        Init::Results(call) => ir::Stmt::AssignResults { lhs: places, call },
        Init::Staged { results, values } => {
            ir::Stmt::Block(vec![results, ir::Stmt::Assign { lhs: places, rhs: values }])
        }
    }
}

fn zero_value(ty: &Type) -> ir::Expr {
    let kind = if ty.is_boolean() {
        ExprKind::Const(Value::Bool(false))
    } else if ty.is_string() {
        ExprKind::Const(Value::string(b""))
    } else {
        ExprKind::Zero
    };
    ir::Expr { kind, ty: ty.clone() }
}

/// Whether `x` is a call whose result a statement may discard: a function
/// call or `copy`, not another builtin.
pub(super) fn may_discard_result(x: &ir::Expr) -> bool {
    matches!(
        x.kind,
        ExprKind::Call { .. }
            | ExprKind::CallValue { .. }
            | ExprKind::IfaceCall { .. }
            | ExprKind::Builtin(ir::Builtin::Copy | ir::Builtin::Recover, _)
    )
}

/// The spec's terminating statements, for `missing return`.
pub(super) fn is_terminating_list(stmts: &[ast::Stmt]) -> bool {
    stmts.iter().rev().find(|s| s.kind != StmtKind::Empty).is_some_and(is_terminating)
}

fn is_terminating(s: &ast::Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Goto(_) => true,
        StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Call { func, .. }, .. }) => {
            matches!(&func.kind, ast::ExprKind::Ident(id) if id.name == "panic")
        }
        StmtKind::Block(b) => is_terminating_list(&b.stmts),
        StmtKind::If { then, else_: Some(else_), .. } => is_terminating_list(&then.stmts) && is_terminating(else_),
        StmtKind::For { cond: None, body, .. } => !has_break(&body.stmts, true, None),
        StmtKind::Labeled(label, inner) => match &inner.kind {
            StmtKind::For { cond: None, body, .. } => !has_break(&body.stmts, true, Some(&label.name)),
            StmtKind::Switch { .. } => is_terminating(inner) && !switch_breaks(inner, Some(&label.name)),
            _ => is_terminating(inner),
        },
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| c.exprs.is_none())
                && clauses.iter().all(|c| {
                    let last = c.body.iter().rev().find(|s| s.kind != StmtKind::Empty);
                    last.is_some_and(|s| s.kind == StmtKind::Fallthrough) || is_terminating_list(&c.body)
                })
                && !switch_breaks(s, None)
        }
        _ => false,
    }
}

/// Whether `stmts` contain a `break` that leaves the loop they belong to:
/// an unlabelled one not inside a nested loop, switch or select (`top`),
/// or one naming the loop's `label`.
/// Whether a switch statement has a `break` that leaves it.
fn switch_breaks(s: &ast::Stmt, label: Option<&str>) -> bool {
    match &s.kind {
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, true, label))
        }
        _ => false,
    }
}

fn has_break(stmts: &[ast::Stmt], top: bool, label: Option<&str>) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => label == Some(l.name.as_str()),
        StmtKind::Block(b) => has_break(&b.stmts, top, label),
        StmtKind::If { then, else_, .. } => {
            has_break(&then.stmts, top, label)
                || else_.as_deref().is_some_and(|e| has_break(std::slice::from_ref(e), top, label))
        }
        StmtKind::Labeled(_, inner) => has_break(std::slice::from_ref(inner), top, label),
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => has_break(&body.stmts, false, label),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, false, label))
        }
        StmtKind::Select(clauses) => clauses.iter().any(|c| has_break(&c.body, false, label)),
        _ => false,
    })
}
