//! Compile-time constant values and their arithmetic.
//!
//! Integers are exact within i128; a constant expression that leaves that
//! range is reported as an overflow.

use crate::syntax::ast::{BinaryOp, UnaryOp};
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Const {
    Bool(bool),
    Int(i128),
    /// Go strings are byte sequences, not necessarily UTF-8.
    String(Rc<[u8]>),
}

impl fmt::Display for Const {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Const::Bool(b) => write!(f, "{b}"),
            Const::Int(i) => write!(f, "{i}"),
            Const::String(s) => write!(f, "{:?}", String::from_utf8_lossy(s)),
        }
    }
}

/// Why a constant operation produced no value.
pub enum ConstError {
    DivisionByZero,
    Overflow,
}

impl Const {
    pub fn as_int(&self) -> Option<i128> {
        match self {
            Const::Int(i) => Some(*i),
            _ => None,
        }
    }

    /// Whether an integer constant fits Go's 64-bit `int`.
    pub fn fits_int(&self) -> bool {
        match self {
            Const::Int(i) => i64::try_from(*i).is_ok(),
            _ => true,
        }
    }

    pub fn unary(op: UnaryOp, x: &Const) -> Option<Const> {
        Some(match (op, x) {
            (UnaryOp::Pos, Const::Int(i)) => Const::Int(*i),
            (UnaryOp::Neg, Const::Int(i)) => Const::Int(i.checked_neg()?),
            // `^x` on an untyped constant is `-1 ^ x`; typed ints are wrapped
            // back into range by the caller.
            (UnaryOp::Xor, Const::Int(i)) => Const::Int(!*i),
            (UnaryOp::Not, Const::Bool(b)) => Const::Bool(!*b),
            _ => return None,
        })
    }

    /// Folds `x op y`; the operand kinds were checked by the caller.
    pub fn binary(op: BinaryOp, x: &Const, y: &Const) -> Result<Const, ConstError> {
        use BinaryOp::*;
        let overflow = |v: Option<i128>| v.map(Const::Int).ok_or(ConstError::Overflow);
        match (x, y) {
            (Const::Int(a), Const::Int(b)) => match op {
                Add => overflow(a.checked_add(*b)),
                Sub => overflow(a.checked_sub(*b)),
                Mul => overflow(a.checked_mul(*b)),
                Div | Rem if *b == 0 => Err(ConstError::DivisionByZero),
                Div => overflow(a.checked_div(*b)),
                Rem => overflow(a.checked_rem(*b)),
                And => Ok(Const::Int(a & b)),
                Or => Ok(Const::Int(a | b)),
                Xor => Ok(Const::Int(a ^ b)),
                AndNot => Ok(Const::Int(a & !b)),
                Shl => overflow(
                    u32::try_from(*b)
                        .ok()
                        .and_then(|s| a.checked_shl(s))
                        .filter(|v| v >> b == *a),
                ),
                Shr => Ok(Const::Int(if *b >= 127 { a >> 127 } else { a >> b })),
                _ => Ok(Const::Bool(compare(op, a.cmp(b)))),
            },
            (Const::String(a), Const::String(b)) => match op {
                Add => Ok(Const::String(a.iter().chain(b.iter()).copied().collect())),
                _ => Ok(Const::Bool(compare(op, a.cmp(b)))),
            },
            (Const::Bool(a), Const::Bool(b)) => Ok(Const::Bool(match op {
                LogAnd => *a && *b,
                LogOr => *a || *b,
                Eq => a == b,
                _ => a != b,
            })),
            _ => unreachable!("constant operands of different kinds"),
        }
    }
}

fn compare(op: BinaryOp, ord: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        BinaryOp::Eq => ord == Equal,
        BinaryOp::Ne => ord != Equal,
        BinaryOp::Lt => ord == Less,
        BinaryOp::Le => ord != Greater,
        BinaryOp::Gt => ord == Greater,
        _ => ord != Less,
    }
}
