use super::*;

/// 0, 1, 2, ... wrapping at 251 (a prime, so no pattern repeats at a power
/// of two).
fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8).collect()
}

const LENGTHS: [usize; 12] = [0, 1, 7, 8, 9, 15, 16, 17, 31, 64, 100, 4099];

#[test]
fn copies() {
    for len in LENGTHS {
        for offset in [0, 1, 3] {
            let src = pattern(len + offset);
            let mut dst = vec![0xAAu8; len + 2];
            unsafe { memcpy(dst.as_mut_ptr().add(1), src.as_ptr().add(offset), len) };
            assert_eq!(&dst[1..len + 1], &src[offset..], "len {len} offset {offset}");
            assert_eq!((dst[0], dst[len + 1]), (0xAA, 0xAA));
        }
    }
}

#[test]
fn overlapping_moves() {
    for len in LENGTHS {
        for shift in [1, 7, 8, 9, 16, 33] {
            let mut expected = pattern(len + shift);
            expected.copy_within(0..len, shift);
            let mut buf = pattern(len + shift);
            unsafe { memmove(buf.as_mut_ptr().add(shift), buf.as_ptr(), len) };
            assert_eq!(buf, expected, "up: len {len} shift {shift}");

            let mut expected = pattern(len + shift);
            expected.copy_within(shift.., 0);
            let mut buf = pattern(len + shift);
            unsafe { memmove(buf.as_mut_ptr(), buf.as_ptr().add(shift), len) };
            assert_eq!(buf, expected, "down: len {len} shift {shift}");
        }
    }
}

#[test]
fn fills() {
    for len in LENGTHS {
        let mut buf = vec![0u8; len + 2];
        unsafe { memset(buf.as_mut_ptr().add(1), 0x1C5, len) };
        assert!(buf[1..len + 1].iter().all(|&b| b == 0xC5), "len {len}");
        assert_eq!((buf[0], buf[len + 1]), (0, 0));
    }
}

#[test]
fn comparisons() {
    for len in LENGTHS {
        let a = pattern(len);
        assert_eq!(unsafe { memcmp(a.as_ptr(), a.clone().as_ptr(), len) }, 0);
        assert_eq!(unsafe { bcmp(a.as_ptr(), a.clone().as_ptr(), len) }, 0);
        for at in [0, len / 2, len.saturating_sub(1)].into_iter().filter(|&at| at < len) {
            let mut b = a.clone();
            b[at] = b[at].wrapping_add(1);
            let expected = a[at].cmp(&b[at]) as i32;
            let got = unsafe { memcmp(a.as_ptr(), b.as_ptr(), len) };
            assert_eq!(got.signum(), expected, "len {len} at {at}");
            assert_eq!(unsafe { memcmp(b.as_ptr(), a.as_ptr(), len) }.signum(), -expected);
            assert_ne!(unsafe { bcmp(a.as_ptr(), b.as_ptr(), len) }, 0);
        }
    }
}
