//! Parses every `.go` file of Go 1.23's source tree (`testdata`
//! directories excluded, as they hold deliberately broken programs) and
//! fails, listing each file with its first error, unless all parse. Prints
//! the number of files and lines and the throughput; run it with
//! `cargo test --release --test parse_go_tree` for a meaningful figure.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use rgoc::source::SourceFile;
use rgoc::syntax::parse_file;

const GO_SRC: &str = "/usr/lib/go-1.23/src";

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        // The tree's top-level directories are symbolic links: follow them.
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "testdata") {
                collect(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "go") {
            out.push(path);
        }
    }
}

fn main() {
    let root = Path::new(GO_SRC);
    if !root.is_dir() {
        eprintln!("{GO_SRC} is missing: run ./bootstrap.sh to install Go 1.23 (golang-1.23-src)");
        std::process::exit(1);
    }
    let mut files = Vec::new();
    collect(root, &mut files);
    let sources: Vec<SourceFile> =
        files.iter().map(|p| SourceFile::load(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))).collect();
    let lines: usize = sources.iter().map(|s| s.line_count()).sum();
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();

    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let start = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(source) = sources.get(i) else { break };
                let (_, errors) = parse_file(source);
                if !errors.is_empty() {
                    let first = errors.first().map_or("no message".to_string(), |d| d.render(source));
                    failures.lock().unwrap().push(first);
                }
            });
        }
    });
    let elapsed = start.elapsed().as_secs_f64();

    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    println!(
        "parsed {} files, {} lines, {:.1} MB in {:.2}s on {} threads: {:.0} lines/s",
        sources.len(),
        lines,
        bytes as f64 / 1e6,
        elapsed,
        threads,
        lines as f64 / elapsed
    );
    if !failures.is_empty() {
        for f in &failures {
            println!("{f}");
        }
        println!("0 passed, {} failed", failures.len());
        std::process::exit(1);
    }
    println!("{} passed, 0 failed", sources.len());
}
