//! Stack maps: where the collector finds the pointers of a Go frame that is
//! stopped at a call.
//!
//! Cranelift spills the values and variables declared as needing a stack
//! map (those that may point into the heap) when they are live across a
//! call, and lists their slots in the call's stack map. Memory in the frame
//! that may hold pointers (struct and array values, objects the escape
//! analysis keeps in the frame, closures, the open-coded defer record) is
//! added to the map of every call, and its pointer words are zeroed on
//! entry, so a call made before such a slot is written shows no stale
//! pointer to the collector.

use super::func::FuncLower;
use super::typedesc::pointer_offsets;
use crate::types::layout;
use crate::types::ty::Type;
use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::{types, Function, InstBuilder, StackSlot, StackSlotData, StackSlotKind, UserStackMapEntry};

/// A stack slot and the byte offsets of its words that may hold pointers.
pub(super) struct PointerSlot {
    slot: StackSlot,
    offsets: Vec<u32>,
}

impl FuncLower<'_, '_> {
    /// A new stack slot of `size` bytes, aligned to `1 << align_shift`,
    /// whose words at `pointer_offsets` may hold pointers.
    pub(super) fn frame_slot(&mut self, size: u32, align_shift: u8, offsets: Vec<u32>) -> StackSlot {
        self.frame_bytes += u64::from(size);
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size, align_shift));
        if !offsets.is_empty() {
            self.pointer_slots.push(PointerSlot { slot, offsets });
        }
        slot
    }

    /// A new stack slot for a value of type `ty`.
    pub(super) fn typed_slot(&mut self, ty: &Type) -> StackSlot {
        let size = layout::size_of(ty).max(1);
        let align_shift = layout::align_of(ty).trailing_zeros() as u8;
        match u32::try_from(size) {
            Ok(size) => self.frame_slot(size, align_shift, pointer_offsets(ty)),
            // Too large for any frame: the function is refused once lowered.
            Err(_) => {
                self.frame_bytes += size;
                self.frame_slot(1, align_shift, Vec::new())
            }
        }
    }
}

/// Adds the pointer words of `slots` to the stack map of every call in
/// `func`, and zeroes them on entry. Runs after the frontend has added the
/// values it spills.
pub(super) fn add_pointer_slots(func: &mut Function, slots: &[PointerSlot]) {
    if slots.is_empty() {
        return;
    }
    let entry = func.layout.entry_block().expect("a function has an entry block");
    let mut pos = FuncCursor::new(func).at_first_insertion_point(entry);
    let zero = pos.ins().iconst(types::I64, 0);
    for s in slots {
        for &offset in &s.offsets {
            pos.ins().stack_store(types::I64, zero, s.slot, offset as i32);
        }
    }
    let mut calls = Vec::new();
    for block in func.layout.blocks() {
        calls.extend(func.layout.block_insts(block).filter(|&inst| func.dfg.insts[inst].opcode().is_safepoint()));
    }
    for inst in calls {
        for s in slots {
            for &offset in &s.offsets {
                func.dfg.append_user_stack_map_entry(inst, UserStackMapEntry { ty: types::I64, slot: s.slot, offset });
            }
        }
    }
}
