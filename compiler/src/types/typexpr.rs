//! Types written in the source, and type declarations.
//!
//! A declared type is created before its definition is checked, so that
//! `type Node struct { next *Node }` refers to itself. At package level
//! every declaration is resolved in order, and one that needs another's
//! underlying type (`type A B; type B int`) resolves it first; a cycle
//! through underlying types is an invalid recursive type.

use super::expr::Operand;
use super::scope::Entity;
use super::ty::{Basic, Field, Named, Signature, Struct, Type};
use super::{Checker, FuncCtx};
use crate::ir::ExprKind;
use crate::syntax::ast;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    Pending,
    Resolving,
    Done,
}

/// A package-level `type` declaration.
pub struct TypeDecl<'a> {
    pub spec: &'a ast::TypeSpec,
    pub file: usize,
    /// The declared type; `None` for an alias until it is resolved.
    pub named: Option<Rc<Named>>,
    pub state: Resolution,
    /// Whether it was checked for containing itself.
    pub checked_recursion: bool,
}

impl<'a> Checker<'a> {
    /// A type written in the source, where a value's type is expected.
    pub(super) fn type_expr(&mut self, e: &ast::Expr) -> Type {
        let ty = self.constraint_or_type_expr(e);
        // Only resolved types are known to be constraints.
        if let Type::Interface(i) = ty.underlying() {
            let why = match (i.comparable, i.terms.is_some()) {
                (true, _) => "interface is (or embeds) comparable",
                (false, true) => "interface contains type constraints",
                (false, false) => return ty,
            };
            let text = self.text(e.span);
            self.error(e.span, format!("cannot use type {text} outside a type constraint: {why}"));
            return Type::Invalid;
        }
        ty
    }

    /// A type written in the source, which may be a constraint (an
    /// interface with type terms or `comparable`).
    pub(super) fn constraint_or_type_expr(&mut self, e: &ast::Expr) -> Type {
        match &e.kind {
            ast::ExprKind::Paren(inner) => self.constraint_or_type_expr(inner),
            ast::ExprKind::Star(elem) => Type::Pointer(Rc::new(self.type_expr(elem))),
            ast::ExprKind::ArrayType { len: ast::ArrayLen::Slice, elem } => Type::Slice(Rc::new(self.type_expr(elem))),
            ast::ExprKind::ArrayType { len: ast::ArrayLen::Expr(len), elem } => {
                let len = self.array_length(len);
                let elem = self.type_expr(elem);
                match len {
                    // gc's limit on the size of any type (`MaxWidth`).
                    Some(len) if len.checked_mul(super::layout::size_of(&elem)).is_none_or(|n| n >= 1 << 50) => {
                        let ty = Type::Array(len, Rc::new(elem));
                        self.error(e.span, format!("type {ty} larger than address space"));
                        Type::Invalid
                    }
                    Some(len) => Type::Array(len, Rc::new(elem)),
                    None => Type::Invalid,
                }
            }
            ast::ExprKind::ArrayType { len: ast::ArrayLen::Ellipsis, .. } => {
                self.error(e.span, "invalid use of [...] array (outside a composite literal)");
                Type::Invalid
            }
            ast::ExprKind::StructType(fields) => self.struct_type(fields),
            ast::ExprKind::FuncType(sig) => Type::Func(Rc::new(self.signature(sig))),
            ast::ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                // Keys must be comparable (a declared type may not be
                // resolved yet: it is checked where it is declared).
                if super::expr::incomparable_part(&k).is_some() {
                    self.error(key.span, format!("invalid map key type {k}"));
                    return Type::Invalid;
                }
                Type::Map(Rc::new(k), Rc::new(v))
            }
            ast::ExprKind::ChanType { .. } => self.unsupported_type(e, "a channel type"),
            ast::ExprKind::InterfaceType(elems) => self.interface_type(elems),
            _ => {
                let text = self.text(e.span);
                match self.operand(e) {
                    Operand::Type(ty) => ty,
                    Operand::Invalid => Type::Invalid,
                    operand @ Operand::GenericType(_) => {
                        self.operand_value(e, operand);
                        Type::Invalid
                    }
                    Operand::Value(x) if !matches!(x.kind, ExprKind::Const(_)) => {
                        let what = self.describe(&x, e.span);
                        self.error(e.span, format!("{what} is not a type"));
                        Type::Invalid
                    }
                    _ => {
                        self.error(e.span, format!("{text} is not a type"));
                        Type::Invalid
                    }
                }
            }
        }
    }

    fn unsupported_type(&mut self, e: &ast::Expr, what: &str) -> Type {
        self.unsupported(e.span, what);
        Type::Invalid
    }

    /// The length of an array type: a non-negative integer constant.
    pub(super) fn array_length(&mut self, e: &ast::Expr) -> Option<u64> {
        let x = self.value(e);
        match &x.kind {
            _ if x.ty == Type::Invalid => None,
            ExprKind::Const(c) if x.ty.is_numeric() && c.representable(Basic::Int).is_ok() => {
                match c.representable(Basic::Int).ok().and_then(|v| v.to_u64()) {
                    Some(n) => Some(n),
                    None => {
                        let (text, n) = (self.text(e.span), c);
                        self.error(e.span, format!("invalid array length {text} (untyped int constant {n})"));
                        None
                    }
                }
            }
            _ => {
                let text = self.text(e.span);
                self.error(e.span, format!("array length {text} (value of type {}) must be constant", x.ty));
                None
            }
        }
    }

    fn struct_type(&mut self, fields: &[ast::Field]) -> Type {
        let mut result: Vec<Field> = Vec::new();
        for field in fields {
            let ty = self.type_expr(&field.ty);
            let tag = field
                .tag
                .as_ref()
                .map(|t| String::from_utf8_lossy(&crate::syntax::literal::unquote_string(&t.raw)).into_owned());
            if field.names.is_empty() {
                // An embedded field is named after its type (without `*`
                // and type arguments).
                let mut base = &field.ty;
                if let ast::ExprKind::Star(inner) = &base.kind {
                    base = inner;
                }
                if let ast::ExprKind::Index(generic, _) = &base.kind {
                    base = generic;
                }
                let name = match &base.kind {
                    ast::ExprKind::Ident(id) => id.name.clone(),
                    ast::ExprKind::Selector(_, id) => id.name.clone(),
                    _ => {
                        self.error(field.ty.span, "embedded field type must be a type name");
                        continue;
                    }
                };
                if result.iter().any(|f| f.name == name) {
                    self.error(field.ty.span, format!("{name} redeclared"));
                    continue;
                }
                result.push(Field { name, ty, embedded: true, tag });
                continue;
            }
            for name in &field.names {
                if !name.is_blank() && result.iter().any(|f| f.name == name.name) {
                    self.error(name.span, format!("{} redeclared", name.name));
                    continue;
                }
                result.push(Field { name: name.name.clone(), ty: ty.clone(), embedded: false, tag: tag.clone() });
            }
        }
        Type::Struct(Rc::new(Struct { fields: result }))
    }

    pub(super) fn signature(&mut self, sig: &ast::FuncType) -> Signature {
        let mut variadic = false;
        let mut params = Vec::new();
        for (i, field) in sig.params.iter().enumerate() {
            let mut ty = self.type_expr(&field.ty);
            if field.variadic {
                if i + 1 != sig.params.len() || field.names.len() > 1 {
                    self.error(field.span, "can only use ... with final parameter in list");
                }
                variadic = true;
                ty = Type::Slice(Rc::new(ty));
            }
            params.extend(std::iter::repeat_n(ty, field.names.len().max(1)));
        }
        let mut results = Vec::new();
        for field in &sig.results {
            let ty = self.type_expr(&field.ty);
            results.extend(std::iter::repeat_n(ty, field.names.len().max(1)));
        }
        Signature { params, results, variadic }
    }

    /// Creates the named type of a declaration (not yet resolved).
    pub(super) fn new_named(&mut self, name: &str) -> Rc<Named> {
        self.named_count += 1;
        Rc::new(Named {
            id: self.named_count,
            name: format!("{}.{name}{}", self.package().name, self.instance_args.as_deref().unwrap_or_default()),
            underlying: RefCell::new(Type::Invalid),
            methods: RefCell::new(Vec::new()),
            instance: None,
        })
    }

    /// Declares the package-level `type` declarations (resolved later, by
    /// `resolve_type_decls`).
    pub(super) fn collect_type_spec(&mut self, spec: &'a ast::TypeSpec) {
        if !spec.type_params.is_empty() {
            return self.collect_generic_type(spec);
        }
        self.check_reserved_name(&spec.name);
        let named = (!spec.alias).then(|| self.new_named(&spec.name.name));
        let index = self.type_decls.len();
        self.type_decls.push(TypeDecl {
            spec,
            file: self.file,
            named,
            state: Resolution::Pending,
            checked_recursion: false,
        });
        if !spec.name.is_blank() {
            if let Err(earlier) = self.scopes.declare(&spec.name.name, Entity::TypeDecl(index), spec.name.span) {
                self.redeclared(&spec.name, earlier);
            }
        }
    }

    pub(super) fn resolve_type_decls(&mut self) {
        for index in 0..self.type_decls.len() {
            self.resolve_type_decl(index);
        }
        for index in 0..self.type_decls.len() {
            let decl = &self.type_decls[index];
            let (file, span) = (decl.file, decl.spec.name.span);
            if let (Some(named), false) = (decl.named.clone(), decl.checked_recursion) {
                self.type_decls[index].checked_recursion = true;
                let saved = self.set_file(file);
                let underlying = named.underlying.borrow().clone();
                self.check_not_recursive(&named, &underlying, span);
                self.set_file(saved);
            }
        }
    }

    /// A struct type with a field and a method of the same name (gc
    /// reports it at the method).
    pub(super) fn check_field_method_clashes(&mut self, first_decl: usize) {
        for index in first_decl..self.type_decls.len() {
            let Some(named) = self.type_decls[index].named.clone() else { continue };
            let Type::Struct(s) = named.underlying.borrow().clone() else { continue };
            for method in named.methods.borrow().iter() {
                if s.fields.iter().any(|f| f.name == method.name) {
                    if let Some(decl) = self.funcs[method.func].decl {
                        let saved = self.set_file(self.funcs[method.func].file);
                        self.error(decl.name.span, format!("field and method with the same name {}", method.name));
                        self.set_file(saved);
                    }
                }
            }
        }
    }

    /// A type may not contain itself other than through a pointer, slice,
    /// function (or map, channel, interface): its size would be infinite.
    /// `definition` is the type the declaration names (its underlying type
    /// at package level, the type written inside a function).
    fn check_not_recursive(&mut self, named: &Rc<Named>, definition: &Type, span: crate::source::Span) {
        /// The named types through which `ty` contains `target`, if it does.
        fn path_to(ty: &Type, target: usize, seen: &mut Vec<usize>) -> Option<Vec<Rc<Named>>> {
            match ty {
                Type::Named(n) if n.id == target => Some(Vec::new()),
                Type::Named(n) => {
                    if seen.contains(&n.id) {
                        return None;
                    }
                    seen.push(n.id);
                    let mut path = path_to(&n.underlying.borrow(), target, seen)?;
                    path.insert(0, n.clone());
                    Some(path)
                }
                Type::Array(_, elem) => path_to(elem, target, seen),
                Type::Struct(s) => s.fields.iter().find_map(|f| path_to(&f.ty, target, seen)),
                _ => None,
            }
        }
        let Some(path) = path_to(definition, named.id, &mut Vec::new()) else { return };
        *named.underlying.borrow_mut() = Type::Invalid;
        let short = |n: &Named| n.name.rsplit('.').next().unwrap_or_default().to_string();
        let name = short(named);
        if path.is_empty() {
            return self.error(span, format!("invalid recursive type: {name} refers to itself"));
        }
        // gc lists the cycle, each type where it is declared.
        let at = |c: &Self, n: &Named| {
            let declared = c.type_decls.iter().find(|d| d.named.as_ref().is_some_and(|d| d.id == n.id));
            let (file, lo) = declared.map_or((c.file, span.lo), |d| (d.file, d.spec.name.span.lo));
            c.sources[file].position(lo)
        };
        let mut msg = format!("invalid recursive type {name}");
        let mut cycle = vec![named.clone()];
        cycle.extend(path);
        for n in &cycle {
            msg.push_str(&format!("\n\t{}: {} refers to", at(self, n), short(n)));
        }
        msg.push_str(&format!("\n\t{}: {name}", at(self, named)));
        self.error(span, msg);
    }

    /// The type a package-level `type` declaration denotes, resolving it
    /// first if needed.
    pub(super) fn type_decl_type(&mut self, index: usize) -> Type {
        let decl = &self.type_decls[index];
        match (&decl.named, decl.state) {
            (Some(named), _) => Type::Named(named.clone()),
            (None, Resolution::Done) => self.type_aliases[&index].clone(),
            (None, _) => {
                self.resolve_type_decl(index);
                self.type_aliases.get(&index).cloned().unwrap_or(Type::Invalid)
            }
        }
    }

    fn resolve_type_decl(&mut self, index: usize) {
        let (spec, file) = (self.type_decls[index].spec, self.type_decls[index].file);
        match self.type_decls[index].state {
            Resolution::Done => return,
            Resolution::Resolving => {
                // The declarations being resolved from this one on form
                // the cycle.
                let from = self.resolving_types.iter().position(|&d| d == index).unwrap_or_default();
                let cycle: Vec<usize> = self.resolving_types[from..].to_vec();
                let saved = self.set_file(file);
                let name = &spec.name.name;
                let msg = if cycle.len() <= 1 {
                    format!("invalid recursive type: {name} refers to itself")
                } else {
                    let at = |c: &Self, d: usize| {
                        c.sources[c.type_decls[d].file].position(c.type_decls[d].spec.name.span.lo)
                    };
                    let mut msg = format!("invalid recursive type {name}");
                    for &d in &cycle {
                        msg.push_str(&format!("\n\t{}: {} refers to", at(self, d), self.type_decls[d].spec.name.name));
                    }
                    msg.push_str(&format!("\n\t{}: {name}", at(self, index)));
                    msg
                };
                self.error(spec.name.span, msg);
                self.set_file(saved);
                return;
            }
            Resolution::Pending => {}
        }
        self.type_decls[index].state = Resolution::Resolving;
        self.resolving_types.push(index);
        let (ty, _) = self.at_package_level(file, FuncCtx::default(), |c| c.constraint_or_type_expr(&spec.ty));
        match self.type_decls[index].named.clone() {
            Some(named) => {
                let underlying = self.underlying_resolved(&ty);
                *named.underlying.borrow_mut() = underlying;
            }
            None => {
                self.type_aliases.insert(index, ty);
            }
        }
        self.resolving_types.pop();
        self.type_decls[index].state = Resolution::Done;
    }

    /// The underlying type of `ty`, resolving the declaration of a named
    /// type whose definition has not been checked yet.
    pub(super) fn underlying_resolved(&mut self, ty: &Type) -> Type {
        if let Type::Named(named) = ty {
            let pending = self.type_decls.iter().position(|d| d.named.as_ref().is_some_and(|n| n.id == named.id));
            if let Some(index) = pending {
                if self.type_decls[index].state != Resolution::Done {
                    self.resolve_type_decl(index);
                }
            }
        }
        ty.underlying()
    }

    /// A `type` declaration inside a function: declared, then defined.
    pub(super) fn local_type_spec(&mut self, spec: &ast::TypeSpec) {
        if !spec.type_params.is_empty() {
            return self.error(spec.name.span, "generic type cannot be declared inside a function");
        }
        if spec.alias {
            let ty = self.constraint_or_type_expr(&spec.ty);
            self.declare_type_name(&spec.name, ty);
            return;
        }
        let named = self.new_named(&spec.name.name);
        self.declare_type_name(&spec.name, Type::Named(named.clone()));
        let ty = self.constraint_or_type_expr(&spec.ty);
        *named.underlying.borrow_mut() = ty.underlying();
        self.check_not_recursive(&named, &ty, spec.name.span);
    }

    fn declare_type_name(&mut self, name: &ast::Ident, ty: Type) {
        if name.is_blank() {
            return;
        }
        if let Err(earlier) = self.scopes.declare(&name.name, Entity::TypeName(ty), name.span) {
            self.redeclared(name, earlier);
        }
    }
}
