//! The tables of code addresses that the runtime reads.
//!
//! `rgo_call_sites` lists every call in compiled code, for the unwinder
//! (rt/src/unwind.rs) and the collector's stack scan (rt/src/gc/stack.rs),
//! which look it up by return address:
//!
//! ```text
//! n u64, then n entries of 24 bytes:
//!   func u64 (address)   ret u32   frame_offset u32   handler u32   map u32
//! ```
//!
//! `ret` and `handler` are offsets from the function's start (a handler of
//! 0: the call is not a `try_call`); the stack pointer at the call is the
//! frame pointer minus `frame_offset`. `map` indexes `rgo_stack_maps`, u32
//! words where each map is a count, then the offsets from that stack
//! pointer of the words that may hold pointers during the call, in words.
//! Map 0 is empty. The runtime sorts the sites once, so the table is
//! writable.
//!
//! `rgo_wrapper_table` lists the wrappers (`ir::Func::wrapper`), which
//! `recover` looks through: `n u64`, then n entries of 16 bytes, the
//! function's address and the size of its code.

use super::ModuleCx;
use cranelift_codegen::{Context, FinalizedMachExceptionHandler};
use cranelift_module::{DataDescription, FuncId, Linkage, Module};
use std::collections::HashMap;

/// A call in compiled code.
pub(super) struct CallSite {
    func: FuncId,
    ret: u32,
    frame_offset: u32,
    handler: u32,
    map: u32,
}

const ENTRY_SIZE: usize = 24;

/// The stack maps of the calls compiled so far, each stored once.
pub(super) struct StackMaps {
    words: Vec<u32>,
    index: HashMap<Vec<u32>, u32>,
}

impl StackMaps {
    pub(super) fn new() -> StackMaps {
        StackMaps { words: vec![0], index: HashMap::from([(Vec::new(), 0)]) }
    }

    /// The index of the map listing the words `offsets`.
    fn intern(&mut self, offsets: Vec<u32>) -> u32 {
        if let Some(&at) = self.index.get(&offsets) {
            return at;
        }
        let at = self.words.len() as u32;
        self.words.push(offsets.len() as u32);
        self.words.extend(&offsets);
        self.index.insert(offsets, at);
        at
    }
}

impl ModuleCx {
    /// Records the calls of function `id`, just compiled in `ctx`, with
    /// their handlers and stack maps.
    pub(super) fn record_call_sites(&mut self, id: FuncId, ctx: &Context, name: &str) -> Result<(), String> {
        let Some(code) = ctx.compiled_code() else { return Ok(()) };
        let frame_offset = code
            .buffer
            .frame_layout()
            .map(|layout| layout.frame_to_fp_offset)
            .ok_or_else(|| format!("no frame layout for {name}"))?;
        let mut maps = HashMap::new();
        for (ret, span, map) in code.buffer.user_stack_maps() {
            let mut words = Vec::new();
            for (_, offset) in map.entries() {
                if offset % 8 != 0 {
                    return Err(format!("misaligned stack map slot in {name}"));
                }
                words.push(offset / 8);
            }
            words.sort_unstable();
            maps.insert(*ret, (*span, words));
        }
        for site in code.buffer.call_sites() {
            if site.frame_offset.is_some_and(|offset| offset != frame_offset) {
                return Err(format!("a call in {name} does not match its frame"));
            }
            let map = match maps.remove(&site.ret_addr) {
                Some((span, _)) if span != frame_offset => {
                    return Err(format!("a stack map in {name} does not match its frame"));
                }
                Some((_, words)) => self.stack_maps.intern(words),
                None => 0,
            };
            let handler = site
                .exception_handlers
                .iter()
                .find_map(|h| match *h {
                    FinalizedMachExceptionHandler::Default(handler) => Some(handler),
                    _ => None,
                })
                .unwrap_or(0);
            self.call_sites.push(CallSite { func: id, ret: site.ret_addr, frame_offset, handler, map });
        }
        if !maps.is_empty() {
            return Err(format!("a stack map in {name} is not at a call"));
        }
        Ok(())
    }

    /// Defines `rgo_call_sites` and `rgo_stack_maps` from what was recorded.
    pub(super) fn define_call_sites(&mut self) -> Result<(), String> {
        let id = self.module.declare_data("rgo_call_sites", Linkage::Export, true, false).map_err(|e| e.to_string())?;
        let mut bytes = (self.call_sites.len() as u64).to_le_bytes().to_vec();
        for site in &self.call_sites {
            bytes.extend([0; 8]);
            for word in [site.ret, site.frame_offset, site.handler, site.map] {
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
        self.module.define_data(id, &data).map_err(|e| e.to_string())?;

        let id =
            self.module.declare_data("rgo_stack_maps", Linkage::Export, false, false).map_err(|e| e.to_string())?;
        let bytes: Vec<u8> = self.stack_maps.words.iter().flat_map(|w| w.to_le_bytes()).collect();
        let mut data = DataDescription::new();
        data.define(bytes.into_boxed_slice());
        data.set_align(4);
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
