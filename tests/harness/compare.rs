//! Comparing a run with its expectations, and a small line diff for reports.

use super::{Outcome, Program, Status};
use std::fmt::Write;

/// Lines of unchanged context shown around each change.
const CONTEXT: usize = 3;
/// A diff stops after this many lines.
const MAX_DIFF_LINES: usize = 200;
/// Above this many line pairs the diff gives up aligning lines and shows
/// the differing middle as removed then added.
const MAX_LCS_CELLS: usize = 4_000_000;

/// Checks an outcome against the program's expectations (see the module
/// header of `harness` for the rules). `Err` holds a readable report.
pub fn check(program: &Program, outcome: &Outcome) -> Result<(), String> {
    let mut report = String::new();
    if outcome.status != Status::Exited(program.exit) {
        let _ = writeln!(report, "status: expected exit status {}, got {}", program.exit, outcome.status);
    }
    if outcome.stdout != program.stdout {
        let _ = writeln!(report, "stdout differs from {}.out (- expected, + actual):", stem(program));
        report.push_str(&diff(&program.stdout, &outcome.stdout));
    }
    match &program.stderr {
        Some(expected) if program.exit != 0 => {
            if !outcome.stderr.starts_with(expected) {
                let lines = split_lines(expected).len();
                let head = &outcome.stderr[..prefix_of_lines(&outcome.stderr, lines)];
                let _ = writeln!(
                    report,
                    "stderr does not start with {}.err (- expected, + actual's first {lines} lines):",
                    stem(program)
                );
                report.push_str(&diff(expected, head));
            }
        }
        Some(expected) => {
            if outcome.stderr != *expected {
                let _ = writeln!(report, "stderr differs from {}.err (- expected, + actual):", stem(program));
                report.push_str(&diff(expected, &outcome.stderr));
            }
        }
        None => {
            if !outcome.stderr.is_empty() {
                let _ = writeln!(report, "stderr should be empty (there is no {}.err) but got:", stem(program));
                report.push_str(&diff(b"", &outcome.stderr));
            }
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

fn stem(program: &Program) -> &str {
    program.name.rsplit('/').next().unwrap()
}

/// Length of the first `n` lines of `data`, terminators included.
fn prefix_of_lines(data: &[u8], n: usize) -> usize {
    split_lines(data).iter().take(n).map(|l| l.len()).sum()
}

/// Splits into lines, each keeping its `\n` (the last may lack one).
fn split_lines(data: &[u8]) -> Vec<&[u8]> {
    data.split_inclusive(|&b| b == b'\n').collect()
}

enum Op<'a> {
    Same(&'a [u8]),
    Removed(&'a [u8]),
    Added(&'a [u8]),
}

/// A line diff of `expected` against `actual`: `-` lines only in expected,
/// `+` lines only in actual, and a few lines of context around changes.
/// Control characters and invalid UTF-8 are shown escaped.
pub fn diff(expected: &[u8], actual: &[u8]) -> String {
    let a = split_lines(expected);
    let b = split_lines(actual);
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (mid_a, mid_b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);

    let mut ops: Vec<Op> = a[..prefix].iter().map(|l| Op::Same(l)).collect();
    if mid_a.len() * mid_b.len() <= MAX_LCS_CELLS {
        align(mid_a, mid_b, &mut ops);
    } else {
        ops.extend(mid_a.iter().map(|l| Op::Removed(l)));
        ops.extend(mid_b.iter().map(|l| Op::Added(l)));
    }
    ops.extend(a[a.len() - suffix..].iter().map(|l| Op::Same(l)));
    render(&ops)
}

/// Appends the operations turning `a` into `b`, from a longest common
/// subsequence of lines.
fn align<'a>(a: &[&'a [u8]], b: &[&'a [u8]], ops: &mut Vec<Op<'a>>) {
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: length of the LCS of a[i..] and b[j..].
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] =
                if a[i] == b[j] { lcs[at(i + 1, j + 1)] + 1 } else { lcs[at(i + 1, j)].max(lcs[at(i, j + 1)]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push(Op::Same(a[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            ops.push(Op::Removed(a[i]));
            i += 1;
        } else {
            ops.push(Op::Added(b[j]));
            j += 1;
        }
    }
}

fn render(ops: &[Op]) -> String {
    let changed = |k: usize| !matches!(ops[k], Op::Same(_));
    let near_change = |k: usize| {
        let lo = k.saturating_sub(CONTEXT);
        let hi = (k + CONTEXT + 1).min(ops.len());
        (lo..hi).any(changed)
    };
    let mut out = String::new();
    let mut lines = 0;
    let mut skipped = 0;
    for (k, op) in ops.iter().enumerate() {
        if !near_change(k) {
            skipped += 1;
            continue;
        }
        if skipped > 0 {
            let _ = writeln!(out, "  ... {skipped} matching line{}", if skipped == 1 { "" } else { "s" });
            skipped = 0;
        }
        if lines == MAX_DIFF_LINES {
            out.push_str("  ... (diff truncated)\n");
            return out;
        }
        let (mark, line) = match op {
            Op::Same(l) => (' ', l),
            Op::Removed(l) => ('-', l),
            Op::Added(l) => ('+', l),
        };
        let _ = writeln!(out, "{mark} {}", show(line));
        if !line.ends_with(b"\n") {
            out.push_str("\\ No newline at end\n");
        }
        lines += 1;
    }
    if skipped > 0 {
        let _ = writeln!(out, "  ... {skipped} matching line{}", if skipped == 1 { "" } else { "s" });
    }
    if ops.is_empty() {
        out.push_str("  (both empty)\n");
    }
    out
}

/// One line for display, without its `\n`, with control characters other
/// than tab and bytes that are not UTF-8 escaped.
fn show(line: &[u8]) -> String {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let mut s = String::new();
    for chunk in line.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == '\t' || !c.is_control() {
                s.push(c);
            } else {
                s.extend(c.escape_default());
            }
        }
        for b in chunk.invalid() {
            let _ = write!(s, "\\x{b:02x}");
        }
    }
    s
}
