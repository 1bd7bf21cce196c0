//! Calls of Go functions under rgoc's ABI (see `abi`): the closure context
//! goes first, struct and array arguments are passed as the address of a
//! fresh copy, and results of those types are written to temporaries whose
//! addresses follow the context. Function values and closures are made
//! here too.

use super::abi;
use super::func::FuncLower;
use crate::ir;
use crate::types::ty::Type;
use cranelift_codegen::ir::{
    types, Block, BlockArg, ExceptionTableData, ExceptionTableItem, FuncRef, InstBuilder, MemFlagsData, SigRef, Value,
};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::{DataDescription, Module};

/// The instruction that makes a call.
pub(super) enum CallInst {
    Direct(FuncRef),
    Indirect(SigRef, Value),
}

/// What a call calls.
pub(super) enum Callee {
    Direct(ir::FuncId),
    /// A function value: the address of its closure object.
    Value(Value),
    /// A code address called without a closure (an itab function).
    Code(Value),
}

impl FuncLower<'_, '_> {
    /// Calls `callee` with arguments of the given types; returns the result
    /// values, flattened, for results of type `result` (a tuple for several).
    pub(super) fn call_func(&mut self, callee: Callee, args: Vec<(Vec<Value>, Type)>, result: &Type) -> Vec<Value> {
        let results: Vec<Type> = match result {
            Type::Tuple(types) => types.to_vec(),
            single => vec![single.clone()],
        };
        let result_temps: Vec<Option<Value>> =
            (0..results.len()).map(|i| abi::result_in_memory(&results, i).then(|| self.temp(&results[i]))).collect();
        let context = match callee {
            Callee::Direct(_) | Callee::Code(_) => self.b.ins().iconst(types::I64, 0),
            Callee::Value(closure) => closure,
        };
        let mut flat = vec![context];
        flat.extend(result_temps.iter().flatten().copied());
        let param_types: Vec<Type> = args.iter().map(|(_, t)| t.clone()).collect();
        for (value, ty) in args {
            if abi::is_memory(&ty) {
                flat.push(self.copy_to_temp(value[0], &ty));
            } else {
                flat.extend(value);
            }
        }
        let inst = match callee {
            Callee::Direct(func) => {
                CallInst::Direct(self.cx.module.declare_func_in_func(self.cx.funcs[func], self.b.func))
            }
            Callee::Value(closure) => {
                let code = self.b.ins().load(types::I64, MemFlagsData::trusted(), closure, 0);
                CallInst::Indirect(self.b.import_signature(abi::go_signature(&param_types, &results)), code)
            }
            Callee::Code(code) => {
                CallInst::Indirect(self.b.import_signature(abi::go_signature(&param_types, &results)), code)
            }
        };
        let mut returned = self.call_inst(inst, &flat).into_iter();
        let mut values = Vec::new();
        for (r, temp) in results.iter().zip(result_temps) {
            match temp {
                Some(temp) => values.extend(self.load(temp, 0, r)),
                None => values.extend(returned.by_ref().take(abi::scalars(r).len())),
            }
        }
        values
    }

    /// Makes a call and returns its results. In a function that defers it
    /// is a `try_call` whose exceptional edge goes to the function's
    /// handler, where the runtime resumes when a deferred call recovers a
    /// panic (see `FuncLower::recovered`).
    pub(super) fn call_inst(&mut self, callee: CallInst, args: &[Value]) -> Vec<Value> {
        let Some(handler) = self.handler else {
            let inst = match callee {
                CallInst::Direct(f) => self.b.ins().call(f, args),
                CallInst::Indirect(sig, code) => self.b.ins().call_indirect(sig, code, args),
            };
            return self.b.inst_results(inst).to_vec();
        };
        try_call(&mut self.b, callee, args, Some(handler))
    }

    /// The arguments of a call, each with its type; a multi-valued call
    /// among them (`f(g())`, or `x.M(g())` after the receiver) is split
    /// into its results.
    pub(super) fn call_args(&mut self, args: &[ir::Expr]) -> Vec<(Vec<Value>, Type)> {
        let mut result = Vec::new();
        for a in args {
            let mut flat = self.expr(a).into_iter();
            match &a.ty {
                Type::Tuple(types) => {
                    for t in types.iter() {
                        result.push((flat.by_ref().take(abi::scalars(t).len()).collect(), t.clone()));
                    }
                }
                t => result.push((flat.collect(), t.clone())),
            }
        }
        result
    }

    /// A top-level function as a value: a read-only closure object that
    /// holds only the code address (one per function).
    pub(super) fn func_value(&mut self, func: ir::FuncId) -> Value {
        let data = match self.cx.func_values.get(&func) {
            Some(&data) => data,
            None => {
                let data = self.cx.module.declare_anonymous_data(false, false).expect("anonymous data");
                let mut desc = DataDescription::new();
                desc.define(Box::new([0u8; 8]));
                desc.set_align(8);
                let fref = self.cx.module.declare_func_in_data(self.cx.funcs[func], &mut desc);
                desc.write_function_addr(0, fref);
                self.cx.module.define_data(data, &desc).expect("function value defined once");
                self.cx.func_values.insert(func, data);
                data
            }
        };
        let gv = self.cx.module.declare_data_in_func(data, self.b.func);
        self.b.ins().symbol_value(types::I64, gv)
    }

    /// A new closure object for the function literal `func`: the code
    /// address, then the address of each captured variable's cell.
    pub(super) fn closure(&mut self, func: ir::FuncId, captures: &[ir::LocalId], in_frame: bool) -> Value {
        let cells: Vec<Value> = captures.iter().map(|&local| self.local_addr(local)).collect();
        self.closure_over(func, &cells, in_frame)
    }

    /// A new closure object for `func` holding the addresses `cells`, in
    /// the frame if `in_frame`, else on the heap.
    pub(super) fn closure_over(&mut self, func: ir::FuncId, cells: &[Value], in_frame: bool) -> Value {
        let size = 8 * (1 + cells.len() as u32);
        let object = if in_frame {
            let slot = self.frame_slot(size, 3, (1..=cells.len() as u32).map(|i| 8 * i).collect());
            self.b.ins().stack_addr(types::I64, slot, 0)
        } else {
            let size = self.b.ins().iconst(types::I64, size as i64);
            self.alloc_bytes(size)
        };
        let fref = self.cx.module.declare_func_in_func(self.cx.funcs[func], self.b.func);
        let code = self.b.ins().func_addr(types::I64, fref);
        self.b.ins().store(MemFlagsData::trusted(), code, object, 0);
        for (i, &cell) in cells.iter().enumerate() {
            self.b.ins().store(MemFlagsData::trusted(), cell, object, 8 * (1 + i as i32));
        }
        object
    }
}

/// A `try_call` whose exceptional edge goes to `handler`, then its results.
/// With no handler it only clobbers every register (see `trampoline`).
pub(super) fn try_call(
    b: &mut FunctionBuilder,
    callee: CallInst,
    args: &[Value],
    handler: Option<Block>,
) -> Vec<Value> {
    let sig = match callee {
        CallInst::Direct(f) => b.func.dfg.ext_funcs[f].signature,
        CallInst::Indirect(sig, _) => sig,
    };
    let returns: Vec<types::Type> = b.func.dfg.signatures[sig].returns.iter().map(|r| r.value_type).collect();
    let normal = b.create_block();
    let results: Vec<Value> = returns.iter().map(|&t| b.append_block_param(normal, t)).collect();
    let returned: Vec<BlockArg> = (0..returns.len() as u32).map(BlockArg::TryCallRet).collect();
    let normal_call = b.func.dfg.block_call(normal, &returned);
    let handlers: Vec<ExceptionTableItem> =
        handler.map(|h| ExceptionTableItem::Default(b.func.dfg.block_call(h, &[]))).into_iter().collect();
    let table = b.func.dfg.exception_tables.push(ExceptionTableData::new(sig, normal_call, handlers));
    match callee {
        CallInst::Direct(f) => b.ins().try_call(f, args, table),
        CallInst::Indirect(_, code) => b.ins().try_call_indirect(code, args, table),
    };
    b.switch_to_block(normal);
    results
}
