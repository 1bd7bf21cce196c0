//! Fault signals: a memory access that faults becomes Go's nil-pointer
//! panic or Go's `fatal error: fault`, never death by signal.
//!
//! At start the runtime installs a handler for SIGSEGV and SIGBUS that runs
//! on an alternate signal stack (so it works even when the fault is a
//! stack overflow into a guard page). It decides as Go's `sigpanic` does:
//! a fault at an address below 4096 (SIGSEGV with si_code 0, SEGV_MAPERR or
//! SEGV_ACCERR; SIGBUS with BUS_ADRERR) is a nil dereference the compiler
//! left to the hardware, and is reported as the panic
//!
//!   panic: runtime error: invalid memory address or nil pointer dereference
//!   [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]
//!
//! Any other fault is a fatal error:
//!
//!   unexpected fault address 0x...
//!   fatal error: fault
//!   [signal SIGSEGV: segmentation violation code=0x1 addr=0x... pc=0x...]
//!
//! Both exit with status 2. The panic can be recovered, so for it the
//! handler, as Go's, makes the faulting goroutine call `sigpanic` as if from
//! the faulting pc (`sys::inject_call`): the panic then runs on the
//! goroutine's stack, with the faulting frame in the frame-pointer chain.

use crate::panic::{panic_error_with, throw, throw_fault, NIL_DEREFERENCE};
use crate::print;
use crate::sys::{self, SigInfo};

/// si_code of a SIGSEGV for an address with no mapping.
pub const SEGV_MAPERR: i32 = 1;
/// si_code of a SIGSEGV for an access the mapping does not allow.
const SEGV_ACCERR: i32 = 2;
/// si_code of a SIGBUS for a nonexistent physical address.
const BUS_ADRERR: i32 = 2;

/// Faults below this address are nil dereferences (Go's limit).
const NIL_LIMIT: usize = 0x1000;

/// Size of the alternate signal stack (the handler only prints).
const SIGNAL_STACK_SIZE: usize = 64 << 10;

/// A fault, as Go reports it on the `[signal ...]` line.
#[derive(Clone, Copy)]
pub struct Fault {
    pub sig: i32,
    pub code: i32,
    /// The faulting address.
    pub addr: usize,
    /// The pc of the faulting instruction.
    pub pc: usize,
}

impl Fault {
    /// `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]`
    pub fn print(&self) {
        print::string(b"[signal ");
        match self.sig {
            sys::SIGSEGV => print::string(b"SIGSEGV: segmentation violation"),
            sys::SIGBUS => print::string(b"SIGBUS: bus error"),
            sig => print::hex(sig as u64),
        }
        print::string(b" code=");
        print::hex(self.code as u64);
        print::string(b" addr=");
        print::hex(self.addr as u64);
        print::string(b" pc=");
        print::hex(self.pc as u64);
        print::string(b"]\n");
    }

    /// Whether Go reports the fault as a nil dereference.
    fn is_nil_dereference(&self) -> bool {
        let nil_code = match self.sig {
            sys::SIGSEGV => matches!(self.code, 0 | SEGV_MAPERR | SEGV_ACCERR),
            _ => self.code == BUS_ADRERR,
        };
        nil_code && self.addr < NIL_LIMIT
    }
}

/// Installs the fault handlers on the main thread.
pub fn init() {
    let installed = sys::mmap_anonymous(SIGNAL_STACK_SIZE, sys::PROT_READ | sys::PROT_WRITE, sys::MAP_PRIVATE)
        // SAFETY: the stack was just mapped and is used for nothing else.
        .and_then(|stack| unsafe { sys::set_signal_stack(stack, SIGNAL_STACK_SIZE) })
        .and_then(|()| sys::set_signal_handler(sys::SIGSEGV, handle_fault))
        .and_then(|()| sys::set_signal_handler(sys::SIGBUS, handle_fault));
    if installed.is_err() {
        throw(b"cannot install the fault handlers", || print::string(b"rgort.signal.init()\n"))
    }
}

/// The SIGSEGV and SIGBUS handler (see the header).
unsafe extern "C" fn handle_fault(sig: i32, info: *mut SigInfo, context: *mut u8) {
    let fault = Fault {
        sig,
        code: (*info).si_code,
        addr: (*info).si_addr,
        pc: *(context.add(sys::UCONTEXT_PC) as *const usize),
    };
    if fault.is_nil_dereference() {
        FAULT = Some(fault);
        return sys::inject_call(context, sigpanic as *const () as usize);
    }
    throw_fault(&fault)
}

/// The nil dereference the handler saw, for `sigpanic`.
static mut FAULT: Option<Fault> = None;

/// Raises the nil-dereference panic for the fault in `FAULT`, called by the
/// faulting code as the handler arranged.
extern "C" fn sigpanic() -> ! {
    // SAFETY: set by the handler just before the goroutine resumed here.
    let fault = unsafe { core::ptr::replace(&raw mut FAULT, None) };
    panic_error_with(&|out| out(NIL_DEREFERENCE), fault)
}
