//! Calls of Go functions under rgoc's ABI (see `abi`): struct and array
//! arguments are passed as the address of a fresh copy, and results of
//! those types are written to temporaries whose addresses go first.

use super::abi;
use super::func::FuncLower;
use crate::ir;
use crate::types::ty::Type;
use cranelift_codegen::ir::{InstBuilder, Value};
use cranelift_module::Module;

impl FuncLower<'_, '_> {
    /// Calls `func` with arguments of the given types; returns the result
    /// values, flattened, for results of type `result` (a tuple for several).
    pub(super) fn call_func(
        &mut self,
        func: ir::FuncId,
        args: Vec<(Vec<Value>, Type)>,
        result: &Type,
    ) -> Vec<Value> {
        let results: Vec<Type> = match result {
            Type::Tuple(types) => types.to_vec(),
            single => vec![single.clone()],
        };
        let result_temps: Vec<Option<Value>> = results
            .iter()
            .map(|r| abi::is_memory(r).then(|| self.temp(r)))
            .collect();
        let mut flat: Vec<Value> = result_temps.iter().flatten().copied().collect();
        for (value, ty) in args {
            if abi::is_memory(&ty) {
                flat.push(self.copy_to_temp(value[0], &ty));
            } else {
                flat.extend(value);
            }
        }
        let callee = self
            .cx
            .module
            .declare_func_in_func(self.cx.funcs[func], self.b.func);
        let inst = self.b.ins().call(callee, &flat);
        let mut returned = self.b.inst_results(inst).to_vec().into_iter();
        let mut values = Vec::new();
        for (r, temp) in results.iter().zip(result_temps) {
            match temp {
                Some(temp) => values.push(temp),
                None => values.extend(returned.by_ref().take(abi::scalars(r).len())),
            }
        }
        values
    }

    /// The arguments of a call, each with its type; the values of one
    /// multi-valued call (`f(g())`) are split into its results.
    pub(super) fn call_args(&mut self, args: &[ir::Expr]) -> Vec<(Vec<Value>, Type)> {
        match args {
            [one] if matches!(one.ty, Type::Tuple(_)) => {
                let Type::Tuple(types) = &one.ty else {
                    unreachable!()
                };
                let mut flat = self.expr(one).into_iter();
                types
                    .iter()
                    .map(|t| {
                        (
                            flat.by_ref().take(abi::scalars(t).len()).collect(),
                            t.clone(),
                        )
                    })
                    .collect()
            }
            _ => args.iter().map(|a| (self.expr(a), a.ty.clone())).collect(),
        }
    }
}
