//! The compiler's table of the calls in Go code (compiler/src/codegen/
//! callsites.rs), looked up by return address: by the unwinder, for the
//! handler of a `try_call`, and by the collector, for the stack map of a Go
//! frame stopped at a call. The compiler cannot know where the linker puts
//! each function, so the first lookup sorts the table by return address.

use core::sync::atomic::{AtomicBool, Ordering};

/// One call in Go code.
#[repr(C)]
pub struct CallSite {
    func: usize,
    ret: u32,
    /// The stack pointer at the call is the caller's frame pointer minus
    /// this.
    pub frame_offset: u32,
    /// The handler's offset from the function's start, or 0.
    handler: u32,
    /// The stack map's index in `rgo_stack_maps`.
    map: u32,
}

#[repr(C)]
struct Table {
    n: u64,
    sites: [CallSite; 0],
}

#[cfg(not(test))]
extern "C" {
    static mut rgo_call_sites: Table;
    static rgo_stack_maps: [u32; 0];
}

static SORTED: AtomicBool = AtomicBool::new(false);

impl CallSite {
    fn return_address(&self) -> usize {
        self.func + self.ret as usize
    }

    /// The address of the call's exception handler, if it has one.
    pub fn handler(&self) -> Option<usize> {
        (self.handler != 0).then(|| self.func + self.handler as usize)
    }

    /// The stack map: the offsets, in words from the stack pointer at the
    /// call, of the words that may hold pointers while the call runs.
    pub fn stack_map(&self) -> &'static [u32] {
        #[cfg(not(test))]
        // SAFETY: the compiler's maps: a count, then that many offsets.
        return unsafe {
            let map = rgo_stack_maps.as_ptr().add(self.map as usize);
            core::slice::from_raw_parts(map.add(1), *map as usize)
        };
        #[cfg(test)]
        &[]
    }
}

fn sites() -> &'static mut [CallSite] {
    #[cfg(not(test))]
    // SAFETY: emitted by the compiler with `n` entries; only this module
    // writes them, once, with the world stopped.
    return unsafe {
        let table = &mut *core::ptr::addr_of_mut!(rgo_call_sites);
        core::slice::from_raw_parts_mut(table.sites.as_mut_ptr(), table.n as usize)
    };
    #[cfg(test)]
    &mut []
}

/// The call in Go code whose return address is `ret`.
pub fn lookup(ret: usize) -> Option<&'static CallSite> {
    let sites = sites();
    if !SORTED.load(Ordering::Acquire) {
        sites.sort_unstable_by_key(CallSite::return_address);
        SORTED.store(true, Ordering::Release);
    }
    let i = sites.binary_search_by_key(&ret, CallSite::return_address).ok()?;
    Some(&sites[i])
}
