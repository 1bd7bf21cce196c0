//! Generic functions and types: type parameter lists, instances and the
//! satisfaction of constraints.
//!
//! rgoc compiles generics by monomorphisation. A generic declaration's type
//! parameters become `Type::TypeParam`s, in terms of which its signature is
//! known (for inference, see `infer`). Each distinct list of type arguments
//! makes one instance: a function, or a named type with its methods, checked
//! from the declaration's source again in a block where each type
//! parameter's name denotes its argument, so an instance's IR has only
//! concrete types. Instance bodies wait in a work list, emptied before the
//! package's initialiser is built.

use super::expr::Operand;
use super::scope::Entity;
use super::ty::{Field, IfaceMethod, Instance, Interface, Method, Named, Signature, Struct, Term, Type, TypeParam};
use super::{Checker, Dep, FuncCtx};
use crate::ir;
use crate::source::Span;
use crate::syntax::ast;
use std::cell::RefCell;
use std::rc::Rc;

pub struct GenericFunc<'a> {
    pub decl: &'a ast::FuncDecl,
    pub file: usize,
    /// The index of the package declaring it.
    pub package: usize,
    pub params: Vec<Rc<TypeParam>>,
    /// Its signature, in terms of `params`.
    pub sig: Signature,
    pub instances: Vec<(Vec<Type>, ir::FuncId)>,
}

pub struct GenericType<'a> {
    pub spec: &'a ast::TypeSpec,
    pub file: usize,
    pub package: usize,
    /// Resolved on first use: constraints may name types declared later.
    pub params: Option<Vec<Rc<TypeParam>>>,
    /// The methods declared on it (`func (l *List[T]) Push(v T)`), with
    /// the files declaring them.
    pub methods: Vec<(&'a ast::FuncDecl, usize)>,
    pub instances: Vec<(Vec<Type>, Rc<Named>)>,
}

/// What the body of an instance is checked with: the package declaring
/// the generic function or type, and the type each parameter name denotes.
pub struct InstanceEnv {
    pub package: usize,
    pub bindings: Vec<(String, Type)>,
}

/// Type arguments nested deeper than this are an instantiation cycle
/// (`func f[T any]() { f[[]T]() }`).
const MAX_INSTANCE_DEPTH: usize = 64;

impl<'a> Checker<'a> {
    /// Declares a generic function; its instances are made where it is used.
    pub(super) fn collect_generic_func(&mut self, func: &'a ast::FuncDecl) {
        if let Some(recv) = &func.recv {
            return self.error(recv.span, "methods cannot have type parameters");
        }
        let name = &func.name.name;
        if name == "main" || name == "init" {
            return self.error(func.name.span, format!("func {name} must have no type parameters"));
        }
        self.scopes.push();
        let params = self.declare_type_params(&func.type_params);
        let sig = self.signature(&func.sig);
        self.scopes.pop();
        let generic = self.generic_funcs.len();
        let package = self.current_package;
        self.generic_funcs.push(GenericFunc {
            decl: func,
            file: self.file,
            package,
            params,
            sig,
            instances: Vec::new(),
        });
        if !func.name.is_blank() {
            if let Err(earlier) = self.scopes.declare(name, Entity::GenericFunc(generic), func.name.span) {
                self.redeclared(&func.name, earlier);
            }
        }
    }

    /// Declares a generic type: `type List[T any] struct { ... }`.
    pub(super) fn collect_generic_type(&mut self, spec: &'a ast::TypeSpec) {
        if spec.alias {
            return self.error(spec.name.span, "generic type alias requires GOEXPERIMENT=aliastypeparams");
        }
        let generic = self.generic_types.len();
        let package = self.current_package;
        self.generic_types.push(GenericType {
            spec,
            file: self.file,
            package,
            params: None,
            methods: Vec::new(),
            instances: Vec::new(),
        });
        if !spec.name.is_blank() {
            if let Err(earlier) = self.scopes.declare(&spec.name.name, Entity::GenericType(generic), spec.name.span) {
                self.redeclared(&spec.name, earlier);
            }
        }
    }

    /// Records a method of a generic type of this package (before any
    /// signature is checked, as instances need all their methods); returns
    /// whether `func` is one.
    pub(super) fn collect_generic_method(&mut self, func: &'a ast::FuncDecl) -> bool {
        let Some(recv) = &func.recv else { return false };
        let (base, _) = receiver_base(&recv.ty);
        let Some(base) = base else { return false };
        match self.scopes.lookup_with_block(&base.name) {
            Some((Entity::GenericType(generic), Some(0))) => {
                let generic = *generic;
                if !func.type_params.is_empty() {
                    self.error(func.name.span, "methods cannot have type parameters");
                }
                let known = &self.generic_types[generic].methods;
                if let Some((earlier, file)) =
                    known.iter().find(|(m, _)| m.name.name == func.name.name && !m.name.is_blank())
                {
                    let at = self.sources[*file].position(earlier.name.span.lo);
                    let msg = format!("method {}.{} already declared at {at}", base.name, func.name.name);
                    self.error(func.name.span, msg);
                    return true;
                }
                self.generic_types[generic].methods.push((func, self.file));
                true
            }
            _ => false,
        }
    }

    /// Declares the type parameters of a list in the innermost block and
    /// resolves their constraints (which may refer to any of them).
    fn declare_type_params(&mut self, fields: &[ast::Field]) -> Vec<Rc<TypeParam>> {
        let mut params = Vec::new();
        for field in fields {
            for name in &field.names {
                self.named_count += 1;
                let source = &self.sources[self.file];
                let (line, col) = source.line_col(name.span.lo);
                let path = std::path::absolute(&source.path).unwrap_or_else(|_| source.path.clone());
                let param = Rc::new(TypeParam {
                    id: self.named_count,
                    name: name.name.clone(),
                    position: format!("{}:{line}:{col}", path.display()),
                    constraint: RefCell::new(Type::any()),
                });
                if !name.is_blank() {
                    if let Err(earlier) =
                        self.scopes.declare(&name.name, Entity::TypeName(Type::TypeParam(param.clone())), name.span)
                    {
                        self.redeclared(name, earlier);
                    }
                }
                params.push(param);
            }
        }
        let mut next = params.iter();
        for field in fields {
            let constraint = self.constraint(&field.ty);
            for _ in &field.names {
                *next.next().expect("a parameter per name").constraint.borrow_mut() = constraint.clone();
            }
        }
        params
    }

    /// A constraint: an interface, or the type set `~int | string` that
    /// stands for `interface{ ~int | string }`.
    fn constraint(&mut self, e: &ast::Expr) -> Type {
        if is_type_set_expr(e) {
            let terms = self.union_terms(e);
            return Type::Interface(Rc::new(Interface { terms: Some(terms), ..Interface::with_methods(Vec::new()) }));
        }
        let ty = self.constraint_or_type_expr(e);
        match self.underlying_resolved(&ty) {
            Type::Invalid => Type::any(),
            Type::Interface(_) => ty,
            _ => {
                let terms = vec![Term { tilde: false, ty }];
                Type::Interface(Rc::new(Interface { terms: Some(terms), ..Interface::with_methods(Vec::new()) }))
            }
        }
    }

    /// The terms of a union `A | ~B | C`.
    pub(super) fn union_terms(&mut self, e: &ast::Expr) -> Vec<Term> {
        match &e.kind {
            ast::ExprKind::Binary(ast::BinaryOp::Or, x, y) => {
                let mut terms = self.union_terms(x);
                terms.extend(self.union_terms(y));
                terms
            }
            ast::ExprKind::Paren(inner) => self.union_terms(inner),
            ast::ExprKind::Unary(ast::UnaryOp::Tilde, x) => {
                let ty = self.type_expr(x);
                if ty != Type::Invalid && ty.underlying() != ty {
                    let text = self.text(x.span);
                    self.error(e.span, format!("invalid use of ~ ({text} is not the underlying type of {ty})"));
                }
                vec![Term { tilde: true, ty }]
            }
            _ => {
                let ty = self.constraint_or_type_expr(e);
                match self.underlying_resolved(&ty) {
                    // A constraint in a union stands for its type set.
                    Type::Interface(i) if i.methods.is_empty() && !i.comparable && i.terms.is_some() => {
                        i.terms.clone().unwrap_or_default()
                    }
                    Type::Interface(i) if !i.methods.is_empty() || i.comparable => {
                        // gc qualifies the type here.
                        let text = ty.runtime_name();
                        let what = if i.comparable { "comparable" } else { "contains methods" };
                        self.error(e.span, format!("cannot use {text} in union ({text} {what})"));
                        Vec::new()
                    }
                    _ => vec![Term { tilde: false, ty }],
                }
            }
        }
    }

    /// `f[int, string]`: a generic function with (some of) its type
    /// arguments.
    pub(super) fn instantiate_func_expr(
        &mut self,
        generic: usize,
        mut targs: Vec<Type>,
        indices: &[ast::Expr],
    ) -> Operand {
        targs.extend(indices.iter().map(|i| self.type_expr(i)));
        if targs.contains(&Type::Invalid) {
            return Operand::Invalid;
        }
        let params = self.generic_funcs[generic].params.clone();
        if targs.len() > params.len() {
            let first_extra = indices.len() - (targs.len() - params.len());
            let msg = format!("got {} type arguments but want {}", targs.len(), params.len());
            self.error(indices[first_extra].span, msg);
            return Operand::Invalid;
        }
        if targs.len() < params.len() {
            return Operand::GenericFunc { generic, targs };
        }
        // Arguments given earlier are reported at the first one written here.
        let given = targs.len() - indices.len();
        let spans: Vec<Span> =
            std::iter::repeat_n(indices[0].span, given).chain(indices.iter().map(|i| i.span)).collect();
        if !self.check_constraints(&params, &targs, &spans) {
            return Operand::Invalid;
        }
        match self.instantiate_func(generic, targs, indices[0].span) {
            Some(id) => {
                self.ctx.deps.insert(Dep::Func(id));
                Operand::Func(id)
            }
            None => Operand::Invalid,
        }
    }

    /// `List[int]`: an instance of a generic type.
    pub(super) fn instantiate_type_expr(&mut self, te: &ast::Expr, generic: usize, indices: &[ast::Expr]) -> Operand {
        let targs: Vec<Type> = indices.iter().map(|i| self.type_expr(i)).collect();
        if targs.contains(&Type::Invalid) {
            return Operand::Invalid;
        }
        let params = self.generic_type_params(generic);
        if targs.len() != params.len() {
            let (text, many) = (self.text(te.span), if targs.len() > params.len() { "too many" } else { "not enough" });
            let msg = format!("{many} type arguments for type {text}: have {}, want {}", targs.len(), params.len());
            self.error(te.span, msg);
            return Operand::Invalid;
        }
        let spans: Vec<Span> = indices.iter().map(|i| i.span).collect();
        if !self.check_constraints(&params, &targs, &spans) {
            return Operand::Invalid;
        }
        Operand::Type(Type::Named(self.instantiate_type(generic, targs)))
    }

    /// The type parameters of a generic type, resolving them on first use.
    fn generic_type_params(&mut self, generic: usize) -> Vec<Rc<TypeParam>> {
        if let Some(params) = &self.generic_types[generic].params {
            return params.clone();
        }
        let (spec, file, package) = {
            let g = &self.generic_types[generic];
            (g.spec, g.file, g.package)
        };
        // Set first: a constraint may mention the type itself.
        let params: Vec<Rc<TypeParam>> = Vec::new();
        self.generic_types[generic].params = Some(params);
        let params = self.in_declaring_scope(package, file, &[], |c| c.declare_type_params(&spec.type_params));
        self.generic_types[generic].params = Some(params.clone());
        params
    }

    /// Whether each type argument satisfies its parameter's constraint
    /// (reported at `at`: where each argument is written, or the call's
    /// opening parenthesis for inferred ones).
    pub(super) fn check_constraints(&mut self, params: &[Rc<TypeParam>], targs: &[Type], at: &[Span]) -> bool {
        let substitution = substitution(params, targs);
        for (i, (param, arg)) in params.iter().zip(targs).enumerate() {
            if arg.mentions_type_params() {
                continue;
            }
            let constraint = param.constraint.borrow().clone();
            let constraint = self.subst(&constraint, &substitution);
            if let Err(why) = self.satisfies(arg, &constraint) {
                self.error(at[i], why);
                return false;
            }
        }
        true
    }

    /// Whether `ty` satisfies `constraint`, else gc's reason.
    fn satisfies(&mut self, ty: &Type, constraint: &Type) -> Result<(), String> {
        let Some(iface) = constraint.interface() else { return Ok(()) };
        if let Some(terms) = &iface.terms {
            if !terms.iter().any(|t| t.includes(ty)) {
                let why = if terms.len() == 1 && !terms[0].tilde && iface.methods.is_empty() {
                    format!("{ty} does not satisfy {constraint}")
                } else {
                    format!("{ty} does not satisfy {constraint} ({ty} missing in {})", Term::union(terms))
                };
                return Err(why);
            }
        }
        if iface.comparable && super::expr::incomparable_part(ty).is_some() {
            return Err(format!("{ty} does not satisfy comparable"));
        }
        let methods = Interface::with_methods(iface.methods.clone());
        if let Some(missing) = self.missing_method(ty, &methods) {
            return Err(format!("{ty} does not satisfy {constraint} ({missing})"));
        }
        Ok(())
    }

    /// The instance of a generic function for `targs`, which satisfy its
    /// constraints (made on first use; its body is checked later). `None`
    /// after an instantiation cycle (reported at `span`).
    pub(super) fn instantiate_func(&mut self, generic: usize, targs: Vec<Type>, span: Span) -> Option<ir::FuncId> {
        if let Some((_, id)) = self.generic_funcs[generic].instances.iter().find(|(args, _)| *args == targs) {
            return Some(*id);
        }
        if self.instance_depth(&targs) > MAX_INSTANCE_DEPTH {
            self.error(span, "instantiation cycle");
            return None;
        }
        let g = &self.generic_funcs[generic];
        let (decl, file, package) = (g.decl, g.file, g.package);
        let substitution = substitution(&g.params, &targs);
        let bindings = g.params.iter().map(|p| p.name.clone()).zip(targs.iter().cloned()).collect();
        let sig = self.subst_sig(&g.sig.clone(), &substitution);
        let base = format!("{}.{}", self.packages[package].path, decl.name.name);
        let symbol = self.unique_instance_symbol(instance_symbol(&base, &targs));
        let results = sig.results.clone();
        let id = self.add_func(Some(decl), None, sig, ir::Func::new(symbol, results));
        self.funcs[id].file = file;
        self.funcs[id].instance = Some(Rc::new(InstanceEnv { package, bindings }));
        self.generic_funcs[generic].instances.push((targs, id));
        self.pending_instances.push(id);
        Some(id)
    }

    /// The instance of a generic type for `targs`, with its methods.
    pub(super) fn instantiate_type(&mut self, generic: usize, targs: Vec<Type>) -> Rc<Named> {
        if let Some((_, named)) = self.generic_types[generic].instances.iter().find(|(args, _)| *args == targs) {
            return named.clone();
        }
        let params = self.generic_type_params(generic);
        let (spec, file, package) = {
            let g = &self.generic_types[generic];
            (g.spec, g.file, g.package)
        };
        self.named_count += 1;
        let named = Rc::new(Named {
            id: self.named_count,
            name: instance_symbol(&format!("{}.{}", self.packages[package].name, spec.name.name), &targs),
            underlying: RefCell::new(Type::Invalid),
            methods: RefCell::new(Vec::new()),
            instance: Some(Instance { generic, args: targs.clone() }),
        });
        self.generic_types[generic].instances.push((targs.clone(), named.clone()));
        if self.instance_depth(&targs) > MAX_INSTANCE_DEPTH {
            let saved = self.set_file(file);
            self.error(spec.name.span, "instantiation cycle");
            self.set_file(saved);
            return named;
        }
        let bindings: Vec<(String, Type)> = params.iter().map(|p| p.name.clone()).zip(targs.iter().cloned()).collect();
        let definition = self.in_declaring_scope(package, file, &bindings, |c| c.constraint_or_type_expr(&spec.ty));

        let underlying = self.underlying_resolved(&definition);
        *named.underlying.borrow_mut() = underlying;
        if !targs.iter().any(Type::mentions_type_params) {
            self.instantiate_methods(generic, &named, &targs);
        }
        named
    }

    /// Makes the methods of instance `named` of a generic type.
    fn instantiate_methods(&mut self, generic: usize, named: &Rc<Named>, targs: &[Type]) {
        let package = self.generic_types[generic].package;
        let type_name = named.name.split_once('.').map(|(_, n)| n.to_string()).unwrap_or_default();
        for (decl, file) in self.generic_types[generic].methods.clone() {
            let recv = decl.recv.as_ref().expect("a method has a receiver");
            let (_, names) = receiver_base(&recv.ty);
            if names.len() != targs.len() {
                let saved = self.set_file(file);
                let msg = format!(
                    "receiver declares {} type parameters, but receiver base type declares {}",
                    names.len(),
                    targs.len()
                );
                self.error(recv.ty.span, msg);
                self.set_file(saved);
                continue;
            }
            let bindings: Vec<(String, Type)> =
                names.iter().map(|n| n.name.clone()).zip(targs.iter().cloned()).collect();
            let pointer_recv = matches!(strip_parens(&recv.ty).kind, ast::ExprKind::Star(_));
            let base = Type::Named(named.clone());
            let recv_ty = if pointer_recv { Type::Pointer(Rc::new(base)) } else { base };
            let sig = self.in_declaring_scope(package, file, &bindings, |c| c.signature(&decl.sig));
            let name = &decl.name.name;
            let path = &self.packages[package].path;
            let symbol = if pointer_recv {
                format!("{path}.(*{type_name}).{name}")
            } else {
                format!("{path}.{type_name}.{name}")
            };
            let symbol = self.unique_instance_symbol(symbol);
            let results = sig.results.clone();
            let id = self.add_func(Some(decl), Some(recv_ty), sig, ir::Func::new(symbol, results));
            self.funcs[id].file = file;
            self.funcs[id].instance = Some(Rc::new(InstanceEnv { package, bindings }));
            named.methods.borrow_mut().push(Method { name: name.clone(), func: id, pointer_recv });
            self.pending_instances.push(id);
        }
    }

    /// `symbol` for a new instance, numbered if an earlier instance has it
    /// (type arguments that print alike: local types of the same name).
    fn unique_instance_symbol(&mut self, symbol: String) -> String {
        let mut unique = symbol.clone();
        while self.instance_symbols.contains(&unique) {
            unique = format!("{symbol}·{}", self.instance_symbols.len());
        }
        self.instance_symbols.insert(unique.clone());
        unique
    }

    /// How deeply instance arguments nest (instances in instances).
    fn instance_depth(&self, targs: &[Type]) -> usize {
        fn depth(ty: &Type) -> usize {
            match ty {
                Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) => 1 + depth(e),
                Type::Map(k, v) => 1 + depth(k).max(depth(v)),
                Type::Named(n) => n.instance.as_ref().map_or(0, |i| 1 + i.args.iter().map(depth).max().unwrap_or(0)),
                _ => 0,
            }
        }
        targs.iter().map(depth).max().unwrap_or(0)
    }

    /// Checks the bodies of the instances made so far, and of those they
    /// make in turn.
    pub(super) fn check_instance_bodies(&mut self) {
        while let Some(id) = self.pending_instances.pop() {
            let env = self.funcs[id].instance.clone().expect("an instance");
            let file = self.funcs[id].file;
            self.in_declaring_scope(env.package, file, &env.bindings, |c| {
                let saved = (std::mem::take(&mut c.ctx), std::mem::take(&mut c.outer), c.scope_base);
                let args: Vec<String> = env.bindings.iter().map(|(_, ty)| ty.runtime_name()).collect();
                let outside = c.instance_args.replace(format!("[{}]", args.join(",")));
                c.check_func_body(id);
                c.instance_args = outside;
                (c.ctx, c.outer, c.scope_base) = saved;
            });
        }
    }

    /// Counts the imports that the package's generic declarations name as
    /// used: those not instantiated are not checked.
    pub(super) fn use_imports_of_generic_code(&mut self) {
        /// `name.X` in the declarations walked.
        fn qualifiers(named: &mut Vec<String>) -> impl FnMut(&ast::Expr) + '_ {
            |e| {
                if let ast::ExprKind::Selector(base, _) = &e.kind {
                    if let ast::ExprKind::Ident(id) = &base.kind {
                        named.push(id.name.clone());
                    }
                }
            }
        }
        let package = self.current_package;
        let mut used = Vec::new();
        for g in self.generic_funcs.iter().filter(|g| g.package == package) {
            let mut named = Vec::new();
            crate::syntax::visit::func_decl_exprs(g.decl, &mut qualifiers(&mut named));
            used.extend(named.into_iter().map(|n| (g.file, n)));
        }
        for g in self.generic_types.iter().filter(|g| g.package == package) {
            let mut named = Vec::new();
            crate::syntax::visit::type_spec_exprs(g.spec, &mut qualifiers(&mut named));
            used.extend(named.into_iter().map(|n| (g.file, n)));
            for (method, file) in &g.methods {
                let mut named = Vec::new();
                crate::syntax::visit::func_decl_exprs(method, &mut qualifiers(&mut named));
                used.extend(named.into_iter().map(|n| (*file, n)));
            }
        }
        for (file, name) in used {
            let imported =
                self.scopes.imports_of(file).any(|(n, (e, _))| *n == name && matches!(e, Entity::Package(_)));
            if imported {
                self.used_imports.insert((file, name));
            }
        }
    }

    /// Runs `check` at package level of package `package`, file `file`, in
    /// a block where each of `bindings` names its type.
    fn in_declaring_scope<T>(
        &mut self,
        package: usize,
        file: usize,
        bindings: &[(String, Type)],
        check: impl FnOnce(&mut Self) -> T,
    ) -> T {
        self.in_package(package, |c| {
            let (result, _) = c.at_package_level(file, FuncCtx::default(), |c| {
                c.scopes.push();
                for (name, ty) in bindings {
                    // Distinct names: the declaration already reported any
                    // duplicate.
                    let _ = c.scopes.declare(name, Entity::TypeArg(ty.clone()), Span::default());
                }
                let result = check(c);
                c.scopes.pop();
                result
            });
            result
        })
    }

    /// Runs `check` as if package `package` (checked earlier, or the one
    /// being checked) were being checked.
    fn in_package<T>(&mut self, package: usize, check: impl FnOnce(&mut Self) -> T) -> T {
        if package == self.current_package {
            return check(self);
        }
        let block = std::mem::take(&mut self.packages[package].scope);
        let current_block = self.scopes.swap_package_block(block);
        let current = std::mem::replace(&mut self.current_package, package);
        super::ty::set_local_package(&self.packages[package].name);
        let result = check(self);
        super::ty::set_local_package(&self.packages[current].name);
        self.current_package = current;
        self.packages[package].scope = self.scopes.swap_package_block(current_block);
        result
    }

    /// How gc names a generic type in messages: `List[T any]`.
    pub(super) fn generic_type_text(&mut self, generic: usize) -> String {
        let params = self.generic_type_params(generic);
        let list: Vec<String> = params
            .iter()
            .map(|p| match &*p.constraint.borrow() {
                Type::Interface(i) if **i == Interface::with_methods(Vec::new()) => format!("{} any", p.name),
                constraint => format!("{} {constraint}", p.name),
            })
            .collect();
        format!("{}[{}]", self.generic_types[generic].spec.name.name, list.join(", "))
    }

    /// `ty` with each type parameter of `substitution` replaced by its
    /// type (instantiating the generic types it mentions).
    pub(super) fn subst(&mut self, ty: &Type, substitution: &[(usize, Type)]) -> Type {
        if !ty.mentions_type_params() {
            return ty.clone();
        }
        match ty {
            Type::TypeParam(p) => {
                substitution.iter().find(|(id, _)| *id == p.id).map_or_else(|| ty.clone(), |(_, t)| t.clone())
            }
            Type::Pointer(e) => Type::Pointer(Rc::new(self.subst(e, substitution))),
            Type::Slice(e) => Type::Slice(Rc::new(self.subst(e, substitution))),
            Type::Array(n, e) => Type::Array(*n, Rc::new(self.subst(e, substitution))),
            Type::Map(k, v) => Type::Map(Rc::new(self.subst(k, substitution)), Rc::new(self.subst(v, substitution))),
            Type::Struct(s) => {
                let fields =
                    s.fields.iter().map(|f| Field { ty: self.subst(&f.ty, substitution), ..f.clone() }).collect();
                Type::Struct(Rc::new(Struct { fields }))
            }
            Type::Interface(i) => {
                let methods = i
                    .methods
                    .iter()
                    .map(|m| IfaceMethod { name: m.name.clone(), sig: self.subst_sig(&m.sig, substitution) })
                    .collect();
                let terms = i.terms.as_ref().map(|terms| {
                    terms.iter().map(|t| Term { tilde: t.tilde, ty: self.subst(&t.ty, substitution) }).collect()
                });
                Type::Interface(Rc::new(Interface { methods, terms, comparable: i.comparable }))
            }
            Type::Func(sig) => Type::Func(Rc::new(self.subst_sig(sig, substitution))),
            Type::Tuple(types) => Type::tuple(types.iter().map(|t| self.subst(t, substitution)).collect()),
            Type::Named(named) => {
                let instance = named.instance.as_ref().expect("a named type with parameters is an instance");
                let args = instance.args.iter().map(|t| self.subst(t, substitution)).collect();
                Type::Named(self.instantiate_type(instance.generic, args))
            }
            Type::Invalid | Type::Basic(_) => ty.clone(),
        }
    }

    pub(super) fn subst_sig(&mut self, sig: &Signature, substitution: &[(usize, Type)]) -> Signature {
        Signature {
            params: sig.params.iter().map(|t| self.subst(t, substitution)).collect(),
            results: sig.results.iter().map(|t| self.subst(t, substitution)).collect(),
            variadic: sig.variadic,
        }
    }
}

/// The substitution of `targs` for `params`, by parameter identity.
pub(super) fn substitution(params: &[Rc<TypeParam>], targs: &[Type]) -> Vec<(usize, Type)> {
    params.iter().map(|p| p.id).zip(targs.iter().cloned()).collect()
}

/// The name of an instance as gc writes it: `base[arg1,arg2]`.
fn instance_symbol(base: &str, targs: &[Type]) -> String {
    let args: Vec<String> = targs.iter().map(Type::runtime_name).collect();
    format!("{base}[{}]", args.join(","))
}

/// Whether `e` can only be a type set (a union or a `~` term).
pub(super) fn is_type_set_expr(e: &ast::Expr) -> bool {
    match &e.kind {
        ast::ExprKind::Binary(ast::BinaryOp::Or, ..) | ast::ExprKind::Unary(ast::UnaryOp::Tilde, _) => true,
        ast::ExprKind::Paren(inner) => is_type_set_expr(inner),
        _ => false,
    }
}

fn strip_parens(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ast::ExprKind::Paren(inner) => strip_parens(inner),
        _ => e,
    }
}

/// The base type name of a receiver type (`*List[T]` → `List`) and the
/// type parameter names it declares (`T`).
fn receiver_base(ty: &ast::Expr) -> (Option<&ast::Ident>, Vec<&ast::Ident>) {
    let mut e = strip_parens(ty);
    if let ast::ExprKind::Star(inner) = &e.kind {
        e = strip_parens(inner);
    }
    match &e.kind {
        ast::ExprKind::Ident(id) => (Some(id), Vec::new()),
        ast::ExprKind::Index(base, indices) => {
            let ast::ExprKind::Ident(id) = &strip_parens(base).kind else { return (None, Vec::new()) };
            let names = indices
                .iter()
                .filter_map(|i| match &i.kind {
                    ast::ExprKind::Ident(name) => Some(name),
                    _ => None,
                })
                .collect();
            (Some(id), names)
        }
        _ => (None, Vec::new()),
    }
}
