//! Tests of `Value`, and cross-checks against vectors produced by Go 1.19's
//! own `go/constant` and `go/types` (testdata/gen_vectors.go; regenerate
//! with `go run gen_vectors.go > gc_vectors.txt`).

use super::testutil::Rng;
use super::*;

const VECTORS: &str = include_str!("testdata/gc_vectors.txt");

/// A float literal, with an optional sign (which literals themselves lack).
fn float(s: &str) -> Value {
    match s.strip_prefix('-') {
        Some(t) => Value::unary(UnOp::Neg, &Value::from_float_literal(t).unwrap(), Basic::UntypedFloat).unwrap(),
        None => Value::from_float_literal(s).unwrap(),
    }
}

fn bigint(s: &str) -> BigInt {
    match s.strip_prefix('-') {
        Some(t) => BigInt::parse_literal(t).unwrap().neg(),
        None => BigInt::parse_literal(s).unwrap(),
    }
}

/// A tiny evaluator of untyped constant expressions for the vectors:
/// literals (int, float, imaginary, rune), unary `-`, binary `+ - * / <<`
/// and parentheses.
struct Eval<'a> {
    s: &'a [u8],
    i: usize,
}

impl Eval<'_> {
    fn run(src: &str) -> Result<(Value, Basic), ConstError> {
        let mut e = Eval { s: src.as_bytes(), i: 0 };
        let v = e.binary(1)?;
        e.ws();
        assert_eq!(e.i, e.s.len(), "trailing input in {src}");
        Ok(v)
    }

    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i] == b' ' {
            self.i += 1;
        }
    }

    fn binary(&mut self, prec: u8) -> Result<(Value, Basic), ConstError> {
        let mut x = self.unary()?;
        loop {
            self.ws();
            let rest = &self.s[self.i..];
            let (op, p, len) = if rest.starts_with(b"<<") {
                (BinOp::Shl, 5, 2)
            } else {
                match rest.first() {
                    Some(b'*') => (BinOp::Mul, 5, 1),
                    Some(b'/') => (BinOp::Div, 5, 1),
                    Some(b'+') => (BinOp::Add, 4, 1),
                    Some(b'-') => (BinOp::Sub, 4, 1),
                    _ => return Ok(x),
                }
            };
            if p < prec {
                return Ok(x);
            }
            self.i += len;
            let y = self.binary(p + 1)?;
            x = if op == BinOp::Shl {
                let t = if x.1.is_integer() { x.1 } else { Basic::UntypedInt };
                (Value::shift(op, &x.0, &y.0, t)?, t)
            } else {
                let t = Basic::promote_untyped(x.1, y.1).unwrap();
                (Value::binary(op, &x.0, &y.0, t)?, t)
            };
        }
    }

    fn unary(&mut self) -> Result<(Value, Basic), ConstError> {
        self.ws();
        match self.s[self.i] {
            b'-' => {
                self.i += 1;
                let (v, t) = self.unary()?;
                Ok((Value::unary(UnOp::Neg, &v, t)?, t))
            }
            b'(' => {
                self.i += 1;
                let v = self.binary(1)?;
                self.ws();
                assert_eq!(self.s[self.i], b')');
                self.i += 1;
                Ok(v)
            }
            b'\'' => {
                let end = self.s[self.i + 1..].iter().position(|&c| c == b'\'').unwrap() + self.i + 1;
                let body = std::str::from_utf8(&self.s[self.i + 1..end]).unwrap();
                self.i = end + 1;
                let code = match body.strip_prefix("\\U") {
                    Some(h) => u32::from_str_radix(h, 16).unwrap(),
                    None => body.chars().next().unwrap() as u32,
                };
                Ok((Value::int(code as i64), Basic::UntypedRune))
            }
            _ => {
                let start = self.i;
                while self.i < self.s.len() {
                    let c = self.s[self.i];
                    let hex = self.s[start..].starts_with(b"0x");
                    let exp_sign = self.i > start
                        && (c == b'-' || c == b'+')
                        && match self.s[self.i - 1] {
                            b'e' | b'E' => !hex,
                            b'p' | b'P' => true,
                            _ => false,
                        };
                    if c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || exp_sign {
                        self.i += 1;
                    } else {
                        break;
                    }
                }
                let lit = std::str::from_utf8(&self.s[start..self.i]).unwrap();
                if lit.ends_with('i') {
                    Ok((Value::from_imag_literal(lit)?, Basic::UntypedComplex))
                } else if lit.starts_with("0x") && !lit.contains(['p', 'P']) || !lit.contains(['.', 'e', 'E', 'p', 'P'])
                {
                    Ok((Value::from_int_literal(lit)?, Basic::UntypedInt))
                } else {
                    Ok((Value::from_float_literal(lit)?, Basic::UntypedFloat))
                }
            }
        }
    }
}

fn basic(name: &str) -> Basic {
    use Basic::*;
    [
        Int8, Int16, Int32, Int64, Int, Uint8, Uint16, Uint32, Uint64, Uint, Uintptr, Float32, Float64, Complex64,
        Complex128, String, Bool,
    ]
    .into_iter()
    .find(|t| t.name() == name)
    .unwrap()
}

#[test]
fn gc_vectors_float_literals() {
    let mut n = 0;
    for line in VECTORS.lines().filter(|l| l.starts_with("L\t")) {
        let f: Vec<&str> = line.split('\t').collect();
        let lit = f[1];
        if f[2] == "ERR" {
            assert_eq!(Value::from_float_literal(lit), Err(ConstError::Malformed), "{lit}");
            continue;
        }
        let Value::Float(r) = float(lit) else { unreachable!() };
        assert_eq!(r.to_string(), f[2], "String of {lit}");
        if f[3] != "-" && f[3] != "~" {
            assert_eq!(r.exact_string(), f[3], "ExactString of {lit}");
        }
        assert_eq!(format!("{:016x}", r.to_f64().to_bits()), f[4], "float64 of {lit}");
        assert_eq!(format!("{:08x}", r.to_f32().to_bits()), f[5], "float32 of {lit}");
        n += 1;
    }
    assert!(n > 900, "{n}");
}

#[test]
fn gc_vectors_float_arithmetic() {
    let mut n = 0;
    for line in VECTORS.lines().filter(|l| l.starts_with("B\t")) {
        let f: Vec<&str> = line.split('\t').collect();
        let op = match f[1] {
            "+" => BinOp::Add,
            "-" => BinOp::Sub,
            "*" => BinOp::Mul,
            "/" => BinOp::Div,
            o => panic!("{o}"),
        };
        let (x, y) = (float(f[2]), float(f[3]));
        let what = format!("{} {} {}", f[2], f[1], f[3]);
        let v = Value::binary(op, &x, &y, Basic::UntypedFloat);
        if f[4] == "ERR" {
            assert_eq!(v, Err(ConstError::NotRepresentable), "{what}");
            continue;
        }
        let Ok(Value::Float(r)) = v else { panic!("{what}: {v:?}") };
        assert_eq!(r.to_string(), f[4], "String of {what}");
        if f[5] != "-" && f[5] != "~" {
            assert_eq!(r.exact_string(), f[5], "ExactString of {what}");
        }
        assert_eq!(format!("{:016x}", r.to_f64().to_bits()), f[6], "float64 of {what}");
        n += 1;
    }
    assert!(n > 900, "{n}");
}

#[test]
fn gc_vectors_integer_arithmetic() {
    let mut n = 0;
    for line in VECTORS.lines().filter(|l| l.starts_with("I\t")) {
        let f: Vec<&str> = line.split('\t').collect();
        let (a, b) = (bigint(f[2]), bigint(f[3]));
        let got = match f[1] {
            "+" => a.add(&b),
            "-" => a.sub(&b),
            "*" => a.mul(&b),
            "/" => a.quo(&b).unwrap(),
            "%" => a.rem(&b).unwrap(),
            "&" => a.and(&b),
            "|" => a.or(&b),
            "^" => a.xor(&b),
            "&^" => a.and_not(&b),
            "<<" => a.shl(b.to_u64().unwrap()),
            ">>" => a.shr(b.to_u64().unwrap()),
            o => panic!("{o}"),
        };
        assert_eq!(got.to_string(), f[4], "{} {} {}", f[2], f[1], f[3]);
        n += 1;
    }
    for line in VECTORS.lines().filter(|l| l.starts_with("X\t")) {
        let f: Vec<&str> = line.split('\t').collect();
        let t = match f[1] {
            "0" => Basic::UntypedInt,
            "8" => Basic::Uint8,
            "16" => Basic::Uint16,
            "32" => Basic::Uint32,
            _ => Basic::Uint64,
        };
        let x = Value::Int(bigint(f[2]));
        match Value::unary(UnOp::Xor, &x, t) {
            Ok(v) => assert_eq!(v.to_string(), f[3], "^{} ({t})", f[2]),
            // Untyped results beyond 512 bits are gc's overflow error.
            Err(e) => assert!(e == ConstError::Overflow && bigint(f[3]).bit_len() > MAX_INT_BITS),
        }
        n += 1;
    }
    assert!(n > 1400, "{n}");
}

#[test]
fn gc_vectors_conversions() {
    let mut n = 0;
    for line in VECTORS.lines().filter(|l| l.starts_with("C\t")) {
        let f: Vec<&str> = line.split('\t').collect();
        let t = basic(f[1]);
        let (v, _) = Eval::run(f[2]).unwrap_or_else(|e| panic!("{}: {e:?}", f[2]));
        let got = v.convert(t);
        let what = format!("{}({})", f[1], f[2]);
        if f[3] == "ERR" {
            assert!(got.is_err(), "{what} gave {got:?}");
        } else {
            let got = got.unwrap_or_else(|e| panic!("{what}: {e:?}"));
            assert_eq!(got.to_string(), f[3], "String of {what}");
            if !f[4].contains('p') {
                assert_eq!(got.exact_string(), f[4], "ExactString of {what}");
            }
        }
        n += 1;
    }
    assert!(n > 1000, "{n}");
}

#[test]
fn gc_vectors_format_g() {
    let mut n = 0;
    for line in VECTORS.lines().filter(|l| l.starts_with("G\t")) {
        let f: Vec<&str> = line.split('\t').collect();
        let x = f64::from_bits(u64::from_str_radix(f[1], 16).unwrap());
        assert_eq!(format_g(x, Some(6)), f[2], "%.6g of {x:e}");
        assert_eq!(format_g(x, None), f[3], "%g of {x:e}");
        n += 1;
    }
    assert_eq!(n, 600);
}

#[test]
fn literals() {
    assert_eq!(Value::from_int_literal("0x_FF"), Ok(Value::int(255)));
    assert_eq!(Value::from_int_literal("0777"), Ok(Value::int(511)));
    assert_eq!(Value::from_int_literal("09"), Err(ConstError::Malformed));
    let big = format!("1{}", "0".repeat(160)); // > 512 bits
    assert_eq!(Value::from_int_literal(&big), Err(ConstError::Overflow));
    assert_eq!(Value::from_imag_literal("2i").unwrap().to_string(), "(0 + 2i)");
    assert_eq!(Value::from_imag_literal("0123i").unwrap().to_string(), "(0 + 123i)");
    assert_eq!(Value::from_imag_literal("0o123i").unwrap().to_string(), "(0 + 83i)");
    assert_eq!(Value::from_imag_literal("0x10i").unwrap().to_string(), "(0 + 16i)");
    assert_eq!(Value::from_imag_literal("0b101i").unwrap().to_string(), "(0 + 5i)");
    assert_eq!(Value::from_imag_literal("0x1p-2i").unwrap().to_string(), "(0 + 0.25i)");
    assert_eq!(Value::from_imag_literal("1e100i").unwrap().to_string(), "(0 + 1e+100i)");
    assert_eq!(Value::from_imag_literal("1_0.5i").unwrap().to_string(), "(0 + 10.5i)");
}

#[test]
fn malformed_literals() {
    // gc: "malformed constant: 1e+1000000000"; tiny ones underflow to 0.
    assert_eq!(Value::from_float_literal("1e+1000000000"), Err(ConstError::Malformed));
    assert_eq!(float("1e-1000000000"), Value::Float(Rat::zero()));
    assert_eq!(Value::from_imag_literal("1e+1000000000i"), Err(ConstError::Malformed));
}

#[test]
fn display_like_gc() {
    assert_eq!(Value::Bool(true).to_string(), "true");
    assert_eq!(Value::int(-42).to_string(), "-42");
    assert_eq!(float("1e100").to_string(), "1e+100");
    assert_eq!(Value::string(b"abc").to_string(), "\"abc\"");
    // gc: "héllo\x00\n\u200b\u00a0😀"
    let s = "h\u{e9}llo\0\n\u{200b}\u{a0}\u{1F600}";
    assert_eq!(Value::string(s.as_bytes()).to_string(), "\"h\u{e9}llo\\x00\\n\\u200b\\u00a0\u{1F600}\"");
    assert_eq!(Value::string(b"\xff\x80a\"\\\x7f\t").to_string(), r#""\xff\x80a\"\\\x7f\t""#);
    // Long strings are cut to 72 characters.
    let long = "abcdefghijklmnopqrstuvwxyz".repeat(3);
    assert_eq!(
        Value::string(long.as_bytes()).to_string(),
        "\"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop..."
    );
    assert_eq!(Value::string(long.as_bytes()).exact_string(), format!("\"{long}\""));
    let c = Value::binary(
        BinOp::Mul,
        &Eval::run("1 + 2i").unwrap().0,
        &Eval::run("3 - 4i").unwrap().0,
        Basic::UntypedComplex,
    )
    .unwrap();
    assert_eq!(c.to_string(), "(11 + 2i)");
    let c = Eval::run("-2i / 3").unwrap().0;
    assert_eq!(c.to_string(), "(0 + -0.666667i)");
    assert_eq!(format!("{:?}", Value::int(3)), "Int(3)");
}

#[test]
fn gc_messages() {
    // cannot use 1e100 (untyped float constant 1e+100) as int value in variable declaration (truncated)
    let v = float("1e100");
    let err = v.representable(Basic::Int).unwrap_err();
    assert_eq!(err, ReprError::Truncated);
    let d = describe_operand("1e100", "untyped float", true, &v);
    assert_eq!(
        assignment_message(&d, "int", "variable declaration", err),
        "cannot use 1e100 (untyped float constant 1e+100) as int value in variable declaration (truncated)"
    );
    // cannot use 300 (untyped int constant) as int8 value in assignment (overflows)
    let v = Value::int(300);
    let err = v.representable(Basic::Int8).unwrap_err();
    let d = describe_operand("300", "untyped int", true, &v);
    assert_eq!(
        assignment_message(&d, "int8", "assignment", err),
        "cannot use 300 (untyped int constant) as int8 value in assignment (overflows)"
    );
    // a + 1 (constant 256 of type uint8) overflows uint8
    let a = Value::int(255);
    let Err(ConstError::TypedOverflow(v)) = Value::binary(BinOp::Add, &a, &Value::int(1), Basic::Uint8) else {
        panic!()
    };
    let d = describe_operand("a + 1", "uint8", false, &v);
    assert_eq!(ReprError::Overflow.message(&d, "uint8"), "a + 1 (constant 256 of type uint8) overflows uint8");
    // -a (constant -255 of type uint8) overflows uint8
    let Err(ConstError::TypedOverflow(v)) = Value::unary(UnOp::Neg, &a, Basic::Uint8) else { panic!() };
    assert_eq!(*v, Value::int(-255));
    // f32 * 10 (constant 1e+39 of type float32) overflows float32
    let f32c = float("1e38").representable(Basic::Float32).unwrap();
    let Err(ConstError::TypedOverflow(v)) = Value::binary(BinOp::Mul, &f32c, &Value::int(10), Basic::Float32) else {
        panic!()
    };
    assert_eq!(describe_operand("f32 * 10", "float32", false, &v), "f32 * 10 (constant 1e+39 of type float32)");
    // cannot convert 2.5 (untyped float constant) to type int
    let v = float("2.5");
    assert!(v.convert(Basic::Int).is_err());
    assert_eq!(
        conversion_message(&describe_operand("2.5", "untyped float", true, &v), "int"),
        "cannot convert 2.5 (untyped float constant) to type int"
    );
    // Complex to float overflows, to int truncates (as gc words it).
    let c = Eval::run("1 + 2i").unwrap().0;
    assert_eq!(c.representable(Basic::Float64), Err(ReprError::Overflow));
    assert_eq!(c.representable(Basic::Int), Err(ReprError::Truncated));
    assert_eq!(Value::Bool(true).representable(Basic::Int), Err(ReprError::Invalid));
    assert_eq!(Value::string(b"x").representable(Basic::Float64), Err(ReprError::Invalid));
    assert_eq!(Value::int(1).representable(Basic::String), Err(ReprError::Invalid));
    assert_eq!(overflow_message(Some(BinOp::Shl)), "constant shift overflow");
    assert_eq!(overflow_message(Some(BinOp::Mul)), "constant multiplication overflow");
    assert_eq!(overflow_message(Some(BinOp::Div)), "constant overflow");
    assert_eq!(unary_overflow_message(UnOp::Xor), "constant bitwise complement overflow");
    assert_eq!(
        describe_operand("123456789.5", "untyped float", true, &float("123456789.5")),
        "123456789.5 (untyped float constant 1.23457e+08)"
    );
    assert_eq!(describe_operand("'a'", "untyped rune", true, &Value::int(97)), "'a' (untyped rune constant 97)");
}

#[test]
fn untyped_int_limit() {
    // gc: const h = 1 << 511 is fine; h * 2, -h - h, h + h overflow.
    let h = Value::shift(BinOp::Shl, &Value::int(1), &Value::int(511), Basic::UntypedInt).unwrap();
    let t = Basic::UntypedInt;
    assert_eq!(Value::binary(BinOp::Mul, &h, &Value::int(2), t), Err(ConstError::Overflow));
    assert_eq!(Value::binary(BinOp::Add, &h, &h, t), Err(ConstError::Overflow));
    let mh = Value::unary(UnOp::Neg, &h, t).unwrap();
    assert_eq!(Value::binary(BinOp::Sub, &mh, &h, t), Err(ConstError::Overflow));
    // ^(1 << 511) = -(1<<511) - 1 still fits (512 bits of magnitude).
    let c = Value::unary(UnOp::Xor, &h, t).unwrap();
    assert_eq!(c.as_int().unwrap().bit_len(), 512);
    assert_eq!(Value::shift(BinOp::Shl, &Value::int(1), &Value::int(512), t), Err(ConstError::Overflow));
    // Typed 64-bit arithmetic is checked against the type instead.
    let m = Value::int(i64::MAX);
    assert!(matches!(Value::binary(BinOp::Add, &m, &Value::int(1), Basic::Int64), Err(ConstError::TypedOverflow(_))));
    assert_eq!(Value::binary(BinOp::Add, &m, &Value::int(1), Basic::Uint64), Ok(Value::Int(BigInt::from_u64(1 << 63))));
}

#[test]
fn shifts() {
    let t = Basic::UntypedInt;
    let one = Value::int(1);
    assert_eq!(Value::shift(BinOp::Shl, &one, &Value::int(-1), t), Err(ConstError::NegativeShiftCount));
    assert_eq!(Value::shift(BinOp::Shr, &one, &float("-2.0"), t), Err(ConstError::NegativeShiftCount));
    assert_eq!(Value::shift(BinOp::Shl, &one, &float("1.5"), t), Err(ConstError::ShiftCount(ReprError::Truncated)));
    let huge = Value::shift(BinOp::Shl, &one, &Value::int(70), t).unwrap();
    assert_eq!(Value::shift(BinOp::Shl, &one, &huge, t), Err(ConstError::ShiftCount(ReprError::Overflow)));
    assert_eq!(Value::shift(BinOp::Shl, &one, &Value::int(1100), t), Err(ConstError::ShiftCountTooLarge));
    assert_eq!(Value::shift(BinOp::Shr, &one, &Value::int(1074), t), Ok(Value::int(0)));
    assert_eq!(
        Value::shift(BinOp::Shl, &float("1.5"), &Value::int(2), Basic::UntypedFloat),
        Err(ConstError::ShiftedOperandNotInteger)
    );
    assert_eq!(Value::shift(BinOp::Shl, &float("2.0"), &Value::int(2), Basic::UntypedFloat), Ok(Value::int(8)));
    assert_eq!(Value::shift(BinOp::Shr, &Value::int(-9), &Value::int(1), t), Ok(Value::int(-5)));
    // A typed float operand is refused even when integral:
    // "shifted operand f (constant 2 of type float64) must be integer".
    assert_eq!(
        Value::shift(BinOp::Shl, &float("2.0"), &Value::int(1), Basic::Float64),
        Err(ConstError::ShiftedOperandNotInteger)
    );
    assert_eq!(Value::shift(BinOp::Shl, &one, &float("3.0"), t), Ok(Value::int(8)));
    // int8(1) << 10 (constant 1024 of type int8) overflows int8
    assert_eq!(
        Value::shift(BinOp::Shl, &one, &Value::int(10), Basic::Int8),
        Err(ConstError::TypedOverflow(Box::new(Value::int(1024))))
    );
    assert_eq!(Value::shift(BinOp::Shl, &one, &Value::int(7), Basic::Uint8), Ok(Value::int(128)));
    // Through binary().
    assert_eq!(Value::binary(BinOp::Shl, &one, &Value::int(3), t), Ok(Value::int(8)));
}

#[test]
fn operators_by_kind() {
    let ut = Basic::UntypedFloat;
    assert_eq!(Value::binary(BinOp::Rem, &float("1.5"), &float("2"), ut), Err(ConstError::OperatorNotDefined));
    assert_eq!(Value::unary(UnOp::Xor, &float("1.0"), ut), Err(ConstError::OperatorNotDefined));
    assert_eq!(
        Value::binary(BinOp::Sub, &Value::string(b"a"), &Value::string(b"b"), Basic::UntypedString),
        Err(ConstError::OperatorNotDefined)
    );
    let (i1, i2) = (Eval::run("1i").unwrap().0, Eval::run("2i").unwrap().0);
    assert_eq!(Value::compare(BinOp::Lt, &i1, &i2, Basic::UntypedComplex), Err(ConstError::OperatorNotDefined));
    assert_eq!(Value::compare(BinOp::Ne, &i1, &i2, Basic::UntypedComplex), Ok(true));
    assert_eq!(
        Value::binary(BinOp::Add, &Value::string(b"ab"), &Value::string(b"c"), Basic::String),
        Ok(Value::string(b"abc"))
    );
    assert_eq!(Value::compare(BinOp::Lt, &Value::string(b"ab"), &Value::string(b"b"), Basic::String), Ok(true));
    assert_eq!(
        Value::binary(BinOp::LogAnd, &Value::Bool(true), &Value::Bool(false), Basic::Bool),
        Ok(Value::Bool(false))
    );
    assert_eq!(
        Value::binary(BinOp::Eq, &Value::Bool(true), &Value::Bool(true), Basic::UntypedBool),
        Ok(Value::Bool(true))
    );
    assert_eq!(Value::unary(UnOp::Not, &Value::Bool(true), Basic::Bool), Ok(Value::Bool(false)));
    // Division by zero everywhere.
    let t = Basic::UntypedInt;
    assert_eq!(Value::binary(BinOp::Div, &Value::int(1), &Value::int(0), t), Err(ConstError::DivisionByZero));
    assert_eq!(Value::binary(BinOp::Rem, &Value::int(1), &Value::int(0), t), Err(ConstError::DivisionByZero));
    assert_eq!(Value::binary(BinOp::Div, &float("1.0"), &Value::int(0), ut), Err(ConstError::DivisionByZero));
    let z = Value::Complex(Rat::zero(), Rat::zero());
    assert_eq!(Value::binary(BinOp::Div, &i1, &z, Basic::UntypedComplex), Err(ConstError::DivisionByZero));
    // issue20227.go: the squares of these underflow, so it is a division by zero.
    for e in ["1 / 1e-600000000i", "1i / 1e-600000000", "1i / (1e-600000000 + 1e-600000000i)"] {
        assert_eq!(Eval::run(e).map(|v| v.0), Err(ConstError::DivisionByZero), "{e}");
    }
    // Integer division truncates; with a float operand it is exact.
    assert_eq!(Value::binary(BinOp::Div, &Value::int(-7), &Value::int(2), t), Ok(Value::int(-3)));
    assert_eq!(Value::binary(BinOp::Rem, &Value::int(-7), &Value::int(2), t), Ok(Value::int(-1)));
    assert_eq!(Eval::run("7 / 2.0").unwrap().0.to_string(), "3.5");
    assert_eq!(Eval::run("7.0 / 2").unwrap().1, Basic::UntypedFloat);
    assert_eq!(Eval::run("'a' + 1").unwrap().1, Basic::UntypedRune);
    assert_eq!(Eval::run("'a' + 0.5").unwrap().0.to_string(), "97.5");
    assert_eq!(Eval::run("1 + 1.5i").unwrap().0.to_string(), "(1 + 1.5i)");
    // A typed float operand with an Int value is treated as a float.
    assert_eq!(Value::binary(BinOp::Div, &Value::int(1), &Value::int(2), Basic::Float64).unwrap().to_string(), "0.5");
    // Typed float32 arithmetic rounds after each operation.
    let tenth = float("0.1").representable(Basic::Float32).unwrap();
    assert_eq!(tenth.to_f64(), Some(0.1f32 as f64));
    let three = Value::binary(BinOp::Mul, &tenth, &Value::int(3), Basic::Float32).unwrap();
    assert_eq!(three.to_f32(), Some(0.1f32 * 3.0));
    // Typed unsigned complement.
    assert_eq!(Value::unary(UnOp::Xor, &Value::int(0), Basic::Uint8), Ok(Value::int(255)));
    assert_eq!(Value::unary(UnOp::Xor, &Value::int(1), Basic::Uint), Ok(Value::Int(BigInt::from_u64(u64::MAX - 1))));
    assert_eq!(Value::unary(UnOp::Xor, &Value::int(0), Basic::Int8), Ok(Value::int(-1)));
    assert_eq!(Value::unary(UnOp::Xor, &Value::int(5), Basic::UntypedInt), Ok(Value::int(-6)));
}

#[test]
fn huge_quotient_is_an_integer() {
    // gc accepts `var s int = 1e600000000 / 1e599999999` (go/constant's ToInt
    // tolerates the rounding of big.Float values).
    let v = Eval::run("1e600000000 / 1e599999999").unwrap().0;
    assert_eq!(v.representable(Basic::Int), Ok(Value::int(10)));
    assert_eq!(v.representable(Basic::Float64).unwrap().to_f64(), Some(10.0));
    // An exact rational that is not an integer is never rounded into one.
    let r = Eval::run("(1 << 400 + 1) / 8.0").unwrap().0;
    assert_eq!(r.representable(Basic::UntypedInt), Err(ReprError::Truncated));
}

#[test]
fn conversions() {
    assert_eq!(Value::int(65).convert(Basic::String), Ok(Value::string(b"A")));
    assert_eq!(Value::int(0x20ac).convert(Basic::String), Ok(Value::string("\u{20ac}".as_bytes())));
    for bad in [-1i64, 0xD800, 0x110000] {
        assert_eq!(Value::int(bad).convert(Basic::String), Ok(Value::string("\u{FFFD}".as_bytes())));
    }
    let big = Eval::run("1 << 70").unwrap().0;
    assert_eq!(big.convert(Basic::String), Ok(Value::string("\u{FFFD}".as_bytes())));
    assert_eq!(Value::string(b"x").convert(Basic::String), Ok(Value::string(b"x")));
    assert_eq!(float("1.0").convert(Basic::Int), Ok(Value::int(1)));
    assert_eq!(Value::int(16777217).convert(Basic::Float32).unwrap().to_string(), "1.67772e+07");
    assert_eq!(Value::int(16777217).convert(Basic::Float32).unwrap().exact_string(), "16777216");
    assert_eq!(float("1e-50").convert(Basic::Float32), Ok(Value::Float(Rat::zero())));
    assert_eq!(float("1e39").convert(Basic::Float32), Err(ReprError::Overflow));
    assert_eq!(Value::int(3).representable(Basic::UntypedFloat), Ok(float("3.0")));
    assert_eq!(Value::int(3).representable(Basic::Complex128).unwrap().to_string(), "(3 + 0i)");
    assert_eq!(Value::int(3).representable(Basic::UntypedRune), Ok(Value::int(3)));
}

#[test]
fn untyped_promotion() {
    use Basic::*;
    assert_eq!(Basic::promote_untyped(UntypedInt, UntypedRune), Some(UntypedRune));
    assert_eq!(Basic::promote_untyped(UntypedFloat, UntypedRune), Some(UntypedFloat));
    assert_eq!(Basic::promote_untyped(UntypedComplex, UntypedInt), Some(UntypedComplex));
    assert_eq!(Basic::promote_untyped(UntypedString, UntypedString), Some(UntypedString));
    assert_eq!(Basic::promote_untyped(UntypedString, UntypedInt), None);
    assert_eq!(Basic::promote_untyped(Int, UntypedInt), None);
    assert_eq!(UntypedRune.default_type(), Int32);
    assert_eq!(UntypedFloat.default_type(), Float64);
}

/// Value arithmetic on random 64-bit operands agrees with Go's wrapping
/// semantics where the result is representable, and reports typed overflow
/// exactly when i64/u64 arithmetic overflows.
#[test]
fn randomized_typed_int_ops() {
    let mut rng = Rng::new(3);
    for _ in 0..20_000 {
        let a = rng.i128() as i64;
        let b = rng.i128() as i64;
        let (va, vb) = (Value::int(a), Value::int(b));
        let t = Basic::Int64;
        let check = |op: BinOp, want: Option<i64>| {
            let got = Value::binary(op, &va, &vb, t);
            match want {
                Some(w) => assert_eq!(got, Ok(Value::int(w)), "{a} {} {b}", op.as_str()),
                None => assert!(got.is_err(), "{a} {} {b}", op.as_str()),
            }
        };
        check(BinOp::Add, a.checked_add(b));
        check(BinOp::Sub, a.checked_sub(b));
        check(BinOp::Mul, a.checked_mul(b));
        check(BinOp::Div, a.checked_div(b));
        check(BinOp::Rem, if b == 0 { None } else { Some(a.wrapping_rem(b)) });
        check(BinOp::And, Some(a & b));
        check(BinOp::Or, Some(a | b));
        check(BinOp::Xor, Some(a ^ b));
        check(BinOp::AndNot, Some(a & !b));
        for (op, want) in [(BinOp::Lt, a < b), (BinOp::Le, a <= b), (BinOp::Eq, a == b), (BinOp::Ge, a >= b)] {
            assert_eq!(Value::binary(op, &va, &vb, t), Ok(Value::Bool(want)));
        }
        let (ua, ub) = (a as u64, b as u64);
        let (va, vb) = (Value::Int(BigInt::from_u64(ua)), Value::Int(BigInt::from_u64(ub)));
        let got = Value::binary(BinOp::Add, &va, &vb, Basic::Uint64);
        assert_eq!(got.is_ok(), ua.checked_add(ub).is_some());
        let got = Value::binary(BinOp::Sub, &va, &vb, Basic::Uint64);
        assert_eq!(got.ok(), ua.checked_sub(ub).map(|v| Value::Int(BigInt::from_u64(v))));
        // Conversions to each integer type agree with Rust's checked conversions.
        let v = Value::int(a);
        assert_eq!(v.representable(Basic::Int8).is_ok(), i8::try_from(a).is_ok());
        assert_eq!(v.representable(Basic::Uint16).is_ok(), u16::try_from(a).is_ok());
        assert_eq!(v.representable(Basic::Int32).is_ok(), i32::try_from(a).is_ok());
        assert_eq!(v.representable(Basic::Uint32).is_ok(), u32::try_from(a).is_ok());
        assert_eq!(v.representable(Basic::Uint).is_ok(), a >= 0);
        assert_eq!(v.representable(Basic::Float64).unwrap().to_f64(), Some(a as f64));
        assert_eq!(v.representable(Basic::Float32).unwrap().to_f32(), Some(a as f32));
    }
}
