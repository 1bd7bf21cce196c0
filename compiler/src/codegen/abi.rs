//! How Go values are represented in Cranelift: each Go value is a list of
//! scalars (a string is a pointer and a length, a slice adds a capacity, a
//! complex number is two floats), passed and returned as such under
//! Cranelift's `tail` convention. Memory layout follows gc's (sizes and
//! alignments as `unsafe.Sizeof` and `unsafe.Alignof` report them).

use crate::types::ty::{Basic, Type};
use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;

/// The scalars of a value of type `ty`, in memory order.
pub fn scalars(ty: &Type) -> Vec<types::Type> {
    match ty {
        Type::Basic(b) => basic_scalars(*b),
        Type::Pointer(_) | Type::Func(_) => vec![types::I64],
        Type::Slice(_) => vec![types::I64; 3],
        Type::Tuple(elems) => elems.iter().flat_map(scalars).collect(),
        Type::Named(named) => scalars(&named.underlying.borrow()),
        Type::Struct(_) | Type::Array(..) => unreachable!("aggregates are not scalar values yet"),
        Type::Invalid => unreachable!("invalid type reached code generation"),
    }
}

fn basic_scalars(b: Basic) -> Vec<types::Type> {
    use Basic::*;
    match b {
        Bool | UntypedBool | Int8 | Uint8 => vec![types::I8],
        Int16 | Uint16 => vec![types::I16],
        Int32 | Uint32 | UntypedRune => vec![types::I32],
        Float32 => vec![types::F32],
        Float64 | UntypedFloat => vec![types::F64],
        Complex64 => vec![types::F32; 2],
        Complex128 | UntypedComplex => vec![types::F64; 2],
        String | UntypedString => vec![types::I64; 2],
        _ => vec![types::I64],
    }
}

/// Byte offset of each scalar of `ty` when stored in memory.
pub fn scalar_offsets(ty: &Type) -> Vec<(types::Type, i32)> {
    let mut offset = 0;
    scalars(ty)
        .into_iter()
        .map(|t| {
            let align = t.bytes() as i32;
            offset = (offset + align - 1) / align * align;
            let at = offset;
            offset += t.bytes() as i32;
            (t, at)
        })
        .collect()
}

/// Size in bytes of a value of type `ty`, as Go's `unsafe.Sizeof`.
pub fn size_of(ty: &Type) -> u64 {
    match ty {
        Type::Basic(b) => b.size(),
        Type::Slice(_) => 24,
        Type::Named(named) => size_of(&named.underlying.borrow()),
        _ => 8,
    }
}

/// The signature of a Go function.
pub fn go_signature(params: &[Type], results: &[Type]) -> Signature {
    let mut sig = Signature::new(CallConv::Tail);
    sig.params
        .extend(params.iter().flat_map(scalars).map(AbiParam::new));
    sig.returns
        .extend(results.iter().flat_map(scalars).map(AbiParam::new));
    sig
}
