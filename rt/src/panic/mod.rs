//! Panics, `recover`, and fatal errors.
//!
//! Go has two ways to die. A panic (`panic: ` + value) is recoverable by
//! the program; a fatal error (`fatal error: ` + message, Go's `throw`) is
//! not: the runtime itself cannot go on. Both print to standard error and
//! exit with status 2.
//!
//! A panic (`gopanic`, Go's algorithm) pushes a record on the goroutine's
//! chain of panics and runs the deferred calls left, newest first, on top
//! of the panicking frames. A deferred call recovers the panic by calling
//! `recover` directly (`rgort_recover` checks the frame chain: the caller
//! of the function calling it must be the `rgo_call_deferred` that this
//! panic is running; frames of the compiler's wrappers in between, which
//! make deferred calls or forward method calls, do not count); then the
//! panic ends and execution resumes in the function that deferred the call,
//! which returns normally (`unwind`). Panics that a recovered panic
//! interrupted, in frames that the resumption drops, end with it. If no
//! deferred call recovers, every panic of the chain is printed, oldest
//! first, with ` [recovered]` after one recovered and then interrupted, and
//! the process exits.
//!
//! Run-time errors (an index out of range, a nil dereference, a failed
//! type assertion, ...) are ordinary panics whose value implements
//! `runtime.Error` (the descriptor `rgo_runtime_error_type` the compiler
//! emits when the program calls `recover`), its `Error()` being the
//! message. Each runtime check the compiler emits has its own noreturn
//! entry point whose only job is to name the error (e.g.
//! `rgort_panic_divide`); adding a check means adding such an entry point
//! with Go's message. A run-time error caused by a fault (a nil
//! dereference) is followed by Go's `[signal ...]` line (see `signal`).
//! Index and slice bounds errors are in `bounds`, how values print in
//! `value`.
//!
//! There is no traceback yet: the compiler does not emit the table that
//! maps pcs to functions. The goroutine section therefore names main.main,
//! where the only goroutine starts, and the runtime stack section of a fatal
//! error says where in the runtime it was raised.

mod value;

use crate::defer;
use crate::goroutine;
use crate::malloc::mallocgc;
use crate::print;
use crate::signal::{Fault, SEGV_MAPERR};
use crate::start::exit;
use crate::string::{bytes, StringHeader};
use crate::sys;
use crate::types::TypeDesc;
use crate::unwind;
use core::ptr::{null, null_mut};
pub use value::Eface;

/// Exit status of a process that dies of a panic or fatal error.
const FATAL_EXIT_STATUS: i32 = 2;

/// A panic in progress (Go's `_panic`), in the frame of its `gopanic`.
struct Panic {
    /// What `recover` returns.
    value: Eface,
    /// A run-time error's message, printed as it is.
    message: Option<StringHeader>,
    /// The text of the value's `Error` or `String` method, found just
    /// before printing.
    text: Option<StringHeader>,
    /// The fault that raised a run-time error.
    fault: Option<Fault>,
    recovered: bool,
    /// Where the `rgo_call_deferred` running this panic's current deferred
    /// call stores its frame pointer.
    deferred_frame: usize,
    /// The panic this one interrupted.
    link: *mut Panic,
}

/// The goroutine's panics in progress, newest first.
static mut PANIC: *mut Panic = null_mut();

/// Set while the values of an unrecovered panic are being turned into text.
static mut PRINTING: bool = false;

#[cfg(not(test))]
extern "C" {
    /// The descriptor of run-time error values, or null if the program
    /// never recovers (then nothing reads them).
    static rgo_runtime_error_type: *const TypeDesc;
}

/// The type of run-time error values.
fn runtime_error_type() -> *const TypeDesc {
    #[cfg(not(test))]
    // SAFETY: emitted by the compiler, never written.
    return unsafe { rgo_runtime_error_type };
    #[cfg(test)]
    null()
}

/// Go's `gopanic`: runs the deferred calls left until one recovers (see
/// the header).
fn gopanic(value: Eface, message: Option<StringHeader>, fault: Option<Fault>) -> ! {
    // SAFETY: one goroutine; `p` lives until this frame is dropped, and it
    // leaves the chain before.
    unsafe {
        let mut p = Panic { value, message, text: None, fault, recovered: false, deferred_frame: 0, link: PANIC };
        PANIC = &mut p;
        while let Some(d) = defer::next() {
            defer::call(d.closure, &mut p.deferred_frame);
            if p.recovered {
                // This panic ends, and so do those whose frames are dropped.
                PANIC = p.link;
                while !PANIC.is_null() && (PANIC as usize) < d.frame {
                    PANIC = (*PANIC).link;
                }
                unwind::resume(d.frame, goroutine::current());
            }
        }
        fatal(&mut p)
    }
}

/// Reports the unrecovered panic `p` and those it interrupted, and exits.
unsafe fn fatal(p: *mut Panic) -> ! {
    if PRINTING {
        throw(b"panic while printing panic value", || {});
    }
    PRINTING = true;
    let mut q = p;
    while !q.is_null() {
        if (*q).message.is_none() {
            (*q).text = value::method_text((*q).value);
        }
        q = (*q).link;
    }
    print::lock();
    print_panics(p);
    let mut q = p;
    while !q.is_null() {
        if let Some(fault) = &(*q).fault {
            fault.print();
            break;
        }
        q = (*q).link;
    }
    print::string(b"\n");
    print_goroutines();
    print::unlock();
    exit(FATAL_EXIT_STATUS)
}

/// Go's `printpanics`: the oldest panic first.
unsafe fn print_panics(p: *mut Panic) {
    if !(*p).link.is_null() {
        print_panics((*p).link);
        print::string(b"\t");
    }
    print::string(b"panic: ");
    match ((*p).message, (*p).text) {
        (Some(s), _) | (None, Some(s)) => print::string(bytes(s.ptr, s.len)),
        (None, None) => value::print((*p).value),
    }
    if (*p).recovered {
        print::string(b" [recovered]");
    }
    print::string(b"\n");
}

/// `panic(v)`: `typ` and `data` are `v` converted to `interface{}`.
///
/// # Safety
/// `typ` is null or a descriptor, and `data` the matching data word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_gopanic(typ: *const TypeDesc, data: *const u8) -> ! {
    gopanic(Eface { typ, data }, None, None)
}

/// `recover()` in the function whose frame pointer is `frame`: the value
/// of the current panic if that function was called directly by a
/// deferred call the panic runs (see the header), else nil.
///
/// # Safety
/// `frame` is the frame pointer of a Go function running on this
/// goroutine (or, for `defer recover()`, of the function that deferred it).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_recover(frame: usize) -> Eface {
    let p = PANIC;
    let nil = Eface { typ: null(), data: null() };
    if p.is_null() || (*p).recovered || frame == 0 {
        return nil;
    }
    // Up to the caller that is not a wrapper (a method wrapper, or the
    // closure that makes a deferred call): it must be the panic's
    // `rgo_call_deferred`.
    let mut frame = frame;
    let mut caller = *(frame as *const usize);
    while caller != 0 && unwind::in_wrapper(*((frame + 8) as *const usize)) {
        frame = caller;
        caller = *(frame as *const usize);
    }
    if caller == 0 || caller != (*p).deferred_frame {
        return nil;
    }
    (*p).recovered = true;
    (*p).value
}

/// Panics with the run-time error whose message `write` writes to the sink
/// it is given, caused by `fault` if it came from a signal.
pub fn panic_error_with(write: &dyn Fn(&mut dyn FnMut(&[u8])), fault: Option<Fault>) -> ! {
    let mut len = 0;
    write(&mut |s| len += s.len());
    // SAFETY: the buffer has room for the `len` bytes written.
    let message = unsafe {
        let ptr = mallocgc(len, &crate::types::NOSCAN, false);
        let mut at = 0;
        write(&mut |s| {
            core::ptr::copy_nonoverlapping(s.as_ptr(), ptr.add(at), s.len());
            at += s.len();
        });
        StringHeader { ptr, len }
    };
    let typ = runtime_error_type();
    let value = if typ.is_null() {
        Eface { typ, data: null() }
    } else {
        // SAFETY: a fresh object the size of a string header.
        unsafe {
            let data = mallocgc(size_of::<StringHeader>(), typ, false) as *mut StringHeader;
            data.write(message);
            Eface { typ, data: data as *const u8 }
        }
    };
    gopanic(value, Some(message), fault)
}

/// Panics with the run-time error `msg`.
pub fn panic_error(msg: &[u8]) -> ! {
    panic_error_with(&|out| out(msg), None)
}

/// Go's report of a fault that is not a nil dereference: a fatal error
/// (the program cannot recover from it) in the faulting goroutine.
pub fn throw_fault(fault: &Fault) -> ! {
    print::lock();
    print::string(b"unexpected fault address ");
    print::hex(fault.addr as u64);
    print::string(b"\nfatal error: fault\n");
    fault.print();
    print::string(b"\n");
    print_goroutines();
    print::unlock();
    exit(FATAL_EXIT_STATUS)
}

/// The goroutine section of a panic or fatal error.
fn print_goroutines() {
    print::string(b"goroutine 1 [running]:\nmain.main()\n");
}

/// Go's `throw`: reports a fatal error, then the runtime stack section that
/// `print_runtime_stack` fills in, and exits.
pub fn throw(msg: &[u8], print_runtime_stack: impl FnOnce()) -> ! {
    fatal_error(|| print::string(msg), print_runtime_stack)
}

/// Go's `throw` when no goroutine is left to trace: the message alone.
pub fn throw_alone(msg: &[u8]) -> ! {
    print::lock();
    print::string(b"fatal error: ");
    print::string(msg);
    print::string(b"\n");
    print::unlock();
    exit(FATAL_EXIT_STATUS)
}

fn fatal_error(print_message: impl FnOnce(), print_runtime_stack: impl FnOnce()) -> ! {
    print::lock();
    print::string(b"fatal error: ");
    print_message();
    print::string(b"\n\nruntime stack:\n");
    print_runtime_stack();
    print::unlock();
    exit(FATAL_EXIT_STATUS)
}

/// The message of a nil pointer dereference.
pub const NIL_DEREFERENCE: &[u8] = b"runtime error: invalid memory address or nil pointer dereference";

/// A nil check the compiler emitted failed: the panic reads as if the
/// access had faulted at address 0, at `pc` (the return address of the
/// call to `rgort_panic_nil`, sys/<arch>.rs, which passes it).
pub extern "C" fn panic_nil(pc: usize) -> ! {
    let fault = Fault { sig: sys::SIGSEGV, code: SEGV_MAPERR, addr: 0, pc };
    panic_error_with(&|out| out(NIL_DEREFERENCE), Some(fault))
}

/// Integer division or remainder by zero.
#[unsafe(no_mangle)]
pub extern "C" fn rgort_panic_divide() -> ! {
    panic_error(b"runtime error: integer divide by zero")
}

/// A shift by a negative (signed) count.
#[unsafe(no_mangle)]
pub extern "C" fn rgort_panic_shift() -> ! {
    panic_error(b"runtime error: negative shift amount")
}

/// The personality routine that the unwind tables of the precompiled `core`
/// name (it is built for unwinding; the runtime is built with panic=abort).
/// Nothing unwinds through Rust frames in rgort, so being called is a bug.
#[cfg(not(test))]
#[unsafe(no_mangle)]
extern "C" fn rust_eh_personality() -> ! {
    throw(b"unwinding through the runtime", || {})
}

/// A Rust panic is a bug in the runtime: a fatal error naming the panic's
/// message, with its source location as the runtime stack.
#[cfg(not(test))]
#[panic_handler]
fn rust_panic(info: &core::panic::PanicInfo) -> ! {
    use core::fmt::Write;

    struct PrintWriter;

    impl Write for PrintWriter {
        fn write_str(&mut self, s: &str) -> core::fmt::Result {
            print::string(s.as_bytes());
            Ok(())
        }
    }

    // PrintWriter cannot fail.
    fatal_error(
        || {
            let _ = write!(PrintWriter, "{}", info.message());
        },
        || {
            if let Some(location) = info.location() {
                let _ = writeln!(PrintWriter, "rgort panicked at {location}");
            }
        },
    )
}
