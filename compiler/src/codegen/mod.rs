//! Code generation: lowers the typed program to Cranelift IR, function by
//! function, and returns one relocatable object for the target.
//!
//! Every Go function uses the `tail` convention and starts with a stack
//! check against `g.stackguard0` (g lives in the pinned register). The
//! runtime enters Go code through `rgo_entry`, a C-ABI shim that installs g
//! and runs the package initialiser and `main.main`.

mod abi;
mod builtin;
mod call;
mod callsites;
mod composite;
mod defer;
mod expr;
mod func;
mod globals;
mod iface;
mod map;
mod memory;
mod place;
mod runtime;
mod slice;
mod stackmap;
mod strings;
mod trampoline;
mod typedesc;

use crate::ir;
use crate::target::Target;
use crate::types::ty::Type;
use cranelift_codegen::ir::{FuncRef, Function, GlobalValue};
use cranelift_codegen::isa::{self, CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{default_libcall_names, DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use runtime::RtFunc;
use std::collections::HashMap;
use std::rc::Rc;

/// Module-wide state shared by the lowering of every function.
struct ModuleCx {
    module: ObjectModule,
    funcs: Vec<FuncId>,
    globals: Vec<DataId>,
    strings: HashMap<Vec<u8>, DataId>,
    runtime: HashMap<RtFunc, FuncId>,
    /// The method set of each concrete type converted to an interface:
    /// name, type as Go prints it, itab function.
    method_sets: HashMap<Type, Vec<(String, String, Option<ir::FuncId>)>>,
    /// The static itab of each (interface, concrete type).
    itabs: HashMap<(Type, Type), DataId>,
    /// The descriptor and zero area of each map type.
    map_types: HashMap<Type, (DataId, DataId)>,
    /// The closure object of each top-level function used as a value.
    func_values: HashMap<ir::FuncId, DataId>,
    /// Type descriptors emitted so far.
    type_descs: HashMap<Type, DataId>,
    /// The thunk of each runtime function a protected call calls.
    thunks: HashMap<RtFunc, FuncId>,
    /// The calls compiled so far.
    call_sites: Vec<callsites::CallSite>,
    /// Their stack maps.
    stack_maps: callsites::StackMaps,
    /// The wrappers compiled so far, with their code sizes.
    wrappers: Vec<(FuncId, u32)>,
    call_conv: CallConv,
}

/// Compiles `program` into the bytes of an ELF object file.
/// Why code generation stopped.
pub enum Error {
    /// A function's frame would pass Go's 1 GB stack limit (gc's `stack
    /// frame too large`), with the megabytes of its locals and arguments.
    FrameTooLarge { func: ir::FuncId, locals_mb: u64, args_mb: u64 },
    /// A bug in rgoc.
    Internal(String),
}

impl From<String> for Error {
    fn from(message: String) -> Error {
        Error::Internal(message)
    }
}

pub fn compile(program: &ir::Program, target: Target) -> Result<Vec<u8>, Error> {
    let isa = make_isa(target)?;
    let call_conv = isa.default_call_conv();
    let mut builder = ObjectBuilder::new(isa, "main", default_libcall_names()).map_err(|e| e.to_string())?;
    builder.per_function_section(true);
    let mut module = ObjectModule::new(builder);

    let mut funcs = Vec::new();
    for func in &program.funcs {
        let params: Vec<_> = func.params.iter().map(|&p| func.locals[p].ty.clone()).collect();
        let sig = abi::go_signature(&params, &func.results);
        funcs.push(module.declare_function(&func.symbol, Linkage::Local, &sig).map_err(|e| e.to_string())?);
    }
    let globals = globals::define_globals(&mut module, program)?;

    let mut cx = ModuleCx {
        thunks: HashMap::new(),
        call_sites: Vec::new(),
        stack_maps: callsites::StackMaps::new(),
        wrappers: Vec::new(),
        module,
        funcs,
        globals,
        strings: HashMap::new(),
        runtime: HashMap::new(),
        type_descs: HashMap::new(),
        func_values: HashMap::new(),
        map_types: HashMap::new(),
        method_sets: program
            .method_sets
            .iter()
            .map(|(ty, entries)| {
                let entries = entries
                    .iter()
                    .map(|m| (m.name.clone(), Type::Func(Rc::new(m.sig.clone())).runtime_name(), Some(m.func)))
                    .collect();
                (ty.clone(), entries)
            })
            .collect(),
        itabs: HashMap::new(),
        call_conv,
    };
    let mut ctx = cx.module.make_context();
    let mut fb_ctx = FunctionBuilderContext::new();
    for (index, func) in program.funcs.iter().enumerate() {
        func::lower(&mut cx, &mut ctx, &mut fb_ctx, func, index)?;
    }
    trampoline::define_entry(&mut cx, &mut ctx, &mut fb_ctx, program)?;
    trampoline::define_call_deferred(&mut cx, &mut ctx, &mut fb_ctx)?;
    trampoline::define_call_string_method(&mut cx, &mut ctx, &mut fb_ctx)?;
    trampoline::define_thunks(&mut cx, &mut ctx, &mut fb_ctx)?;
    cx.define_call_sites()?;
    cx.define_global_roots(program)?;
    cx.define_wrapper_table()?;
    cx.define_runtime_error_type(program)?;
    Ok(cx.module.finish().emit().map_err(|e| e.to_string())?)
}

fn make_isa(target: Target) -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    let set = |flags: &mut settings::Builder, name: &str, value: &str| {
        flags.set(name, value).map_err(|e| format!("cranelift setting {name}: {e}"))
    };
    set(&mut flags, "opt_level", "speed")?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    set(&mut flags, "enable_pinned_reg", "true")?;
    set(&mut flags, "unwind_info", "false")?;
    set(&mut flags, "is_pic", "false")?;
    set(&mut flags, "enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" })?;
    let builder =
        isa::lookup(target.triple()).map_err(|e| format!("no code generator for {}: {e}", target.rust_triple()))?;
    builder.finish(settings::Flags::new(flags)).map_err(|e| e.to_string())
}

impl ModuleCx {
    /// Compiles and defines function `id`; returns the size of its code.
    fn define(&mut self, id: FuncId, ctx: &mut Context, name: &str) -> Result<u32, String> {
        let result = self.module.define_function(id, ctx).map_err(|e| {
            // A debug build of rgoc shows the function Cranelift rejected.
            let clif = if cfg!(debug_assertions) { format!("\n{}", ctx.func.display()) } else { String::new() };
            format!("code generation failed for {name}: {e:?}{clif}")
        });
        let result = result.and_then(|()| self.record_call_sites(id, ctx, name));
        let size = ctx.compiled_code().map_or(0, |code| code.buffer.data().len() as u32);
        self.module.clear_context(ctx);
        result.map(|()| size)
    }

    /// `rgo_runtime_error_type`: the address of the descriptor of run-time
    /// error values (`runtime.Error`), or 0 if the program never recovers.
    fn define_runtime_error_type(&mut self, program: &ir::Program) -> Result<(), String> {
        let id = self
            .module
            .declare_data("rgo_runtime_error_type", Linkage::Export, false, false)
            .map_err(|e| e.to_string())?;
        let mut data = DataDescription::new();
        // Not `define_zeroinit`: that goes to .bss, where a relocation
        // would be lost.
        data.define(Box::new([0; 8]));
        data.set_align(8);
        if let Some(ty) = &program.runtime_error {
            let desc = self.type_desc_id(ty);
            let gv = self.module.declare_data_in_data(desc, &mut data);
            data.write_data_addr(0, gv, 0);
        }
        self.module.define_data(id, &data).map_err(|e| e.to_string())
    }

    /// A direct call target inside `func` for a runtime entry point.
    fn runtime_ref(&mut self, rt: RtFunc, func: &mut Function) -> FuncRef {
        let id = match self.runtime.get(&rt) {
            Some(&id) => id,
            None => {
                let sig = rt.signature(self.call_conv);
                let id = self
                    .module
                    .declare_function(rt.symbol(), Linkage::Import, &sig)
                    .expect("runtime symbols are distinct");
                self.runtime.insert(rt, id);
                id
            }
        };
        let fref = self.module.declare_func_in_func(id, func);
        // The runtime is linked statically: call it directly, not via a GOT.
        func.dfg.ext_funcs[fref].colocated = true;
        fref
    }

    /// The address of a read-only copy of `bytes`.
    fn string_data(&mut self, bytes: &[u8], func: &mut Function) -> GlobalValue {
        let id = match self.strings.get(bytes) {
            Some(&id) => id,
            None => {
                let id = self.module.declare_anonymous_data(false, false).expect("anonymous data");
                let mut data = DataDescription::new();
                data.define(bytes.into());
                self.module.define_data(id, &data).expect("string data defined once");
                self.strings.insert(bytes.to_vec(), id);
                id
            }
        };
        self.module.declare_data_in_func(id, func)
    }
}
