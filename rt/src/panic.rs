//! Runtime panics and fatal errors.
//!
//! Go has two ways to die. A panic (`panic: ` + message) is recoverable by
//! the program; a fatal error (`fatal error: ` + message, Go's `throw`) is
//! not: the runtime itself cannot go on. Both print to standard error and
//! exit with status 2.
//!
//! Until defer and recover exist every panic is unrecovered, so a runtime
//! error is reported at once by `fatalpanic`. Each runtime check the
//! compiler emits has its own noreturn entry point whose only job is to
//! name the error (e.g. `rgort_panic_divide`); adding a check means adding
//! such an entry point with Go's message.
//!
//! There is no traceback yet: the compiler does not emit the table that
//! maps pcs to functions. The goroutine section therefore names main.main,
//! where the only goroutine starts, and the runtime stack section of a fatal
//! error says where in the runtime it was raised.

use crate::print;
use crate::start::exit;

/// Exit status of a process that dies of a panic or fatal error.
const FATAL_EXIT_STATUS: i32 = 2;

/// Reports an unrecovered panic whose value prints as `msg` and exits.
pub fn fatalpanic(msg: &[u8]) -> ! {
    print::lock();
    print::string(b"panic: ");
    print::string(msg);
    print::string(b"\n\ngoroutine 1 [running]:\nmain.main()\n");
    print::unlock();
    exit(FATAL_EXIT_STATUS)
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
