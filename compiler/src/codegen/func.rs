//! Lowering of one function: the prologue's stack check, where each local
//! lives, and statements.
//!
//! A local lives in Cranelift variables (one per scalar) unless it is a
//! struct or array, which lives in a stack slot, or its address is taken,
//! which gives it a heap cell. Either way a memory-resident local is a
//! variable holding its address.

use super::abi;
use super::runtime::RtFunc;
use super::ModuleCx;
use crate::ir::{self, LoopId, Place};
use crate::types::ty::Type;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, Function, InstBuilder, MemFlagsData, TrapCode, UserFuncName, Value};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module;
use std::collections::HashMap;

/// Offset of `stackguard0` in the runtime's G.
const G_STACKGUARD: i32 = 0;

/// The trap that ends blocks control never reaches.
pub(super) const UNREACHABLE: TrapCode = TrapCode::unwrap_user(1);

/// Where a local lives.
#[derive(Clone)]
enum Storage {
    /// One variable per scalar.
    Vars(Vec<Variable>),
    /// A variable holding the address of the local's memory.
    Memory(Variable),
}

pub(super) struct FuncLower<'a, 'b> {
    pub cx: &'a mut ModuleCx,
    pub b: FunctionBuilder<'b>,
    pub func: &'a ir::Func,
    storage: Vec<Storage>,
    /// The caller's memory for each result that lives in memory.
    result_ptrs: Vec<Value>,
    /// Where `break` and `continue` of each loop go.
    loops: HashMap<LoopId, (Block, Block)>,
    /// The block of each label.
    labels: HashMap<ir::LabelId, Block>,
    /// Where `fallthrough` in the switch clause being lowered goes.
    fallthrough: Option<Block>,
    /// For a function that defers: how it finds its deferred calls.
    pub defer_state: Option<super::defer::DeferState>,
    /// For a function that defers: where calls go when a deferred call
    /// recovers a panic (see `recovered`).
    pub handler: Option<Block>,
    /// The stack slots that may hold pointers (see `stackmap`).
    pub pointer_slots: Vec<super::stackmap::PointerSlot>,
    /// The bytes of its stack slots so far.
    pub frame_bytes: u64,
}

/// Go's maximum stack size: a larger frame is gc's `stack frame too large`.
const MAX_FRAME: u64 = 1 << 30;

pub(super) fn lower(
    cx: &mut ModuleCx,
    ctx: &mut Context,
    fb_ctx: &mut FunctionBuilderContext,
    func: &ir::Func,
    index: usize,
) -> Result<(), super::Error> {
    let id = cx.funcs[index];
    if let Some(symbol) = &func.external {
        return Ok(super::trampoline::define_external(cx, ctx, fb_ctx, id, symbol)?);
    }
    let sig = cx.module.declarations().get_function_decl(id).signature.clone();
    ctx.func = Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
    let b = FunctionBuilder::new(&mut ctx.func, fb_ctx);
    let mut lower = FuncLower {
        cx,
        b,
        func,
        storage: Vec::new(),
        result_ptrs: Vec::new(),
        loops: HashMap::new(),
        labels: HashMap::new(),
        fallthrough: None,
        defer_state: None,
        handler: None,
        pointer_slots: Vec::new(),
        frame_bytes: 0,
    };
    lower.body();
    if lower.frame_bytes > MAX_FRAME {
        const MB: u64 = 1 << 20;
        let args: u64 = func
            .params
            .iter()
            .map(|&p| &func.locals[p].ty)
            .chain(&func.results)
            .map(crate::types::layout::size_of)
            .sum();
        return Err(super::Error::FrameTooLarge { func: index, locals_mb: lower.frame_bytes / MB, args_mb: args / MB });
    }
    lower.b.seal_all_blocks();
    let config = lower.cx.module.isa().frontend_config();
    lower.b.finalize(config);
    let pointer_slots = std::mem::take(&mut lower.pointer_slots);
    super::stackmap::add_pointer_slots(&mut ctx.func, &pointer_slots);
    let size = cx.define(id, ctx, &func.symbol)?;
    if func.wrapper {
        cx.wrappers.push((id, size));
    }
    Ok(())
}

impl FuncLower<'_, '_> {
    fn body(&mut self) {
        let func = self.func;
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        self.stack_check();
        if func.defers {
            self.defer_state = Some(self.defer_prologue());
            let handler = self.b.create_block();
            self.b.set_cold_block(handler);
            self.handler = Some(handler);
        }
        for (l, local) in func.locals.iter().enumerate() {
            let storage = if local.addressed || abi::is_memory(&local.ty) {
                let var = self.b.declare_var(types::I64);
                self.b.declare_var_needs_stack_map(var);
                // A struct or array parameter is the caller's copy, used in
                // place; any other local in memory that does not escape
                // gets a slot in the frame.
                let callers_copy = func.params.contains(&l) && abi::is_memory(&local.ty);
                if !local.escapes && !callers_copy {
                    let slot = self.temp(&local.ty);
                    self.b.def_var(var, slot);
                }
                Storage::Memory(var)
            } else {
                let vars: Vec<Variable> = abi::scalars(&local.ty).into_iter().map(|t| self.b.declare_var(t)).collect();
                for (&var, pointer) in vars.iter().zip(abi::pointer_scalars(&local.ty)) {
                    if pointer {
                        self.b.declare_var_needs_stack_map(var);
                    }
                }
                Storage::Vars(vars)
            };
            self.storage.push(storage);
        }
        let mut params = self.b.block_params(entry).to_vec().into_iter();
        let closure = params.next().expect("closure context");
        for (l, local) in func.locals.iter().enumerate() {
            if let (Some(slot), Storage::Memory(var)) = (local.capture, &self.storage[l]) {
                let cell = self.b.ins().load(types::I64, MemFlagsData::trusted(), closure, 8 * (1 + slot as i32));
                self.b.def_var(*var, cell);
            }
        }
        self.result_ptrs = (0..func.results.len())
            .filter(|&i| abi::result_in_memory(&func.results, i))
            .map(|_| params.next().unwrap())
            .collect();
        for &p in &func.params {
            let ty = &func.locals[p].ty;
            let value: Vec<Value> = params.by_ref().take(abi::scalars(ty).len()).collect();
            match (&self.storage[p], func.locals[p].escapes) {
                // The caller made a copy for this function: use it in place.
                (Storage::Memory(var), false) if abi::is_memory(ty) => self.b.def_var(*var, value[0]),
                _ => {
                    self.declare(p);
                    self.store_local(p, &value);
                }
            }
        }
        for &r in &func.named_results {
            self.declare(r);
            let ty = func.locals[r].ty.clone();
            let zero = self.zero_value(&ty);
            self.store_local(r, &zero);
        }
        self.stmts(&func.body);
        // Every path has returned: what follows is unreachable.
        self.b.ins().trap(UNREACHABLE);
        if let Some(handler) = self.handler {
            self.recovered(handler);
        }
    }

    /// The handler of a function that defers, reached when one of its
    /// deferred calls recovers a panic: the deferred calls left run, then
    /// the function returns its results (the checker names them all).
    fn recovered(&mut self, handler: Block) {
        self.b.switch_to_block(handler);
        self.run_defers();
        let values = self.func.named_results.iter().map(|&r| self.load_local(r)).collect();
        self.return_now(values);
    }

    /// `if sp < g.stackguard0 { rgort_morestack() }`
    fn stack_check(&mut self) {
        let g = self.b.ins().get_pinned_reg(types::I64);
        let guard = self.b.ins().load(types::I64, MemFlagsData::trusted(), g, G_STACKGUARD);
        let sp = self.b.ins().get_stack_pointer(types::I64);
        let overflow = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, guard);
        self.cold_call_if(overflow, RtFunc::Morestack, &[]);
    }

    /// Branches to a cold block that calls a runtime function that does not
    /// return when `cond` holds.
    pub(super) fn cold_call_if(&mut self, cond: Value, rt: RtFunc, args: &[Value]) {
        let cold = self.b.create_block();
        let next = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(cond, cold, &[], next, &[]);
        self.b.switch_to_block(cold);
        self.runtime_call(rt, args);
        self.b.ins().trap(UNREACHABLE);
        self.b.switch_to_block(next);
    }

    /// Continues in a fresh block after a jump or return; code placed there
    /// is unreachable and removed.
    fn after_terminator(&mut self) {
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
    }

    pub(super) fn stmts(&mut self, stmts: &[ir::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &ir::Stmt) {
        match s {
            ir::Stmt::Decl(local) => self.declare(*local),
            ir::Stmt::Eval(e) => {
                self.expr(e);
            }
            ir::Stmt::Assign { lhs, rhs } => {
                // Go's two phases: the index and pointer operands on the
                // left and the values on the right, then the stores.
                let addrs: Vec<Option<Value>> = if lhs.len() > 1 {
                    lhs.iter().map(|p| if let Place::Mem(e) = p { Some(self.addr_of(e)) } else { None }).collect()
                } else {
                    vec![None]
                };
                let mut values: Vec<Vec<Value>> = rhs.iter().map(|e| self.expr(e)).collect();
                if lhs.len() > 1 {
                    // `a, b = b, a` with arrays: snapshot before storing.
                    for (value, e) in values.iter_mut().zip(rhs) {
                        if abi::is_memory(&e.ty) {
                            value[0] = self.copy_to_temp(value[0], &e.ty);
                        }
                    }
                }
                for (((place, value), e), addr) in lhs.iter().zip(values).zip(rhs).zip(addrs) {
                    match addr {
                        Some(addr) => self.store(addr, 0, &e.ty, &value),
                        None => self.store_place(place, &e.ty, &value),
                    }
                }
            }
            ir::Stmt::AssignResults { lhs, call } => {
                let mut values = self.expr(call).into_iter();
                let Type::Tuple(types) = &call.ty else { unreachable!("results of a multi-valued call") };
                for (place, ty) in lhs.iter().zip(types.iter()) {
                    let value: Vec<Value> = values.by_ref().take(abi::scalars(ty).len()).collect();
                    self.store_place(place, ty, &value);
                }
            }
            ir::Stmt::If { cond, then, else_ } => {
                let c = self.expr(cond)[0];
                let (then_block, else_block, join) =
                    (self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.b.ins().brif(c, then_block, &[], else_block, &[]);
                self.b.switch_to_block(then_block);
                self.stmts(then);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(else_block);
                self.stmts(else_);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(join);
            }
            ir::Stmt::Loop { id, cond, body, post } => {
                let (header, body_block, post_block, exit) =
                    (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.loops.insert(*id, (exit, post_block));
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(header);
                match cond {
                    Some(cond) => {
                        let c = self.expr(cond)[0];
                        self.b.ins().brif(c, body_block, &[], exit, &[]);
                    }
                    None => {
                        self.b.ins().jump(body_block, &[]);
                    }
                }
                self.b.switch_to_block(body_block);
                self.stmts(body);
                self.b.ins().jump(post_block, &[]);
                self.b.switch_to_block(post_block);
                self.stmts(post);
                self.b.ins().jump(header, &[]);
                self.b.switch_to_block(exit);
            }
            ir::Stmt::Switch { id, clauses } => self.switch(*id, clauses),
            ir::Stmt::Fallthrough => {
                let target = self.fallthrough.expect("fallthrough checked to end a clause");
                self.b.ins().jump(target, &[]);
                self.after_terminator();
            }
            ir::Stmt::Label(label) => {
                let block = self.label_block(*label);
                self.b.ins().jump(block, &[]);
                self.b.switch_to_block(block);
            }
            ir::Stmt::Goto(label) => {
                let block = self.label_block(*label);
                self.b.ins().jump(block, &[]);
                self.after_terminator();
            }
            ir::Stmt::Break(id) | ir::Stmt::Continue(id) => {
                let (exit, post) = self.loops[id];
                let target = if matches!(s, ir::Stmt::Break(_)) { exit } else { post };
                self.b.ins().jump(target, &[]);
                self.after_terminator();
            }
            ir::Stmt::Return(values) => {
                let values: Vec<Vec<Value>> = if values.is_empty() {
                    self.func.named_results.iter().map(|&r| self.load_local(r)).collect()
                } else {
                    values.iter().map(|v| self.expr(v)).collect()
                };
                self.return_values(values);
            }
            ir::Stmt::ReturnResults(call) => {
                let mut flat = self.expr(call).into_iter();
                let values =
                    self.func.results.iter().map(|ty| flat.by_ref().take(abi::scalars(ty).len()).collect()).collect();
                self.return_values(values);
            }
            ir::Stmt::Block(stmts) => self.stmts(stmts),
            ir::Stmt::Defer { closure, index, anchor: None } => {
                let closure = self.expr(closure)[0];
                self.defer(closure, *index);
            }
            ir::Stmt::Defer { closure, anchor: Some(anchor), .. } => {
                let closure = self.expr(closure)[0];
                let anchor = self.expr(anchor)[0];
                self.runtime_call(RtFunc::DeferProcAt, &[closure, anchor]);
            }
            ir::Stmt::MapRange { id, map, iter, body } => self.map_range(*id, map, *iter, body),
        }
    }

    /// Where `break` and `continue` of loop `id` go.
    pub(super) fn set_loop_targets(&mut self, id: LoopId, exit: Block, next: Block) {
        self.loops.insert(id, (exit, next));
    }

    fn label_block(&mut self, label: ir::LabelId) -> Block {
        *self.labels.entry(label).or_insert_with(|| self.b.create_block())
    }

    /// A chain of tests that branch to the clause bodies in order; the
    /// default body runs when no test holds.
    fn switch(&mut self, id: LoopId, clauses: &[ir::SwitchClause]) {
        let bodies: Vec<Block> = clauses.iter().map(|_| self.b.create_block()).collect();
        let exit = self.b.create_block();
        self.loops.insert(id, (exit, exit));
        for (clause, &body) in clauses.iter().zip(&bodies) {
            for cond in &clause.conds {
                let c = self.expr(cond)[0];
                let next = self.b.create_block();
                self.b.ins().brif(c, body, &[], next, &[]);
                self.b.switch_to_block(next);
            }
        }
        let default = clauses.iter().position(|c| c.is_default).map_or(exit, |i| bodies[i]);
        self.b.ins().jump(default, &[]);
        let saved = self.fallthrough;
        for (i, clause) in clauses.iter().enumerate() {
            self.b.switch_to_block(bodies[i]);
            self.fallthrough = bodies.get(i + 1).copied();
            self.stmts(&clause.body);
            self.b.ins().jump(exit, &[]);
        }
        self.fallthrough = saved;
        self.b.switch_to_block(exit);
    }

    /// Returns `values`; a function that defers runs its deferred calls,
    /// which may change named results but not values already evaluated.
    fn return_values(&mut self, mut values: Vec<Vec<Value>>) {
        if self.defer_state.is_some() {
            // The checker names every result of a function that defers.
            let named = &self.func.named_results;
            for (&r, value) in named.iter().zip(&values) {
                self.store_local(r, value);
            }
            self.run_defers();
            values = named.iter().map(|&r| self.load_local(r)).collect();
        }
        self.return_now(values);
    }

    /// Returns `values` with no deferred calls left to run: those that live
    /// in memory are copied to the caller's memory.
    fn return_now(&mut self, values: Vec<Vec<Value>>) {
        let mut returned = Vec::new();
        let mut result_ptrs = self.result_ptrs.clone().into_iter();
        let results = &self.func.results;
        for (i, (value, ty)) in values.into_iter().zip(results).enumerate() {
            if abi::result_in_memory(results, i) {
                let dst = result_ptrs.next().unwrap();
                self.store(dst, 0, ty, &value);
            } else {
                returned.extend(value);
            }
        }
        self.b.ins().return_(&returned);
        self.after_terminator();
    }

    /// A local's declaration is reached: an escaping local gets a new heap
    /// cell.
    fn declare(&mut self, local: ir::LocalId) {
        if let Storage::Memory(var) = self.storage[local] {
            if self.func.locals[local].escapes {
                let ty = self.func.locals[local].ty.clone();
                let cell = self.alloc(&ty);
                self.b.def_var(var, cell);
            }
        }
    }

    pub(super) fn store_place(&mut self, place: &Place, ty: &Type, value: &[Value]) {
        match place {
            Place::Blank => {}
            Place::Local(l) => self.store_local(*l, value),
            Place::Global(g) => {
                let addr = self.global_addr(*g);
                self.store(addr, 0, ty, value);
            }
            Place::Mem(e) => {
                let addr = self.addr_of(e);
                self.store(addr, 0, ty, value);
            }
            Place::MapEntry { map, key } => {
                let addr = self.map_entry(map, key);
                self.store(addr, 0, ty, value);
            }
        }
    }

    fn store_local(&mut self, local: ir::LocalId, value: &[Value]) {
        match self.storage[local].clone() {
            Storage::Vars(vars) => {
                for (var, &v) in vars.into_iter().zip(value) {
                    self.b.def_var(var, v);
                }
            }
            Storage::Memory(var) => {
                let addr = self.b.use_var(var);
                let ty = self.func.locals[local].ty.clone();
                self.store(addr, 0, &ty, value);
            }
        }
    }

    pub(super) fn load_local(&mut self, local: ir::LocalId) -> Vec<Value> {
        match self.storage[local].clone() {
            Storage::Vars(vars) => vars.into_iter().map(|var| self.b.use_var(var)).collect(),
            Storage::Memory(var) => {
                let addr = self.b.use_var(var);
                let ty = self.func.locals[local].ty.clone();
                self.load(addr, 0, &ty)
            }
        }
    }

    /// The address of a local that lives in memory.
    pub(super) fn local_addr(&mut self, local: ir::LocalId) -> Value {
        match self.storage[local] {
            Storage::Memory(var) => self.b.use_var(var),
            Storage::Vars(_) => unreachable!("the address of a local kept in registers"),
        }
    }

    pub(super) fn global_addr(&mut self, global: ir::GlobalId) -> Value {
        let gv = self.cx.module.declare_data_in_func(self.cx.globals[global], self.b.func);
        self.b.ins().symbol_value(types::I64, gv)
    }
}
