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

pub use arch::{
    frame_pointer, inject_call, prefetch, resume_at, run_goroutine, save_callee_saved, stack_pointer, UCONTEXT_PC,
};

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
    let ret = unsafe { arch::syscall3(arch::SYS_WRITE, fd as usize, bytes.as_ptr() as usize, bytes.len()) };
    result(ret)
}

/// mmap(2) of fresh anonymous memory (no file, no fixed address).
pub fn mmap_anonymous(len: usize, prot: usize, flags: usize) -> Result<usize, Errno> {
    mmap_anonymous_near(0, len, prot, flags)
}

/// mmap(2) of fresh anonymous memory at `hint` if that range is free, else
/// wherever the kernel puts it (`hint` is not MAP_FIXED).
pub fn mmap_anonymous_near(hint: usize, len: usize, prot: usize, flags: usize) -> Result<usize, Errno> {
    // SAFETY: without MAP_FIXED the kernel picks an unused range, so no
    // existing mapping is touched.
    let ret = unsafe { arch::syscall6(arch::SYS_MMAP, hint, len, prot, flags | MAP_ANONYMOUS, -1isize as usize, 0) };
    result(ret)
}

/// munmap(2).
///
/// # Safety
/// Nothing may refer to `addr..addr + len` any more.
pub unsafe fn munmap(addr: usize, len: usize) -> Result<(), Errno> {
    result(arch::syscall2(arch::SYS_MUNMAP, addr, len)).map(|_| ())
}

/// mprotect(2).
///
/// # Safety
/// Nothing may rely on accessing `addr..addr + len` in a way `prot` forbids.
pub unsafe fn mprotect(addr: usize, len: usize, prot: usize) -> Result<(), Errno> {
    result(arch::syscall3(arch::SYS_MPROTECT, addr, len, prot)).map(|_| ())
}

pub const SIGBUS: i32 = 7;
pub const SIGSEGV: i32 = 11;
pub const SA_SIGINFO: usize = 0x4;
pub const SA_ONSTACK: usize = 0x0800_0000;
pub const SA_RESTORER: usize = 0x0400_0000;

/// The start of the kernel's `siginfo_t` (the same on both targets) for the
/// fault signals: `si_addr` is the faulting address.
#[repr(C)]
pub struct SigInfo {
    pub si_signo: i32,
    pub si_errno: i32,
    pub si_code: i32,
    pub si_addr: usize,
}

/// The kernel's `struct sigaction` for rt_sigaction (both targets).
#[repr(C)]
struct KernelSigaction {
    handler: usize,
    flags: usize,
    restorer: usize,
    mask: u64,
}

/// A handler as SA_SIGINFO calls it: signal number, siginfo, ucontext.
pub type SigHandler = unsafe extern "C" fn(i32, *mut SigInfo, *mut u8);

/// rt_sigaction(2): runs `handler` on the alternate signal stack when `sig`
/// arrives, with no other signal blocked, returning through `sigreturn`.
pub fn set_signal_handler(sig: i32, handler: SigHandler) -> Result<(), Errno> {
    let action = KernelSigaction {
        handler: handler as usize,
        flags: SA_SIGINFO | SA_ONSTACK | SA_RESTORER,
        restorer: arch::sigreturn as *const () as usize,
        mask: 0,
    };
    // SAFETY: the kernel reads `action`, which describes a valid handler;
    // the old action is not requested.
    let ret = unsafe {
        arch::syscall4(
            arch::SYS_RT_SIGACTION,
            sig as usize,
            &action as *const KernelSigaction as usize,
            0,
            core::mem::size_of::<u64>(),
        )
    };
    result(ret).map(|_| ())
}

/// The kernel's `stack_t`.
#[repr(C)]
struct SignalStack {
    sp: usize,
    flags: i32,
    size: usize,
}

/// sigaltstack(2): signal handlers of this thread run on `base..base+size`.
///
/// # Safety
/// The range must be writable memory used for nothing else.
pub unsafe fn set_signal_stack(base: usize, size: usize) -> Result<(), Errno> {
    let stack = SignalStack { sp: base, flags: 0, size };
    let ret = arch::syscall2(arch::SYS_SIGALTSTACK, &stack as *const SignalStack as usize, 0);
    result(ret).map(|_| ())
}

/// exit_group(2): ends the process with `status`.
pub fn exit_group(status: i32) -> ! {
    // SAFETY: exit_group ends every thread of the process and never returns.
    unsafe {
        arch::syscall1(arch::SYS_EXIT_GROUP, status as usize);
        core::hint::unreachable_unchecked()
    }
}

/// The monotonic clock in nanoseconds (clock_gettime(CLOCK_MONOTONIC)).
pub fn nanotime() -> u64 {
    const CLOCK_MONOTONIC: usize = 1;
    let mut ts = [0i64; 2];
    // SAFETY: the kernel writes a timespec to `ts`.
    unsafe { arch::syscall2(arch::SYS_CLOCK_GETTIME, CLOCK_MONOTONIC, ts.as_mut_ptr() as usize) };
    (ts[0] as u64).wrapping_mul(1_000_000_000).wrapping_add(ts[1] as u64)
}

/// madvise(MADV_DONTNEED): the kernel may take back the pages of the
/// range; they read as zero when touched again.
///
/// # Safety
/// The range is mapped and holds nothing that is still needed.
pub unsafe fn release_pages(addr: usize, len: usize) {
    const MADV_DONTNEED: usize = 4;
    arch::syscall3(arch::SYS_MADVISE, addr, len, MADV_DONTNEED);
}
