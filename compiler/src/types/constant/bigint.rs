//! Arbitrary-precision signed integers.
//!
//! A value that fits `i64` is kept inline (`Small`); anything else is a sign
//! and a little-endian magnitude of `u32` limbs (`Large`). The representation
//! is canonical (a `Large` never fits `i64`, and its magnitude has no
//! leading zero limbs), so the derived equality and hashing are by value.
//!
//! Bitwise operations (`and`, `or`, `xor`, `and_not`, `not`) and the
//! arithmetic right shift follow Go's semantics for negative values: they act
//! on an infinite two's-complement representation.

use std::cmp::Ordering;
use std::fmt;

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct BigInt(Repr);

#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    Small(i64),
    /// Never fits `i64`; `mag` has no trailing (most significant) zeros.
    Large {
        neg: bool,
        mag: Vec<u32>,
    },
}

// ---------------------------------------------------------------------------
// Magnitude helpers: little-endian u32 limbs.

fn trim(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

fn mag_of_u64(x: u64) -> Vec<u32> {
    let mut v = vec![x as u32, (x >> 32) as u32];
    trim(&mut v);
    v
}

fn mag_of_u128(x: u128) -> Vec<u32> {
    let mut v = (0..4).map(|i| (x >> (32 * i)) as u32).collect();
    trim(&mut v);
    v
}

fn mag_cmp(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

fn mag_add(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut r = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for (i, &x) in a.iter().enumerate() {
        let t = x as u64 + *b.get(i).unwrap_or(&0) as u64 + carry;
        r.push(t as u32);
        carry = t >> 32;
    }
    if carry != 0 {
        r.push(carry as u32);
    }
    r
}

/// `a - b`; requires `a >= b`.
fn mag_sub(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut r = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for (i, &x) in a.iter().enumerate() {
        let t = x as i64 - *b.get(i).unwrap_or(&0) as i64 - borrow;
        if t < 0 {
            r.push((t + (1i64 << 32)) as u32);
            borrow = 1;
        } else {
            r.push(t as u32);
            borrow = 0;
        }
    }
    debug_assert_eq!(borrow, 0);
    trim(&mut r);
    r
}

fn mag_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut r = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        if x == 0 {
            continue;
        }
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = x as u64 * y as u64 + r[i + j] as u64 + carry;
            r[i + j] = t as u32;
            carry = t >> 32;
        }
        let mut k = i + b.len();
        while carry != 0 {
            let t = r[k] as u64 + carry;
            r[k] = t as u32;
            carry = t >> 32;
            k += 1;
        }
    }
    trim(&mut r);
    r
}

/// Divides by one limb, returning the quotient and the remainder.
fn mag_divrem_small(a: &[u32], d: u32) -> (Vec<u32>, u32) {
    let mut q = vec![0u32; a.len()];
    let mut rem = 0u64;
    for i in (0..a.len()).rev() {
        let cur = (rem << 32) | a[i] as u64;
        q[i] = (cur / d as u64) as u32;
        rem = cur % d as u64;
    }
    trim(&mut q);
    (q, rem as u32)
}

/// Knuth's algorithm D (after Hacker's Delight `divmnu`); `v` is nonzero.
fn mag_divrem(u: &[u32], v: &[u32]) -> (Vec<u32>, Vec<u32>) {
    assert!(!v.is_empty(), "division by zero");
    if mag_cmp(u, v) == Ordering::Less {
        return (Vec::new(), u.to_vec());
    }
    if v.len() == 1 {
        let (q, r) = mag_divrem_small(u, v[0]);
        return (q, mag_of_u64(r as u64));
    }
    let n = v.len();
    let m = u.len();
    let s = v[n - 1].leading_zeros();
    let vn = shl_limbs_bits(v, s, n);
    let mut un = shl_limbs_bits(u, s, m + 1);
    let mut q = vec![0u32; m - n + 1];
    let b: u64 = 1 << 32;
    for j in (0..=m - n).rev() {
        let num = ((un[j + n] as u64) << 32) | un[j + n - 1] as u64;
        let mut qhat = num / vn[n - 1] as u64;
        let mut rhat = num % vn[n - 1] as u64;
        while qhat >= b || qhat * vn[n - 2] as u64 > ((rhat << 32) | un[j + n - 2] as u64) {
            qhat -= 1;
            rhat += vn[n - 1] as u64;
            if rhat >= b {
                break;
            }
        }
        // Multiply and subtract.
        let mut k: i64 = 0;
        for i in 0..n {
            let p = qhat * vn[i] as u64;
            let t = un[i + j] as i64 - k - (p & 0xFFFF_FFFF) as i64;
            un[i + j] = t as u32;
            k = (p >> 32) as i64 - (t >> 32);
        }
        let t = un[j + n] as i64 - k;
        un[j + n] = t as u32;
        if t < 0 {
            // Subtracted too much: add back.
            q[j] = (qhat - 1) as u32;
            let mut carry = 0u64;
            for i in 0..n {
                let t = un[i + j] as u64 + vn[i] as u64 + carry;
                un[i + j] = t as u32;
                carry = t >> 32;
            }
            un[j + n] = un[j + n].wrapping_add(carry as u32);
        } else {
            q[j] = qhat as u32;
        }
    }
    trim(&mut q);
    // Unnormalise the remainder.
    let mut r = vec![0u32; n];
    for i in 0..n {
        r[i] = if s == 0 { un[i] } else { (un[i] >> s) | (un[i + 1] << (32 - s)) };
    }
    trim(&mut r);
    (q, r)
}

/// `a << s` for `s < 32`, into exactly `len` limbs (the caller makes room).
fn shl_limbs_bits(a: &[u32], s: u32, len: usize) -> Vec<u32> {
    let mut r = vec![0u32; len];
    let mut carry = 0u32;
    for i in 0..a.len() {
        r[i] = if s == 0 { a[i] } else { (a[i] << s) | carry };
        carry = if s == 0 { 0 } else { a[i] >> (32 - s) };
    }
    if a.len() < len {
        r[a.len()] = carry;
    } else {
        debug_assert_eq!(carry, 0);
    }
    r
}

fn mag_shl(a: &[u32], n: u64) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let limbs = (n / 32) as usize;
    let bits = (n % 32) as u32;
    let mut r = vec![0u32; limbs];
    r.extend(shl_limbs_bits(a, bits, a.len() + 1));
    trim(&mut r);
    r
}

fn mag_shr(a: &[u32], n: u64) -> Vec<u32> {
    let limbs = (n / 32) as usize;
    if limbs >= a.len() {
        return Vec::new();
    }
    let bits = (n % 32) as u32;
    let src = &a[limbs..];
    let mut r = vec![0u32; src.len()];
    for i in 0..src.len() {
        let hi = if bits == 0 { 0 } else { src.get(i + 1).map_or(0, |&h| h << (32 - bits)) };
        r[i] = (src[i] >> bits) | hi;
    }
    trim(&mut r);
    r
}

fn mag_bit_len(a: &[u32]) -> u64 {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 32 + (32 - top.leading_zeros() as u64),
    }
}

/// Whether any of the low `n` bits of `a` is set.
fn mag_low_bits_nonzero(a: &[u32], n: u64) -> bool {
    let limbs = (n / 32) as usize;
    let bits = (n % 32) as u32;
    for (i, &l) in a.iter().enumerate() {
        if i < limbs {
            if l != 0 {
                return true;
            }
        } else if i == limbs {
            return bits != 0 && l & ((1u32 << bits) - 1) != 0;
        } else {
            break;
        }
    }
    false
}

/// The two's-complement limbs of a signed magnitude, sign-extended to `len`.
fn to_twos(neg: bool, mag: &[u32], len: usize) -> Vec<u32> {
    let mut r = vec![0u32; len];
    r[..mag.len()].copy_from_slice(mag);
    if neg {
        // -m = !(m - 1)
        let mut borrow = true;
        for l in r.iter_mut() {
            if borrow {
                let (v, b) = l.overflowing_sub(1);
                *l = v;
                borrow = b;
            }
            *l = !*l;
        }
    }
    r
}

fn from_twos(mut r: Vec<u32>) -> BigInt {
    let neg = r.last().is_some_and(|&t| t & 0x8000_0000 != 0);
    if neg {
        // m = !r + 1
        let mut carry = true;
        for l in r.iter_mut() {
            *l = !*l;
            if carry {
                let (v, c) = l.overflowing_add(1);
                *l = v;
                carry = c;
            }
        }
    }
    BigInt::from_parts(neg, r)
}

// ---------------------------------------------------------------------------

impl BigInt {
    pub fn zero() -> BigInt {
        BigInt(Repr::Small(0))
    }

    pub fn one() -> BigInt {
        BigInt(Repr::Small(1))
    }

    pub fn from_i64(v: i64) -> BigInt {
        BigInt(Repr::Small(v))
    }

    pub fn from_u64(v: u64) -> BigInt {
        match i64::try_from(v) {
            Ok(v) => BigInt(Repr::Small(v)),
            Err(_) => BigInt::from_parts(false, mag_of_u64(v)),
        }
    }

    pub fn from_i128(v: i128) -> BigInt {
        match i64::try_from(v) {
            Ok(v) => BigInt(Repr::Small(v)),
            Err(_) => BigInt::from_parts(v < 0, mag_of_u128(v.unsigned_abs())),
        }
    }

    pub fn from_u128(v: u128) -> BigInt {
        BigInt::from_parts(false, mag_of_u128(v))
    }

    /// Builds the canonical value of a sign and magnitude.
    fn from_parts(neg: bool, mut mag: Vec<u32>) -> BigInt {
        trim(&mut mag);
        if mag.len() <= 2 {
            let m = mag.first().copied().unwrap_or(0) as u64 | (mag.get(1).copied().unwrap_or(0) as u64) << 32;
            if !neg && m <= i64::MAX as u64 {
                return BigInt(Repr::Small(m as i64));
            }
            if neg && m <= 1u64 << 63 {
                return BigInt(Repr::Small((m as i64).wrapping_neg()));
            }
        }
        BigInt(Repr::Large { neg, mag })
    }

    /// The sign and magnitude.
    fn parts(&self) -> (bool, std::borrow::Cow<'_, [u32]>) {
        match &self.0 {
            Repr::Small(v) => (*v < 0, std::borrow::Cow::Owned(mag_of_u64(v.unsigned_abs()))),
            Repr::Large { neg, mag } => (*neg, std::borrow::Cow::Borrowed(mag)),
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self.0, Repr::Small(0))
    }

    /// -1, 0 or 1.
    pub fn sign(&self) -> i32 {
        match &self.0 {
            Repr::Small(v) => v.signum() as i32,
            Repr::Large { neg, .. } => {
                if *neg {
                    -1
                } else {
                    1
                }
            }
        }
    }

    pub fn is_negative(&self) -> bool {
        self.sign() < 0
    }

    pub fn is_odd(&self) -> bool {
        match &self.0 {
            Repr::Small(v) => v & 1 != 0,
            Repr::Large { mag, .. } => mag[0] & 1 != 0,
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self.0 {
            Repr::Small(v) => Some(v),
            Repr::Large { .. } => None,
        }
    }

    pub fn to_u64(&self) -> Option<u64> {
        match &self.0 {
            Repr::Small(v) => u64::try_from(*v).ok(),
            Repr::Large { neg: false, mag } if mag.len() <= 2 => {
                Some(mag[0] as u64 | (mag.get(1).copied().unwrap_or(0) as u64) << 32)
            }
            Repr::Large { .. } => None,
        }
    }

    pub fn to_i128(&self) -> Option<i128> {
        let (neg, mag) = self.parts();
        if mag.len() > 4 {
            return None;
        }
        let m = mag.iter().enumerate().fold(0u128, |acc, (i, &l)| acc | (l as u128) << (32 * i));
        if neg {
            if m <= 1u128 << 127 {
                Some((m as i128).wrapping_neg())
            } else {
                None
            }
        } else {
            i128::try_from(m).ok()
        }
    }

    pub fn to_u128(&self) -> Option<u128> {
        let (neg, mag) = self.parts();
        if mag.len() > 4 || (neg && !mag.is_empty()) {
            return None;
        }
        Some(mag.iter().enumerate().fold(0u128, |acc, (i, &l)| acc | (l as u128) << (32 * i)))
    }

    /// The number of bits of `|self|` (0 for 0), as Go's `big.Int.BitLen`.
    pub fn bit_len(&self) -> u64 {
        match &self.0 {
            Repr::Small(v) => 64 - v.unsigned_abs().leading_zeros() as u64,
            Repr::Large { mag, .. } => mag_bit_len(mag),
        }
    }

    /// The number of trailing zero bits of `|self|`; `None` for 0.
    pub fn trailing_zeros(&self) -> Option<u64> {
        match &self.0 {
            Repr::Small(0) => None,
            Repr::Small(v) => Some(v.trailing_zeros() as u64),
            Repr::Large { mag, .. } => {
                let i = mag.iter().position(|&l| l != 0)?;
                Some(i as u64 * 32 + mag[i].trailing_zeros() as u64)
            }
        }
    }

    /// Whether any of the low `n` bits of `|self|` is set.
    pub fn low_bits_nonzero(&self, n: u64) -> bool {
        match &self.0 {
            Repr::Small(v) => {
                let m = v.unsigned_abs();
                n > 0 && (n >= 64 || m & ((1u64 << n) - 1) != 0)
            }
            Repr::Large { mag, .. } => mag_low_bits_nonzero(mag, n),
        }
    }

    /// Bit `i` of `|self|`.
    pub fn abs_bit(&self, i: u64) -> bool {
        let (_, mag) = self.parts();
        let limb = (i / 32) as usize;
        limb < mag.len() && mag[limb] >> (i % 32) & 1 != 0
    }

    pub fn neg(&self) -> BigInt {
        match &self.0 {
            Repr::Small(v) => match v.checked_neg() {
                Some(n) => BigInt(Repr::Small(n)),
                None => BigInt::from_parts(false, mag_of_u64(1 << 63)),
            },
            Repr::Large { neg, mag } => BigInt::from_parts(!neg, mag.clone()),
        }
    }

    pub fn abs(&self) -> BigInt {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    fn add_signed(an: bool, am: &[u32], bn: bool, bm: &[u32]) -> BigInt {
        if an == bn {
            return BigInt::from_parts(an, mag_add(am, bm));
        }
        match mag_cmp(am, bm) {
            Ordering::Equal => BigInt::zero(),
            Ordering::Greater => BigInt::from_parts(an, mag_sub(am, bm)),
            Ordering::Less => BigInt::from_parts(bn, mag_sub(bm, am)),
        }
    }

    pub fn add(&self, other: &BigInt) -> BigInt {
        if let (Repr::Small(a), Repr::Small(b)) = (&self.0, &other.0) {
            if let Some(s) = a.checked_add(*b) {
                return BigInt(Repr::Small(s));
            }
            return BigInt::from_i128(*a as i128 + *b as i128);
        }
        let (an, am) = self.parts();
        let (bn, bm) = other.parts();
        BigInt::add_signed(an, &am, bn, &bm)
    }

    pub fn sub(&self, other: &BigInt) -> BigInt {
        if let (Repr::Small(a), Repr::Small(b)) = (&self.0, &other.0) {
            if let Some(s) = a.checked_sub(*b) {
                return BigInt(Repr::Small(s));
            }
            return BigInt::from_i128(*a as i128 - *b as i128);
        }
        let (an, am) = self.parts();
        let (bn, bm) = other.parts();
        BigInt::add_signed(an, &am, !bn, &bm)
    }

    pub fn mul(&self, other: &BigInt) -> BigInt {
        if let (Repr::Small(a), Repr::Small(b)) = (&self.0, &other.0) {
            if let Some(p) = a.checked_mul(*b) {
                return BigInt(Repr::Small(p));
            }
            return BigInt::from_i128(*a as i128 * *b as i128);
        }
        let (an, am) = self.parts();
        let (bn, bm) = other.parts();
        BigInt::from_parts(an != bn, mag_mul(&am, &bm))
    }

    /// Truncated division and remainder (Go's `/` and `%`): the quotient
    /// rounds toward zero and the remainder has the dividend's sign.
    /// `None` when dividing by zero.
    pub fn quo_rem(&self, other: &BigInt) -> Option<(BigInt, BigInt)> {
        if other.is_zero() {
            return None;
        }
        if let (Repr::Small(a), Repr::Small(b)) = (&self.0, &other.0) {
            if let (Some(q), Some(r)) = (a.checked_div(*b), a.checked_rem(*b)) {
                return Some((BigInt(Repr::Small(q)), BigInt(Repr::Small(r))));
            }
        }
        let (an, am) = self.parts();
        let (bn, bm) = other.parts();
        let (q, r) = mag_divrem(&am, &bm);
        Some((BigInt::from_parts(an != bn, q), BigInt::from_parts(an, r)))
    }

    /// Truncated quotient; `None` when dividing by zero.
    pub fn quo(&self, other: &BigInt) -> Option<BigInt> {
        self.quo_rem(other).map(|(q, _)| q)
    }

    /// Remainder with the dividend's sign; `None` when dividing by zero.
    pub fn rem(&self, other: &BigInt) -> Option<BigInt> {
        self.quo_rem(other).map(|(_, r)| r)
    }

    /// `self * 2^n`.
    pub fn shl(&self, n: u64) -> BigInt {
        if let Repr::Small(v) = self.0 {
            if n < 64 {
                let wide = (v as i128) << n;
                if (wide >> n) as i64 == v {
                    return BigInt::from_i128(wide);
                }
            }
        }
        let (neg, mag) = self.parts();
        BigInt::from_parts(neg, mag_shl(&mag, n))
    }

    /// `floor(self / 2^n)`: an arithmetic shift, as Go's `>>`.
    pub fn shr(&self, n: u64) -> BigInt {
        if let Repr::Small(v) = self.0 {
            return BigInt(Repr::Small(v >> n.min(63)));
        }
        let (neg, mag) = self.parts();
        if !neg {
            return BigInt::from_parts(false, mag_shr(&mag, n));
        }
        // -m >> n == -((m - 1) >> n) - 1
        let m1 = mag_sub(&mag, &[1]);
        let q = mag_shr(&m1, n);
        BigInt::from_parts(true, mag_add(&q, &[1]))
    }

    /// `|self| >> n` with the sign kept: the shift that truncates toward zero.
    pub fn shr_trunc(&self, n: u64) -> BigInt {
        let (neg, mag) = self.parts();
        BigInt::from_parts(neg, mag_shr(&mag, n))
    }

    fn bitwise(&self, other: &BigInt, f: impl Fn(u32, u32) -> u32) -> BigInt {
        if let (Repr::Small(a), Repr::Small(b)) = (&self.0, &other.0) {
            let r = f(*a as u32, *b as u32) as u64 | (f((*a >> 32) as u32, (*b >> 32) as u32) as u64) << 32;
            return BigInt(Repr::Small(r as i64));
        }
        let (an, am) = self.parts();
        let (bn, bm) = other.parts();
        let len = am.len().max(bm.len()) + 1;
        let a = to_twos(an, &am, len);
        let b = to_twos(bn, &bm, len);
        from_twos(a.iter().zip(&b).map(|(&x, &y)| f(x, y)).collect())
    }

    pub fn and(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x & y)
    }

    pub fn or(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x | y)
    }

    pub fn xor(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x ^ y)
    }

    /// `self &^ other`.
    pub fn and_not(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, |x, y| x & !y)
    }

    /// `^self` (= `-self - 1`).
    pub fn not(&self) -> BigInt {
        match self.0 {
            Repr::Small(v) => BigInt(Repr::Small(!v)),
            _ => self.neg().sub(&BigInt::one()),
        }
    }

    pub fn pow(&self, mut e: u64) -> BigInt {
        let mut base = self.clone();
        let mut acc = BigInt::one();
        while e > 0 {
            if e & 1 == 1 {
                acc = acc.mul(&base);
            }
            e >>= 1;
            if e > 0 {
                base = base.mul(&base);
            }
        }
        acc
    }

    /// The greatest common divisor of `|self|` and `|other|` (0 if both are 0).
    pub fn gcd(&self, other: &BigInt) -> BigInt {
        let mut a = self.abs();
        let mut b = other.abs();
        loop {
            if let (Some(x), Some(y)) = (a.to_u64(), b.to_u64()) {
                let (mut x, mut y) = (x, y);
                while y != 0 {
                    (x, y) = (y, x % y);
                }
                return BigInt::from_u64(x);
            }
            if b.is_zero() {
                return a;
            }
            let r = a.rem(&b).unwrap();
            a = b;
            b = r;
        }
    }

    /// Parses digits in `base` (2, 8, 10 or 16), ignoring `_` separators.
    /// No sign or prefix; `None` if there is no digit or a digit is invalid.
    pub fn parse_radix(digits: &str, base: u32) -> Option<BigInt> {
        assert!(matches!(base, 2 | 8 | 10 | 16));
        // Limbs of `chunk` digits are folded in at a time.
        let chunk: u32 = match base {
            2 => 31,
            8 => 10,
            10 => 9,
            _ => 7,
        };
        let mut mag: Vec<u32> = Vec::new();
        let mut acc: u32 = 0;
        let mut n: u32 = 0;
        let mut any = false;
        let flush = |mag: &mut Vec<u32>, acc: u32, n: u32| {
            let mul = base.pow(n);
            let mut carry = acc as u64;
            for l in mag.iter_mut() {
                let t = *l as u64 * mul as u64 + carry;
                *l = t as u32;
                carry = t >> 32;
            }
            if carry != 0 {
                mag.push(carry as u32);
            }
        };
        for c in digits.chars() {
            if c == '_' {
                continue;
            }
            let d = c.to_digit(base)?;
            any = true;
            acc = acc * base + d;
            n += 1;
            if n == chunk {
                flush(&mut mag, acc, n);
                acc = 0;
                n = 0;
            }
        }
        if !any {
            return None;
        }
        if n > 0 {
            flush(&mut mag, acc, n);
        }
        Some(BigInt::from_parts(false, mag))
    }

    /// Parses a Go integer literal: an optional `0x`/`0X`, `0o`/`0O`,
    /// `0b`/`0B` or legacy `0` (octal) prefix, digits and `_` separators.
    pub fn parse_literal(lit: &str) -> Option<BigInt> {
        let b = lit.as_bytes();
        let (base, digits) = if b.len() >= 2 && b[0] == b'0' {
            match b[1] {
                b'x' | b'X' => (16, &lit[2..]),
                b'o' | b'O' => (8, &lit[2..]),
                b'b' | b'B' => (2, &lit[2..]),
                _ => (8, &lit[1..]),
            }
        } else {
            (10, lit)
        };
        if base == 8 && b.len() >= 2 && b[1] != b'o' && b[1] != b'O' {
            // Legacy octal: "0_7" and "00" are fine; the digits may be all
            // separators only when there is the leading 0 itself.
            if digits.chars().all(|c| c == '_') {
                return Some(BigInt::zero());
            }
        }
        BigInt::parse_radix(digits, base)
    }

    /// Decimal digits of `|self|`.
    fn abs_decimal(&self) -> String {
        match &self.0 {
            Repr::Small(v) => v.unsigned_abs().to_string(),
            Repr::Large { mag, .. } => {
                let mut chunks = Vec::new();
                let mut cur = mag.clone();
                while !cur.is_empty() {
                    let (q, r) = mag_divrem_small(&cur, 1_000_000_000);
                    chunks.push(r);
                    cur = q;
                }
                let mut s = chunks.pop().unwrap().to_string();
                for c in chunks.iter().rev() {
                    s.push_str(&format!("{c:09}"));
                }
                s
            }
        }
    }

    /// Lower-case hexadecimal digits of `|self|`.
    pub fn abs_hex(&self) -> String {
        let (_, mag) = self.parts();
        if mag.is_empty() {
            return "0".into();
        }
        let mut s = format!("{:x}", mag[mag.len() - 1]);
        for l in mag[..mag.len() - 1].iter().rev() {
            s.push_str(&format!("{l:08x}"));
        }
        s
    }

    /// The value rounded to the nearest `f64` (ties to even); infinite when
    /// out of range.
    pub fn to_f64(&self) -> f64 {
        if let Repr::Small(v) = self.0 {
            return v as f64; // Rust's int-to-float cast rounds to nearest even.
        }
        super::rat::Rat::from_bigint(self.clone()).to_f64()
    }
}

impl Default for BigInt {
    fn default() -> Self {
        BigInt::zero()
    }
}

impl Ord for BigInt {
    fn cmp(&self, other: &BigInt) -> Ordering {
        if let (Repr::Small(a), Repr::Small(b)) = (&self.0, &other.0) {
            return a.cmp(b);
        }
        let (an, am) = self.parts();
        let (bn, bm) = other.parts();
        match (an, bn) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => mag_cmp(&am, &bm),
            (true, true) => mag_cmp(&bm, &am),
        }
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &BigInt) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.is_negative() {
            f.write_str("-")?;
        }
        f.write_str(&self.abs_decimal())
    }
}

impl fmt::Debug for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl From<i64> for BigInt {
    fn from(v: i64) -> BigInt {
        BigInt::from_i64(v)
    }
}

impl From<u64> for BigInt {
    fn from(v: u64) -> BigInt {
        BigInt::from_u64(v)
    }
}

impl From<i128> for BigInt {
    fn from(v: i128) -> BigInt {
        BigInt::from_i128(v)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testutil::Rng;
    use super::*;

    fn b(v: i128) -> BigInt {
        BigInt::from_i128(v)
    }

    #[test]
    fn canonical_small_and_large() {
        assert_eq!(b(5), BigInt::from_i64(5));
        assert_eq!(b(i64::MIN as i128).to_i64(), Some(i64::MIN));
        assert_eq!(b(i64::MAX as i128 + 1).to_i64(), None);
        assert_eq!(b(i64::MAX as i128 + 1).to_u64(), Some(1 << 63));
        assert_eq!(b(i64::MAX as i128 + 1).sub(&b(1)), b(i64::MAX as i128));
        assert_eq!(b(-1).to_u64(), None);
        assert_eq!(BigInt::from_u64(u64::MAX).to_u64(), Some(u64::MAX));
        assert_eq!(b(i64::MIN as i128).neg().to_i128(), Some(1i128 << 63));
    }

    #[test]
    fn randomized_against_i128() {
        let mut rng = Rng::new(1);
        for _ in 0..50_000 {
            let x = rng.i128() >> 1; // keep sums and differences in range
            let y = rng.i128() >> 1;
            let (bx, by) = (b(x), b(y));
            assert_eq!(bx.add(&by).to_i128(), Some(x + y), "{x} + {y}");
            assert_eq!(bx.sub(&by).to_i128(), Some(x - y), "{x} - {y}");
            assert_eq!(bx.cmp(&by), x.cmp(&y));
            assert_eq!(bx.and(&by).to_i128(), Some(x & y), "{x} & {y}");
            assert_eq!(bx.or(&by).to_i128(), Some(x | y), "{x} | {y}");
            assert_eq!(bx.xor(&by).to_i128(), Some(x ^ y), "{x} ^ {y}");
            assert_eq!(bx.and_not(&by).to_i128(), Some(x & !y), "{x} &^ {y}");
            assert_eq!(bx.not().to_i128(), Some(!x));
            assert_eq!(bx.neg().to_i128(), Some(-x));
            if let Some(p) = x.checked_mul(y) {
                assert_eq!(bx.mul(&by).to_i128(), Some(p), "{x} * {y}");
            }
            if y != 0 {
                assert_eq!(bx.quo(&by).unwrap().to_i128(), Some(x / y), "{x} / {y}");
                assert_eq!(bx.rem(&by).unwrap().to_i128(), Some(x % y), "{x} % {y}");
            } else {
                assert!(bx.quo(&by).is_none());
            }
            let s = rng.next() % 140;
            assert_eq!(bx.shr(s).to_i128(), Some(x >> s.min(127)), "{x} >> {s}");
            let s = rng.next() % 128;
            let sh = x.checked_shl(s as u32).filter(|v| v >> s == x);
            if let Some(v) = sh {
                assert_eq!(bx.shl(s).to_i128(), Some(v), "{x} << {s}");
            }
            assert_eq!(bx.to_string(), x.to_string());
            assert_eq!(bx.bit_len(), 128 - x.unsigned_abs().leading_zeros() as u64);
            assert_eq!(bx.to_f64(), x as f64, "{x} as f64");
            let g = {
                let (mut a, mut c) = (x.unsigned_abs(), y.unsigned_abs());
                while c != 0 {
                    (a, c) = (c, a % c);
                }
                a
            };
            assert_eq!(bx.gcd(&by).to_u128(), Some(g));
        }
    }

    #[test]
    fn randomized_division_identity_large() {
        // q*d + r == n, |r| < |d|, sign(r) = sign(n): on numbers of hundreds of bits.
        let mut rng = Rng::new(7);
        let rand_big = |rng: &mut Rng| {
            let limbs = 1 + rng.next() % 12;
            let mut v = BigInt::zero();
            for _ in 0..limbs {
                let mut l = rng.next();
                if rng.next().is_multiple_of(4) {
                    l = [0, u64::MAX, 1 << 63, 1][rng.next() as usize % 4];
                }
                v = v.shl(64).add(&BigInt::from_u64(l));
            }
            if rng.next().is_multiple_of(2) {
                v.neg()
            } else {
                v
            }
        };
        for _ in 0..5_000 {
            let n = rand_big(&mut rng);
            let d = rand_big(&mut rng);
            if d.is_zero() {
                continue;
            }
            let (q, r) = n.quo_rem(&d).unwrap();
            assert_eq!(q.mul(&d).add(&r), n);
            assert!(r.abs() < d.abs());
            assert!(r.is_zero() || r.sign() == n.sign());
            // (a+b)^2 = a^2 + 2ab + b^2
            let s = n.add(&d);
            assert_eq!(s.mul(&s), n.mul(&n).add(&n.mul(&d).shl(1)).add(&d.mul(&d)));
            // Shifts are multiplication/floor-division by powers of two.
            let k = rng.next() % 300;
            let p = BigInt::one().shl(k);
            assert_eq!(n.shl(k), n.mul(&p));
            let fl = n.shr(k);
            assert!(fl.mul(&p) <= n && fl.add(&BigInt::one()).mul(&p) > n);
            // De Morgan and two's complement identities.
            assert_eq!(n.and(&d).not(), n.not().or(&d.not()));
            assert_eq!(n.xor(&d), n.or(&d).and_not(&n.and(&d)));
            assert_eq!(n.add(&d), n.xor(&d).add(&n.and(&d).shl(1)));
            // Decimal round trip.
            let s = n.abs().to_string();
            let back = BigInt::parse_radix(&s, 10).unwrap();
            assert_eq!(back, n.abs());
            let h = n.abs_hex();
            assert_eq!(BigInt::parse_radix(&h, 16).unwrap(), n.abs());
        }
    }

    #[test]
    fn knuth_d_corner_cases() {
        // Divisors whose top limbs force the qhat correction and add-back steps.
        let cases = [
            ("340282366920938463463374607431768211455", "18446744073709551617"),
            ("79228162514264337593543950335", "4294967297"),
            ("6277101735386680763835789423207666416102355444464034512895", "340282366920938463463374607431768211457"),
            ("1000000000000000000000000000000000000000", "99999999999999999999"),
            ("170141183460469231731687303715884105728", "4294967296"),
        ];
        for (n, d) in cases {
            let n = BigInt::parse_radix(n, 10).unwrap();
            let d = BigInt::parse_radix(d, 10).unwrap();
            let (q, r) = n.quo_rem(&d).unwrap();
            assert_eq!(q.mul(&d).add(&r), n);
            assert!(r < d);
        }
        // Add-back case from Hacker's Delight: 0x7fff_8000_0000_0000_0000 / 0x8000_0000_0001.
        let n = BigInt::parse_radix("7fff800000000000000000000000", 16).unwrap();
        let d = BigInt::parse_radix("800000000001", 16).unwrap();
        let (q, r) = n.quo_rem(&d).unwrap();
        assert_eq!(q.mul(&d).add(&r), n);
        assert!(r < d);
    }

    #[test]
    fn parse_literals() {
        let p = |s| BigInt::parse_literal(s).map(|v| v.to_string());
        assert_eq!(p("0"), Some("0".into()));
        assert_eq!(p("1_000_000"), Some("1000000".into()));
        assert_eq!(p("0x_FF"), Some("255".into()));
        assert_eq!(p("0XdeadBEEF"), Some("3735928559".into()));
        assert_eq!(p("0o17"), Some("15".into()));
        assert_eq!(p("017"), Some("15".into()));
        assert_eq!(p("0_17"), Some("15".into()));
        assert_eq!(p("0b1011"), Some("11".into()));
        assert_eq!(p("08"), None);
        assert_eq!(p("0x"), None);
        assert_eq!(p("12a"), None);
        assert_eq!(
            p("0x1000000000000000000000000000000000000000"),
            Some("91343852333181432387730302044767688728495783936".into())
        );
        assert_eq!(
            p("123456789012345678901234567890123456789012345678901234567890"),
            Some("123456789012345678901234567890123456789012345678901234567890".into())
        );
        assert_eq!(
            BigInt::parse_radix("1".repeat(200).as_str(), 2).unwrap(),
            BigInt::one().shl(200).sub(&BigInt::one())
        );
    }

    #[test]
    fn bits_and_powers() {
        assert_eq!(BigInt::zero().bit_len(), 0);
        assert_eq!(b(-1).bit_len(), 1);
        assert_eq!(BigInt::one().shl(511).bit_len(), 512);
        assert_eq!(BigInt::one().shl(511).neg().bit_len(), 512);
        assert_eq!(BigInt::from_i64(10).pow(30).to_string(), format!("1{}", "0".repeat(30)));
        assert_eq!(BigInt::from_i64(-3).pow(3), b(-27));
        assert_eq!(BigInt::one().shl(100).trailing_zeros(), Some(100));
        assert_eq!(BigInt::zero().trailing_zeros(), None);
        assert!(BigInt::one().shl(100).add(&b(4)).low_bits_nonzero(3));
        assert!(!BigInt::one().shl(100).add(&b(4)).low_bits_nonzero(2));
        assert!(BigInt::one().shl(100).abs_bit(100));
        // Negative values shift arithmetically (toward -inf).
        let m = BigInt::one().shl(100).neg().sub(&b(1));
        assert_eq!(m.shr(100), b(-2));
        assert_eq!(m.shr(1000), b(-1));
        assert_eq!(m.shr_trunc(100), b(-1));
        // Go: -(1<<100) & 0xff == 0, -(1<<100)-1 & 0xff == 255.
        assert_eq!(BigInt::one().shl(100).neg().and(&b(0xff)), b(0));
        assert_eq!(m.and(&b(0xff)), b(255));
        assert_eq!(m.or(&b(0)), m);
    }
}
