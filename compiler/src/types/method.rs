//! Methods: declarations, calls with Go's automatic `&` and `*` on the
//! receiver, method values (`f := x.M`, a closure over a copy of the
//! receiver) and method expressions (`T.M`, a function whose first
//! parameter is the receiver).

use super::expr::{invalid, Operand};
use super::ty::{Method, Named, Signature, Type};
use super::Checker;
use crate::ir::{self, ExprKind};
use crate::source::Span;
use crate::syntax::ast;
use std::rc::Rc;

impl<'a> Checker<'a> {
    /// Records `func (r T) M(...)` or `func (r *T) M(...)` with `T`'s
    /// methods.
    pub(super) fn collect_method(&mut self, func: &'a ast::FuncDecl, recv: &'a ast::Field) {
        let recv_ty = self.type_expr(&recv.ty);
        let (named, pointer_recv) = match &recv_ty {
            Type::Named(named) => (named.clone(), false),
            Type::Pointer(elem) => match &**elem {
                Type::Named(named) => (named.clone(), true),
                _ => return self.invalid_receiver(recv, &recv_ty),
            },
            Type::Invalid => return,
            Type::Basic(_) => {
                return self.error(recv.ty.span, format!("cannot define new methods on non-local type {recv_ty}"))
            }
            _ => return self.invalid_receiver(recv, &recv_ty),
        };
        if !self.type_decls.iter().any(|d| d.named.as_ref().is_some_and(|n| n.id == named.id)) {
            return self.error(recv.ty.span, format!("cannot define new methods on non-local type {}", named.name));
        }
        let name = &func.name.name;
        let earlier = named.methods.borrow().iter().find(|m| &m.name == name).map(|m| m.func);
        if let Some(earlier) = earlier {
            let type_name = named.name.rsplit('.').next().unwrap_or_default().to_string();
            let (file, span) =
                (self.funcs[earlier].file, self.funcs[earlier].decl.map(|d| d.name.span).unwrap_or_default());
            let at = self.sources[file].position(span.lo);
            return self.error(func.name.span, format!("method {type_name}.{name} already declared at {at}"));
        }
        let sig = self.signature(&func.sig);
        let type_name = named.name.rsplit('.').next().unwrap_or_default();
        let symbol = if pointer_recv {
            self.symbol(&format!("(*{type_name}).{name}"))
        } else {
            self.symbol(&format!("{type_name}.{name}"))
        };
        let results = sig.results.clone();
        let id = self.add_func(Some(func), Some(recv_ty), sig, ir::Func::new(symbol, results));
        named.methods.borrow_mut().push(Method { name: name.clone(), func: id, pointer_recv });
    }

    fn invalid_receiver(&mut self, recv: &ast::Field, ty: &Type) {
        self.error(recv.ty.span, format!("invalid receiver type {ty}"));
    }

    /// The receiver a call of `method` gets from `x`: `&x` for a pointer
    /// method on an addressable value, `*x` for a value method on a
    /// pointer.
    pub(super) fn receiver(&mut self, x: ir::Expr, span: Span, method: &Method) -> ir::Expr {
        // Every use of a method goes through here: it counts for
        // initialisation order.
        self.ctx.deps.insert(super::Dep::Func(method.func));
        let is_pointer = matches!(x.ty, Type::Pointer(_));
        match (method.pointer_recv, is_pointer) {
            (true, true) | (false, false) => x,
            (false, true) => {
                let Type::Pointer(elem) = x.ty.clone() else { unreachable!() };
                ir::Expr { ty: (*elem).clone(), kind: ExprKind::Deref(Box::new(x)) }
            }
            (true, false) => {
                if !self.is_addressable(&x) {
                    let msg = format!("cannot call pointer method {} on {}", method.name, x.ty);
                    self.error(span, msg);
                    return invalid();
                }
                self.mark_escaping(&x);
                ir::Expr { ty: Type::Pointer(Rc::new(x.ty.clone())), kind: ExprKind::AddrOf(Box::new(x), None) }
            }
        }
    }

    /// `x.M(args)`.
    pub(super) fn method_call(
        &mut self,
        e: &ast::Expr,
        fe: &ast::Expr,
        recv: ir::Expr,
        method: &Method,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> Operand {
        let recv = self.receiver(recv, fe.span, method);
        if recv.ty == Type::Invalid {
            return Operand::Invalid;
        }
        let sig = self.funcs[method.func].sig.clone();
        match self.call_arguments(e, fe, &sig, args, ellipsis) {
            Some(mut args) => {
                args.insert(0, recv);
                super::expr::call_result(&sig, ExprKind::Call { func: method.func, args })
            }
            None => Operand::Invalid,
        }
    }

    /// `x.M` not called: a closure that calls `M` on a copy of the
    /// receiver taken now.
    pub(super) fn method_value(&mut self, recv: ir::Expr, span: Span, method: &Method, site: ir::Site) -> ir::Expr {
        let recv = self.receiver(recv, span, method);
        if recv.ty == Type::Invalid {
            return invalid();
        }
        let sig = self.funcs[method.func].sig.clone();
        let wrapper = self.bound_method(method, &recv.ty);
        ir::Expr {
            ty: Type::Func(Rc::new(sig)),
            kind: ExprKind::MethodValue { func: wrapper, recv: Box::new(recv), site },
        }
    }

    /// `M-fm`, the function a method value calls: it passes its captured
    /// receiver (capture slot 0) and its arguments to the method.
    fn bound_method(&mut self, method: &Method, recv_ty: &Type) -> ir::FuncId {
        if let Some(&id) = self.bound_methods.get(&method.func) {
            return id;
        }
        let sig = self.funcs[method.func].sig.clone();
        let local = |name: &str, ty: &Type, capture: Option<usize>| ir::Local {
            name: name.into(),
            ty: ty.clone(),
            addressed: capture.is_some(),
            escapes: capture.is_some(),
            capture,
            span: Span::default(),
        };
        let mut locals = vec![local(".recv", recv_ty, Some(0))];
        locals.extend(sig.params.iter().enumerate().map(|(i, t)| local(&format!(".arg{i}"), t, None)));
        let args: Vec<ir::Expr> =
            locals.iter().enumerate().map(|(i, l)| ir::Expr { ty: l.ty.clone(), kind: ExprKind::Local(i) }).collect();
        let body = forward(method.func, args, &sig);
        let symbol = format!("{}-fm", self.funcs[method.func].ir.symbol);
        let func = ir::Func {
            params: (1..locals.len()).collect(),
            locals,
            body,
            wrapper: true,
            ..ir::Func::new(symbol, sig.results.clone())
        };
        let id = self.add_func(None, None, sig, func);
        self.bound_methods.insert(method.func, id);
        id
    }

    /// `T.M` or `(*T).M`: the method as a function of the receiver and
    /// the arguments.
    pub(super) fn method_expr(&mut self, e: &ast::Expr, ty: &Type, sel: &ast::Ident) -> Operand {
        if let Some(iface) = ty.interface() {
            if let Some(index) = iface.methods.iter().position(|m| m.name == sel.name) {
                let func = self.iface_method_func(ty, index, false);
                let mut params = vec![ty.clone()];
                params.extend(iface.methods[index].sig.params.iter().cloned());
                let sig = Signature { params, ..iface.methods[index].sig.clone() };
                return Operand::Value(ir::Expr { ty: Type::Func(Rc::new(sig)), kind: ExprKind::FuncRef(func) });
            }
        }
        let Some((path, method)) = self.method_path(ty, &sel.name) else {
            let text = self.text(e.span);
            self.error(sel.span, format!("{text} undefined (type {ty} has no method {})", sel.name));
            return Operand::Invalid;
        };
        let reaches_pointer = matches!(ty, Type::Pointer(_)) || self.path_reaches_pointer(ty, &path);
        if method.pointer_recv && !reaches_pointer {
            let text = self.text(e.span);
            let msg = format!("invalid method expression {text} (needs pointer receiver (*{ty}).{})", sel.name);
            self.error(sel.span, msg);
            return Operand::Invalid;
        }
        self.ctx.deps.insert(super::Dep::Func(method.func));
        let sig = self.funcs[method.func].sig.clone();
        let mut params = vec![ty.clone()];
        params.extend(sig.params.iter().cloned());
        let expr_sig = Signature { params, results: sig.results, variadic: sig.variadic };
        // The method itself takes the receiver first; otherwise a wrapper
        // finds the receiver in the value given.
        let direct = path.is_empty() && (matches!(ty, Type::Pointer(_)) == method.pointer_recv);
        let func = if direct { method.func } else { self.method_expr_wrapper(ty, &path, &method, &expr_sig) };
        Operand::Value(ir::Expr { ty: Type::Func(Rc::new(expr_sig)), kind: ExprKind::FuncRef(func) })
    }

    /// Whether following `path` of embedded fields from `ty` goes through
    /// a pointer (so that a pointer method applies at its end).
    pub(super) fn path_reaches_pointer(&self, ty: &Type, path: &[usize]) -> bool {
        let mut t = ty.clone();
        for &i in path {
            let s = match t.underlying() {
                Type::Struct(s) => s,
                Type::Pointer(elem) => match elem.underlying() {
                    Type::Struct(s) => s,
                    _ => return false,
                },
                _ => return false,
            };
            t = s.fields[i].ty.clone();
        }
        matches!(t, Type::Pointer(_))
    }

    /// A function `func(recv T, args...)` that calls `method` on the
    /// receiver found along `path` in `recv`.
    fn method_expr_wrapper(&mut self, ty: &Type, path: &[usize], method: &Method, sig: &Signature) -> ir::FuncId {
        let symbol = format!("{}-expr{}", self.funcs[method.func].ir.symbol, self.funcs.len());
        let ctx = super::FuncCtx { symbol: symbol.clone(), ..Default::default() };
        let ((params, body), ctx) = self.at_package_level(self.file, ctx, |c| {
            let params: Vec<ir::LocalId> =
                sig.params.iter().enumerate().map(|(i, t)| c.hidden_local(&format!("arg{i}"), t.clone())).collect();
            let recv = ir::Expr { ty: ty.clone(), kind: ExprKind::Local(params[0]) };
            let recv = c.field_path(recv, path);
            let recv = c.receiver(recv, Span::default(), method);
            let mut args = vec![recv];
            args.extend(
                params[1..].iter().map(|&p| ir::Expr { ty: c.ctx.locals[p].ty.clone(), kind: ExprKind::Local(p) }),
            );
            let body = forward(method.func, args, sig);
            (params, body)
        });
        let func =
            ir::Func { params, locals: ctx.locals, body, wrapper: true, ..ir::Func::new(symbol, sig.results.clone()) };
        self.add_func(None, None, sig.clone(), func)
    }
}

/// The method `name` declared on `named`.
pub(super) fn find_method(named: &Named, name: &str) -> Option<Method> {
    named.methods.borrow().iter().find(|m| m.name == name).cloned()
}

/// The body of a function that calls `func` with `args` and returns what
/// it returns.
pub(super) fn forward(func: ir::FuncId, args: Vec<ir::Expr>, sig: &Signature) -> Vec<ir::Stmt> {
    forward_call(ExprKind::Call { func, args }, sig)
}

/// The body of a function that makes `call` (of signature `sig`) and
/// returns what it returns.
pub(super) fn forward_call(call: ExprKind, sig: &Signature) -> Vec<ir::Stmt> {
    let ty = match sig.results.len() {
        1 => sig.results[0].clone(),
        _ => Type::tuple(sig.results.clone()),
    };
    let call = ir::Expr { ty, kind: call };
    match sig.results.len() {
        0 => vec![ir::Stmt::Eval(call), ir::Stmt::Return(Vec::new())],
        1 => vec![ir::Stmt::Return(vec![call])],
        _ => vec![ir::Stmt::ReturnResults(call)],
    }
}
