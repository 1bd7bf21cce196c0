//! Scopes: the universe, the package block, and nested local blocks.

use super::constant::Value;
use super::ty::{Basic, IfaceMethod, Interface, Named, Signature, Type};
use crate::ir::{FuncId, GlobalId, LocalId};
use crate::source::Span;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Entity {
    TypeName(Type),
    /// A type parameter's name in an instance: its type argument.
    TypeArg(Type),
    /// A package-level `type` declaration, resolved on first use.
    TypeDecl(usize),
    /// A package-level constant, evaluated on first use.
    ConstDecl(usize),
    /// An imported package.
    Package(usize),
    /// `iota`, whose value depends on the constant declaration around it.
    Iota,
    Const(Value, Type),
    Nil,
    Builtin(Builtin),
    Func(FuncId),
    /// A generic function or type: an index among the checker's generic
    /// functions or types.
    GenericFunc(usize),
    GenericType(usize),
    Global(GlobalId),
    Local(LocalId),
    /// A predeclared name the compiler does not implement yet.
    Unsupported,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Print,
    Println,
    Len,
    Cap,
    Append,
    Copy,
    Make,
    New,
    Panic,
    Recover,
    Min,
    Max,
    Clear,
    Complex,
    Real,
    Imag,
    Delete,
}

/// The names declared in one block.
pub type Block = HashMap<String, (Entity, Span)>;

/// Name lookup goes from the innermost local block out, then to the
/// current file's imports, the package block and the universe.
pub struct Scopes {
    universe: HashMap<&'static str, Entity>,
    /// Index 0 is the package block; the rest are nested local blocks.
    blocks: Vec<Block>,
    /// The imports of each file (indexed like the checker's files).
    file_imports: Vec<Block>,
    /// The file being checked, whose imports are visible.
    pub current_file: usize,
}

const UNSUPPORTED_UNIVERSE: &[&str] = &["close"];

/// The predeclared basic types; `byte` and `rune` are aliases.
const BASIC_TYPES: &[(&str, Basic)] = &[
    ("bool", Basic::Bool),
    ("int", Basic::Int),
    ("int8", Basic::Int8),
    ("int16", Basic::Int16),
    ("int32", Basic::Int32),
    ("rune", Basic::Int32),
    ("int64", Basic::Int64),
    ("uint", Basic::Uint),
    ("uint8", Basic::Uint8),
    ("byte", Basic::Uint8),
    ("uint16", Basic::Uint16),
    ("uint32", Basic::Uint32),
    ("uint64", Basic::Uint64),
    ("uintptr", Basic::Uintptr),
    ("float32", Basic::Float32),
    ("float64", Basic::Float64),
    ("complex64", Basic::Complex64),
    ("complex128", Basic::Complex128),
    ("string", Basic::String),
];

/// The predeclared `error`: `interface { Error() string }`.
fn error_type() -> Type {
    let method = IfaceMethod {
        name: "Error".into(),
        sig: Signature { params: Vec::new(), results: vec![Type::STRING], variadic: false },
    };
    let underlying = Type::Interface(Rc::new(Interface::with_methods(vec![method])));
    Type::Named(Rc::new(Named {
        id: 0,
        name: "error".into(),
        underlying: RefCell::new(underlying),
        methods: RefCell::new(Vec::new()),
        instance: None,
    }))
}

impl Scopes {
    pub fn new() -> Scopes {
        let mut universe = HashMap::from([
            ("true", Entity::Const(Value::Bool(true), Type::UNTYPED_BOOL)),
            ("false", Entity::Const(Value::Bool(false), Type::UNTYPED_BOOL)),
            ("nil", Entity::Nil),
            ("iota", Entity::Iota),
            ("print", Entity::Builtin(Builtin::Print)),
            ("println", Entity::Builtin(Builtin::Println)),
            ("len", Entity::Builtin(Builtin::Len)),
            ("cap", Entity::Builtin(Builtin::Cap)),
            ("append", Entity::Builtin(Builtin::Append)),
            ("copy", Entity::Builtin(Builtin::Copy)),
            ("make", Entity::Builtin(Builtin::Make)),
            ("new", Entity::Builtin(Builtin::New)),
            ("panic", Entity::Builtin(Builtin::Panic)),
            ("recover", Entity::Builtin(Builtin::Recover)),
            ("min", Entity::Builtin(Builtin::Min)),
            ("max", Entity::Builtin(Builtin::Max)),
            ("clear", Entity::Builtin(Builtin::Clear)),
            ("complex", Entity::Builtin(Builtin::Complex)),
            ("real", Entity::Builtin(Builtin::Real)),
            ("imag", Entity::Builtin(Builtin::Imag)),
            ("delete", Entity::Builtin(Builtin::Delete)),
        ]);
        universe.extend(BASIC_TYPES.iter().map(|&(name, b)| (name, Entity::TypeName(Type::Basic(b)))));
        universe.insert("any", Entity::TypeName(Type::any()));
        universe.insert("error", Entity::TypeName(error_type()));
        let comparable = Interface { comparable: true, ..Interface::with_methods(Vec::new()) };
        universe.insert("comparable", Entity::TypeName(Type::Interface(Rc::new(comparable))));
        universe.extend(UNSUPPORTED_UNIVERSE.iter().map(|&name| (name, Entity::Unsupported)));
        Scopes { universe, blocks: vec![HashMap::new()], file_imports: Vec::new(), current_file: 0 }
    }

    /// The entity `name` denotes and the index of the block that declares
    /// it (`None` for the universe).
    pub fn lookup_with_block(&self, name: &str) -> Option<(&Entity, Option<usize>)> {
        let local =
            self.blocks[1..].iter().enumerate().rev().find_map(|(i, b)| b.get(name).map(|(e, _)| (e, Some(i + 1))));
        let imported = || self.file_imports.get(self.current_file).and_then(|b| b.get(name)).map(|(e, _)| (e, Some(0)));
        let package = || self.blocks[0].get(name).map(|(e, _)| (e, Some(0)));
        local.or_else(imported).or_else(package).or_else(|| self.universe.get(name).map(|e| (e, None)))
    }

    /// Declares an import of file `file`.
    pub fn declare_import(&mut self, file: usize, name: &str, entity: Entity, span: Span) -> Result<(), Span> {
        if self.file_imports.len() <= file {
            self.file_imports.resize_with(file + 1, HashMap::new);
        }
        let block = &mut self.file_imports[file];
        if let Some((_, earlier)) = block.get(name) {
            return Err(*earlier);
        }
        block.insert(name.to_string(), (entity, span));
        Ok(())
    }

    /// The imports of `file`, with their spans.
    pub fn imports_of(&self, file: usize) -> impl Iterator<Item = (&String, &(Entity, Span))> {
        self.file_imports.get(file).into_iter().flatten()
    }

    /// Puts `block` in place of the package block, returning the one there.
    pub fn swap_package_block(&mut self, block: Block) -> Block {
        std::mem::replace(&mut self.blocks[0], block)
    }

    /// The number of open blocks (the index the next block will have).
    pub fn depth(&self) -> usize {
        self.blocks.len()
    }

    /// Declares `name` in the innermost block; on a redeclaration returns
    /// the span of the earlier declaration.
    pub fn declare(&mut self, name: &str, entity: Entity, span: Span) -> Result<(), Span> {
        let block = self.blocks.last_mut().expect("package block");
        if let Some((_, earlier)) = block.get(name) {
            return Err(*earlier);
        }
        block.insert(name.to_string(), (entity, span));
        Ok(())
    }

    /// Whether `name` is declared in the innermost block.
    pub fn in_innermost(&self, name: &str) -> Option<&Entity> {
        self.blocks.last().and_then(|b| b.get(name)).map(|(e, _)| e)
    }

    /// Takes away the local blocks, leaving the package block, for checking
    /// a package-level declaration in the middle of a function.
    pub fn hide_locals(&mut self) -> Vec<Block> {
        self.blocks.split_off(1)
    }

    pub fn restore_locals(&mut self, blocks: Vec<Block>) {
        self.blocks.extend(blocks);
    }

    pub fn push(&mut self) {
        self.blocks.push(HashMap::new());
    }

    pub fn pop(&mut self) {
        debug_assert!(self.blocks.len() > 1, "popping the package block");
        self.blocks.pop();
    }
}
