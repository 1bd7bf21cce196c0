//! Constant declarations: `const` groups with `iota` and implicit
//! repetition of the previous line's type and expressions.
//!
//! A package-level constant is resolved on first use (it may refer to
//! constants declared later); a cycle is an error. A local constant is
//! evaluated where it is declared.

use super::constant::Value;
use super::scope::Entity;
use super::ty::Type;
use super::typexpr::Resolution;
use super::{Checker, FuncCtx};
use crate::ir::{self, ExprKind};
use crate::syntax::ast;

/// One name of a package-level `const` line.
pub struct ConstDecl<'a> {
    pub name: &'a ast::Ident,
    /// Position of the name in its line.
    pub index: usize,
    /// The line, and the line whose type and expressions it uses (itself,
    /// or the last line before it with expressions).
    pub spec: &'a ast::ValueSpec,
    pub source: &'a ast::ValueSpec,
    pub file: usize,
    pub state: Resolution,
    pub value: Option<(Value, Type)>,
}

impl<'a> Checker<'a> {
    /// Declares the names of a package-level `const` group.
    pub(super) fn collect_const_group(&mut self, specs: &'a [ast::ValueSpec]) {
        let mut source: Option<&'a ast::ValueSpec> = None;
        for spec in specs {
            if !spec.values.is_empty() || source.is_none() {
                source = Some(spec);
            }
            let source = source.unwrap();
            for (index, name) in spec.names.iter().enumerate() {
                self.check_reserved_name(name);
                let id = self.const_decls.len();
                self.const_decls.push(ConstDecl {
                    name,
                    index,
                    spec,
                    source,
                    file: self.file,
                    state: Resolution::Pending,
                    value: None,
                });
                if !name.is_blank() {
                    if let Err(earlier) = self.scopes.declare(&name.name, Entity::ConstDecl(id), name.span) {
                        self.redeclared(name, earlier);
                    }
                }
            }
        }
    }

    /// Checks every package-level constant (also those never used).
    pub(super) fn resolve_const_decls(&mut self) {
        for id in 0..self.const_decls.len() {
            self.const_decl_value(id);
        }
    }

    /// The value of a package-level constant, evaluating it if needed.
    pub(super) fn const_decl_value(&mut self, id: usize) -> Option<(Value, Type)> {
        let decl = &self.const_decls[id];
        match decl.state {
            Resolution::Done => return decl.value.clone(),
            Resolution::Resolving => {
                let (name, file) = (decl.name, decl.file);
                let saved = self.set_file(file);
                self.error(name.span, format!("initialization cycle or invalid recursive constant {}", name.name));
                self.set_file(saved);
                return None;
            }
            Resolution::Pending => {}
        }
        let (spec, source, index, file) = (decl.spec, decl.source, decl.index, decl.file);
        self.const_decls[id].state = Resolution::Resolving;
        let (value, _) = self.at_package_level(file, FuncCtx::default(), |c| c.const_value(spec, source, index));
        self.const_decls[id].state = Resolution::Done;
        self.const_decls[id].value = value.clone();
        value
    }

    /// A `const` line inside a function: evaluated and declared at once.
    pub(super) fn local_const_group(&mut self, specs: &[ast::ValueSpec]) {
        let mut source: Option<&ast::ValueSpec> = None;
        for spec in specs {
            if !spec.values.is_empty() || source.is_none() {
                source = Some(spec);
            }
            let values: Vec<Option<(Value, Type)>> =
                (0..spec.names.len()).map(|i| self.const_value(spec, source.unwrap(), i)).collect();
            for (name, value) in spec.names.iter().zip(values) {
                if name.is_blank() {
                    continue;
                }
                let (value, ty) = value.unwrap_or((Value::int(0), Type::Invalid));
                if let Err(earlier) = self.scopes.declare(&name.name, Entity::Const(value, ty), name.span) {
                    self.redeclared(name, earlier);
                }
            }
        }
    }

    /// The value of name `index` of line `spec`, from `source`'s type and
    /// expressions with `iota` the index of `spec` in its group.
    fn const_value(&mut self, spec: &ast::ValueSpec, source: &ast::ValueSpec, index: usize) -> Option<(Value, Type)> {
        let name = &spec.names[index];
        // A line with a type must have its own values.
        if source.values.is_empty() || (spec.values.is_empty() && spec.ty.is_some()) {
            self.error(name.span, format!("missing init expr for {}", name.name));
            return None;
        }
        let Some(e) = source.values.get(index) else {
            self.error(name.span, format!("missing init expr for {}", name.name));
            return None;
        };
        if index == 0 && source.values.len() > spec.names.len() {
            let extra = source.values[spec.names.len()].span;
            if std::ptr::eq(spec, source) {
                self.error(extra, "extra init expr");
            } else {
                let at = self.sources[self.file].position(extra.lo);
                self.error(name.span, format!("extra init expr at {at}"));
            }
        }
        let saved = self.iota.replace(spec.iota as i64);
        let x = self.value(e);
        let declared = source.ty.as_ref().map(|t| self.type_expr(t));
        self.iota = saved;
        if x.ty == Type::Invalid {
            return None;
        }
        if !matches!(x.kind, ExprKind::Const(_)) {
            let msg = format!("{} is not constant", self.describe(&x, e.span));
            self.error(e.span, msg);
            return None;
        }
        let x: ir::Expr = match declared {
            Some(Type::Invalid) => return None,
            Some(ty) if ty.basic().is_none() => {
                self.error(e.span, format!("invalid constant type {ty}"));
                return None;
            }
            Some(ty) => self.assign_to(x, e.span, &ty, "constant declaration"),
            None => x,
        };
        match x.kind {
            ExprKind::Const(v) if x.ty != Type::Invalid => Some((v, x.ty)),
            _ => None,
        }
    }
}
