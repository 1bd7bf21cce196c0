//! `defer` in generated code (the runtime's side is rt/src/defer.rs).
//!
//! A function whose `defer` statements are open-coded (`ir::Func::
//! open_defers`) keeps a record in a stack slot: link, frame pointer,
//! slot count, bits, then one closure per statement. On entry it links the
//! record into `g.defers`; a `defer` stores its closure and sets its bit;
//! running the deferred calls tests the bits from the last statement to
//! the first, clearing each before calling the closure, then unlinks the
//! record. Any other function that defers notes `g.defers` on entry, pushes
//! a heap record per `defer` (`rgort_deferproc`) and calls
//! `rgort_deferreturn` with the noted head.
//!
//! Either way the calls that run deferred calls are protected like every
//! call of a function that defers (see `FuncLower::call_inst`): if one of
//! them panics and a later one recovers, the handler runs what is left.

use super::call::CallInst;
use super::func::FuncLower;
use super::runtime::RtFunc;
use crate::types::ty::Type;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, StackSlot, Value};

/// Offset of `defers` in the runtime's G.
const G_DEFERS: i32 = 24;
/// Offsets in a record (rt/src/defer.rs).
const RECORD_LINK: i32 = 0;
const RECORD_FRAME: i32 = 8;
const RECORD_KIND: i32 = 16;
const RECORD_BITS: i32 = 24;
const RECORD_CLOSURES: i32 = 32;

/// How a function that defers finds its deferred calls.
#[derive(Clone, Copy)]
pub(super) enum DeferState {
    /// Open-coded: the record in this slot.
    Open(StackSlot),
    /// Heap records: the chain's head on entry.
    Heap(Value),
}

impl FuncLower<'_, '_> {
    /// On entry to a function that defers: links its record, or notes the
    /// chain's head.
    pub(super) fn defer_prologue(&mut self) -> DeferState {
        let g = self.b.ins().get_pinned_reg(types::I64);
        let head = self.b.ins().load(types::I64, MemFlagsData::trusted(), g, G_DEFERS);
        let slots = self.func.open_defers;
        if slots == 0 {
            return DeferState::Heap(head);
        }
        let size = RECORD_CLOSURES as u32 + 8 * slots as u32;
        let closures = (0..slots as u32).map(|i| RECORD_CLOSURES as u32 + 8 * i);
        let slot = self.frame_slot(size, 3, [RECORD_LINK as u32].into_iter().chain(closures).collect());
        let record = self.b.ins().stack_addr(types::I64, slot, 0);
        let frame = self.b.ins().get_frame_pointer(types::I64);
        let kind = self.b.ins().iconst(types::I64, slots as i64);
        let no_bits = self.b.ins().iconst(types::I64, 0);
        for (value, offset) in [(head, RECORD_LINK), (frame, RECORD_FRAME), (kind, RECORD_KIND), (no_bits, RECORD_BITS)]
        {
            self.b.ins().store(MemFlagsData::trusted(), value, record, offset);
        }
        self.b.ins().store(MemFlagsData::trusted(), record, g, G_DEFERS);
        DeferState::Open(slot)
    }

    /// `defer` of `closure`, the function's `index`th `defer` statement.
    pub(super) fn defer(&mut self, closure: Value, index: usize) {
        match self.defer_state.expect("a function that defers") {
            DeferState::Open(slot) => {
                let record = self.b.ins().stack_addr(types::I64, slot, 0);
                let at = RECORD_CLOSURES + 8 * index as i32;
                self.b.ins().store(MemFlagsData::trusted(), closure, record, at);
                let bits = self.b.ins().load(types::I64, MemFlagsData::trusted(), record, RECORD_BITS);
                let bits = self.b.ins().bor_imm_s(bits, 1 << index);
                self.b.ins().store(MemFlagsData::trusted(), bits, record, RECORD_BITS);
            }
            DeferState::Heap(_) => {
                let frame = self.b.ins().get_frame_pointer(types::I64);
                self.runtime_call(RtFunc::DeferProc, &[closure, frame]);
            }
        }
    }

    /// Runs the deferred calls left, at a return or in the handler.
    pub(super) fn run_defers(&mut self) {
        match self.defer_state.expect("a function that defers") {
            DeferState::Heap(head) => {
                self.runtime_call(RtFunc::DeferReturn, &[head]);
            }
            DeferState::Open(slot) => {
                for index in (0..self.func.open_defers).rev() {
                    let record = self.b.ins().stack_addr(types::I64, slot, 0);
                    let bits = self.b.ins().load(types::I64, MemFlagsData::trusted(), record, RECORD_BITS);
                    let set = self.b.ins().band_imm_s(bits, 1 << index);
                    let set = self.b.ins().icmp_imm_s(IntCC::NotEqual, set, 0);
                    let (call, next) = (self.b.create_block(), self.b.create_block());
                    self.b.ins().brif(set, call, &[], next, &[]);
                    self.b.switch_to_block(call);
                    let cleared = self.b.ins().band_imm_s(bits, !(1 << index));
                    self.b.ins().store(MemFlagsData::trusted(), cleared, record, RECORD_BITS);
                    let at = RECORD_CLOSURES + 8 * index as i32;
                    let closure = self.b.ins().load(types::I64, MemFlagsData::trusted(), record, at);
                    let code = self.b.ins().load(types::I64, MemFlagsData::trusted(), closure, 0);
                    let sig = self.b.import_signature(super::abi::go_signature(&[], &[] as &[Type]));
                    self.call_inst(CallInst::Indirect(sig, code), &[closure]);
                    self.b.ins().jump(next, &[]);
                    self.b.switch_to_block(next);
                }
                let record = self.b.ins().stack_addr(types::I64, slot, 0);
                let link = self.b.ins().load(types::I64, MemFlagsData::trusted(), record, RECORD_LINK);
                let g = self.b.ins().get_pinned_reg(types::I64);
                self.b.ins().store(MemFlagsData::trusted(), link, g, G_DEFERS);
            }
        }
    }
}
