//! Interfaces: interface types and their method sets, satisfaction,
//! conversions to interfaces, type assertions, and calls of interface
//! methods.
//!
//! A non-empty interface value holds an itab whose functions take the
//! interface's data word as receiver. For each concrete type converted to
//! an interface, every method of its method set gets such a function (an
//! "itab wrapper": it unboxes the value, follows embedded fields, and calls
//! the method), and the type's descriptor lists them so that the runtime
//! can build itabs for assertions to other interfaces.

use super::expr::invalid;
use super::scope::Entity;
use super::ty::{IfaceMethod, Interface, Signature, Term, Type};
use super::Checker;
use crate::ir::{self, ExprKind};
use crate::source::Span;
use crate::syntax::ast;
use std::rc::Rc;

/// Whether values of type `ty` are stored directly in an interface's data
/// word (pointer-shaped), rather than boxed.
pub fn is_direct(ty: &Type) -> bool {
    matches!(ty.underlying(), Type::Pointer(_) | Type::Map(..) | Type::Func(_))
}

impl<'a> Checker<'a> {
    /// `interface { M(); Embedded }`.
    pub(super) fn interface_type(&mut self, elems: &[ast::InterfaceElem]) -> Type {
        let mut methods: Vec<IfaceMethod> = Vec::new();
        let (mut terms, mut comparable) = (None, false);
        for elem in elems {
            match elem {
                ast::InterfaceElem::Method { name, sig } => {
                    let sig = self.signature(sig);
                    if methods.iter().any(|m| m.name == name.name) {
                        self.error(name.span, format!("duplicate method {}", name.name));
                        continue;
                    }
                    methods.push(IfaceMethod { name: name.name.clone(), sig });
                }
                ast::InterfaceElem::Embed(e) if super::generic::is_type_set_expr(e) => {
                    let union = self.union_terms(e);
                    terms = Some(intersect_terms(terms, union));
                }
                ast::InterfaceElem::Embed(e) => {
                    let ty = self.constraint_or_type_expr(e);
                    match self.underlying_resolved(&ty).interface() {
                        Some(embedded) => {
                            comparable |= embedded.comparable;
                            if let Some(union) = embedded.terms.clone() {
                                terms = Some(intersect_terms(terms, union));
                            }
                            for m in &embedded.methods {
                                match methods.iter().find(|x| x.name == m.name) {
                                    Some(x) if x.sig != m.sig => {
                                        self.error(e.span, format!("duplicate method {}", m.name));
                                    }
                                    Some(_) => {}
                                    None => methods.push(m.clone()),
                                }
                            }
                        }
                        None if ty == Type::Invalid => {}
                        None => terms = Some(intersect_terms(terms, vec![Term { tilde: false, ty }])),
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        Type::Interface(Rc::new(Interface { methods, terms, comparable }))
    }

    /// Why type `ty` does not implement interface `iface` (gc's wording),
    /// or `None` if it does.
    pub(super) fn missing_method(&mut self, ty: &Type, iface: &Interface) -> Option<String> {
        if let Some(have) = ty.interface() {
            let missing = iface.methods.iter().find(|m| !have.methods.contains(m))?;
            return Some(format!("missing method {}", missing.name));
        }
        for m in &iface.methods {
            let Some((path, method)) = self.method_path(ty, &m.name) else {
                return Some(format!("missing method {}", m.name));
            };
            if self.funcs[method.func].sig != m.sig {
                return Some(format!("wrong type for method {}", m.name));
            }
            let through_pointer = matches!(ty, Type::Pointer(_)) || self.path_reaches_pointer(ty, &path);
            if method.pointer_recv && !through_pointer {
                return Some(format!("method {} has pointer receiver", m.name));
            }
        }
        None
    }

    /// Whether a value of type `from` may be assigned to a variable of the
    /// different type `to` (an interface it implements, or by the spec's
    /// assignability rules).
    pub(super) fn converts_implicitly(&mut self, from: &Type, to: &Type) -> bool {
        match to.interface() {
            Some(iface) => self.missing_method(from, &iface).is_none(),
            None => super::relation::assignable(from, to),
        }
    }

    /// `x` as a value of interface type `target`: boxed with its type (or
    /// its itab), or an interface value converted to another interface.
    pub(super) fn to_iface(&mut self, x: ir::Expr, target: &Type, span: Span) -> ir::Expr {
        let iface = target.interface().expect("conversion to an interface");
        let itab = if x.ty.interface().is_some() || iface.methods.is_empty() {
            Vec::new()
        } else {
            iface.methods.iter().map(|m| self.itab_wrapper(&x.ty, &m.name)).collect()
        };
        if x.ty.interface().is_none() {
            self.register_method_set(&x.ty);
        }
        let site = ir::Site::new(span, self.text(span));
        ir::Expr { ty: target.clone(), kind: ExprKind::ToIface { x: Box::new(x), itab, site } }
    }

    /// `x`, the value of `value`, with its allocation site placed where gc
    /// reports it if it is a conversion to an interface: a composite
    /// literal's at its brace, any other's at `at`, the (last) variable of
    /// an assignment or declaration or the parenthesis of a call.
    pub(super) fn conversion_at(mut x: ir::Expr, value: &ast::Expr, at: Span) -> ir::Expr {
        let at = match &value.kind {
            ast::ExprKind::CompositeLit { ty: Some(t), .. } => t.span.hi,
            _ => at.lo,
        };
        if let ExprKind::ToIface { site, .. } = &mut x.kind {
            site.span = Span::new(at, at + 1);
        }
        x
    }

    /// `runtime.errorString`, the type of run-time error values, with its
    /// method set registered (called as package runtime is finished).
    pub(super) fn runtime_error_type(&mut self) -> Option<Type> {
        let ty = match self.scopes.lookup_with_block("errorString") {
            Some((&Entity::TypeDecl(index), _)) => self.type_decl_type(index),
            _ => return None,
        };
        self.register_method_set(&ty);
        Some(ty)
    }

    /// Makes the itab wrappers of every method in `ty`'s method set, for
    /// the runtime to build itabs from (once per type).
    pub(super) fn register_method_set(&mut self, ty: &Type) {
        let key = format!("{ty:?}");
        if self.method_sets.iter().any(|(t, _)| format!("{t:?}") == key) {
            return;
        }
        let mut entries = Vec::new();
        for name in self.method_set_names(ty) {
            let Some((path, method)) = self.method_path(ty, &name) else { continue };
            let through_pointer = matches!(ty, Type::Pointer(_)) || self.path_reaches_pointer(ty, &path);
            if method.pointer_recv && !through_pointer {
                continue;
            }
            let sig = self.funcs[method.func].sig.clone();
            let func = self.itab_wrapper(ty, &name);
            entries.push(ir::MethodEntry { name, sig, func });
        }
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        self.method_sets.push((ty.clone(), entries));
    }

    /// The names of the methods of `ty` and of the types it embeds.
    fn method_set_names(&self, ty: &Type) -> Vec<String> {
        let mut names = Vec::new();
        let mut work = vec![ty.clone()];
        let mut seen = Vec::new();
        while let Some(t) = work.pop() {
            let base = match &t {
                Type::Pointer(elem) => (**elem).clone(),
                t => t.clone(),
            };
            if seen.contains(&base) {
                continue;
            }
            seen.push(base.clone());
            if let Type::Named(named) = &base {
                names.extend(named.methods.borrow().iter().map(|m| m.name.clone()));
            }
            if let Some(iface) = base.interface() {
                names.extend(iface.methods.iter().map(|m| m.name.clone()));
            }
            if let Type::Struct(s) = base.underlying() {
                work.extend(s.fields.iter().filter(|f| f.embedded).map(|f| f.ty.clone()));
            }
        }
        names.sort();
        names.dedup();
        names
    }

    /// The function an itab slot for method `name` of concrete type `ty`
    /// calls: it takes the interface's data word (the value itself for a
    /// direct type, else a pointer to the boxed value) and the arguments.
    fn itab_wrapper(&mut self, ty: &Type, name: &str) -> ir::FuncId {
        let key = (ty.clone(), name.to_string());
        if let Some(&id) = self.itab_wrappers.get(&key) {
            return id;
        }
        let (path, method) = self.method_path(ty, name).expect("method in the method set");
        let sig = self.funcs[method.func].sig.clone();
        let symbol = format!("{}·{ty}", self.funcs[method.func].ir.symbol);
        let word_ty = if is_direct(ty) { ty.clone() } else { Type::Pointer(Rc::new(ty.clone())) };
        let ctx = super::FuncCtx { symbol: symbol.clone(), ..Default::default() };
        let ((params, body), ctx) = self.at_package_level(self.file, ctx, |c| {
            let data = c.hidden_local("data", word_ty.clone());
            let mut params = vec![data];
            params.extend(sig.params.iter().enumerate().map(|(i, t)| c.hidden_local(&format!("arg{i}"), t.clone())));
            let word = ir::Expr { ty: word_ty.clone(), kind: ExprKind::Local(data) };
            let recv =
                if is_direct(ty) { word } else { ir::Expr { ty: ty.clone(), kind: ExprKind::Deref(Box::new(word)) } };
            let recv = c.field_path(recv, &path);
            let recv = c.receiver(recv, Span::default(), &method);
            let mut args = vec![recv];
            args.extend(
                params[1..].iter().map(|&p| ir::Expr { ty: c.ctx.locals[p].ty.clone(), kind: ExprKind::Local(p) }),
            );
            (params, super::method::forward(method.func, args, &sig))
        });
        let func =
            ir::Func { params, locals: ctx.locals, body, wrapper: true, ..ir::Func::new(symbol, sig.results.clone()) };
        let id = self.add_func(None, None, sig, func);
        self.itab_wrappers.insert(key, id);
        id
    }

    /// The function that calls method `index` of a receiver of interface
    /// type `ty`: bound, for the method value `x.M` (the receiver is the
    /// closure's capture 0), or else taking the receiver as its first
    /// parameter, for the method expression `I.M` and as the method a
    /// struct embedding the interface promotes.
    pub(super) fn iface_method_func(&mut self, ty: &Type, index: usize, bound: bool) -> ir::FuncId {
        let key = (ty.clone(), index, bound);
        if let Some(&id) = self.iface_method_funcs.get(&key) {
            return id;
        }
        let method = ty.interface().expect("interface").methods[index].clone();
        let local = |name: String, ty: &Type, capture: Option<usize>| ir::Local {
            name,
            ty: ty.clone(),
            addressed: capture.is_some(),
            escapes: capture.is_some(),
            capture,
            span: Span::default(),
        };
        let mut locals = vec![local(".recv".into(), ty, bound.then_some(0))];
        locals.extend(method.sig.params.iter().enumerate().map(|(i, t)| local(format!(".arg{i}"), t, None)));
        let mut args: Vec<ir::Expr> =
            locals.iter().enumerate().map(|(i, l)| ir::Expr { ty: l.ty.clone(), kind: ExprKind::Local(i) }).collect();
        let recv = args.remove(0);
        let body = super::method::forward_call(ExprKind::IfaceCall { recv: Box::new(recv), index, args }, &method.sig);
        let suffix = if bound { "-fm" } else { "" };
        let symbol = format!("{}.{}{suffix}·{}", self.symbol("iface"), method.name, self.funcs.len());
        let func = ir::Func {
            params: (usize::from(bound)..locals.len()).collect(),
            locals,
            body,
            wrapper: true,
            ..ir::Func::new(symbol, method.sig.results.clone())
        };
        let recv = (!bound).then(|| ty.clone());
        let id = self.add_func(None, recv, method.sig, func);
        self.iface_method_funcs.insert(key, id);
        id
    }

    /// `x.(T)`, and with `comma_ok` whether it holds.
    pub(super) fn type_assert(
        &mut self,
        e: &ast::Expr,
        x: ir::Expr,
        xspan: Span,
        target: Type,
        comma_ok: bool,
    ) -> ir::Expr {
        let Some(iface) = x.ty.interface() else {
            if x.ty != Type::Invalid {
                let msg = format!("invalid operation: {} is not an interface", self.describe(&x, xspan));
                self.error(xspan, msg);
            }
            return invalid();
        };
        if target == Type::Invalid {
            return invalid();
        }
        if target.interface().is_none() && self.instance_args.is_none() {
            if let Some(why) = self.missing_method(&target, &iface) {
                let text = self.text(e.span);
                self.error(
                    e.span,
                    format!("impossible type assertion: {text}\n\t{target} does not implement {} ({why})", x.ty),
                );
                return invalid();
            }
            self.register_method_set(&target);
        }
        let ty = if comma_ok { Type::tuple(vec![target.clone(), Type::BOOL]) } else { target.clone() };
        ir::Expr { ty, kind: ExprKind::TypeAssert { x: Box::new(x), target, comma_ok } }
    }

    /// A call of method `index` of interface value `recv`.
    pub(super) fn iface_call(
        &mut self,
        e: &ast::Expr,
        fe: &ast::Expr,
        recv: ir::Expr,
        index: usize,
        sig: &Signature,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> super::expr::Operand {
        match self.call_arguments(e, fe, sig, args, ellipsis) {
            Some(args) => super::expr::call_result(sig, ExprKind::IfaceCall { recv: Box::new(recv), index, args }),
            None => super::expr::Operand::Invalid,
        }
    }
}

/// The terms of the intersection of type sets `a` (`None`: every type) and
/// `b`: each term of one that a term of the other includes.
fn intersect_terms(a: Option<Vec<Term>>, b: Vec<Term>) -> Vec<Term> {
    let Some(a) = a else { return b };
    let includes = |outer: &Term, inner: &Term| (outer.tilde || !inner.tilde) && outer.includes(&inner.ty);
    let mut terms: Vec<Term> = Vec::new();
    let narrower = b.iter().filter(|t| a.iter().any(|o| includes(o, t)));
    for t in narrower.chain(a.iter().filter(|t| b.iter().any(|o| includes(o, t)))) {
        if !terms.contains(t) {
            terms.push(t.clone());
        }
    }
    terms
}
