//! Compiler directives (`//go:name`) in the packages being checked.

use super::Checker;

impl Checker<'_> {
    /// Directives that gc only accepts in the runtime, or in files cgo
    /// generates (and the standard library).
    pub(super) fn check_pragmas(&mut self, files: &[usize]) {
        const RUNTIME_ONLY: &[&str] = &["nowritebarrier", "nowritebarrierrec", "yeswritebarrierrec", "systemstack"];
        let runtime = self.package().path == "runtime";
        for &file in files {
            self.set_file(file);
            let mut errors = Vec::new();
            for pragma in crate::syntax::pragma::pragmas(&self.sources[file]) {
                let name = pragma.name;
                if RUNTIME_ONLY.contains(&name) && !runtime {
                    errors.push((pragma.span, format!("//go:{name} only allowed in runtime")));
                }
                if name.starts_with("cgo_") && !self.package().std {
                    errors.push((pragma.span, format!("//go:{name} only allowed in cgo-generated code")));
                    let quoted = pragma.args.len() >= 2
                        && pragma.args.starts_with('"')
                        && pragma.args.ends_with('"')
                        && !pragma.args[1..pragma.args.len() - 1].contains('"');
                    if name == "cgo_ldflag" && !quoted {
                        errors.push((pragma.span, format!("usage: //go:{name} \"arg\"")));
                    }
                }
            }
            for (span, msg) in errors {
                self.error(span, msg);
            }
        }
    }
}
