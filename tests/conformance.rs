//! Go's own test suite as rgoc's conformance figure.
//!
//! Go 1.23 ships the suite in /usr/lib/go-1.23/test (bootstrap.sh installs
//! golang-1.23-src; nothing of it is copied into this project). This runner
//! takes the `// run` tests of `test/` and of its `ken/`, `chan/`,
//! `interface/`, `fixedbugs/` and `typeparam/` directories that import
//! nothing, builds each with `rgoc build` for x86_64, runs it and compares its
//! output with Go's expectation the way the suite's own driver
//! (`cmd/internal/testdir`) does:
//!
//! - stdout and stderr go to one pipe and are compared together with
//!   `NAME.out` (`println` writes to stderr, and the `.out` files expect it);
//!   `\r\n` in the output counts as `\n`. Without `NAME.out` the test must
//!   print nothing.
//! - The test passes only when, in addition, it exits with status 0: a test
//!   that panics fails even if its `.out` holds the panic message.
//! - The test runs with empty stdin, no arguments and the suite's directory
//!   as working directory, and is killed after 10 seconds.
//!
//! Which files count, from the header before `package`:
//!
//! - The recipe is the first line after any leading `// +build` or
//!   `//go:build` lines. It must be exactly `// run`; `// run ARGS...`,
//!   `// runoutput`, `// rundir` and `// runindir` are "not applicable", and
//!   other recipes (`// errorcheck`, `// compile`, ...) are not counted at all.
//!   Build-constraint lines right after `// run` (which the driver happens to pass
//!   to the program as arguments) are fine.
//! - Every `// +build` / `//go:build` line before `package` must hold for
//!   linux/amd64, with the driver's tags: `linux`, `amd64`, `gc`, `test_run`,
//!   the release tags `go1.1` to `go1.23` and Go 1.23's default experiments
//!   `goexperiment.regabiwrappers`, `goexperiment.regabiargs` and
//!   `goexperiment.coverageredesign` (not `cgo`: rgoc has no cgo; not
//!   `unix`, which the driver does not know).
//! - The file must have no import declaration at all.
//!
//! Each counted test is then `passed`, `unsupported` (rgoc refused it with an
//! error containing "is not supported yet", its wording for what it does not
//! implement yet) or `failed` (any other compile error, an internal compiler
//! error, a crash, a timeout, wrong output or a non-zero exit status).
//!
//! Failing tests do not fail this test binary: the pass count is a figure,
//! not a gate. The exception is `tests/conformance/must-pass.txt`, the tests
//! that passed when it was last updated: if any of them does not pass, the
//! binary exits with status 1.
//!
//!     cargo test --test conformance                    # summary and failures
//!     cargo test --test conformance -- -v              # every test, with details
//!     cargo test --test conformance -- ken/            # tests whose name contains "ken/"
//!     cargo test --test conformance -- --update-must-pass
//!
//! Test names are paths relative to the suite's directory (`helloworld.go`,
//! `ken/chan.go`, `fixedbugs/bug000.go`). `--update-must-pass` pins the
//! currently passing tests (with a filter: only the entries matching it are
//! replaced). `--test-threads=N` sets the number of parallel jobs.

#[path = "harness/mod.rs"]
#[allow(unused_imports)] // the golden tests' `check` is not used here
mod harness;

use harness::{fatal, Options, Status};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Where golang-1.23-src puts Go's test suite.
const GO_TEST_DIR: &str = "/usr/lib/go-1.23/test";
/// The directories of the suite that are searched, relative to it.
const DIRS: [&str; 6] = ["", "ken", "chan", "interface", "fixedbugs", "typeparam"];
/// How long one test program may run (the driver has no default limit; the
/// slowest of these tests takes well under a second with gc).
const RUN_TIMEOUT: Duration = Duration::from_secs(10);
/// rgoc's wording when it refuses a feature it does not implement yet.
const UNSUPPORTED: &str = "is not supported yet";
/// The build tags that hold, besides the release tags, as in the driver's
/// `context.match` for linux/amd64 with Go 1.23's default experiments
/// (`go/build`'s `Default.ToolTags`).
const TAGS: [&str; 7] = [
    "linux",
    "amd64",
    "gc",
    "test_run",
    "goexperiment.regabiwrappers",
    "goexperiment.regabiargs",
    "goexperiment.coverageredesign",
];
/// The newest release tag: `go1.1` to `go1.23` hold.
const LAST_RELEASE: u32 = 23;
/// At most this many lines of compiler output are shown with `-v`.
const MAX_DETAIL_LINES: usize = 40;

/// How one file of the suite counts, from its header.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `// run`, allowed on linux/amd64, imports nothing: run it.
    Run,
    /// `// run` but with an import declaration.
    Imports,
    /// `// run` with arguments, or `// runoutput`, `// rundir`, `// runindir`.
    Variant,
    /// A `// run...` recipe whose build constraints exclude linux/amd64.
    Excluded,
    /// Any other recipe (errorcheck, compile, ...): not counted.
    Other,
}

struct Test {
    /// Path relative to the suite's directory, `/`-separated.
    name: String,
    /// Index into `DIRS`.
    dir: usize,
    source: PathBuf,
    /// The contents of `NAME.out`, empty when there is none.
    expected: Vec<u8>,
}

enum Verdict {
    Passed,
    /// rgoc's first "is not supported yet" message.
    Unsupported(String),
    Failed(Failure),
}

struct Failure {
    /// One line saying what went wrong.
    reason: String,
    /// The compiler output or the output diff, shown with `-v`.
    details: String,
}

struct Flags {
    verbose: bool,
    update_must_pass: bool,
}

fn main() {
    let started = Instant::now();
    let options = Options::from_env();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flags = Flags {
        verbose: args.iter().any(|a| a == "-v" || a == "--verbose"),
        update_must_pass: args.iter().any(|a| a == "--update-must-pass"),
    };
    let filter = options.filter.as_deref();

    let root = Path::new(GO_TEST_DIR);
    if !root.is_dir() {
        fatal(&format!(
            "{GO_TEST_DIR} is missing, so Go's test suite cannot run: \
             run ./bootstrap.sh (it installs golang-1.23-src with Go's test suite)"
        ));
    }
    let (tests, skipped) = discover(root, filter);

    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("conformance");
    let verdicts = harness::run_parallel(&tests, options.threads, |test| run_test(test, root, &out_dir));

    // One line per test: failures always, everything with -v.
    for (test, verdict) in tests.iter().zip(&verdicts) {
        match verdict {
            Verdict::Passed if flags.verbose => println!("ok    {}", test.name),
            Verdict::Unsupported(message) if flags.verbose => {
                println!("unsup {}: {message}", test.name)
            }
            Verdict::Failed(failure) => {
                println!("FAIL  {}: {}", test.name, failure.reason);
                if flags.verbose {
                    for line in failure.details.lines() {
                        println!("        {line}");
                    }
                }
            }
            _ => {}
        }
    }

    print_summary(&tests, &verdicts, &skipped, filter);
    println!("conformance: {:.1}s with {} threads", started.elapsed().as_secs_f64(), options.threads);

    let must_pass_path = must_pass_path();
    let must_pass = read_must_pass(&must_pass_path, flags.update_must_pass);
    let passing: BTreeSet<&str> = tests
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| matches!(v, Verdict::Passed))
        .map(|(t, _)| t.name.as_str())
        .collect();
    let in_scope = |name: &str| filter.is_none_or(|f| name.contains(f));
    if flags.update_must_pass {
        update_must_pass(&must_pass_path, &must_pass, &passing, in_scope);
        return;
    }

    let mut regressions = Vec::new();
    for name in must_pass.iter().filter(|n| in_scope(n)) {
        match tests.iter().position(|t| t.name == *name) {
            None => regressions.push(format!(
                "{name}: pinned in must-pass.txt but not a `// run` test of {GO_TEST_DIR} \
                 that imports nothing"
            )),
            Some(k) => match &verdicts[k] {
                Verdict::Passed => {}
                Verdict::Unsupported(message) => regressions.push(format!("{name}: now refused: {message}")),
                Verdict::Failed(failure) => regressions.push(format!("{name}: {}", failure.reason)),
            },
        }
    }
    let new: Vec<&&str> = passing.iter().filter(|n| !must_pass.contains(**n)).collect();
    if !new.is_empty() {
        println!(
            "conformance: {} passing test{} not yet pinned in {} \
             (pin them with `cargo test --test conformance -- --update-must-pass`)",
            new.len(),
            if new.len() == 1 { "" } else { "s" },
            must_pass_path.display()
        );
    }
    if !regressions.is_empty() {
        println!(
            "\nconformance: {} test{} pinned in {} no longer pass{}:",
            regressions.len(),
            if regressions.len() == 1 { "" } else { "s" },
            must_pass_path.display(),
            if regressions.len() == 1 { "es" } else { "" }
        );
        for r in &regressions {
            println!("    {r}");
        }
        std::process::exit(1);
    }
}

// ---------------------------------------------------------------------------
// Discovery

/// How many files of the suite were left out, by reason.
#[derive(Default)]
struct Skipped {
    imports: usize,
    variants: usize,
    excluded: usize,
}

/// The `// run` tests that import nothing and whose name contains the
/// filter, sorted by directory then name, and the counts of the others.
fn discover(root: &Path, filter: Option<&str>) -> (Vec<Test>, Skipped) {
    let mut tests = Vec::new();
    let mut skipped = Skipped::default();
    for (dir, sub) in DIRS.iter().enumerate() {
        let path = root.join(sub);
        let entries =
            std::fs::read_dir(&path).unwrap_or_else(|e| fatal(&format!("cannot read {}: {e}", path.display())));
        let mut files: Vec<PathBuf> = entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "go") && p.is_file())
            .collect();
        files.sort();
        for source in files {
            let file_name = source.file_name().unwrap().to_string_lossy().into_owned();
            let name = if sub.is_empty() { file_name } else { format!("{sub}/{file_name}") };
            if filter.is_some_and(|f| !name.contains(f)) {
                continue;
            }
            let bytes =
                std::fs::read(&source).unwrap_or_else(|e| fatal(&format!("cannot read {}: {e}", source.display())));
            match classify(&String::from_utf8_lossy(&bytes)) {
                Kind::Run => {}
                Kind::Imports => {
                    skipped.imports += 1;
                    continue;
                }
                Kind::Variant => {
                    skipped.variants += 1;
                    continue;
                }
                Kind::Excluded => {
                    skipped.excluded += 1;
                    continue;
                }
                Kind::Other => continue,
            }
            let out = source.with_extension("out");
            let expected = match std::fs::read(&out) {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
                Err(e) => fatal(&format!("cannot read {}: {e}", out.display())),
            };
            tests.push(Test { name, dir, source, expected });
        }
    }
    (tests, skipped)
}

/// How a file counts, from its text.
fn classify(src: &str) -> Kind {
    let recipe = src.lines().find(|line| !is_constraint_line(line)).unwrap_or("").trim_end();
    if !recipe.starts_with("// run") {
        return Kind::Other;
    }
    if !constraints_allow(src) {
        Kind::Excluded
    } else if recipe != "// run" {
        Kind::Variant
    } else if imports_something(src) {
        Kind::Imports
    } else {
        Kind::Run
    }
}

/// Whether every build constraint line before the package clause holds on
/// linux/amd64, as the driver's `shouldTest` decides. Lines that do not parse
/// as constraints are ignored, as there.
fn constraints_allow(src: &str) -> bool {
    src.lines().take_while(|line| !line.starts_with("package ")).all(|line| build_constraint(line) != Some(false))
}

fn is_constraint_line(line: &str) -> bool {
    constraint_body(line, "//go:build").is_some()
        || line.strip_prefix("//").is_some_and(|rest| constraint_body(rest.trim(), "+build").is_some())
}

/// `Some(value)` of a `//go:build` or `// +build` line (go/build/constraint's
/// syntax), `None` for any other line or one that does not parse.
fn build_constraint(line: &str) -> Option<bool> {
    if let Some(expr) = constraint_body(line, "//go:build") {
        return go_build_expr(expr);
    }
    let rest = line.strip_prefix("//")?.trim();
    let expr = constraint_body(rest, "+build")?;
    plus_build_expr(expr)
}

/// The text after `prefix` when `line` starts with it followed by white space
/// or nothing (`//go:buildx` is not a constraint).
fn constraint_body<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = line.trim_end().strip_prefix(prefix)?;
    let body = rest.trim();
    (rest.is_empty() || body.len() != rest.len()).then_some(body)
}

fn tag_holds(tag: &str) -> Option<bool> {
    let valid = !tag.is_empty() && tag.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.');
    let release = tag.strip_prefix("go1.").and_then(|minor| minor.parse::<u32>().ok());
    valid.then(|| TAGS.contains(&tag) || release.is_some_and(|minor| (1..=LAST_RELEASE).contains(&minor)))
}

/// `// +build` syntax: space-separated alternatives of comma-separated
/// conjunctions of optionally negated tags.
fn plus_build_expr(expr: &str) -> Option<bool> {
    let mut any = false;
    for field in expr.split_whitespace() {
        let mut all = true;
        for term in field.split(',') {
            let value = match term.strip_prefix('!') {
                Some(tag) if tag.starts_with('!') => return None,
                Some(tag) => !tag_holds(tag)?,
                None => tag_holds(term)?,
            };
            all &= value;
        }
        any |= all;
    }
    // An empty `// +build` line means the tag "ignore", which does not hold.
    Some(any)
}

/// `//go:build` syntax: `||`, `&&`, `!`, parentheses and tags.
fn go_build_expr(expr: &str) -> Option<bool> {
    let mut tokens = Vec::new();
    let mut rest = expr.trim_start();
    while !rest.is_empty() {
        let len = if rest.starts_with("&&") || rest.starts_with("||") {
            2
        } else if rest.starts_with(['!', '(', ')']) {
            1
        } else {
            let len = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.')).unwrap_or(rest.len());
            if len == 0 {
                return None;
            }
            len
        };
        tokens.push(&rest[..len]);
        rest = rest[len..].trim_start();
    }
    let mut parser = ExprParser { tokens, pos: 0 };
    let value = parser.or()?;
    (parser.pos == parser.tokens.len()).then_some(value)
}

struct ExprParser<'a> {
    tokens: Vec<&'a str>,
    pos: usize,
}

impl ExprParser<'_> {
    fn eat(&mut self, token: &str) -> bool {
        let found = self.tokens.get(self.pos) == Some(&token);
        self.pos += found as usize;
        found
    }

    fn or(&mut self) -> Option<bool> {
        let mut value = self.and()?;
        while self.eat("||") {
            value |= self.and()?;
        }
        Some(value)
    }

    fn and(&mut self) -> Option<bool> {
        let mut value = self.not()?;
        while self.eat("&&") {
            value &= self.not()?;
        }
        Some(value)
    }

    fn not(&mut self) -> Option<bool> {
        if self.eat("!") {
            return Some(!self.not()?);
        }
        if self.eat("(") {
            let value = self.or()?;
            return self.eat(")").then_some(value);
        }
        let token = *self.tokens.get(self.pos)?;
        self.pos += 1;
        tag_holds(token)
    }
}

/// Whether the file has an import declaration: in Go's grammar imports
/// come right after the package clause, so this looks at the first token
/// after `package NAME`, skipping comments.
fn imports_something(src: &str) -> bool {
    let mut rest = src;
    let mut words = std::iter::from_fn(|| {
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ';');
            if let Some(after) = rest.strip_prefix("//") {
                rest = after.find('\n').map_or("", |n| &after[n..]);
            } else if let Some(after) = rest.strip_prefix("/*") {
                rest = after.find("*/").map_or("", |n| &after[n + 2..]);
            } else {
                break;
            }
        }
        let len = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
        // Anything else than a word ends the header (and this search).
        let word = &rest[..len];
        rest = &rest[len..];
        (len > 0).then_some(word)
    });
    words.next() == Some("package") && words.next().is_some() && words.next() == Some("import")
}

// ---------------------------------------------------------------------------
// Running

fn run_test(test: &Test, root: &Path, out_dir: &Path) -> Verdict {
    let exe = out_dir.join(&test.name).with_extension("");
    std::fs::create_dir_all(exe.parent().unwrap())
        .unwrap_or_else(|e| fatal(&format!("cannot create {}: {e}", out_dir.display())));
    let _ = std::fs::remove_file(&exe);

    // rgoc build -o <exe> NAME.go, from the test's directory.
    let mut build = Command::new(env!("CARGO_BIN_EXE_rgoc"));
    build
        .arg("build")
        .arg("-o")
        .arg(&exe)
        .arg(test.source.file_name().unwrap())
        .current_dir(test.source.parent().unwrap())
        .env("GOARCH", "amd64");
    let built = harness::run(&mut build, None, harness::BUILD_TIMEOUT)
        .unwrap_or_else(|e| fatal(&format!("cannot start rgoc: {e}")));
    let messages = format!("{}{}", String::from_utf8_lossy(&built.stdout), String::from_utf8_lossy(&built.stderr));
    match built.status {
        Status::Exited(0) => {}
        Status::Exited(1) if messages.contains(UNSUPPORTED) => {
            let first = messages.lines().find(|l| l.contains(UNSUPPORTED)).unwrap();
            return Verdict::Unsupported(first.to_owned());
        }
        status => {
            let reason = match status {
                Status::Exited(3) => {
                    // "rgoc: internal compiler error: panicked at FILE:LINE:COL:"
                    // is followed by the panic's message on the next line.
                    let mut lines = messages.lines();
                    let ice = lines.find(|l| l.contains("internal compiler error")).unwrap_or("(no message)");
                    let mut reason = format!("rgoc crashed: {}", ice.trim_start_matches("rgoc: "));
                    if ice.ends_with(':') {
                        if let Some(next) = lines.next() {
                            reason = format!("{reason} {next}");
                        }
                    }
                    reason
                }
                Status::Exited(code) => format!(
                    "rgoc build failed (exit status {code}): {}",
                    messages.lines().next().unwrap_or("(no message)")
                ),
                _ => format!("rgoc build {status}"),
            };
            return Verdict::Failed(Failure { reason, details: head(&messages, MAX_DETAIL_LINES) });
        }
    }

    let mut cmd = Command::new(&exe);
    cmd.current_dir(root).env_remove("GOTRACEBACK").env_remove("GODEBUG");
    let (output, status) = harness::process::run_combined(&mut cmd, RUN_TIMEOUT)
        .unwrap_or_else(|e| fatal(&format!("cannot start {}: {e}", exe.display())));
    let output = normalize_newlines(output);
    if status == Status::Exited(0) && output == test.expected {
        let _ = std::fs::remove_file(&exe);
        return Verdict::Passed;
    }
    let difference = first_difference(&test.expected, &output);
    let reason = match (status, difference) {
        (Status::Exited(0), Some(d)) => d,
        (status, None) => status.to_string(),
        (status, Some(d)) => format!("{status}; {d}"),
    };
    let mut details = format!("executable: {}\n", exe.display());
    if status != Status::Exited(0) {
        let _ = writeln!(details, "status: {status}, want exit status 0");
    }
    if output != test.expected {
        let out = test.source.with_extension("out");
        if out.exists() {
            let _ = writeln!(details, "output differs from {} (- expected, + actual):", out.display());
        } else {
            details.push_str("output should be empty (there is no .out file):\n");
        }
        details.push_str(&harness::compare::diff(&test.expected, &output));
    }
    Verdict::Failed(Failure { reason, details })
}

/// The driver compares the output with `\r\n` replaced by `\n`.
fn normalize_newlines(output: Vec<u8>) -> Vec<u8> {
    if !output.windows(2).any(|w| w == b"\r\n") {
        return output;
    }
    let mut normal = Vec::with_capacity(output.len());
    for (k, &b) in output.iter().enumerate() {
        if !(b == b'\r' && output.get(k + 1) == Some(&b'\n')) {
            normal.push(b);
        }
    }
    normal
}

/// One line describing where the output first departs from the expected
/// output, `None` when they are equal.
fn first_difference(expected: &[u8], actual: &[u8]) -> Option<String> {
    if expected == actual {
        return None;
    }
    let want: Vec<&[u8]> = expected.split(|&b| b == b'\n').collect();
    let got: Vec<&[u8]> = actual.split(|&b| b == b'\n').collect();
    let k = want.iter().zip(&got).take_while(|(a, b)| a == b).count();
    let line = k + 1;
    Some(match (want.get(k), got.get(k)) {
        (Some(w), Some(g)) if k + 1 == want.len() && w.is_empty() => {
            format!("unexpected output from line {line}: {}", quote(g))
        }
        (Some(w), Some(g)) if k + 1 == got.len() && g.is_empty() => {
            format!("output ends early, line {line} should be {}", quote(w))
        }
        (Some(w), Some(g)) => format!("line {line}: want {}, got {}", quote(w), quote(g)),
        // Unreachable: one split is a strict prefix of the other only if the
        // texts are equal.
        _ => "output differs".to_owned(),
    })
}

/// A line of output for a one-line message: quoted, escaped, shortened.
fn quote(line: &[u8]) -> String {
    const MAX: usize = 70;
    let text = String::from_utf8_lossy(line);
    let short: String = text.chars().take(MAX).collect();
    let more = if short.len() < text.len() { "..." } else { "" };
    format!("{short:?}{more}")
}

/// The first `n` lines of `text`, with a note when there are more.
fn head(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut s: String = lines.iter().take(n).map(|l| format!("{l}\n")).collect();
    if lines.len() > n {
        let _ = writeln!(s, "... ({} more lines)", lines.len() - n);
    }
    s
}

// ---------------------------------------------------------------------------
// Summary and must-pass list

fn print_summary(tests: &[Test], verdicts: &[Verdict], skipped: &Skipped, filter: Option<&str>) {
    let count = |dir: Option<usize>| {
        let (mut passed, mut failed, mut unsupported, mut total) = (0, 0, 0, 0);
        for (test, verdict) in tests.iter().zip(verdicts) {
            if dir.is_some_and(|d| d != test.dir) {
                continue;
            }
            total += 1;
            match verdict {
                Verdict::Passed => passed += 1,
                Verdict::Unsupported(_) => unsupported += 1,
                Verdict::Failed(_) => failed += 1,
            }
        }
        (passed, failed, unsupported, total)
    };
    let (p, f, u, n) = count(None);
    let matching = filter.map_or(String::new(), |f| format!(" matching {f:?}"));
    println!(
        "\nconformance: {p} passed, {f} failed, {u} not yet supported \
         (of {n} run tests that import nothing{matching})"
    );
    for (dir, sub) in DIRS.iter().enumerate() {
        let (p, f, u, n) = count(Some(dir));
        let label = if sub.is_empty() { "test".to_owned() } else { format!("test/{sub}") };
        println!("    {label:<15} {p:>4} passed, {f:>4} failed, {u:>4} not yet supported (of {n})");
    }
    println!(
        "    not applicable: {} `// run` tests that import packages, {} with arguments or \
         runoutput/rundir/runindir, {} excluded on linux/amd64 by build constraints",
        skipped.imports, skipped.variants, skipped.excluded
    );
}

fn must_pass_path() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    root.join("tests/conformance/must-pass.txt")
}

/// The pinned test names; `#` starts a comment line.
fn read_must_pass(path: &Path, updating: bool) -> BTreeSet<String> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_owned).collect()
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && updating => BTreeSet::new(),
        Err(e) => fatal(&format!(
            "cannot read {}: {e} (create it with `cargo test --test conformance -- \
             --update-must-pass`)",
            path.display()
        )),
    }
}

const MUST_PASS_HEADER: &str = "\
# Tests of Go's test suite (/usr/lib/go-1.23/test) that rgoc must keep
# passing: tests/conformance.rs exits with status 1 when one of them does not.
# Regenerate with `cargo test --test conformance -- --update-must-pass`.
";

fn update_must_pass(path: &Path, old: &BTreeSet<String>, passing: &BTreeSet<&str>, in_scope: impl Fn(&str) -> bool) {
    let mut new: BTreeSet<String> = old.iter().filter(|n| !in_scope(n)).cloned().collect();
    new.extend(passing.iter().map(|n| n.to_string()));
    // Directory order as in the summary: test/, then ken/, then fixedbugs/.
    let mut names: Vec<&String> = new.iter().collect();
    names.sort_by_key(|n| {
        let dir = DIRS.iter().rposition(|d| !d.is_empty() && n.starts_with(&format!("{d}/"))).unwrap_or(0);
        (dir, n.as_str())
    });
    let mut text = MUST_PASS_HEADER.to_owned();
    for name in names {
        let _ = writeln!(text, "{name}");
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| fatal(&format!("cannot create {}: {e}", dir.display())));
    }
    std::fs::write(path, text).unwrap_or_else(|e| fatal(&format!("cannot write {}: {e}", path.display())));
    for name in new.difference(old) {
        println!("must-pass: + {name}");
    }
    for name in old.difference(&new) {
        println!("must-pass: - {name} (no longer passes)");
    }
    println!("must-pass: {} tests pinned in {}", new.len(), path.display());
}
