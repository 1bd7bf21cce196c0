//! Linking: the object rgoc produced plus the runtime archive, linked by
//! `ld.lld` into a static, non-PIE executable for the target.

use crate::target::Target;
use std::path::Path;
use std::process::Command;

pub fn link(object: &Path, target: Target, output: &Path) -> Result<(), String> {
    let runtime = target.runtime_archive()?;
    let result = Command::new("ld.lld")
        .args([
            "-m",
            target.linker_emulation(),
            "-static",
            "--gc-sections",
            "--no-pie",
            "--strip-debug",
            "-e",
            "_start",
            "-o",
        ])
        .arg(output)
        .arg(object)
        .arg(&runtime)
        .output();
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err("ld.lld not found: install lld (./bootstrap.sh does)".to_string())
        }
        Err(e) => Err(format!("running ld.lld: {e}")),
        Ok(out) if !out.status.success() => {
            Err(format!("linking {} failed:\n{}", output.display(), String::from_utf8_lossy(&out.stderr).trim_end()))
        }
        Ok(_) => Ok(()),
    }
}
