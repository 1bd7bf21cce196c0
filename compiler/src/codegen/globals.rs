//! Package-level variables, and the table through which the collector
//! finds the pointers they hold.
//!
//! `rgo_global_roots`: `n u64`, then n entries of 16 bytes, one per
//! variable that may hold pointers: its address (u64), its size in words
//! (u32) and the offset from the table's start of its pointer bitmap (u32,
//! bit i set if word i may hold a pointer). The bitmaps follow the entries.

use super::typedesc::pointer_bitmap;
use super::ModuleCx;
use crate::ir;
use crate::types::layout;
use cranelift_module::{DataDescription, DataId, Linkage, Module};
use cranelift_object::ObjectModule;

/// Declares and defines each global of `program`, zeroed. Those of size
/// zero are all at the runtime's `zerobase`, as in gc.
pub(super) fn define_globals(module: &mut ObjectModule, program: &ir::Program) -> Result<Vec<DataId>, String> {
    let mut globals = Vec::new();
    for global in &program.globals {
        if layout::size_of(&global.ty) == 0 {
            globals
                .push(module.declare_data("rgort_zerobase", Linkage::Import, false, false).map_err(|e| e.to_string())?);
            continue;
        }
        let id = module.declare_data(&global.symbol, Linkage::Local, true, false).map_err(|e| e.to_string())?;
        let mut data = DataDescription::new();
        data.define_zeroinit(layout::size_of(&global.ty).max(1) as usize);
        data.set_align(8);
        module.define_data(id, &data).map_err(|e| e.to_string())?;
        globals.push(id);
    }
    Ok(globals)
}

impl ModuleCx {
    /// Defines `rgo_global_roots` for the globals of `program`.
    pub(super) fn define_global_roots(&mut self, program: &ir::Program) -> Result<(), String> {
        let roots: Vec<(DataId, Vec<u8>)> = program
            .globals
            .iter()
            .zip(&self.globals)
            .map(|(global, &id)| (id, pointer_bitmap(&global.ty)))
            .filter(|(_, bitmap)| !bitmap.is_empty())
            .collect();
        let mut bytes = (roots.len() as u64).to_le_bytes().to_vec();
        let mut bitmaps: Vec<u8> = Vec::new();
        let bitmaps_start = 8 + 16 * roots.len();
        for (_, bitmap) in &roots {
            bytes.extend([0; 8]);
            bytes.extend((bitmap.len() as u32 * 8).to_le_bytes());
            bytes.extend(((bitmaps_start + bitmaps.len()) as u32).to_le_bytes());
            bitmaps.extend(bitmap);
        }
        bytes.extend(bitmaps);
        let mut data = DataDescription::new();
        data.define(bytes.into_boxed_slice());
        data.set_align(8);
        for (i, &(global, _)) in roots.iter().enumerate() {
            let gv = self.module.declare_data_in_data(global, &mut data);
            data.write_data_addr((8 + 16 * i) as u32, gv, 0);
        }
        let id =
            self.module.declare_data("rgo_global_roots", Linkage::Export, false, false).map_err(|e| e.to_string())?;
        self.module.define_data(id, &data).map_err(|e| e.to_string())
    }
}
