//! Formatting checked against the output of Go 1.19's println (the same on
//! amd64 and arm64).

use super::*;

fn uint_string(v: u64) -> String {
    String::from_utf8(format_uint(v, &mut [0; DECIMAL_LEN]).to_vec()).unwrap()
}

fn hex_string(v: u64) -> String {
    String::from_utf8(format_hex(v, &mut [0; HEX_LEN]).to_vec()).unwrap()
}

fn float_string(v: f64) -> String {
    String::from_utf8(format_float(v, &mut [0; FLOAT_LEN]).to_vec()).unwrap()
}

#[test]
fn unsigned_integers() {
    assert_eq!(uint_string(0), "0");
    assert_eq!(uint_string(7), "7");
    assert_eq!(uint_string(10), "10");
    assert_eq!(uint_string(1 << 63), "9223372036854775808");
    assert_eq!(uint_string(u64::MAX), "18446744073709551615");
}

#[test]
fn hexadecimal() {
    assert_eq!(hex_string(0), "0x0");
    assert_eq!(hex_string(0xf), "0xf");
    assert_eq!(hex_string(0x10), "0x10");
    assert_eq!(hex_string(0x1234), "0x1234");
    assert_eq!(hex_string(0xdeadbeefcafe), "0xdeadbeefcafe");
    assert_eq!(hex_string(u64::MAX), "0xffffffffffffffff");
}

/// testdata/printfloat.txt: a float64's bits and Go's println of it, for
/// special values, arbitrary bit patterns and values of every magnitude.
#[test]
fn floats_match_go() {
    let expected = include_str!("../../testdata/printfloat.txt");
    let mut checked = 0;
    for line in expected.lines() {
        let (bits, text) = line.split_once(' ').unwrap();
        let v = f64::from_bits(bits.parse().unwrap());
        assert_eq!(float_string(v), text, "bits {bits}");
        checked += 1;
    }
    assert_eq!(checked, 249);
}
