//! The runtime (`rgort`) entry points that generated code calls. They use
//! the platform C calling convention and take 64-bit integers.

use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RtFunc {
    PrintLock,
    PrintUnlock,
    PrintInt,
    PrintBool,
    PrintString,
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
            RtFunc::PrintBool => "rgort_printbool",
            RtFunc::PrintString => "rgort_printstring",
            RtFunc::PrintSp => "rgort_printsp",
            RtFunc::PrintNl => "rgort_printnl",
            RtFunc::PanicDivide => "rgort_panic_divide",
            RtFunc::PanicShift => "rgort_panic_shift",
            RtFunc::Morestack => "rgort_morestack",
            RtFunc::CmpString => "rgort_cmpstring",
        }
    }

    fn param_count(self) -> usize {
        match self {
            RtFunc::PrintInt | RtFunc::PrintBool => 1,
            RtFunc::PrintString => 2,
            RtFunc::CmpString => 4,
            _ => 0,
        }
    }

    fn result_count(self) -> usize {
        match self {
            RtFunc::CmpString => 1,
            _ => 0,
        }
    }

    pub fn signature(self, call_conv: CallConv) -> Signature {
        let mut sig = Signature::new(call_conv);
        sig.params
            .extend((0..self.param_count()).map(|_| AbiParam::new(types::I64)));
        sig.returns
            .extend((0..self.result_count()).map(|_| AbiParam::new(types::I64)));
        sig
    }
}
