//! Runtime panics and fatal errors.
//!
//! Go has two ways to die. A panic (`panic: ` + message) is recoverable by
//! the program; a fatal error (`fatal error: ` + message, Go's `throw`) is
//! not: the runtime itself cannot go on. Both print to standard error and
//! exit with status 2.
//!
//! Until recover exists every panic is unrecovered: `fatalpanic` runs the
//! deferred calls left (see `defer`), then reports the panic. Each runtime check the
//! compiler emits has its own noreturn entry point whose only job is to
//! name the error (e.g. `rgort_panic_divide`); adding a check means adding
//! such an entry point with Go's message.
//!
//! The value of a panic prints as Go's `printpanicval` prints it: a string
//! as it is (no quotes), an integer in decimal, and a value of a named
//! string type as `main.E("x")` (type name, then the string between
//! double quotes, unescaped); any other value is printed by its `Error`
//! or `String` method (the compiler makes those calls) or by its dynamic
//! type (`rgort_panic_eface`). A runtime error caused by a fault (a nil
//! dereference) is followed by Go's `[signal ...]` line (see `signal`).
//! Index and slice bounds errors are in `bounds`.
//!
//! There is no traceback yet: the compiler does not emit the table that
//! maps pcs to functions. The goroutine section therefore names main.main,
//! where the only goroutine starts, and the runtime stack section of a fatal
//! error says where in the runtime it was raised.

use crate::defer;
use crate::iface::message::type_name;
use crate::print;
use crate::signal::{Fault, SEGV_MAPERR};
use crate::start::exit;
use crate::string::{bytes, StringHeader};
use crate::sys;
use crate::types::TypeDesc;
use core::ptr::NonNull;

/// Exit status of a process that dies of a panic or fatal error.
const FATAL_EXIT_STATUS: i32 = 2;

/// The printers of the panics in progress, outermost first (a deferred
/// call run for a panic may panic again).
const MAX_PANICS: usize = 16;
static mut PANICS: [Option<NonNull<dyn FnMut()>>; MAX_PANICS] = [None; MAX_PANICS];
static mut PANIC_DEPTH: usize = 0;

/// Reports an unrecovered panic whose value prints as `msg` and exits.
pub fn fatalpanic(msg: &[u8]) -> ! {
    fatalpanic_with(|| print::string(msg), None)
}

/// Reports an unrecovered panic whose value `print_value` prints, caused by
/// `fault` if it came from a signal, and exits.
pub fn fatalpanic_with(print_value: impl FnOnce(), fault: Option<&Fault>) -> ! {
    let mut print_value = Some(print_value);
    let mut printer = || {
        if let Some(print) = print_value.take() {
            print()
        }
    };
    // SAFETY: one goroutine; this frame never returns, so the printer
    // outlives its registration.
    let earlier = unsafe {
        let depth = PANIC_DEPTH;
        if fault.is_none() && depth < MAX_PANICS {
            let printer: &mut dyn FnMut() = &mut printer;
            PANICS[depth] = Some(core::mem::transmute::<&mut dyn FnMut(), NonNull<dyn FnMut()>>(printer));
            PANIC_DEPTH = depth + 1;
            // A deferred call that panics in turn ends here again.
            defer::run_for_panic();
        }
        depth
    };
    print::lock();
    // Earlier panics that deferred calls interrupted print first, as in Go.
    for i in 0..earlier {
        print::string(b"panic: ");
        // SAFETY: registered above by a frame that is still live.
        if let Some(mut p) = unsafe { PANICS[i] } {
            unsafe { p.as_mut()() };
        }
        print::string(b"\n\t");
    }
    print::string(b"panic: ");
    printer();
    print::string(b"\n");
    if let Some(fault) = fault {
        fault.print();
    }
    print::string(b"\n");
    print_goroutines();
    print::unlock();
    exit(FATAL_EXIT_STATUS)
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
    fatalpanic_with(|| print::string(NIL_DEREFERENCE), Some(&fault))
}

/// The kinds of value `rgort_panic_value` prints.
const PANIC_BOOL: u64 = 1;
const PANIC_INT: u64 = 2;
const PANIC_UINT: u64 = 3;
const PANIC_FLOAT: u64 = 4;
const PANIC_COMPLEX: u64 = 5;
const PANIC_STRING: u64 = 6;

/// `panic(v)` with a value of a basic kind: `a` and `b` hold it (an
/// integer, the bits of a float, the parts of a complex number, or a
/// string's pointer and length). Prints it as Go 1.19's `printpanicval`
/// does: plainly, or for a named type {name_ptr, name_len} as
/// `main.N(7)` / `main.E("x")` (the string unescaped).
///
/// # Safety
/// For a string, `a` is valid for reads of `b` bytes; the name likewise.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_panic_value(kind: u64, a: u64, b: u64, name_ptr: *const u8, name_len: usize) -> ! {
    let name = if name_len > 0 { bytes(name_ptr, name_len) } else { &[][..] };
    fatalpanic_with(|| print_basic_value(kind, a, b, name), None)
}

/// Prints a panic value of a basic kind, as `main.E("x")` if `name` (of
/// its type) is not empty.
unsafe fn print_basic_value(kind: u64, a: u64, b: u64, name: &[u8]) {
    let named = !name.is_empty();
    if named {
        print::string(name);
        print::string(if kind == PANIC_STRING { b"(\"" } else { b"(" });
    }
    match kind {
        PANIC_BOOL => print::string(if a != 0 { b"true" } else { b"false" }),
        PANIC_INT => print::int(a as i64),
        PANIC_UINT => print::uint(a),
        PANIC_FLOAT => print::float(f64::from_bits(a)),
        PANIC_COMPLEX => print::complex(f64::from_bits(a), f64::from_bits(b)),
        _ => print::string(bytes(a as *const u8, b as usize)),
    }
    if named {
        print::string(if kind == PANIC_STRING { b"\")" } else { b")" });
    }
}

/// `panic(v)` with an interface value {typ, data} that is neither an
/// error nor a Stringer (the compiler calls those methods and panics with
/// the string): `nil`, a value of a basic kind as `rgort_panic_value`
/// prints it, or `(T) data-word` as Go 1.19's `printanycustomtype`.
///
/// # Safety
/// `typ` is null or a descriptor, and `data` the matching data word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgort_panic_eface(typ: *const TypeDesc, data: *const u8) -> ! {
    fatalpanic_with(
        || {
            if typ.is_null() {
                return print::string(b"nil");
            }
            let name = type_name(typ);
            // Predeclared types print without their name.
            let custom = if name.contains(&b'.') { name } else { &[][..] };
            let load = |size: usize| -> u64 {
                match size {
                    1 => *data as u64,
                    2 => (data as *const u16).read_unaligned() as u64,
                    4 => (data as *const u32).read_unaligned() as u64,
                    _ => (data as *const u64).read_unaligned(),
                }
            };
            let signed = |size: usize| -> u64 {
                let shift = 64 - 8 * size as u32;
                (((load(size) << shift) as i64) >> shift) as u64
            };
            match (*typ).kind & KIND_MASK {
                KIND_BOOL => print_basic_value(PANIC_BOOL, load(1), 0, custom),
                kind @ KIND_INT..=KIND_INT64 => print_basic_value(PANIC_INT, signed(int_size(kind)), 0, custom),
                kind @ KIND_UINT..=KIND_UINTPTR => print_basic_value(PANIC_UINT, load(int_size(kind)), 0, custom),
                KIND_FLOAT32 => {
                    print_basic_value(PANIC_FLOAT, (f32::from_bits(load(4) as u32) as f64).to_bits(), 0, custom)
                }
                KIND_FLOAT64 => print_basic_value(PANIC_FLOAT, load(8), 0, custom),
                KIND_COMPLEX64 => {
                    let (re, im) = (f32::from_bits(load(4) as u32), f32::from_bits((load(8) >> 32) as u32));
                    print_basic_value(PANIC_COMPLEX, (re as f64).to_bits(), (im as f64).to_bits(), custom)
                }
                KIND_COMPLEX128 => {
                    let im = (data.add(8) as *const u64).read_unaligned();
                    print_basic_value(PANIC_COMPLEX, load(8), im, custom)
                }
                KIND_STRING => {
                    let s = data as *const StringHeader;
                    print_basic_value(PANIC_STRING, (*s).ptr as u64, (*s).len as u64, custom)
                }
                _ => {
                    print::string(b"(");
                    print::string(name);
                    print::string(b") ");
                    print::hex(data as u64);
                }
            }
        },
        None,
    )
}

/// Go's kind numbers (`TypeDesc::kind` without its flag bits).
const KIND_MASK: u8 = 0x1f;
const KIND_BOOL: u8 = 1;
const KIND_INT: u8 = 2;
const KIND_INT64: u8 = 6;
const KIND_UINT: u8 = 7;
const KIND_UINTPTR: u8 = 12;
const KIND_FLOAT32: u8 = 13;
const KIND_FLOAT64: u8 = 14;
const KIND_COMPLEX64: u8 = 15;
const KIND_COMPLEX128: u8 = 16;
const KIND_STRING: u8 = 24;

/// The size of an integer of Go kind `kind`.
fn int_size(kind: u8) -> usize {
    match kind {
        3 | 8 => 1,
        4 | 9 => 2,
        5 | 10 => 4,
        _ => 8,
    }
}

/// Integer division or remainder by zero.
#[unsafe(no_mangle)]
pub extern "C" fn rgort_panic_divide() -> ! {
    fatalpanic(b"runtime error: integer divide by zero")
}

/// A shift by a negative (signed) count.
#[unsafe(no_mangle)]
pub extern "C" fn rgort_panic_shift() -> ! {
    fatalpanic(b"runtime error: negative shift amount")
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
