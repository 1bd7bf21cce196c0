//! rgoc: an ahead-of-time compiler for Go. Data flows one way through the
//! phases: syntax → types (which builds the typed `ir`) → codegen → link;
//! `driver` runs them.

/// The Go release whose language, library and behaviour rgoc implements.
pub const GO_VERSION: &str = "go1.23.5";

pub mod codegen;
pub mod diag;
pub mod driver;
pub mod escape;
pub mod ir;
pub mod link;
pub mod loader;
pub mod source;
pub mod syntax;
pub mod target;
pub mod types;
