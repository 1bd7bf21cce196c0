//! Memory layout of Go values as gc lays them out on 64-bit targets:
//! sizes, alignments and struct field offsets (`unsafe.Sizeof`,
//! `unsafe.Alignof`, `unsafe.Offsetof`).

use super::ty::{Basic, Struct, Type};

pub fn size_of(t: &Type) -> u64 {
    match t {
        Type::Basic(b) => b.size(),
        Type::Pointer(_) | Type::Func(_) | Type::Map(..) => 8,
        Type::Slice(_) => 24,
        Type::Interface(_) => 16,
        Type::Array(len, elem) => len * size_of(elem),
        Type::Struct(s) => struct_layout(s).1,
        Type::Named(named) => size_of(&named.underlying.borrow()),
        Type::Tuple(_) | Type::Invalid | Type::TypeParam(_) => 0,
    }
}

pub fn align_of(t: &Type) -> u64 {
    match t {
        Type::Basic(Basic::Complex64) => 4,
        Type::Basic(Basic::String) => 8,
        Type::Basic(b) => b.size().min(8),
        Type::Array(_, elem) => align_of(elem),
        Type::Struct(s) => s.fields.iter().map(|f| align_of(&f.ty)).max().unwrap_or(1),
        Type::Named(named) => align_of(&named.underlying.borrow()),
        _ => 8,
    }
}

/// Field offsets and the total size of a struct. As in gc, a struct whose
/// last field has size zero gets one byte of padding, so that a pointer to
/// that field cannot point past the object.
pub fn struct_layout(s: &Struct) -> (Vec<u64>, u64) {
    let mut offset = 0;
    let mut offsets = Vec::with_capacity(s.fields.len());
    for field in &s.fields {
        offset = round_up(offset, align_of(&field.ty));
        offsets.push(offset);
        offset += size_of(&field.ty);
    }
    if s.fields.last().is_some_and(|f| size_of(&f.ty) == 0) && offset > 0 {
        offset += 1;
    }
    let align = s.fields.iter().map(|f| align_of(&f.ty)).max().unwrap_or(1);
    (offsets, round_up(offset, align))
}

pub fn round_up(n: u64, align: u64) -> u64 {
    n.div_ceil(align) * align
}

/// Bytes of a value of type `ty` up to and including its last pointer.
pub fn ptrdata(ty: &Type) -> u64 {
    match ty.underlying() {
        Type::Pointer(_) | Type::Func(_) | Type::Slice(_) | Type::Map(..) => 8,
        Type::Interface(_) => 16,
        Type::Basic(Basic::String) => 8,
        Type::Array(len, elem) => match ptrdata(&elem) {
            0 => 0,
            p => (len.max(1) - 1) * size_of(&elem) + p,
        },
        Type::Struct(s) => {
            let (offsets, _) = struct_layout(&s);
            s.fields
                .iter()
                .zip(offsets)
                .filter_map(|(f, off)| match ptrdata(&f.ty) {
                    0 => None,
                    p => Some(off + p),
                })
                .max()
                .unwrap_or(0)
        }
        _ => 0,
    }
}
