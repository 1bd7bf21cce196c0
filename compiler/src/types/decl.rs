//! Package-level declarations: collecting names, function signatures and
//! bodies, variable declarations (checked on first use) and the package
//! initialisation function.

use super::scope::Entity;
use super::ty::{Signature, Type};
use super::{Checker, Dep, FuncCtx};
use crate::ir;
use crate::syntax::ast;
use std::collections::BTreeSet;

/// The largest variable gc's linker accepts (its `symbol too large`).
const MAX_SYMBOL_SIZE: u64 = 2_000_000_000;

pub struct FuncInfo<'a> {
    /// `None` for functions the compiler makes (the package initialiser,
    /// function literals, method value wrappers).
    pub decl: Option<&'a ast::FuncDecl>,
    /// A method's receiver type (its first parameter).
    pub recv: Option<Type>,
    pub file: usize,
    pub sig: Signature,
    pub ir: ir::Func,
    pub deps: BTreeSet<Dep>,
    /// For an instance of a generic function or method: what its body is
    /// checked with.
    pub instance: Option<std::rc::Rc<super::generic::InstanceEnv>>,
}

pub struct GlobalInfo {
    pub symbol: String,
    pub ty: Type,
    pub spec: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SpecState {
    Unchecked,
    Checking,
    Done,
}

/// One `var` line at package level: its names initialise together.
pub struct VarSpec<'a> {
    pub spec: &'a ast::ValueSpec,
    pub file: usize,
    /// The variable of each name; `None` for `_`.
    pub globals: Vec<Option<ir::GlobalId>>,
    pub state: SpecState,
    pub init: Option<ir::Stmt>,
    pub deps: BTreeSet<Dep>,
}

impl<'a> Checker<'a> {
    /// Declares every package-level name and resolves function signatures.
    /// Declares the package-level names of the package's `files`.
    pub(super) fn collect(&mut self, files: &[usize]) {
        let asts = self.files;
        for &index in files {
            self.set_file(index);
            self.collect_imports(index);
            for decl in &asts[index].decls {
                match decl {
                    ast::Decl::Type(specs) => specs.iter().for_each(|spec| self.collect_type_spec(spec)),
                    ast::Decl::Const(specs) => self.collect_const_group(specs),
                    _ => {}
                }
            }
        }
        let mut generic_methods = std::collections::HashSet::new();
        for &index in files {
            self.set_file(index);
            for decl in &asts[index].decls {
                if let ast::Decl::Func(func) = decl {
                    if self.collect_generic_method(func) {
                        generic_methods.insert(func as *const ast::FuncDecl);
                    }
                }
            }
        }
        for &index in files {
            self.set_file(index);
            for decl in &asts[index].decls {
                match decl {
                    ast::Decl::Func(func) if generic_methods.contains(&(func as *const ast::FuncDecl)) => {}
                    ast::Decl::Func(func) => self.collect_func(func),
                    ast::Decl::Var(specs) => specs.iter().for_each(|spec| self.collect_var_spec(spec)),
                    ast::Decl::Const(_) | ast::Decl::Type(_) => {}
                }
            }
        }
    }

    fn collect_func(&mut self, func: &'a ast::FuncDecl) {
        if !func.type_params.is_empty() {
            return self.collect_generic_func(func);
        }
        if func.body.is_none() && !self.package().std {
            return self.error(func.name.span, "missing function body");
        }
        if let Some(recv) = &func.recv {
            return self.collect_method(func, recv);
        }
        let sig = self.signature(&func.sig);
        let name = &func.name.name;
        if (name == "main" || name == "init") && (!sig.params.is_empty() || !sig.results.is_empty()) {
            self.error(func.name.span, format!("func {name} must have no arguments and no return values"));
        }
        let results = sig.results.clone();
        let id = self.funcs.len();
        let symbol = if name == "init" {
            let earlier = self.funcs.iter().filter(|f| f.is_user_init() && f.symbol_in(&self.package().path)).count();
            self.symbol(&format!("init.{earlier}"))
        } else {
            self.symbol(name)
        };
        let mut ir_func = ir::Func::new(symbol, results);
        if func.body.is_none() {
            // Implemented by the runtime: `rgort_<package path>_<name>`.
            ir_func.external = Some(format!("rgort_{}_{name}", self.package().path.replace('/', "_")));
            for (i, ty) in sig.params.iter().enumerate() {
                ir_func.params.push(i);
                ir_func.locals.push(ir::Local {
                    name: format!("p{i}"),
                    ty: ty.clone(),
                    addressed: false,
                    escapes: false,
                    capture: None,
                    span: crate::source::Span::default(),
                });
            }
        }
        self.add_func(Some(func), None, sig, ir_func);
        if name != "init" && !func.name.is_blank() {
            self.declare_package(&func.name, Entity::Func(id));
        }
    }

    fn collect_var_spec(&mut self, spec: &'a ast::ValueSpec) {
        let id = self.var_specs.len();
        let mut globals = Vec::new();
        for name in &spec.names {
            self.check_reserved_name(name);
            if name.is_blank() {
                globals.push(None);
                continue;
            }
            let global = self.globals.len();
            let symbol = self.symbol(&name.name);
            self.globals.push(GlobalInfo { symbol, ty: Type::Invalid, spec: id });
            self.declare_package(name, Entity::Global(global));
            globals.push(Some(global));
        }
        self.var_specs.push(VarSpec {
            spec,
            file: self.file,
            globals,
            state: SpecState::Unchecked,
            init: None,
            deps: BTreeSet::new(),
        });
    }

    /// `init` (and `main` in package main) may only name functions.
    pub(super) fn check_reserved_name(&mut self, name: &ast::Ident) {
        if name.name == "init" || (name.name == "main" && self.package().name == "main") {
            self.error(name.span, format!("cannot declare {} - must be func", name.name));
        }
    }

    fn declare_package(&mut self, name: &ast::Ident, entity: Entity) {
        if let Err(earlier) = self.scopes.declare(&name.name, entity, name.span) {
            self.redeclared(name, earlier);
        }
    }

    pub(super) fn redeclared(&mut self, name: &ast::Ident, earlier: crate::source::Span) {
        let other = self.sources[self.file].position(earlier.lo);
        self.error(name.span, format!("{0} redeclared in this block\n\t{other}: other declaration of {0}", name.name));
    }

    /// The `main` function of package main (checked last).
    pub(super) fn find_main(&mut self) -> ir::FuncId {
        let main = self.packages.last().and_then(|p| p.scope.get("main")).map(|(e, _)| e.clone());
        match main {
            Some(Entity::Func(id)) => id,
            // Reported where `main` is declared as something else.
            Some(_) => 0,
            None => {
                if let Some(&file) = self.packages.last().and_then(|p| p.files.first()) {
                    self.set_file(file);
                    self.error(self.files[file].package.span, "function main is undeclared in the main package");
                }
                0
            }
        }
    }

    /// The type of a package-level variable, checking its declaration if
    /// that has not happened yet.
    pub(super) fn global_type(&mut self, id: ir::GlobalId) -> Type {
        let spec = self.globals[id].spec;
        if self.var_specs[spec].state == SpecState::Checking {
            return Type::Invalid;
        }
        self.check_var_spec(spec);
        self.globals[id].ty.clone()
    }

    /// Checks one package-level `var` line in a context of its own.
    pub(super) fn check_var_spec(&mut self, id: usize) {
        if self.var_specs[id].state != SpecState::Unchecked {
            return;
        }
        self.var_specs[id].state = SpecState::Checking;
        let (spec, file) = (self.var_specs[id].spec, self.var_specs[id].file);
        let globals = self.var_specs[id].globals.clone();
        let symbol = self.symbol("glob.");
        if let Some(&mut count) = self.enclosing_var_spec_literals(&symbol) {
            // Checked from inside another spec's initializer, which has
            // numbered function literals the counter does not hold yet.
            self.glob_literals = count;
        }
        let ctx = FuncCtx { symbol: symbol.clone(), literal_count: self.glob_literals, ..FuncCtx::default() };
        let ((types, stmt), ctx) = self.at_package_level(file, ctx, |c| c.var_decl(spec, Some(&globals)));
        self.glob_literals = ctx.literal_count;
        if let Some(count) = self.enclosing_var_spec_literals(&symbol) {
            *count = ctx.literal_count;
        }
        for ((global, name), ty) in globals.into_iter().zip(&spec.names).zip(types) {
            if let Some(global) = global {
                let size = super::layout::size_of(&ty);
                if size > MAX_SYMBOL_SIZE {
                    let symbol = &self.globals[global].symbol;
                    let msg = format!("{symbol}: symbol too large ({size} bytes > {MAX_SYMBOL_SIZE} bytes)");
                    let saved = self.set_file(file);
                    self.error(name.span, msg);
                    self.set_file(saved);
                }
                self.globals[global].ty = ty;
            }
        }
        let stmt = match stmt {
            // Temporaries need a frame: the initialisation becomes a function.
            Some(stmt) if !ctx.locals.is_empty() => {
                let symbol = format!("{symbol}.init{id}");
                let body = vec![stmt, ir::Stmt::Return(Vec::new())];
                let func = ir::Func { locals: ctx.locals, body, ..ir::Func::new(symbol, Vec::new()) };
                let func = self.add_func(None, None, Signature::default(), func);
                let call =
                    ir::Expr { ty: Type::tuple(Vec::new()), kind: ir::ExprKind::Call { func, args: Vec::new() } };
                Some(ir::Stmt::Eval(call))
            }
            stmt => stmt,
        };
        let spec_info = &mut self.var_specs[id];
        spec_info.init = stmt;
        spec_info.deps = ctx.deps;
        spec_info.state = SpecState::Done;
    }

    /// The function literal count of the package-level initializer being
    /// checked, if any (`symbol` names package-level literals).
    fn enclosing_var_spec_literals(&mut self, symbol: &str) -> Option<&mut usize> {
        let ctx = match self.outer.first_mut() {
            Some((ctx, _)) => ctx,
            None => &mut self.ctx,
        };
        (ctx.symbol == symbol).then_some(&mut ctx.literal_count)
    }

    pub(super) fn check_func_body(&mut self, id: ir::FuncId) {
        let Some(decl) = self.funcs[id].decl else { return };
        let Some(body) = &decl.body else { return };
        self.set_file(self.funcs[id].file);
        let sig = self.funcs[id].sig.clone();
        self.ctx = FuncCtx { symbol: self.funcs[id].ir.symbol.clone(), ..FuncCtx::default() };
        let recv = decl.recv.as_ref().zip(self.funcs[id].recv.clone());
        if let Some((field, ty)) = &recv {
            // The receiver's base type, now resolved, must not be a pointer.
            let base = match ty {
                Type::Pointer(elem) => (**elem).clone(),
                t => t.clone(),
            };
            if matches!(base.underlying(), Type::Pointer(_)) {
                self.error(field.ty.span, format!("invalid receiver type {base} (pointer or interface type)"));
            }
        }
        let (params, stmts) = self.function_body(recv, &decl.sig, &sig, body);
        let ctx = std::mem::take(&mut self.ctx);
        let func = &mut self.funcs[id];
        func.ir.open_defers = ctx.open_defers();
        func.ir.params = params;
        func.ir.named_results = ctx.named_results;
        func.ir.locals = ctx.locals;
        func.ir.body = stmts;
        func.ir.defers = ctx.defers;
        func.deps = ctx.deps;
    }

    /// Builds `main.init`: package variables in dependency order, then the
    /// `init` functions in the order they appear.
    /// Builds the package's initialiser `path.init`: its variables (those
    /// from `first_spec` on) in dependency order, then its `init`
    /// functions (among those from `first_func` on) in the order they
    /// appear.
    pub(super) fn build_init(&mut self, first_spec: usize, first_func: usize) -> ir::FuncId {
        let mut body = Vec::new();
        for spec in self.init_order(first_spec) {
            if let Some(stmt) = self.var_specs[spec].init.take() {
                body.push(stmt);
            }
        }
        for (id, func) in self.funcs.iter().enumerate().skip(first_func) {
            if func.is_user_init() {
                let call =
                    ir::Expr { kind: ir::ExprKind::Call { func: id, args: Vec::new() }, ty: Type::tuple(Vec::new()) };
                body.push(ir::Stmt::Eval(call));
            }
        }
        body.push(ir::Stmt::Return(Vec::new()));
        let symbol = self.symbol("init");
        self.add_func(None, None, Signature::default(), ir::Func { body, ..ir::Func::new(symbol, Vec::new()) })
    }
}

impl<'a> Checker<'a> {
    /// Adds a function of the package being checked; returns its id.
    pub(super) fn add_func(
        &mut self,
        decl: Option<&'a ast::FuncDecl>,
        recv: Option<Type>,
        sig: Signature,
        ir: ir::Func,
    ) -> ir::FuncId {
        let ir = ir::Func { span: decl.map_or(ir.span, |d| d.name.span), ..ir };
        self.funcs.push(FuncInfo { decl, recv, file: self.file, sig, ir, deps: BTreeSet::new(), instance: None });
        self.funcs.len() - 1
    }
}

impl FuncInfo<'_> {
    /// Whether the function belongs to the package with import path `path`.
    fn symbol_in(&self, path: &str) -> bool {
        self.ir.symbol.strip_prefix(path).is_some_and(|rest| rest.starts_with('.'))
    }

    fn is_user_init(&self) -> bool {
        self.decl.is_some_and(|d| d.name.name == "init")
    }
}
