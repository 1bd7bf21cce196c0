//! Type checking: resolves names, checks the Go specification's rules and
//! produces the typed program (`ir`) in the same pass.
//!
//! Packages are checked one at a time, each after the packages it imports.
//! In a package, declarations are collected first; variable declarations
//! are checked on first use (so `var a = b; var b = 1` works) and ordered
//! for initialisation by `init_order`; function bodies are checked last.

mod builtin;
mod closure;
mod composite;
pub mod constant;
mod constdecl;
mod control;
mod decl;
mod defer;
mod expr;
mod generic;
pub mod iface;
mod imports;
mod index;
mod infer;
mod init_order;
pub mod layout;
mod method;
mod order;
mod pragma;
mod range_func;
mod relation;
mod scope;
mod selector;
mod stmt;
pub mod ty;
mod typexpr;

use crate::diag::Diag;
use crate::ir;
use crate::source::{SourceFile, Span};
use crate::syntax::ast;
use scope::Scopes;
use std::collections::{BTreeSet, HashMap};
use ty::Type;

/// A diagnostic and the index of the file it is about.
pub type FileDiag = (usize, Diag);

/// Something package-level code refers to, for initialisation order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Dep {
    Func(ir::FuncId),
    Global(ir::GlobalId),
}

/// A package to check: its import path and the indices of its files.
pub struct Package {
    pub path: String,
    pub files: Vec<usize>,
    /// It is part of rgoc's standard library, whose functions declared
    /// without a body are implemented by the runtime.
    pub std: bool,
}

/// Checks the packages of a program, given in dependency order (each after
/// those it imports; `main` last), and builds the program.
pub fn check_program(
    sources: &[SourceFile],
    files: &[ast::File],
    packages: &[Package],
) -> Result<ir::Program, Vec<FileDiag>> {
    let mut checker = Checker::new(sources, files);
    let program = checker.check(packages);
    if checker.diags.is_empty() {
        Ok(program)
    } else {
        Err(checker.diags)
    }
}

/// Per-function checking state.
#[derive(Default)]
struct FuncCtx {
    locals: Vec<ir::Local>,
    /// Declaration span of each local and whether it was used; parameters
    /// count as used.
    local_uses: Vec<(Span, bool)>,
    results: Vec<Type>,
    named_results: Vec<ir::LocalId>,
    /// The enclosing loops and switches, innermost last.
    targets: Vec<control::Target>,
    loop_count: usize,
    /// The label of the loop or switch being checked, until it takes it.
    pending_label: Option<String>,
    labels: control::Labels,
    /// The span of the `fallthrough` that may end the switch clause being
    /// checked.
    fallthrough_at: Option<Span>,
    /// What the code checked so far refers to.
    deps: BTreeSet<Dep>,
    /// For a function literal: the enclosing function's locals it
    /// captures, in capture-slot order, and the local standing for each.
    captures: Vec<ir::LocalId>,
    captured: HashMap<ir::LocalId, ir::LocalId>,
    /// The function's symbol, and how many function literals it has, for
    /// naming them as gc does (`main.f.func1`).
    symbol: String,
    literal_count: usize,
    /// How many range-over-func loop bodies it has (`main.f-range1`).
    range_count: usize,
    /// The function has a `defer` statement.
    defers: bool,
    /// How many `defer` statements it has, and whether each can run at
    /// most once per call.
    defer_count: usize,
    defers_once: bool,
    /// The body of a range-over-func loop is checked as a function of its
    /// own: how its jumps leave it.
    range_body: Option<range_func::Body>,
}

struct Checker<'a> {
    sources: &'a [SourceFile],
    files: &'a [ast::File],
    /// The file being checked.
    file: usize,
    scopes: Scopes,
    diags: Vec<FileDiag>,
    funcs: Vec<decl::FuncInfo<'a>>,
    globals: Vec<decl::GlobalInfo>,
    var_specs: Vec<decl::VarSpec<'a>>,
    type_decls: Vec<typexpr::TypeDecl<'a>>,
    /// The package-level type declarations being resolved, innermost last.
    resolving_types: Vec<usize>,
    generic_funcs: Vec<generic::GenericFunc<'a>>,
    generic_types: Vec<generic::GenericType<'a>>,
    /// Instances whose bodies are still to be checked.
    pending_instances: Vec<ir::FuncId>,
    /// The symbols of the instances made so far.
    instance_symbols: std::collections::HashSet<String>,
    const_decls: Vec<constdecl::ConstDecl<'a>>,
    /// The value of `iota` in the constant declaration being checked.
    iota: Option<i64>,
    /// What each resolved package-level alias declaration denotes.
    type_aliases: HashMap<usize, Type>,
    /// Named types created so far (their identities).
    named_count: usize,
    /// Function literals in package-level initialisers so far, for naming
    /// them `main.glob..funcN` as gc does.
    glob_literals: usize,
    /// The method sets of concrete types converted to interfaces.
    method_sets: Vec<(Type, Vec<ir::MethodEntry>)>,
    /// The type of run-time error values, once package runtime is checked.
    runtime_error: Option<Type>,
    /// Whether the program calls `recover` (then it can see run-time
    /// error values).
    uses_recover: bool,
    /// The itab wrapper of each (concrete type, method name).
    itab_wrappers: HashMap<(Type, String), ir::FuncId>,
    /// The `-fm` wrapper made for each method used as a value.
    bound_methods: HashMap<ir::FuncId, ir::FuncId>,
    /// Functions calling an interface's method, by interface type, method
    /// index and whether the receiver is bound (see `iface_method_func`).
    iface_method_funcs: HashMap<(Type, usize, bool), ir::FuncId>,
    ctx: FuncCtx,
    /// The functions enclosing the function literal being checked, each
    /// with the index of its first scope block; innermost last.
    outer: Vec<(FuncCtx, usize)>,
    /// The index of the current function's first scope block.
    scope_base: usize,
    /// While the body of an instance of a generic function is checked, its
    /// type arguments as gc appends them to the names of the types declared
    /// in it (`[int,string]`). What they make statically impossible (a type
    /// assertion that cannot succeed) was possible in the generic code, and
    /// fails when it runs.
    instance_args: Option<String>,
    /// Range-over-func loops checked so far: names their variables.
    range_func_loops: usize,
    /// The packages checked so far and the one being checked (last).
    packages: Vec<imports::PackageInfo>,
    /// The package whose code is being checked: the last, or an earlier
    /// one while an instance of its generic code is checked.
    current_package: usize,
    /// How many packages the program has (the last is main).
    expected_packages: usize,
    /// The imports used so far, by file and name.
    used_imports: std::collections::HashSet<(usize, String)>,
}

impl<'a> Checker<'a> {
    /// Runs `check` on a package-level declaration of file `file` in the
    /// function context `ctx`, wherever checking stands: local scopes,
    /// enclosing functions and the current context are set aside meanwhile.
    /// Returns the result and the context `check` left.
    fn at_package_level<T>(&mut self, file: usize, ctx: FuncCtx, check: impl FnOnce(&mut Self) -> T) -> (T, FuncCtx) {
        let saved_file = self.set_file(file);
        let saved_ctx = std::mem::replace(&mut self.ctx, ctx);
        let saved_outer = std::mem::take(&mut self.outer);
        let saved_base = std::mem::replace(&mut self.scope_base, 1);
        let locals = self.scopes.hide_locals();
        let result = check(self);
        self.scopes.restore_locals(locals);
        self.scope_base = saved_base;
        self.outer = saved_outer;
        self.set_file(saved_file);
        (result, std::mem::replace(&mut self.ctx, saved_ctx))
    }

    fn new(sources: &'a [SourceFile], files: &'a [ast::File]) -> Checker<'a> {
        Checker {
            sources,
            files,
            file: 0,
            scopes: Scopes::new(),
            diags: Vec::new(),
            funcs: Vec::new(),
            globals: Vec::new(),
            var_specs: Vec::new(),
            type_decls: Vec::new(),
            resolving_types: Vec::new(),
            generic_funcs: Vec::new(),
            generic_types: Vec::new(),
            pending_instances: Vec::new(),
            instance_symbols: std::collections::HashSet::new(),
            current_package: 0,
            const_decls: Vec::new(),
            iota: None,
            type_aliases: HashMap::new(),
            named_count: 0,
            glob_literals: 0,
            bound_methods: HashMap::new(),
            iface_method_funcs: HashMap::new(),
            method_sets: Vec::new(),
            runtime_error: None,
            uses_recover: false,
            itab_wrappers: HashMap::new(),
            ctx: FuncCtx::default(),
            outer: Vec::new(),
            scope_base: 0,
            range_func_loops: 0,
            instance_args: None,
            packages: Vec::new(),
            expected_packages: 0,
            used_imports: std::collections::HashSet::new(),
        }
    }

    /// Makes `file` the file being checked (for positions and imports);
    /// returns the previous one.
    fn set_file(&mut self, file: usize) -> usize {
        self.scopes.current_file = file;
        std::mem::replace(&mut self.file, file)
    }

    /// The package being checked.
    fn package(&self) -> &imports::PackageInfo {
        &self.packages[self.current_package]
    }

    /// The symbol of a package-level name of the package being checked:
    /// `path.name`, as gc names symbols.
    fn symbol(&self, name: &str) -> String {
        format!("{}.{name}", self.package().path)
    }

    fn error(&mut self, span: Span, msg: impl Into<String>) {
        let diag = (self.file, Diag::new(span, msg));
        // Each instance of a generic function is checked: report once.
        if !self.diags.contains(&diag) {
            self.diags.push(diag);
        }
    }

    fn unsupported(&mut self, span: Span, what: &str) {
        self.error(span, format!("{what} is not supported yet"));
    }

    /// An expression as gc quotes it in messages: its source text,
    /// reprinted in gc's form when it parses as an expression.
    fn text(&self, span: Span) -> String {
        let source = &self.sources[self.file].text[span.lo as usize..span.hi as usize];
        crate::syntax::printer::normalize_expr(source).unwrap_or_else(|| source.to_string())
    }

    fn check(&mut self, packages: &[Package]) -> ir::Program {
        let mut inits = Vec::new();
        self.expected_packages = packages.len();
        for package in packages {
            self.begin_package(package);
            self.check_pragmas(&package.files);
            let (first_spec, first_func, first_type) = (self.var_specs.len(), self.funcs.len(), self.type_decls.len());
            self.collect(&package.files);
            self.resolve_type_decls();
            self.check_field_method_clashes(first_type);
            self.resolve_const_decls();
            for id in first_spec..self.var_specs.len() {
                self.check_var_spec(id);
            }
            for id in first_func..self.funcs.len() {
                if self.funcs[id].instance.is_none() {
                    self.check_func_body(id);
                }
            }
            self.check_instance_bodies();
            self.use_imports_of_generic_code();
            self.report_unused_imports(&package.files);
            inits.push(self.build_init(first_spec, first_func));
            if package.path == "runtime" {
                self.runtime_error = self.runtime_error_type();
            }
            self.end_package();
        }
        let main = self.find_main();
        let funcs = self.funcs.drain(..).map(|f| ir::Func { file: f.file, ..f.ir }).collect();
        let globals = self.globals.drain(..).map(|g| ir::Global { symbol: g.symbol, ty: g.ty }).collect();
        let method_sets = std::mem::take(&mut self.method_sets);
        let runtime_error = self.runtime_error.take().filter(|_| self.uses_recover);
        ir::Program { funcs, globals, inits, main, method_sets, runtime_error }
    }
}
