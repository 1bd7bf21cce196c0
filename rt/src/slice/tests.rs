//! growslice's capacities checked against Go 1.19's: `testdata/growslice.txt`
//! is the output of `testdata/growslice.go` (see there for the format).

use super::*;
use crate::types::TypeDesc;
use core::ptr;

const GO_CAPACITIES: &str = include_str!("../../testdata/growslice.txt");

/// The capacity after appending `n` elements to a slice of length `len`
/// and capacity `cap`, the way append decides it.
fn append_cap(len: usize, cap: usize, n: usize, elemsize: usize) -> usize {
    let newlen = len + n;
    if newlen <= cap {
        return cap;
    }
    let (newcap, capmem) = grow_capacity(cap as i64, newlen as i64, elemsize, true).unwrap();
    assert!(newcap >= newlen && capmem >= newcap * elemsize);
    newcap
}

#[test]
fn capacities_match_go_1_19() {
    let mut lines = 0;
    for line in GO_CAPACITIES.lines() {
        let mut fields = line.split(' ');
        let elemsize: usize = fields.next().unwrap().parse().unwrap();
        match fields.next().unwrap() {
            "one" => {
                let expected: Vec<usize> = fields.map(|f| f.parse().unwrap()).collect();
                let mut caps = Vec::new();
                let mut cap = 0;
                for len in 0..1 << 17 {
                    let newcap = append_cap(len, cap, 1, elemsize);
                    if newcap != cap {
                        caps.push(newcap);
                        cap = newcap;
                    }
                }
                assert_eq!(caps, expected, "element size {elemsize}, one at a time");
            }
            "bulk" => {
                let (mut len, mut cap) = (0, 0);
                for (i, pair) in fields.enumerate() {
                    let (n, expected) = pair.split_once(':').unwrap();
                    let n: usize = n.parse().unwrap();
                    if len > 1 << 18 {
                        (len, cap) = (0, 0);
                    }
                    cap = append_cap(len, cap, n, elemsize);
                    len += n;
                    assert_eq!(
                        cap,
                        expected.parse::<usize>().unwrap(),
                        "element size {elemsize}, append {i} of {n} elements"
                    );
                }
            }
            kind => panic!("unknown line kind {kind}"),
        }
        lines += 1;
    }
    assert_eq!(lines, 20);
}

#[test]
fn impossible_capacities_are_out_of_range() {
    assert_eq!(grow_capacity(0, 1 << 45, 8, true).map(|(cap, _)| cap), Some(1 << 45));
    assert_eq!(grow_capacity(0, (1 << 45) + 1, 8, true), None);
    assert_eq!(grow_capacity(0, 1 << 48, 1, true).map(|(cap, _)| cap), Some(1 << 48));
    assert_eq!(grow_capacity(0, (1 << 48) + 1, 1, true), None);
    assert_eq!(grow_capacity(0, i64::MAX, 3, true), None);
    assert_eq!(grow_capacity(1 << 61, i64::MAX, 12, true), None);
}

fn grow(old: &[u8], oldcap: usize, newlen: usize, elem: &TypeDesc) -> SliceHeader {
    let mut out = SliceHeader { ptr: ptr::null_mut(), len: 0, cap: 0 };
    let oldlen = (old.len() / elem.size.max(1)) as i64;
    unsafe { rgort_growslice(&mut out, old.as_ptr() as *mut u8, oldlen, oldcap as i64, newlen as i64, elem) };
    out
}

#[test]
fn growing_copies_the_elements_and_clears_the_rest() {
    for ptrdata in [0, 8] {
        let elem = TypeDesc::for_test(24, ptrdata);
        let old: Vec<u8> = (0..5 * 24).map(|i| i as u8 + 1).collect();
        let s = grow(&old, 5, 7, &elem);
        assert_eq!((s.len, s.cap), (7, 10));
        let array = unsafe { std::slice::from_raw_parts(s.ptr, s.cap * 24) };
        assert_eq!(&array[..old.len()], &old[..]);
        // The new elements are append's to write; the rest is zero.
        assert!(array[7 * 24..].iter().all(|&b| b == 0));
    }
}

#[test]
fn zero_size_elements_need_no_memory() {
    let s = grow(&[], 0, 1000, &TypeDesc::for_test(0, 0));
    assert_eq!((s.len, s.cap), (1000, 1000));
    assert!(!s.ptr.is_null());
}

#[test]
fn makeslice_returns_zeroed_arrays() {
    let elem = TypeDesc::for_test(12, 0);
    let array = unsafe { rgort_makeslice(&elem, 3, 100) };
    let bytes = unsafe { std::slice::from_raw_parts(array, 1200) };
    assert!(bytes.iter().all(|&b| b == 0));
}
