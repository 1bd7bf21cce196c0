//! The golden corpus: every program in tests/golden is built by rgoc for each
//! target and run (a target other than the host's under qemu-user), and its
//! stdout, stderr and exit status are compared with the expectation files.
//! The conventions are described in tests/harness/mod.rs.
//!
//!     cargo test --release --test golden             # everything
//!     cargo test --release --test golden -- arith    # programs matching "arith"
//!
//! `tests/golden/unsupported.txt` lists the programs that use a feature
//! rgoc does not implement yet. Each of those must be refused at compile
//! time with rgoc's "is not supported yet" diagnostic (so the list cannot
//! hide a wrong program); once rgoc compiles one, the test fails until it
//! is taken off the list, and from then on it must pass like the others.

#[path = "harness/mod.rs"]
mod harness;

use harness::{failure, fatal, JobResult, Options, Program, Status};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

struct Target {
    /// Rust's name of the architecture, also the suffix of the executables
    /// (with `-gogc1` for the runs under GOGC=1).
    arch: &'static str,
    /// Run with GOGC=1: a collection at almost every allocation, to show
    /// that the collector frees nothing that is still reachable (freed
    /// objects are filled with 0xdeadbeef, GODEBUG=clobberfree=1, so using
    /// one shows).
    stress_gc: bool,
    /// What rgoc is told through the GOARCH environment variable.
    goarch: &'static str,
    /// `qemu-<arch>` when the target is not the host's architecture.
    emulator: Option<PathBuf>,
}

const TARGETS: [(&str, &str); 2] = [("x86_64", "amd64"), ("aarch64", "arm64")];

fn main() {
    let options = Options::from_env();
    let programs = harness::discover(options.filter.as_deref());
    if programs.is_empty() {
        println!("golden: no program matches {:?}", options.filter.unwrap_or_default());
        return;
    }
    let targets: Vec<Target> = TARGETS
        .iter()
        .map(|&(arch, goarch)| {
            let emulator = (arch != std::env::consts::ARCH).then(|| {
                let qemu = format!("qemu-{arch}");
                harness::find_in_path(&qemu).unwrap_or_else(|| {
                    fatal(&format!(
                        "{qemu} is not on PATH, so the {arch} golden tests cannot run: \
                         run ./bootstrap.sh (it installs qemu-user)"
                    ))
                })
            });
            Target { arch, goarch, emulator, stress_gc: false }
        })
        .chain([Target { arch: std::env::consts::ARCH, goarch: host_goarch(), emulator: None, stress_gc: true }])
        .collect();
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden");
    let unsupported = unsupported_list();

    let jobs: Vec<(&Program, &Target)> = programs.iter().flat_map(|p| targets.iter().map(move |t| (p, t))).collect();
    println!("golden: {} programs x {} targets, {} threads", programs.len(), targets.len(), options.threads);
    let results = harness::run_parallel(&jobs, options.threads, |&(program, target)| {
        let result = if unsupported.contains(&program.name) {
            expect_unsupported(program, target, &out_dir)
        } else {
            build_and_run(program, target, &out_dir)
        };
        let verdict = if result.is_ok() { "ok  " } else { "FAIL" };
        println!("{verdict} {} [{}]", program.name, target.label());
        result
    });
    harness::print_failures(&results);

    let mut per_target = Vec::new();
    for target in &targets {
        let (mut passed, mut total) = (0, 0);
        for (job, result) in jobs.iter().zip(&results) {
            if std::ptr::eq(job.1, target) {
                total += 1;
                passed += result.is_ok() as usize;
            }
        }
        per_target.push(format!("{}: {passed}/{total}", target.label()));
    }
    let passed = results.iter().filter(|r| r.is_ok()).count();
    let failed = results.len() - passed;
    let pending = programs.iter().filter(|p| unsupported.contains(&p.name)).count();
    println!(
        "golden: {passed} passed, {failed} failed ({}); {pending} of {} programs not supported yet",
        per_target.join(", "),
        programs.len()
    );
    if failed > 0 {
        std::process::exit(1);
    }
}

impl Target {
    fn label(&self) -> String {
        if self.stress_gc {
            format!("{}-gogc1", self.arch)
        } else {
            self.arch.to_string()
        }
    }
}

/// The GOARCH of the machine running the tests.
fn host_goarch() -> &'static str {
    TARGETS.iter().find(|(arch, _)| *arch == std::env::consts::ARCH).map_or("amd64", |&(_, goarch)| goarch)
}

/// The names (`area/NAME`) in tests/golden/unsupported.txt; `#` starts a
/// comment.
fn unsupported_list() -> BTreeSet<String> {
    let path = harness::corpus_dir().join("unsupported.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    text.lines().map(|l| l.split('#').next().unwrap().trim()).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

/// A program on the unsupported list must be refused with rgoc's
/// "is not supported yet" diagnostic.
fn expect_unsupported(program: &Program, target: &Target, out_dir: &Path) -> JobResult {
    let what = format!("rgoc, {}, listed in unsupported.txt", target.label());
    let exe = out_dir.join(format!("{}.{}", program.name, target.label()));
    std::fs::create_dir_all(exe.parent().unwrap()).unwrap();
    let mut build = Command::new(env!("CARGO_BIN_EXE_rgoc"));
    build
        .arg("build")
        .arg("-o")
        .arg(&exe)
        .arg(program.build_target().1)
        .current_dir(program.build_target().0)
        .env("GOARCH", target.goarch);
    let built = harness::run(&mut build, None, harness::BUILD_TIMEOUT)
        .map_err(|e| failure(program, &what, &format!("cannot start rgoc: {e}")))?;
    let stderr = String::from_utf8_lossy(&built.stderr);
    if built.status == Status::Exited(0) {
        let verdict = match build_and_run(program, target, out_dir) {
            Ok(()) => "it now passes: take it off tests/golden/unsupported.txt".to_string(),
            Err(report) => format!("it now compiles but fails:\n{report}"),
        };
        return Err(failure(program, &what, &verdict));
    }
    if stderr.contains("is not supported yet") {
        Ok(())
    } else {
        Err(failure(program, &what, &format!("rgoc failed without saying what is unsupported:\n{stderr}")))
    }
}

fn build_and_run(program: &Program, target: &Target, out_dir: &Path) -> JobResult {
    let what = format!("rgoc, {}", target.label());
    let exe = out_dir.join(format!("{}.{}", program.name, target.label()));
    let exe_dir = exe.parent().unwrap();
    std::fs::create_dir_all(exe_dir).unwrap();
    let _ = std::fs::remove_file(&exe);

    // rgoc build -o <exe> NAME.go, from the program's directory.
    let mut build = Command::new(env!("CARGO_BIN_EXE_rgoc"));
    build
        .arg("build")
        .arg("-o")
        .arg(&exe)
        .arg(program.build_target().1)
        .current_dir(program.build_target().0)
        .env("GOARCH", target.goarch);
    let built = harness::run(&mut build, None, harness::BUILD_TIMEOUT)
        .map_err(|e| failure(program, &what, &format!("cannot start rgoc: {e}")))?;
    if built.status != Status::Exited(0) {
        let details = format!(
            "rgoc build failed ({}):\n{}{}",
            built.status,
            String::from_utf8_lossy(&built.stdout),
            String::from_utf8_lossy(&built.stderr)
        );
        return Err(failure(program, &what, &details));
    }

    let mut cmd = match &target.emulator {
        None => Command::new(&exe),
        Some(qemu) => {
            let mut cmd = Command::new(qemu);
            cmd.arg(&exe);
            cmd
        }
    };
    cmd.args(&program.args).current_dir(exe_dir).env_remove("GOTRACEBACK").env_remove("GODEBUG").env_remove("GOGC");
    if target.stress_gc {
        cmd.env("GOGC", "1").env("GODEBUG", "clobberfree=1");
    }
    let outcome = harness::run(&mut cmd, program.stdin.as_deref(), harness::RUN_TIMEOUT)
        .map_err(|e| failure(program, &what, &format!("cannot start {}: {e}", exe.display())))?;
    harness::check(program, &outcome).map_err(|report| failure(program, &what, &report))
}
