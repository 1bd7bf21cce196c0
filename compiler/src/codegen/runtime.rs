//! The runtime (`rgort`) entry points that generated code calls, with the
//! platform C calling convention.

use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RtFunc {
    PrintLock,
    PrintUnlock,
    PrintInt,
    PrintUint,
    PrintBool,
    PrintFloat,
    PrintComplex,
    PrintString,
    PrintPointer,
    PrintSp,
    PrintNl,
    PanicDivide,
    PanicShift,
    Morestack,
    CmpString,
    Mallocgc,
    MakeSlice,
    GrowSlice,
    ConcatStrings,
    SliceByteToString,
    StringToSliceByte,
    StringToSliceRune,
    SliceRuneToString,
    IntString,
    PanicSliceConvert,
    PanicNil,
    /// A failed bounds check; `true` when the offending index has an
    /// unsigned type (it prints as unsigned).
    Bounds(Bounds, bool),
    Gopanic,
    Recover,
    DeferProc,
    DeferReturn,
    DeferAnchor,
    DeferProcAt,
    PanicRangeState,
    DecodeRune,
    Complex128Div,
    MakeMap,
    MapAccess,
    MapAssign,
    MapDelete,
    MapClear,
    MapIterInit,
    MapIterNext,
    GetItab,
    PanicDotType,
    IfaceEq,
    PrintEface,
}

impl RtFunc {
    pub fn symbol(self) -> &'static str {
        match self {
            RtFunc::PrintLock => "rgort_printlock",
            RtFunc::PrintUnlock => "rgort_printunlock",
            RtFunc::PrintInt => "rgort_printint",
            RtFunc::PrintUint => "rgort_printuint",
            RtFunc::PrintBool => "rgort_printbool",
            RtFunc::PrintFloat => "rgort_printfloat",
            RtFunc::PrintComplex => "rgort_printcomplex",
            RtFunc::PrintString => "rgort_printstring",
            RtFunc::PrintPointer => "rgort_printpointer",
            RtFunc::PrintSp => "rgort_printsp",
            RtFunc::PrintNl => "rgort_printnl",
            RtFunc::PanicDivide => "rgort_panic_divide",
            RtFunc::PanicShift => "rgort_panic_shift",
            RtFunc::Morestack => "rgort_morestack",
            RtFunc::CmpString => "rgort_cmpstring",
            RtFunc::Mallocgc => "rgort_mallocgc",
            RtFunc::MakeSlice => "rgort_makeslice",
            RtFunc::GrowSlice => "rgort_growslice",
            RtFunc::ConcatStrings => "rgort_concatstrings",
            RtFunc::SliceByteToString => "rgort_slicebytetostring",
            RtFunc::StringToSliceByte => "rgort_stringtoslicebyte",
            RtFunc::StringToSliceRune => "rgort_stringtoslicerune",
            RtFunc::SliceRuneToString => "rgort_slicerunetostring",
            RtFunc::IntString => "rgort_intstring",
            RtFunc::PanicNil => "rgort_panic_nil",
            RtFunc::Bounds(kind, unsigned) => kind.symbol(unsigned),
            RtFunc::PanicSliceConvert => "rgort_panic_slice_convert",
            RtFunc::Gopanic => "rgort_gopanic",
            RtFunc::Recover => "rgort_recover",
            RtFunc::DeferProc => "rgort_deferproc",
            RtFunc::DeferReturn => "rgort_deferreturn",
            RtFunc::DeferAnchor => "rgort_defer_anchor",
            RtFunc::DeferProcAt => "rgort_deferprocat",
            RtFunc::PanicRangeState => "rgort_panic_rangestate",
            RtFunc::DecodeRune => "rgort_decoderune",
            RtFunc::Complex128Div => "rgort_complex128div",
            RtFunc::MakeMap => "rgort_makemap",
            RtFunc::MapAccess => "rgort_mapaccess",
            RtFunc::MapAssign => "rgort_mapassign",
            RtFunc::MapDelete => "rgort_mapdelete",
            RtFunc::MapClear => "rgort_mapclear",
            RtFunc::MapIterInit => "rgort_mapiterinit",
            RtFunc::MapIterNext => "rgort_mapiternext",
            RtFunc::GetItab => "rgort_getitab",
            RtFunc::PanicDotType => "rgort_panicdottype",
            RtFunc::IfaceEq => "rgort_ifaceeq",
            RtFunc::PrintEface => "rgort_printeface",
        }
    }

    fn params(self) -> &'static [types::Type] {
        use types::{F64, I64};
        use RtFunc::*;
        match self {
            PrintInt | PrintUint | PrintBool | PrintPointer => &[I64],
            PrintFloat => &[F64],
            PrintComplex => &[F64, F64],
            Complex128Div => &[F64, F64, F64, F64],
            MapClear => &[I64, I64],
            MapAccess | MapAssign | MapDelete | MapIterInit => &[I64, I64, I64],
            MapIterNext | DeferReturn | Recover | DeferAnchor | PanicRangeState => &[I64],
            GetItab | PanicDotType | IfaceEq => &[I64, I64, I64],
            PrintEface | Gopanic | DeferProc | DeferProcAt => &[I64, I64],
            PrintString | Bounds(..) => &[I64, I64],
            PanicSliceConvert => &[I64, I64],
            Mallocgc | MakeSlice | DecodeRune | IntString | MakeMap => &[I64, I64, I64],
            ConcatStrings | SliceByteToString | StringToSliceByte | StringToSliceRune | SliceRuneToString => {
                &[I64, I64, I64, I64]
            }
            CmpString => &[I64, I64, I64, I64],
            GrowSlice => &[I64, I64, I64, I64, I64, I64],
            _ => &[],
        }
    }

    fn results(self) -> &'static [types::Type] {
        match self {
            RtFunc::CmpString | RtFunc::Mallocgc | RtFunc::MakeSlice => &[types::I64],
            RtFunc::MakeMap | RtFunc::MapAccess | RtFunc::MapAssign => &[types::I64],
            RtFunc::GetItab | RtFunc::IfaceEq | RtFunc::DeferAnchor => &[types::I64],
            RtFunc::DecodeRune | RtFunc::Recover => &[types::I64, types::I64],
            RtFunc::Complex128Div => &[types::F64, types::F64],
            _ => &[],
        }
    }

    /// Whether a call may panic (or run deferred calls that may): in a
    /// function that defers, such calls must be protected (see
    /// `FuncLower::call_inst`).
    pub fn may_panic(self) -> bool {
        use RtFunc::*;
        !matches!(
            self,
            PrintLock
                | PrintUnlock
                | PrintInt
                | PrintUint
                | PrintBool
                | PrintFloat
                | PrintComplex
                | PrintString
                | PrintPointer
                | PrintSp
                | PrintNl
                | PrintEface
                | Morestack
                | CmpString
                | Mallocgc
                | DecodeRune
                | Complex128Div
                | Recover
                | DeferProc
                | DeferAnchor
                | DeferProcAt
                | MapIterNext
        )
    }

    pub fn signature(self, call_conv: CallConv) -> Signature {
        let mut sig = Signature::new(call_conv);
        sig.params.extend(self.params().iter().map(|&t| AbiParam::new(t)));
        sig.returns.extend(self.results().iter().map(|&t| AbiParam::new(t)));
        sig
    }
}

/// The bounds checks that fail with their own message (Go's boundsError).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bounds {
    /// `index out of range [x] with length y`
    Index,
    /// `slice bounds out of range [:x] with length y`
    SliceAlen,
    /// `... [:x] with capacity y`
    SliceAcap,
    /// `... [x:y]`
    SliceB,
    /// `... [::x] with length y`
    Slice3Alen,
    /// `... [::x] with capacity y`
    Slice3Acap,
    /// `... [:x:y]`
    Slice3B,
    /// `... [x:y:]`
    Slice3C,
}

impl Bounds {
    fn symbol(self, unsigned: bool) -> &'static str {
        use Bounds::*;
        match (self, unsigned) {
            (Index, false) => "rgort_panic_index",
            (Index, true) => "rgort_panic_index_u",
            (SliceAlen, false) => "rgort_panic_slice_alen",
            (SliceAlen, true) => "rgort_panic_slice_alen_u",
            (SliceAcap, false) => "rgort_panic_slice_acap",
            (SliceAcap, true) => "rgort_panic_slice_acap_u",
            (SliceB, false) => "rgort_panic_slice_b",
            (SliceB, true) => "rgort_panic_slice_b_u",
            (Slice3Alen, false) => "rgort_panic_slice_3alen",
            (Slice3Alen, true) => "rgort_panic_slice_3alen_u",
            (Slice3Acap, false) => "rgort_panic_slice_3acap",
            (Slice3Acap, true) => "rgort_panic_slice_3acap_u",
            (Slice3B, false) => "rgort_panic_slice_3b",
            (Slice3B, true) => "rgort_panic_slice_3b_u",
            (Slice3C, false) => "rgort_panic_slice_3c",
            (Slice3C, true) => "rgort_panic_slice_3c_u",
        }
    }
}
