//! Composite literals: structs (keyed or positional), arrays (with index
//! keys and `[...]` length) and slices, with elided element types inside
//! (`[]Point{{1, 2}}`, and `&T` elided to `{...}` for pointer elements).

use super::expr::invalid;
use super::layout;
use super::ty::{Basic, Type};
use super::Checker;
use crate::ir::{self, ExprKind};
use crate::source::Span;
use crate::syntax::ast;
use std::rc::Rc;

impl Checker<'_> {
    /// `T{...}`; `hint` is the element type of an enclosing literal when
    /// `T` is elided.
    pub(super) fn composite_lit(
        &mut self,
        span: Span,
        ty_expr: Option<&ast::Expr>,
        elems: &[ast::Element],
        hint: Option<&Type>,
    ) -> ir::Expr {
        let ty = match (ty_expr, hint) {
            (Some(ast::Expr { kind: ast::ExprKind::ArrayType { len: ast::ArrayLen::Ellipsis, elem }, .. }), _) => {
                // `[...]T{...}`: as long as its largest index needs.
                let elem = Rc::new(self.type_expr(elem));
                let parts = self.indexed_elements(elems, &elem, None);
                let len = parts.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
                let size = layout::size_of(&elem);
                let parts = parts.into_iter().map(|(i, v)| (i * size, v)).collect();
                return ir::Expr { ty: Type::Array(len, elem), kind: ExprKind::Composite(parts) };
            }
            (Some(t), _) => self.type_expr(t),
            (None, Some(hint)) => hint.clone(),
            (None, None) => {
                self.error(span, "invalid composite literal type: missing type");
                return invalid();
            }
        };
        if let Type::Pointer(elem) = ty.underlying() {
            // `{...}` for a `*T` element stands for `&T{...}`.
            if ty_expr.is_none() {
                let lit = self.composite_lit(span, None, elems, Some(&elem));
                let body = if elems.is_empty() { "{}" } else { "{...}" };
                let site = ir::Site::new(span, format!("&{elem}{body}"));
                return ir::Expr { ty: ty.clone(), kind: ExprKind::AddrOf(Box::new(lit), Some(site)) };
            }
        }
        // gc names the type as written (`[]rune`, not `[]int32`).
        let ty_text = ty_expr.map_or_else(|| ty.to_string(), |t| self.text(t.span));
        match ty.underlying() {
            Type::Invalid => {
                for el in elems {
                    self.value(&el.value);
                }
                invalid()
            }
            Type::Struct(s) => self.struct_lit(span, &ty, &s, elems),
            Type::Array(len, elem) => {
                let parts = self.indexed_elements(elems, &elem, Some(len));
                let size = layout::size_of(&elem);
                let parts = parts.into_iter().map(|(i, v)| (i * size, v)).collect();
                ir::Expr { ty, kind: ExprKind::Composite(parts) }
            }
            Type::Map(key, elem) => {
                // gc places it at the opening brace.
                let brace = ty_expr.map_or(span, |t| Span::new(t.span.hi, t.span.hi + 1));
                let body = if elems.is_empty() { "{}" } else { "{...}" };
                let site = ir::Site::new(brace, format!("{ty_text}{body}"));
                let entries = self.map_lit(&key, &elem, elems);
                ir::Expr { ty, kind: ExprKind::MapLit { entries, site } }
            }
            Type::Slice(elem) => {
                let parts = self.indexed_elements(elems, &elem, None);
                let len = parts.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
                // gc places it at the opening brace.
                let brace = ty_expr.map_or(span, |t| Span::new(t.span.hi, t.span.hi + 1));
                let body = if parts.is_empty() { "{}" } else { "{...}" };
                let site = ir::Site::new(brace, format!("{ty_text}{body}"));
                ir::Expr { ty, kind: ExprKind::SliceLit { len, elems: parts, site } }
            }
            _ => {
                self.error(span, format!("invalid composite literal type {ty}"));
                invalid()
            }
        }
    }

    fn struct_lit(&mut self, span: Span, ty: &Type, s: &super::ty::Struct, elems: &[ast::Element]) -> ir::Expr {
        let (offsets, _) = layout::struct_layout(s);
        let mut parts = Vec::new();
        let keyed = elems.first().is_some_and(|e| e.key.is_some());
        if keyed {
            let mut seen: Vec<usize> = Vec::new();
            for el in elems {
                let Some(ast::Expr { kind: ast::ExprKind::Ident(name), .. }) = &el.key else {
                    let at = el.key.as_ref().map_or(el.value.span, |k| k.span);
                    self.error(at, "mixture of field:value and value elements in struct literal");
                    self.value(&el.value);
                    continue;
                };
                let Some(index) = s.fields.iter().position(|f| f.name == name.name) else {
                    self.error(name.span, format!("unknown field {} in struct literal of type {ty}", name.name));
                    self.value(&el.value);
                    continue;
                };
                if seen.contains(&index) {
                    self.error(name.span, format!("duplicate field name {} in struct literal", name.name));
                }
                seen.push(index);
                let value = self.element_value(&el.value, &s.fields[index].ty, "struct literal");
                parts.push((offsets[index], value));
            }
        } else {
            for (i, el) in elems.iter().enumerate() {
                if el.key.is_some() {
                    self.error(el.value.span, "mixture of field:value and value elements in struct literal");
                    continue;
                }
                let Some(field) = s.fields.get(i) else {
                    self.error(el.value.span, format!("too many values in struct literal of type {ty}"));
                    break;
                };
                let value = self.element_value(&el.value, &field.ty, "struct literal");
                parts.push((offsets[i], value));
            }
            if !elems.is_empty() && elems.len() < s.fields.len() {
                self.error(Span::new(span.hi - 1, span.hi), format!("too few values in struct literal of type {ty}"));
            }
        }
        ir::Expr { ty: ty.clone(), kind: ExprKind::Composite(parts) }
    }

    /// `map[K]V{k: v, ...}`; constant keys must not repeat.
    fn map_lit(&mut self, key: &Type, elem: &Type, elems: &[ast::Element]) -> Vec<(ir::Expr, ir::Expr)> {
        let mut entries = Vec::new();
        let mut seen: Vec<crate::types::constant::Value> = Vec::new();
        for el in elems {
            let Some(k) = &el.key else {
                self.error(el.value.span, "missing key in map literal");
                continue;
            };
            let k_value = self.element_value(k, key, "map literal");
            if let ExprKind::Const(c) = &k_value.kind {
                if seen.contains(c) {
                    let text = self.text(k.span);
                    self.error(k.span, format!("duplicate key {text} in map literal"));
                }
                seen.push(c.clone());
            }
            let v = self.element_value(&el.value, elem, "map literal");
            entries.push((k_value, v));
        }
        entries
    }

    /// The elements of an array or slice literal with their indices.
    fn indexed_elements(&mut self, elems: &[ast::Element], elem: &Type, len: Option<u64>) -> Vec<(u64, ir::Expr)> {
        let mut parts: Vec<(u64, ir::Expr)> = Vec::new();
        let mut next = 0u64;
        for el in elems {
            if let Some(key) = &el.key {
                match self.constant_index(key) {
                    Some(i) => next = i,
                    None => {
                        self.element_value(&el.value, elem, "array or slice literal");
                        continue;
                    }
                }
            }
            if len.is_some_and(|n| next >= n) {
                let n = len.unwrap();
                self.error(el.value.span, format!("index {next} out of bounds [0:{n}]"));
            } else if parts.iter().any(|(i, _)| *i == next) {
                self.error(el.value.span, format!("duplicate index {next} in array or slice literal"));
            }
            let value = self.element_value(&el.value, elem, "array or slice literal");
            parts.push((next, value));
            next += 1;
        }
        parts
    }

    fn constant_index(&mut self, key: &ast::Expr) -> Option<u64> {
        let x = self.value(key);
        match &x.kind {
            ExprKind::Const(c) if x.ty.is_numeric() && c.representable(Basic::Int).is_ok() => {
                let index = c.representable(Basic::Int).ok().and_then(|v| v.to_i64()).unwrap_or(0);
                if index < 0 {
                    let as_int = ir::Expr { ty: Type::INT, kind: x.kind };
                    let msg =
                        format!("invalid argument: index {} must not be negative", self.describe(&as_int, key.span));
                    self.error(key.span, msg);
                    return None;
                }
                Some(index as u64)
            }
            _ if x.ty == Type::Invalid => None,
            _ => {
                let text = self.text(key.span);
                self.error(key.span, format!("index {text} must be integer constant"));
                None
            }
        }
    }

    /// An element value of type `elem`, which an elided literal takes.
    fn element_value(&mut self, value: &ast::Expr, elem: &Type, context: &str) -> ir::Expr {
        let x = match &value.kind {
            ast::ExprKind::CompositeLit { ty: None, elems } => self.composite_lit(value.span, None, elems, Some(elem)),
            _ => self.value(value),
        };
        // gc reports a conversion to an interface where it places the
        // value: a call or conversion at its parenthesis.
        let at = match &value.kind {
            ast::ExprKind::Call { .. } => super::builtin::call_paren(value),
            _ => value.span,
        };
        Self::conversion_at(self.assign_to(x, value.span, elem, context), value, at)
    }
}
