//! Crash scan: rgoc on every file of Go's test suite, one file at a time.
//!
//! Go 1.23 ships the suite in /usr/lib/go-1.23/test (bootstrap.sh installs
//! golang-1.23-src; nothing of it is copied into this project). This runner
//! builds each `.go` file of it, in every subdirectory and whatever its
//! recipe (`// run`, `// errorcheck`, `// compile`, ...), on its own with
//! `rgoc build -o EXE FILE.go` for x86_64, from the file's directory, killing
//! rgoc after 60 seconds. What the program would do is not looked at
//! (tests/conformance.rs does that for the `// run` tests); only how rgoc
//! ends:
//!
//! - clean: rgoc exits with status 0, or with status 1 after printing only
//!   positioned diagnostics: every non-empty stderr line is
//!   `FILE:LINE:COL: message`, a tab-indented continuation of one, or gc's
//!   `too many errors`, and there is at least one. It accepted the file or
//!   refused it as a compiler should.
//! - crash: anything else. An internal compiler error (a panic: exit status
//!   3), a signal (SIGSEGV, or SIGABRT when rgoc overflows its own stack),
//!   the timeout, any other exit status, or exit status 1 with an error that
//!   has no position (a Cranelift or link error).
//!
//! Every crash gets one line: the file, what happened and the line of
//! rgoc's stderr that says why. `tests/crash_scan/known.txt` lists the files
//! known to crash (one path relative to the suite's directory per line, `#`
//! starts a comment line). The binary exits with status 1 when a file that
//! is not listed crashes, and also when a listed file no longer crashes: the
//! list only shrinks, so a fix must remove its files from it.
//!
//!     cargo test --release --test crash_scan                  # the whole suite
//!     cargo test --release --test crash_scan -- fixedbugs/    # paths containing "fixedbugs/"
//!
//! With a filter, only the listed files that match it are checked.
//! `--test-threads=N` sets the number of parallel builds (default: the
//! number of CPUs).

#[path = "harness/mod.rs"]
#[allow(unused_imports)] // the golden tests' `check` is not used here
mod harness;

use harness::{fatal, Options, Status};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Where golang-1.23-src puts Go's test suite.
const GO_TEST_DIR: &str = "/usr/lib/go-1.23/test";
/// How long one build may take before rgoc is killed (the slowest clean
/// builds take a few seconds).
const BUILD_TIMEOUT: Duration = Duration::from_secs(60);
/// Crash lines show at most this many characters of rgoc's message.
const MAX_MESSAGE_CHARS: usize = 200;
/// How rgoc's report of a panic starts (it exits with status 3 after it).
const ICE: &str = "rgoc: internal compiler error: ";

/// How rgoc failed on one file.
struct Crash {
    /// What happened: `internal compiler error`, `killed by signal 6
    /// (SIGABRT)`, `exit status 101`, ...
    reason: String,
    /// The line of rgoc's stderr that says why, shortened.
    message: String,
}

fn main() {
    let started = Instant::now();
    let options = Options::from_env();
    let filter = options.filter.as_deref();

    let root = Path::new(GO_TEST_DIR);
    if !root.is_dir() {
        fatal(&format!(
            "{GO_TEST_DIR} is missing, so Go's test suite cannot be scanned: \
             run ./bootstrap.sh (it installs golang-1.23-src with Go's test suite)"
        ));
    }
    let mut names = Vec::new();
    collect_go_files(root, root, &mut names);
    names.retain(|name| filter.is_none_or(|f| name.contains(f)));

    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("crash_scan");
    let outcomes = harness::run_parallel(&names, options.threads, |name| build(root, name, &out_dir));
    let elapsed = started.elapsed().as_secs_f64();

    let known_path = known_path();
    let known = read_known(&known_path);
    let mut unknown = Vec::new();
    for (name, outcome) in names.iter().zip(&outcomes) {
        let Some(crash) = outcome else { continue };
        let mark = if known.contains(name) {
            ""
        } else {
            unknown.push(name);
            " [not in known.txt]"
        };
        println!("crash {name}: {}: {}{mark}", crash.reason, crash.message);
    }
    let crashes = outcomes.iter().filter(|o| o.is_some()).count();
    println!("crash_scan: {} files, {} clean, {crashes} crashes in {elapsed:.1} s", names.len(), names.len() - crashes);

    let stale = stale_entries(&known, &names, &outcomes, filter);
    if !unknown.is_empty() {
        println!(
            "\ncrash_scan: {} file(s) crash that {} does not list; fix rgoc, or list them there \
             under a comment giving the cause:",
            unknown.len(),
            known_path.display()
        );
        for name in &unknown {
            println!("    {name}");
        }
    }
    if !stale.is_empty() {
        println!(
            "\ncrash_scan: {} file(s) listed in {} no longer crash; remove them from it \
             (the list only shrinks):",
            stale.len(),
            known_path.display()
        );
        for entry in &stale {
            println!("    {entry}");
        }
    }
    if !unknown.is_empty() || !stale.is_empty() {
        std::process::exit(1);
    }
}

// ---------------------------------------------------------------------------
// Discovery

/// Appends the path relative to `root`, `/`-separated, of every `.go` file
/// under `dir`, in sorted order.
fn collect_go_files(root: &Path, dir: &Path, names: &mut Vec<String>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| fatal(&format!("cannot read {}: {e}", dir.display())));
    let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect_go_files(root, &path, names);
        } else if path.extension().is_some_and(|e| e == "go") {
            let relative = path.strip_prefix(root).unwrap();
            let parts: Vec<String> =
                relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            names.push(parts.join("/"));
        }
    }
}

// ---------------------------------------------------------------------------
// Building

/// Builds the file `name` of the suite into a scratch executable, deleted
/// afterwards, and says how rgoc crashed; `None` when it ended cleanly.
fn build(root: &Path, name: &str, out_dir: &Path) -> Option<Crash> {
    let source = root.join(name);
    let exe = out_dir.join(name).with_extension("");
    std::fs::create_dir_all(exe.parent().unwrap())
        .unwrap_or_else(|e| fatal(&format!("cannot create {}: {e}", out_dir.display())));

    // rgoc build -o <exe> NAME.go, from the file's directory.
    let mut rgoc = Command::new(env!("CARGO_BIN_EXE_rgoc"));
    rgoc.arg("build")
        .arg("-o")
        .arg(&exe)
        .arg(source.file_name().unwrap())
        .current_dir(source.parent().unwrap())
        .env("GOARCH", "amd64");
    let built =
        harness::run(&mut rgoc, None, BUILD_TIMEOUT).unwrap_or_else(|e| fatal(&format!("cannot start rgoc: {e}")));
    let _ = std::fs::remove_file(&exe);
    crash(built.status, &String::from_utf8_lossy(&built.stderr))
}

/// How a build that ended with `status` and printed `stderr` crashed;
/// `None` when it ended cleanly.
fn crash(status: Status, stderr: &str) -> Option<Crash> {
    let first_line = || stderr_line(stderr, |_| true).unwrap_or_else(|| "(no output)".to_owned());
    let (reason, message) = match status {
        Status::Exited(0) => return None,
        Status::Exited(1) => match stderr_line(stderr, |line| !is_diagnostic(line)) {
            Some(line) => ("error without a position".to_owned(), line),
            None if stderr.trim().is_empty() => {
                ("exit status 1 without a message".to_owned(), "(no output)".to_owned())
            }
            None => return None,
        },
        Status::Exited(3) => {
            let report = stderr_line(stderr, |line| line.starts_with(ICE)).unwrap_or_else(first_line);
            ("internal compiler error".to_owned(), report.trim_start_matches(ICE).to_owned())
        }
        Status::Signaled(signal) => (format!("killed by {}", signal_name(signal)), first_line()),
        status => (status.to_string(), first_line()),
    };
    Some(Crash { reason, message })
}

/// The first non-empty line of `stderr` that `pick` accepts, trimmed and
/// shortened. A line ending with a colon announces the next one (`rgoc:
/// linking ... failed:`, or a panic's `panicked at FILE:LINE:COL:` before
/// its message), so that line is joined to it.
fn stderr_line(stderr: &str, pick: impl Fn(&str) -> bool) -> Option<String> {
    let mut lines = stderr.lines().filter(|line| !line.trim().is_empty());
    let line = lines.find(|line| pick(line))?.trim();
    Some(match lines.next() {
        Some(next) if line.ends_with(':') => shorten(&format!("{line} {}", next.trim())),
        _ => shorten(line),
    })
}

/// Whether `line` belongs to a positioned Go diagnostic: `FILE:LINE:COL:
/// message`, a tab-indented continuation line, or gc's `too many errors`.
fn is_diagnostic(line: &str) -> bool {
    if line.starts_with('\t') || line == "too many errors" {
        return true;
    }
    let is_number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match line.splitn(4, ':').collect::<Vec<_>>()[..] {
        [file, row, column, message] => {
            !file.is_empty()
                && is_number(row)
                && is_number(column)
                && message.starts_with(' ')
                && !message.trim().is_empty()
        }
        _ => false,
    }
}

fn signal_name(signal: i32) -> String {
    let name = match signal {
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        _ => return format!("signal {signal}"),
    };
    format!("signal {signal} ({name})")
}

/// `text` cut to `MAX_MESSAGE_CHARS` characters, keeping its start and its
/// end (a linker names the object file first and the problem last).
fn shorten(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= MAX_MESSAGE_CHARS {
        return text.to_owned();
    }
    let half = MAX_MESSAGE_CHARS / 2;
    let head: String = chars[..half].iter().collect();
    let tail: String = chars[chars.len() - half..].iter().collect();
    format!("{head} ... {tail}")
}

// ---------------------------------------------------------------------------
// The list of known crashes

fn known_path() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    root.join("tests/crash_scan/known.txt")
}

/// The listed paths; `#` starts a comment line.
fn read_known(path: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| fatal(&format!("cannot read {}: {e}", path.display())));
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_owned).collect()
}

/// The listed files within the filter that did not crash, with a note on
/// those that are not files of the suite at all.
fn stale_entries(
    known: &BTreeSet<String>,
    names: &[String],
    outcomes: &[Option<Crash>],
    filter: Option<&str>,
) -> Vec<String> {
    let mut stale = Vec::new();
    for entry in known.iter().filter(|e| filter.is_none_or(|f| e.contains(f))) {
        match names.iter().position(|name| name == entry) {
            None => stale.push(format!("{entry} (not a file of {GO_TEST_DIR})")),
            Some(k) if outcomes[k].is_none() => stale.push(entry.clone()),
            Some(_) => {}
        }
    }
    stale
}
