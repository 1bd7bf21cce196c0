//! Values in memory: typed loads and stores (a struct or array is copied
//! byte for byte, other values scalar by scalar), stack temporaries, heap
//! allocation through the runtime, and nil checks.

use super::abi;
use super::func::FuncLower;
use super::runtime::RtFunc;
use crate::ir;
use crate::types::layout;
use crate::types::ty::Type;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};
use cranelift_module::Module;

impl FuncLower<'_, '_> {
    /// The value of type `ty` at `addr + offset`. A struct or array is not
    /// copied: its value is its address.
    pub(super) fn load(&mut self, addr: Value, offset: i32, ty: &Type) -> Vec<Value> {
        if abi::is_memory(ty) {
            return vec![self.offset_addr(addr, offset)];
        }
        abi::scalar_offsets(ty)
            .into_iter()
            .map(|(t, at)| self.b.ins().load(t, MemFlagsData::trusted(), addr, offset + at))
            .collect()
    }

    /// Stores `value` of type `ty` at `addr + offset`.
    pub(super) fn store(&mut self, addr: Value, offset: i32, ty: &Type, value: &[Value]) {
        if abi::is_memory(ty) {
            let dst = self.offset_addr(addr, offset);
            self.copy_mem(dst, value[0], ty);
            return;
        }
        for ((_, at), &v) in abi::scalar_offsets(ty).iter().zip(value) {
            self.b.ins().store(MemFlagsData::trusted(), v, addr, offset + at);
        }
    }

    pub(super) fn offset_addr(&mut self, addr: Value, offset: i32) -> Value {
        if offset == 0 {
            addr
        } else {
            self.b.ins().iadd_imm_s(addr, offset as i64)
        }
    }

    /// Copies a value of type `ty` from `src` to `dst`; they may overlap.
    pub(super) fn copy_mem(&mut self, dst: Value, src: Value, ty: &Type) {
        let size = layout::size_of(ty);
        let align = layout::align_of(ty).min(8) as u8;
        let config = self.cx.module.isa().frontend_config();
        self.b.emit_small_memory_copy(config, dst, src, size, align, align, false, MemFlagsData::trusted());
    }

    pub(super) fn zero_mem(&mut self, addr: Value, ty: &Type) {
        let size = layout::size_of(ty);
        let align = layout::align_of(ty).min(8) as u8;
        let config = self.cx.module.isa().frontend_config();
        self.b.emit_small_memset(config, addr, 0, size, align, MemFlagsData::trusted());
    }

    /// The address of a new stack slot for a value of type `ty`, live for
    /// the rest of the function.
    pub(super) fn temp(&mut self, ty: &Type) -> Value {
        let slot = self.typed_slot(ty);
        self.b.ins().stack_addr(types::I64, slot, 0)
    }

    /// A copy of a struct or array value in a new temporary.
    pub(super) fn copy_to_temp(&mut self, value: Value, ty: &Type) -> Value {
        let temp = self.temp(ty);
        self.copy_mem(temp, value, ty);
        temp
    }

    /// A zeroed heap object of `size` bytes of no particular type, which
    /// the collector scans word by word (closures).
    pub(super) fn alloc_bytes(&mut self, size: Value) -> Value {
        let no_type = self.b.ins().iconst(types::I64, 0);
        self.alloc_typed(size, no_type)
    }

    /// `size` zeroed bytes on the heap for values of type `typ` (a
    /// descriptor address): the collector scans them by the type. The
    /// address is declared for the stack maps: code that fills the object
    /// may call (and collect) before the object is reachable otherwise.
    fn alloc_typed(&mut self, size: Value, typ: Value) -> Value {
        let zeroed = self.b.ins().iconst(types::I64, 1);
        let object = self.runtime_call(RtFunc::Mallocgc, &[size, typ, zeroed])[0];
        self.b.declare_value_needs_stack_map(object);
        object
    }

    /// A zeroed heap object for a value of type `ty`.
    pub(super) fn alloc(&mut self, ty: &Type) -> Value {
        let size = self.b.ins().iconst(types::I64, layout::size_of(ty) as i64);
        let typ = self.type_desc_addr(ty);
        self.alloc_typed(size, typ)
    }

    /// A zeroed object of type `ty` for allocation site `site`: in the
    /// frame if the escape analysis found it does not outlive it (a slot
    /// per site, cleared each time), else on the heap.
    pub(super) fn new_object(&mut self, ty: &Type, site: Option<&ir::Site>) -> Value {
        if site.is_some_and(|s| s.in_frame.get()) {
            let object = self.temp(ty);
            self.zero_mem(object, ty);
            object
        } else {
            self.alloc(ty)
        }
    }

    /// A zeroed heap array of `len` values of type `elem`.
    pub(super) fn alloc_array(&mut self, elem: &Type, len: u64) -> Value {
        let size = self.b.ins().iconst(types::I64, (len * layout::size_of(elem)) as i64);
        let typ = self.type_desc_addr(elem);
        self.alloc_typed(size, typ)
    }

    /// Panics with Go's nil dereference error if `p` is nil.
    pub(super) fn nil_check(&mut self, p: Value) {
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
        self.cold_call_if(is_nil, RtFunc::PanicNil, &[]);
    }
}
