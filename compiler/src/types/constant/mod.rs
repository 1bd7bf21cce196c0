//! Exact constant arithmetic for Go's constants.
//!
//! * [`BigInt`]: arbitrary-precision integers (untyped integer constants are
//!   limited to 512 bits, like gc: beyond is [`ConstError::Overflow`]).
//! * [`Rat`]: exact rationals for floating-point constants (rounded to 512
//!   significant bits only when numerator or denominator reach 4096 bits,
//!   gc's switch from `big.Rat` to `big.Float`).
//! * [`Value`]: a constant value, with the operations of constant
//!   expressions following the spec and gc's `types2` (Go 1.19): unary and
//!   binary operators with kind promotion, shifts, comparisons,
//!   representability in each basic type (with rounding for floats) and
//!   conversions. `Display` prints a value the way gc's messages do.
//!
//! Operands are typed by the checker's [`Basic`] kinds and the parser's
//! binary operators; unary operators have their own [`UnOp`] (only those
//! that apply to constants).

pub mod bigint;
pub mod rat;

pub use super::ty::Basic;
pub use crate::syntax::ast::BinaryOp as BinOp;
pub use bigint::BigInt;
pub use rat::{format_g, Rat};

use std::cmp::Ordering;
use std::fmt;
use std::rc::Rc;

/// Untyped integer constants may have at most this many bits (gc: 512).
pub const MAX_INT_BITS: u64 = 512;
/// Largest constant shift count (gc: `1023 - 1 + 52`, enough for the
/// smallest float64).
pub const MAX_SHIFT: u64 = 1023 - 1 + 52;
/// Size in bits of `int`, `uint` and `uintptr` (both targets are 64-bit).
pub const WORD_BITS: u32 = 64;

/// The value kind constants of basic type `b` have.
fn value_kind(b: Basic) -> Kind {
    if b.is_boolean() {
        Kind::Bool
    } else if b.is_string() {
        Kind::String
    } else if b.is_integer() {
        Kind::Int
    } else if b.is_float() {
        Kind::Float
    } else {
        Kind::Complex
    }
}

/// The kind of a constant value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Bool,
    String,
    Int,
    Float,
    Complex,
}

/// A constant value. The kind follows the constant's type: integer types
/// (and untyped int and rune) hold `Int`, float types `Float`, complex
/// types `Complex`; `representable` converts between them.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Value {
    Bool(bool),
    /// Go strings are byte sequences, not necessarily UTF-8.
    String(Rc<[u8]>),
    Int(BigInt),
    Float(Rat),
    /// Real and imaginary parts.
    Complex(Rat, Rat),
}

/// Unary operators on constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
}

/// Why a value is not representable in a type; the suffix of gc's
/// assignment messages and the verb of its operand messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReprError {
    /// Numeric, out of range: `(overflows)`, `... overflows T`.
    Overflow,
    /// A non-integer (float or complex) constant for an integer type — also
    /// when it is merely too large: `(truncated)`, `... truncated to T`.
    Truncated,
    /// Kinds that do not convert at all (string to int, ...): no suffix,
    /// `cannot convert ... to type T`.
    Invalid,
}

impl ReprError {
    /// gc's suffix in `cannot use X as T value in assignment (overflows)`
    /// (empty for `Invalid`).
    pub fn suffix(self) -> &'static str {
        match self {
            ReprError::Overflow => " (overflows)",
            ReprError::Truncated => " (truncated)",
            ReprError::Invalid => "",
        }
    }

    /// gc's message for a constant that does not fit where no assignment
    /// context applies (typed constant results, shift counts):
    /// `{operand} overflows int8`, `{operand} truncated to uint`,
    /// `cannot convert {operand} to type T`.
    pub fn message(self, operand: &str, target: &str) -> String {
        match self {
            ReprError::Overflow => format!("{operand} overflows {target}"),
            ReprError::Truncated => format!("{operand} truncated to {target}"),
            ReprError::Invalid => format!("cannot convert {operand} to type {target}"),
        }
    }
}

/// Why a constant operation produced no value. The gc (Go 1.19) message
/// for each is given; `{x}` is an operand description as made by
/// [`describe_operand`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConstError {
    /// `invalid operation: division by zero`
    DivisionByZero,
    /// An untyped integer result of more than 512 bits:
    /// `constant addition overflow` ([`overflow_message`]).
    Overflow,
    /// A float or complex result beyond the exponent range (|x| >= 2^(2^31-1)):
    /// `constant result is not representable`.
    NotRepresentable,
    /// A typed result outside its type; carries the exact result:
    /// `{expr} (constant 256 of type uint8) overflows uint8`.
    TypedOverflow(Box<Value>),
    /// A literal that cannot be represented: `malformed constant: 1e+1000000000`.
    Malformed,
    /// `invalid operation: operator % not defined on {x}` (also `<` on
    /// complex, `-` on strings, `^` on floats, mixed kinds).
    OperatorNotDefined,
    /// `invalid operation: negative shift count {y}`
    NegativeShiftCount,
    /// An untyped shift count that is not a `uint`: `{y} truncated to uint`
    /// or `{y} overflows uint` ([`ReprError::message`]).
    ShiftCount(ReprError),
    /// A shift count above 1074: `invalid operation: invalid shift count {y}`.
    ShiftCountTooLarge,
    /// `invalid operation: shifted operand {x} must be integer`
    ShiftedOperandNotInteger,
}

/// gc's message for [`ConstError::Overflow`] of binary operator `op`:
/// `constant addition overflow`, `constant shift overflow`, ... (types2's
/// `opName`; operators without a name give `constant overflow`).
pub fn overflow_message(op: Option<BinOp>) -> String {
    let name = match op {
        Some(BinOp::Add) => "addition ",
        Some(BinOp::Sub) => "subtraction ",
        Some(BinOp::Xor) => "bitwise XOR ",
        Some(BinOp::Mul) => "multiplication ",
        Some(BinOp::Shl) => "shift ",
        _ => "",
    };
    format!("constant {name}overflow")
}

/// gc's message for [`ConstError::Overflow`] of a unary operator (`^x`:
/// `constant bitwise complement overflow`).
pub fn unary_overflow_message(op: UnOp) -> String {
    match op {
        UnOp::Xor => "constant bitwise complement overflow".into(),
        _ => "constant overflow".into(),
    }
}

/// gc's description of a constant operand (types2 `operand.String`):
/// `300 (untyped int constant)`, `1e100 (untyped float constant 1e+100)`,
/// `a + 1 (constant 256 of type uint8)`. The value is added when its
/// string differs from the expression's source text `expr`; `typ` is the
/// type's name as gc prints it (`uint8`, `MyInt`, `untyped float`), and
/// `untyped` says whether it is an untyped kind.
pub fn describe_operand(expr: &str, typ: &str, untyped: bool, value: &Value) -> String {
    let mut s = format!("{expr} (");
    if untyped {
        s.push_str(typ);
        s.push(' ');
    }
    s.push_str("constant");
    let v = value.to_string();
    if v != expr {
        s.push(' ');
        s.push_str(&v);
    }
    if !untyped {
        s.push_str(" of type ");
        s.push_str(typ);
    }
    s.push(')');
    s
}

/// gc's message for an unrepresentable constant in an assignment context
/// (`context` is `assignment`, `variable declaration`, `constant
/// declaration`, `return statement`, `argument to f`, ...):
/// `cannot use 300 (untyped int constant) as int8 value in assignment (overflows)`.
pub fn assignment_message(operand: &str, target: &str, context: &str, err: ReprError) -> String {
    format!("cannot use {operand} as {target} value in {context}{}", err.suffix())
}

/// gc's (Go 1.19) message for an invalid constant conversion `T(x)`:
/// `cannot convert 2.5 (untyped float constant) to type int`.
pub fn conversion_message(operand: &str, target: &str) -> String {
    format!("cannot convert {operand} to type {target}")
}

impl Value {
    pub fn int(v: i64) -> Value {
        Value::Int(BigInt::from_i64(v))
    }

    pub fn string(bytes: &[u8]) -> Value {
        Value::String(Rc::from(bytes))
    }

    pub fn kind(&self) -> Kind {
        match self {
            Value::Bool(_) => Kind::Bool,
            Value::String(_) => Kind::String,
            Value::Int(_) => Kind::Int,
            Value::Float(_) => Kind::Float,
            Value::Complex(..) => Kind::Complex,
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(self, Value::Int(_) | Value::Float(_) | Value::Complex(..))
    }

    /// An integer literal (`0x1F`, `0o17`, `017`, `0b1`, `1_000`). Values
    /// beyond 512 bits are an overflow (gc from Go 1.20: `constant overflow`).
    pub fn from_int_literal(lit: &str) -> Result<Value, ConstError> {
        let v = BigInt::parse_literal(lit).ok_or(ConstError::Malformed)?;
        if v.bit_len() > MAX_INT_BITS {
            return Err(ConstError::Overflow);
        }
        Ok(Value::Int(v))
    }

    /// A floating-point literal (`1e-400`, `0x1p-2`, `1_000.5e3`, `.5`).
    pub fn from_float_literal(lit: &str) -> Result<Value, ConstError> {
        Rat::parse_literal(lit).map(Value::Float)
    }

    /// An imaginary literal (`2i`, `1.5e3i`, `0x1p-2i`, `0b101i`; the
    /// legacy `0123i` is decimal).
    pub fn from_imag_literal(lit: &str) -> Result<Value, ConstError> {
        let s = lit.strip_suffix('i').ok_or(ConstError::Malformed)?;
        let b = s.as_bytes();
        let prefixed_int = b.len() >= 2
            && b[0] == b'0'
            && (matches!(b[1], b'b' | b'B' | b'o' | b'O')
                || (matches!(b[1], b'x' | b'X') && !s.contains(['.', 'p', 'P'])));
        let im = if prefixed_int {
            Rat::from_bigint(BigInt::parse_literal(s).ok_or(ConstError::Malformed)?)
        } else {
            Rat::parse_literal(s)?
        };
        Ok(Value::Complex(Rat::zero(), im))
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<&BigInt> {
        match self {
            Value::Int(i) => Some(i),
            _ => None,
        }
    }

    /// An `Int` value that fits `i64`.
    pub fn to_i64(&self) -> Option<i64> {
        self.as_int()?.to_i64()
    }

    /// An `Int` value that fits `u64`.
    pub fn to_u64(&self) -> Option<u64> {
        self.as_int()?.to_u64()
    }

    /// The nearest `f64` of an `Int` or `Float` value (±inf beyond range);
    /// what code generation uses for float64 constants.
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            Value::Int(i) => Some(i.to_f64()),
            Value::Float(r) => Some(r.to_f64()),
            _ => None,
        }
    }

    /// The nearest `f32` of an `Int` or `Float` value, rounded once.
    pub fn to_f32(&self) -> Option<f32> {
        match self {
            Value::Int(i) => Some(Rat::from_bigint(i.clone()).to_f32()),
            Value::Float(r) => Some(r.to_f32()),
            _ => None,
        }
    }

    /// The parts of a numeric value as `f64`s.
    pub fn to_complex_f64(&self) -> Option<(f64, f64)> {
        match self {
            Value::Complex(re, im) => Some((re.to_f64(), im.to_f64())),
            v => Some((v.to_f64()?, 0.0)),
        }
    }

    /// The value as an integer (go/constant `ToInt`): `Int` as is, a
    /// `Float` or `Complex` (with zero imaginary part) holding an integer.
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(i.clone()),
            // gc only converts floats of less than 4096 bits.
            Value::Float(r) => r.to_integer(rat::MAX_COMPONENT_BITS - 1),
            Value::Complex(re, im) if im.is_zero() => re.to_integer(rat::MAX_COMPONENT_BITS - 1),
            _ => None,
        }
    }

    /// The value as a float (go/constant `ToFloat`).
    pub fn to_float(&self) -> Option<Rat> {
        match self {
            Value::Int(i) => Some(Rat::from_bigint(i.clone())),
            Value::Float(r) => Some(r.clone()),
            Value::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    /// The value as a complex number (go/constant `ToComplex`).
    pub fn to_complex(&self) -> Option<(Rat, Rat)> {
        match self {
            Value::Complex(re, im) => Some((re.clone(), im.clone())),
            v => Some((v.to_float()?, Rat::zero())),
        }
    }

    /// The value converted to `kind` where that is exact.
    fn coerce(&self, kind: Kind) -> Option<Value> {
        if self.kind() == kind {
            return Some(self.clone());
        }
        match kind {
            Kind::Int => self.to_int().map(Value::Int),
            Kind::Float => self.to_float().map(Value::Float),
            Kind::Complex => self.to_complex().map(|(re, im)| Value::Complex(re, im)),
            _ => None,
        }
    }

    /// Whether the value is representable by a value of type `typ`, and
    /// the value converted to it: integers for integer types, floats
    /// rounded to float32/float64 (an overflow if the rounding reaches
    /// infinity), complex numbers rounded part by part. Untyped targets
    /// only change the kind. As in gc, a non-integer constant for an integer
    /// type is `Truncated` even when it is also too large.
    pub fn representable(&self, typ: Basic) -> Result<Value, ReprError> {
        if typ.is_boolean() {
            return match self {
                Value::Bool(_) => Ok(self.clone()),
                _ => Err(ReprError::Invalid),
            };
        }
        if typ.is_string() {
            return match self {
                Value::String(_) => Ok(self.clone()),
                _ => Err(ReprError::Invalid),
            };
        }
        if !self.is_numeric() {
            return Err(ReprError::Invalid);
        }
        let fail =
            if typ.is_integer() && self.kind() != Kind::Int { ReprError::Truncated } else { ReprError::Overflow };
        if typ.is_integer() {
            let v = self.to_int().ok_or(fail)?;
            let ok = match typ.int_bits() {
                None => true, // untyped int or rune
                Some(bits) if typ.is_unsigned() => !v.is_negative() && v.bit_len() <= bits as u64,
                Some(bits) => {
                    let lim = BigInt::one().shl(bits as u64 - 1);
                    v >= lim.neg() && v < lim
                }
            };
            return if ok { Ok(Value::Int(v)) } else { Err(fail) };
        }
        let round = |r: &Rat| -> Option<Rat> {
            match typ {
                Basic::Float32 | Basic::Complex64 => r.round_f32(),
                Basic::Float64 | Basic::Complex128 => r.round_f64(),
                _ => Some(r.clone()),
            }
        };
        if typ.is_float() {
            let r = self.to_float().ok_or(fail)?;
            return round(&r).map(Value::Float).ok_or(fail);
        }
        let (re, im) = self.to_complex().ok_or(fail)?;
        match (round(&re), round(&im)) {
            (Some(re), Some(im)) => Ok(Value::Complex(re, im)),
            _ => Err(fail),
        }
    }

    /// The constant conversion `T(x)` (spec "Conversions"): as
    /// `representable`, except that an integer converts to a string type as
    /// the UTF-8 of that code point ("\u{FFFD}" when it is not a valid
    /// one). Use [`conversion_message`] for the error.
    pub fn convert(&self, typ: Basic) -> Result<Value, ReprError> {
        if typ.is_string() {
            if let Value::Int(i) = self {
                let c = i.to_u64().and_then(|c| u32::try_from(c).ok()).and_then(char::from_u32).unwrap_or('\u{FFFD}');
                let mut buf = [0u8; 4];
                return Ok(Value::string(c.encode_utf8(&mut buf).as_bytes()));
            }
        }
        self.representable(typ)
    }

    /// Checks a result of type `typ`: typed results must be representable
    /// (and are rounded to float32/float64), untyped integers must fit 512
    /// bits.
    fn check_result(v: Value, typ: Basic) -> Result<Value, ConstError> {
        if !typ.is_untyped() {
            return v.representable(typ).map_err(|_| ConstError::TypedOverflow(Box::new(v.clone())));
        }
        if let Value::Int(i) = &v {
            if i.bit_len() > MAX_INT_BITS {
                return Err(ConstError::Overflow);
            }
        }
        Ok(v)
    }

    /// `op x` for an operand of type `typ` (its underlying basic type).
    /// `^x` is `-x-1`, except for unsigned types where it flips the bits
    /// of the type's size.
    pub fn unary(op: UnOp, x: &Value, typ: Basic) -> Result<Value, ConstError> {
        let x = x.coerce(value_kind(typ)).ok_or(ConstError::OperatorNotDefined)?;
        let v = match (op, &x) {
            (UnOp::Pos, v) if v.is_numeric() => v.clone(),
            (UnOp::Neg, Value::Int(i)) => Value::Int(i.neg()),
            (UnOp::Neg, Value::Float(r)) => Value::Float(r.neg()),
            (UnOp::Neg, Value::Complex(re, im)) => Value::Complex(re.neg(), im.neg()),
            (UnOp::Xor, Value::Int(i)) => match typ.int_bits() {
                Some(bits) if typ.is_unsigned() => {
                    let mask = BigInt::one().shl(bits as u64).sub(&BigInt::one());
                    Value::Int(i.xor(&mask))
                }
                _ => Value::Int(i.not()),
            },
            (UnOp::Not, Value::Bool(b)) => Value::Bool(!b),
            _ => return Err(ConstError::OperatorNotDefined),
        };
        Value::check_result(v, typ)
    }

    /// `x op y` for operands of type `typ` (the operands' common underlying
    /// type; for two untyped operands the larger kind, see
    /// [`Basic::promote_untyped`]). Operand values are converted to the
    /// kind of `typ` first (an untyped int operand of a float operation
    /// becomes a float). Integer `/` truncates; comparisons give `Bool`;
    /// shifts go to [`Value::shift`] with `typ` as the left operand's type.
    pub fn binary(op: BinOp, x: &Value, y: &Value, typ: Basic) -> Result<Value, ConstError> {
        if op.is_shift() {
            return Value::shift(op, x, y, typ);
        }
        if op.is_comparison() {
            return Value::compare(op, x, y, typ).map(Value::Bool);
        }
        let kind = value_kind(typ);
        let x = x.coerce(kind).ok_or(ConstError::OperatorNotDefined)?;
        let y = y.coerce(kind).ok_or(ConstError::OperatorNotDefined)?;
        use BinOp::*;
        let v = match (&x, &y) {
            (Value::Bool(a), Value::Bool(b)) => match op {
                LogAnd => Value::Bool(*a && *b),
                LogOr => Value::Bool(*a || *b),
                _ => return Err(ConstError::OperatorNotDefined),
            },
            (Value::String(a), Value::String(b)) => match op {
                Add => Value::String(a.iter().chain(b.iter()).copied().collect()),
                _ => return Err(ConstError::OperatorNotDefined),
            },
            (Value::Int(a), Value::Int(b)) => Value::Int(match op {
                Add => a.add(b),
                Sub => a.sub(b),
                Mul => a.mul(b),
                Div => a.quo(b).ok_or(ConstError::DivisionByZero)?,
                Rem => a.rem(b).ok_or(ConstError::DivisionByZero)?,
                And => a.and(b),
                Or => a.or(b),
                Xor => a.xor(b),
                AndNot => a.and_not(b),
                _ => return Err(ConstError::OperatorNotDefined),
            }),
            (Value::Float(a), Value::Float(b)) => Value::Float(match op {
                Add => a.add(b),
                Sub => a.sub(b),
                Mul => a.mul(b),
                Div => a.quo(b),
                _ => return Err(ConstError::OperatorNotDefined),
            }?),
            (Value::Complex(a, b), Value::Complex(c, d)) => {
                let (re, im) = match op {
                    Add => (a.add(c)?, b.add(d)?),
                    Sub => (a.sub(c)?, b.sub(d)?),
                    // (a+bi)(c+di) = (ac-bd) + (ad+bc)i
                    Mul => (a.mul(c)?.sub(&b.mul(d)?)?, a.mul(d)?.add(&b.mul(c)?)?),
                    // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
                    Div => {
                        let s = c.mul(c)?.add(&d.mul(d)?)?;
                        if s.is_zero() {
                            return Err(ConstError::DivisionByZero);
                        }
                        let re = a.mul(c)?.add(&b.mul(d)?)?;
                        let im = b.mul(c)?.sub(&a.mul(d)?)?;
                        (re.quo(&s)?, im.quo(&s)?)
                    }
                    _ => return Err(ConstError::OperatorNotDefined),
                };
                Value::Complex(re, im)
            }
            _ => return Err(ConstError::OperatorNotDefined),
        };
        Value::check_result(v, typ)
    }

    /// Compares `x op y` (`op` a comparison) for operands of type `typ`.
    /// Complex numbers and booleans only have `==` and `!=`.
    pub fn compare(op: BinOp, x: &Value, y: &Value, typ: Basic) -> Result<bool, ConstError> {
        let kind = value_kind(typ).max(x.kind()).max(y.kind());
        let x = x.coerce(kind).ok_or(ConstError::OperatorNotDefined)?;
        let y = y.coerce(kind).ok_or(ConstError::OperatorNotDefined)?;
        let ord = match (&x, &y) {
            (Value::Int(a), Value::Int(b)) => a.cmp(b),
            (Value::Float(a), Value::Float(b)) => a.cmp(b),
            (Value::String(a), Value::String(b)) => a.cmp(b),
            (Value::Bool(_), Value::Bool(_)) | (Value::Complex(..), Value::Complex(..)) => {
                return match op {
                    BinOp::Eq => Ok(x == y),
                    BinOp::Ne => Ok(x != y),
                    _ => Err(ConstError::OperatorNotDefined),
                };
            }
            _ => return Err(ConstError::OperatorNotDefined),
        };
        Ok(match op {
            BinOp::Eq => ord == Ordering::Equal,
            BinOp::Ne => ord != Ordering::Equal,
            BinOp::Lt => ord == Ordering::Less,
            BinOp::Le => ord != Ordering::Greater,
            BinOp::Gt => ord == Ordering::Greater,
            BinOp::Ge => ord != Ordering::Less,
            _ => return Err(ConstError::OperatorNotDefined),
        })
    }

    /// The constant shift `x << y` / `x >> y` (types2's checks in order):
    /// the count must not be negative, must be representable as `uint`
    /// and at most 1074; `x` must be of integer type, or untyped and hold
    /// an integer (`2.0 << 1` is the untyped int 4). `typ` is the type of
    /// `x`; the result has that type, or untyped int for an untyped
    /// float or complex `x`.
    pub fn shift(op: BinOp, x: &Value, y: &Value, typ: Basic) -> Result<Value, ConstError> {
        let count = y.to_int();
        if count.as_ref().is_some_and(|c| c.is_negative()) {
            return Err(ConstError::NegativeShiftCount);
        }
        let count = y.representable(Basic::Uint).map_err(ConstError::ShiftCount)?;
        let s = match count.to_u64() {
            Some(s) if s <= MAX_SHIFT => s,
            _ => return Err(ConstError::ShiftCountTooLarge),
        };
        // A typed operand must have an integer type; an untyped one must
        // hold an integer value.
        if !typ.is_integer() && !typ.is_untyped() {
            return Err(ConstError::ShiftedOperandNotInteger);
        }
        let a = x.to_int().ok_or(ConstError::ShiftedOperandNotInteger)?;
        let typ = if typ.is_integer() { typ } else { Basic::UntypedInt };
        let v = match op {
            BinOp::Shl => a.shl(s),
            BinOp::Shr => a.shr(s),
            _ => return Err(ConstError::OperatorNotDefined),
        };
        Value::check_result(Value::Int(v), typ)
    }

    /// gc's exact form (go/constant `ExactString`): full strings, exact
    /// fractions (`1/3`).
    pub fn exact_string(&self) -> String {
        match self {
            Value::String(s) => quote(s),
            Value::Float(r) => r.exact_string(),
            Value::Complex(re, im) => format!("({} + {}i)", re.exact_string(), im.exact_string()),
            v => v.to_string(),
        }
    }
}

/// Go's `strconv.Quote` of a byte string.
pub fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    let mut i = 0;
    while i < s.len() {
        // Decode one UTF-8 sequence (invalid bytes are escaped one by one).
        let len = match s[i] {
            0x00..=0x7f => 1,
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => 0,
        };
        let ch = (len > 0 && i + len <= s.len())
            .then(|| std::str::from_utf8(&s[i..i + len]).ok())
            .flatten()
            .and_then(|t| t.chars().next());
        let Some(c) = ch else {
            out.push_str(&format!("\\x{:02x}", s[i]));
            i += 1;
            continue;
        };
        i += len;
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            c if is_print(c) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// An approximation of Go's `strconv.IsPrint`: letters, marks, numbers,
/// punctuation, symbols and the ASCII space.
fn is_print(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return (0x20..0x7f).contains(&u);
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(u,
            0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f
            | 0x2028..=0x202e | 0x2060..=0x206f | 0xd800..=0xf8ff | 0xfeff
            | 0xfff0..=0xfffb | 0xfffe | 0xffff | 0xe0000..=0x10ffff)
        || (u & 0xfffe) == 0xfffe)
}

/// gc's short form of a constant, as in its messages (go/constant
/// `String`): `true`, `"abc"` (quoted, cut to 72 characters with `...`),
/// `300`, `1e+100`, `(1 + 2i)`.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Bool(b) => write!(f, "{b}"),
            Value::String(s) => {
                const MAX_LEN: usize = 72;
                let q = quote(s);
                if q.chars().count() > MAX_LEN {
                    let cut: String = q.chars().take(MAX_LEN - 3).collect();
                    write!(f, "{cut}...")
                } else {
                    f.write_str(&q)
                }
            }
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(r) => write!(f, "{r}"),
            Value::Complex(re, im) => write!(f, "({re} + {im}i)"),
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Float(r) => write!(f, "Float({r:?})"),
            Value::Complex(re, im) => write!(f, "Complex({re:?}, {im:?})"),
            v => write!(f, "{:?}({})", v.kind(), v.exact_string()),
        }
    }
}

#[cfg(test)]
pub(crate) mod testutil {
    /// A small deterministic generator (xorshift64*).
    pub struct Rng(u64);

    impl Rng {
        pub fn new(seed: u64) -> Rng {
            Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
        }

        pub fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        /// An i128 with a random number of significant bits, now and then
        /// an edge value.
        pub fn i128(&mut self) -> i128 {
            if self.next().is_multiple_of(8) {
                let edges = [0, 1, -1, i64::MIN as i128, i64::MAX as i128, i128::MIN, i128::MAX];
                return edges[self.next() as usize % edges.len()];
            }
            let v = ((self.next() as u128) << 64 | self.next() as u128) as i128;
            v >> (self.next() % 128)
        }
    }
}

#[cfg(test)]
mod tests;
