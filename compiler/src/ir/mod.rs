//! The typed, desugared program that the checker produces and code
//! generation consumes. Names are resolved to indices, every expression
//! carries its type, constants are folded, and compound assignments,
//! `x++` and implicit returns are spelled out.
//!
//! Values of struct and array type live in memory: code generation
//! represents such a value by its address and copies it only where Go's
//! value semantics need a copy (a store, an argument, a result).

pub mod print;

use crate::source::Span;
use crate::syntax::ast;
use crate::types::constant::Value;
use crate::types::ty::Type;

pub type FuncId = usize;
pub type GlobalId = usize;
pub type LocalId = usize;
/// A loop or switch of the enclosing function (what `break` leaves),
/// numbered in order of appearance.
pub type LoopId = usize;
/// The runtime's map iterator (rt/src/map.rs `Iter`): four pointers (the
/// current key and element, the map, the table walked), then four words
/// without pointers. The collector scans the pointers: while the loop runs
/// the iterator may be all that keeps the map and its table alive.
pub fn map_iter_type() -> Type {
    use crate::types::ty::{Basic, Field, Struct};
    let pointer = Type::Pointer(std::rc::Rc::new(Type::Basic(Basic::Uint8)));
    let field = |i: usize, ty: &Type| Field { name: format!("w{i}"), ty: ty.clone(), embedded: false, tag: None };
    let word = Type::Basic(Basic::Uint64);
    let fields = (0..8).map(|i| field(i, if i < 4 { &pointer } else { &word })).collect();
    Type::Struct(std::rc::Rc::new(Struct { fields }))
}

/// A label of the enclosing function, target of `goto`.
pub type LabelId = usize;

pub struct Program {
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    /// The package initialisers, to run in this order: each initialises
    /// its package's variables in Go's dependency order, then runs its
    /// `init` functions.
    pub inits: Vec<FuncId>,
    pub main: FuncId,
    /// The method sets of the concrete types converted to interfaces.
    pub method_sets: Vec<(Type, Vec<MethodEntry>)>,
    /// The type of run-time error values (`runtime.errorString`), for a
    /// program that calls `recover`.
    pub runtime_error: Option<Type>,
}

/// A method of a concrete type's method set, as its type descriptor lists
/// it for the runtime: `func` takes an interface's data word as receiver.
pub struct MethodEntry {
    pub name: String,
    pub sig: crate::types::ty::Signature,
    pub func: FuncId,
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
    /// It contains `defer`: its returns run the deferred calls.
    pub defers: bool,
    /// The number of `defer` statements when they are open-coded (each
    /// runs at most once per call; see rt/src/defer.rs), else 0.
    pub open_defers: usize,
    /// Declared without a body in the standard library: the runtime
    /// function (C convention) of this name implements it.
    pub external: Option<String>,
    /// A wrapper the compiler made that only forwards a call (a method
    /// value, method expression, itab function, or the closure that makes
    /// a deferred call): `recover` sees through it, as in Go.
    pub wrapper: bool,
    /// The source file its declaration is in (the spans of its locals are
    /// in that file).
    pub file: usize,
    /// Its name in its declaration (empty for what the compiler makes).
    pub span: Span,
}

impl Func {
    /// A function with neither parameters, locals nor body yet.
    pub fn new(symbol: String, results: Vec<Type>) -> Func {
        Func {
            symbol,
            params: Vec::new(),
            results,
            named_results: Vec::new(),
            locals: Vec::new(),
            body: Vec::new(),
            defers: false,
            open_defers: 0,
            external: None,
            wrapper: false,
            file: 0,
            span: Span::default(),
        }
    }
}

pub struct Local {
    pub name: String,
    pub ty: Type,
    /// Its address is taken: it lives in memory, in the frame unless it
    /// escapes.
    pub addressed: bool,
    /// Its address may outlive the frame, so it lives in a heap cell of
    /// its own (a new one each time its declaration runs).
    pub escapes: bool,
    /// A variable of an enclosing function that this closure captured: the
    /// address of its cell is slot `k` of the closure's captures.
    pub capture: Option<usize>,
    /// Where it is declared (empty for the compiler's own variables).
    pub span: Span,
}

/// An allocation the escape analysis decides about: on the heap unless it
/// does not outlive the frame.
pub struct Site {
    pub span: Span,
    /// How gc's `-m` names it: `&T{...}`, `new(int)`, `[]int{...}`.
    pub text: String,
    /// It does not outlive the frame: it is allocated there.
    pub in_frame: std::cell::Cell<bool>,
}

/// The type of the frame buffer for the result `e` of a string conversion
/// or concatenation (Go's tmpBuf): 32 bytes, 4 for `string(r)`, 32 runes
/// for `[]rune(s)`.
pub fn string_buffer(e: &Expr) -> Type {
    let bytes = match &e.kind {
        ExprKind::StringConvert { x, .. } if x.ty.is_integer() => 4,
        ExprKind::StringConvert { .. } if !e.ty.is_string() && !is_byte_slice(&e.ty) => 4 * 32,
        _ => 32,
    };
    Type::Array(bytes, std::rc::Rc::new(Type::Basic(crate::types::ty::Basic::Uint8)))
}

fn is_byte_slice(ty: &Type) -> bool {
    matches!(ty.underlying(), Type::Slice(e) if e.basic() == Some(crate::types::ty::Basic::Uint8))
}

/// The runtime's map header (rt/src/map.rs `Map`), which a map that does
/// not escape keeps in the frame: 11 words, which the collector may treat
/// as pointers.
pub fn map_header() -> Type {
    Type::Array(11, std::rc::Rc::new(Type::Pointer(std::rc::Rc::new(Type::Basic(crate::types::ty::Basic::Uint8)))))
}

impl Site {
    /// A site named `text` (elided composite literals as gc's `-m` prints
    /// them, `T{...}`, not as its error messages do, `T{…}`).
    pub fn new(span: Span, text: String) -> Site {
        Site { span, text: text.replace('…', "..."), in_frame: std::cell::Cell::new(false) }
    }
}

pub enum Stmt {
    /// The declaration of a local is reached: a fresh variable (a new heap
    /// cell if it escapes). Its initial value is assigned next.
    Decl(LocalId),
    Eval(Expr),
    /// `defer`: the call of a `func()` closure that holds the callee and
    /// arguments evaluated now; `index` numbers the function's `defer`
    /// statements in order (its slot when they are open-coded).
    Defer {
        closure: Expr,
        index: usize,
        /// In the body of a range-over-func loop: the anchor of the
        /// function the call belongs to.
        anchor: Option<Expr>,
    },
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
    /// Runs the body of the first clause whose conditions has one that
    /// holds (tested in order), else the default clause's.
    Switch {
        id: LoopId,
        clauses: Vec<SwitchClause>,
    },
    /// Ends a switch clause by entering the next clause's body.
    Fallthrough,
    Break(LoopId),
    Continue(LoopId),
    Label(LabelId),
    Goto(LabelId),
    /// Returns these values; empty for a function without results or
    /// with named results (whose current values are returned).
    Return(Vec<Expr>),
    /// `return f()` where f's results are the function's results.
    ReturnResults(Expr),
    Block(Vec<Stmt>),
    /// `for ... range m` over a map: `iter` (a 64-byte local the runtime's
    /// iterator lives in) holds the current key and element for the body.
    MapRange {
        id: LoopId,
        map: Expr,
        iter: LocalId,
        body: Vec<Stmt>,
    },
}

pub struct SwitchClause {
    /// Empty for the default clause.
    pub conds: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
}

pub enum Place {
    Local(LocalId),
    Global(GlobalId),
    /// The memory an addressable expression (a field, an element, `*p`)
    /// denotes.
    Mem(Expr),
    /// `m[k]`: the map's element for the key (inserted if missing).
    MapEntry {
        map: Expr,
        key: Expr,
    },
    Blank,
}

pub struct Expr {
    pub kind: ExprKind,
    pub ty: Type,
}

impl Expr {
    /// The value of a constant size (a `make` length or capacity).
    pub fn constant_size(&self) -> Option<u64> {
        match &self.kind {
            ExprKind::Const(c) => c.to_i64().and_then(|n| u64::try_from(n).ok()),
            _ => None,
        }
    }

    /// Calls `f` on each operand of this expression, in evaluation order.
    pub fn for_each_operand(&self, mut f: impl FnMut(&Expr)) {
        match &self.kind {
            ExprKind::Const(_)
            | ExprKind::Local(_)
            | ExprKind::Global(_)
            | ExprKind::FuncRef(_)
            | ExprKind::Closure { .. }
            | ExprKind::Zero
            | ExprKind::New(_)
            | ExprKind::MapIterKey(_)
            | ExprKind::MapIterElem(_)
            | ExprKind::FramePointer => {}
            ExprKind::Call { args, .. } | ExprKind::Print { args, .. } | ExprKind::Builtin(_, args) => {
                args.iter().for_each(f)
            }
            ExprKind::Concat { parts, .. } => parts.iter().for_each(f),
            ExprKind::CallValue { callee, args } => {
                f(callee);
                args.iter().for_each(f)
            }
            ExprKind::IfaceCall { recv, args, .. } => {
                f(recv);
                args.iter().for_each(f)
            }
            ExprKind::MethodValue { recv: x, .. }
            | ExprKind::Unary(_, x)
            | ExprKind::Convert(x)
            | ExprKind::StringConvert { x, .. }
            | ExprKind::Field(x, _)
            | ExprKind::Deref(x)
            | ExprKind::AddrOf(x, _)
            | ExprKind::ToIface { x, .. }
            | ExprKind::TypeAssert { x, .. }
            | ExprKind::IsType { x, .. } => f(x),
            ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) | ExprKind::DecodeRune(a, b) => {
                f(a);
                f(b)
            }
            ExprKind::MapLookup { map, key, .. } => {
                f(map);
                f(key)
            }
            ExprKind::Slice { x, lo, hi, max } => {
                f(x);
                for bound in [lo, hi, max].into_iter().flatten() {
                    f(bound)
                }
            }
            ExprKind::Composite(elems) | ExprKind::SliceLit { elems, .. } => elems.iter().for_each(|(_, e)| f(e)),
            ExprKind::MapLit { entries, .. } => entries.iter().for_each(|(k, v)| {
                f(k);
                f(v)
            }),
            ExprKind::MakeMap { hint, .. } => hint.iter().for_each(|h| f(h)),
            ExprKind::MakeSlice { len, cap, .. } => {
                f(len);
                cap.iter().for_each(|c| f(c))
            }
        }
    }

    /// Whether evaluating it calls a function (a Go function, a method
    /// or `recover`; other builtins are operations).
    pub fn contains_call(&self) -> bool {
        let here = match &self.kind {
            ExprKind::Call { .. } | ExprKind::CallValue { .. } | ExprKind::IfaceCall { .. } => true,
            ExprKind::Builtin(b, _) => *b == Builtin::Recover,
            _ => false,
        };
        let mut found = here;
        self.for_each_operand(|x| found = found || x.contains_call());
        found
    }
}

pub enum ExprKind {
    Const(Value),
    Local(LocalId),
    Global(GlobalId),
    /// A direct call; `args` may be one multi-valued call whose results
    /// are the arguments (`f(g())`).
    Call {
        func: FuncId,
        args: Vec<Expr>,
    },
    /// A call of a function value (nil-checked).
    CallValue {
        callee: Box<Expr>,
        args: Vec<Expr>,
    },
    /// A top-level function as a value.
    FuncRef(FuncId),
    /// A method value `x.M`: a closure of `func` (the method's `-fm`
    /// wrapper) over a copy of the receiver, both made at `site` (a site
    /// with no text is not reported).
    MethodValue {
        func: FuncId,
        recv: Box<Expr>,
        site: Site,
    },
    /// A function literal: a new closure holding the addresses of the
    /// locals it captures, made at `site` (a deferred call's closure has a
    /// site with no text, always in the frame). One that captures nothing
    /// is a static function value, whose site only reports how it flows.
    Closure {
        func: FuncId,
        captures: Vec<LocalId>,
        site: Site,
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
    /// A conversion that makes a string, byte slice or rune slice
    /// (`string(b)`, `[]byte(s)`, `string(r)`, ...); its result is built
    /// in a buffer in the frame (of `string_buffer(..)`) if it does not
    /// escape and fits, as in gc.
    StringConvert {
        x: Box<Expr>,
        site: Site,
    },
    /// `&&` and `||` short-circuit; comparisons give `bool`.
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// The zero value of the expression's type (also `nil`).
    Zero,
    /// A field of a struct value, at a byte offset.
    Field(Box<Expr>, u64),
    /// An element of an array, slice or string (bounds-checked).
    Index(Box<Expr>, Box<Expr>),
    /// `x[lo:hi:max]` of an array (addressable), pointer to array, slice or
    /// string (bounds-checked).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `*p` (nil-checked).
    Deref(Box<Expr>),
    /// `&x` of an addressable expression, or of a composite literal (a new
    /// object: the site).
    AddrOf(Box<Expr>, Option<Site>),
    /// `new(T)`: a pointer to a fresh zeroed `T`.
    New(Site),
    /// A struct or array literal: the elements that are not zero, with
    /// their byte offsets.
    Composite(Vec<(u64, Expr)>),
    /// A slice literal: a new backing array of `len` elements, of which
    /// those listed (by index) are not zero.
    SliceLit {
        len: u64,
        elems: Vec<(u64, Expr)>,
        site: Site,
    },
    /// The rune at byte offset `i` of a string and the offset after it
    /// (invalid UTF-8 decodes as U+FFFD of width 1): `(int32, int)`.
    DecodeRune(Box<Expr>, Box<Expr>),
    /// `m[k]`: the element, or the zero value if the key is missing; with
    /// `comma_ok`, also whether it was there (type `(V, bool)`).
    MapLookup {
        map: Box<Expr>,
        key: Box<Expr>,
        comma_ok: bool,
    },
    /// A map literal: a new map with these entries, stored in order, made
    /// at `site` (its header may live in the frame; see `map_header`).
    MapLit {
        entries: Vec<(Expr, Expr)>,
        site: Site,
    },
    /// `make(map[K]V, hint)`, made at `site`.
    MakeMap {
        hint: Option<Box<Expr>>,
        site: Site,
    },
    /// The key or element at the current position of a map iterator (the
    /// `iter` local of a `MapRange`).
    MapIterKey(LocalId),
    MapIterElem(LocalId),
    /// A value as an interface value of the expression's type: `itab`
    /// lists the functions of a static itab (empty for an empty interface
    /// or when `x` already is an interface value, converted at run time).
    ToIface {
        x: Box<Expr>,
        itab: Vec<FuncId>,
        /// Where a value that is not pointer-shaped is boxed.
        site: Site,
    },
    /// `x.(T)` (panicking), or with `comma_ok` `(T, bool)`.
    TypeAssert {
        x: Box<Expr>,
        target: Type,
        comma_ok: bool,
    },
    /// Whether interface value `x` holds a `target` (type switches).
    IsType {
        x: Box<Expr>,
        target: Type,
    },
    /// A call of the method at `index` of interface value `recv`.
    IfaceCall {
        recv: Box<Expr>,
        index: usize,
        args: Vec<Expr>,
    },
    /// The frame pointer of the function being run.
    FramePointer,
    /// `make([]T, len[, cap])`: a new zeroed array made at `site`.
    MakeSlice {
        len: Box<Expr>,
        cap: Option<Box<Expr>>,
        site: Site,
    },
    /// String concatenation of two or more operands, built in a buffer in
    /// the frame if it does not escape and fits, as in gc.
    Concat {
        parts: Vec<Expr>,
        site: Site,
    },
    Builtin(Builtin, Vec<Expr>),
}

/// Unary operators (`&x` and `*p` are expressions of their own).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Plus,
    Neg,
    Not,
    /// `^x`, bitwise complement.
    Complement,
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Plus => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Complement => "^",
        }
    }
}

impl From<ast::UnaryOp> for UnaryOp {
    /// The operator of a unary expression that computes a value.
    fn from(op: ast::UnaryOp) -> UnaryOp {
        match op {
            ast::UnaryOp::Pos => UnaryOp::Plus,
            ast::UnaryOp::Neg => UnaryOp::Neg,
            ast::UnaryOp::Not => UnaryOp::Not,
            ast::UnaryOp::Xor => UnaryOp::Complement,
            ast::UnaryOp::Addr | ast::UnaryOp::Recv | ast::UnaryOp::Tilde => {
                unreachable!("{} is not a unary operation of the IR", op.as_str())
            }
        }
    }
}

/// Binary operators; `&&` and `||` short-circuit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    LogOr,
    LogAnd,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    And,
    AndNot,
}

impl BinaryOp {
    pub fn as_str(self) -> &'static str {
        ast::BinaryOp::from(self).as_str()
    }

    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge)
    }
}

/// The two enums list the same operators.
macro_rules! binary_ops {
    ($($op:ident),*) => {
        impl From<ast::BinaryOp> for BinaryOp {
            fn from(op: ast::BinaryOp) -> BinaryOp {
                match op { $(ast::BinaryOp::$op => BinaryOp::$op),* }
            }
        }
        impl From<BinaryOp> for ast::BinaryOp {
            fn from(op: BinaryOp) -> ast::BinaryOp {
                match op { $(BinaryOp::$op => ast::BinaryOp::$op),* }
            }
        }
    };
}
binary_ops!(LogOr, LogAnd, Eq, Ne, Lt, Le, Gt, Ge, Add, Sub, Or, Xor, Mul, Div, Rem, Shl, Shr, And, AndNot);

/// The builtins that code generation implements directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Len,
    Cap,
    /// `append(s, x, y...)`: the arguments after the slice are elements.
    Append,
    /// `append(s, t...)` with a slice or string `t`.
    AppendSpread,
    Copy,
    /// `make(map[K]V[, hint])`
    /// `delete(m, k)`
    Delete,
    /// `clear(s)` of a slice.
    Clear,
    /// `panic(v)` with `v` converted to `interface{}`.
    Panic,
    /// `recover()`; the argument is the frame pointer of the function
    /// that calls it (see the runtime's `rgort_recover`).
    Recover,
    /// `(state int)`: a range-over-func iterator misbehaved (see
    /// `types/range_func.rs`); panics.
    PanicRangeState,
    /// `()`: the anchor of a function's range-over-func deferred calls
    /// (rt/src/defer.rs), a pointer.
    DeferAnchor,
    Min,
    Max,
    /// The value of its argument, a constant that is not one in Go's sense
    /// (a constant converted to a type parameter, in an instance): not
    /// folded with others.
    Dynamic,
    /// `complex(re, im)`
    Complex,
    Real,
    Imag,
}
