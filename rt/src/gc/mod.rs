//! The garbage collector: non-moving mark-sweep, with the world stopped
//! (one goroutine runs until the scheduler exists).
//!
//! A cycle (`collect`) marks every object reachable from the roots, then
//! sweeps (`malloc::sweep`): unmarked objects are freed, spans left empty
//! go back to the page heap, and long free runs back to the kernel. The
//! roots (`roots`) are the Go globals, the runtime variables that hold heap
//! objects, the goroutine's deferred calls and its stack. Marking (`mark`)
//! follows pointers through the heap with an explicit work list.
//!
//! Marking is precise wherever the compiler describes the memory: heap
//! objects by the heap bitmap (written at allocation from the type's
//! bitmap; every word for memory of no particular type), globals by their
//! types' bitmaps, Go frames by the stack maps of the calls they are
//! stopped at (`stack`). The runtime's frames and the saved registers are
//! scanned conservatively: any word whose value lies inside an allocated
//! heap object keeps the whole object alive. Interior pointers keep their
//! object alive everywhere. Objects whose type has no pointers (noscan
//! spans) are never scanned. The mark phase touches only the work list and
//! the spans' mark bits, so it can later run on several threads and, with
//! a write barrier, concurrently with the program.
//!
//! Pacing follows Go's GOGC: a cycle starts when the heap's live bytes
//! reach the goal `live_after_last_cycle * (1 + GOGC/100)`, at least 4 MB
//! (GOGC=100 by default; GOGC=off never collects). `GOMEMLIMIT` lowers the
//! goal when the heap would exceed it. `GODEBUG=gctrace=1` prints a line
//! per cycle in Go's format; `GODEBUG=clobberfree=1` fills freed objects
//! with 0xdeadbeef, so a missing root shows as corrupt data.

mod mark;
mod roots;
mod stack;

use crate::malloc;
use crate::print;
use crate::start::getenv;
use crate::sys;
use core::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

/// The smallest goal (Go's heapminimum at GOGC=100): 4 MB.
const MIN_GOAL: usize = 4 << 20;

/// GOGC, or -1 for off; read at the first allocation.
static GOGC: AtomicU64 = AtomicU64::new(u64::MAX);
const GOGC_UNSET: u64 = u64::MAX;
const GOGC_OFF: u64 = u64::MAX - 1;
/// GOMEMLIMIT in bytes (usize::MAX: none).
static MEMORY_LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
static TRACE: AtomicBool = AtomicBool::new(false);
/// GODEBUG=clobberfree=1: fill freed objects with 0xdeadbeef.
static CLOBBER_FREE: AtomicBool = AtomicBool::new(false);

/// The live bytes at which the next cycle starts.
static GOAL: AtomicUsize = AtomicUsize::new(MIN_GOAL);
/// Set while a cycle runs: allocations made then (there are none from the
/// collector itself) must not start another.
static RUNNING: AtomicBool = AtomicBool::new(false);

/// Cycles completed, their total pause, and when the process started.
static NUM_GC: AtomicU64 = AtomicU64::new(0);
static PAUSE_TOTAL_NS: AtomicU64 = AtomicU64::new(0);
static START_NS: AtomicU64 = AtomicU64::new(0);

/// Called by `mallocgc` before each allocation: runs a cycle when the
/// live heap has reached the goal.
pub fn before_alloc() {
    // Unit tests have no goroutine stack or program headers to find roots
    // in: their allocations must never be collected.
    if cfg!(test) {
        return;
    }
    if GOGC.load(Ordering::Relaxed) == GOGC_UNSET {
        configure();
    }
    if malloc::heap_live() >= GOAL.load(Ordering::Relaxed)
        && GOGC.load(Ordering::Relaxed) != GOGC_OFF
        && !RUNNING.load(Ordering::Relaxed)
    {
        collect();
    }
}

/// Reads GOGC, GOMEMLIMIT and GODEBUG.
fn configure() {
    START_NS.store(sys::nanotime(), Ordering::Relaxed);
    let gogc = match getenv(b"GOGC") {
        Some(b"off") => GOGC_OFF,
        Some(value) => parse_decimal(value).unwrap_or(100),
        None => 100,
    };
    GOGC.store(gogc, Ordering::Relaxed);
    if let Some(limit) = getenv(b"GOMEMLIMIT").and_then(parse_size) {
        MEMORY_LIMIT.store(limit, Ordering::Relaxed);
    }
    let debug = |setting: &[u8]| getenv(b"GODEBUG").is_some_and(|d| d.split(|&b| b == b',').any(|kv| kv == setting));
    TRACE.store(debug(b"gctrace=1"), Ordering::Relaxed);
    CLOBBER_FREE.store(debug(b"clobberfree=1"), Ordering::Relaxed);
    GOAL.store(goal(0), Ordering::Relaxed);
}

fn parse_decimal(s: &[u8]) -> Option<u64> {
    if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    s.iter().try_fold(0u64, |n, &d| n.checked_mul(10)?.checked_add((d - b'0') as u64))
}

/// A GOMEMLIMIT value: a number of bytes with an optional B, KiB, MiB,
/// GiB or TiB suffix.
fn parse_size(s: &[u8]) -> Option<usize> {
    let units: [(&[u8], u32); 5] = [(b"TiB", 40), (b"GiB", 30), (b"MiB", 20), (b"KiB", 10), (b"B", 0)];
    let (digits, shift) = units.iter().find_map(|&(u, shift)| s.strip_suffix(u).map(|d| (d, shift))).unwrap_or((s, 0));
    let n = parse_decimal(digits)?;
    usize::try_from(n).ok()?.checked_mul(1 << shift)
}

/// The goal after a cycle that left `live` bytes: GOGC percent more, at
/// least the minimum scaled by GOGC, at most the memory limit (but always
/// some room to allocate in).
fn goal(live: usize) -> usize {
    let gogc = GOGC.load(Ordering::Relaxed).min(1 << 20) as usize;
    let goal = (live + live / 100 * gogc).max(MIN_GOAL / 100 * gogc);
    goal.min(MEMORY_LIMIT.load(Ordering::Relaxed)).max(live + MIN_ROOM)
}

/// The least a goal leaves to allocate before the next cycle.
const MIN_ROOM: usize = 64 << 10;

/// Runs a whole cycle: mark, then sweep.
#[inline(never)]
pub fn collect() {
    // Loads and stores, not read-modify-write atomics: on aarch64 those
    // call helpers that need libc, and one thread runs the runtime.
    if RUNNING.load(Ordering::Relaxed) {
        return;
    }
    RUNNING.store(true, Ordering::Relaxed);
    let start = sys::nanotime();
    let before = malloc::heap_live();
    // Pointers held only in callee-saved registers are found here, in
    // this frame, which the stack scan covers.
    let mut registers = [0usize; 12];
    sys::save_callee_saved(&mut registers);
    let mut work = mark::WorkList::new();
    roots::scan(&mut work, sys::stack_pointer(), sys::frame_pointer());
    work.drain();
    core::hint::black_box(&registers);
    malloc::sweep(CLOBBER_FREE.load(Ordering::Relaxed));
    let live = malloc::heap_live();
    let goal = goal(live);
    GOAL.store(goal, Ordering::Relaxed);
    let pause = sys::nanotime() - start;
    let cycle = NUM_GC.load(Ordering::Relaxed) + 1;
    NUM_GC.store(cycle, Ordering::Relaxed);
    PAUSE_TOTAL_NS.store(PAUSE_TOTAL_NS.load(Ordering::Relaxed) + pause, Ordering::Relaxed);
    // SAFETY: only the collector writes the buffer, one cycle at a time.
    unsafe { PAUSES[(cycle as usize + 255) % 256] = pause };
    if TRACE.load(Ordering::Relaxed) {
        trace(cycle, start, pause, before, live, goal);
    }
    RUNNING.store(false, Ordering::Relaxed);
}

/// Go's gctrace line:
/// `gc 1 @0.012s 0%: 0+0.41+0 ms clock, ... 4->4->1 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P`
/// The world is stopped, so the heap when marking ends is the heap when it
/// started (`before`).
fn trace(cycle: u64, start: u64, pause: u64, before: usize, live: usize, goal: usize) {
    let since_start = start - START_NS.load(Ordering::Relaxed);
    let total_pause = PAUSE_TOTAL_NS.load(Ordering::Relaxed);
    let percent = if since_start == 0 { 0 } else { total_pause * 100 / (since_start + pause) };
    let mb = |bytes: usize| print::uint((bytes >> 20) as u64);
    print::lock();
    print::string(b"gc ");
    print::uint(cycle);
    print::string(b" @");
    print_fixed(since_start / 1_000_000, 3);
    print::string(b"s ");
    print::uint(percent);
    print::string(b"%: 0+");
    print_fixed(pause / 1_000, 3);
    print::string(b"+0 ms clock, 0+");
    print_fixed(pause / 1_000, 3);
    print::string(b"/0/0+0 ms cpu, ");
    mb(before);
    print::string(b"->");
    mb(before);
    print::string(b"->");
    mb(live);
    print::string(b" MB, ");
    mb(goal);
    print::string(b" MB goal, 0 MB stacks, 0 MB globals, 1 P\n");
    print::unlock();
}

/// `n / 10^digits` with `digits` decimals.
fn print_fixed(n: u64, digits: u32) {
    let unit = 10u64.pow(digits);
    print::uint(n / unit);
    print::string(b".");
    let frac = n % unit;
    let mut scale = unit / 10;
    while scale > 0 {
        print::uint(frac / scale % 10);
        scale /= 10;
    }
}

/// runtime.GC: runs a cycle now.
#[unsafe(no_mangle)]
#[allow(non_snake_case)]
pub extern "C" fn rgort_runtime_GC() {
    if GOGC.load(Ordering::Relaxed) == GOGC_UNSET {
        configure();
    }
    NUM_FORCED_GC.store(NUM_FORCED_GC.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
    collect();
}

/// Recent pauses, a circular buffer indexed by cycle number (Go's
/// `MemStats.PauseNs`).
static mut PAUSES: [u64; 256] = [0; 256];
static NUM_FORCED_GC: AtomicU64 = AtomicU64::new(0);

/// `runtime.MemStats`, as far as `ReadMemStats` fills it in: word offsets
/// of its fields (all uint64 up to `PauseEnd`).
mod mem_stats {
    pub const ALLOC: usize = 0;
    pub const TOTAL_ALLOC: usize = 1;
    pub const SYS: usize = 2;
    pub const MALLOCS: usize = 4;
    pub const FREES: usize = 5;
    pub const HEAP_ALLOC: usize = 6;
    pub const HEAP_SYS: usize = 7;
    pub const HEAP_IDLE: usize = 8;
    pub const HEAP_INUSE: usize = 9;
    pub const HEAP_OBJECTS: usize = 11;
    pub const NEXT_GC: usize = 21;
    pub const PAUSE_TOTAL_NS: usize = 23;
    pub const PAUSE_NS: usize = 24;
    /// Byte offsets of the fields after the two 256-entry buffers.
    pub const NUM_GC_BYTES: usize = (24 + 512) * 8;
    pub const NUM_FORCED_GC_BYTES: usize = NUM_GC_BYTES + 4;
    pub const ENABLE_GC_BYTES: usize = NUM_GC_BYTES + 16;
}

/// runtime.ReadMemStats.
///
/// # Safety
/// `m` points to a `runtime.MemStats`.
#[unsafe(no_mangle)]
#[allow(non_snake_case)]
pub unsafe extern "C" fn rgort_runtime_ReadMemStats(m: *mut u64) {
    use mem_stats as w;
    let heap = malloc::stats();
    let set = |word: usize, value: u64| *m.add(word) = value;
    set(w::ALLOC, heap.heap_live as u64);
    set(w::TOTAL_ALLOC, heap.total_alloc as u64);
    set(w::SYS, heap.heap_sys as u64);
    set(w::MALLOCS, heap.mallocs);
    set(w::FREES, heap.frees);
    set(w::HEAP_ALLOC, heap.heap_live as u64);
    set(w::HEAP_SYS, heap.heap_sys as u64);
    set(w::HEAP_INUSE, heap.heap_inuse as u64);
    set(w::HEAP_IDLE, (heap.heap_sys - heap.heap_inuse) as u64);
    set(w::HEAP_OBJECTS, heap.heap_objects);
    set(w::NEXT_GC, GOAL.load(Ordering::Relaxed) as u64);
    set(w::PAUSE_TOTAL_NS, PAUSE_TOTAL_NS.load(Ordering::Relaxed));
    for (i, &pause) in (*&raw const PAUSES).iter().enumerate() {
        set(w::PAUSE_NS + i, pause);
    }
    let bytes = m as *mut u8;
    (bytes.add(w::NUM_GC_BYTES) as *mut u32).write(NUM_GC.load(Ordering::Relaxed) as u32);
    (bytes.add(w::NUM_FORCED_GC_BYTES) as *mut u32).write(NUM_FORCED_GC.load(Ordering::Relaxed) as u32);
    *bytes.add(w::ENABLE_GC_BYTES) = 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gomemlimit_values_parse_with_units() {
        assert_eq!(parse_size(b"1024"), Some(1024));
        assert_eq!(parse_size(b"64MiB"), Some(64 << 20));
        assert_eq!(parse_size(b"2GiB"), Some(2 << 30));
        assert_eq!(parse_size(b"10B"), Some(10));
        assert_eq!(parse_size(b"MiB"), None);
        assert_eq!(parse_size(b"12x"), None);
    }
}
