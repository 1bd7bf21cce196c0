//! A walk over the syntax tree: calls a function on every expression of a
//! declaration, outermost first (types, function literals and their bodies
//! included), for passes that look for names without checking.

use crate::syntax::ast::*;

/// Calls `f` on every expression of function declaration `func`: its
/// receiver, type parameters, signature and body.
pub fn func_decl_exprs(func: &FuncDecl, f: &mut dyn FnMut(&Expr)) {
    func.recv.iter().chain(&func.type_params).for_each(|field| expr(&field.ty, f));
    func_type(&func.sig, f);
    if let Some(body) = &func.body {
        block(body, f);
    }
}

/// Calls `f` on every expression of type declaration `spec`.
pub fn type_spec_exprs(spec: &TypeSpec, f: &mut dyn FnMut(&Expr)) {
    spec.type_params.iter().for_each(|field| expr(&field.ty, f));
    expr(&spec.ty, f);
}

fn func_type(sig: &FuncType, f: &mut dyn FnMut(&Expr)) {
    sig.params.iter().chain(&sig.results).for_each(|field| expr(&field.ty, f));
}

fn block(b: &Block, f: &mut dyn FnMut(&Expr)) {
    b.stmts.iter().for_each(|s| stmt(s, f));
}

fn opt_stmt(s: &Option<Box<Stmt>>, f: &mut dyn FnMut(&Expr)) {
    if let Some(s) = s {
        stmt(s, f);
    }
}

fn stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    match &s.kind {
        StmtKind::Empty | StmtKind::Break(_) | StmtKind::Continue(_) | StmtKind::Goto(_) | StmtKind::Fallthrough => {}
        StmtKind::Decl(Decl::Const(specs) | Decl::Var(specs)) => {
            for spec in specs {
                spec.ty.iter().chain(&spec.values).for_each(|e| expr(e, f));
            }
        }
        StmtKind::Decl(Decl::Type(specs)) => specs.iter().for_each(|spec| type_spec_exprs(spec, f)),
        StmtKind::Decl(Decl::Func(func)) => func_decl_exprs(func, f),
        StmtKind::Labeled(_, inner) => stmt(inner, f),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => expr(e, f),
        StmtKind::Send { ch, value } => {
            expr(ch, f);
            expr(value, f);
        }
        StmtKind::IncDec { x, .. } => expr(x, f),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|e| expr(e, f)),
        StmtKind::Return(values) => values.iter().for_each(|e| expr(e, f)),
        StmtKind::Block(b) => block(b, f),
        StmtKind::If { init, cond, then, else_ } => {
            opt_stmt(init, f);
            expr(cond, f);
            block(then, f);
            opt_stmt(else_, f);
        }
        StmtKind::Switch { init, tag, clauses } => {
            opt_stmt(init, f);
            tag.iter().for_each(|e| expr(e, f));
            case_clauses(clauses, f);
        }
        StmtKind::TypeSwitch { init, x, clauses, .. } => {
            opt_stmt(init, f);
            expr(x, f);
            case_clauses(clauses, f);
        }
        StmtKind::Select(clauses) => {
            for clause in clauses {
                opt_stmt(&clause.comm, f);
                clause.body.iter().for_each(|s| stmt(s, f));
            }
        }
        StmtKind::For { init, cond, post, body } => {
            opt_stmt(init, f);
            cond.iter().for_each(|e| expr(e, f));
            opt_stmt(post, f);
            block(body, f);
        }
        StmtKind::Range { key, value, x, body, .. } => {
            key.iter().chain(value).for_each(|e| expr(e, f));
            expr(x, f);
            block(body, f);
        }
    }
}

fn case_clauses(clauses: &[CaseClause], f: &mut dyn FnMut(&Expr)) {
    for clause in clauses {
        clause.exprs.iter().flatten().for_each(|e| expr(e, f));
        clause.body.iter().for_each(|s| stmt(s, f));
    }
}

fn expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::BasicLit(_) => {}
        ExprKind::CompositeLit { ty, elems } => {
            ty.iter().for_each(|t| expr(t, f));
            for element in elems {
                element.key.iter().for_each(|k| expr(k, f));
                expr(&element.value, f);
            }
        }
        ExprKind::FuncLit { sig, body } => {
            func_type(sig, f);
            block(body, f);
        }
        ExprKind::Paren(x)
        | ExprKind::Selector(x, _)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x)
        | ExprKind::ChanType { elem: x, .. } => expr(x, f),
        ExprKind::Index(x, indices) => {
            expr(x, f);
            indices.iter().for_each(|i| expr(i, f));
        }
        ExprKind::Slice { x, lo, hi, max } => {
            expr(x, f);
            lo.iter().chain(hi).chain(max).for_each(|i| expr(i, f));
        }
        ExprKind::TypeAssert { x, ty } => {
            expr(x, f);
            ty.iter().for_each(|t| expr(t, f));
        }
        ExprKind::Call { func, args, .. } => {
            expr(func, f);
            args.iter().for_each(|a| expr(a, f));
        }
        ExprKind::Binary(_, x, y) => {
            expr(x, f);
            expr(y, f);
        }
        ExprKind::ArrayType { len, elem } => {
            if let ArrayLen::Expr(len) = len {
                expr(len, f);
            }
            expr(elem, f);
        }
        ExprKind::MapType { key, value } => {
            expr(key, f);
            expr(value, f);
        }
        ExprKind::FuncType(sig) => func_type(sig, f),
        ExprKind::StructType(fields) => fields.iter().for_each(|field| expr(&field.ty, f)),
        ExprKind::InterfaceType(elems) => {
            for elem in elems {
                match elem {
                    InterfaceElem::Method { sig, .. } => func_type(sig, f),
                    InterfaceElem::Embed(e) => expr(e, f),
                }
            }
        }
    }
}
