//! rgoc: an ahead-of-time compiler for Go. Data flows one way through the
//! phases: syntax → types (which builds the typed `ir`) → codegen → link;
//! `driver` runs them.

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
