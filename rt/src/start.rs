//! Process start and exit.
//!
//! The kernel starts the process at `_start` (sys/<arch>.rs) with the stack
//! pointer at
//!
//!   argc, argv[0] .. argv[argc-1], NULL, envp[0] .. NULL, auxv pairs .. AT_NULL
//!
//! `_start` hands that address to `rt0`, which records the arguments and the
//! environment, installs the fault handlers (`signal`), reserves the main
//! goroutine's stack and runs the program's `rgo_entry` (package
//! initialisation, then main.main) on it. The kernel's stack stays the main
//! thread's system stack. When main.main returns the
//! process exits with status 0, as in Go, without waiting for other
//! goroutines.

use crate::goroutine::G;
use crate::print;
use crate::signal;
use crate::stack;
use crate::sys;
use core::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

/// The command line and environment as the kernel passed them, for os.Args
/// and os.Getenv.
static ARGC: AtomicUsize = AtomicUsize::new(0);
static ARGV: AtomicPtr<*const u8> = AtomicPtr::new(core::ptr::null_mut());
static ENVP: AtomicPtr<*const u8> = AtomicPtr::new(core::ptr::null_mut());

/// Called by `_start` on the kernel's stack; `initial_sp` points at argc.
pub unsafe extern "C" fn rt0(initial_sp: *const usize) -> ! {
    let argc = *initial_sp;
    let argv = initial_sp.add(1) as *mut *const u8;
    ARGC.store(argc, Ordering::Relaxed);
    ARGV.store(argv, Ordering::Relaxed);
    ENVP.store(argv.add(argc + 1), Ordering::Relaxed);

    signal::init();
    let stack = stack::reserve_stack();
    let mut main_g = G::new(stack);
    crate::goroutine::set_current(&mut main_g);
    sys::run_goroutine(&mut main_g, stack.hi);
    exit(0)
}

/// The value of environment variable `name`, if it is set.
pub fn getenv(name: &[u8]) -> Option<&'static [u8]> {
    let mut envp = ENVP.load(Ordering::Relaxed);
    if envp.is_null() {
        return None;
    }
    // SAFETY: the kernel's environment: NUL-terminated strings, then null.
    unsafe {
        while !(*envp).is_null() {
            // A volatile read: LLVM would turn a plain loop into strlen,
            // which there is no libc to provide.
            let mut len = 0;
            while core::ptr::read_volatile((*envp).add(len)) != 0 {
                len += 1;
            }
            let entry = core::slice::from_raw_parts(*envp, len);
            if let Some(value) = entry.strip_prefix(name).and_then(|rest| rest.strip_prefix(b"=")) {
                return Some(value);
            }
            envp = envp.add(1);
        }
    }
    None
}

/// Ends the process with `status` after writing out pending print output.
pub fn exit(status: i32) -> ! {
    print::flush();
    sys::exit_group(status)
}

/// os.Exit: deferred calls do not run.
#[unsafe(no_mangle)]
#[allow(non_snake_case)]
pub extern "C" fn rgort_os_Exit(code: i64) -> ! {
    exit(code as i32)
}
