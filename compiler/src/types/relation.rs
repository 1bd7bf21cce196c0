//! Relations between types from the Go specification: assignability,
//! representability of constants, and conversions.

use super::ty::{Basic, Type};

/// Whether a value of type `from` may be assigned to type `to` (Go spec,
/// "Assignability"); untyped constants are checked by `representable`.
pub fn assignable(from: &Type, to: &Type) -> bool {
    if from == to {
        return true;
    }
    if let Some(b) = from.basic().filter(|b| b.is_untyped()) {
        return match b {
            Basic::UntypedBool => to.is_boolean(),
            Basic::UntypedString => to.is_string(),
            Basic::UntypedNil => {
                matches!(
                    to.underlying(),
                    Type::Pointer(_) | Type::Slice(_) | Type::Func(_) | Type::Map(..) | Type::Interface(_)
                )
            }
            _ => to.is_numeric(),
        };
    }
    // Identical underlying types, and at least one of them not named.
    let named = |t: &Type| matches!(t, Type::Named(_) | Type::Basic(_));
    (!named(from) || !named(to)) && from.underlying() == to.underlying()
}

/// Whether a non-constant value of type `from` converts to type `to`
/// (Go spec, "Conversions"), for the types rgoc supports.
pub fn convertible(from: &Type, to: &Type) -> bool {
    if assignable(from, to) || from.underlying() == to.underlying() {
        return true;
    }
    let (f, t) = (from.underlying(), to.underlying());
    if let (Type::Pointer(a), Type::Pointer(b)) = (&f, &t) {
        return a.underlying() == b.underlying();
    }
    if let (Type::Slice(elem), Type::Pointer(array)) = (&f, &t) {
        return matches!(array.underlying(), Type::Array(_, e) if e == *elem);
    }
    if let (Type::Slice(elem), Type::Array(_, e)) = (&f, &t) {
        return *elem == *e;
    }
    let numeric = |t: &Type| t.is_integer() || t.is_float();
    (numeric(from) && numeric(to))
        || (from.is_complex() && to.is_complex())
        || (from.is_integer() && to.is_string())
        || (to.is_string() && is_byte_or_rune_slice(&f))
        || (from.is_string() && is_byte_or_rune_slice(&t))
}

/// `[]byte` or `[]rune` (or slices of types with those underlying types).
pub fn is_byte_or_rune_slice(t: &Type) -> bool {
    match t {
        Type::Slice(elem) => matches!(elem.basic(), Some(Basic::Uint8 | Basic::Int32)),
        _ => false,
    }
}
