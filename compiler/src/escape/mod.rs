//! Escape analysis on the IR (Go's cmd/compile/internal/escape).
//!
//! Each function gets a graph whose locations are its locals, the heap,
//! its results, the results of the calls it makes and its allocation sites
//! (`new`, `&T{...}`, slice and map literals, `make`, function literals,
//! method values, interface boxes, string conversions and concatenations). An edge says a
//! value flows from one location to another through `derefs`
//! dereferences: -1 for an address (`p = &x`), 0 for a copy (`p = q`), 1
//! for a load (`p = *q`). Starting from each location as a root, a walk
//! back along the edges finds the least number of dereferences with which
//! every other location's value reaches the root; a location whose address
//! (-1) reaches a root that outlives it must live on the heap. The heap
//! and results outlive everything; a variable declared outside a loop
//! outlives those declared inside it. An escaping location becomes a root
//! like the heap, until nothing changes.
//!
//! Functions are analysed callees first. Each parameter gets a summary:
//! whether its value leaks to the heap or to a result, and through how many
//! dereferences; a call then connects its arguments as the summary says.
//! A call of a function whose summary is not known (a function value, an
//! interface method, a recursive cycle) passes its arguments to the heap.
//! Values stored through pointers of unknown origin, into globals or maps,
//! or passed to unknown callees go to the heap.
//!
//! The outcome: an address-taken variable that does not escape lives in
//! the frame instead of a heap cell, so does an allocation site's object
//! (`ir::Site::in_frame`), and `rgoc build -m` prints gc's messages
//! (`moved to heap: x`, `leaking param: p`, `leaking param: p to result
//! ~r0 level=0`, `leaking param content: p`, `p does not escape`, `&T{...}
//! escapes to heap`, `func literal does not escape`, ...).

mod graph;
mod walk;

use crate::ir::{self, FuncId, Program};
use crate::source::{SourceFile, Span};
use crate::types::layout;
use crate::types::ty::Type;
use graph::Graph;

/// Where a parameter's value goes.
#[derive(Clone, Default)]
pub struct ParamLeaks {
    /// Dereferences with which it reaches the heap, if it does.
    pub heap: Option<i32>,
    /// For each result, dereferences with which it reaches it.
    pub results: Vec<Option<i32>>,
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Todo,
    InProgress,
    Done,
}

/// One line of `-m` output.
pub struct Decision {
    pub file: usize,
    pub span: Span,
    pub message: String,
}

struct Analysis<'a> {
    program: &'a Program,
    state: Vec<State>,
    summaries: Vec<Vec<ParamLeaks>>,
    /// For each function, which of its locals escape.
    escapes: Vec<Vec<bool>>,
    /// For each function literal, per captured variable (by slot): whether
    /// the body lets its address escape, and where its value goes.
    captures: Vec<Vec<(bool, ParamLeaks)>>,
    /// The decisions about allocation sites.
    decisions: Vec<Decision>,
}

/// Analyses every function of `program` and moves to the frame the
/// address-taken variables that do not escape. Returns the decisions, for
/// `-m`.
/// gc's `MaxStackVarSize`: the largest declared variable kept in a frame.
const MAX_STACK_VARIABLE: u64 = 10 << 20;

pub fn analyze(program: &mut Program) -> Vec<Decision> {
    let n = program.funcs.len();
    let mut analysis = Analysis {
        program: &*program,
        state: vec![State::Todo; n],
        summaries: vec![Vec::new(); n],
        escapes: vec![Vec::new(); n],
        captures: vec![Vec::new(); n],
        decisions: Vec::new(),
    };
    for id in 0..n {
        analysis.summary(id);
    }
    let Analysis { summaries, escapes, mut decisions, .. } = analysis;
    for (id, func) in program.funcs.iter_mut().enumerate() {
        let (params, named_results) = (func.params.clone(), func.named_results.clone());
        for (l, local) in func.locals.iter_mut().enumerate() {
            let declared = local.capture.is_none() && local.span != Span::default();
            // Only the checker's heap cells are candidates; captured
            // variables of closures are cells of the enclosing function.
            if local.escapes && declared && !escapes[id][l] {
                local.escapes = false;
            }
            // As in gc, a declared variable too large for a stack lives on
            // the heap.
            let own = !params.contains(&l) && !named_results.contains(&l);
            if declared && own && layout::size_of(&local.ty) > MAX_STACK_VARIABLE {
                local.addressed = true;
                local.escapes = true;
            }
            if local.addressed && local.escapes && local.capture.is_none() && local.span != Span::default() {
                let message = format!("moved to heap: {}", local.name);
                decisions.push(Decision { file: func.file, span: local.span, message });
            }
        }
        report_params(func, &summaries[id], &mut decisions);
    }
    decisions
}

/// The `-m` lines of the parameters of `func` that may hold pointers.
fn report_params(func: &ir::Func, leaks: &[ParamLeaks], decisions: &mut Vec<Decision>) {
    for (&p, leak) in func.params.iter().zip(leaks) {
        let local = &func.locals[p];
        if local.span == Span::default() || local.name == "_" || !has_pointers(&local.ty) {
            continue;
        }
        let name = &local.name;
        let mut messages = Vec::new();
        match leak.heap {
            Some(0) => messages.push(format!("leaking param: {name}")),
            Some(_) => messages.push(format!("leaking param content: {name}")),
            None => {}
        }
        // As gc, a path to a result no shorter than the path to the heap
        // is not reported.
        for (i, level) in leak.results.iter().enumerate() {
            match (level, leak.heap) {
                (Some(level), heap) if heap.is_none_or(|h| *level < h) => {
                    let result = func.named_results.get(i).map_or(format!("~r{i}"), |&r| func.locals[r].name.clone());
                    messages.push(format!("leaking param: {name} to result {result} level={level}"));
                }
                _ => {}
            }
        }
        if messages.is_empty() {
            messages.push(format!("{name} does not escape"));
        }
        for message in messages {
            decisions.push(Decision { file: func.file, span: local.span, message });
        }
    }
}

/// Whether values of `ty` (or of one of a tuple's types) may hold
/// pointers: only those carry addresses, and gc reports only such
/// parameters.
fn has_pointers(ty: &Type) -> bool {
    match ty {
        Type::Tuple(types) => types.iter().any(has_pointers),
        _ => crate::types::layout::ptrdata(ty) > 0,
    }
}

impl Analysis<'_> {
    /// What the body of function literal `id` does with each captured
    /// variable (see `captures`); None while it is being analysed.
    fn capture_summary(&mut self, id: FuncId) -> Option<Vec<(bool, ParamLeaks)>> {
        self.summary(id)?;
        Some(self.captures[id].clone())
    }

    /// The summary of function `id`'s parameters, analysing it first if
    /// needed; None while it is being analysed (a recursive call).
    fn summary(&mut self, id: FuncId) -> Option<Vec<ParamLeaks>> {
        match self.state[id] {
            State::Done => return Some(self.summaries[id].clone()),
            State::InProgress => return None,
            State::Todo => {}
        }
        self.state[id] = State::InProgress;
        let program = self.program;
        let func = &program.funcs[id];
        let mut graph = Graph::new(func);
        let built = walk::build(self, id, func, &mut graph);
        let mut captured: Vec<(usize, ir::LocalId)> =
            func.locals.iter().enumerate().filter_map(|(l, local)| Some((local.capture?, l))).collect();
        captured.sort();
        let watched: Vec<ir::LocalId> = func.params.iter().copied().chain(captured.iter().map(|&(_, l)| l)).collect();
        let (escapes, mut leaks) = graph.solve(func, &watched);
        let capture_leaks = leaks.split_off(func.params.len());
        self.captures[id] = captured
            .iter()
            .zip(capture_leaks)
            .map(|(&(_, l), leak)| (built.has_goto || escapes[graph.local(l)], leak))
            .collect();
        // A `goto` may make a loop the depths do not show: then the
        // checker's decisions stand and every site is on the heap.
        let keep = built.has_goto;
        self.escapes[id] = (0..func.locals.len())
            .map(|l| if keep { func.locals[l].escapes } else { escapes[graph.local(l)] })
            .collect();
        for (loc, site) in built.sites {
            site.in_frame.set(!keep && !escapes[loc]);
            if site.text.is_empty() {
                continue;
            }
            let verdict = if site.in_frame.get() { "does not escape" } else { "escapes to heap" };
            let message = format!("{} {verdict}", site.text);
            self.decisions.push(Decision { file: func.file, span: site.span, message });
        }
        self.summaries[id] = leaks;
        self.state[id] = State::Done;
        Some(self.summaries[id].clone())
    }
}

/// Prints the decisions as gc's `-m` does: `file:line:col: message`, in
/// order of position, once each (the instances of a generic function
/// decide alike); those in the standard library are left out, as
/// `-gcflags=-m` applies to the packages built.
pub fn print(decisions: &mut [Decision], sources: &[SourceFile]) {
    decisions.sort_by(|a, b| (a.file, a.span.lo, &a.message).cmp(&(b.file, b.span.lo, &b.message)));
    let stdlib = crate::target::stdlib_dir();
    let mut last = None;
    for d in decisions.iter().filter(|d| !sources[d.file].path.starts_with(&stdlib)) {
        let line = format!("{}: {}", sources[d.file].position(d.span.lo), d.message);
        if last.as_ref() != Some(&line) {
            println!("{line}");
        }
        last = Some(line);
    }
}
