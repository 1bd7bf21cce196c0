//! Calls of generic functions and the inference of their type arguments
//! (Go specification, "Type inference"): the types of typed arguments are
//! unified with their parameters' types, then each parameter whose
//! constraint has a core type is unified with it, then parameters still
//! unknown take the default type of the untyped constants passed for them.

use super::expr::{call_result, invalid, Operand};
use super::ty::{Basic, Signature, Type, TypeParam};
use super::{Checker, Dep};
use crate::ir::{self, ExprKind};
use crate::source::Span;
use crate::syntax::ast;
use std::rc::Rc;

/// What is known of each type parameter during inference.
type Bindings = Vec<Option<Type>>;

impl Checker<'_> {
    /// `f(args)` of generic function `generic` given the type arguments
    /// `targs` (often none): infers the rest, instantiates, and calls.
    pub(super) fn generic_call(
        &mut self,
        e: &ast::Expr,
        fe: &ast::Expr,
        generic: usize,
        targs: Vec<Type>,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> Operand {
        // Generic functions among the arguments are instantiated once the
        // parameters they are passed for are known.
        let mut generic_args = Vec::new();
        let mut values = Vec::new();
        match args {
            [arg @ ast::Expr { kind: ast::ExprKind::Call { .. }, .. }] => values.push(self.multi_value(arg)),
            _ => {
                for (i, arg) in args.iter().enumerate() {
                    match self.operand(arg) {
                        Operand::GenericFunc { generic, targs } => {
                            generic_args.push((i, generic, targs));
                            values.push(invalid());
                        }
                        operand => {
                            let x = self.operand_value(arg, operand);
                            values.push(self.single_value(arg, x));
                        }
                    }
                }
            }
        }
        let pending = |i: usize| generic_args.iter().any(|(at, ..)| *at == i);
        if values.iter().enumerate().any(|(i, v)| v.ty == Type::Invalid && !pending(i)) {
            return Operand::Invalid;
        }
        let Some(targs) = self.infer(e, fe, generic, targs, &mut values, &generic_args, args, ellipsis) else {
            return Operand::Invalid;
        };
        let lparen = Span::new(fe.span.hi, fe.span.hi + 1);
        let params = self.generic_funcs[generic].params.clone();
        if !self.check_constraints(&params, &targs, &vec![lparen; targs.len()]) {
            return Operand::Invalid;
        }
        let Some(id) = self.instantiate_func(generic, targs, fe.span) else {
            return Operand::Invalid;
        };
        self.ctx.deps.insert(Dep::Func(id));
        let sig = self.funcs[id].sig.clone();
        match self.match_arguments(e, fe, &sig, args, values, ellipsis) {
            Some(args) => call_result(&sig, ExprKind::Call { func: id, args }),
            None => Operand::Invalid,
        }
    }

    /// Generic function `generic` used as a value of function type `want`
    /// (`var f func(int) int = Identity`): its type arguments come from
    /// unifying its signature with `want`.
    pub(super) fn generic_func_value(
        &mut self,
        e: &ast::Expr,
        generic: usize,
        targs: Vec<Type>,
        want: &Signature,
    ) -> ir::Expr {
        let params = self.generic_funcs[generic].params.clone();
        let sig = Type::Func(Rc::new(self.generic_funcs[generic].sig.clone()));
        let mut bound: Bindings = (0..params.len()).map(|i| targs.get(i).cloned()).collect();
        let unified = unify(&sig, &Type::Func(Rc::new(want.clone())), &params, &mut bound);
        self.infer_from_core_types(&params, &mut bound);
        let targs: Option<Vec<Type>> = bound.into_iter().collect();
        let Some(targs) = targs.filter(|_| unified) else {
            let text = self.text(e.span);
            self.error(e.span, format!("cannot use generic function {text} without instantiation"));
            return invalid();
        };
        let params = self.generic_funcs[generic].params.clone();
        if !self.check_constraints(&params, &targs, &vec![e.span; targs.len()]) {
            return invalid();
        }
        let Some(id) = self.instantiate_func(generic, targs, e.span) else { return invalid() };
        self.ctx.deps.insert(Dep::Func(id));
        let sig = self.funcs[id].sig.clone();
        ir::Expr { ty: Type::Func(Rc::new(sig)), kind: ExprKind::FuncRef(id) }
    }

    /// The type arguments of a call, from those given and the arguments'
    /// `values`; `None` once an error is reported.
    #[allow(clippy::too_many_arguments)]
    fn infer(
        &mut self,
        e: &ast::Expr,
        fe: &ast::Expr,
        generic: usize,
        targs: Vec<Type>,
        values: &mut [ir::Expr],
        generic_args: &[(usize, usize, Vec<Type>)],
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> Option<Vec<Type>> {
        let params = self.generic_funcs[generic].params.clone();
        let sig = self.generic_funcs[generic].sig.clone();
        let mut bound: Bindings = (0..params.len()).map(|i| targs.get(i).cloned()).collect();
        // Each argument's type and the span to report it at.
        let arguments: Vec<(Type, Span)> = match values {
            [x] if matches!(x.ty, Type::Tuple(_)) => {
                let Type::Tuple(types) = &x.ty else { unreachable!() };
                types.iter().map(|t| (t.clone(), args[0].span)).collect()
            }
            _ => values.iter().zip(args).map(|(v, a)| (v.ty.clone(), a.span)).collect(),
        };
        let parameter = |i: usize| sig.argument_type(i, ellipsis);
        let name = self.text(fe.span);
        for (i, (ty, span)) in arguments.iter().enumerate() {
            let Some(param) = parameter(i) else { break };
            if ty.is_untyped() || *ty == Type::Invalid || !param.mentions_type_params() {
                continue;
            }
            let before = bound.clone();
            if !unify(&param, ty, &params, &mut bound) && !self.unify_methods(&param, ty, &params, &mut bound, &before)
            {
                let text = self.text(*span);
                let substitution = known(&params, &before);
                let want = self.subst(&param, &substitution);
                let msg = match param_of(&param, &params).and_then(|p| before[p].clone()) {
                    Some(inferred) => format!(
                        "in call to {name}, type {ty} of {text} does not match inferred type {inferred} for {want}"
                    ),
                    None => format!("in call to {name}, type {ty} of {text} does not match {want}"),
                };
                self.error(*span, msg);
                return None;
            }
        }
        self.infer_from_core_types(&params, &mut bound);
        // Untyped constants: a parameter used only for them takes the
        // default type of the "largest" kind among them.
        for p in 0..params.len() {
            if bound[p].is_some() {
                continue;
            }
            let untyped = arguments
                .iter()
                .enumerate()
                .filter(|(i, (ty, _))| ty.is_untyped() && parameter(*i).and_then(|t| param_of(&t, &params)) == Some(p))
                .map(|(_, (ty, span))| (ty.basic().expect("untyped types are basic"), *span))
                .filter(|(b, _)| *b != Basic::UntypedNil);
            let mut kind: Option<Basic> = None;
            for (b, span) in untyped {
                kind = match kind {
                    None => Some(b),
                    Some(k) => match Basic::promote_untyped(k, b) {
                        Some(k) => Some(k),
                        None => {
                            let param = &params[p].name;
                            let msg = format!("in call to {name}, mismatched types {k} and {b} (cannot infer {param})");
                            self.error(span, msg);
                            return None;
                        }
                    },
                };
            }
            if let Some(b) = kind {
                bound[p] = Some(Type::Basic(b.default_type()));
            }
        }
        self.infer_from_core_types(&params, &mut bound);
        for (i, g, t) in generic_args {
            let substitution = known(&params, &bound);
            let param = parameter(*i).map(|p| self.subst(&p, &substitution));
            let want = match param.as_ref().map(Type::underlying) {
                Some(Type::Func(want)) if !want.mentions_type_params() => want,
                _ => {
                    let text = self.text(args[*i].span);
                    self.error(args[*i].span, format!("cannot use generic function {text} without instantiation"));
                    return None;
                }
            };
            values[*i] = self.generic_func_value(&args[*i], *g, t.clone(), &want);
            if values[*i].ty == Type::Invalid {
                return None;
            }
        }
        if let Some(missing) = bound.iter().position(Option::is_none) {
            let at = match &e.kind {
                ast::ExprKind::Call { .. } => Span::new(fe.span.hi, fe.span.hi + 1),
                _ => e.span,
            };
            let param = &params[missing];
            self.error(at, format!("in call to {name}, cannot infer {} ({})", param.name, param.position));
            return None;
        }
        Some(bound.into_iter().map(|t| t.expect("every parameter is inferred")).collect())
    }

    /// Interface inference: `ty` is passed for an interface `param` in terms
    /// of the parameters (`Getter[T]`), so its methods of the interface's
    /// names unify with the interface's methods.
    fn unify_methods(
        &mut self,
        param: &Type,
        ty: &Type,
        params: &[Rc<TypeParam>],
        bound: &mut Bindings,
        before: &Bindings,
    ) -> bool {
        bound.clone_from(before);
        let Some(iface) = param.interface() else { return false };
        for m in &iface.methods {
            let have = match ty.interface() {
                Some(have) => match have.methods.iter().find(|h| h.name == m.name) {
                    Some(h) => h.sig.clone(),
                    None => return false,
                },
                None => match self.method_path(ty, &m.name) {
                    Some((_, method)) => self.funcs[method.func].sig.clone(),
                    None => return false,
                },
            };
            if !unify(&Type::Func(Rc::new(m.sig.clone())), &Type::Func(Rc::new(have)), params, bound) {
                bound.clone_from(before);
                return false;
            }
        }
        true
    }

    /// Constraint type inference: a parameter whose constraint has a core
    /// type is unified with it, until nothing more is learnt.
    fn infer_from_core_types(&mut self, params: &[Rc<TypeParam>], bound: &mut Bindings) {
        loop {
            let mut learnt = false;
            for (p, param) in params.iter().enumerate() {
                let constraint = param.constraint.borrow().clone();
                let Some(terms) = constraint.interface().and_then(|i| i.terms.clone()) else { continue };
                let [core] = terms.as_slice() else { continue };
                match bound[p].clone() {
                    Some(arg) => {
                        let arg = if core.tilde { arg.underlying() } else { arg };
                        let unknown = bound.iter().filter(|b| b.is_none()).count();
                        if core.ty.mentions_type_params() && unify(&core.ty, &arg, params, bound) {
                            learnt |= bound.iter().filter(|b| b.is_none()).count() < unknown;
                        }
                    }
                    None => {
                        let substitution = known(params, bound);
                        let ty = self.subst(&core.ty, &substitution);
                        if !ty.mentions_type_params() {
                            bound[p] = Some(ty);
                            learnt = true;
                        }
                    }
                }
            }
            if !learnt {
                return;
            }
        }
    }
}

/// The substitution of the parameters known so far.
fn known(params: &[Rc<TypeParam>], bound: &Bindings) -> Vec<(usize, Type)> {
    params.iter().zip(bound).filter_map(|(p, b)| b.clone().map(|t| (p.id, t))).collect()
}

/// The index among `params` of the parameter `ty` is, if it is one.
fn param_of(ty: &Type, params: &[Rc<TypeParam>]) -> Option<usize> {
    match ty {
        Type::TypeParam(p) => params.iter().position(|q| q.id == p.id),
        _ => None,
    }
}

/// Unifies `x`, a type in terms of `params`, with `y`, recording what each
/// parameter must be; false if they cannot be made identical. As for
/// assignability, a defined type matches a type literal with its
/// underlying type.
fn unify(x: &Type, y: &Type, params: &[Rc<TypeParam>], bound: &mut Bindings) -> bool {
    if let Some(p) = param_of(x, params) {
        return match bound[p].clone() {
            None => {
                bound[p] = Some(y.clone());
                true
            }
            Some(b) if b == *y => true,
            // One defined, one not, with the same underlying type: the
            // defined type wins.
            Some(b) if b.underlying() == y.underlying() && !(is_defined(&b) && is_defined(y)) => {
                if is_defined(y) {
                    bound[p] = Some(y.clone());
                }
                true
            }
            Some(_) => false,
        };
    }
    if !x.mentions_type_params() {
        return x == y;
    }
    // Inexact unification: a defined type and a type literal unify
    // through the defined type's underlying type.
    let (x, y) = match (x, y) {
        (Type::Named(a), Type::Named(b)) if a.instance.is_some() && b.instance.is_some() => (x.clone(), y.clone()),
        (Type::Named(_), Type::Named(_)) => return x == y,
        (Type::Named(_), _) => (x.underlying(), y.clone()),
        (_, Type::Named(_)) => (x.clone(), y.underlying()),
        _ => (x.clone(), y.clone()),
    };
    let (x, y) = (&x, &y);
    match (x, y) {
        (Type::Pointer(a), Type::Pointer(b)) | (Type::Slice(a), Type::Slice(b)) => unify(a, b, params, bound),
        (Type::Array(n, a), Type::Array(m, b)) => n == m && unify(a, b, params, bound),
        (Type::Map(k1, v1), Type::Map(k2, v2)) => unify(k1, k2, params, bound) && unify(v1, v2, params, bound),
        (Type::Func(f), Type::Func(g)) => {
            f.variadic == g.variadic
                && f.params.len() == g.params.len()
                && f.results.len() == g.results.len()
                && f.params.iter().zip(&g.params).all(|(a, b)| unify(a, b, params, bound))
                && f.results.iter().zip(&g.results).all(|(a, b)| unify(a, b, params, bound))
        }
        (Type::Struct(s), Type::Struct(t)) => {
            s.fields.len() == t.fields.len()
                && s.fields
                    .iter()
                    .zip(&t.fields)
                    .all(|(a, b)| a.name == b.name && a.embedded == b.embedded && unify(&a.ty, &b.ty, params, bound))
        }
        (Type::Named(a), Type::Named(b)) => match (&a.instance, &b.instance) {
            (Some(i), Some(j)) if i.generic == j.generic => {
                i.args.iter().zip(&j.args).all(|(s, t)| unify(s, t, params, bound))
            }
            _ => false,
        },
        (Type::Interface(a), Type::Interface(b)) => {
            a.methods.len() == b.methods.len()
                && a.methods.iter().zip(&b.methods).all(|(m, n)| {
                    m.name == n.name
                        && unify(
                            &Type::Func(Rc::new(m.sig.clone())),
                            &Type::Func(Rc::new(n.sig.clone())),
                            params,
                            bound,
                        )
                })
        }
        _ => false,
    }
}

fn is_defined(ty: &Type) -> bool {
    matches!(ty, Type::Named(_) | Type::Basic(_))
}
