//! Complex division, which Go leaves to its runtime: Smith's algorithm
//! (R. L. Smith, "Algorithm 116: Complex division", CACM 5(8), 1962),
//! scaled by the larger part of the divisor to avoid overflow, then the
//! C99 (G.5.1) corrections that turn a NaN result into the infinity or
//! zero it stands for. complex64 division converts to complex128 first, as
//! gc does.

/// The quotient of two complex128 values, returned in two float registers.
#[repr(C)]
pub struct Complex128 {
    pub re: f64,
    pub im: f64,
}

#[unsafe(no_mangle)]
pub extern "C" fn rgort_complex128div(a: f64, b: f64, c: f64, d: f64) -> Complex128 {
    let (mut e, mut f);
    if abs(c) >= abs(d) {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let (mut a, mut b, mut c, mut d) = (a, b, c, d);
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = copysign(f64::INFINITY, c) * a;
            f = copysign(f64::INFINITY, c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            a = copysign(if a.is_infinite() { 1.0 } else { 0.0 }, a);
            b = copysign(if b.is_infinite() { 1.0 } else { 0.0 }, b);
            e = f64::INFINITY * (a * c + b * d);
            f = f64::INFINITY * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            c = copysign(if c.is_infinite() { 1.0 } else { 0.0 }, c);
            d = copysign(if d.is_infinite() { 1.0 } else { 0.0 }, d);
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    Complex128 { re: e, im: f }
}

fn abs(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & !(1 << 63))
}

/// `x` with the sign of `sign`.
fn copysign(x: f64, sign: f64) -> f64 {
    f64::from_bits((x.to_bits() & !(1 << 63)) | (sign.to_bits() & (1 << 63)))
}

#[cfg(test)]
mod tests {
    use super::rgort_complex128div;

    fn div(a: f64, b: f64, c: f64, d: f64) -> (f64, f64) {
        let q = rgort_complex128div(a, b, c, d);
        (q.re, q.im)
    }

    #[test]
    fn divides_like_go() {
        assert_eq!(div(1.0, 2.0, 3.0, 4.0), (0.44, 0.08));
        assert_eq!(div(4.0, 2.0, 0.0, 2.0), (1.0, -2.0));
        let (re, im) = div(1.0, 1.0, 0.0, 0.0);
        assert!(re.is_infinite() && im.is_infinite());
        let (re, im) = div(f64::INFINITY, 1.0, 2.0, 3.0);
        assert!(re == f64::INFINITY && im == f64::NEG_INFINITY);
        let (re, im) = div(1.0, 2.0, f64::INFINITY, 0.0);
        assert!(re == 0.0 && im == 0.0);
    }
}
