//! Initialisation order of package-level variables (Go spec, "Package
//! initialization"): repeatedly initialise the earliest variable, in
//! declaration order, that depends on no uninitialised variable. A
//! variable depends on the variables its initialiser refers to, directly or
//! through the bodies of the functions it refers to.

use super::{Checker, Dep};
use std::collections::BTreeSet;

impl Checker<'_> {
    /// Indices of the package's `var` lines (those from `first` on; the
    /// earlier ones belong to imported packages, initialised before) in
    /// initialisation order.
    pub(super) fn init_order(&mut self, first: usize) -> Vec<usize> {
        let deps: Vec<BTreeSet<usize>> = (0..self.var_specs.len()).map(|spec| self.spec_deps(spec)).collect();
        let mut done: Vec<bool> = (0..deps.len()).map(|s| s < first).collect();
        let mut order = Vec::new();
        while order.len() < deps.len() - first {
            let ready = (0..deps.len()).find(|&s| !done[s] && deps[s].iter().all(|&d| done[d] && d != s));
            match ready {
                Some(spec) => {
                    done[spec] = true;
                    order.push(spec);
                }
                None => {
                    let stuck = (0..deps.len()).find(|&s| !done[s]).unwrap();
                    let spec = self.var_specs[stuck].spec;
                    self.set_file(self.var_specs[stuck].file);
                    let name = &spec.names[0];
                    let msg = if deps[stuck].contains(&stuck) {
                        format!("initialization cycle: {} refers to itself", name.name)
                    } else {
                        format!("initialization cycle involving {}", name.name)
                    };
                    self.error(name.span, msg);
                    return order;
                }
            }
        }
        order
    }

    /// The `var` lines that line `spec` depends on, through any chain of
    /// functions.
    fn spec_deps(&self, spec: usize) -> BTreeSet<usize> {
        let mut specs = BTreeSet::new();
        let mut seen_funcs = BTreeSet::new();
        let mut work: Vec<Dep> = self.var_specs[spec].deps.iter().copied().collect();
        while let Some(dep) = work.pop() {
            match dep {
                Dep::Global(global) => {
                    specs.insert(self.globals[global].spec);
                }
                Dep::Func(func) => {
                    if seen_funcs.insert(func) {
                        work.extend(self.funcs[func].deps.iter().copied());
                    }
                }
            }
        }
        specs
    }
}
