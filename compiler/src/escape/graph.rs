//! The flow graph of one function and its solution (see the module header).

use super::has_pointers;
use super::ParamLeaks;
use crate::ir::{self, LocalId};

/// A location: the heap, a local, a result, or the results of one call.
pub type Loc = usize;

/// The heap: everything that outlives the function.
pub const HEAP: Loc = 0;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Heap,
    Local(LocalId),
    Result(usize),
    Temp,
    Site,
}

pub struct Graph {
    kinds: Vec<Kind>,
    /// The loop depth each location is declared at.
    depths: Vec<u32>,
    /// For each location, the values that flow into it: (source,
    /// dereferences).
    edges: Vec<Vec<(Loc, i32)>>,
    /// Whether the location's values may hold pointers: flows into one that
    /// cannot are dropped (a copied integer carries no address).
    pointers: Vec<bool>,
    /// Whether the location is a variable of an enclosing function (a
    /// closure's capture), which outlives everything in this one.
    captured: Vec<bool>,
    first_result: Loc,
}

impl Graph {
    pub fn new(func: &ir::Func) -> Graph {
        let mut kinds = vec![Kind::Heap];
        kinds.extend((0..func.locals.len()).map(Kind::Local));
        let first_result = kinds.len();
        kinds.extend((0..func.results.len()).map(Kind::Result));
        let n = kinds.len();
        let mut pointers = vec![true];
        pointers.extend(func.locals.iter().map(|l| has_pointers(&l.ty)));
        pointers.extend(func.results.iter().map(has_pointers));
        let mut captured = vec![false; n];
        for (l, local) in func.locals.iter().enumerate() {
            captured[1 + l] = local.capture.is_some();
        }
        Graph { kinds, depths: vec![0; n], edges: vec![Vec::new(); n], pointers, captured, first_result }
    }

    pub fn local(&self, l: LocalId) -> Loc {
        1 + l
    }

    pub fn result(&self, i: usize) -> Loc {
        self.first_result + i
    }

    /// A new location for the results of a call, at loop depth `depth`.
    pub fn temp(&mut self, depth: u32) -> Loc {
        self.add(Kind::Temp, depth)
    }

    /// A new location for an allocation made at loop depth `depth`.
    pub fn site(&mut self, depth: u32) -> Loc {
        self.add(Kind::Site, depth)
    }

    fn add(&mut self, kind: Kind, depth: u32) -> Loc {
        self.kinds.push(kind);
        self.depths.push(depth);
        self.edges.push(Vec::new());
        self.pointers.push(true);
        self.captured.push(false);
        self.kinds.len() - 1
    }

    /// A declaration of `loc` at loop depth `depth` is reached; a variable
    /// declared again inside a loop (Go 1.22's per-iteration loop
    /// variables) counts as declared there.
    pub fn set_depth(&mut self, loc: Loc, depth: u32) {
        self.depths[loc] = self.depths[loc].max(depth);
    }

    /// The value of `src`, through `derefs` dereferences, flows into `dst`.
    pub fn flow(&mut self, dst: Loc, src: Loc, derefs: i32) {
        if self.pointers[dst] && (dst != src || derefs != 0) {
            self.edges[dst].push((src, derefs.max(-1)));
        }
    }

    /// Which locations escape, and where the value of each of `watched`
    /// (parameters, captured variables) goes (Go's `walkAll`).
    pub fn solve(&self, func: &ir::Func, watched: &[LocalId]) -> (Vec<bool>, Vec<ParamLeaks>) {
        let n = self.kinds.len();
        let mut escapes = vec![false; n];
        escapes[HEAP] = true;
        let mut leaks = vec![ParamLeaks { heap: None, results: vec![None; func.results.len()] }; watched.len()];
        let mut queue: Vec<Loc> = (0..n).collect();
        let mut queued = vec![true; n];
        while let Some(root) = queue.pop() {
            queued[root] = false;
            // A location that starts escaping is a root like the heap.
            for l in self.walk(root, watched, &mut escapes, &mut leaks) {
                if !queued[l] {
                    queued[l] = true;
                    queue.push(l);
                }
            }
        }
        (escapes, leaks)
    }

    /// Walks back from `root`, finding the least dereferences with which
    /// each location's value reaches it (Go's `walkOne`); returns the
    /// locations found to escape.
    fn walk(&self, root: Loc, watched: &[LocalId], escapes: &mut [bool], leaks: &mut [ParamLeaks]) -> Vec<Loc> {
        let mut escaped = Vec::new();
        let mut derefs: Vec<Option<i32>> = vec![None; self.kinds.len()];
        derefs[root] = Some(0);
        let mut todo = vec![root];
        while let Some(l) = todo.pop() {
            let Some(mut d) = derefs[l] else { continue };
            // For `root = &l; l = x`, l's address reaches root but x's does
            // not.
            let address_of = d < 0;
            if address_of {
                d = 0;
            }
            if self.outlives(root, l, escapes) {
                if let Kind::Local(local) = self.kinds[l] {
                    if let Some(p) = watched.iter().position(|&p| p == local) {
                        self.leak(root, d, escapes, &mut leaks[p]);
                    }
                }
                if address_of && !escapes[l] {
                    escapes[l] = true;
                    escaped.push(l);
                    continue;
                }
            }
            for &(src, k) in &self.edges[l] {
                if escapes[src] {
                    continue;
                }
                let nd = d + k;
                if derefs[src].is_none_or(|old| old > nd) {
                    derefs[src] = Some(nd);
                    todo.push(src);
                }
            }
        }
        escaped
    }

    /// Whether `root` outlives `l` (Go's `outlives`): the heap, anything
    /// escaping, the results and an enclosing function's variables outlive
    /// everything; a location declared outside a loop outlives those
    /// declared inside it.
    fn outlives(&self, root: Loc, l: Loc, escapes: &[bool]) -> bool {
        escapes[root]
            || matches!(self.kinds[root], Kind::Result(_))
            || (self.captured[root] && !self.captured[l])
            || self.depths[root] < self.depths[l]
    }

    /// A parameter's value reaches `root` through `derefs` dereferences.
    fn leak(&self, root: Loc, derefs: i32, escapes: &[bool], leak: &mut ParamLeaks) {
        let slot = match self.kinds[root] {
            Kind::Result(i) if !escapes[root] => &mut leak.results[i],
            _ => &mut leak.heap,
        };
        if slot.is_none_or(|old| old > derefs) {
            *slot = Some(derefs);
        }
    }
}
