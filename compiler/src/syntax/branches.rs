//! Checks of labels and branch statements in function bodies, as gc's
//! syntax package makes them (cmd/compile/internal/syntax/branches.go):
//! misplaced `break`, `continue` and `fallthrough`, labels that are
//! undefined, duplicated, unused or not those of an enclosing statement,
//! and `goto`s that jump into a block or over a variable declaration.
//!
//! Each body is walked once, block by block. A block records the labels it
//! declares; a `goto` to a label not yet seen is kept as a forward goto and
//! resolved when the label appears in the same block or an enclosing one
//! (forward gotos left at the end of a block move to the enclosing block).
//! A variable declaration marks the forward gotos pending at that point:
//! if one of them is resolved later in the same block, it jumped over the
//! declaration.

use std::collections::HashMap;

use crate::diag::Diag;
use crate::source::{SourceFile, Span};
use crate::syntax::ast::*;
use crate::syntax::printer::expr_list_string;

/// Checks every function body of `file` that `has_errors` does not reject
/// (gc checks only bodies that parsed without errors). Each error comes
/// with the end of its body, where gc reports it.
pub fn check_file(source: &SourceFile, file: &File, has_errors: &dyn Fn(Span) -> bool) -> Vec<(u32, Diag)> {
    let mut bodies = Vec::new();
    for decl in &file.decls {
        match decl {
            Decl::Func(f) => {
                if let Some(body) = &f.body {
                    bodies.push(body);
                    block_bodies(body, &mut bodies);
                }
            }
            Decl::Const(specs) | Decl::Var(specs) => specs.iter().for_each(|s| value_spec_bodies(s, &mut bodies)),
            Decl::Type(specs) => specs.iter().for_each(|s| expr_bodies(&s.ty, &mut bodies)),
        }
    }
    let mut errors = Vec::new();
    for body in bodies {
        if !has_errors(body.span) {
            let mut found = Vec::new();
            check_body(source, body, &mut found);
            errors.extend(found.into_iter().map(|d| (body.span.hi, d)));
        }
    }
    errors
}

fn check_body(source: &SourceFile, body: &Block, errors: &mut Vec<Diag>) {
    let mut scope = LabelScope { source, labels: HashMap::new(), blocks: Vec::new(), errors };
    let targets = Targets { breaks: None, continues: None, case_index: None };
    let forward = scope.block(None, targets, None, body.span.lo, &body.stmts);
    // Gotos still unresolved: the label is missing, or in a block the goto
    // is not in.
    for goto in forward {
        let name = goto_label(goto);
        match scope.labels.get_mut(name.name.as_str()) {
            Some(label) => {
                label.used = true;
                let start = scope.blocks[label.block].start;
                let msg = format!("goto {} jumps into block starting at {}", name.name, source.position(start));
                scope.error(name.span.lo, msg);
            }
            None => scope.error(name.span.lo, format!("label {} not defined", name.name)),
        }
    }
    let mut unused: Vec<&Ident> = scope.labels.values().filter(|l| !l.used).map(|l| l.ident).collect();
    unused.sort_by_key(|id| id.span.lo);
    for id in unused {
        scope.error(id.span.lo, format!("label {} defined and not used", id.name));
    }
}

struct Label<'a> {
    /// The block declaring the label.
    block: usize,
    /// The labeled statement.
    stmt: &'a Stmt,
    ident: &'a Ident,
    used: bool,
}

struct BlockInfo<'a> {
    parent: Option<usize>,
    start: u32,
    /// The labeled statement whose statement this block belongs to.
    labeled: Option<&'a Stmt>,
}

/// The statements a `break` or `continue` in the current block refers to,
/// and the index of the case clause if the block is one.
#[derive(Clone, Copy)]
struct Targets<'a> {
    breaks: Option<&'a Stmt>,
    continues: Option<&'a Stmt>,
    case_index: Option<usize>,
}

struct LabelScope<'a, 'e> {
    source: &'a SourceFile,
    labels: HashMap<&'a str, Label<'a>>,
    blocks: Vec<BlockInfo<'a>>,
    errors: &'e mut Vec<Diag>,
}

fn goto_label(goto: &Stmt) -> &Ident {
    match &goto.kind {
        StmtKind::Goto(label) => label,
        _ => unreachable!("forward gotos are goto statements"),
    }
}

/// The result of looking up the target of a labeled `break` or `continue`.
enum Enclosing<'a> {
    Undefined,
    /// The label exists but does not label an enclosing statement.
    Invalid,
    Stmt(&'a Stmt),
}

impl<'a> LabelScope<'a, '_> {
    fn error(&mut self, pos: u32, msg: String) {
        self.errors.push(Diag::new(Span::new(pos, pos), msg));
    }

    fn declare(&mut self, block: usize, stmt: &'a Stmt, ident: &'a Ident) {
        if let Some(previous) = self.labels.get(ident.name.as_str()) {
            let at = self.source.position(previous.ident.span.lo);
            self.error(ident.span.lo, format!("label {} already defined at {at}", ident.name));
            return;
        }
        self.labels.insert(&ident.name, Label { block, stmt, ident, used: false });
    }

    /// The statement labeled `name` in `block` or an enclosing block.
    fn goto_target(&mut self, block: usize, name: &str) -> Option<&'a Stmt> {
        let label = self.labels.get_mut(name)?;
        label.used = true;
        let mut b = Some(block);
        while let Some(i) = b {
            if label.block == i {
                return Some(label.stmt);
            }
            b = self.blocks[i].parent;
        }
        None
    }

    /// The innermost enclosing statement labeled `name`.
    fn enclosing_target(&mut self, block: usize, name: &str) -> Enclosing<'a> {
        let Some(label) = self.labels.get_mut(name) else {
            return Enclosing::Undefined;
        };
        label.used = true;
        let mut b = Some(block);
        while let Some(i) = b {
            if self.blocks[i].labeled.is_some_and(|s| std::ptr::eq(s, label.stmt)) {
                return Enclosing::Stmt(label.stmt);
            }
            b = self.blocks[i].parent;
        }
        Enclosing::Invalid
    }

    /// Checks the statements of a block starting at `start`; returns its
    /// unresolved forward gotos.
    fn block(
        &mut self,
        parent: Option<usize>,
        targets: Targets<'a>,
        labeled: Option<&'a Stmt>,
        start: u32,
        body: &'a [Stmt],
    ) -> Vec<&'a Stmt> {
        let b = self.blocks.len();
        self.blocks.push(BlockInfo { parent, start, labeled });

        let mut var_decl: Option<(u32, String)> = None;
        let mut forward: Vec<&'a Stmt> = Vec::new();
        // The forward gotos pending at the last variable declaration.
        let mut bad: Vec<&'a Stmt> = Vec::new();

        // A fallthrough is the last statement of its list even when empty
        // statements follow.
        let len = body.iter().rposition(|s| s.kind != StmtKind::Empty).map_or(0, |i| i + 1);
        let list = &body[..len];
        for (index, stmt) in list.iter().enumerate() {
            let mut labeled = None;
            let mut stmt = stmt;
            // A labeled statement declares its label, then is its statement.
            while let StmtKind::Labeled(label, inner) = &stmt.kind {
                if !label.is_blank() {
                    self.declare(b, stmt, label);
                    let mut i = 0;
                    while i < forward.len() {
                        let goto = forward[i];
                        let name = goto_label(goto);
                        if name.name != label.name {
                            i += 1;
                            continue;
                        }
                        forward.remove(i);
                        if let Some(l) = self.labels.get_mut(label.name.as_str()) {
                            l.used = true;
                        }
                        if let Some((pos, var)) = &var_decl {
                            if bad.iter().any(|g| std::ptr::eq(*g, goto)) {
                                let at = self.source.position(*pos);
                                let msg = format!("goto {} jumps over declaration of {var} at {at}", name.name);
                                self.error(name.span.lo, msg);
                            }
                        }
                    }
                    labeled = Some(stmt);
                }
                stmt = inner;
            }
            let inner = |targets: Targets<'a>| Targets { case_index: None, ..targets };
            match &stmt.kind {
                StmtKind::Decl(Decl::Var(specs)) => {
                    if let Some(spec) = specs.first() {
                        var_decl = Some((spec.span.lo, spec.names[0].name.clone()));
                        bad = forward.clone();
                    }
                }
                StmtKind::Assign { lhs, op: AssignOp::Define, .. } => {
                    let pos = next_token(&self.source.text, lhs.last().map_or(stmt.span.lo, |x| x.span.hi));
                    var_decl = Some((pos, expr_list_string(lhs)));
                    bad = forward.clone();
                }
                StmtKind::Break(None) if targets.breaks.is_none() => {
                    let msg = "break is not in a loop, switch, or select";
                    self.error(stmt.span.lo, msg.into());
                }
                StmtKind::Continue(None) if targets.continues.is_none() => {
                    self.error(stmt.span.lo, "continue is not in a loop".into());
                }
                StmtKind::Fallthrough => {
                    let msg = match targets.breaks.map(|s| &s.kind) {
                        Some(StmtKind::TypeSwitch { .. }) => Some("cannot fallthrough in type switch"),
                        Some(StmtKind::Switch { clauses, .. }) => match targets.case_index {
                            Some(case) if index + 1 == list.len() => {
                                (case + 1 == clauses.len()).then_some("cannot fallthrough final case in switch")
                            }
                            _ => Some("fallthrough statement out of place"),
                        },
                        _ => Some("fallthrough statement out of place"),
                    };
                    if let Some(msg) = msg {
                        self.error(stmt.span.lo, msg.into());
                    }
                }
                StmtKind::Break(Some(label)) => match self.enclosing_target(b, &label.name) {
                    Enclosing::Stmt(t) if is_breakable(t) => {}
                    Enclosing::Undefined => {
                        self.error(label.span.lo, format!("break label not defined: {}", label.name))
                    }
                    _ => self.error(label.span.lo, format!("invalid break label {}", label.name)),
                },
                StmtKind::Continue(Some(label)) => match self.enclosing_target(b, &label.name) {
                    Enclosing::Stmt(t) if is_loop(t) => {}
                    Enclosing::Undefined => {
                        self.error(label.span.lo, format!("continue label not defined: {}", label.name))
                    }
                    _ => self.error(label.span.lo, format!("invalid continue label {}", label.name)),
                },
                StmtKind::Goto(label) if self.goto_target(b, &label.name).is_none() => {
                    // The label may be declared later.
                    forward.push(stmt);
                }
                StmtKind::Block(block) => {
                    forward.extend(self.block(Some(b), inner(targets), labeled, block.span.lo, &block.stmts));
                }
                StmtKind::If { then, else_, .. } => {
                    forward.extend(self.block(Some(b), inner(targets), labeled, then.span.lo, &then.stmts));
                    if let Some(e) = else_ {
                        let else_list = std::slice::from_ref(&**e);
                        forward.extend(self.block(Some(b), inner(targets), labeled, e.span.lo, else_list));
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let t = Targets { breaks: Some(stmt), continues: Some(stmt), case_index: None };
                    forward.extend(self.block(Some(b), t, labeled, body.span.lo, &body.stmts));
                }
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    for (i, clause) in clauses.iter().enumerate() {
                        let t = Targets { breaks: Some(stmt), continues: targets.continues, case_index: Some(i) };
                        forward.extend(self.block(Some(b), t, labeled, clause.span.lo, &clause.body));
                    }
                }
                StmtKind::Select(clauses) => {
                    for clause in clauses {
                        let t = Targets { breaks: Some(stmt), continues: targets.continues, case_index: None };
                        forward.extend(self.block(Some(b), t, labeled, clause.span.lo, &clause.body));
                    }
                }
                _ => {}
            }
        }
        forward
    }
}

/// The statement a labeled statement labels.
fn labeled_stmt(s: &Stmt) -> &StmtKind {
    match &s.kind {
        StmtKind::Labeled(_, inner) => &inner.kind,
        kind => kind,
    }
}

fn is_breakable(labeled: &Stmt) -> bool {
    matches!(
        labeled_stmt(labeled),
        StmtKind::For { .. }
            | StmtKind::Range { .. }
            | StmtKind::Switch { .. }
            | StmtKind::TypeSwitch { .. }
            | StmtKind::Select(_)
    )
}

fn is_loop(labeled: &Stmt) -> bool {
    matches!(labeled_stmt(labeled), StmtKind::For { .. } | StmtKind::Range { .. })
}

/// The offset of the first token at or after `offset`, past spaces and
/// comments.
fn next_token(text: &str, mut offset: u32) -> u32 {
    let b = text.as_bytes();
    loop {
        let i = offset as usize;
        match b.get(i) {
            Some(b' ' | b'\t' | b'\r' | b'\n') => offset += 1,
            Some(b'/') if b.get(i + 1) == Some(&b'/') => {
                offset += text[i..].find('\n').map_or(text.len() - i, |n| n) as u32;
            }
            Some(b'/') if b.get(i + 1) == Some(&b'*') => {
                offset += text[i + 2..].find("*/").map_or(text.len() - i, |n| n + 4) as u32;
            }
            _ => return offset,
        }
    }
}

// The function literals of a body have bodies of their own, checked
// separately: these functions find all bodies.

fn block_bodies<'a>(block: &'a Block, out: &mut Vec<&'a Block>) {
    block.stmts.iter().for_each(|s| stmt_bodies(s, out));
}

fn value_spec_bodies<'a>(spec: &'a ValueSpec, out: &mut Vec<&'a Block>) {
    spec.ty.iter().chain(&spec.values).for_each(|x| expr_bodies(x, out));
}

fn stmt_bodies<'a>(s: &'a Stmt, out: &mut Vec<&'a Block>) {
    let opt = |s: &'a Option<Box<Stmt>>, out: &mut Vec<&'a Block>| {
        if let Some(s) = s {
            stmt_bodies(s, out);
        }
    };
    match &s.kind {
        StmtKind::Empty | StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) | StmtKind::Fallthrough => {}
        StmtKind::Decl(Decl::Const(specs) | Decl::Var(specs)) => specs.iter().for_each(|s| value_spec_bodies(s, out)),
        StmtKind::Decl(Decl::Type(specs)) => specs.iter().for_each(|s| expr_bodies(&s.ty, out)),
        StmtKind::Decl(Decl::Func(_)) => {}
        StmtKind::Labeled(_, inner) => stmt_bodies(inner, out),
        StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => expr_bodies(x, out),
        StmtKind::Send { ch, value } => {
            expr_bodies(ch, out);
            expr_bodies(value, out);
        }
        StmtKind::IncDec { x, .. } => expr_bodies(x, out),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|x| expr_bodies(x, out)),
        StmtKind::Return(list) => list.iter().for_each(|x| expr_bodies(x, out)),
        StmtKind::Block(b) => block_bodies(b, out),
        StmtKind::If { init, cond, then, else_ } => {
            opt(init, out);
            expr_bodies(cond, out);
            block_bodies(then, out);
            opt(else_, out);
        }
        StmtKind::Switch { init, tag, clauses } => {
            opt(init, out);
            tag.iter().for_each(|x| expr_bodies(x, out));
            for c in clauses {
                c.exprs.iter().flatten().for_each(|x| expr_bodies(x, out));
                c.body.iter().for_each(|s| stmt_bodies(s, out));
            }
        }
        StmtKind::TypeSwitch { init, x, clauses, .. } => {
            opt(init, out);
            expr_bodies(x, out);
            for c in clauses {
                c.exprs.iter().flatten().for_each(|x| expr_bodies(x, out));
                c.body.iter().for_each(|s| stmt_bodies(s, out));
            }
        }
        StmtKind::Select(clauses) => {
            for c in clauses {
                opt(&c.comm, out);
                c.body.iter().for_each(|s| stmt_bodies(s, out));
            }
        }
        StmtKind::For { init, cond, post, body } => {
            opt(init, out);
            cond.iter().for_each(|x| expr_bodies(x, out));
            opt(post, out);
            block_bodies(body, out);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            key.iter().chain(value).for_each(|x| expr_bodies(x, out));
            expr_bodies(x, out);
            block_bodies(body, out);
        }
    }
}

fn expr_bodies<'a>(x: &'a Expr, out: &mut Vec<&'a Block>) {
    let fields = |fields: &'a [Field], out: &mut Vec<&'a Block>| fields.iter().for_each(|f| expr_bodies(&f.ty, out));
    match &x.kind {
        ExprKind::Ident(_) | ExprKind::BasicLit(_) => {}
        ExprKind::FuncLit { sig, body } => {
            fields(&sig.params, out);
            fields(&sig.results, out);
            out.push(body);
            block_bodies(body, out);
        }
        ExprKind::CompositeLit { ty, elems } => {
            ty.iter().for_each(|t| expr_bodies(t, out));
            for e in elems {
                e.key.iter().for_each(|k| expr_bodies(k, out));
                expr_bodies(&e.value, out);
            }
        }
        ExprKind::Paren(inner) | ExprKind::Star(inner) | ExprKind::Unary(_, inner) => expr_bodies(inner, out),
        ExprKind::Selector(base, _) => expr_bodies(base, out),
        ExprKind::Index(base, index) => {
            expr_bodies(base, out);
            index.iter().for_each(|i| expr_bodies(i, out));
        }
        ExprKind::Slice { x, lo, hi, max } => {
            expr_bodies(x, out);
            lo.iter().chain(hi).chain(max).for_each(|i| expr_bodies(i, out));
        }
        ExprKind::TypeAssert { x, ty } => {
            expr_bodies(x, out);
            ty.iter().for_each(|t| expr_bodies(t, out));
        }
        ExprKind::Call { func, args, .. } => {
            expr_bodies(func, out);
            args.iter().for_each(|a| expr_bodies(a, out));
        }
        ExprKind::Binary(_, l, r) => {
            expr_bodies(l, out);
            expr_bodies(r, out);
        }
        ExprKind::ArrayType { len, elem } => {
            if let ArrayLen::Expr(n) = len {
                expr_bodies(n, out);
            }
            expr_bodies(elem, out);
        }
        ExprKind::MapType { key, value } => {
            expr_bodies(key, out);
            expr_bodies(value, out);
        }
        ExprKind::ChanType { elem, .. } => expr_bodies(elem, out),
        ExprKind::FuncType(sig) => {
            fields(&sig.params, out);
            fields(&sig.results, out);
        }
        ExprKind::StructType(list) => fields(list, out),
        ExprKind::InterfaceType(elems) => {
            for e in elems {
                match e {
                    InterfaceElem::Method { sig, .. } => {
                        fields(&sig.params, out);
                        fields(&sig.results, out);
                    }
                    InterfaceElem::Embed(t) => expr_bodies(t, out),
                }
            }
        }
    }
}
