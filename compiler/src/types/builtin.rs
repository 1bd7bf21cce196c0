//! Calls of the predeclared functions: `len`, `cap`, `append`, `copy`,
//! `make`, `new`, `panic`, `min`, `max`, `clear` (`print` and `println`
//! are in `expr`).

use super::constant::Value;
use super::expr::{invalid, untyped_rank, Operand};

use super::scope::Builtin;
use super::ty::{Basic, Type};
use super::Checker;
use crate::ir::{self, ExprKind};
use crate::source::Span;
use crate::syntax::ast;
use std::rc::Rc;

impl Checker<'_> {
    pub(super) fn builtin_call(
        &mut self,
        e: &ast::Expr,
        builtin: Builtin,
        args: &[ast::Expr],
        ellipsis: bool,
    ) -> Operand {
        let name = builtin.name();
        let (min_args, max_args) = builtin.arity();
        if args.len() < min_args || max_args.is_some_and(|m| args.len() > m) {
            let which = if args.len() < min_args { "not enough" } else { "too many" };
            let text = self.text(e.span);
            self.error(e.span, format!("{which} arguments for {text} (expected {min_args}, found {})", args.len()));
            return Operand::Invalid;
        }
        if ellipsis && builtin != Builtin::Append {
            self.error(e.span, format!("invalid operation: invalid use of ... with built-in {name}"));
            return Operand::Invalid;
        }
        let value = match builtin {
            Builtin::Print | Builtin::Println => return self.print(builtin, args),
            Builtin::Len | Builtin::Cap => self.len_cap(builtin, &args[0]),
            Builtin::Append => self.append(e, args, ellipsis),
            Builtin::Copy => self.copy_builtin(args),
            Builtin::Make => self.make(e, args),
            Builtin::New => {
                let ty = self.type_expr(&args[0]);
                if ty == Type::Invalid {
                    return Operand::Invalid;
                }
                let site = ir::Site::new(call_paren(e), self.text(e.span));
                ir::Expr { ty: Type::Pointer(Rc::new(ty)), kind: ExprKind::New(site) }
            }
            Builtin::Panic => {
                let v = self.value(&args[0]);
                let v = self.assign_to(v, args[0].span, &Type::any(), "argument to panic");
                let call = builtin_expr(ir::Builtin::Panic, vec![v], Type::tuple(Vec::new()));
                return Operand::NoValue(call);
            }
            // The frame pointer of the function that calls recover (for
            // `defer recover()`, of the function that defers it): the
            // runtime checks that a deferred call made this call.
            Builtin::Recover => {
                self.uses_recover = true;
                let frame = ir::Expr { ty: Type::Basic(Basic::Uintptr), kind: ExprKind::FramePointer };
                builtin_expr(ir::Builtin::Recover, vec![frame], Type::any())
            }
            Builtin::Min | Builtin::Max => self.min_max(e, builtin, args),
            Builtin::Complex => self.complex(e, args),
            Builtin::Delete => {
                let m = self.value(&args[0]);
                let Type::Map(key, _) = m.ty.underlying() else {
                    if m.ty != Type::Invalid {
                        let msg = format!("invalid argument: {} is not a map", self.describe(&m, args[0].span));
                        self.error(args[0].span, msg);
                    }
                    return Operand::Invalid;
                };
                let k = self.value(&args[1]);
                let k = self.assign_to(k, args[1].span, &key, "argument to delete");
                return Operand::NoValue(builtin_expr(ir::Builtin::Delete, vec![m, k], Type::tuple(Vec::new())));
            }
            Builtin::Real | Builtin::Imag => self.real_imag(builtin, &args[0]),
            Builtin::Clear => {
                let s = self.value(&args[0]);
                if s.ty != Type::Invalid && !matches!(s.ty.underlying(), Type::Slice(_) | Type::Map(..)) {
                    let msg = format!("invalid argument: {} must be a map or slice", self.describe(&s, args[0].span));
                    self.error(args[0].span, msg);
                    return Operand::Invalid;
                }
                return Operand::NoValue(builtin_expr(ir::Builtin::Clear, vec![s], Type::tuple(Vec::new())));
            }
        };
        Operand::Value(value)
    }

    fn len_cap(&mut self, builtin: Builtin, arg: &ast::Expr) -> ir::Expr {
        let x = self.value(arg);
        if x.ty == Type::Invalid {
            return invalid();
        }
        let array_len = x.ty.array_len();
        if let Some(n) = array_len {
            if !x.contains_call() {
                return ir::Expr { ty: Type::INT, kind: ExprKind::Const(Value::int(n as i64)) };
            }
        }
        let ok = match builtin {
            Builtin::Len => x.ty.is_string() || matches!(x.ty.underlying(), Type::Slice(_) | Type::Map(..)),
            _ => matches!(x.ty.underlying(), Type::Slice(_)),
        };
        if !ok {
            let msg = format!("invalid argument: {} for built-in {}", self.describe(&x, arg.span), builtin.name());
            self.error(arg.span, msg);
            return invalid();
        }
        if let ExprKind::Const(Value::String(s)) = &x.kind {
            return ir::Expr { ty: Type::INT, kind: ExprKind::Const(Value::int(s.len() as i64)) };
        }
        let which = if builtin == Builtin::Len { ir::Builtin::Len } else { ir::Builtin::Cap };
        builtin_expr(which, vec![x], Type::INT)
    }

    fn append(&mut self, e: &ast::Expr, args: &[ast::Expr], ellipsis: bool) -> ir::Expr {
        if let [arg @ ast::Expr { kind: ast::ExprKind::Call { .. }, .. }] = args {
            // `append(f())`: f's first result is the slice, the rest elements.
            let x = self.multi_value(arg);
            if let Type::Tuple(types) = &x.ty {
                let slice = types[0].clone();
                let fits = match slice.underlying() {
                    Type::Slice(elem) => types[1..].iter().all(|t| super::relation::assignable(t, &elem)),
                    _ => false,
                };
                if !fits {
                    let msg = format!("invalid argument: {} cannot be passed to append", self.text(arg.span));
                    self.error(arg.span, msg);
                    return invalid();
                }
                return builtin_expr(ir::Builtin::Append, vec![x], slice);
            }
            return self.append_to(e, x, args, ellipsis);
        }
        let s = self.value(&args[0]);
        self.append_to(e, s, args, ellipsis)
    }

    /// `append(s, args[1..])` with `s` already checked.
    fn append_to(&mut self, e: &ast::Expr, s: ir::Expr, args: &[ast::Expr], ellipsis: bool) -> ir::Expr {
        if s.ty == Type::Invalid {
            args[1..].iter().for_each(|a| {
                self.value(a);
            });
            return invalid();
        }
        let Type::Slice(elem) = s.ty.underlying() else {
            let msg = if s.ty.basic() == Some(Basic::UntypedNil) {
                "invalid argument: first argument to append must be a typed slice; have untyped nil".to_string()
            } else {
                format!("invalid argument: {} is not a slice", self.describe(&s, args[0].span))
            };
            self.error(args[0].span, msg);
            return invalid();
        };
        let ty = s.ty.clone();
        if ellipsis {
            if args.len() != 2 {
                self.error(e.span, "can only use ... with final argument in list");
                return invalid();
            }
            let t = self.value(&args[1]);
            let is_bytes_from_string = t.ty.is_string() && elem.basic() == Some(Basic::Uint8);
            let t = if is_bytes_from_string && t.ty.is_untyped() {
                self.default_value(t, args[1].span, "append")
            } else if is_bytes_from_string {
                t
            } else {
                self.assign_to(t, args[1].span, &Type::Slice(elem), "append")
            };
            return builtin_expr(ir::Builtin::AppendSpread, vec![s, t], ty);
        }
        let mut values = vec![s];
        for a in &args[1..] {
            let v = self.value(a);
            values.push(self.assign_to(v, a.span, &elem, "argument to append"));
        }
        builtin_expr(ir::Builtin::Append, values, ty)
    }

    fn copy_builtin(&mut self, args: &[ast::Expr]) -> ir::Expr {
        let dst = self.value(&args[0]);
        let src = self.value(&args[1]);
        if dst.ty == Type::Invalid || src.ty == Type::Invalid {
            return invalid();
        }
        let Type::Slice(elem) = dst.ty.underlying() else {
            let msg =
                format!("invalid argument: copy expects slice arguments; found {}", self.describe(&dst, args[0].span));
            self.error(args[0].span, msg);
            return invalid();
        };
        let src_ok = match src.ty.underlying() {
            Type::Slice(e) => e == elem,
            _ => src.ty.is_string() && elem.basic() == Some(Basic::Uint8),
        };
        if !src_ok {
            let msg = format!(
                "invalid argument: arguments to copy {} and {} have different element types",
                self.describe(&dst, args[0].span),
                self.describe(&src, args[1].span)
            );
            self.error(args[0].span, msg);
            return invalid();
        }
        let src = if src.ty.is_untyped() { self.default_value(src, args[1].span, "copy") } else { src };
        builtin_expr(ir::Builtin::Copy, vec![dst, src], Type::INT)
    }

    fn make(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> ir::Expr {
        let ty = self.type_expr(&args[0]);
        match ty.underlying() {
            Type::Invalid => return invalid(),
            Type::Map(..) => {
                let mut hint = Vec::new();
                if let Some(h) = args.get(1) {
                    let v = self.value(h);
                    hint.push(if v.ty.is_untyped() {
                        self.assign_to(v, h.span, &Type::INT, "argument to make")
                    } else {
                        v
                    });
                }
                if args.len() > 2 {
                    let text = self.text(e.span);
                    self.error(
                        e.span,
                        format!("invalid operation: {text} expects 1 or 2 arguments; found {}", args.len()),
                    );
                }
                let site = ir::Site::new(call_paren(e), self.text(e.span));
                let hint = hint.pop().map(Box::new);
                return ir::Expr { ty, kind: ExprKind::MakeMap { hint, site } };
            }
            Type::Slice(_) => {}
            _ => {
                self.error(
                    args[0].span,
                    format!(
                        "invalid argument: cannot make {}; type must be slice, map, or channel",
                        self.text(args[0].span)
                    ),
                );
                return invalid();
            }
        }
        if args.len() < 2 {
            let text = self.text(e.span);
            self.error(e.span, format!("invalid operation: {text} expects 2 or 3 arguments; found 1"));
            return invalid();
        }
        let mut sizes = Vec::new();
        for a in &args[1..] {
            let v = self.value(a);
            if v.ty == Type::Invalid {
                return invalid();
            }
            if !v.ty.is_integer() && !(v.ty.is_untyped() && v.ty.is_numeric()) {
                let msg = format!("cannot convert {} to type int", self.describe(&v, a.span));
                self.error(a.span, msg);
                return invalid();
            }
            if let ExprKind::Const(c) = &v.kind {
                if c.as_int().is_some_and(|n| n.is_negative()) {
                    let msg = format!("invalid argument: index {} must not be negative", self.describe(&v, a.span));
                    self.error(a.span, msg);
                    return invalid();
                }
            }
            sizes.push(if v.ty.is_untyped() { self.assign_to(v, a.span, &Type::INT, "argument to make") } else { v });
        }
        if let [ir::Expr { kind: ExprKind::Const(len), .. }, ir::Expr { kind: ExprKind::Const(cap), .. }] =
            sizes.as_slice()
        {
            if len.to_i64() > cap.to_i64() {
                self.error(args[1].span, "invalid argument: length and capacity swapped");
                return invalid();
            }
        }
        let site = ir::Site::new(call_paren(e), self.text(e.span));
        let mut sizes = sizes.into_iter().map(Box::new);
        let len = sizes.next().expect("make has a length");
        ir::Expr { ty, kind: ExprKind::MakeSlice { len, cap: sizes.next(), site } }
    }

    fn min_max(&mut self, e: &ast::Expr, builtin: Builtin, args: &[ast::Expr]) -> ir::Expr {
        let mut values: Vec<(ir::Expr, crate::source::Span)> = Vec::new();
        for a in args {
            values.push((self.value(a), a.span));
        }
        if values.iter().any(|(v, _)| v.ty == Type::Invalid) {
            return invalid();
        }
        // All operands take one type, as the operands of `<` would.
        let typed = values.iter().find(|(v, _)| !v.ty.is_untyped()).map(|(v, _)| v.ty.clone());
        let ty = typed.unwrap_or_else(|| values.iter().map(|(v, _)| v.ty.clone()).max_by_key(untyped_rank).unwrap());
        let mut converted = Vec::new();
        for (v, span) in values {
            if !v.ty.is_ordered() {
                let msg = format!("invalid argument: {} cannot be ordered", self.describe(&v, span));
                self.error(span, msg);
                return invalid();
            }
            let v = if v.ty.is_untyped() && !ty.is_untyped() {
                self.assign_to(v, span, &ty, "argument to min/max")
            } else {
                v
            };
            if v.ty != ty && !v.ty.is_untyped() {
                let text = self.text(e.span);
                self.error(span, format!("invalid argument: mismatched types in {text}"));
                return invalid();
            }
            converted.push(v);
        }
        let consts: Option<Vec<Value>> =
            converted.iter().map(|v| if let ExprKind::Const(c) = &v.kind { Some(c.clone()) } else { None }).collect();
        if let Some(consts) = consts {
            let pick = consts
                .into_iter()
                .reduce(|a, b| {
                    let basic = ty.basic().expect("constants have basic types");
                    let a_first = match Value::compare(crate::syntax::ast::BinaryOp::Lt, &a, &b, basic) {
                        Ok(lt) => lt == (builtin == Builtin::Min),
                        _ => true,
                    };
                    if a_first {
                        a
                    } else {
                        b
                    }
                })
                .unwrap();
            return ir::Expr { ty, kind: ExprKind::Const(pick) };
        }
        let ty = ty.default_type();
        let converted = converted
            .into_iter()
            .map(|v| if v.ty.is_untyped() { ir::Expr { ty: ty.clone(), ..v } } else { v })
            .collect();
        let which = if builtin == Builtin::Min { ir::Builtin::Min } else { ir::Builtin::Max };
        builtin_expr(which, converted, ty)
    }
}

impl Checker<'_> {
    /// `complex(re, im)`: floats of one type give the complex type of
    /// twice the size; untyped constants give an untyped complex constant.
    fn complex(&mut self, e: &ast::Expr, args: &[ast::Expr]) -> ir::Expr {
        if let [arg] = args {
            // `complex(f())` with two float results of one type.
            let x = self.multi_value(arg);
            return match &x.ty {
                Type::Tuple(t) if t.len() == 2 && t[0] == t[1] && t[0].is_float() && !t[0].is_untyped() => {
                    let result =
                        if t[0].basic() == Some(Basic::Float32) { Basic::Complex64 } else { Basic::Complex128 };
                    builtin_expr(ir::Builtin::Complex, vec![x], Type::Basic(result))
                }
                Type::Invalid => invalid(),
                _ => {
                    let text = self.text(e.span);
                    self.error(e.span, format!("not enough arguments for {text} (expected 2, found 1)"));
                    invalid()
                }
            };
        }
        let re = self.value(&args[0]);
        let im = self.value(&args[1]);
        if re.ty == Type::Invalid || im.ty == Type::Invalid {
            return invalid();
        }
        // An untyped operand takes the other's type (float64 if both are).
        let target = if !re.ty.is_untyped() {
            re.ty.clone()
        } else if !im.ty.is_untyped() {
            im.ty.clone()
        } else {
            Type::UNTYPED_FLOAT
        };
        if !target.is_float() {
            let msg = format!(
                "invalid operation: complex({}, {}) (float arguments required)",
                self.text(args[0].span),
                self.text(args[1].span)
            );
            self.error(e.span, msg);
            return invalid();
        }
        let re = self.assign_to(re, args[0].span, &target, "argument to complex");
        let im = self.assign_to(im, args[1].span, &target, "argument to complex");
        if re.ty == Type::Invalid || im.ty == Type::Invalid {
            return invalid();
        }
        let result = match target.basic() {
            Some(Basic::Float32) => Type::Basic(Basic::Complex64),
            Some(Basic::UntypedFloat) => Type::UNTYPED_COMPLEX,
            _ => Type::Basic(Basic::Complex128),
        };
        if let (ExprKind::Const(a), ExprKind::Const(b)) = (&re.kind, &im.kind) {
            if let (Some(a), Some(b)) = (a.to_float(), b.to_float()) {
                return ir::Expr { ty: result, kind: ExprKind::Const(Value::Complex(a, b)) };
            }
        }
        builtin_expr(ir::Builtin::Complex, vec![re, im], result)
    }

    /// `real(c)` and `imag(c)`.
    fn real_imag(&mut self, builtin: Builtin, arg: &ast::Expr) -> ir::Expr {
        let c = self.value(arg);
        if c.ty == Type::Invalid {
            return invalid();
        }
        let c = if c.ty.is_untyped() && c.ty.is_numeric() { ir::Expr { ty: Type::UNTYPED_COMPLEX, ..c } } else { c };
        let result = match c.ty.basic() {
            Some(Basic::Complex64) => Type::Basic(Basic::Float32),
            Some(Basic::Complex128) => Type::Basic(Basic::Float64),
            Some(Basic::UntypedComplex) => Type::UNTYPED_FLOAT,
            _ => {
                let msg = format!("invalid argument: {} must be of complex type", self.describe(&c, arg.span));
                self.error(arg.span, msg);
                return invalid();
            }
        };
        if let ExprKind::Const(v) = &c.kind {
            if let Some((re, im)) = v.to_complex() {
                let part = if builtin == Builtin::Real { re } else { im };
                return ir::Expr { ty: result, kind: ExprKind::Const(Value::Float(part)) };
            }
        }
        let which = if builtin == Builtin::Real { ir::Builtin::Real } else { ir::Builtin::Imag };
        builtin_expr(which, vec![c], result)
    }
}

/// Where gc places the allocation site of a call-like expression: its
/// opening parenthesis.
pub(super) fn call_paren(e: &ast::Expr) -> Span {
    match &e.kind {
        ast::ExprKind::Call { func, .. } => Span::new(func.span.hi, func.span.hi + 1),
        _ => e.span,
    }
}

fn builtin_expr(builtin: ir::Builtin, args: Vec<ir::Expr>, ty: Type) -> ir::Expr {
    ir::Expr { ty, kind: ExprKind::Builtin(builtin, args) }
}

impl Builtin {
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Len => "len",
            Builtin::Cap => "cap",
            Builtin::Append => "append",
            Builtin::Copy => "copy",
            Builtin::Make => "make",
            Builtin::New => "new",
            Builtin::Panic => "panic",
            Builtin::Recover => "recover",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Clear => "clear",
            Builtin::Complex => "complex",
            Builtin::Delete => "delete",
            Builtin::Real => "real",
            Builtin::Imag => "imag",
        }
    }

    /// The least and most arguments it takes (`None`: no limit).
    fn arity(self) -> (usize, Option<usize>) {
        match self {
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Len | Builtin::Cap | Builtin::New | Builtin::Panic | Builtin::Clear => (1, Some(1)),
            Builtin::Real | Builtin::Imag => (1, Some(1)),
            Builtin::Complex => (1, Some(2)),
            Builtin::Append | Builtin::Min | Builtin::Max => (1, None),
            Builtin::Copy | Builtin::Delete => (2, Some(2)),
            Builtin::Recover => (0, Some(0)),
            Builtin::Make => (1, Some(3)),
        }
    }
}
