//! Lowering of one function: the prologue's stack check, locals as
//! Cranelift variables (one per scalar), and statements.

use super::abi;
use super::runtime::RtFunc;
use super::ModuleCx;
use crate::ir::{self, LoopId, Place};
use crate::types::ty::Type;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, Block, Function, InstBuilder, MemFlagsData, TrapCode, UserFuncName, Value,
};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module;
use std::collections::HashMap;

/// Offset of `stackguard0` in the runtime's G.
const G_STACKGUARD: i32 = 0;

/// The trap that ends blocks control never reaches.
pub(super) const UNREACHABLE: TrapCode = TrapCode::unwrap_user(1);

pub(super) struct FuncLower<'a, 'b> {
    pub cx: &'a mut ModuleCx,
    pub b: FunctionBuilder<'b>,
    pub func: &'a ir::Func,
    /// The variables holding each local's scalars.
    vars: Vec<Vec<Variable>>,
    /// Where `break` and `continue` of each loop go.
    loops: HashMap<LoopId, (Block, Block)>,
}

pub(super) fn lower(
    cx: &mut ModuleCx,
    ctx: &mut Context,
    fb_ctx: &mut FunctionBuilderContext,
    func: &ir::Func,
    index: usize,
) -> Result<(), String> {
    let id = cx.funcs[index];
    let sig = cx
        .module
        .declarations()
        .get_function_decl(id)
        .signature
        .clone();
    ctx.func = Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
    let b = FunctionBuilder::new(&mut ctx.func, fb_ctx);
    let mut lower = FuncLower {
        cx,
        b,
        func,
        vars: Vec::new(),
        loops: HashMap::new(),
    };
    lower.body();
    lower.b.seal_all_blocks();
    let config = lower.cx.module.isa().frontend_config();
    lower.b.finalize(config);
    cx.define(id, ctx, &func.symbol)
}

impl FuncLower<'_, '_> {
    fn body(&mut self) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        self.stack_check();
        for local in &self.func.locals {
            let vars = abi::scalars(&local.ty)
                .into_iter()
                .map(|t| self.b.declare_var(t))
                .collect();
            self.vars.push(vars);
        }
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        let mut params = params.into_iter();
        for &p in &self.func.params {
            for var in self.vars[p].clone() {
                self.b.def_var(var, params.next().expect("parameter count"));
            }
        }
        for &r in &self.func.named_results {
            let ty = self.func.locals[r].ty.clone();
            let zero = self.zero(&ty);
            self.store_local(r, &zero);
        }
        self.stmts(&self.func.body);
        // Every path has returned: what follows is unreachable.
        self.b.ins().trap(UNREACHABLE);
    }

    /// `if sp < g.stackguard0 { rgort_morestack() }`
    fn stack_check(&mut self) {
        let g = self.b.ins().get_pinned_reg(types::I64);
        let guard = self
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), g, G_STACKGUARD);
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
        let callee = self.cx.runtime_ref(rt, self.b.func);
        self.b.ins().call(callee, args);
        self.b.ins().trap(UNREACHABLE);
        self.b.switch_to_block(next);
    }

    /// Continues in a fresh block after a jump or return; code placed there
    /// is unreachable and removed.
    fn after_terminator(&mut self) {
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
    }

    fn stmts(&mut self, stmts: &[ir::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &ir::Stmt) {
        match s {
            ir::Stmt::Eval(e) => {
                self.expr(e);
            }
            ir::Stmt::Assign { lhs, rhs } => {
                let values: Vec<Vec<Value>> = rhs.iter().map(|e| self.expr(e)).collect();
                for ((place, value), e) in lhs.iter().zip(values).zip(rhs) {
                    self.store(place, &e.ty, &value);
                }
            }
            ir::Stmt::AssignResults { lhs, call } => {
                let mut values = self.expr(call).into_iter();
                let Type::Tuple(types) = &call.ty else {
                    unreachable!("results of a multi-valued call")
                };
                for (place, ty) in lhs.iter().zip(types.iter()) {
                    let value: Vec<Value> = values.by_ref().take(abi::scalars(ty).len()).collect();
                    self.store(place, ty, &value);
                }
            }
            ir::Stmt::If { cond, then, else_ } => {
                let c = self.expr(cond)[0];
                let (then_block, else_block, join) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
                self.b.ins().brif(c, then_block, &[], else_block, &[]);
                self.b.switch_to_block(then_block);
                self.stmts(then);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(else_block);
                self.stmts(else_);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(join);
            }
            ir::Stmt::Loop {
                id,
                cond,
                body,
                post,
            } => {
                let (header, body_block, post_block, exit) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
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
            ir::Stmt::Break(id) | ir::Stmt::Continue(id) => {
                let (exit, post) = self.loops[id];
                let target = if matches!(s, ir::Stmt::Break(_)) {
                    exit
                } else {
                    post
                };
                self.b.ins().jump(target, &[]);
                self.after_terminator();
            }
            ir::Stmt::Return(values) => {
                let mut flat = Vec::new();
                if values.is_empty() {
                    for &r in &self.func.named_results {
                        flat.extend(self.load_local(r));
                    }
                }
                for v in values {
                    flat.extend(self.expr(v));
                }
                self.b.ins().return_(&flat);
                self.after_terminator();
            }
            ir::Stmt::ReturnResults(call) => {
                let flat = self.expr(call);
                self.b.ins().return_(&flat);
                self.after_terminator();
            }
            ir::Stmt::Block(stmts) => self.stmts(stmts),
        }
    }

    fn store(&mut self, place: &Place, ty: &Type, value: &[Value]) {
        match place {
            Place::Blank => {}
            Place::Local(l) => self.store_local(*l, value),
            Place::Global(g) => {
                let addr = self.global_addr(*g);
                for ((_, offset), &v) in abi::scalar_offsets(ty).iter().zip(value) {
                    self.b
                        .ins()
                        .store(MemFlagsData::trusted(), v, addr, *offset);
                }
            }
        }
    }

    fn store_local(&mut self, local: ir::LocalId, value: &[Value]) {
        for (var, &v) in self.vars[local].clone().into_iter().zip(value) {
            self.b.def_var(var, v);
        }
    }

    pub(super) fn load_local(&mut self, local: ir::LocalId) -> Vec<Value> {
        self.vars[local]
            .clone()
            .into_iter()
            .map(|var| self.b.use_var(var))
            .collect()
    }

    pub(super) fn global_addr(&mut self, global: ir::GlobalId) -> Value {
        let gv = self
            .cx
            .module
            .declare_data_in_func(self.cx.globals[global], self.b.func);
        self.b.ins().symbol_value(types::I64, gv)
    }
}
