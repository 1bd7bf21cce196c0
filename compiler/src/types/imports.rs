//! Packages and imports: the package being checked, the imports of each
//! file (a file-level scope), qualified identifiers `pkg.Name`, and
//! imports that are not used.

use super::expr::Operand;
use super::scope::{Block, Entity};
use super::{Checker, Package};
use crate::syntax::{ast, literal};

/// A package checked (or being checked).
pub struct PackageInfo {
    pub path: String,
    /// Part of rgoc's standard library (see `Package::std`).
    pub std: bool,
    /// The name in its package clauses.
    pub name: String,
    pub files: Vec<usize>,
    /// Its package block, once it has been checked.
    pub scope: Block,
}

impl Checker<'_> {
    /// Starts checking `package`: its name comes from its files' package
    /// clauses, which must agree.
    pub(super) fn begin_package(&mut self, package: &Package) {
        let name = package.files.first().map(|&f| self.files[f].package.name.clone()).unwrap_or_default();
        for &file in &package.files {
            let clause = &self.files[file].package;
            if clause.name != name {
                self.set_file(file);
                let first = self.sources[package.files[0]].path.display().to_string();
                self.error(
                    clause.span,
                    format!("package {} (found packages {name} ({first}) and {})", clause.name, clause.name),
                );
            }
        }
        let is_main = self.packages.len() + 1 == self.expected_packages;
        if is_main && name != "main" {
            self.set_file(package.files[0]);
            let span = self.files[package.files[0]].package.span;
            self.error(span, format!("package {name} is not a main package"));
        }
        super::ty::set_local_package(&name);
        self.current_package = self.packages.len();
        self.packages.push(PackageInfo {
            path: package.path.clone(),
            std: package.std,
            name,
            files: package.files.clone(),
            scope: Block::new(),
        });
        self.scopes.swap_package_block(Block::new());
    }

    /// Finishes the package being checked: its block is kept for the
    /// packages that import it.
    pub(super) fn end_package(&mut self) {
        let scope = self.scopes.swap_package_block(Block::new());
        self.packages.last_mut().expect("package being checked").scope = scope;
    }

    /// Declares the imports of `file` in its file scope.
    pub(super) fn collect_imports(&mut self, file: usize) {
        for import in &self.files[file].imports {
            let path = String::from_utf8_lossy(&literal::unquote_string(&import.path.raw)).into_owned();
            let Some(index) = self.packages.iter().position(|p| p.path == path) else {
                // The loader reported it.
                continue;
            };
            let name = match &import.name {
                Some(id) if id.name == "_" => continue,
                Some(id) if id.name == "." => {
                    self.unsupported(id.span, "a dot import");
                    continue;
                }
                Some(id) => id.name.clone(),
                None => self.packages[index].name.clone(),
            };
            if self.packages[index].name == "main" {
                self.error(import.path.span, format!("import \"{path}\" is a program, not an importable package"));
                continue;
            }
            if let Err(earlier) = self.scopes.declare_import(file, &name, Entity::Package(index), import.span) {
                let other = self.sources[file].position(earlier.lo);
                self.error(
                    import.span,
                    format!("{name} redeclared in this block\n\t{other}: other declaration of {name}"),
                );
            }
        }
    }

    /// `"path" imported and not used`, for every unused import of `files`.
    pub(super) fn report_unused_imports(&mut self, files: &[usize]) {
        for &file in files {
            let unused: Vec<(usize, String, crate::source::Span)> = self
                .scopes
                .imports_of(file)
                .filter(|(name, _)| !self.used_imports.contains(&(file, (*name).clone())))
                .filter_map(|(name, (entity, span))| match entity {
                    Entity::Package(p) => Some((*p, name.clone(), *span)),
                    _ => None,
                })
                .collect();
            self.set_file(file);
            for (p, name, span) in unused {
                let package = &self.packages[p];
                let msg = if package.name == name {
                    format!("\"{}\" imported and not used", package.path)
                } else {
                    format!("\"{}\" imported as {name} and not used", package.path)
                };
                self.error(span, msg);
            }
        }
    }

    /// `pkg.Name`: an exported name of an imported package.
    pub(super) fn qualified(&mut self, package: usize, sel: &ast::Ident) -> Operand {
        let info = &self.packages[package];
        let exported = sel.name.chars().next().is_some_and(char::is_uppercase);
        match info.scope.get(&sel.name).map(|(e, _)| e.clone()) {
            Some(entity) if exported => self.entity_operand(entity, sel),
            _ => {
                let msg = if exported || !info.scope.contains_key(&sel.name) {
                    format!("undefined: {}.{}", info.name, sel.name)
                } else {
                    format!("name {} not exported by package {}", sel.name, info.name)
                };
                self.error(sel.span, msg);
                Operand::Invalid
            }
        }
    }
}
