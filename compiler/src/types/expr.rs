//! Expressions: operands, constants and untyped conversion, unary and
//! binary operators, calls, conversions and the print builtins.

use super::constant::{self, ConstError, ReprError, UnOp, Value};
use super::relation;
use super::scope::{Builtin, Entity};
use super::ty::{Basic, Method, Signature, Type};
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
    /// `x.M`: a method with its receiver (before `&` or `*` is applied).
    Method {
        recv: ir::Expr,
        method: Method,
        span: Span,
    },
    /// An imported package's name.
    Package(usize),
    /// `x.M` of an interface value `x`: the method at `index`.
    IfaceMethod {
        recv: ir::Expr,
        index: usize,
        sig: Signature,
    },
    /// A generic function, with the type arguments given so far (the rest
    /// are inferred from a call's arguments).
    GenericFunc {
        generic: usize,
        targs: Vec<Type>,
    },
    /// A generic type, before its type arguments.
    GenericType(usize),
    /// Already reported.
    Invalid,
}

pub(super) fn invalid() -> ir::Expr {
    ir::Expr { kind: ExprKind::Const(Value::int(0)), ty: Type::Invalid }
}

/// `x`, not a constant if it is one (see `Builtin::Dynamic`).
fn dynamic(x: ir::Expr) -> ir::Expr {
    match x.kind {
        ExprKind::Const(_) => ir::Expr { ty: x.ty.clone(), kind: ExprKind::Builtin(ir::Builtin::Dynamic, vec![x]) },
        _ => x,
    }
}

fn constant(c: Value, ty: Type) -> ir::Expr {
    ir::Expr { kind: ExprKind::Const(c), ty }
}

impl<'a> Checker<'a> {
    pub(super) fn operand(&mut self, e: &ast::Expr) -> Operand {
        match &e.kind {
            ast::ExprKind::Ident(id) => self.ident(id),
            ast::ExprKind::BasicLit(lit) => self.basic_lit(lit),
            ast::ExprKind::Paren(inner) => self.operand(inner),
            ast::ExprKind::Call { func, args, ellipsis } => self.call(e, func, args, *ellipsis),
            ast::ExprKind::Unary(UnaryOp::Addr, x) => Operand::Value(self.address_of(e, x)),
            ast::ExprKind::Unary(op, x) => Operand::Value(self.unary(e.span, *op, x)),
            ast::ExprKind::Binary(op, x, y) => Operand::Value(self.binary(e.span, *op, x, y)),
            ast::ExprKind::ArrayType { .. }
            | ast::ExprKind::MapType { .. }
            | ast::ExprKind::ChanType { .. }
            | ast::ExprKind::FuncType(_)
            | ast::ExprKind::StructType(_)
            | ast::ExprKind::InterfaceType(_) => match self.type_expr(e) {
                Type::Invalid => Operand::Invalid,
                ty => Operand::Type(ty),
            },
            ast::ExprKind::Star(x) => match self.operand(x) {
                Operand::Type(ty) => Operand::Type(Type::Pointer(std::rc::Rc::new(ty))),
                Operand::Value(p) => Operand::Value(self.deref(e, x, p)),
                Operand::Invalid => Operand::Invalid,
                _ => {
                    let text = self.text(x.span);
                    self.error(x.span, format!("invalid operation: cannot indirect {text}"));
                    Operand::Invalid
                }
            },
            ast::ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ast::ExprKind::Index(x, indices) => match self.operand(x) {
                Operand::GenericFunc { generic, targs } => self.instantiate_func_expr(generic, targs, indices),
                Operand::GenericType(generic) => self.instantiate_type_expr(x, generic, indices),
                operand => {
                    let value = self.operand_value(x, operand);
                    let value = self.single_value(x, value);
                    Operand::Value(self.index_expr(e, x, value, indices))
                }
            },
            ast::ExprKind::Slice { x, lo, hi, max } => {
                Operand::Value(self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref()))
            }
            ast::ExprKind::FuncLit { sig, body } => Operand::Value(self.func_lit(e.span, sig, body)),
            ast::ExprKind::TypeAssert { x, ty: Some(t) } => {
                let value = self.value(x);
                let target = self.type_expr(t);
                Operand::Value(self.type_assert(e, value, x.span, target, false))
            }
            ast::ExprKind::CompositeLit { ty, elems } => {
                Operand::Value(self.composite_lit(e.span, ty.as_deref(), elems, None))
            }
            _ => {
                self.unsupported(e.span, "this expression");
                Operand::Invalid
            }
        }
    }

    /// `*p`.
    fn deref(&mut self, e: &ast::Expr, x: &ast::Expr, p: ir::Expr) -> ir::Expr {
        if p.ty == Type::Invalid {
            return invalid();
        }
        match p.ty.underlying() {
            Type::Pointer(elem) => ir::Expr { ty: (*elem).clone(), kind: ExprKind::Deref(Box::new(p)) },
            _ if p.ty.basic() == Some(Basic::UntypedNil) => {
                self.error(e.span, "invalid operation: cannot indirect nil");
                invalid()
            }
            _ => {
                let msg = format!("invalid operation: cannot indirect {}", self.describe(&p, x.span));
                self.error(e.span, msg);
                invalid()
            }
        }
    }

    /// `&x`: of an addressable operand or a composite literal.
    fn address_of(&mut self, e: &ast::Expr, xe: &ast::Expr) -> ir::Expr {
        let x = self.value(xe);
        if x.ty == Type::Invalid {
            return invalid();
        }
        let is_literal = matches!(strip_parens(xe).kind, ast::ExprKind::CompositeLit { .. });
        if !is_literal && !self.is_addressable(&x) {
            let msg = format!("invalid operation: cannot take address of {}", self.describe(&x, strip_parens(xe).span));
            self.error(e.span, msg);
            return invalid();
        }
        self.mark_escaping(&x);
        // `&T{...}` makes an object: an allocation site.
        let site = is_literal.then(|| {
            let text = match &strip_parens(xe).kind {
                ast::ExprKind::CompositeLit { ty: Some(t), elems } => {
                    format!("&{}{}", self.text(t.span), if elems.is_empty() { "{}" } else { "{...}" })
                }
                _ => format!("&{}{{...}}", x.ty),
            };
            ir::Site::new(e.span, text)
        });
        ir::Expr { ty: Type::Pointer(std::rc::Rc::new(x.ty.clone())), kind: ExprKind::AddrOf(Box::new(x), site) }
    }

    fn ident(&mut self, id: &ast::Ident) -> Operand {
        if id.is_blank() {
            self.error(id.span, "cannot use _ as value");
            return Operand::Invalid;
        }
        let found = self.scopes.lookup_with_block(&id.name).map(|(e, block)| (e.clone(), block));
        match found {
            Some((Entity::Local(l), Some(block))) => {
                let l = self.local_ref(l, block, true);
                Operand::Value(ir::Expr { kind: ExprKind::Local(l), ty: self.ctx.locals[l].ty.clone() })
            }
            Some((Entity::Package(p), _)) => {
                self.used_imports.insert((self.file, id.name.clone()));
                Operand::Package(p)
            }
            Some((entity, _)) => self.entity_operand(entity, id),
            None => {
                self.error(id.span, format!("undefined: {}", id.name));
                Operand::Invalid
            }
        }
    }

    /// Whether `e` names a type parameter of the instance being checked:
    /// converting a constant to it gives no constant (Go spec, "Conversions").
    fn names_type_arg(&self, e: &ast::Expr) -> bool {
        match &strip_parens(e).kind {
            ast::ExprKind::Ident(id) => {
                matches!(self.scopes.lookup_with_block(&id.name), Some((Entity::TypeArg(_), _)))
            }
            _ => false,
        }
    }

    /// What a package-level or predeclared entity named `id` denotes.
    pub(super) fn entity_operand(&mut self, entity: Entity, id: &ast::Ident) -> Operand {
        match entity {
            Entity::TypeName(ty) | Entity::TypeArg(ty) => Operand::Type(ty),
            Entity::TypeDecl(index) => Operand::Type(self.type_decl_type(index)),
            Entity::ConstDecl(index) => match self.const_decl_value(index) {
                Some((c, ty)) => Operand::Value(constant(c, ty)),
                None => Operand::Invalid,
            },
            Entity::Iota => match self.iota {
                Some(v) => Operand::Value(constant(Value::int(v), Type::UNTYPED_INT)),
                None => {
                    self.error(id.span, "cannot use iota outside constant declaration");
                    Operand::Invalid
                }
            },
            Entity::Const(c, ty) => Operand::Value(constant(c, ty)),
            Entity::Builtin(b) => Operand::Builtin(b),
            Entity::GenericFunc(generic) => Operand::GenericFunc { generic, targs: Vec::new() },
            Entity::GenericType(generic) => Operand::GenericType(generic),
            Entity::Func(f) => {
                self.ctx.deps.insert(Dep::Func(f));
                Operand::Func(f)
            }
            Entity::Global(g) => {
                self.ctx.deps.insert(Dep::Global(g));
                let ty = self.global_type(g);
                Operand::Value(ir::Expr { kind: ExprKind::Global(g), ty })
            }
            Entity::Local(_) | Entity::Package(_) => unreachable!("resolved by ident"),
            Entity::Nil => Operand::Value(ir::Expr { kind: ExprKind::Zero, ty: Type::Basic(Basic::UntypedNil) }),
            Entity::Unsupported => {
                self.unsupported(id.span, &format!("predeclared {}", id.name));
                Operand::Invalid
            }
        }
    }

    fn basic_lit(&mut self, lit: &ast::BasicLit) -> Operand {
        let (value, ty) = match lit.kind {
            ast::LitKind::Int => (Value::from_int_literal(&lit.raw), Type::UNTYPED_INT),
            ast::LitKind::Float => (Value::from_float_literal(&lit.raw), Type::UNTYPED_FLOAT),
            ast::LitKind::Imag => (Value::from_imag_literal(&lit.raw), Type::UNTYPED_COMPLEX),
            ast::LitKind::Char => (Ok(Value::int(literal::unquote_char(&lit.raw) as i64)), Type::UNTYPED_RUNE),
            ast::LitKind::String => (Ok(Value::string(&literal::unquote_string(&lit.raw))), Type::UNTYPED_STRING),
        };
        match value {
            Ok(v) => Operand::Value(constant(v, ty)),
            Err(ConstError::Overflow) => {
                self.error(lit.span, constant::overflow_message(None));
                Operand::Invalid
            }
            Err(_) => {
                self.error(lit.span, format!("malformed constant: {}", lit.raw));
                Operand::Invalid
            }
        }
    }

    /// An expression used as a single value.
    pub(super) fn value(&mut self, e: &ast::Expr) -> ir::Expr {
        let x = self.multi_value(e);
        self.single_value(e, x)
    }

    /// `x`, the value of `e`, if it is a single value.
    pub(super) fn single_value(&mut self, e: &ast::Expr, x: ir::Expr) -> ir::Expr {
        if let Type::Tuple(_) = &x.ty {
            let text = self.text(e.span);
            self.error(e.span, format!("multiple-value {text} (value of type {}) in single-value context", x.ty));
            return invalid();
        }
        x
    }

    /// An expression used as a value that may be a multi-valued call.
    pub(super) fn multi_value(&mut self, e: &ast::Expr) -> ir::Expr {
        let operand = self.operand(e);
        self.operand_value(e, operand)
    }

    /// The value of `operand`, what `e` denotes.
    pub(super) fn operand_value(&mut self, e: &ast::Expr, operand: Operand) -> ir::Expr {
        let text = self.text(e.span);
        // A method value's allocation site: gc places it at the last dot.
        let method_site = |c: &Self| {
            let source = c.sources[c.file].text.as_bytes();
            let dot = (e.span.lo..e.span.hi).rev().find(|&at| source[at as usize] == b'.').unwrap_or(e.span.lo);
            ir::Site::new(Span::new(dot, dot + 1), text.clone())
        };
        match operand {
            Operand::Value(x) => x,
            Operand::Method { recv, method, span } => {
                let site = method_site(self);
                self.method_value(recv, span, &method, site)
            }
            Operand::IfaceMethod { recv, index, .. } => {
                let ty = recv.ty.clone();
                let func = self.iface_method_func(&ty, index, true);
                let sig = ty.interface().expect("interface").methods[index].sig.clone();
                ir::Expr {
                    ty: Type::Func(std::rc::Rc::new(sig)),
                    kind: ExprKind::MethodValue { func, recv: Box::new(recv), site: method_site(self) },
                }
            }
            Operand::Package(_) => {
                self.error(e.span, format!("use of package {text} without selector"));
                invalid()
            }
            Operand::Invalid => invalid(),
            Operand::Type(_) => {
                self.error(e.span, format!("{text} (type) is not an expression"));
                invalid()
            }
            Operand::Builtin(_) => {
                self.error(e.span, format!("{text} (built-in function) must be called"));
                invalid()
            }
            Operand::Func(id) => {
                let sig = self.funcs[id].sig.clone();
                ir::Expr { ty: Type::Func(std::rc::Rc::new(sig)), kind: ExprKind::FuncRef(id) }
            }
            Operand::NoValue(_) => {
                self.error(e.span, format!("{text} (no value) used as value"));
                invalid()
            }
            Operand::GenericFunc { .. } => {
                self.error(e.span, format!("cannot use generic function {text} without instantiation"));
                invalid()
            }
            Operand::GenericType(generic) => {
                let what = self.generic_type_text(generic);
                self.error(e.span, format!("cannot use generic type {what} without instantiation"));
                invalid()
            }
        }
    }

    /// How gc describes an operand in messages: `x (variable of type int)`.
    pub(super) fn describe(&self, x: &ir::Expr, span: Span) -> String {
        let text = self.text(span);
        if let ExprKind::Const(c) = &x.kind {
            return constant::describe_operand(&text, &x.ty.to_string(), x.ty.is_untyped(), c);
        }
        let what = match x.ty.is_untyped() {
            _ if self.is_addressable(x) => format!("variable of type {}", x.ty),
            _ if x.ty.basic() == Some(Basic::UntypedNil) => return text.to_string(),
            true => format!("{} value", x.ty),
            false => format!("value of type {}", x.ty),
        };
        format!("{text} ({what})")
    }

    /// Converts `x` for use where a value of type `target` is required
    /// (assignment, argument, return); `context` ends the error message.
    pub(super) fn assign_to(&mut self, x: ir::Expr, span: Span, target: &Type, context: &str) -> ir::Expr {
        if x.ty == Type::Invalid || *target == Type::Invalid {
            return invalid();
        }
        if x.ty == *target {
            return x;
        }
        if let (Some(iface), false) = (target.interface(), x.ty.basic() == Some(Basic::UntypedNil)) {
            let x = if x.ty.is_untyped() { self.default_value(x, span, context) } else { x };
            if x.ty == Type::Invalid {
                return x;
            }
            if let Some(why) = self.missing_method(&x.ty, &iface) {
                let msg = format!(
                    "cannot use {} as {target} value in {context}: {} does not implement {target} ({why})",
                    self.describe(&x, span),
                    x.ty
                );
                self.error(span, msg);
                return invalid();
            }
            return self.to_iface(x, target, span);
        }
        if !relation::assignable(&x.ty, target) {
            let msg = format!("cannot use {} as {target} value in {context}", self.describe(&x, span));
            self.error(span, msg);
            return invalid();
        }
        if x.ty.is_untyped() {
            return self.convert_untyped(x, span, target, Some(context));
        }
        ir::Expr { ty: target.clone(), ..x }
    }

    /// Gives an untyped operand the type `target`, whose kind the caller
    /// checked; a constant must be representable. `context` shapes the
    /// overflow message as gc words it in assignments.
    fn convert_untyped(&mut self, x: ir::Expr, span: Span, target: &Type, context: Option<&str>) -> ir::Expr {
        if let (ExprKind::Const(c), Some(b)) = (&x.kind, target.basic()) {
            return match c.representable(b) {
                Ok(v) => constant(v, target.clone()),
                Err(err) => {
                    let what = self.describe(&x, span);
                    let msg = match context {
                        _ if err == ReprError::Invalid => constant::conversion_message(&what, &target.to_string()),
                        Some(context) => constant::assignment_message(&what, &target.to_string(), context, err),
                        None => err.message(&what, &target.to_string()),
                    };
                    self.error(span, msg);
                    invalid()
                }
            };
        }
        if !matches!(x.kind, ExprKind::Const(_)) {
            return self.retype(x, span, target);
        }
        ir::Expr { ty: target.clone(), ..x }
    }

    /// Gives an untyped operand its default type (for `x := 1`, `print(1)`).
    pub(super) fn default_value(&mut self, x: ir::Expr, span: Span, context: &str) -> ir::Expr {
        if x.ty.basic() == Some(Basic::UntypedNil) {
            self.error(span, format!("use of untyped nil in {context}"));
            return invalid();
        }
        let ty = x.ty.default_type();
        self.assign_to(x, span, &ty, context)
    }

    fn unary(&mut self, span: Span, op: UnaryOp, xe: &ast::Expr) -> ir::Expr {
        let x = self.value(xe);
        if x.ty == Type::Invalid {
            return x;
        }
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => x.ty.is_numeric(),
            UnaryOp::Xor => x.ty.is_integer(),
            UnaryOp::Not => x.ty.is_boolean(),
            UnaryOp::Addr | UnaryOp::Recv | UnaryOp::Tilde => {
                self.unsupported(span, "this operator");
                return invalid();
            }
        };
        if !ok {
            let op_text = &self.text(span)[..1];
            let msg = format!("invalid operation: operator {op_text} not defined on {}", self.describe(&x, xe.span));
            self.error(span, msg);
            return invalid();
        }
        if let ExprKind::Const(c) = &x.kind {
            let const_op = match op {
                UnaryOp::Pos => UnOp::Pos,
                UnaryOp::Neg => UnOp::Neg,
                UnaryOp::Not => UnOp::Not,
                _ => UnOp::Xor,
            };
            let basic = x.ty.basic().expect("constants have basic types");
            let folded = Value::unary(const_op, c, basic);
            return self.fold(folded, x.ty.clone(), span, None, (&x, xe.span), None);
        }
        ir::Expr { ty: x.ty.clone(), kind: ExprKind::Unary(op.into(), Box::new(x)) }
    }

    /// A folded constant of type `ty`; typed constants must be
    /// representable.
    /// The result of folding a constant operation, or its error in gc's
    /// words; `x` (and `y`) are the operands with their spans.
    fn fold(
        &mut self,
        result: Result<Value, ConstError>,
        ty: Type,
        span: Span,
        op: Option<BinaryOp>,
        x: (&ir::Expr, Span),
        y: Option<(&ir::Expr, Span)>,
    ) -> ir::Expr {
        let err = match result {
            Ok(v) => return constant(v, ty),
            Err(err) => err,
        };
        let text = self.text(span);
        let (msg, at) = match err {
            ConstError::DivisionByZero => ("invalid operation: division by zero".to_string(), y.map_or(span, |y| y.1)),
            ConstError::Overflow if op.is_none() => ("constant bitwise complement overflow".to_string(), span),
            ConstError::Overflow => (constant::overflow_message(op), span),
            ConstError::NotRepresentable => ("constant result is not representable".to_string(), span),
            ConstError::TypedOverflow(v) => (format!("{text} (constant {v} of type {ty}) overflows {ty}"), span),
            ConstError::Malformed => (format!("malformed constant: {text}"), span),
            ConstError::OperatorNotDefined => {
                let op = op.map_or_else(|| text[..1].to_string(), |op| op.as_str().to_string());
                (format!("invalid operation: operator {op} not defined on {}", self.describe(x.0, x.1)), span)
            }
            ConstError::NegativeShiftCount => {
                let (y, at) = y.expect("shift count");
                (format!("invalid operation: negative shift count {}", self.describe(y, at)), at)
            }
            ConstError::ShiftCount(err) => {
                let (y, at) = y.expect("shift count");
                (err.message(&self.describe(y, at), "uint"), at)
            }
            ConstError::ShiftCountTooLarge => {
                let (y, at) = y.expect("shift count");
                (format!("invalid operation: invalid shift count {}", self.describe(y, at)), at)
            }
            ConstError::ShiftedOperandNotInteger => {
                (format!("invalid operation: shifted operand {} must be integer", self.describe(x.0, x.1)), x.1)
            }
        };
        self.error(at, msg);
        invalid()
    }

    fn binary(&mut self, span: Span, op: BinaryOp, xe: &ast::Expr, ye: &ast::Expr) -> ir::Expr {
        let x = self.value(xe);
        let y = self.value(ye);
        self.binary_values(span, op, (x, xe.span), (y, ye.span))
    }

    /// `x op y` of operands already checked (with their spans).
    pub(super) fn binary_values(
        &mut self,
        span: Span,
        op: BinaryOp,
        x: (ir::Expr, Span),
        y: (ir::Expr, Span),
    ) -> ir::Expr {
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(span, op, x, y);
        }
        let ((x, xspan), (y, yspan)) = (x, y);
        if x.ty == Type::Invalid || y.ty == Type::Invalid {
            return invalid();
        }
        let is_comparison =
            matches!(op, BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge);
        let (x, y) = match self.match_types(x, xspan, y, yspan, span, is_comparison) {
            Some(pair) => pair,
            None => return invalid(),
        };
        let defined = match op {
            BinaryOp::LogAnd | BinaryOp::LogOr => x.ty.is_boolean(),
            BinaryOp::Eq | BinaryOp::Ne => true,
            BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => x.ty.is_ordered(),
            BinaryOp::Add => x.ty.is_numeric() || x.ty.is_string(),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => x.ty.is_numeric(),
            _ => x.ty.is_integer(),
        };
        if !defined {
            let msg =
                format!("invalid operation: operator {} not defined on {}", op.as_str(), self.describe(&x, xspan));
            self.error(span, msg);
            return invalid();
        }
        let result_ty = if is_comparison { Type::UNTYPED_BOOL } else { x.ty.clone() };
        if let (ExprKind::Const(a), ExprKind::Const(b)) = (&x.kind, &y.kind) {
            let basic = x.ty.basic().expect("constants have basic types");
            let folded = if is_comparison {
                Value::compare(op, a, b, basic).map(Value::Bool)
            } else {
                Value::binary(op, a, b, basic)
            };
            return self.fold(folded, result_ty, span, Some(op), (&x, xspan), Some((&y, yspan)));
        }
        // A constant zero divisor is an error for integers (floats give Inf).
        let zero_divisor = matches!(&y.kind, ExprKind::Const(c) if c.to_f64() == Some(0.0) && c.to_complex_f64().is_none_or(|(_, im)| im == 0.0));
        if matches!(op, BinaryOp::Div | BinaryOp::Rem) && zero_divisor && x.ty.is_integer() {
            self.error(yspan, "invalid operation: division by zero");
            return invalid();
        }
        if x.ty.is_string() && !is_comparison {
            let mut parts = Vec::new();
            for operand in [x, y] {
                match operand.kind {
                    ExprKind::Concat { parts: inner, .. } => parts.extend(inner),
                    _ => parts.push(operand),
                }
            }
            // gc places it at the (last) operator.
            let source = self.sources[self.file].text.as_bytes();
            let plus = (xspan.hi..yspan.lo).find(|&at| source[at as usize] == b'+').unwrap_or(span.lo);
            let site = ir::Site::new(Span::new(plus, plus + 1), self.text(span));
            return ir::Expr { ty: result_ty, kind: ExprKind::Concat { parts, site } };
        }
        if x.ty.basic() == Some(Basic::UntypedNil) {
            let msg =
                format!("invalid operation: {} (operator {} not defined on untyped nil)", self.text(span), op.as_str());
            self.error(span, msg);
            return invalid();
        }
        if matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
            if let Some(msg) = self.incomparable(&x, &y, span) {
                self.error(span, msg);
                return invalid();
            }
        }
        ir::Expr { ty: result_ty, kind: ExprKind::Binary(op.into(), Box::new(x), Box::new(y)) }
    }

    /// Why `x == y` is not allowed, if it is not: slices and functions
    /// compare only with nil; structs and arrays only if all their fields
    /// or elements do.
    fn incomparable(&mut self, x: &ir::Expr, y: &ir::Expr, span: Span) -> Option<String> {
        let is_nil = |e: &ir::Expr| matches!(e.kind, ExprKind::Zero);
        let what = match x.ty.underlying() {
            Type::Slice(_) => "slice",
            Type::Func(_) => "func",
            Type::Map(..) => "map",
            Type::Struct(_) | Type::Array(..) => {
                let bad = incomparable_part(&x.ty)?;
                let kind = if matches!(x.ty.underlying(), Type::Struct(_)) { "struct containing" } else { "array of" };
                return Some(format!("invalid operation: {} ({kind} {bad} cannot be compared)", self.text(span)));
            }
            _ => return None,
        };
        if is_nil(x) || is_nil(y) {
            return None;
        }
        Some(format!("invalid operation: {} ({what} can only be compared to nil)", self.text(span)))
    }

    /// Brings the operands of a binary operator to one type: an untyped
    /// operand takes the other's type; two untyped constants take the
    /// larger kind (int < rune < float < complex). A comparison also
    /// accepts operands of different types when one is assignable to the
    /// other's.
    fn match_types(
        &mut self,
        x: ir::Expr,
        xspan: Span,
        y: ir::Expr,
        yspan: Span,
        span: Span,
        is_comparison: bool,
    ) -> Option<(ir::Expr, ir::Expr)> {
        // A concrete operand compared with an interface value is converted.
        let (x, y) = match (x.ty.interface().is_some(), y.ty.interface().is_some()) {
            (true, false) if !y.ty.is_untyped() || y.ty.basic() != Some(Basic::UntypedNil) => {
                let ty = x.ty.clone();
                let y = self.assign_to(y, yspan, &ty, "comparison");
                (x, y)
            }
            (false, true) if !x.ty.is_untyped() || x.ty.basic() != Some(Basic::UntypedNil) => {
                let ty = y.ty.clone();
                (self.assign_to(x, xspan, &ty, "comparison"), y)
            }
            (true, true) if x.ty != y.ty => {
                // Interfaces of different types: one must implement the other.
                let (xi, yi) = (x.ty.interface().expect("interface"), y.ty.interface().expect("interface"));
                if self.missing_method(&y.ty, &xi).is_none() {
                    let ty = x.ty.clone();
                    let y = self.to_iface(y, &ty, yspan);
                    (x, y)
                } else if self.missing_method(&x.ty, &yi).is_none() {
                    let ty = y.ty.clone();
                    (self.to_iface(x, &ty, xspan), y)
                } else {
                    (x, y)
                }
            }
            _ => (x, y),
        };
        let (x, y) = match (x.ty.is_untyped(), y.ty.is_untyped()) {
            (true, false) if relation::assignable(&x.ty, &y.ty) => {
                let ty = y.ty.clone();
                (self.convert_untyped(x, xspan, &ty, None), y)
            }
            (false, true) if relation::assignable(&y.ty, &x.ty) => {
                let ty = x.ty.clone();
                (x, self.convert_untyped(y, yspan, &ty, None))
            }
            (true, true) if x.ty != y.ty && x.ty.is_numeric() && y.ty.is_numeric() => {
                let ty = if untyped_rank(&x.ty) > untyped_rank(&y.ty) { x.ty.clone() } else { y.ty.clone() };
                (ir::Expr { ty: ty.clone(), ..x }, ir::Expr { ty, ..y })
            }
            _ => (x, y),
        };
        if x.ty == Type::Invalid || y.ty == Type::Invalid {
            return None;
        }
        if x.ty != y.ty && is_comparison && !x.ty.is_untyped() && !y.ty.is_untyped() {
            if relation::assignable(&y.ty, &x.ty) {
                let ty = x.ty.clone();
                return Some((x, ir::Expr { ty, ..y }));
            }
            if relation::assignable(&x.ty, &y.ty) {
                let ty = y.ty.clone();
                return Some((ir::Expr { ty, ..x }, y));
            }
        }
        if x.ty != y.ty {
            let msg = format!("invalid operation: {} (mismatched types {} and {})", self.text(span), x.ty, y.ty);
            self.error(span, msg);
            return None;
        }
        Some((x, y))
    }

    fn shift(
        &mut self,
        span: Span,
        op: BinaryOp,
        (x, xspan): (ir::Expr, Span),
        (y, yspan): (ir::Expr, Span),
    ) -> ir::Expr {
        if x.ty == Type::Invalid || y.ty == Type::Invalid {
            return invalid();
        }
        let is_const = |e: &ir::Expr| matches!(e.kind, ExprKind::Const(_));
        if !(y.ty.is_integer() || (is_const(&y) && y.ty.is_untyped() && y.ty.is_numeric())) {
            let msg = format!("invalid operation: shift count {} must be integer", self.describe(&y, yspan));
            self.error(yspan, msg);
            return invalid();
        }
        if let (ExprKind::Const(a), ExprKind::Const(b)) = (&x.kind, &y.kind) {
            let basic = x.ty.basic().expect("constants have basic types");
            let result_ty = if x.ty.is_untyped() { Type::UNTYPED_INT } else { x.ty.clone() };
            let folded = Value::shift(op, a, b, basic);
            return self.fold(folded, result_ty, span, Some(op), (&x, xspan), Some((&y, yspan)));
        }
        if let ExprKind::Const(count) = &y.kind {
            if count.as_int().is_some_and(|n| n.is_negative()) {
                let msg = format!("invalid operation: negative shift count {}", self.describe(&y, yspan));
                self.error(yspan, msg);
                return invalid();
            }
        }
        let x_is_integer = x.ty.is_integer() || (is_const(&x) && x.ty.is_untyped() && x.ty.is_numeric());
        if !x_is_integer {
            let msg = format!("invalid operation: shifted operand {} must be integer", self.describe(&x, xspan));
            self.error(xspan, msg);
            return invalid();
        }
        // A non-constant shift of an untyped constant stays untyped: it
        // takes the type its context gives the constant (`convert_untyped`).
        let y = if y.ty.is_untyped() { self.assign_to(y, yspan, &Type::Basic(Basic::Uint), "shift count") } else { y };
        let ty = if x.ty.is_untyped() { Type::UNTYPED_INT } else { x.ty.clone() };
        ir::Expr { ty, kind: ExprKind::Binary(op.into(), Box::new(x), Box::new(y)) }
    }

    /// Gives a non-constant untyped expression (a shift of an untyped
    /// constant, an operation on such shifts, a comparison) the type
    /// `target`, down to the constants it is made of.
    fn retype(&mut self, x: ir::Expr, span: Span, target: &Type) -> ir::Expr {
        let kind = match x.kind {
            ExprKind::Const(_) => return self.convert_untyped(x, span, target, None),
            ExprKind::Binary(op @ (ir::BinaryOp::Shl | ir::BinaryOp::Shr), l, r) => {
                if !target.is_integer() {
                    let msg = format!("invalid operation: shifted operand {} must be integer", self.text(span));
                    self.error(span, msg);
                    return invalid();
                }
                ExprKind::Binary(op, Box::new(self.retype(*l, span, target)), r)
            }
            ExprKind::Binary(op, l, r) if !target.is_boolean() => {
                let l = self.retype(*l, span, target);
                let r = self.retype(*r, span, target);
                ExprKind::Binary(op, Box::new(l), Box::new(r))
            }
            ExprKind::Unary(op, inner) if !target.is_boolean() => {
                ExprKind::Unary(op, Box::new(self.retype(*inner, span, target)))
            }
            kind => kind,
        };
        ir::Expr { ty: target.clone(), kind }
    }

    fn call(&mut self, e: &ast::Expr, func: &ast::Expr, args: &[ast::Expr], ellipsis: bool) -> Operand {
        match self.operand(func) {
            Operand::Method { recv, method, .. } => self.method_call(e, func, recv, &method, args, ellipsis),
            Operand::IfaceMethod { recv, index, sig } => self.iface_call(e, func, recv, index, &sig, args, ellipsis),
            Operand::Package(_) => {
                let text = self.text(func.span);
                self.error(func.span, format!("use of package {text} without selector"));
                Operand::Invalid
            }
            Operand::Invalid => {
                args.iter().for_each(|a| {
                    self.multi_value(a);
                });
                Operand::Invalid
            }
            Operand::Builtin(b) => self.builtin_call(e, b, args, ellipsis),
            Operand::Type(ty) => {
                let x = self.conversion(e, ty, args);
                Operand::Value(if self.names_type_arg(func) { dynamic(x) } else { x })
            }
            Operand::Func(id) => self.call_func(e, func, id, args, ellipsis),
            Operand::GenericFunc { generic, targs } => self.generic_call(e, func, generic, targs, args, ellipsis),
            operand @ Operand::GenericType(_) => {
                self.operand_value(func, operand);
                Operand::Invalid
            }
            Operand::Value(x) => self.call_value(e, func, x, args, ellipsis),
            Operand::NoValue(_) => {
                let text = self.text(func.span);
                self.error(func.span, format!("{text} (no value) used as value"));
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
        ellipsis: bool,
    ) -> Operand {
        let sig = self.funcs[id].sig.clone();
        match self.call_arguments(e, fe, &sig, args, ellipsis) {
            Some(args) => call_result(&sig, ExprKind::Call { func: id, args }),
            None => Operand::Invalid,
        }
    }

    /// A call of a function value.
    fn call_value(
        &mut self,
        e: &ast::Expr,
        fe: &ast::Expr,
        callee: ir::Expr,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> Operand {
        if callee.ty == Type::Invalid {
            // Already reported; the arguments are still checked and used.
            for arg in args {
                self.multi_value(arg);
            }
            return Operand::Invalid;
        }
        let Type::Func(sig) = callee.ty.underlying() else {
            let msg = format!("invalid operation: cannot call non-function {}", self.describe(&callee, fe.span));
            self.error(e.span, msg);
            return Operand::Invalid;
        };
        match self.call_arguments(e, fe, &sig, args, ellipsis) {
            Some(args) => call_result(&sig, ExprKind::CallValue { callee: Box::new(callee), args }),
            None => Operand::Invalid,
        }
    }

    /// The arguments of a call of a function with signature `sig`: one
    /// multi-valued call whose results are the arguments, or each argument
    /// converted to its parameter's type, the variadic ones packed into a
    /// slice.
    pub(super) fn call_arguments(
        &mut self,
        e: &ast::Expr,
        fe: &ast::Expr,
        sig: &Signature,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> Option<Vec<ir::Expr>> {
        let values = match args {
            [arg @ ast::Expr { kind: ast::ExprKind::Call { .. }, .. }] => vec![self.multi_value(arg)],
            _ => args
                .iter()
                .enumerate()
                .map(|(i, a)| self.value_for(a, sig.argument_type(i, ellipsis).as_ref()))
                .collect(),
        };
        self.match_arguments(e, fe, sig, args, values, ellipsis)
    }

    /// `e` used as a single value of type `target`, where one is known: a
    /// generic function there is instantiated for it.
    pub(super) fn value_for(&mut self, e: &ast::Expr, target: Option<&Type>) -> ir::Expr {
        match (self.operand(e), target.map(Type::underlying)) {
            (Operand::GenericFunc { generic, targs }, Some(Type::Func(want))) => {
                self.generic_func_value(e, generic, targs, &want)
            }
            (operand, _) => {
                let x = self.operand_value(e, operand);
                self.single_value(e, x)
            }
        }
    }

    /// `call_arguments` for the `values` of `args`.
    pub(super) fn match_arguments(
        &mut self,
        e: &ast::Expr,
        fe: &ast::Expr,
        sig: &Signature,
        args: &[ast::Expr],
        mut values: Vec<ir::Expr>,
        ellipsis: bool,
    ) -> Option<Vec<ir::Expr>> {
        let name = self.text(fe.span);
        let context = format!("argument to {name}");
        let paren = super::builtin::call_paren(e);
        if let [arg @ ast::Expr { kind: ast::ExprKind::Call { .. }, .. }] = args {
            let x = values.pop().expect("the value of the only argument");
            if let Type::Tuple(types) = &x.ty {
                // `f(g())`: g's results are the arguments.
                if sig.variadic {
                    self.unsupported(arg.span, "passing several results to a variadic function");
                    return None;
                }
                if types.len() != sig.params.len() {
                    self.arity_error(e, &name, types, sig, "arguments in call to");
                    return None;
                }
                for (have, want) in types.iter().zip(&sig.params) {
                    if !relation::assignable(have, want) {
                        let text = self.text(arg.span);
                        self.error(
                            arg.span,
                            format!("cannot use {text} (value of type {have}) as {want} value in {context}"),
                        );
                        return None;
                    }
                }
                return Some(vec![x]);
            }
            values.push(x);
        }
        let packs = sig.variadic && !ellipsis;
        let fixed = if packs { sig.params.len() - 1 } else { sig.params.len() };
        if ellipsis && !sig.variadic {
            let text = self.text(e.span);
            self.error(e.span, format!("have (...) in call to non-variadic {name}: {text}"));
            return None;
        }
        let count_ok = if packs { values.len() >= fixed } else { values.len() == fixed };
        if !count_ok {
            let have: Vec<Type> = values.iter().map(|v| v.ty.clone()).collect();
            self.arity_error(e, &name, &have, sig, "arguments in call to");
            return None;
        }
        let extra = values.split_off(fixed);
        let mut call_args: Vec<ir::Expr> = values
            .into_iter()
            .zip(args)
            .zip(&sig.params)
            .map(|((v, a), p)| Self::conversion_at(self.assign_to(v, a.span, p, &context), a, paren))
            .collect();
        if packs {
            let slice_ty = sig.params.last().unwrap().clone();
            let Type::Slice(elem) = slice_ty.underlying() else {
                unreachable!("variadic parameter of type {slice_ty}")
            };
            let elems: Vec<(u64, ir::Expr)> = extra
                .into_iter()
                .zip(&args[fixed..])
                .enumerate()
                .map(|(i, (v, a))| {
                    (i as u64, Self::conversion_at(self.assign_to(v, a.span, &elem, &context), a, paren))
                })
                .collect();
            let kind = if elems.is_empty() {
                ExprKind::Zero
            } else {
                let site = ir::Site::new(paren, "... argument".to_string());
                ExprKind::SliceLit { len: elems.len() as u64, elems, site }
            };
            call_args.push(ir::Expr { ty: slice_ty, kind });
        }
        Some(call_args)
    }

    /// `not enough arguments in call to f` with gc's have/want lines.
    pub(super) fn arity_error(&mut self, e: &ast::Expr, name: &str, have: &[Type], sig: &Signature, what: &str) {
        let many = if have.len() > sig.params.len() { "too many" } else { "not enough" };
        let mut want: Vec<String> = sig.params.iter().map(list_name).collect();
        if let (true, Some(Type::Slice(elem))) = (sig.variadic, sig.params.last()) {
            // The final `[]T` parameter shows as `...T`.
            *want.last_mut().unwrap() = format!("...{elem}");
        }
        let msg = format!("{many} {what} {name}\n\thave {}\n\twant ({})", type_list(have), want.join(", "));
        self.error(e.span, msg);
    }

    /// `T(x)`.
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
        if x.ty == Type::Invalid || ty == Type::Invalid {
            return invalid();
        }
        if let Some(iface) = ty.interface() {
            // `I(x)`: the value must implement I, as in an assignment.
            if x.ty.basic() == Some(Basic::UntypedNil) {
                return self.assign_to(x, args[0].span, &ty, "conversion");
            }
            let x = if x.ty.is_untyped() { self.default_value(x, args[0].span, "conversion") } else { x };
            if x.ty == Type::Invalid || x.ty == ty {
                return x;
            }
            if let Some(why) = self.missing_method(&x.ty, &iface) {
                let msg = format!(
                    "cannot convert {} to type {ty}: {} does not implement {ty} ({why})",
                    self.describe(&x, args[0].span),
                    x.ty
                );
                self.error(e.span, msg);
                return invalid();
            }
            return self.to_iface(x, &ty, args[0].span);
        }
        if let (ExprKind::Const(c), Some(b)) = (&x.kind, ty.basic()) {
            let from_ok =
                x.ty.basic()
                    .is_some_and(|from| from.is_numeric() == b.is_numeric() || (b.is_string() && from.is_integer()));
            return match c.convert(b) {
                Ok(v) if from_ok => constant(v, ty),
                _ => {
                    let msg = constant::conversion_message(&self.describe(&x, args[0].span), &ty.to_string());
                    self.error(args[0].span, msg);
                    invalid()
                }
            };
        }
        let from = x.ty.default_type();
        if !relation::convertible(&from, &ty) {
            let msg = format!("cannot convert {} to type {ty}", self.describe(&x, args[0].span));
            self.error(e.span, msg);
            return invalid();
        }
        if x.ty.is_untyped() && relation::assignable(&x.ty, &ty) {
            // `[]byte(nil)`, `float64(i << s)`: the untyped value takes the type.
            return self.assign_to(x, args[0].span, &ty, "conversion");
        }
        let x = if x.ty.is_untyped() { self.default_value(x, args[0].span, "conversion") } else { x };
        if x.ty.underlying() == ty.underlying() {
            return ir::Expr { ty, ..x };
        }
        if matches!((x.ty.underlying(), ty.underlying()), (Type::Pointer(_), Type::Pointer(_))) {
            // Pointers with identical base types: the same bits.
            return ir::Expr { ty, ..x };
        }
        let numeric = x.ty.is_numeric() && ty.is_numeric();
        let stringy = x.ty.is_string() || ty.is_string();
        let slice_to_array = matches!(x.ty.underlying(), Type::Slice(_));
        if !numeric && !stringy && !slice_to_array {
            self.unsupported(e.span, &format!("conversion from {} to {ty}", x.ty));
            return invalid();
        }
        if stringy {
            // gc names a slice type in parentheses.
            let paren = super::builtin::call_paren(e);
            let text = match &e.kind {
                ast::ExprKind::Call { func, .. } if !ty.is_string() => {
                    format!("({})({})", self.text(func.span), self.text(args[0].span))
                }
                _ => self.text(e.span),
            };
            return ir::Expr { ty, kind: ExprKind::StringConvert { x: Box::new(x), site: ir::Site::new(paren, text) } };
        }
        ir::Expr { ty, kind: ExprKind::Convert(Box::new(x)) }
    }

    pub(super) fn print(&mut self, builtin: Builtin, args: &[ast::Expr]) -> Operand {
        let name = if builtin == Builtin::Println { "println" } else { "print" };
        let mut values = Vec::new();
        if let [arg @ ast::Expr { kind: ast::ExprKind::Call { .. }, .. }] = args {
            // `println(f())` prints all of f's results.
            let x = self.multi_value(arg);
            if matches!(x.ty, Type::Tuple(_)) {
                let kind = ExprKind::Print { args: vec![x], newline: builtin == Builtin::Println };
                return Operand::NoValue(ir::Expr { kind, ty: Type::tuple(Vec::new()) });
            }
        }
        for arg in args {
            let x = self.value(arg);
            let x = if x.ty.is_untyped() {
                self.default_value(x, arg.span, &format!("argument to built-in {name}"))
            } else {
                x
            };
            if matches!(x.ty.underlying(), Type::Struct(_) | Type::Array(..)) {
                let msg = format!("illegal types for operand: {name}\n\t{}", self.describe(&x, arg.span));
                self.error(arg.span, msg);
            }
            values.push(x);
        }
        let newline = builtin == Builtin::Println;
        Operand::NoValue(ir::Expr { kind: ExprKind::Print { args: values, newline }, ty: Type::tuple(Vec::new()) })
    }
}

/// `(int, number)`: a have/want list in gc's arity messages, where untyped
/// numeric constants show as `number`.
pub(super) fn type_list(types: &[Type]) -> String {
    let names: Vec<String> = types.iter().map(list_name).collect();
    format!("({})", names.join(", "))
}

/// A type in a have/want list: untyped numeric constants show as `number`.
fn list_name(t: &Type) -> String {
    match t.basic() {
        Some(b) if b.is_untyped() && t.is_numeric() => "number".to_string(),
        _ => t.default_type().to_string(),
    }
}

/// The order in which untyped numeric kinds absorb each other.
pub(super) fn untyped_rank(t: &Type) -> u8 {
    match t.basic() {
        Some(Basic::UntypedInt) => 0,
        Some(Basic::UntypedRune) => 1,
        Some(Basic::UntypedFloat) => 2,
        _ => 3,
    }
}

fn strip_parens(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ast::ExprKind::Paren(inner) => strip_parens(inner),
        _ => e,
    }
}

/// The value of a call of a function with signature `sig`.
pub(super) fn call_result(sig: &Signature, kind: ExprKind) -> Operand {
    let ty = match sig.results.len() {
        1 => sig.results[0].clone(),
        _ => Type::tuple(sig.results.clone()),
    };
    let call = ir::Expr { kind, ty };
    if sig.results.is_empty() {
        Operand::NoValue(call)
    } else {
        Operand::Value(call)
    }
}

/// The first part of a type that cannot be compared with `==` (slices,
/// maps and functions, and structs and arrays holding one).
pub(super) fn incomparable_part(ty: &Type) -> Option<Type> {
    incomparable_part_within(ty, &mut Vec::new())
}

/// `incomparable_part` of `ty`, inside the declared types `enclosing`: a
/// type that contains itself (an invalid recursive type, reported where it
/// is declared) adds nothing.
fn incomparable_part_within(ty: &Type, enclosing: &mut Vec<usize>) -> Option<Type> {
    if let Type::Named(named) = ty {
        if enclosing.contains(&named.id) {
            return None;
        }
        enclosing.push(named.id);
    }
    let part = match ty.underlying() {
        Type::Slice(_) | Type::Func(_) | Type::Map(..) => Some(ty.clone()),
        Type::Struct(s) => s.fields.iter().find_map(|f| incomparable_part_within(&f.ty, enclosing)),
        Type::Array(_, elem) => incomparable_part_within(&elem, enclosing),
        _ => None,
    };
    if matches!(ty, Type::Named(_)) {
        enclosing.pop();
    }
    part
}
