//! rgort: the runtime linked into every executable rgoc builds.
//!
//! It talks to Linux through raw system calls (no libc), starts the process
//! itself (`_start`), runs the Go program on a goroutine stack, and provides
//! the builtins and runtime checks the generated code calls. The ABI the
//! compiler relies on is described where each piece is defined: `goroutine`
//! (the G layout), `start` (entry and exit), `print` (print/println), `stack`
//! (the stack check), `types` (type descriptors), `malloc` (the allocator),
//! `slice` and `string` (their builtins and conversions), and `panic`,
//! `bounds` and `signal` (runtime errors). `docs/runtime.md` gives the
//! overview.
//!
//! Build (the archive is `target/<triple>/release/librgort.a`):
//!
//!   RUSTFLAGS="-C force-frame-pointers=yes" cargo build -p rgort --release \
//!       --target x86_64-unknown-linux-gnu
//!   RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc \
//!       RUSTFLAGS="-C force-frame-pointers=yes" cargo build -p rgort --release \
//!       --target aarch64-unknown-linux-gnu
//!
//! Host unit tests (`cargo test -p rgort`) build the crate with std and
//! without the process entry, so the code only `_start` reaches is unused
//! there.

#![cfg_attr(not(test), no_std)]
#![cfg_attr(test, allow(dead_code))]

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
compile_error!("rgort supports x86_64 and aarch64 Linux only");

mod bounds;
mod callsite;
mod complex;
mod defer;
mod gc;
mod goroutine;
mod iface;
mod malloc;
mod map;
mod mem;
mod panic;
mod print;
mod signal;
mod slice;
mod stack;
mod start;
mod string;
mod sys;
mod types;
mod unwind;
mod utf8;
