//! How Go values are represented in Cranelift: each Go value is a list of
//! scalars (a string is a pointer and a length, a slice adds a capacity, a
//! complex number is two floats), passed and returned as such under
//! Cranelift's `tail` convention. Struct and array values live in memory
//! and are represented by their address: an argument of such a type is the
//! address of a copy the caller made, and a result of such a type is
//! written to memory the caller provides, whose address is a hidden
//! parameter in front of the others. Every function's first parameter is
//! the closure context: the closure object a call through a function
//! value passes (its first word is the code address), else 0.

use crate::types::ty::{Basic, Type};
use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;

/// The scalars of a value of type `ty`, in memory order.
pub fn scalars(ty: &Type) -> Vec<types::Type> {
    match ty {
        Type::Basic(b) => basic_scalars(*b),
        Type::Pointer(_) | Type::Func(_) | Type::Map(..) => vec![types::I64],
        Type::Slice(_) => vec![types::I64; 3],
        Type::Interface(_) => vec![types::I64; 2],
        Type::Tuple(elems) => elems.iter().flat_map(scalars).collect(),
        Type::Named(named) => scalars(&named.underlying.borrow()),
        Type::Struct(_) | Type::Array(..) => vec![types::I64],
        Type::Invalid | Type::TypeParam(_) => unreachable!("type {ty} reached code generation"),
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

/// Which scalars of `ty` may point into the heap (for the collector's
/// stack maps): pointers, the data pointers of strings and slices, function
/// values, and the address that stands for a struct or array value.
pub fn pointer_scalars(ty: &Type) -> Vec<bool> {
    match ty {
        Type::Basic(Basic::String | Basic::UntypedString) => vec![true, false],
        Type::Basic(b) => vec![false; basic_scalars(*b).len()],
        Type::Pointer(_) | Type::Func(_) | Type::Map(..) | Type::Struct(_) | Type::Array(..) => vec![true],
        Type::Slice(_) => vec![true, false, false],
        Type::Interface(_) => vec![true, true],
        Type::Tuple(elems) => elems.iter().flat_map(pointer_scalars).collect(),
        Type::Named(named) => pointer_scalars(&named.underlying.borrow()),
        Type::Invalid | Type::TypeParam(_) => unreachable!("type {ty} reached code generation"),
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

/// Whether values of type `ty` live in memory (structs and arrays).
pub fn is_memory(ty: &Type) -> bool {
    matches!(ty.underlying(), Type::Struct(_) | Type::Array(..))
}

/// The most result scalars returned in registers: Cranelift's `tail`
/// convention has 6 integer return registers on aarch64 (8 on x86-64).
const MAX_RESULT_REGISTERS: usize = 6;

/// Whether result `i` of a function with `results` is written to memory
/// the caller provides: a struct or array, or any result of a function
/// whose results would not fit in the return registers.
pub fn result_in_memory(results: &[Type], i: usize) -> bool {
    let in_registers: usize = results.iter().filter(|r| !is_memory(r)).map(|r| scalars(r).len()).sum();
    is_memory(&results[i]) || in_registers > MAX_RESULT_REGISTERS
}

/// The signature of a Go function.
pub fn go_signature(params: &[Type], results: &[Type]) -> Signature {
    let mut sig = Signature::new(CallConv::Tail);
    let in_memory = (0..results.len()).filter(|&i| result_in_memory(results, i)).count();
    // The closure context, then the addresses for results in memory.
    sig.params.extend((0..1 + in_memory).map(|_| AbiParam::new(types::I64)));
    sig.params.extend(params.iter().flat_map(scalars).map(AbiParam::new));
    for (i, r) in results.iter().enumerate() {
        if !result_in_memory(results, i) {
            sig.returns.extend(scalars(r).into_iter().map(AbiParam::new));
        }
    }
    sig
}
