//! The operating system interface: Linux system calls made directly with the
//! architecture's trap instruction, and the few routines that must be
//! written in assembly because they change stacks or registers Rust does not
//! manage (the process entry, entering Go code, the stack check's slow path).
//!
//! A raw system call returns a value in `-4095..=-1` for failure (the negated
//! errno) and anything else for success.

#[cfg(target_arch = "aarch64")]
mod aarch64;
#[cfg(target_arch = "x86_64")]
mod x86_64;

#[cfg(target_arch = "aarch64")]
use aarch64 as arch;
#[cfg(target_arch = "x86_64")]
use x86_64 as arch;

pub use arch::run_goroutine;

pub const PROT_NONE: usize = 0;
pub const PROT_READ: usize = 1;
pub const PROT_WRITE: usize = 2;
pub const MAP_PRIVATE: usize = 0x02;
pub const MAP_ANONYMOUS: usize = 0x20;
pub const MAP_NORESERVE: usize = 0x4000;

/// A Linux error number.
#[derive(PartialEq, Eq)]
pub struct Errno(pub usize);

pub const EINTR: Errno = Errno(4);

fn result(ret: usize) -> Result<usize, Errno> {
    if ret > -4096isize as usize {
        Err(Errno(ret.wrapping_neg()))
    } else {
        Ok(ret)
    }
}

/// write(2): returns the number of bytes written.
pub fn write(fd: i32, bytes: &[u8]) -> Result<usize, Errno> {
    // SAFETY: the kernel only reads `bytes`.
    let ret = unsafe {
        arch::syscall3(
            arch::SYS_WRITE,
            fd as usize,
            bytes.as_ptr() as usize,
            bytes.len(),
        )
    };
    result(ret)
}

/// mmap(2) of fresh anonymous memory (no file, no fixed address).
pub fn mmap_anonymous(len: usize, prot: usize, flags: usize) -> Result<usize, Errno> {
    // SAFETY: without MAP_FIXED the kernel picks an unused range, so no
    // existing mapping is touched.
    let ret = unsafe {
        arch::syscall6(
            arch::SYS_MMAP,
            0,
            len,
            prot,
            flags | MAP_ANONYMOUS,
            -1isize as usize,
            0,
        )
    };
    result(ret)
}

/// mprotect(2).
///
/// # Safety
/// Nothing may rely on accessing `addr..addr + len` in a way `prot` forbids.
pub unsafe fn mprotect(addr: usize, len: usize, prot: usize) -> Result<(), Errno> {
    result(arch::syscall3(arch::SYS_MPROTECT, addr, len, prot)).map(|_| ())
}

/// exit_group(2): ends the process with `status`.
pub fn exit_group(status: i32) -> ! {
    // SAFETY: exit_group ends every thread of the process and never returns.
    unsafe {
        arch::syscall1(arch::SYS_EXIT_GROUP, status as usize);
        core::hint::unreachable_unchecked()
    }
}
