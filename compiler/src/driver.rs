//! The build pipeline: find the package's files, parse, check, generate
//! code and link, reporting the user's errors Go-style.

use crate::source::SourceFile;
use crate::target::Target;
use crate::{codegen, diag, escape, ir, link, loader, syntax, types};
use std::path::{Path, PathBuf};

/// gc stops listing errors after this many.
const MAX_ERRORS: usize = 10;

pub enum Failure {
    /// Errors in the user's program, already rendered one per line.
    Program(String),
    /// Anything else: missing files, a missing runtime, a linker failure.
    Tool(String),
}

/// The `.go` files to compile: the named files, or those of a directory
/// (test files excluded), sorted as `go build` sorts them.
pub fn package_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let dir = match inputs {
        [] => Some(PathBuf::from(".")),
        [one] if one.is_dir() => Some(one.clone()),
        _ => None,
    };
    let Some(dir) = dir else {
        if let Some(bad) = inputs.iter().find(|p| p.extension().is_none_or(|e| e != "go")) {
            return Err(Failure::Tool(format!("named files must be .go files: {}", bad.display())));
        }
        return Ok(inputs.to_vec());
    };
    let entries = std::fs::read_dir(&dir).map_err(|e| Failure::Tool(format!("reading {}: {e}", dir.display())))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".go") && !name.ends_with("_test.go")
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Failure::Tool(format!("no Go files in {}", dir.display())));
    }
    Ok(files)
}

/// The executable name `go build` would choose: the first file's name
/// without `.go`, or the directory's name.
pub fn default_output(inputs: &[PathBuf]) -> PathBuf {
    match inputs {
        [one] if !one.is_dir() => PathBuf::from(one.file_stem().unwrap_or_default()),
        _ => {
            let dir = inputs.first().cloned().unwrap_or_else(|| PathBuf::from("."));
            let abs = std::fs::canonicalize(&dir).unwrap_or(dir);
            PathBuf::from(abs.file_name().unwrap_or_default())
        }
    }
}

pub fn load(files: &[PathBuf]) -> Result<Vec<SourceFile>, Failure> {
    files.iter().map(|f| SourceFile::load(f).map_err(|e| Failure::Tool(format!("open {}: {e}", f.display())))).collect()
}

/// Parses every file; on syntax errors returns them all, rendered.
/// Parses every file. Syntax errors stop the build (they are reported as
/// the parser gives them, with gc's filtering); errors in branch statements
/// come back with the trees, to be reported with the type checker's.
pub fn parse(sources: &[SourceFile]) -> Result<(Vec<syntax::ast::File>, Vec<types::FileDiag>), Failure> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut syntax_failed = false;
    for (index, source) in sources.iter().enumerate() {
        let (tree, diags) = syntax::parse_file(source);
        match tree {
            Some(tree) => files.push(tree),
            None => syntax_failed = true,
        }
        errors.extend(diags.into_iter().map(|d| (index, d)));
    }
    if syntax_failed {
        let lines: Vec<String> = errors.iter().map(|(file, d)| d.render(&sources[*file])).collect();
        return Err(Failure::Program(lines.join("\n")));
    }
    Ok((files, errors))
}

/// Renders diagnostics sorted by file and position, one per line, at most
/// `MAX_ERRORS` of them as gc does.
fn render(sources: &[SourceFile], mut diags: Vec<types::FileDiag>) -> String {
    let mut lines = Vec::new();
    for (index, source) in sources.iter().enumerate() {
        let mut in_file: Vec<diag::Diag> = diags.iter().filter(|(f, _)| *f == index).map(|(_, d)| d.clone()).collect();
        diag::sort_and_dedup(&mut in_file);
        lines.extend(in_file.iter().map(|d| d.render(source)));
    }
    diags.clear();
    if lines.len() > MAX_ERRORS {
        lines.truncate(MAX_ERRORS);
        lines.push("too many errors".to_string());
    }
    lines.join("\n")
}

/// The program of `files`, loaded, checked and through escape analysis,
/// with its sources and the analysis's decisions; or its errors, rendered.
fn analyzed(files: &[PathBuf]) -> Result<(ir::Program, Vec<SourceFile>, Vec<escape::Decision>), Failure> {
    let loaded = loader::load(files)?;
    let checked = types::check_program(&loaded.sources, &loaded.asts, &loaded.packages);
    let mut errors = loaded.errors;
    if let Err(diags) = &checked {
        errors.extend(diags.iter().cloned());
    }
    if !errors.is_empty() {
        return Err(Failure::Program(render(&loaded.sources, errors)));
    }
    let mut program = checked.expect("no errors");
    let decisions = escape::analyze(&mut program);
    Ok((program, loaded.sources, decisions))
}

/// Builds the executable `output` from `files`; with `print_escapes`,
/// prints the escape analysis's decisions as gc's `-m` does.
pub fn build(files: &[PathBuf], output: &Path, target: Target, print_escapes: bool) -> Result<(), Failure> {
    let (program, sources, mut decisions) = analyzed(files)?;
    if print_escapes {
        escape::print(&mut decisions, &sources);
    }
    let object = codegen::compile(&program, target).map_err(|e| match e {
        codegen::Error::FrameTooLarge { func, locals_mb, args_mb } => {
            let func = &program.funcs[func];
            let msg = format!("stack frame too large (>1GB): {locals_mb} MB locals + {args_mb} MB args");
            Failure::Program(render(&sources, vec![(func.file, diag::Diag::new(func.span, msg))]))
        }
        codegen::Error::Internal(e) => Failure::Tool(format!("internal compiler error: {e}")),
    })?;
    let object_path = temp_path("o");
    std::fs::write(&object_path, object)
        .map_err(|e| Failure::Tool(format!("writing {}: {e}", object_path.display())))?;
    let linked = link::link(&object_path, target, output);
    let _ = std::fs::remove_file(&object_path);
    linked.map_err(Failure::Tool)
}

/// The IR of `files` after escape analysis, as `rgoc tool ir` prints it:
/// the functions and globals of package main, or with `all` of every
/// package.
pub fn ir_dump(files: &[PathBuf], all: bool) -> Result<String, Failure> {
    let (program, _, _) = analyzed(files)?;
    Ok(ir::print::program(&program, |symbol| all || symbol.starts_with("main.")))
}

/// A fresh path in the temporary directory.
pub fn temp_path(extension: &str) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("rgoc-{}-{n}.{extension}", std::process::id()))
}
