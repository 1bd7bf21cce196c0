//! The `rgoc` command, shaped after the `go` command.

use clap::{Parser, Subcommand};
use rgoc::driver::{self, Failure};
use rgoc::target::{self, Target};
use std::path::PathBuf;
use std::process::{Command, ExitCode};

#[derive(Parser)]
#[command(name = "rgoc", version, about = "An ahead-of-time compiler for Go")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile a package (files or a directory) into an executable.
    Build {
        /// Write the executable here instead of the name `go build` picks.
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        /// Target triple, e.g. aarch64-unknown-linux-gnu (default: GOARCH, then the host).
        #[arg(long)]
        target: Option<String>,
        /// Print the escape analysis's decisions, as gc's -gcflags=-m.
        #[arg(short = 'm')]
        escapes: bool,
        /// .go files, or one package directory (default: the current directory).
        inputs: Vec<PathBuf>,
    },
    /// Compile and run a program.
    Run {
        #[arg(long)]
        target: Option<String>,
        /// The .go file to run.
        file: PathBuf,
        /// Arguments passed to the program.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print rgoc's version.
    Version,
    /// Print the target and where the runtime and standard library are.
    Env {
        #[arg(long)]
        target: Option<String>,
    },
    /// Developer tools.
    Tool {
        #[command(subcommand)]
        tool: ToolCmd,
    },
}

#[derive(Subcommand)]
enum ToolCmd {
    /// Parse files and report syntax errors only.
    Parse { files: Vec<PathBuf> },
    /// Print the IR of a program (after escape analysis): the functions and
    /// globals of package main, or with --all of every package.
    Ir {
        #[arg(long)]
        all: bool,
        inputs: Vec<PathBuf>,
    },
}

/// The stack of the thread that compiles. Every phase recurses over the
/// syntax tree, so deeply nested input needs a deep stack; the memory is
/// reserved, and committed only as far as it is used.
const COMPILER_STACK: usize = 1 << 30;

fn main() -> ExitCode {
    install_bug_reporter();
    let cli = Cli::parse();
    let compiler = std::thread::Builder::new().stack_size(COMPILER_STACK).spawn(move || execute(cli));
    match compiler.map(|thread| thread.join()) {
        Ok(Ok(code)) => code,
        // The bug reporter has exited the process on a panic.
        Ok(Err(_)) => ExitCode::from(3),
        Err(e) => {
            eprintln!("rgoc: cannot start the compiler thread: {e}");
            ExitCode::FAILURE
        }
    }
}

fn execute(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Cmd::Build { output, target, escapes, inputs } => build(output, target, escapes, inputs),
        Cmd::Run { target, file, args } => run(target, file, args),
        Cmd::Version => {
            let (version, go, goarch) = (env!("CARGO_PKG_VERSION"), rgoc::GO_VERSION, Target::host().goarch());
            println!("rgoc version {version} (implements {go}) linux/{goarch}");
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Env { target } => env(target),
        Cmd::Tool { tool: ToolCmd::Parse { files } } => parse_only(files),
        Cmd::Tool { tool: ToolCmd::Ir { all, inputs } } => {
            driver::package_files(&inputs).and_then(|files| driver::ir_dump(&files, all)).map(|text| {
                print!("{text}");
                ExitCode::SUCCESS
            })
        }
    };
    match result {
        Ok(code) => code,
        Err(Failure::Program(text)) => {
            eprintln!("{text}");
            ExitCode::FAILURE
        }
        Err(Failure::Tool(text)) => {
            eprintln!("rgoc: {text}");
            ExitCode::FAILURE
        }
    }
}

/// A panic in rgoc is a bug in rgoc: say so plainly, never show a Rust
/// backtrace to a user, and exit with status 3.
fn install_bug_reporter() {
    std::panic::set_hook(Box::new(|info| {
        let args: Vec<String> = std::env::args().skip(1).collect();
        eprintln!("rgoc: internal compiler error: {info}");
        eprintln!(
            "This is a bug in rgoc, not in your program. Please report it with the input of: rgoc {}",
            args.join(" ")
        );
        std::process::exit(3);
    }));
}

fn select_target(triple: Option<String>) -> Result<Target, Failure> {
    Target::select(triple.as_deref()).map_err(Failure::Tool)
}

fn build(
    output: Option<PathBuf>,
    target: Option<String>,
    escapes: bool,
    inputs: Vec<PathBuf>,
) -> Result<ExitCode, Failure> {
    let target = select_target(target)?;
    let files = driver::package_files(&inputs)?;
    let output = output.unwrap_or_else(|| driver::default_output(&inputs));
    driver::build(&files, &output, target, escapes)?;
    Ok(ExitCode::SUCCESS)
}

fn run(target: Option<String>, file: PathBuf, args: Vec<String>) -> Result<ExitCode, Failure> {
    let target = select_target(target)?;
    let files = driver::package_files(std::slice::from_ref(&file))?;
    let exe = driver::temp_path("exe");
    driver::build(&files, &exe, target, false)?;
    let mut command = if target == Target::host() {
        Command::new(&exe)
    } else {
        let mut qemu = Command::new(format!("qemu-{}", target.triple().architecture));
        qemu.arg(&exe);
        qemu
    };
    let status = command.args(&args).status();
    let _ = std::fs::remove_file(&exe);
    let status = status.map_err(|e| Failure::Tool(format!("running {}: {e}", file.display())))?;
    let code = status.code().unwrap_or_else(|| {
        use std::os::unix::process::ExitStatusExt;
        128 + status.signal().unwrap_or(0)
    });
    Ok(ExitCode::from(code as u8))
}

fn env(target: Option<String>) -> Result<ExitCode, Failure> {
    let target = select_target(target)?;
    println!("GOOS=\"linux\"");
    println!("GOARCH=\"{}\"", target.goarch());
    println!("RGOROOT=\"{}\"", target::root_dir().display());
    match target.runtime_archive() {
        Ok(path) => println!("RGORUNTIME=\"{}\"", path.display()),
        Err(_) => println!("RGORUNTIME=\"\" # not built: run ./bootstrap.sh"),
    }
    println!("RGOSTDLIB=\"{}\"", target::stdlib_dir().display());
    Ok(ExitCode::SUCCESS)
}

fn parse_only(files: Vec<PathBuf>) -> Result<ExitCode, Failure> {
    let sources = driver::load(&files)?;
    let (_, errors) = driver::parse(&sources)?;
    if errors.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        let lines: Vec<String> = errors.iter().map(|(file, d)| d.render(&sources[*file])).collect();
        Err(Failure::Program(lines.join("\n")))
    }
}
