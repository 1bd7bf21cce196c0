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
        }
    }

    fn params(self) -> &'static [types::Type] {
        use types::{F64, I64};
        match self {
            RtFunc::PrintInt | RtFunc::PrintUint | RtFunc::PrintBool | RtFunc::PrintPointer => {
                &[I64]
            }
            RtFunc::PrintFloat => &[F64],
            RtFunc::PrintComplex => &[F64, F64],
            RtFunc::PrintString => &[I64, I64],
            RtFunc::CmpString => &[I64, I64, I64, I64],
            _ => &[],
        }
    }

    fn results(self) -> &'static [types::Type] {
        match self {
            RtFunc::CmpString => &[types::I64],
            _ => &[],
        }
    }

    pub fn signature(self, call_conv: CallConv) -> Signature {
        let mut sig = Signature::new(call_conv);
        sig.params
            .extend(self.params().iter().map(|&t| AbiParam::new(t)));
        sig.returns
            .extend(self.results().iter().map(|&t| AbiParam::new(t)));
        sig
    }
}
