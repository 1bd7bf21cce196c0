//! How Go values are represented in Cranelift: each Go value is a list of
//! scalars (a string is a pointer and a length), passed and returned as
//! such under Cranelift's `tail` convention.

use crate::types::ty::Type;
use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;

/// The scalars of a value of type `ty`, in memory order.
pub fn scalars(ty: &Type) -> Vec<types::Type> {
    match ty {
        Type::Bool | Type::UntypedBool => vec![types::I8],
        Type::Int | Type::UntypedInt | Type::UntypedRune => vec![types::I64],
        Type::String | Type::UntypedString => vec![types::I64, types::I64],
        Type::Tuple(elems) => elems.iter().flat_map(scalars).collect(),
        Type::Func(_) => vec![types::I64],
        Type::Invalid => unreachable!("invalid type reached code generation"),
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
pub fn size_of(ty: &Type) -> u32 {
    match ty {
        Type::Bool => 1,
        Type::String => 16,
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
