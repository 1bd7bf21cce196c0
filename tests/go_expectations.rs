//! Proves that the golden expectations are Go's: every program in
//! tests/golden is built with the reference toolchain (Go 1.23's `go build`)
//! and run natively, with the same comparison rules as tests/golden.rs.
//! The conventions are described in tests/harness/mod.rs.
//!
//!     cargo test --release --test go_expectations [-- FILTER]

#[path = "harness/mod.rs"]
mod harness;

use harness::{failure, JobResult, Options, Program, Status};
use std::path::{Path, PathBuf};
use std::process::Command;

struct Go {
    exe: PathBuf,
    /// GOCACHE, GOPATH and an empty working directory, all under the
    /// target directory so the tests leave nothing elsewhere.
    cache: PathBuf,
    gopath: PathBuf,
    cwd: PathBuf,
    bin: PathBuf,
}

fn main() {
    let options = Options::from_env();
    let programs = harness::discover(options.filter.as_deref());
    if programs.is_empty() {
        println!("go_expectations: no program matches {:?}", options.filter.unwrap_or_default());
        return;
    }
    let exe = harness::reference_go();
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("go-expectations");
    let go =
        Go { exe, cache: tmp.join("gocache"), gopath: tmp.join("gopath"), cwd: tmp.join("cwd"), bin: tmp.join("bin") };
    std::fs::create_dir_all(&go.cwd).unwrap();
    if let Ok(version) = Command::new(&go.exe).arg("version").output() {
        print!("{}", String::from_utf8_lossy(&version.stdout));
    }

    let checked: Vec<&Program> = programs.iter().collect();
    println!("go_expectations: {} programs, {} threads", checked.len(), options.threads);
    let results = harness::run_parallel(&checked, options.threads, |program| {
        let result = build_and_run(program, &go);
        println!("{} {}", if result.is_ok() { "ok  " } else { "FAIL" }, program.name);
        result
    });
    harness::print_failures(&results);

    let passed = results.iter().filter(|r| r.is_ok()).count();
    let failed = results.len() - passed;
    println!("go_expectations: {passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}

fn build_and_run(program: &Program, go: &Go) -> JobResult {
    let what = "go build";
    let exe = go.bin.join(&program.name);
    let exe_dir = exe.parent().unwrap();
    std::fs::create_dir_all(exe_dir).unwrap();
    let _ = std::fs::remove_file(&exe);

    let mut build = Command::new(&go.exe);
    build
        .arg("build")
        .arg("-o")
        .arg(&exe)
        .arg(program.build_target().1)
        .current_dir(program.build_target().0)
        .env("GOCACHE", &go.cache)
        .env("GOPATH", &go.gopath)
        .env("GOFLAGS", "")
        .env("GOTOOLCHAIN", "local")
        .env_remove("GOARCH")
        .env_remove("GOOS");
    let built = harness::run(&mut build, None, harness::BUILD_TIMEOUT)
        .map_err(|e| failure(program, what, &format!("cannot start go: {e}")))?;
    if built.status != Status::Exited(0) {
        let details = format!(
            "go build failed ({}):\n{}{}",
            built.status,
            String::from_utf8_lossy(&built.stdout),
            String::from_utf8_lossy(&built.stderr)
        );
        return Err(failure(program, what, &details));
    }

    let mut cmd = Command::new(&exe);
    cmd.args(&program.args).current_dir(&go.cwd).env_remove("GOTRACEBACK").env_remove("GODEBUG");
    let outcome = harness::run(&mut cmd, program.stdin.as_deref(), harness::RUN_TIMEOUT)
        .map_err(|e| failure(program, what, &format!("cannot start {}: {e}", exe.display())))?;
    harness::check(program, &outcome).map_err(|report| failure(program, what, &report))
}
