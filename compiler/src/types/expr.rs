//! Expressions: operands, constants and untyped conversion, unary and
//! binary operators, calls, conversions and the print builtins.

use super::constant::{Const, ConstError};
use super::scope::{Builtin, Entity};
use super::ty::Type;
use super::{Checker, Dep};
use crate::ir::{self, ExprKind};
use crate::source::Span;
use crate::syntax::ast::{self, BinaryOp, UnaryOp};
use crate::syntax::literal;

/// What an expression denotes before it is used.
pub(super) enum Operand {
    Value(ir::Expr),
    Type(Type),
    Builtin(Builtin),
    Func(ir::FuncId),
    /// A call of a function without results.
    NoValue(ir::Expr),
    /// Already reported.
    Invalid,
}

pub(super) fn invalid() -> ir::Expr {
    ir::Expr {
        kind: ExprKind::Const(Const::Int(0)),
        ty: Type::Invalid,
    }
}

fn constant(c: Const, ty: Type) -> ir::Expr {
    ir::Expr {
        kind: ExprKind::Const(c),
        ty,
    }
}

impl<'a> Checker<'a> {
    pub(super) fn operand(&mut self, e: &ast::Expr) -> Operand {
        match &e.kind {
            ast::ExprKind::Ident(id) => self.ident(id),
            ast::ExprKind::BasicLit(lit) => self.basic_lit(lit),
            ast::ExprKind::Paren(inner) => self.operand(inner),
            ast::ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.call(e, func, args, *ellipsis),
            ast::ExprKind::Unary(op, x) => Operand::Value(self.unary(e.span, *op, x)),
            ast::ExprKind::Binary(op, x, y) => Operand::Value(self.binary(e.span, *op, x, y)),
            ast::ExprKind::ArrayType { .. }
            | ast::ExprKind::MapType { .. }
            | ast::ExprKind::ChanType { .. }
            | ast::ExprKind::FuncType(_)
            | ast::ExprKind::StructType(_)
            | ast::ExprKind::InterfaceType(_) => {
                self.unsupported(e.span, "this type");
                Operand::Invalid
            }
            _ => {
                self.unsupported(e.span, "this expression");
                Operand::Invalid
            }
        }
    }

    fn ident(&mut self, id: &ast::Ident) -> Operand {
        if id.is_blank() {
            self.error(id.span, "cannot use _ as value");
            return Operand::Invalid;
        }
        match self.scopes.lookup(&id.name).cloned() {
            None => {
                self.error(id.span, format!("undefined: {}", id.name));
                Operand::Invalid
            }
            Some(Entity::TypeName(ty)) => Operand::Type(ty),
            Some(Entity::Const(c, ty)) => Operand::Value(constant(c, ty)),
            Some(Entity::Builtin(b)) => Operand::Builtin(b),
            Some(Entity::Func(f)) => {
                self.ctx.deps.insert(Dep::Func(f));
                Operand::Func(f)
            }
            Some(Entity::Global(g)) => {
                self.ctx.deps.insert(Dep::Global(g));
                let ty = self.global_type(g);
                Operand::Value(ir::Expr {
                    kind: ExprKind::Global(g),
                    ty,
                })
            }
            Some(Entity::Local(l)) => {
                self.ctx.local_uses[l].1 = true;
                Operand::Value(ir::Expr {
                    kind: ExprKind::Local(l),
                    ty: self.ctx.locals[l].ty.clone(),
                })
            }
            Some(Entity::Nil) => {
                self.unsupported(id.span, "nil");
                Operand::Invalid
            }
            Some(Entity::Unsupported) => {
                self.unsupported(id.span, &format!("predeclared {}", id.name));
                Operand::Invalid
            }
        }
    }

    fn basic_lit(&mut self, lit: &ast::BasicLit) -> Operand {
        let value = match lit.kind {
            ast::LitKind::Int => {
                match literal::parse_int(&lit.raw).and_then(|v| i128::try_from(v).ok()) {
                    Some(v) => constant(Const::Int(v), Type::UntypedInt),
                    None => {
                        self.error(lit.span, format!("integer constant too large: {}", lit.raw));
                        invalid()
                    }
                }
            }
            ast::LitKind::Char => constant(
                Const::Int(literal::unquote_char(&lit.raw) as i128),
                Type::UntypedRune,
            ),
            ast::LitKind::String => constant(
                Const::String(literal::unquote_string(&lit.raw).into()),
                Type::UntypedString,
            ),
            ast::LitKind::Float | ast::LitKind::Imag => {
                self.unsupported(lit.span, "a floating-point or complex constant");
                invalid()
            }
        };
        Operand::Value(value)
    }

    /// An expression used as a single value.
    pub(super) fn value(&mut self, e: &ast::Expr) -> ir::Expr {
        let x = self.multi_value(e);
        if let Type::Tuple(_) = &x.ty {
            let text = self.text(e.span);
            self.error(
                e.span,
                format!(
                    "multiple-value {text} (value of type {}) in single-value context",
                    x.ty
                ),
            );
            return invalid();
        }
        x
    }

    /// An expression used as a value that may be a multi-valued call.
    pub(super) fn multi_value(&mut self, e: &ast::Expr) -> ir::Expr {
        let text = self.text(e.span);
        match self.operand(e) {
            Operand::Value(x) => x,
            Operand::Invalid => invalid(),
            Operand::Type(_) => {
                self.error(e.span, format!("{text} (type) is not an expression"));
                invalid()
            }
            Operand::Builtin(_) => {
                self.error(e.span, format!("{text} (built-in function) must be called"));
                invalid()
            }
            Operand::Func(_) => {
                self.unsupported(e.span, "a function value");
                invalid()
            }
            Operand::NoValue(_) => {
                self.error(e.span, format!("{text} (no value) used as value"));
                invalid()
            }
        }
    }

    /// How gc describes an operand in messages: `x (variable of type int)`.
    pub(super) fn describe(&self, x: &ir::Expr, span: Span) -> String {
        let text = self.text(span);
        let what = match (&x.kind, x.ty.is_untyped()) {
            (ExprKind::Local(_) | ExprKind::Global(_), _) => format!("variable of type {}", x.ty),
            (ExprKind::Const(c), true) if c.to_string() == text => format!("{} constant", x.ty),
            (ExprKind::Const(c), true) => format!("{} constant {c}", x.ty),
            (ExprKind::Const(c), false) => format!("constant {c} of type {}", x.ty),
            (_, true) => format!("{} value", x.ty),
            _ => format!("value of type {}", x.ty),
        };
        format!("{text} ({what})")
    }

    /// Converts `x` for use where a value of type `target` is required
    /// (assignment, argument, return); `context` ends the error message.
    pub(super) fn assign_to(
        &mut self,
        x: ir::Expr,
        span: Span,
        target: &Type,
        context: &str,
    ) -> ir::Expr {
        if x.ty == Type::Invalid || *target == Type::Invalid {
            return invalid();
        }
        if x.ty == *target {
            return x;
        }
        let compatible = match target {
            Type::Bool => x.ty == Type::UntypedBool,
            Type::Int => matches!(x.ty, Type::UntypedInt | Type::UntypedRune),
            Type::String => x.ty == Type::UntypedString,
            _ => false,
        };
        if !compatible {
            let msg = format!(
                "cannot use {} as {target} value in {context}",
                self.describe(&x, span)
            );
            self.error(span, msg);
            return invalid();
        }
        if let ExprKind::Const(c) = &x.kind {
            if !c.fits_int() {
                let msg = format!(
                    "cannot use {} as {target} value in {context} (overflows)",
                    self.describe(&x, span)
                );
                self.error(span, msg);
                return invalid();
            }
        }
        ir::Expr {
            ty: target.clone(),
            ..x
        }
    }

    /// Gives an untyped operand its default type (for `x := 1`, `print(1)`).
    pub(super) fn default_value(&mut self, x: ir::Expr, span: Span, context: &str) -> ir::Expr {
        let ty = x.ty.default_type();
        self.assign_to(x, span, &ty, context)
    }

    fn unary(&mut self, span: Span, op: UnaryOp, xe: &ast::Expr) -> ir::Expr {
        let x = self.value(xe);
        if x.ty == Type::Invalid {
            return x;
        }
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg | UnaryOp::Xor => x.ty.is_integer(),
            UnaryOp::Not => x.ty.is_boolean(),
            UnaryOp::Addr | UnaryOp::Recv | UnaryOp::Tilde => {
                self.unsupported(span, "this operator");
                return invalid();
            }
        };
        if !ok {
            let op_text = &self.text(span)[..1];
            let msg = format!(
                "invalid operation: operator {op_text} not defined on {}",
                self.describe(&x, xe.span)
            );
            self.error(span, msg);
            return invalid();
        }
        if let ExprKind::Const(c) = &x.kind {
            let folded = Const::unary(op, c).expect("operand kind checked");
            return self.typed_constant(folded, x.ty, span);
        }
        ir::Expr {
            ty: x.ty.clone(),
            kind: ExprKind::Unary(op, Box::new(x)),
        }
    }

    /// A folded constant of type `ty`; typed integer constants must fit.
    fn typed_constant(&mut self, c: Const, ty: Type, span: Span) -> ir::Expr {
        if ty == Type::Int && !c.fits_int() {
            self.error(span, format!("constant {c} overflows int"));
            return invalid();
        }
        constant(c, ty)
    }

    fn binary(&mut self, span: Span, op: BinaryOp, xe: &ast::Expr, ye: &ast::Expr) -> ir::Expr {
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(span, op, xe, ye);
        }
        let x = self.value(xe);
        let y = self.value(ye);
        if x.ty == Type::Invalid || y.ty == Type::Invalid {
            return invalid();
        }
        let (x, y) = match self.match_types(x, xe.span, y, ye.span, span) {
            Some(pair) => pair,
            None => return invalid(),
        };
        let is_comparison = matches!(
            op,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        );
        let defined = match op {
            BinaryOp::LogAnd | BinaryOp::LogOr => x.ty.is_boolean(),
            BinaryOp::Eq | BinaryOp::Ne => true,
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => x.ty.is_ordered(),
            BinaryOp::Add => x.ty.is_integer() || x.ty.is_string(),
            _ => x.ty.is_integer(),
        };
        if !defined {
            let msg = format!(
                "invalid operation: operator {} not defined on {}",
                op.as_str(),
                self.describe(&x, xe.span)
            );
            self.error(span, msg);
            return invalid();
        }
        let result_ty = if is_comparison {
            Type::UntypedBool
        } else {
            x.ty.clone()
        };
        if let (ExprKind::Const(a), ExprKind::Const(b)) = (&x.kind, &y.kind) {
            return match Const::binary(op, a, b) {
                Ok(c) => self.typed_constant(c, result_ty, span),
                Err(ConstError::DivisionByZero) => {
                    self.error(ye.span, "invalid operation: division by zero");
                    invalid()
                }
                Err(ConstError::Overflow) => {
                    self.error(span, "constant overflow");
                    invalid()
                }
            };
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && matches!(y.kind, ExprKind::Const(Const::Int(0)))
        {
            self.error(ye.span, "invalid operation: division by zero");
            return invalid();
        }
        if x.ty.is_string() && !is_comparison {
            self.unsupported(span, "string concatenation");
            return invalid();
        }
        ir::Expr {
            ty: result_ty,
            kind: ExprKind::Binary(op, Box::new(x), Box::new(y)),
        }
    }

    /// Brings the operands of a binary operator to one type: an untyped
    /// operand takes the other's type; two untyped constants take the
    /// larger kind (rune over int).
    fn match_types(
        &mut self,
        x: ir::Expr,
        xspan: Span,
        y: ir::Expr,
        yspan: Span,
        span: Span,
    ) -> Option<(ir::Expr, ir::Expr)> {
        let (x, y) = match (x.ty.is_untyped(), y.ty.is_untyped()) {
            (true, false) => {
                let ty = y.ty.clone();
                (self.convert_operand(x, xspan, &ty), y)
            }
            (false, true) => {
                let ty = x.ty.clone();
                (x, self.convert_operand(y, yspan, &ty))
            }
            (true, true) if x.ty != y.ty && x.ty.is_integer() && y.ty.is_integer() => {
                let ty = Type::UntypedRune;
                (
                    ir::Expr {
                        ty: ty.clone(),
                        ..x
                    },
                    ir::Expr { ty, ..y },
                )
            }
            _ => (x, y),
        };
        if x.ty == Type::Invalid || y.ty == Type::Invalid {
            return None;
        }
        if x.ty != y.ty {
            let msg = format!(
                "invalid operation: {} (mismatched types {} and {})",
                self.text(span),
                x.ty,
                y.ty
            );
            self.error(span, msg);
            return None;
        }
        Some((x, y))
    }

    /// Converts an untyped operand of a binary operation to the other
    /// operand's type; an operand whose kind does not fit is returned
    /// unchanged (the caller then reports mismatched types).
    fn convert_operand(&mut self, x: ir::Expr, span: Span, ty: &Type) -> ir::Expr {
        let fits = match ty {
            Type::Int => x.ty.is_integer(),
            Type::Bool => x.ty.is_boolean(),
            Type::String => x.ty.is_string(),
            _ => false,
        };
        if !fits {
            return x;
        }
        if let ExprKind::Const(c) = &x.kind {
            if *ty == Type::Int && !c.fits_int() {
                let msg = format!("{} overflows {ty}", self.describe(&x, span));
                self.error(span, msg);
                return invalid();
            }
        }
        ir::Expr {
            ty: ty.clone(),
            ..x
        }
    }

    fn shift(&mut self, span: Span, op: BinaryOp, xe: &ast::Expr, ye: &ast::Expr) -> ir::Expr {
        let x = self.value(xe);
        let y = self.value(ye);
        if x.ty == Type::Invalid || y.ty == Type::Invalid {
            return invalid();
        }
        if !y.ty.is_integer() {
            let msg = format!(
                "invalid operation: shift count {} must be integer",
                self.describe(&y, ye.span)
            );
            self.error(ye.span, msg);
            return invalid();
        }
        if let ExprKind::Const(Const::Int(count)) = &y.kind {
            if *count < 0 {
                let msg = format!(
                    "invalid operation: negative shift count {}",
                    self.describe(&y, ye.span)
                );
                self.error(ye.span, msg);
                return invalid();
            }
        }
        if !x.ty.is_integer() {
            let msg = format!(
                "invalid operation: shift of {} must be integer",
                self.describe(&x, xe.span)
            );
            self.error(xe.span, msg);
            return invalid();
        }
        if let (ExprKind::Const(a), ExprKind::Const(b)) = (&x.kind, &y.kind) {
            return match Const::binary(op, a, b) {
                Ok(c) => self.typed_constant(c, x.ty.clone(), span),
                Err(_) => {
                    self.error(span, "constant shift overflow");
                    invalid()
                }
            };
        }
        // A non-constant shift of an untyped constant: the constant takes
        // the type it would have alone, which is its default type here.
        let x = if x.ty.is_untyped() {
            self.default_value(x, xe.span, "shift")
        } else {
            x
        };
        let y = if y.ty.is_untyped() {
            self.assign_to(y, ye.span, &Type::Int, "shift count")
        } else {
            y
        };
        ir::Expr {
            ty: x.ty.clone(),
            kind: ExprKind::Binary(op, Box::new(x), Box::new(y)),
        }
    }

    fn call(
        &mut self,
        e: &ast::Expr,
        func: &ast::Expr,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> Operand {
        if ellipsis {
            self.unsupported(e.span, "a variadic call");
            return Operand::Invalid;
        }
        match self.operand(func) {
            Operand::Invalid => {
                args.iter().for_each(|a| {
                    self.multi_value(a);
                });
                Operand::Invalid
            }
            Operand::Builtin(b) => self.print(b, args),
            Operand::Type(ty) => Operand::Value(self.conversion(e, ty, args)),
            Operand::Func(id) => self.call_func(e, func, id, args),
            Operand::Value(x) | Operand::NoValue(x) => {
                let msg = format!(
                    "invalid operation: cannot call non-function {}",
                    self.describe(&x, func.span)
                );
                self.error(e.span, msg);
                Operand::Invalid
            }
        }
    }

    fn call_func(
        &mut self,
        e: &ast::Expr,
        fe: &ast::Expr,
        id: ir::FuncId,
        args: &[ast::Expr],
    ) -> Operand {
        let sig = self.funcs[id].sig.clone();
        let name = self.text(fe.span);
        let context = format!("argument to {name}");
        let kind = if args.len() == 1 && sig.params.len() > 1 {
            let arg = self.multi_value(&args[0]);
            match &arg.ty {
                Type::Tuple(types) if *types == sig.params => ExprKind::CallSpread {
                    func: id,
                    arg: Box::new(arg),
                },
                _ => {
                    self.arity_error(
                        e,
                        name,
                        &[arg.ty.clone()],
                        &sig.params,
                        "arguments in call to",
                    );
                    return Operand::Invalid;
                }
            }
        } else {
            let values: Vec<ir::Expr> = args.iter().map(|a| self.value(a)).collect();
            if values.len() != sig.params.len() {
                let have: Vec<Type> = values.iter().map(|v| v.ty.clone()).collect();
                self.arity_error(e, name, &have, &sig.params, "arguments in call to");
                return Operand::Invalid;
            }
            let args = values
                .into_iter()
                .zip(args)
                .zip(&sig.params)
                .map(|((v, a), p)| self.assign_to(v, a.span, p, &context))
                .collect();
            ExprKind::Call { func: id, args }
        };
        let ty = match sig.results.len() {
            1 => sig.results[0].clone(),
            _ => Type::Tuple(sig.results.clone()),
        };
        let call = ir::Expr { kind, ty };
        if sig.results.is_empty() {
            Operand::NoValue(call)
        } else {
            Operand::Value(call)
        }
    }

    /// `not enough arguments in call to f` with gc's have/want lines.
    pub(super) fn arity_error(
        &mut self,
        e: &ast::Expr,
        name: &str,
        have: &[Type],
        want: &[Type],
        what: &str,
    ) {
        let many = if have.len() > want.len() {
            "too many"
        } else {
            "not enough"
        };
        let msg = format!(
            "{many} {what} {name}\n\thave {}\n\twant {}",
            type_list(have),
            type_list(want)
        );
        self.error(e.span, msg);
    }

    fn conversion(&mut self, e: &ast::Expr, ty: Type, args: &[ast::Expr]) -> ir::Expr {
        if args.len() != 1 {
            let msg = if args.is_empty() {
                "missing argument in conversion to"
            } else {
                "too many arguments in conversion to"
            };
            self.error(e.span, format!("{msg} {ty}"));
            return invalid();
        }
        let x = self.value(&args[0]);
        if x.ty == Type::Invalid {
            return x;
        }
        let same_kind = (x.ty.is_integer() && ty == Type::Int)
            || (x.ty.is_boolean() && ty == Type::Bool)
            || (x.ty.is_string() && ty == Type::String);
        if !same_kind {
            if ty == Type::String && x.ty.is_integer() {
                self.unsupported(e.span, "conversion from integer to string");
            } else {
                let msg = format!(
                    "cannot convert {} to type {ty}",
                    self.describe(&x, args[0].span)
                );
                self.error(e.span, msg);
            }
            return invalid();
        }
        if let ExprKind::Const(c) = &x.kind {
            return self.typed_constant(c.clone(), ty, e.span);
        }
        ir::Expr { ty, ..x }
    }

    fn print(&mut self, builtin: Builtin, args: &[ast::Expr]) -> Operand {
        let name = if builtin == Builtin::Println {
            "println"
        } else {
            "print"
        };
        let mut values = Vec::new();
        for arg in args {
            let x = self.value(arg);
            let x = if x.ty.is_untyped() {
                self.default_value(x, arg.span, &format!("argument to built-in {name}"))
            } else {
                x
            };
            values.push(x);
        }
        let newline = builtin == Builtin::Println;
        Operand::NoValue(ir::Expr {
            kind: ExprKind::Print {
                args: values,
                newline,
            },
            ty: Type::Tuple(Vec::new()),
        })
    }

    /// A type written in the source.
    pub(super) fn type_expr(&mut self, e: &ast::Expr) -> Type {
        let text = self.text(e.span);
        match self.operand(e) {
            Operand::Type(ty) => ty,
            Operand::Invalid => Type::Invalid,
            _ => {
                self.error(e.span, format!("{text} is not a type"));
                Type::Invalid
            }
        }
    }
}

/// `(int, number)`: a have/want list in gc's arity messages, where untyped
/// numeric constants show as `number`.
pub(super) fn type_list(types: &[Type]) -> String {
    let names: Vec<String> = types
        .iter()
        .map(|t| match t {
            Type::UntypedInt | Type::UntypedRune => "number".to_string(),
            t => t.default_type().to_string(),
        })
        .collect();
    format!("({})", names.join(", "))
}
