//! The garbage collector under load: each `tests/gc/NAME.go` is built with
//! rgoc for the host, run natively, and must print a line starting with
//! `ok` in which every word after the first two is `true`, with a peak
//! resident set size below `RSS_LIMIT`. The programs allocate far more than
//! the limit (alloc_10gb allocates 10 GB), so only a collector that frees
//! memory, and gives it back, passes.
//!
//! The peak is the kernel's `ru_maxrss` for the children a process has
//! waited for, so each program runs under a fresh test process (`--run`)
//! whose only child it is.

use std::path::Path;
use std::process::Command;

/// Bytes of resident memory no program may exceed.
const RSS_LIMIT: u64 = 16 << 20;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let [_, flag, exe] = args.as_slice() {
        if flag == "--run" {
            match run(Path::new(exe)) {
                Ok(report) => println!("ok   {report}"),
                Err(report) => {
                    println!("FAIL {report}");
                    std::process::exit(1);
                }
            }
            return;
        }
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/gc");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("gc");
    std::fs::create_dir_all(&out).expect("create the output directory");
    let filter = std::env::args().nth(1).filter(|a| !a.starts_with('-'));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/gc")
        .filter_map(|e| e.ok()?.file_name().into_string().ok()?.strip_suffix(".go").map(str::to_string))
        .filter(|name| filter.as_ref().is_none_or(|f| name.contains(f.as_str())))
        .collect();
    names.sort();
    let mut failed = 0;
    for name in &names {
        let exe = out.join(name);
        let ok = match build(&dir.join(format!("{name}.go")), &exe) {
            Ok(()) => Command::new(std::env::current_exe().unwrap()).arg("--run").arg(&exe).status().unwrap().success(),
            Err(report) => {
                println!("FAIL {name}: {report}");
                false
            }
        };
        failed += usize::from(!ok);
    }
    println!("gc: {} passed, {failed} failed", names.len() - failed);
    if failed > 0 {
        std::process::exit(1);
    }
}

fn build(source: &Path, exe: &Path) -> Result<(), String> {
    let built = Command::new(env!("CARGO_BIN_EXE_rgoc"))
        .arg("build")
        .arg("-o")
        .arg(exe)
        .arg(source)
        .env_remove("GOARCH")
        .output()
        .map_err(|e| format!("cannot run rgoc: {e}"))?;
    if !built.status.success() {
        return Err(format!("rgoc build failed:\n{}", String::from_utf8_lossy(&built.stderr)));
    }
    Ok(())
}

/// Runs `exe` and checks its output and peak RSS.
fn run(exe: &Path) -> Result<String, String> {
    let name = exe.file_name().unwrap_or_default().to_string_lossy();
    let ran = Command::new(exe)
        .env_remove("GOGC")
        .env_remove("GODEBUG")
        .env_remove("GOMEMLIMIT")
        .output()
        .map_err(|e| format!("{name}: cannot run {}: {e}", exe.display()))?;
    let output = String::from_utf8_lossy(&ran.stderr).into_owned() + &String::from_utf8_lossy(&ran.stdout);
    let line = output.lines().next().unwrap_or_default();
    let words: Vec<&str> = line.split_whitespace().collect();
    if !ran.status.success() || words.first() != Some(&"ok") || words.iter().skip(2).any(|w| *w != "true") {
        return Err(format!("{name}: {}; output:\n{output}", ran.status));
    }
    let peak = max_child_rss();
    if peak > RSS_LIMIT {
        return Err(format!("{name}: peak RSS {} MB is above the limit of {} MB", peak >> 20, RSS_LIMIT >> 20));
    }
    Ok(format!("{name}: {line} (peak RSS {:.1} MB)", peak as f64 / (1 << 20) as f64))
}

/// The largest peak resident set size of the children waited for, in bytes.
fn max_child_rss() -> u64 {
    // SAFETY: getrusage writes the struct it is given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage);
        usage
    };
    usage.ru_maxrss as u64 * 1024
}
