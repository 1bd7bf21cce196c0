//! The functions through which the runtime and Go code call each other
//! across calling conventions: `rgo_entry`, `rgo_call_deferred` and
//! `rgo_call_string_method` take the C convention and install g in the
//! pinned register before calling Go code (the last two with a `try_call`
//! without handler, which clobbers every register: so they save every
//! callee-saved register of the runtime's in their own frame, which the
//! collector scans conservatively, while it scans the Go frames above by
//! their stack maps only); the thunks take Go's convention
//! and call a runtime function, so that a function that defers can protect
//! the call with a `try_call` (see `FuncLower::call_inst`), and so do the
//! standard library's functions that the runtime implements.

use super::abi;
use super::call::{try_call, CallInst};
use super::runtime::RtFunc;
use super::ModuleCx;
use crate::ir;
use cranelift_codegen::ir::{
    types, AbiParam, FuncRef, Function, InstBuilder, MemFlagsData, Signature, UserFuncName, Value,
};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage, Module};

/// The signature of a function the runtime calls: `params` words, the C
/// calling convention.
pub(super) fn entry_signature(call_conv: CallConv, params: usize) -> Signature {
    let mut sig = Signature::new(call_conv);
    sig.params.extend((0..params).map(|_| AbiParam::new(types::I64)));
    sig
}

/// Defines function `id` with the body `body` builds from the parameters.
fn define_with(
    cx: &mut ModuleCx,
    ctx: &mut Context,
    fb_ctx: &mut FunctionBuilderContext,
    id: FuncId,
    name: &str,
    body: impl FnOnce(&mut ModuleCx, &mut FunctionBuilder, &[Value]),
) -> Result<(), String> {
    let sig = cx.module.declarations().get_function_decl(id).signature.clone();
    ctx.func = Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
    let mut b = FunctionBuilder::new(&mut ctx.func, fb_ctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    body(cx, &mut b, &params);
    b.seal_all_blocks();
    b.finalize(cx.module.isa().frontend_config());
    cx.define(id, ctx, name).map(|_| ())
}

/// Puts `g` in the pinned register and returns the caller's value of it,
/// which a function with the C convention must restore before returning
/// (the register is callee-saved there).
fn install_g(b: &mut FunctionBuilder, g: Value) -> Value {
    let saved = b.ins().get_pinned_reg(types::I64);
    b.ins().set_pinned_reg(g);
    saved
}

/// `rgo_entry(g)`: the runtime's way into Go code: package initialisation,
/// then main.main.
pub(super) fn define_entry(
    cx: &mut ModuleCx,
    ctx: &mut Context,
    fb_ctx: &mut FunctionBuilderContext,
    program: &ir::Program,
) -> Result<(), String> {
    let sig = entry_signature(cx.call_conv, 1);
    let id = cx.module.declare_function("rgo_entry", Linkage::Export, &sig).map_err(|e| e.to_string())?;
    define_with(cx, ctx, fb_ctx, id, "rgo_entry", |cx, b, params| {
        b.ins().set_pinned_reg(params[0]);
        let no_closure = b.ins().iconst(types::I64, 0);
        for &func in program.inits.iter().chain([&program.main]) {
            let callee = cx.module.declare_func_in_func(cx.funcs[func], b.func);
            b.ins().call(callee, &[no_closure]);
        }
        b.ins().return_(&[]);
    })
}

/// `rgo_call_deferred(g, closure, frame)`: calls a `func()` closure for the
/// runtime, after storing its own frame pointer in `*frame` (how `recover`
/// recognises a deferred call that a panic runs).
pub(super) fn define_call_deferred(
    cx: &mut ModuleCx,
    ctx: &mut Context,
    fb_ctx: &mut FunctionBuilderContext,
) -> Result<(), String> {
    let sig = entry_signature(cx.call_conv, 3);
    let id = cx.module.declare_function("rgo_call_deferred", Linkage::Export, &sig).map_err(|e| e.to_string())?;
    define_with(cx, ctx, fb_ctx, id, "rgo_call_deferred", |_, b, params| {
        let (g, closure, frame) = (params[0], params[1], params[2]);
        let saved = install_g(b, g);
        let fp = b.ins().get_frame_pointer(types::I64);
        b.ins().store(MemFlagsData::trusted(), fp, frame, 0);
        let code = b.ins().load(types::I64, MemFlagsData::trusted(), closure, 0);
        let sig = b.import_signature(abi::go_signature(&[], &[]));
        try_call(b, CallInst::Indirect(sig, code), &[closure], None);
        b.ins().set_pinned_reg(saved);
        b.ins().return_(&[]);
    })
}

/// `rgo_call_string_method(g, code, receiver, out)`: calls a method
/// `func() string` through its itab code on an interface's data word and
/// stores the string at `out` (the runtime prints panic values so).
pub(super) fn define_call_string_method(
    cx: &mut ModuleCx,
    ctx: &mut Context,
    fb_ctx: &mut FunctionBuilderContext,
) -> Result<(), String> {
    let sig = entry_signature(cx.call_conv, 4);
    let id = cx.module.declare_function("rgo_call_string_method", Linkage::Export, &sig).map_err(|e| e.to_string())?;
    define_with(cx, ctx, fb_ctx, id, "rgo_call_string_method", |_, b, params| {
        let (g, code, receiver, out) = (params[0], params[1], params[2], params[3]);
        let saved = install_g(b, g);
        let uintptr = crate::types::ty::Type::Basic(crate::types::ty::Basic::Uintptr);
        let sig = b.import_signature(abi::go_signature(&[uintptr], &[crate::types::ty::Type::STRING]));
        let no_closure = b.ins().iconst(types::I64, 0);
        let text = try_call(b, CallInst::Indirect(sig, code), &[no_closure, receiver], None);
        b.ins().store(MemFlagsData::trusted(), text[0], out, 0);
        b.ins().store(MemFlagsData::trusted(), text[1], out, 8);
        b.ins().set_pinned_reg(saved);
        b.ins().return_(&[]);
    })
}

/// A standard-library function declared without a body: it passes its
/// arguments (all but the closure context) to the runtime function
/// `symbol` and returns its results.
pub(super) fn define_external(
    cx: &mut ModuleCx,
    ctx: &mut Context,
    fb_ctx: &mut FunctionBuilderContext,
    id: FuncId,
    symbol: &str,
) -> Result<(), String> {
    let go_sig = cx.module.declarations().get_function_decl(id).signature.clone();
    let mut sig = Signature::new(cx.call_conv);
    sig.params.extend(go_sig.params.iter().skip(1).copied());
    sig.returns.extend(go_sig.returns.iter().copied());
    let runtime = cx.module.declare_function(symbol, Linkage::Import, &sig).map_err(|e| e.to_string())?;
    define_with(cx, ctx, fb_ctx, id, symbol, |cx, b, params| {
        let callee = cx.module.declare_func_in_func(runtime, b.func);
        b.func.dfg.ext_funcs[callee].colocated = true;
        let call = b.ins().call(callee, &params[1..]);
        let results = b.inst_results(call).to_vec();
        b.ins().return_(&results);
    })
}

impl ModuleCx {
    /// A direct call target inside `func` for the thunk of `rt`: a
    /// function with Go's convention that calls `rt`.
    pub(super) fn runtime_thunk(&mut self, rt: RtFunc, func: &mut Function) -> FuncRef {
        let id = match self.thunks.get(&rt) {
            Some(&id) => id,
            None => {
                let name = format!("rgo_thunk_{}", rt.symbol());
                let sig = rt.signature(CallConv::Tail);
                let id = self.module.declare_function(&name, Linkage::Local, &sig).expect("thunk declared once");
                self.thunks.insert(rt, id);
                id
            }
        };
        self.module.declare_func_in_func(id, func)
    }
}

/// Defines the thunks the functions asked for.
pub(super) fn define_thunks(
    cx: &mut ModuleCx,
    ctx: &mut Context,
    fb_ctx: &mut FunctionBuilderContext,
) -> Result<(), String> {
    let mut thunks: Vec<(RtFunc, FuncId)> = cx.thunks.iter().map(|(&rt, &id)| (rt, id)).collect();
    thunks.sort_by_key(|&(_, id)| id);
    for (rt, id) in thunks {
        define_with(cx, ctx, fb_ctx, id, rt.symbol(), |cx, b, params| {
            let callee = cx.runtime_ref(rt, b.func);
            let call = b.ins().call(callee, params);
            let results = b.inst_results(call).to_vec();
            b.ins().return_(&results);
        })?;
    }
    Ok(())
}
