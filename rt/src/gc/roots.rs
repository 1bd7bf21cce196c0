//! The roots of marking: the program's writable data segments (Go
//! globals and the runtime's statics, found through the ELF program
//! headers the kernel passes in the auxiliary vector) and the running
//! goroutine's stack from the collector's own frame up.

use super::mark::WorkList;
use crate::goroutine;
use crate::start::auxv;

const AT_PHDR: usize = 3;
const AT_PHNUM: usize = 5;
const PT_LOAD: u32 = 1;
const PF_W: u32 = 2;

/// An ELF64 program header.
#[repr(C)]
struct ProgramHeader {
    kind: u32,
    flags: u32,
    offset: u64,
    vaddr: u64,
    paddr: u64,
    filesz: u64,
    memsz: u64,
    align: u64,
}

/// Marks from every root; `sp` is the stack pointer of the collector's
/// frame, which holds the saved registers.
pub fn scan(work: &mut WorkList, sp: usize) {
    if let (Some(phdr), Some(phnum)) = (auxv(AT_PHDR), auxv(AT_PHNUM)) {
        // SAFETY: the kernel's program headers of this (static, non-PIE)
        // executable: the writable segments are mapped at their addresses.
        unsafe {
            let headers = core::slice::from_raw_parts(phdr as *const ProgramHeader, phnum);
            for h in headers.iter().filter(|h| h.kind == PT_LOAD && h.flags & PF_W != 0) {
                work.scan(h.vaddr as usize, (h.vaddr + h.memsz) as usize);
            }
        }
    }
    let g = goroutine::current();
    if !g.is_null() {
        // SAFETY: the part of the running goroutine's stack in use.
        unsafe {
            let hi = (*g).stack_hi;
            if (*g).stack_lo <= sp && sp < hi {
                work.scan(sp, hi);
            }
        }
    }
}
