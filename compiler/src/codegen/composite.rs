//! Composite literals and zero values.

use super::abi;
use super::func::FuncLower;
use crate::ir;
use crate::types::layout;
use crate::types::ty::Type;
use cranelift_codegen::ir::{types, InstBuilder, Value};

impl FuncLower<'_, '_> {
    /// A struct or array literal, built in a new temporary.
    pub(super) fn composite(&mut self, elems: &[(u64, ir::Expr)], ty: &Type) -> Vec<Value> {
        let temp = self.temp(ty);
        self.zero_mem(temp, ty);
        self.fill(temp, elems);
        vec![temp]
    }

    /// `&T{...}`: a new object for the literal, in the frame if the escape
    /// analysis found it does not outlive it.
    pub(super) fn new_composite(&mut self, elems: &[(u64, ir::Expr)], ty: &Type, site: Option<&ir::Site>) -> Value {
        let object = self.new_object(ty, site);
        self.fill(object, elems);
        object
    }

    /// Stores each element at its offset from `base`.
    fn fill(&mut self, base: Value, elems: &[(u64, ir::Expr)]) {
        for (offset, e) in elems {
            let value = self.expr(e);
            self.store(base, *offset as i32, &e.ty, &value);
        }
    }

    /// `[]T{...}`: a new backing array on the heap.
    pub(super) fn slice_literal(
        &mut self,
        len: u64,
        elems: &[(u64, ir::Expr)],
        ty: &Type,
        site: &ir::Site,
    ) -> Vec<Value> {
        let Type::Slice(elem) = ty.underlying() else { unreachable!("slice literal of type {ty}") };
        let array = if site.in_frame.get() {
            self.new_object(&Type::Array(len, elem.clone()), Some(site))
        } else {
            self.alloc_array(&elem, len)
        };
        let size = layout::size_of(&elem);
        for (index, e) in elems {
            let value = self.expr(e);
            self.store(array, (index * size) as i32, &e.ty, &value);
        }
        let len = self.b.ins().iconst(types::I64, len as i64);
        vec![array, len, len]
    }

    pub(super) fn zero_value(&mut self, ty: &Type) -> Vec<Value> {
        if abi::is_memory(ty) {
            let temp = self.temp(ty);
            self.zero_mem(temp, ty);
            vec![temp]
        } else {
            self.zero(ty)
        }
    }
}
