//! Loading a program: the main package's files and, recursively, the
//! packages they import, parsed and listed in dependency order.
//!
//! An import path is looked up in the module (the `go.mod` found in the
//! main package's directory or above names the module path: `M/sub/pkg`
//! is the directory `sub/pkg` under it), then in rgoc's standard library.
//! Package `runtime` of the standard library is always loaded first: the
//! runtime's values (run-time errors) have types declared there.

use crate::diag::Diag;
use crate::driver::Failure;
use crate::source::SourceFile;
use crate::syntax::{self, ast, literal};
use crate::types::{self, FileDiag};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A parsed program.
pub struct Program {
    pub sources: Vec<SourceFile>,
    pub asts: Vec<ast::File>,
    /// In dependency order, `main` last.
    pub packages: Vec<types::Package>,
    /// Errors that do not stop type checking (in branch statements).
    pub errors: Vec<FileDiag>,
}

/// The module a program belongs to.
struct Module {
    root: PathBuf,
    path: String,
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Loading,
    Loaded,
}

struct Loader {
    module: Option<Module>,
    stdlib: PathBuf,
    sources: Vec<SourceFile>,
    asts: Vec<ast::File>,
    packages: Vec<types::Package>,
    state: HashMap<String, State>,
    /// Errors that stop the build after loading (syntax, imports).
    fatal: Vec<FileDiag>,
    errors: Vec<FileDiag>,
}

/// Loads the main package from `files` and everything it imports.
pub fn load(files: &[PathBuf]) -> Result<Program, Failure> {
    let dir = files.first().and_then(|f| f.parent()).map(Path::to_path_buf).unwrap_or_default();
    let mut loader = Loader {
        module: find_module(&dir),
        stdlib: crate::target::stdlib_dir(),
        sources: Vec::new(),
        asts: Vec::new(),
        packages: Vec::new(),
        state: HashMap::new(),
        fatal: Vec::new(),
        errors: Vec::new(),
    };
    let runtime_dir = loader.stdlib.join("runtime");
    let runtime = crate::driver::package_files(&[runtime_dir.clone()]).map_err(|_| {
        Failure::Tool(format!("rgoc's standard library lacks package runtime: {}", runtime_dir.display()))
    })?;
    loader.load_package("runtime", runtime)?;
    loader.load_package("main", files.to_vec())?;
    if !loader.fatal.is_empty() {
        let lines: Vec<String> = loader.fatal.iter().map(|(f, d)| d.render(&loader.sources[*f])).collect();
        return Err(Failure::Program(lines.join("\n")));
    }
    Ok(Program { sources: loader.sources, asts: loader.asts, packages: loader.packages, errors: loader.errors })
}

impl Loader {
    /// Parses the package `path` made of `files`, after loading the
    /// packages its files import.
    fn load_package(&mut self, path: &str, files: Vec<PathBuf>) -> Result<(), Failure> {
        self.state.insert(path.to_string(), State::Loading);
        let mut indices = Vec::new();
        for file in files {
            let source = SourceFile::load(&file).map_err(|e| Failure::Tool(format!("open {}: {e}", file.display())))?;
            let index = self.sources.len();
            let (tree, diags) = syntax::parse_file(&source);
            self.sources.push(source);
            match tree {
                Some(tree) => {
                    self.errors.extend(diags.into_iter().map(|d| (index, d)));
                    self.asts.push(tree);
                    indices.push(index);
                }
                None => {
                    self.fatal.extend(diags.into_iter().map(|d| (index, d)));
                    // Keep the indices of sources and trees aligned.
                    self.asts.push(empty_file());
                }
            }
        }
        for &index in &indices {
            let imports: Vec<(String, ast::BasicLit)> = self.asts[index]
                .imports
                .iter()
                .map(|i| (String::from_utf8_lossy(&literal::unquote_string(&i.path.raw)).into_owned(), i.path.clone()))
                .collect();
            for (import, lit) in imports {
                self.import(index, &import, &lit)?;
            }
        }
        self.state.insert(path.to_string(), State::Loaded);
        let std = self.module.as_ref().is_none_or(|m| path != m.path && !path.starts_with(&format!("{}/", m.path)));
        self.packages.push(types::Package { path: path.to_string(), files: indices, std: std && path != "main" });
        Ok(())
    }

    /// Loads the package `path` imported by file `from`, if not loaded yet.
    fn import(&mut self, from: usize, path: &str, lit: &ast::BasicLit) -> Result<(), Failure> {
        match self.state.get(path) {
            Some(State::Loaded) => return Ok(()),
            Some(State::Loading) => {
                self.fatal.push((from, Diag::new(lit.span, "import cycle not allowed")));
                return Ok(());
            }
            None => {}
        }
        if let Some(why) = invalid_import_path(path) {
            self.fatal.push((from, Diag::new(lit.span, format!("invalid import path ({why})"))));
            return Ok(());
        }
        let Some(dir) = self.package_dir(path) else {
            let msg = if path.split('/').next().is_some_and(|first| !first.contains('.')) {
                format!("importing standard library package \"{path}\" is not supported yet")
            } else {
                format!("cannot find package \"{path}\" in the module")
            };
            self.fatal.push((from, Diag::new(lit.span, msg)));
            return Ok(());
        };
        match crate::driver::package_files(&[dir.clone()]) {
            Ok(files) => self.load_package(path, files),
            Err(_) => {
                let msg = format!("no Go files in {}", dir.display());
                self.fatal.push((from, Diag::new(lit.span, msg)));
                Ok(())
            }
        }
    }

    /// The directory of the package with import path `path`.
    fn package_dir(&self, path: &str) -> Option<PathBuf> {
        if let Some(module) = &self.module {
            if path == module.path {
                return Some(module.root.clone());
            }
            if let Some(rest) = path.strip_prefix(&module.path).and_then(|r| r.strip_prefix('/')) {
                return Some(module.root.join(rest));
            }
        }
        let std = self.stdlib.join(path);
        std.is_dir().then_some(std)
    }
}

/// The module of the directory `dir`: the nearest `go.mod` at or above it.
fn find_module(dir: &Path) -> Option<Module> {
    let start = std::fs::canonicalize(if dir.as_os_str().is_empty() { Path::new(".") } else { dir }).ok()?;
    for root in start.ancestors() {
        if let Ok(text) = std::fs::read_to_string(root.join("go.mod")) {
            let path = text.lines().find_map(|l| l.trim().strip_prefix("module "))?.trim().trim_matches('"');
            return Some(Module { root: root.to_path_buf(), path: path.to_string() });
        }
    }
    None
}

/// A stand-in for a file that did not parse.
fn empty_file() -> ast::File {
    let package = ast::Ident { name: String::new(), span: Default::default() };
    ast::File { package, imports: Vec::new(), decls: Vec::new() }
}

/// Why `path` cannot be an import path, as gc words it, if it cannot.
fn invalid_import_path(path: &str) -> Option<String> {
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^`{|}\u{FFFD}";
    if path.is_empty() {
        return Some("empty string".into());
    }
    let bad = path.chars().find(|&c| c.is_control() || c.is_whitespace() || ILLEGAL.contains(c))?;
    let code = format!("U+{:04X}", bad as u32);
    Some(if bad.is_control() || bad.is_whitespace() {
        format!("invalid character {code}")
    } else {
        format!("invalid character {code} '{bad}'")
    })
}
