//! Go types as the checker and later phases see them.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// The type of an expression that already produced an error; it
    /// silences follow-on errors.
    Invalid,
    Bool,
    Int,
    String,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedString,
    /// The results of a call with other than one result.
    Tuple(Vec<Type>),
    Func(Box<Signature>),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<Type>,
    pub results: Vec<Type>,
}

impl Type {
    pub fn is_untyped(&self) -> bool {
        matches!(
            self,
            Type::UntypedBool | Type::UntypedInt | Type::UntypedRune | Type::UntypedString
        )
    }

    /// The type an untyped constant takes where no other type is implied.
    pub fn default_type(&self) -> Type {
        match self {
            Type::UntypedBool => Type::Bool,
            Type::UntypedInt | Type::UntypedRune => Type::Int,
            Type::UntypedString => Type::String,
            other => other.clone(),
        }
    }

    pub fn is_boolean(&self) -> bool {
        matches!(self, Type::Bool | Type::UntypedBool)
    }

    pub fn is_integer(&self) -> bool {
        matches!(self, Type::Int | Type::UntypedInt | Type::UntypedRune)
    }

    pub fn is_string(&self) -> bool {
        matches!(self, Type::String | Type::UntypedString)
    }

    pub fn is_ordered(&self) -> bool {
        self.is_integer() || self.is_string()
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Type::Invalid => write!(f, "invalid type"),
            Type::Bool => write!(f, "bool"),
            Type::Int => write!(f, "int"),
            Type::String => write!(f, "string"),
            Type::UntypedBool => write!(f, "untyped bool"),
            Type::UntypedInt => write!(f, "untyped int"),
            Type::UntypedRune => write!(f, "untyped rune"),
            Type::UntypedString => write!(f, "untyped string"),
            Type::Tuple(types) => {
                write!(f, "(")?;
                write_list(f, types)?;
                write!(f, ")")
            }
            Type::Func(sig) => write!(f, "func{sig}"),
        }
    }
}

impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "(")?;
        write_list(f, &self.params)?;
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
