//! Building a function's flow graph from its statements and expressions.
//!
//! `value` evaluates an expression abstractly: the locations its value
//! comes from, each with the dereferences on the way (-1: the location's
//! address). Statements connect those sources to where values go.

use super::graph::{Graph, Loc, HEAP};
use super::{has_pointers, Analysis};
use crate::ir::{self, Builtin, ExprKind, Place, Stmt};
use crate::types::iface::is_direct;
use crate::types::layout;
use crate::types::ty::Type;

/// Where a value comes from: a location, through some dereferences.
type Sources = Vec<(Loc, i32)>;

/// The largest object allocated in the frame (gc's limit for implicit
/// allocations, 64 KB).
const MAX_FRAME_OBJECT: u64 = 64 << 10;

struct Walker<'a, 'b, 'c> {
    analysis: &'a mut Analysis<'b>,
    func: &'c ir::Func,
    graph: &'a mut Graph,
    depth: u32,
    has_goto: bool,
    sites: Vec<(Loc, &'c ir::Site)>,
    /// The function being analysed, whose recursive calls connect to its
    /// own parameters and results.
    id: ir::FuncId,
}

/// What building a function's graph found besides the edges.
pub struct Built<'c> {
    /// It has a `goto`, which may make a loop the analysis does not see.
    pub has_goto: bool,
    /// The allocation sites that could live in the frame, with their
    /// locations.
    pub sites: Vec<(Loc, &'c ir::Site)>,
}

/// Adds the edges of `func` to `graph`.
pub fn build<'c>(analysis: &mut Analysis, id: ir::FuncId, func: &'c ir::Func, graph: &mut Graph) -> Built<'c> {
    let mut walker = Walker { analysis, func, graph, depth: 0, has_goto: false, sites: Vec::new(), id };
    walker.stmts(&func.body);
    Built { has_goto: walker.has_goto, sites: walker.sites }
}

impl<'c> Walker<'_, '_, 'c> {
    fn stmts(&mut self, stmts: &'c [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn looped(&mut self, stmts: &'c [Stmt]) {
        self.depth += 1;
        self.stmts(stmts);
        self.depth -= 1;
    }

    fn stmt(&mut self, s: &'c Stmt) {
        match s {
            Stmt::Decl(l) => {
                let loc = self.graph.local(*l);
                self.graph.set_depth(loc, self.depth);
            }
            Stmt::Eval(e) => {
                self.value(e);
            }
            Stmt::Defer { closure, anchor: None, .. } => {
                self.value(closure);
            }
            Stmt::Defer { closure, anchor: Some(anchor), .. } => {
                // Deferred for the function containing the loop: the
                // closure outlives the body's frame.
                let sources = self.value(closure);
                self.flow_all(HEAP, &sources, 0);
                self.value(anchor);
            }
            Stmt::Assign { lhs, rhs } => {
                for (place, e) in lhs.iter().zip(rhs) {
                    let sources = self.value(e);
                    self.store(place, &sources);
                }
            }
            Stmt::AssignResults { lhs, call } => {
                let sources = self.value(call);
                for place in lhs {
                    self.store(place, &sources);
                }
            }
            Stmt::If { cond, then, else_ } => {
                self.value(cond);
                self.stmts(then);
                self.stmts(else_);
            }
            Stmt::Loop { cond, body, post, .. } => {
                self.depth += 1;
                if let Some(cond) = cond {
                    self.value(cond);
                }
                self.stmts(body);
                self.stmts(post);
                self.depth -= 1;
            }
            Stmt::Switch { clauses, .. } => {
                for clause in clauses {
                    for cond in &clause.conds {
                        self.value(cond);
                    }
                    self.stmts(&clause.body);
                }
            }
            Stmt::MapRange { map, body, .. } => {
                self.value(map);
                self.looped(body);
            }
            Stmt::Goto(_) => self.has_goto = true,
            Stmt::Label(_) | Stmt::Fallthrough | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::Return(values) => {
                if values.is_empty() {
                    for (i, &r) in self.func.named_results.iter().enumerate() {
                        let (dst, src) = (self.graph.result(i), self.graph.local(r));
                        self.graph.flow(dst, src, 0);
                    }
                }
                for (i, v) in values.iter().enumerate() {
                    let sources = self.value(v);
                    let dst = self.graph.result(i);
                    self.flow_all(dst, &sources, 0);
                }
            }
            Stmt::ReturnResults(call) => {
                let sources = self.value(call);
                for i in 0..self.func.results.len() {
                    let dst = self.graph.result(i);
                    self.flow_all(dst, &sources, 0);
                }
            }
            Stmt::Block(stmts) => self.stmts(stmts),
        }
    }

    fn flow_all(&mut self, dst: Loc, sources: &Sources, derefs: i32) {
        for &(src, d) in sources {
            self.graph.flow(dst, src, d + derefs);
        }
    }

    /// The location of local `l` (a captured variable stands for the
    /// enclosing function's; its summary says what the body does with it).
    fn local(&self, l: ir::LocalId) -> Loc {
        self.graph.local(l)
    }

    /// A value with `sources` is stored in `place`.
    fn store(&mut self, place: &'c Place, sources: &Sources) {
        let dst = match place {
            Place::Blank => return,
            Place::Local(l) => self.local(*l),
            Place::Global(_) => HEAP,
            Place::Mem(e) => self.store_target(e),
            Place::MapEntry { map, key } => {
                self.value(map);
                let key = self.value(key);
                self.flow_all(HEAP, &key, 0);
                HEAP
            }
        };
        self.flow_all(dst, sources, 0);
    }

    /// Where a store into the memory `e` denotes goes: a field or element
    /// of a local struct or array is that local; anything reached through a
    /// pointer or a slice is the heap (gc's rule for `*p = x`).
    fn store_target(&mut self, e: &'c ir::Expr) -> Loc {
        match &e.kind {
            ExprKind::Local(l) => self.local(*l),
            ExprKind::Field(x, _) => self.store_target(x),
            ExprKind::Index(x, i) if matches!(x.ty.underlying(), Type::Array(..)) => {
                self.value(i);
                self.store_target(x)
            }
            _ => {
                self.value(e);
                HEAP
            }
        }
    }

    /// The locations the address of the memory `e` denotes comes from.
    fn address(&mut self, e: &'c ir::Expr) -> Sources {
        match &e.kind {
            ExprKind::Local(l) => vec![(self.local(*l), -1)],
            ExprKind::Global(_) => vec![(HEAP, 0)],
            ExprKind::Field(x, _) => self.address(x),
            ExprKind::Index(x, i) if matches!(x.ty.underlying(), Type::Array(..)) => {
                self.value(i);
                self.address(x)
            }
            ExprKind::Index(x, i) => {
                self.value(i);
                self.value(x)
            }
            ExprKind::Deref(p) => self.value(p),
            _ => {
                // A composite literal or other value made in memory: a new
                // heap object.
                let sources = self.value(e);
                self.flow_all(HEAP, &sources, 0);
                vec![(HEAP, 0)]
            }
        }
    }

    /// Evaluates `e` for its effects on the graph; returns where its value
    /// comes from (nowhere for a value that holds no pointers).
    fn value(&mut self, e: &'c ir::Expr) -> Sources {
        let sources = self.value_sources(e);
        if has_pointers(&e.ty) {
            sources
        } else {
            Vec::new()
        }
    }

    fn value_sources(&mut self, e: &'c ir::Expr) -> Sources {
        match &e.kind {
            ExprKind::Const(_) | ExprKind::Zero | ExprKind::FuncRef(_) | ExprKind::FramePointer => Vec::new(),
            ExprKind::Local(l) => vec![(self.local(*l), 0)],
            ExprKind::Global(_) | ExprKind::MapIterKey(_) | ExprKind::MapIterElem(_) => vec![(HEAP, 0)],
            ExprKind::New(site) => {
                let Type::Pointer(elem) = e.ty.underlying() else { return vec![(HEAP, 0)] };
                self.site(site, &elem, &Vec::new())
            }
            ExprKind::Call { func, args } => self.call(Some(*func), args),
            ExprKind::CallValue { callee, args } => {
                self.value(callee);
                self.call(None, args)
            }
            ExprKind::IfaceCall { recv, args, .. } => {
                let recv = self.value(recv);
                self.flow_all(HEAP, &recv, 0);
                self.call(None, args)
            }
            // The closure holds a copy of the receiver, which its wrapper
            // passes to the method (as gc: to the closure and to the
            // receiver parameter).
            ExprKind::MethodValue { func, recv, site } => {
                let big = layout::size_of(&recv.ty) > MAX_FRAME_OBJECT;
                let recv = self.value(recv);
                let loc = self.graph.site(self.depth);
                self.flow_all(loc, &recv, 0);
                if big {
                    self.graph.flow(HEAP, loc, -1);
                }
                // The receiver is the wrapper's captured variable: where its
                // address goes, its value (the copy) goes.
                for derefs in self.capture_leaks(*func, 0) {
                    self.flow_all(HEAP, &recv, derefs.max(0));
                }
                self.sites.push((loc, site));
                vec![(loc, -1)]
            }
            ExprKind::Closure { func, captures, site } if site.text.is_empty() => {
                // A deferred call's closure, decided by the checker: in the
                // frame it does what its body does with the values it
                // captures; on the heap it holds their addresses.
                if site.in_frame.get() {
                    let loc = self.graph.site(self.depth);
                    self.capture_flows(loc, *func, captures);
                } else {
                    for &l in captures {
                        let src = self.local(l);
                        self.graph.flow(HEAP, src, -1);
                    }
                }
                vec![(HEAP, 0)]
            }
            ExprKind::Closure { func, captures, site } => self.closure(*func, captures, site),
            ExprKind::Print { args, .. } => {
                for a in args {
                    self.value(a);
                }
                Vec::new()
            }
            ExprKind::Unary(_, x) | ExprKind::IsType { x, .. } | ExprKind::DecodeRune(x, _) => {
                self.value(x);
                if let ExprKind::DecodeRune(_, i) = &e.kind {
                    self.value(i);
                }
                Vec::new()
            }
            ExprKind::Convert(x) | ExprKind::TypeAssert { x, .. } => self.value(x),
            ExprKind::Binary(_, a, b) => {
                self.value(a);
                self.value(b);
                Vec::new()
            }
            ExprKind::Field(x, _) => self.value(x),
            ExprKind::Index(x, i) => {
                self.value(i);
                let sources = self.value(x);
                match x.ty.underlying() {
                    Type::Array(..) => sources,
                    Type::Slice(_) => sources.into_iter().map(|(l, d)| (l, d + 1)).collect(),
                    _ => Vec::new(),
                }
            }
            ExprKind::Slice { x, lo, hi, max } => {
                for bound in [lo, hi, max].into_iter().flatten() {
                    self.value(bound);
                }
                match x.ty.underlying() {
                    Type::Array(..) => self.address(x),
                    _ => self.value(x),
                }
            }
            ExprKind::Deref(p) => self.value(p).into_iter().map(|(l, d)| (l, d + 1)).collect(),
            ExprKind::AddrOf(x, Some(site)) => {
                let contents = self.value(x);
                self.site(site, &x.ty, &contents)
            }
            ExprKind::AddrOf(x, None) => self.address(x),
            ExprKind::Composite(elems) => {
                let mut sources = Vec::new();
                for (_, el) in elems {
                    sources.extend(self.value(el));
                }
                sources
            }
            ExprKind::SliceLit { len, elems, site } => {
                let Type::Slice(elem) = e.ty.underlying() else { return vec![(HEAP, 0)] };
                let mut contents = Vec::new();
                for (_, el) in elems {
                    contents.extend(self.value(el));
                }
                self.site(site, &Type::Array(*len, elem), &contents)
            }
            ExprKind::MapLookup { map, key, .. } => {
                self.value(map);
                self.value(key);
                vec![(HEAP, 0)]
            }
            // The entries are in the map's table, on the heap; its header
            // is the new object.
            ExprKind::MapLit { entries, site } => {
                for (k, v) in entries {
                    let k = self.value(k);
                    let v = self.value(v);
                    self.flow_all(HEAP, &k, 0);
                    self.flow_all(HEAP, &v, 0);
                }
                self.site(site, &ir::map_header(), &Vec::new())
            }
            ExprKind::MakeMap { hint, site } => {
                if let Some(hint) = hint {
                    self.value(hint);
                }
                self.site(site, &ir::map_header(), &Vec::new())
            }
            ExprKind::ToIface { x, site, .. } => {
                let sources = self.value(x);
                if x.ty.interface().is_some() || is_direct(&x.ty) {
                    sources
                } else {
                    // The value is boxed in a new object (a constant is
                    // boxed once, in read-only data, but gc reports it).
                    self.site(site, &x.ty, &sources)
                }
            }
            ExprKind::MakeSlice { len, cap, site } => {
                self.value(len);
                if let Some(cap) = cap {
                    self.value(cap);
                }
                let Type::Slice(elem) = e.ty.underlying() else { return vec![(HEAP, 0)] };
                // Only an array of constant size (and length) can live in
                // the frame.
                match (cap.as_deref().unwrap_or(len).constant_size(), len.constant_size()) {
                    (Some(n), Some(_)) => self.site(site, &Type::Array(n, elem), &Vec::new()),
                    _ => {
                        self.sites.push((HEAP, site));
                        vec![(HEAP, 0)]
                    }
                }
            }
            // The operands are copied (the runtime copies one it would
            // return as it is if it is in a frame and the result escapes).
            ExprKind::Concat { parts, site } => {
                // `s += t` (a site with no text): as gc, `t` flows to `s`.
                let mut assigned = Vec::new();
                for (i, p) in parts.iter().enumerate() {
                    let sources = self.value(p);
                    if site.text.is_empty() && i > 0 {
                        assigned.extend(sources);
                    }
                }
                let mut sources = self.site(site, &ir::string_buffer(e), &Vec::new());
                sources.extend(assigned);
                sources
            }
            ExprKind::StringConvert { x, site } => {
                self.value(x);
                self.site(site, &ir::string_buffer(e), &Vec::new())
            }
            ExprKind::Builtin(builtin, args) => self.builtin(*builtin, args),
        }
    }

    /// A function literal's closure: an object holding the captured
    /// variables' addresses, made at `site`. What the body does with each
    /// variable flows from it too: an address that escapes there, or any
    /// flow to the literal's results (whose callers are not known), makes
    /// the variable escape; a value that leaks goes to the heap.
    fn closure(&mut self, func: ir::FuncId, captures: &[ir::LocalId], site: &'c ir::Site) -> Sources {
        let loc = self.graph.site(self.depth);
        self.capture_flows(loc, func, captures);
        self.sites.push((loc, site));
        vec![(loc, -1)]
    }

    /// The closure object at `loc` of function literal `func` holds the
    /// addresses of `captures`; what the body does with them follows.
    fn capture_flows(&mut self, loc: Loc, func: ir::FuncId, captures: &[ir::LocalId]) {
        for (k, &l) in captures.iter().enumerate() {
            let src = self.local(l);
            self.graph.flow(loc, src, -1);
            for derefs in self.capture_leaks(func, k) {
                self.graph.flow(HEAP, src, derefs);
            }
        }
    }

    /// How the body of function literal `func` makes its `k`th captured
    /// variable reach the heap, as dereferences from the variable (-1: its
    /// address): its address if it escapes there or reaches the results
    /// (whose callers are unknown), its value if that leaks.
    fn capture_leaks(&mut self, func: ir::FuncId, k: usize) -> Vec<i32> {
        match self.analysis.capture_summary(func).as_ref().and_then(|s| s.get(k)) {
            Some((escapes, leak)) => {
                let address = *escapes || leak.results.iter().any(Option::is_some);
                address.then_some(-1).into_iter().chain(leak.heap).collect()
            }
            None => vec![-1],
        }
    }

    /// A new object of type `ty` holding values from `contents`, made at
    /// `site`: its own location if it may live in the frame, else the heap.
    /// The value is the object's address.
    fn site(&mut self, site: &'c ir::Site, ty: &Type, contents: &Sources) -> Sources {
        if layout::size_of(ty) > MAX_FRAME_OBJECT {
            self.flow_all(HEAP, contents, 0);
            return vec![(HEAP, 0)];
        }
        let loc = self.graph.site(self.depth);
        self.flow_all(loc, contents, 0);
        self.sites.push((loc, site));
        vec![(loc, -1)]
    }

    fn builtin(&mut self, builtin: Builtin, args: &'c [ir::Expr]) -> Sources {
        let values: Vec<Sources> = args.iter().map(|a| self.value(a)).collect();
        match builtin {
            // The slice's array may be the result's; the appended values
            // go to an array that may be new, on the heap.
            Builtin::Append => {
                for v in &values[1..] {
                    self.flow_all(HEAP, v, 0);
                }
                values[0].clone()
            }
            Builtin::AppendSpread | Builtin::Copy => {
                self.flow_all(HEAP, &values[1], 1);
                values[0].clone()
            }
            Builtin::Panic => {
                self.flow_all(HEAP, &values[0], 0);
                Vec::new()
            }
            Builtin::Min | Builtin::Max | Builtin::Dynamic => values.into_iter().flatten().collect(),
            Builtin::Recover | Builtin::DeferAnchor => vec![(HEAP, 0)],
            Builtin::PanicRangeState => Vec::new(),
            Builtin::Len
            | Builtin::Cap
            | Builtin::Delete
            | Builtin::Clear
            | Builtin::Complex
            | Builtin::Real
            | Builtin::Imag => Vec::new(),
        }
    }

    /// A call of `func` (None: unknown) with `args`: each argument goes
    /// where the callee's summary says (to the heap if unknown); the
    /// results come from a new location.
    fn call(&mut self, func: Option<ir::FuncId>, args: &'c [ir::Expr]) -> Sources {
        let values: Vec<Sources> = args.iter().map(|a| self.value(a)).collect();
        let results = self.graph.temp(self.depth);
        if func == Some(self.id) && values.len() == self.func.params.len() {
            // A recursive call: the arguments are the parameters' values.
            for (v, &p) in values.iter().zip(&self.func.params) {
                let param = self.graph.local(p);
                self.flow_all(param, v, 0);
            }
            for i in 0..self.func.results.len() {
                let result = self.graph.result(i);
                self.graph.flow(results, result, 0);
            }
            return vec![(results, 0)];
        }
        let summary = func.and_then(|f| self.analysis.summary(f));
        match summary {
            // One multi-valued call as the arguments: no summary applies.
            Some(leaks) if leaks.len() == values.len() => {
                for (v, leak) in values.iter().zip(&leaks) {
                    if let Some(d) = leak.heap {
                        self.flow_all(HEAP, v, d);
                    }
                    for &d in leak.results.iter().flatten() {
                        self.flow_all(results, v, d);
                    }
                }
            }
            _ => {
                for v in &values {
                    self.flow_all(HEAP, v, 0);
                }
            }
        }
        vec![(results, 0)]
    }
}
