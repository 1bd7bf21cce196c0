//! A readable dump of the IR (`rgoc tool ir`): one block per function, its
//! locals, then its statements, one per line, nested by indentation.
//! Locals print as `name#id`, functions and globals by symbol, operators
//! as in Go; what code generation adds (bounds and nil checks) is not shown.

use super::*;
use std::fmt::Write;

/// The functions of `program` whose symbols `select` accepts, in order.
pub fn program(program: &Program, select: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    for (id, global) in program.globals.iter().enumerate() {
        if select(&global.symbol) {
            let _ = writeln!(out, "var {} {} // global {id}", global.symbol, global.ty);
        }
    }
    for func in program.funcs.iter().filter(|f| select(&f.symbol)) {
        out.push('\n');
        Printer { program, func, out: &mut out }.func();
    }
    out
}

struct Printer<'a> {
    program: &'a Program,
    func: &'a Func,
    out: &'a mut String,
}

impl Printer<'_> {
    fn func(&mut self) {
        let f = self.func;
        let params: Vec<String> = f.params.iter().map(|&p| format!("{} {}", self.local(p), f.locals[p].ty)).collect();
        let results: Vec<String> = f.results.iter().map(Type::to_string).collect();
        let _ = write!(self.out, "func {}({})", f.symbol, params.join(", "));
        match results.len() {
            0 => {}
            1 => self.out.push_str(&format!(" {}", results[0])),
            _ => self.out.push_str(&format!(" ({})", results.join(", "))),
        }
        if let Some(external) = &f.external {
            let _ = writeln!(self.out, " = runtime {external}");
            return;
        }
        let mut notes = Vec::new();
        if f.wrapper {
            notes.push("wrapper".to_string());
        }
        if f.defers {
            notes.push(format!("defers (open-coded: {})", f.open_defers));
        }
        if !f.named_results.is_empty() {
            let named: Vec<String> = f.named_results.iter().map(|&l| self.local(l)).collect();
            notes.push(format!("results in {}", named.join(", ")));
        }
        let notes = if notes.is_empty() { String::new() } else { format!(" // {}", notes.join("; ")) };
        let _ = writeln!(self.out, " {{{notes}");
        for (id, local) in f.locals.iter().enumerate() {
            let mut how = Vec::new();
            if let Some(slot) = local.capture {
                how.push(format!("captured (slot {slot})"));
            }
            if local.escapes {
                how.push("heap".to_string());
            } else if local.addressed {
                how.push("addressed".to_string());
            }
            let how = if how.is_empty() { String::new() } else { format!(" // {}", how.join(", ")) };
            let _ = writeln!(self.out, "  local {} {}{how}", self.local(id), local.ty);
        }
        self.stmts(&f.body, 1);
        self.out.push_str("}\n");
    }

    fn line(&mut self, depth: usize, text: &str) {
        let _ = writeln!(self.out, "{}{text}", "  ".repeat(depth));
    }

    fn stmts(&mut self, stmts: &[Stmt], depth: usize) {
        for s in stmts {
            self.stmt(s, depth);
        }
    }

    /// `head {`, the block, `}`.
    fn block(&mut self, head: &str, body: &[Stmt], depth: usize) {
        let open = if head.is_empty() { "{".to_string() } else { format!("{head} {{") };
        self.line(depth, &open);
        self.stmts(body, depth + 1);
        self.line(depth, "}");
    }

    fn stmt(&mut self, s: &Stmt, depth: usize) {
        match s {
            Stmt::Decl(l) => {
                let text = format!("decl {}", self.local(*l));
                self.line(depth, &text)
            }
            Stmt::Eval(e) => {
                let text = self.expr(e);
                self.line(depth, &text)
            }
            Stmt::Defer { closure, index, anchor } => {
                let at = anchor.as_ref().map(|a| format!(" at {}", self.expr(a))).unwrap_or_default();
                let text = format!("defer#{index} {}{at}", self.expr(closure));
                self.line(depth, &text)
            }
            Stmt::Assign { lhs, rhs } => {
                let places: Vec<String> = lhs.iter().map(|p| self.place(p)).collect();
                let values: Vec<String> = rhs.iter().map(|e| self.expr(e)).collect();
                self.line(depth, &format!("{} = {}", places.join(", "), values.join(", ")))
            }
            Stmt::AssignResults { lhs, call } => {
                let places: Vec<String> = lhs.iter().map(|p| self.place(p)).collect();
                let text = format!("{} = {}", places.join(", "), self.expr(call));
                self.line(depth, &text)
            }
            Stmt::If { cond, then, else_ } => {
                let head = format!("if {}", self.expr(cond));
                self.block(&head, then, depth);
                if !else_.is_empty() {
                    self.block("else", else_, depth);
                }
            }
            Stmt::Loop { id, cond, body, post } => {
                let cond = cond.as_ref().map(|c| format!(" while {}", self.expr(c))).unwrap_or_default();
                self.block(&format!("loop L{id}{cond}"), body, depth);
                if !post.is_empty() {
                    self.block(&format!("post L{id}"), post, depth);
                }
            }
            Stmt::Switch { id, clauses } => {
                self.line(depth, &format!("switch L{id} {{"));
                for clause in clauses {
                    let conds: Vec<String> = clause.conds.iter().map(|c| self.expr(c)).collect();
                    let head = match (clause.is_default, conds.is_empty()) {
                        (true, true) => "default".to_string(),
                        (true, false) => format!("case {}, default", conds.join(", ")),
                        _ => format!("case {}", conds.join(", ")),
                    };
                    self.block(&head, &clause.body, depth + 1);
                }
                self.line(depth, "}");
            }
            Stmt::Fallthrough => self.line(depth, "fallthrough"),
            Stmt::Break(id) => self.line(depth, &format!("break L{id}")),
            Stmt::Continue(id) => self.line(depth, &format!("continue L{id}")),
            Stmt::Label(id) => self.line(depth, &format!("label {id}:")),
            Stmt::Goto(id) => self.line(depth, &format!("goto {id}")),
            Stmt::Return(values) => {
                let values: Vec<String> = values.iter().map(|e| self.expr(e)).collect();
                let text =
                    if values.is_empty() { "return".to_string() } else { format!("return {}", values.join(", ")) };
                self.line(depth, &text)
            }
            Stmt::ReturnResults(call) => {
                let text = format!("return {}", self.expr(call));
                self.line(depth, &text)
            }
            Stmt::Block(body) => self.block("", body, depth),
            Stmt::MapRange { id, map, iter, body } => {
                let head = format!("maprange L{id} {} with {}", self.expr(map), self.local(*iter));
                self.block(&head, body, depth);
            }
        }
    }

    fn local(&self, id: LocalId) -> String {
        format!("{}#{id}", self.func.locals[id].name)
    }

    fn func_name(&self, id: FuncId) -> &str {
        &self.program.funcs[id].symbol
    }

    fn place(&self, p: &Place) -> String {
        match p {
            Place::Local(l) => self.local(*l),
            Place::Global(g) => self.program.globals[*g].symbol.clone(),
            Place::Mem(e) => format!("mem({})", self.expr(e)),
            Place::MapEntry { map, key } => format!("{}[{}]", self.expr(map), self.expr(key)),
            Place::Blank => "_".to_string(),
        }
    }

    fn list(&self, exprs: &[Expr]) -> String {
        exprs.iter().map(|e| self.expr(e)).collect::<Vec<_>>().join(", ")
    }

    fn elements(&self, elems: &[(u64, Expr)]) -> String {
        elems.iter().map(|(at, e)| format!("{at}: {}", self.expr(e))).collect::<Vec<_>>().join(", ")
    }

    fn expr(&self, e: &Expr) -> String {
        let ty = &e.ty;
        match &e.kind {
            ExprKind::Const(c) => format!("{c}"),
            ExprKind::Local(l) => self.local(*l),
            ExprKind::Global(g) => self.program.globals[*g].symbol.clone(),
            ExprKind::Call { func, args } => format!("{}({})", self.func_name(*func), self.list(args)),
            ExprKind::CallValue { callee, args } => format!("({})({})", self.expr(callee), self.list(args)),
            ExprKind::FuncRef(f) => format!("funcref {}", self.func_name(*f)),
            ExprKind::MethodValue { func, recv, .. } => {
                format!("methodvalue {}({})", self.func_name(*func), self.expr(recv))
            }
            ExprKind::Closure { func, captures, .. } => {
                let captures: Vec<String> = captures.iter().map(|&l| self.local(l)).collect();
                format!("closure {}[{}]", self.func_name(*func), captures.join(", "))
            }
            ExprKind::Print { args, newline } => {
                format!("{}({})", if *newline { "println" } else { "print" }, self.list(args))
            }
            ExprKind::Unary(op, x) => format!("{}({})", op.as_str(), self.expr(x)),
            ExprKind::Convert(x) => format!("{ty}({})", self.expr(x)),
            ExprKind::StringConvert { x, .. } => format!("{ty}({})", self.expr(x)),
            ExprKind::Binary(op, x, y) => format!("({} {} {})", self.expr(x), op.as_str(), self.expr(y)),
            ExprKind::Zero => format!("zero {ty}"),
            ExprKind::Field(x, offset) => format!("{}.+{offset}", self.expr(x)),
            ExprKind::Index(x, i) => format!("{}[{}]", self.expr(x), self.expr(i)),
            ExprKind::Slice { x, lo, hi, max } => {
                let bound = |b: &Option<Box<Expr>>| b.as_ref().map(|b| self.expr(b)).unwrap_or_default();
                let max = max.as_ref().map(|m| format!(":{}", self.expr(m))).unwrap_or_default();
                format!("{}[{}:{}{max}]", self.expr(x), bound(lo), bound(hi))
            }
            ExprKind::Deref(x) => format!("(*{})", self.expr(x)),
            ExprKind::AddrOf(x, _) => format!("&{}", self.expr(x)),
            ExprKind::New(_) => format!("new {}", pointee(ty)),
            ExprKind::Composite(elems) => format!("{ty}{{{}}}", self.elements(elems)),
            ExprKind::SliceLit { len, elems, .. } => format!("{ty}(len {len}){{{}}}", self.elements(elems)),
            ExprKind::DecodeRune(s, i) => format!("decoderune({}, {})", self.expr(s), self.expr(i)),
            ExprKind::MapLookup { map, key, comma_ok } => {
                format!("{}[{}]{}", self.expr(map), self.expr(key), if *comma_ok { ", ok" } else { "" })
            }
            ExprKind::MapLit { entries, .. } => {
                let entries: Vec<String> =
                    entries.iter().map(|(k, v)| format!("{}: {}", self.expr(k), self.expr(v))).collect();
                format!("{ty}{{{}}}", entries.join(", "))
            }
            ExprKind::MakeMap { hint, .. } => {
                format!("make({ty}{})", hint.as_ref().map(|h| format!(", {}", self.expr(h))).unwrap_or_default())
            }
            ExprKind::MapIterKey(l) => format!("{}.key", self.local(*l)),
            ExprKind::MapIterElem(l) => format!("{}.elem", self.local(*l)),
            ExprKind::ToIface { x, itab, .. } => {
                let itab: Vec<&str> = itab.iter().map(|&f| self.func_name(f)).collect();
                let itab = if itab.is_empty() { String::new() } else { format!(" itab[{}]", itab.join(", ")) };
                format!("{ty}({}){itab}", self.expr(x))
            }
            ExprKind::TypeAssert { x, target, comma_ok } => {
                format!("{}.({target}){}", self.expr(x), if *comma_ok { ", ok" } else { "" })
            }
            ExprKind::IsType { x, target } => format!("{} is {target}", self.expr(x)),
            ExprKind::IfaceCall { recv, index, args } => {
                format!("{}.method{index}({})", self.expr(recv), self.list(args))
            }
            ExprKind::FramePointer => "framepointer".to_string(),
            ExprKind::MakeSlice { len, cap, .. } => {
                let cap = cap.as_ref().map(|c| format!(", {}", self.expr(c))).unwrap_or_default();
                format!("make({ty}, {}{cap})", self.expr(len))
            }
            ExprKind::Concat { parts, .. } => format!("concat({})", self.list(parts)),
            ExprKind::Builtin(b, args) => format!("{}({})", format!("{b:?}").to_lowercase(), self.list(args)),
        }
    }
}

/// What a pointer type points to.
fn pointee(ty: &Type) -> String {
    match ty.underlying() {
        Type::Pointer(elem) => elem.to_string(),
        other => other.to_string(),
    }
}
