//! Go types as the checker and later phases see them.
//!
//! Types are values shared through `Rc`: composite types compare
//! structurally, as Go's type identity says, and each declared (named)
//! type is identical only to itself.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl Basic {
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    /// Size in bytes of a typed basic value.
    pub fn size(self) -> u64 {
        use Basic::*;
        match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Complex128 | String => 16,
            _ => 8,
        }
    }

    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex)
    }

    pub fn is_untyped(self) -> bool {
        use Basic::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedComplex | UntypedString | UntypedNil
        )
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    /// The size in bits of a typed integer type.
    pub fn int_bits(self) -> Option<u32> {
        use Basic::*;
        Some(match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 => 32,
            Int64 | Uint64 | Int | Uint | Uintptr => 64,
            _ => return None,
        })
    }

    /// The type an untyped constant gets where none is implied.
    pub fn default_type(self) -> Basic {
        use Basic::*;
        match self {
            UntypedBool => Bool,
            UntypedInt => Int,
            UntypedRune => Int32,
            UntypedFloat => Float64,
            UntypedComplex => Complex128,
            UntypedString => String,
            t => t,
        }
    }

    /// The kind of an operation on two untyped operands: the later of
    /// int < rune < float < complex for numbers, else their common kind.
    pub fn promote_untyped(a: Basic, b: Basic) -> Option<Basic> {
        use Basic::*;
        let rank = |t: Basic| match t {
            UntypedInt => Some(0),
            UntypedRune => Some(1),
            UntypedFloat => Some(2),
            UntypedComplex => Some(3),
            _ => None,
        };
        match (rank(a), rank(b)) {
            (Some(x), Some(y)) => Some(if x >= y { a } else { b }),
            _ if a == b && a.is_untyped() => Some(a),
            _ => None,
        }
    }
}

impl fmt::Display for Basic {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// The type of an expression that already produced an error; it
    /// silences follow-on errors.
    Invalid,
    Basic(Basic),
    Pointer(Rc<Type>),
    Slice(Rc<Type>),
    Array(u64, Rc<Type>),
    Struct(Rc<Struct>),
    /// `map[K]V`: a pointer to the runtime's map.
    Map(Rc<Type>, Rc<Type>),
    /// An interface: a type word (or itab) and a data word.
    Interface(Rc<Interface>),
    Func(Rc<Signature>),
    /// The results of a call with other than one result.
    Tuple(Rc<[Type]>),
    Named(Rc<Named>),
    /// A type parameter of a generic function or type. It only appears in
    /// generic signatures and uninstantiated generic types: instances are
    /// checked with their type arguments in its place.
    TypeParam(Rc<TypeParam>),
}

/// A declared type parameter: `T` of `func F[T any]`.
pub struct TypeParam {
    /// Unique per declaration: identity of type parameters.
    pub id: usize,
    pub name: String,
    /// Where it is declared (`/abs/path/file.go:3:11`, as gc's messages
    /// show it).
    pub position: String,
    /// Its constraint, an interface; set once its list is resolved (the
    /// constraint may refer to the parameter itself).
    pub constraint: RefCell<Type>,
}

impl fmt::Debug for TypeParam {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}#{}", self.name, self.id)
    }
}

impl PartialEq for TypeParam {
    fn eq(&self, other: &TypeParam) -> bool {
        self.id == other.id
    }
}

impl Eq for TypeParam {}

impl std::hash::Hash for TypeParam {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Struct {
    pub fields: Vec<Field>,
}

/// The method set of an interface type, embedded interfaces included,
/// sorted by name (the order of an itab's functions).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Interface {
    pub methods: Vec<IfaceMethod>,
    /// For a constraint with type terms (`~int | string`): its type set
    /// is the union of the terms' (`None`: every type).
    pub terms: Option<Vec<Term>>,
    /// It embeds `comparable`: only comparable types are in its type set.
    pub comparable: bool,
}

/// A term of a union in a constraint: `T`, or with `tilde`, `~T` (every
/// type whose underlying type is `T`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: Type,
}

impl Term {
    /// A union as Go writes it: `~int | string`.
    pub fn union(terms: &[Term]) -> String {
        let terms: Vec<String> = terms.iter().map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, t.ty)).collect();
        terms.join(" | ")
    }

    /// Whether type `ty` is in the term's type set.
    pub fn includes(&self, ty: &Type) -> bool {
        if self.tilde {
            ty.underlying() == self.ty.underlying()
        } else {
            *ty == self.ty
        }
    }
}

impl Interface {
    /// A basic interface: methods only.
    pub fn with_methods(methods: Vec<IfaceMethod>) -> Interface {
        Interface { methods, terms: None, comparable: false }
    }

    /// Whether it is a constraint that only type parameters may use: it
    /// has type terms or embeds `comparable`.
    pub fn is_constraint_only(&self) -> bool {
        self.terms.is_some() || self.comparable
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IfaceMethod {
    pub name: String,
    pub sig: Signature,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: Type,
    pub embedded: bool,
    /// Its tag: part of the struct type's identity.
    pub tag: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<Type>,
    pub results: Vec<Type>,
    /// The last parameter is `...T` (its type is then `[]T`).
    pub variadic: bool,
}

/// A declared type: `type Name Underlying`.
pub struct Named {
    /// Unique per declaration: identity of named types.
    pub id: usize,
    /// As Go prints it: `main.T`.
    pub name: String,
    /// Set once the declaration is resolved (it may refer to itself).
    pub underlying: RefCell<Type>,
    /// The methods declared with this type (or a pointer to it) as
    /// receiver, in declaration order.
    pub methods: RefCell<Vec<Method>>,
    /// For an instance of a generic type (`List[int]`): which one, and its
    /// type arguments.
    pub instance: Option<Instance>,
}

#[derive(Clone, Debug)]
pub struct Instance {
    /// The index of the generic type among the checker's generic types.
    pub generic: usize,
    pub args: Vec<Type>,
}

#[derive(Clone, Debug)]
pub struct Method {
    pub name: String,
    /// The function implementing it; its first parameter is the receiver.
    pub func: usize,
    /// Declared with receiver `*T` rather than `T`.
    pub pointer_recv: bool,
}

impl fmt::Debug for Named {
    /// The name and identity only: the underlying type may refer back.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}#{}", self.name, self.id)
    }
}

impl PartialEq for Named {
    fn eq(&self, other: &Named) -> bool {
        self.id == other.id
    }
}

impl Eq for Named {}

impl std::hash::Hash for Named {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.id.hash(state);
    }
}

impl Type {
    pub const INVALID: Type = Type::Invalid;
    pub const BOOL: Type = Type::Basic(Basic::Bool);
    pub const INT: Type = Type::Basic(Basic::Int);
    pub const STRING: Type = Type::Basic(Basic::String);
    pub const UNTYPED_BOOL: Type = Type::Basic(Basic::UntypedBool);
    pub const UNTYPED_INT: Type = Type::Basic(Basic::UntypedInt);
    pub const UNTYPED_RUNE: Type = Type::Basic(Basic::UntypedRune);
    pub const UNTYPED_FLOAT: Type = Type::Basic(Basic::UntypedFloat);
    pub const UNTYPED_COMPLEX: Type = Type::Basic(Basic::UntypedComplex);
    pub const UNTYPED_STRING: Type = Type::Basic(Basic::UntypedString);

    /// `interface{}`.
    pub fn any() -> Type {
        Type::Interface(Rc::new(Interface::with_methods(Vec::new())))
    }

    pub fn tuple(types: Vec<Type>) -> Type {
        Type::Tuple(types.into())
    }

    /// The underlying type: itself, except for named types.
    pub fn underlying(&self) -> Type {
        match self {
            Type::Named(named) => named.underlying.borrow().clone(),
            other => other.clone(),
        }
    }

    /// The basic kind of the underlying type, if it is basic.
    pub fn basic(&self) -> Option<Basic> {
        match self {
            Type::Basic(b) => Some(*b),
            Type::Named(named) => named.underlying.borrow().basic(),
            _ => None,
        }
    }

    pub fn is_untyped(&self) -> bool {
        matches!(self, Type::Basic(b) if b.is_untyped())
    }

    /// The interface this type's underlying type is, if any.
    pub fn interface(&self) -> Option<Rc<Interface>> {
        match self.underlying() {
            Type::Interface(i) => Some(i),
            _ => None,
        }
    }

    /// The length of an array type, or of the array a pointer type points
    /// to (`len` of such a value is a constant).
    pub fn array_len(&self) -> Option<u64> {
        match self.underlying() {
            Type::Array(n, _) => Some(n),
            Type::Pointer(elem) => match elem.underlying() {
                Type::Array(n, _) => Some(n),
                _ => None,
            },
            _ => None,
        }
    }

    /// The type an untyped constant takes where no other type is implied.
    pub fn default_type(&self) -> Type {
        match self {
            Type::Basic(b) => Type::Basic(b.default_type()),
            other => other.clone(),
        }
    }

    fn basic_is(&self, test: fn(Basic) -> bool) -> bool {
        self.basic().is_some_and(test)
    }

    pub fn is_boolean(&self) -> bool {
        self.basic_is(|b| matches!(b, Basic::Bool | Basic::UntypedBool))
    }

    pub fn is_integer(&self) -> bool {
        self.basic_is(Basic::is_integer)
    }

    pub fn is_unsigned(&self) -> bool {
        self.basic_is(Basic::is_unsigned)
    }

    pub fn is_float(&self) -> bool {
        self.basic_is(Basic::is_float)
    }

    pub fn is_complex(&self) -> bool {
        self.basic_is(Basic::is_complex)
    }

    pub fn is_numeric(&self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(&self) -> bool {
        self.basic_is(|b| matches!(b, Basic::String | Basic::UntypedString))
    }

    pub fn is_ordered(&self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
}

impl Type {
    /// Whether a type parameter occurs in it (it is then only known in
    /// terms of a generic declaration's parameters).
    pub fn mentions_type_params(&self) -> bool {
        match self {
            Type::TypeParam(_) => true,
            Type::Invalid | Type::Basic(_) => false,
            Type::Pointer(elem) | Type::Slice(elem) | Type::Array(_, elem) => elem.mentions_type_params(),
            Type::Map(k, v) => k.mentions_type_params() || v.mentions_type_params(),
            Type::Struct(s) => s.fields.iter().any(|f| f.ty.mentions_type_params()),
            Type::Interface(i) => {
                i.methods.iter().any(|m| m.sig.mentions_type_params())
                    || i.terms.iter().flatten().any(|t| t.ty.mentions_type_params())
            }
            Type::Func(sig) => sig.mentions_type_params(),
            Type::Tuple(types) => types.iter().any(Type::mentions_type_params),
            Type::Named(named) => {
                named.instance.as_ref().is_some_and(|i| i.args.iter().any(Type::mentions_type_params))
            }
        }
    }

    /// The name of a type as Go's runtime prints it (`reflect.Type.String`).
    pub fn runtime_name(&self) -> String {
        let ty = self;
        match ty {
            Type::Named(named) => named.name.clone(),
            Type::Basic(b) => b.default_type().name().to_string(),
            Type::Pointer(elem) => format!("*{}", elem.runtime_name()),
            Type::Slice(elem) => format!("[]{}", elem.runtime_name()),
            Type::Array(n, elem) => format!("[{n}]{}", elem.runtime_name()),
            Type::Map(k, v) => format!("map[{}]{}", k.runtime_name(), v.runtime_name()),
            Type::Struct(s) if s.fields.is_empty() => "struct {}".to_string(),
            Type::Struct(s) => {
                let fields: Vec<String> = s
                    .fields
                    .iter()
                    .map(|f| {
                        let field = if f.embedded {
                            f.ty.runtime_name()
                        } else {
                            format!("{} {}", f.name, f.ty.runtime_name())
                        };
                        match &f.tag {
                            Some(tag) => format!("{field} {tag:?}"),
                            None => field,
                        }
                    })
                    .collect();
                format!("struct {{ {} }}", fields.join("; "))
            }
            Type::Interface(i) if i.methods.is_empty() => "interface {}".to_string(),
            Type::Interface(i) => {
                let methods: Vec<String> = i
                    .methods
                    .iter()
                    .map(|m| format!("{}{}", m.name, &Type::Func(Rc::new(m.sig.clone())).runtime_name()[4..]))
                    .collect();
                format!("interface {{ {} }}", methods.join("; "))
            }
            Type::Func(sig) => {
                let mut params: Vec<String> = sig.params.iter().map(Type::runtime_name).collect();
                if let (true, Some(Type::Slice(elem))) = (sig.variadic, sig.params.last()) {
                    *params.last_mut().unwrap() = format!("...{}", elem.runtime_name());
                }
                let results: Vec<String> = sig.results.iter().map(Type::runtime_name).collect();
                match results.len() {
                    0 => format!("func({})", params.join(", ")),
                    1 => format!("func({}) {}", params.join(", "), results[0]),
                    _ => format!("func({}) ({})", params.join(", "), results.join(", ")),
                }
            }
            // In the names of generic types instantiated with parameters.
            Type::TypeParam(param) => param.name.clone(),
            Type::Tuple(_) | Type::Invalid => unreachable!("type {ty} has no descriptor"),
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Type::Invalid => write!(f, "invalid type"),
            Type::Basic(b) => write!(f, "{}", b.name()),
            Type::Pointer(elem) => write!(f, "*{elem}"),
            Type::Slice(elem) => write!(f, "[]{elem}"),
            Type::Array(len, elem) => write!(f, "[{len}]{elem}"),
            Type::Map(key, elem) => write!(f, "map[{key}]{elem}"),
            Type::Interface(i) if i.comparable && i.methods.is_empty() && i.terms.is_none() => write!(f, "comparable"),
            Type::Interface(i) if i.methods.is_empty() && i.terms.is_none() => write!(f, "interface{{}}"),
            Type::Interface(i) if i.methods.is_empty() && !i.comparable => {
                let terms = i.terms.as_deref().unwrap_or_default();
                write!(f, "{}", Term::union(terms))
            }
            Type::Interface(i) => {
                write!(f, "interface{{")?;
                for (n, m) in i.methods.iter().enumerate() {
                    write!(f, "{}{}{}", if n > 0 { "; " } else { "" }, m.name, m.sig)?;
                }
                write!(f, "}}")
            }
            Type::Struct(s) => {
                write!(f, "struct{{")?;
                for (i, field) in s.fields.iter().enumerate() {
                    write!(f, "{}", if i > 0 { "; " } else { "" })?;
                    if field.embedded {
                        write!(f, "{}", field.ty)?;
                    } else {
                        write!(f, "{} {}", field.name, field.ty)?;
                    }
                    if let Some(tag) = &field.tag {
                        write!(f, " {tag:?}")?;
                    }
                }
                write!(f, "}}")
            }
            Type::Tuple(types) => {
                write!(f, "(")?;
                write_list(f, types)?;
                write!(f, ")")
            }
            Type::Func(sig) => write!(f, "func{sig}"),
            Type::TypeParam(param) => write!(f, "{}", param.name),
            Type::Named(named) => {
                // Messages name the package's own types without qualifier.
                let local =
                    LOCAL_PACKAGE.with(|p| named.name.strip_prefix(&format!("{}.", p.borrow())).map(str::to_string));
                write!(f, "{}", local.as_deref().unwrap_or(&named.name))
            }
        }
    }
}

thread_local! {
    /// The name of the package whose messages are being written.
    static LOCAL_PACKAGE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Makes types of package `name` print unqualified, as gc's messages
/// inside that package do.
pub fn set_local_package(name: &str) {
    LOCAL_PACKAGE.with(|p| *p.borrow_mut() = name.to_string());
}

impl Signature {
    /// The type of the parameter that argument `i` of a call is passed
    /// for: the element type for the variadic arguments of a call without
    /// `...` (`spread`).
    pub fn argument_type(&self, i: usize, spread: bool) -> Option<Type> {
        match &self.params[..] {
            [.., Type::Slice(elem)] if self.variadic && !spread && i + 1 >= self.params.len() => Some((**elem).clone()),
            params => params.get(i).cloned(),
        }
    }

    pub fn mentions_type_params(&self) -> bool {
        self.params.iter().chain(&self.results).any(Type::mentions_type_params)
    }
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "(")?;
        for (i, p) in self.params.iter().enumerate() {
            write!(f, "{}", if i > 0 { ", " } else { "" })?;
            match p {
                Type::Slice(elem) if self.variadic && i + 1 == self.params.len() => write!(f, "...{elem}")?,
                p => write!(f, "{p}")?,
            }
        }
        write!(f, ")")?;
        match self.results.len() {
            0 => Ok(()),
            1 => write!(f, " {}", self.results[0]),
            _ => {
                write!(f, " (")?;
                write_list(f, &self.results)?;
                write!(f, ")")
            }
        }
    }
}

fn write_list(f: &mut fmt::Formatter, types: &[Type]) -> fmt::Result {
    for (i, t) in types.iter().enumerate() {
        if i > 0 {
            write!(f, ", ")?;
        }
        write!(f, "{t}")?;
    }
    Ok(())
}
