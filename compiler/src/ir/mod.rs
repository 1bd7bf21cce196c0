//! The typed, desugared program that the checker produces and code
//! generation consumes. Names are resolved to indices, every expression
//! carries its type, constants are folded, and compound assignments,
//! `x++` and implicit returns are spelled out.

use crate::syntax::ast::{BinaryOp, UnaryOp};
use crate::types::constant::Const;
use crate::types::ty::Type;

pub type FuncId = usize;
pub type GlobalId = usize;
pub type LocalId = usize;
/// A loop of the enclosing function, numbered in order of appearance.
pub type LoopId = usize;

pub struct Program {
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    /// Initialises the package-level variables in Go's dependency order.
    pub init: FuncId,
    pub main: FuncId,
}

pub struct Global {
    pub symbol: String,
    pub ty: Type,
}

pub struct Func {
    pub symbol: String,
    pub params: Vec<LocalId>,
    pub results: Vec<Type>,
    /// The result variables when the results are named.
    pub named_results: Vec<LocalId>,
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
}

pub struct Local {
    pub name: String,
    pub ty: Type,
}

pub enum Stmt {
    Eval(Expr),
    /// Evaluates every right-hand side, then stores them left to right.
    Assign {
        lhs: Vec<Place>,
        rhs: Vec<Expr>,
    },
    /// `a, b = f()`: stores the results of one multi-valued call.
    AssignResults {
        lhs: Vec<Place>,
        call: Expr,
    },
    If {
        cond: Expr,
        then: Vec<Stmt>,
        else_: Vec<Stmt>,
    },
    Loop {
        id: LoopId,
        cond: Option<Expr>,
        body: Vec<Stmt>,
        post: Vec<Stmt>,
    },
    Break(LoopId),
    Continue(LoopId),
    /// Returns these values; empty for a function without results or
    /// with named results (whose current values are returned).
    Return(Vec<Expr>),
    /// `return f()` where f's results are the function's results.
    ReturnResults(Expr),
    Block(Vec<Stmt>),
}

pub enum Place {
    Local(LocalId),
    Global(GlobalId),
    Blank,
}

pub struct Expr {
    pub kind: ExprKind,
    pub ty: Type,
}

pub enum ExprKind {
    Const(Const),
    Local(LocalId),
    Global(GlobalId),
    Call {
        func: FuncId,
        args: Vec<Expr>,
    },
    /// `f(g())` where g's results are f's arguments.
    CallSpread {
        func: FuncId,
        arg: Box<Expr>,
    },
    /// The `print` and `println` builtins.
    Print {
        args: Vec<Expr>,
        newline: bool,
    },
    Unary(UnaryOp, Box<Expr>),
    /// A conversion that changes the representation (between integer
    /// widths, integers and floats); `ty` is the target type.
    Convert(Box<Expr>),
    /// `&&` and `||` short-circuit; comparisons give `bool`.
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
}
