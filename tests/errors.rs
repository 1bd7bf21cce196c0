//! Compile-error tests, in the convention of Go's own test suite: every
//! `tests/errors/*.go` is built with rgoc, which must fail with exit status
//! 1; each line carrying `// ERROR "regexp"` must get an error whose message
//! matches the regexp, and no other line may get one. Messages follow
//! `file.go:LINE:COL: message` (continuation lines start with a tab).
//!
//! `cargo test --release --test errors [-- FILTER]`

use regex::Regex;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/errors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/errors exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .filter(|p| filter.as_ref().is_none_or(|f| p.to_string_lossy().contains(f.as_str())))
        .collect();
    files.sort();
    let mut failures = 0;
    for file in &files {
        let problems = check_file(file);
        if !problems.is_empty() {
            failures += 1;
            eprintln!("FAIL {}", file.display());
            for p in problems {
                eprintln!("    {p}");
            }
        }
    }
    println!("errors: {} passed, {} failed", files.len() - failures, failures);
    if failures > 0 {
        std::process::exit(1);
    }
}

/// What is wrong with rgoc's diagnostics for one file; empty when right.
fn check_file(file: &Path) -> Vec<String> {
    let source = std::fs::read_to_string(file).expect("readable test file");
    let expected = annotations(&source);
    let out_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("errors");
    std::fs::create_dir_all(&out_dir).expect("output directory");
    let output = Command::new(env!("CARGO_BIN_EXE_rgoc"))
        .arg("build")
        .arg("-o")
        .arg(out_dir.join(file.file_stem().unwrap()))
        .arg(file)
        .output()
        .expect("running rgoc");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut problems = Vec::new();
    if output.status.code() != Some(1) {
        problems.push(format!("exit status {:?}, want 1; stderr:\n{stderr}", output.status.code()));
        return problems;
    }
    let reported = diagnostics(&stderr, file);
    for (line, pattern) in &expected {
        let re = Regex::new(&go_pattern(pattern)).unwrap_or_else(|e| panic!("bad regexp on line {line}: {e}"));
        match reported.get(line) {
            None => problems.push(format!("line {line}: no error, want one matching {pattern:?}")),
            Some(msgs) if !msgs.iter().any(|m| re.is_match(m)) => {
                problems.push(format!("line {line}: got {msgs:?}, want a match for {pattern:?}"))
            }
            Some(_) => {}
        }
    }
    for (line, msgs) in &reported {
        if !expected.contains_key(line) {
            problems.push(format!("line {line}: unexpected error {msgs:?}"));
        }
    }
    problems
}

/// A Go (RE2) regexp in the syntax of the `regex` crate: Go reads a `{`
/// that does not start a repetition `{n}`, `{n,}` or `{n,m}` as itself.
fn go_pattern(pattern: &str) -> String {
    let repetition = Regex::new(r"^\{\d+(,\d*)?\}").unwrap();
    let mut out = String::new();
    for (i, c) in pattern.char_indices() {
        let escaped = i > 0 && pattern[..i].ends_with('\\');
        if c == '{' && !escaped && !repetition.is_match(&pattern[i..]) {
            out.push_str("\\{");
        } else {
            out.push(c);
        }
    }
    out
}

/// `line -> regexp` from `// ERROR "regexp"` comments.
fn annotations(source: &str) -> BTreeMap<u32, String> {
    let marker = Regex::new(r#"// ERROR "((?:[^"\\]|\\.)*)""#).unwrap();
    source
        .lines()
        .enumerate()
        .filter_map(|(i, text)| {
            let caps = marker.captures(text)?;
            Some((i as u32 + 1, caps[1].replace("\\\"", "\"")))
        })
        .collect()
}

/// `line -> messages` from rgoc's stderr for `file`; a message's
/// tab-indented continuation lines are joined to it.
fn diagnostics(stderr: &str, file: &Path) -> BTreeMap<u32, Vec<String>> {
    let name = regex::escape(&file.display().to_string());
    let line_re = Regex::new(&format!(r"^{name}:(\d+):\d+: (.*)$")).unwrap();
    let mut result: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    let mut last: Option<u32> = None;
    for text in stderr.lines() {
        if let Some(caps) = line_re.captures(text) {
            let line: u32 = caps[1].parse().unwrap();
            result.entry(line).or_default().push(caps[2].to_string());
            last = Some(line);
        } else if let (Some(line), Some(rest)) = (last, text.strip_prefix('\t')) {
            let msgs = result.get_mut(&line).unwrap();
            let joined = format!("{}\n\t{rest}", msgs.pop().unwrap());
            msgs.push(joined);
        } else if text != "too many errors" {
            result.entry(0).or_default().push(text.to_string());
        }
    }
    result
}
