//! Shared code for the golden corpus tests: `tests/golden.rs` (programs built
//! by rgoc for every target) and `tests/go_expectations.rs` (the same programs
//! built by the real Go toolchain, to prove the expectations are Go's).
//!
//! # Corpus conventions
//!
//! Every `tests/golden/<area>/NAME.go` is one program, a `package main` on its
//! own; so is every directory `tests/golden/<area>/NAME/` holding a `go.mod`
//! (a module: its root is package main, its subdirectories other packages).
//! Next to it:
//!
//! - `NAME.out`  exact expected stdout (an empty file when nothing is printed).
//! - `NAME.err`  expected stderr. When the expected exit status is 0 it must
//!   match exactly; otherwise stderr must *start with* it (a panic's goroutine
//!   trace holds addresses and paths, so only its leading lines are kept).
//!   Without `NAME.err`, stderr must be empty.
//! - `NAME.exit` expected exit status (0 when the file is absent).
//! - `NAME.in`   stdin for the program (empty stdin when absent).
//! - `NAME.args` command-line arguments, one per line.
//!
//! Expectation files come from Go 1.23, never from rgoc:
//! `tests/golden/expect-from-go.sh` regenerates them, and go_expectations
//! checks every program against them.
//!
//! # Running
//!
//! `cargo test --release --test golden [-- FILTER]`, likewise
//! `--test go_expectations`. FILTER (or the env var `GOLDEN_FILTER`) keeps the
//! programs whose name (`area/NAME`) contains it. `--test-threads=N` sets the
//! number of parallel jobs (default: the number of CPUs).

#![allow(dead_code)]

pub mod compare;
mod parallel;
pub mod process;

pub use compare::check;
pub use parallel::run_parallel;
pub use process::{run, Outcome, Status};

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long one test program may run before it is killed.
pub const RUN_TIMEOUT: Duration = Duration::from_secs(20);
/// How long building one test program may take.
pub const BUILD_TIMEOUT: Duration = Duration::from_secs(120);

/// The reference toolchain: Go 1.23 from Debian's bookworm-backports
/// (bootstrap.sh installs it). Never Debian's default `go`, which is 1.19.
pub const REFERENCE_GO: &str = "/usr/lib/go-1.23/bin/go";

/// The reference `go` command, or a fatal error naming bootstrap.sh.
pub fn reference_go() -> PathBuf {
    let go = PathBuf::from(REFERENCE_GO);
    if !go.is_file() {
        fatal(&format!("{REFERENCE_GO} is missing: run ./bootstrap.sh (it installs golang-1.23-go)"));
    }
    go
}

/// One program of the corpus with its expectations.
pub struct Program {
    /// `area/NAME`, with `/` separators whatever the platform.
    pub name: String,
    /// Absolute path of `NAME.go`.
    pub source: PathBuf,
    pub stdout: Vec<u8>,
    pub stderr: Option<Vec<u8>>,
    pub exit: i32,
    pub stdin: Option<Vec<u8>>,
    pub args: Vec<String>,
}

/// Command-line options shared by both test binaries.
pub struct Options {
    pub filter: Option<String>,
    pub threads: usize,
}

impl Options {
    /// Reads the options from the command line (cargo passes everything
    /// after `--`) and the environment. libtest flags that cargo may pass are
    /// ignored, so that `cargo test` with other flags keeps working.
    pub fn from_env() -> Options {
        let mut filter = None;
        let mut threads = None;
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            if let Some(n) = arg.strip_prefix("--test-threads=") {
                threads = n.parse().ok();
            } else if arg == "--test-threads" {
                threads = args.next().and_then(|n| n.parse().ok());
            } else if ["--skip", "--logfile", "--format", "--color", "-Z", "--shuffle-seed"].contains(&arg.as_str()) {
                args.next();
            } else if arg.starts_with('-') {
                // Any other flag (--nocapture, --quiet, --exact, ...).
            } else if filter.is_none() {
                filter = Some(arg);
            }
        }
        if filter.is_none() {
            filter = std::env::var("GOLDEN_FILTER").ok().filter(|f| !f.is_empty());
        }
        let threads =
            threads.filter(|&n| n > 0).unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        Options { filter, threads }
    }
}

/// `tests/golden` of this checkout.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/golden")
}

impl Program {
    /// Where to run a build of the program and what to build there: the
    /// file itself, or `.` for a module.
    pub fn build_target(&self) -> (&Path, &str) {
        if self.source.is_dir() {
            (&self.source, ".")
        } else {
            (self.source.parent().unwrap(), self.source.file_name().unwrap().to_str().unwrap())
        }
    }
}

/// Every program of the corpus whose name contains the filter, sorted by name.
pub fn discover(filter: Option<&str>) -> Vec<Program> {
    let root = corpus_dir();
    let root =
        root.canonicalize().unwrap_or_else(|e| fatal(&format!("cannot open the corpus {}: {e}", root.display())));
    let mut sources = Vec::new();
    collect_go_files(&root, &mut sources);
    let mut programs: Vec<Program> = sources
        .into_iter()
        .map(|source| {
            let rel = source.strip_prefix(&root).unwrap().with_extension("");
            let name =
                rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/");
            (name, source)
        })
        .filter(|(name, _)| filter.is_none_or(|f| name.contains(f)))
        .map(|(name, source)| load(name, source))
        .collect();
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    programs
}

fn collect_go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| fatal(&format!("cannot read {}: {e}", dir.display())));
    for entry in entries {
        let path = entry.unwrap().path();
        let hidden = path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() && path.join("go.mod").is_file() {
            // A module: one program made of packages.
            out.push(path);
        } else if path.is_dir() {
            collect_go_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

fn load(name: String, source: PathBuf) -> Program {
    let sibling = |ext: &str| source.with_extension(ext);
    let read = |ext: &str| -> Option<Vec<u8>> {
        let path = sibling(ext);
        match fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => fatal(&format!("cannot read {}: {e}", path.display())),
        }
    };
    let text = |ext: &str| read(ext).map(|b| String::from_utf8_lossy(&b).into_owned());

    let stdout = read("out").unwrap_or_else(|| {
        fatal(&format!(
            "{name}: {} is missing (generate it with tests/golden/expect-from-go.sh)",
            sibling("out").display()
        ))
    });
    let exit = match text("exit") {
        None => 0,
        Some(t) => t
            .trim()
            .parse()
            .unwrap_or_else(|_| fatal(&format!("{name}: {} must hold an integer", sibling("exit").display()))),
    };
    let args = text("args").map_or_else(Vec::new, |t| t.lines().map(str::to_owned).collect());
    Program { name, stdout, stderr: read("err"), exit, stdin: read("in"), args, source }
}

/// The full path of an executable found on PATH.
pub fn find_in_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| {
        use std::os::unix::fs::PermissionsExt;
        p.metadata().is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    })
}

/// Stops the test run with an error that is not about one program (missing
/// tool, unreadable corpus). Never used to skip silently.
pub fn fatal(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}

/// The outcome of one job: `Ok` when it passed, otherwise the failure report.
pub type JobResult = Result<(), String>;

/// Formats the header of a failure report.
pub fn failure(program: &Program, what: &str, details: &str) -> String {
    let mut s = format!("---- {} ({what}) ----\n", program.name);
    s.push_str(&format!("source: {}\n", program.source.display()));
    s.push_str(details);
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// Prints every failure report in job order, then nothing else: the callers
/// print their own summary line.
pub fn print_failures<'a>(reports: impl IntoIterator<Item = &'a JobResult>) {
    let failures: Vec<&String> = reports.into_iter().filter_map(|r| r.as_ref().err()).collect();
    if failures.is_empty() {
        return;
    }
    println!("\nfailures:\n");
    for report in failures {
        println!("{report}");
    }
}
