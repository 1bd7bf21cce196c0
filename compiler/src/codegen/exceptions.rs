//! The tables of code addresses that the runtime's panic machinery reads.
//!
//! `rgo_wrapper_table` lists the wrappers (`ir::Func::wrapper`), which
//! `recover` looks through: `n u64`, then n entries of 16 bytes, the
//! function's address and the size of its code.
//!
//! The exception table lists every `try_call` site of the functions that
//! defer, for the unwinder (rt/src/unwind.rs). It is the data symbol
//! `rgo_exception_table`:
//!
//! ```text
//! n u64, then n entries of 24 bytes:
//!   func u64 (address)   ret u32   handler u32   frame_offset u32   pad u32
//! ```
//!
//! `ret` and `handler` are offsets from the function's start; the stack
//! pointer at the call is the frame pointer minus `frame_offset`.

use super::ModuleCx;
use cranelift_codegen::{Context, FinalizedMachExceptionHandler};
use cranelift_module::{DataDescription, FuncId, Linkage, Module};

/// A `try_call` site.
pub(super) struct CallSite {
    func: FuncId,
    ret: u32,
    handler: u32,
    frame_offset: u32,
}

const ENTRY_SIZE: usize = 24;

impl ModuleCx {
    /// Records the `try_call` sites of function `id`, just compiled in `ctx`.
    pub(super) fn record_call_sites(&mut self, id: FuncId, ctx: &Context, name: &str) -> Result<(), String> {
        let Some(code) = ctx.compiled_code() else { return Ok(()) };
        for site in code.buffer.call_sites() {
            for handler in site.exception_handlers {
                if let FinalizedMachExceptionHandler::Default(handler) = *handler {
                    let frame_offset =
                        site.frame_offset.ok_or_else(|| format!("no frame offset for a call in {name}"))?;
                    self.call_sites.push(CallSite { func: id, ret: site.ret_addr, handler, frame_offset });
                }
            }
        }
        Ok(())
    }

    /// Defines `rgo_exception_table` from the sites recorded.
    pub(super) fn define_exception_table(&mut self) -> Result<(), String> {
        let id = self
            .module
            .declare_data("rgo_exception_table", Linkage::Export, false, false)
            .map_err(|e| e.to_string())?;
        let mut bytes = (self.call_sites.len() as u64).to_le_bytes().to_vec();
        for site in &self.call_sites {
            bytes.extend([0; 8]);
            for word in [site.ret, site.handler, site.frame_offset, 0] {
                bytes.extend(word.to_le_bytes());
            }
        }
        let mut data = DataDescription::new();
        data.define(bytes.into_boxed_slice());
        data.set_align(8);
        for (i, site) in self.call_sites.iter().enumerate() {
            let fref = self.module.declare_func_in_data(site.func, &mut data);
            data.write_function_addr((8 + ENTRY_SIZE * i) as u32, fref);
        }
        self.module.define_data(id, &data).map_err(|e| e.to_string())
    }

    /// Defines `rgo_wrapper_table` from the wrappers compiled.
    pub(super) fn define_wrapper_table(&mut self) -> Result<(), String> {
        let id =
            self.module.declare_data("rgo_wrapper_table", Linkage::Export, false, false).map_err(|e| e.to_string())?;
        let mut bytes = (self.wrappers.len() as u64).to_le_bytes().to_vec();
        for &(_, size) in &self.wrappers {
            bytes.extend([0; 8]);
            bytes.extend((size as u64).to_le_bytes());
        }
        let mut data = DataDescription::new();
        data.define(bytes.into_boxed_slice());
        data.set_align(8);
        for (i, &(func, _)) in self.wrappers.iter().enumerate() {
            let fref = self.module.declare_func_in_data(func, &mut data);
            data.write_function_addr((8 + 16 * i) as u32, fref);
        }
        self.module.define_data(id, &data).map_err(|e| e.to_string())
    }
}
