//! Selectors `x.f`: struct fields and methods, found through embedded
//! fields at the shallowest depth (Go spec, "Selectors"), with automatic
//! dereference of pointers to structs.

use super::expr::Operand;
use super::layout;
use super::method::find_method;
use super::ty::{Method, Named, Type};
use super::Checker;
use crate::ir::{self, ExprKind};
use crate::syntax::ast;
use std::rc::Rc;

/// One step of a field path: the field's index in its struct.
type Path = Vec<usize>;

enum Lookup {
    Field(Path),
    /// A method of the type reached by the path of embedded fields.
    Method(Path, Method),
    /// Method `index` of the interface type reached by the path.
    IfaceMethod(Path, Type, usize),
    NotFound,
    Ambiguous,
}

impl Checker<'_> {
    pub(super) fn selector(&mut self, e: &ast::Expr, x: &ast::Expr, sel: &ast::Ident) -> Operand {
        let base = match self.operand(x) {
            Operand::Value(v) => v,
            Operand::Invalid => return Operand::Invalid,
            Operand::Type(ty) => return self.method_expr(e, &ty, sel),
            Operand::Package(p) => return self.qualified(p, sel),
            _ => {
                let text = self.text(x.span);
                self.error(x.span, format!("{text} is not a value"));
                return Operand::Invalid;
            }
        };
        // A type already reported invalid (such as a recursive one).
        if base.ty == Type::Invalid || base.ty.underlying() == Type::Invalid {
            return Operand::Invalid;
        }
        if let Some(iface) = base.ty.interface() {
            return match iface.methods.iter().position(|m| m.name == sel.name) {
                Some(index) => Operand::IfaceMethod { recv: base, index, sig: iface.methods[index].sig.clone() },
                None => {
                    let text = self.text(e.span);
                    let msg = format!("{text} undefined (type {} has no field or method {})", base.ty, sel.name);
                    self.error(sel.span, msg);
                    Operand::Invalid
                }
            };
        }
        match find_member(&base.ty, &sel.name) {
            Lookup::Field(path) => Operand::Value(self.field_path(base, &path)),
            Lookup::Method(path, method) => {
                let recv = self.field_path(base, &path);
                Operand::Method { recv, method, span: x.span }
            }
            Lookup::IfaceMethod(path, iface, index) => {
                let recv = self.field_path(base, &path);
                let sig = iface.interface().expect("interface").methods[index].sig.clone();
                Operand::IfaceMethod { recv, index, sig }
            }
            Lookup::Ambiguous => {
                let text = self.text(e.span);
                self.error(sel.span, format!("ambiguous selector {text}"));
                Operand::Invalid
            }
            Lookup::NotFound => {
                let text = self.text(e.span);
                let mut detail = format!("type {} has no field or method {}", base.ty, sel.name);
                // gc's hint when only the case differs from an exported name.
                let capitalized: String = sel
                    .name
                    .chars()
                    .next()
                    .map(|c| c.to_uppercase().chain(sel.name.chars().skip(1)).collect())
                    .unwrap_or_default();
                if capitalized != sel.name && !matches!(find_member(&base.ty, &capitalized), Lookup::NotFound) {
                    detail.push_str(&format!(", but does have {capitalized}"));
                }
                self.error(sel.span, format!("{text} undefined ({detail})"));
                Operand::Invalid
            }
        }
    }

    /// The method `name` of type `t`, possibly promoted through embedded
    /// fields (the path to the receiver), an embedded interface's included.
    pub(super) fn method_path(&mut self, t: &Type, name: &str) -> Option<(Path, Method)> {
        match find_member(t, name) {
            Lookup::Method(path, method) => Some((path, method)),
            Lookup::IfaceMethod(path, iface, index) => {
                let func = self.iface_method_func(&iface, index, false);
                Some((path, Method { name: name.to_string(), func, pointer_recv: false }))
            }
            _ => None,
        }
    }

    /// `base.f1.f2...` along a path of field indices, dereferencing
    /// pointers on the way.
    pub(super) fn field_path(&mut self, mut x: ir::Expr, path: &[usize]) -> ir::Expr {
        for &index in path {
            if let Type::Pointer(elem) = x.ty.underlying() {
                x = ir::Expr { ty: (*elem).clone(), kind: ExprKind::Deref(Box::new(x)) };
            }
            let Type::Struct(s) = x.ty.underlying() else { unreachable!("field path through a non-struct") };
            let (offsets, _) = layout::struct_layout(&s);
            x = ir::Expr { ty: s.fields[index].ty.clone(), kind: ExprKind::Field(Box::new(x), offsets[index]) };
        }
        x
    }
}

/// The struct type `t` denotes, directly or through a pointer.
fn struct_of(t: &Type) -> Option<std::rc::Rc<super::ty::Struct>> {
    match t.underlying() {
        Type::Struct(s) => Some(s),
        Type::Pointer(elem) => match elem.underlying() {
            Type::Struct(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// The named type `t` is, or points to.
fn named_of(t: &Type) -> Option<Rc<Named>> {
    match t {
        Type::Named(named) => Some(named.clone()),
        Type::Pointer(elem) => match &**elem {
            Type::Named(named) => Some(named.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Breadth-first search for field or method `name`: the shallowest match
/// wins, two at the same depth are ambiguous.
fn find_member(t: &Type, name: &str) -> Lookup {
    let mut level: Vec<(Type, Path)> = vec![(t.clone(), Vec::new())];
    let mut seen: Vec<Type> = Vec::new();
    while !level.is_empty() {
        let mut found = Vec::new();
        let mut next = Vec::new();
        for (ty, path) in &level {
            if let Some(method) = named_of(ty).and_then(|n| find_method(&n, name)) {
                found.push(Lookup::Method(path.clone(), method));
            }
            if let Some(index) = ty.interface().and_then(|i| i.methods.iter().position(|m| m.name == name)) {
                found.push(Lookup::IfaceMethod(path.clone(), ty.clone(), index));
            }
            let Some(s) = struct_of(ty) else { continue };
            for (i, field) in s.fields.iter().enumerate() {
                let mut field_path = path.clone();
                field_path.push(i);
                if field.name == name {
                    found.push(Lookup::Field(field_path));
                } else if field.embedded && !seen.contains(&field.ty) {
                    seen.push(field.ty.clone());
                    next.push((field.ty.clone(), field_path));
                }
            }
        }
        match found.len() {
            0 => level = next,
            1 => return found.pop().unwrap(),
            _ => return Lookup::Ambiguous,
        }
    }
    Lookup::NotFound
}
