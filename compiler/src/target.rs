//! Target selection (`GOARCH`/`GOOS` or `--target TRIPLE`) and where the
//! runtime archive and the standard library of each target are found.

use std::path::{Path, PathBuf};
use target_lexicon::{Architecture, OperatingSystem, Triple};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    X86_64,
    Aarch64,
}

impl Target {
    /// The target asked for by `--target` or, failing that, by the `GOOS`
    /// and `GOARCH` environment variables; the host by default.
    pub fn select(triple: Option<&str>) -> Result<Target, String> {
        if let Some(triple) = triple {
            return Target::from_triple(triple);
        }
        if let Ok(goos) = std::env::var("GOOS") {
            if !goos.is_empty() && goos != "linux" {
                return Err(format!(
                    "unsupported GOOS/GOARCH pair {goos}/{}: rgoc builds for linux only",
                    goarch_or_host()
                ));
            }
        }
        match std::env::var("GOARCH").ok().filter(|a| !a.is_empty()) {
            None => Ok(Target::host()),
            Some(arch) => Target::from_goarch(&arch)
                .ok_or_else(|| format!("unsupported GOOS/GOARCH pair linux/{arch}: rgoc builds for amd64 and arm64")),
        }
    }

    fn from_triple(text: &str) -> Result<Target, String> {
        let triple: Triple = text.parse().map_err(|e| format!("invalid target triple {text:?}: {e}"))?;
        if triple.operating_system != OperatingSystem::Linux {
            return Err(format!("unsupported target {text}: rgoc builds for linux only"));
        }
        match triple.architecture {
            Architecture::X86_64 => Ok(Target::X86_64),
            Architecture::Aarch64(_) => Ok(Target::Aarch64),
            _ => Err(format!("unsupported target {text}: rgoc builds for x86_64 and aarch64")),
        }
    }

    fn from_goarch(arch: &str) -> Option<Target> {
        match arch {
            "amd64" => Some(Target::X86_64),
            "arm64" => Some(Target::Aarch64),
            _ => None,
        }
    }

    pub fn host() -> Target {
        if cfg!(target_arch = "aarch64") {
            Target::Aarch64
        } else {
            Target::X86_64
        }
    }

    pub fn goarch(self) -> &'static str {
        match self {
            Target::X86_64 => "amd64",
            Target::Aarch64 => "arm64",
        }
    }

    /// The Rust target triple the runtime is built for.
    pub fn rust_triple(self) -> &'static str {
        match self {
            Target::X86_64 => "x86_64-unknown-linux-gnu",
            Target::Aarch64 => "aarch64-unknown-linux-gnu",
        }
    }

    pub fn triple(self) -> Triple {
        self.rust_triple().parse().expect("known triple")
    }

    /// The emulation name `ld.lld -m` takes.
    pub fn linker_emulation(self) -> &'static str {
        match self {
            Target::X86_64 => "elf_x86_64",
            Target::Aarch64 => "aarch64linux",
        }
    }

    /// The runtime archive for this target, or a message saying how to
    /// build it.
    pub fn runtime_archive(self) -> Result<PathBuf, String> {
        let path = root_dir().join("target").join(self.rust_triple()).join("release").join("librgort.a");
        if path.is_file() {
            Ok(path)
        } else {
            Err(format!(
                "the runtime for {} is not built (looked for {}); run ./bootstrap.sh in {} to build it",
                self.rust_triple(),
                path.display(),
                root_dir().display()
            ))
        }
    }
}

fn goarch_or_host() -> String {
    std::env::var("GOARCH").unwrap_or_else(|_| Target::host().goarch().to_string())
}

/// The rgoc source tree: `RGOROOT` if set, else the tree the running
/// binary was built in (found from the executable's location, then from
/// the path recorded at build time, which covers `cargo install --path`).
pub fn root_dir() -> PathBuf {
    if let Some(root) = std::env::var_os("RGOROOT") {
        return PathBuf::from(root);
    }
    let is_root = |dir: &Path| dir.join("rt").join("Cargo.toml").is_file() && dir.join("compiler").is_dir();
    if let Ok(exe) = std::env::current_exe() {
        if let Some(dir) = exe.ancestors().skip(1).find(|d| is_root(d)) {
            return dir.to_path_buf();
        }
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("compiler/ has a parent").to_path_buf()
}

pub fn stdlib_dir() -> PathBuf {
    root_dir().join("stdlib")
}
