//! The syntax error corpus: every `tests/syntax/*.go` is parsed and its
//! errors are checked against `// ERROR "regexp"` annotations, the
//! convention of Go's own test suite: each regexp on a line must match a
//! distinct error reported on that line, and every error must be matched by
//! an annotation on its line (a final "too many errors" needs none).
//!
//! The annotations are checked against Go 1.23's compiler too (`go tool
//! compile`, which `go build` runs; `go build` itself would stop earlier on a
//! broken import clause): the corpus states what gc reports, and rgoc must
//! report the same.
//!
//! The regexps use a small subset of RE2, implemented below: literals,
//! `.`, classes `[a-z]` `[^...]`, `*` `+` `?`, groups, `|`, `^` `$` and
//! backslash escapes.

use std::path::{Path, PathBuf};
use std::process::Command;

use rgoc::source::SourceFile;
use rgoc::syntax::parse_file;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/syntax");
    let dir = dir.canonicalize().unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "go"))
        .collect();
    files.sort();
    let go = PathBuf::from(REFERENCE_GO);
    if !go.is_file() {
        eprintln!("error: {REFERENCE_GO} is missing: run ./bootstrap.sh (it installs golang-1.23-go)");
        std::process::exit(1);
    }
    let (mut passed, mut failed) = (0, 0);
    for path in &files {
        let source = SourceFile::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (_, diags) = parse_file(&source);
        let rgoc_errors: Vec<(u32, String)> =
            diags.iter().map(|d| (source.line_col(d.span.lo).0, d.msg.clone())).collect();
        let mut problems: Vec<String> =
            check(&source, &rgoc_errors).into_iter().map(|p| format!("rgoc: {p}")).collect();
        problems.extend(check(&source, &gc_errors(&go, path)).into_iter().map(|p| format!("gc: {p}")));
        if problems.is_empty() {
            passed += 1;
        } else {
            failed += 1;
            println!("FAIL {}", path.display());
            for p in problems {
                println!("    {p}");
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed > 0 || passed == 0 {
        std::process::exit(1);
    }
}

/// The reference toolchain, Go 1.23 (bootstrap.sh installs it).
const REFERENCE_GO: &str = "/usr/lib/go-1.23/bin/go";

/// The errors gc reports for the file at `path`, as (line, message).
fn gc_errors(go: &Path, path: &Path) -> Vec<(u32, String)> {
    let name = path.file_name().unwrap().to_str().unwrap();
    // Never `-o /dev/null`: gc removes its output file when it fails.
    let object = std::env::temp_dir().join(format!("rgoc-syntax-errors-{}.o", std::process::id()));
    let out = Command::new(go)
        .args(["tool", "compile", "-p", "main", "-o"])
        .arg(&object)
        .arg(name)
        .current_dir(path.parent().unwrap())
        .output()
        .unwrap_or_else(|e| panic!("running go tool compile on {}: {e}", path.display()));
    let _ = std::fs::remove_file(&object);
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    text.lines()
        .filter_map(|l| {
            let rest = l.strip_prefix(name)?.strip_prefix(':')?;
            let (line, rest) = rest.split_once(':')?;
            let (_col, msg) = rest.split_once(": ")?;
            Some((line.parse().ok()?, msg.to_string()))
        })
        .collect()
}

/// Checks reported errors (line, message) against the annotations of
/// `source`; returns the discrepancies.
fn check(source: &SourceFile, errors: &[(u32, String)]) -> Vec<String> {
    let mut problems = Vec::new();
    // "too many errors" is not annotated.
    let mut reported: Vec<(u32, String, bool)> =
        errors.iter().filter(|(_, msg)| msg != "too many errors").map(|(l, m)| (*l, m.clone(), false)).collect();
    for (i, line) in source.text.lines().enumerate() {
        let line_no = i as u32 + 1;
        let Some(at) = line.find("// ERROR ") else {
            continue;
        };
        let patterns = match quoted(&line[at + "// ERROR ".len()..]) {
            Ok(p) => p,
            Err(e) => {
                problems.push(format!("line {line_no}: bad annotation: {e}"));
                continue;
            }
        };
        for pattern in patterns {
            let re = match Regex::parse(&pattern) {
                Ok(re) => re,
                Err(e) => {
                    problems.push(format!("line {line_no}: bad regexp {pattern:?}: {e}"));
                    continue;
                }
            };
            match reported.iter_mut().find(|(l, msg, used)| *l == line_no && !*used && re.is_match(msg)) {
                Some(entry) => entry.2 = true,
                None => {
                    let got: Vec<_> =
                        reported.iter().filter(|(l, ..)| *l == line_no).map(|(_, m, _)| m.as_str()).collect();
                    problems.push(format!("line {line_no}: no error matching {pattern:?} (got {got:?})"));
                }
            }
        }
    }
    for (line, msg, used) in &reported {
        if !used {
            problems.push(format!("line {line}: unexpected error: {msg}"));
        }
    }
    problems
}

/// The Go-quoted strings (`"..."` with `\\` and `\"` escapes, or `` `...` ``)
/// at the start of `s`, separated by spaces.
fn quoted(s: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut chars = s.trim().chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' | '\t' => {
                chars.next();
            }
            '"' => {
                chars.next();
                let mut lit = String::new();
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some('n') => lit.push('\n'),
                            Some('t') => lit.push('\t'),
                            Some(c) => lit.push(c),
                            None => return Err("unterminated string".into()),
                        },
                        Some(c) => lit.push(c),
                        None => return Err("unterminated string".into()),
                    }
                }
                out.push(lit);
            }
            '`' => {
                chars.next();
                let lit: String = chars.by_ref().take_while(|&c| c != '`').collect();
                out.push(lit);
            }
            _ => break,
        }
    }
    if out.is_empty() {
        return Err("no quoted regexp".into());
    }
    Ok(out)
}

/// A backtracking matcher for the subset of RE2 syntax the annotations use.
#[derive(Debug)]
enum Node {
    Char(char),
    Any,
    Class { ranges: Vec<(char, char)>, negated: bool },
    Start,
    End,
    Group(Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat { node: Box<Node>, min: usize, max: Option<usize> },
}

struct Regex(Node);

impl Regex {
    fn parse(pattern: &str) -> Result<Regex, String> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut pos = 0;
        let node = parse_alt(&chars, &mut pos)?;
        if pos != chars.len() {
            return Err(format!("unexpected {:?} at {pos}", chars[pos]));
        }
        Ok(Regex(node))
    }

    fn is_match(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        (0..=chars.len()).any(|start| matches(&self.0, &chars, start, &mut |_| true))
    }
}

fn parse_alt(p: &[char], pos: &mut usize) -> Result<Node, String> {
    let mut alts = vec![parse_concat(p, pos)?];
    while *pos < p.len() && p[*pos] == '|' {
        *pos += 1;
        alts.push(parse_concat(p, pos)?);
    }
    Ok(if alts.len() == 1 { alts.pop().unwrap() } else { Node::Alt(alts) })
}

fn parse_concat(p: &[char], pos: &mut usize) -> Result<Node, String> {
    let mut items = Vec::new();
    while *pos < p.len() && p[*pos] != '|' && p[*pos] != ')' {
        let atom = parse_atom(p, pos)?;
        let atom = match p.get(*pos) {
            Some('*') => Node::Repeat { node: Box::new(atom), min: 0, max: None },
            Some('+') => Node::Repeat { node: Box::new(atom), min: 1, max: None },
            Some('?') => Node::Repeat { node: Box::new(atom), min: 0, max: Some(1) },
            _ => {
                items.push(atom);
                continue;
            }
        };
        *pos += 1;
        items.push(atom);
    }
    Ok(Node::Concat(items))
}

fn parse_atom(p: &[char], pos: &mut usize) -> Result<Node, String> {
    let c = p[*pos];
    *pos += 1;
    Ok(match c {
        '.' => Node::Any,
        '^' => Node::Start,
        '$' => Node::End,
        '(' => {
            let inner = parse_alt(p, pos)?;
            if p.get(*pos) != Some(&')') {
                return Err("missing )".into());
            }
            *pos += 1;
            Node::Group(Box::new(inner))
        }
        '[' => {
            let negated = p.get(*pos) == Some(&'^');
            if negated {
                *pos += 1;
            }
            let mut ranges = Vec::new();
            let mut first = true;
            loop {
                let Some(&c) = p.get(*pos) else {
                    return Err("missing ]".into());
                };
                *pos += 1;
                if c == ']' && !first {
                    break;
                }
                first = false;
                let lo = if c == '\\' {
                    let e = *p.get(*pos).ok_or("trailing \\")?;
                    *pos += 1;
                    e
                } else {
                    c
                };
                if p.get(*pos) == Some(&'-') && p.get(*pos + 1).is_some_and(|&c| c != ']') {
                    let hi = p[*pos + 1];
                    *pos += 2;
                    ranges.push((lo, hi));
                } else {
                    ranges.push((lo, lo));
                }
            }
            Node::Class { ranges, negated }
        }
        '\\' => {
            let e = *p.get(*pos).ok_or("trailing \\")?;
            *pos += 1;
            match e {
                'd' => Node::Class { ranges: vec![('0', '9')], negated: false },
                's' => Node::Class { ranges: vec![(' ', ' '), ('\t', '\t'), ('\n', '\n')], negated: false },
                'w' => Node::Class { ranges: vec![('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')], negated: false },
                e => Node::Char(e),
            }
        }
        '*' | '+' | '?' => return Err(format!("nothing to repeat before {c:?}")),
        c => Node::Char(c),
    })
}

/// Whether `node` matches `text` from `at`, with `k` accepting the end
/// position (continuation-passing backtracking).
fn matches(node: &Node, text: &[char], at: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
    match node {
        Node::Char(c) => text.get(at) == Some(c) && k(at + 1),
        Node::Any => at < text.len() && text[at] != '\n' && k(at + 1),
        Node::Class { ranges, negated } => match text.get(at) {
            Some(&c) => ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated && k(at + 1),
            None => false,
        },
        Node::Start => at == 0 && k(at),
        Node::End => at == text.len() && k(at),
        Node::Group(inner) => matches(inner, text, at, k),
        Node::Concat(items) => concat(items, text, at, k),
        Node::Alt(alts) => alts.iter().any(|a| matches(a, text, at, k)),
        Node::Repeat { node, min, max } => repeat(node, *min, *max, text, at, k),
    }
}

fn concat(items: &[Node], text: &[char], at: usize, k: &mut dyn FnMut(usize) -> bool) -> bool {
    match items.split_first() {
        None => k(at),
        Some((first, rest)) => matches(first, text, at, &mut |next| concat(rest, text, next, k)),
    }
}

/// Greedy repetition.
fn repeat(
    node: &Node,
    min: usize,
    max: Option<usize>,
    text: &[char],
    at: usize,
    k: &mut dyn FnMut(usize) -> bool,
) -> bool {
    if max != Some(0)
        && matches(node, text, at, &mut |next| {
            next != at && repeat(node, min.saturating_sub(1), max.map(|m| m - 1), text, next, k)
        })
    {
        return true;
    }
    min == 0 && k(at)
}
