//! The abstract syntax tree of one Go source file, as the parser builds it.
//!
//! It follows the Go specification closely and keeps every construct of the
//! Go 1.22 grammar, generics included, even where later phases do not support
//! it yet. Types are expressions (as in go/ast): `[]int{1}`, `T(x)` and
//! `p.T[int]` cannot be told apart from values by syntax alone. Every node
//! carries the span of the source it came from.

use crate::source::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
}

/// `import name "path"`; `name` is also `.` or `_`.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    pub name: Option<Ident>,
    /// The raw literal, quotes included; `syntax::literal::unquote_string`
    /// decodes it.
    pub path: BasicLit,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    Const(Vec<ValueSpec>),
    Var(Vec<ValueSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
}

/// One line of a `const` or `var` declaration.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty when there is no `= ...`; in a `const` group an empty list
    /// repeats the previous spec's expressions (the checker does that).
    pub values: Vec<Expr>,
    /// Index of the spec within its `const` group: the value of `iota`.
    pub iota: u32,
    pub span: Span,
}

/// `type Name[TypeParams] Type` or, with `alias`, `type Name = Type`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    /// The receiver of a method; its type may be `T`, `*T`, `T[P]`, `*T[P]`.
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub sig: FuncType,
    /// `None` for a declaration without body (implemented elsewhere).
    pub body: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

/// A parameter, result, struct field or type parameter group: `a, b T`,
/// or a lone type (`names` empty). For a struct field with no names the type
/// is embedded. `variadic` marks a final `...T` parameter (`ty` is then `T`).
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub variadic: bool,
    /// A struct field's tag, as a raw string literal.
    pub tag: Option<BasicLit>,
    pub span: Span,
}

/// An element of an interface type.
#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    /// `Name(params) results`
    Method { name: Ident, sig: FuncType },
    /// An embedded interface or a type set term such as `~int | string`
    /// (unions are `Binary(Or, ..)`, tildes are `Unary(Tilde, ..)`).
    Embed(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

/// A literal exactly as written (quotes, prefixes and `_` included); the
/// lexer has already validated it. `syntax::literal` decodes values.
#[derive(Clone, Debug, PartialEq)]
pub struct BasicLit {
    pub kind: LitKind,
    pub raw: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Ident(Ident),
    BasicLit(BasicLit),
    /// `T{...}`; `ty` is `None` for an elided type inside another literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elems: Vec<Element>,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.name`: a field, method, or qualified identifier `pkg.Name`.
    Selector(Box<Expr>, Ident),
    /// `x[i]`, or a generic instantiation `f[int, string]` (several indices).
    Index(Box<Expr>, Vec<Expr>),
    /// `x[lo:hi]` or, with `max`, `x[lo:hi:max]`.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch header.
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
    },
    /// `f(args)`; `ellipsis` for `f(a, b...)`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: bool,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `[N]T`, `[...]T` (`len` is `ArrayLen::Ellipsis`) or `[]T` (`Slice`).
    ArrayType {
        len: ArrayLen,
        elem: Box<Expr>,
    },
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
    FuncType(FuncType),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ArrayLen {
    Slice,
    Ellipsis,
    Expr(Box<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Pos,   // +
    Neg,   // -
    Not,   // !
    Xor,   // ^
    Addr,  // &
    Recv,  // <-
    Tilde, // ~ (type constraints only)
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Xor => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
            UnaryOp::Tilde => "~",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    LogOr,  // ||
    LogAnd, // &&
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Or,  // |
    Xor, // ^
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    And,    // &
    AndNot, // &^
}

impl BinaryOp {
    /// Go's precedence: 5 binds tightest (`* / % << >> & &^`), 1 loosest (`||`).
    pub fn precedence(self) -> u8 {
        use BinaryOp::*;
        match self {
            LogOr => 1,
            LogAnd => 2,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            Add | Sub | Or | Xor => 4,
            Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
        }
    }

    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge)
    }

    pub fn is_shift(self) -> bool {
        matches!(self, BinaryOp::Shl | BinaryOp::Shr)
    }

    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            LogOr => "||",
            LogAnd => "&&",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// From `{` to `}` inclusive.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, e.g. `+=`
    Op(BinaryOp),
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Empty,
    /// A `const`, `var` or `type` declaration inside a function.
    Decl(Decl),
    Labeled(Ident, Box<Stmt>),
    Expr(Expr),
    Send {
        ch: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    /// `else_` is an `If` or a `Block` statement.
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        else_: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
    },
    /// `switch init; bind := x.(type) { ... }`
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<CaseClause>,
    },
    Select(Vec<CommClause>),
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for key, value := range x` (`define`) or `for key, value = range x`;
    /// both are optional (`for range x`).
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
}

/// `case a, b:` (`exprs` holds types in a type switch) or `default:` (`None`).
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `case <send or receive statement>:` or `default:` (`comm` is `None`).
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}
