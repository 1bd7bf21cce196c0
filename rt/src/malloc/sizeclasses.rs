//! Go 1.19's size classes (runtime/sizeclasses.go, generated there by
//! mksizeclasses.go), copied exactly: `cap()` after `append` and the
//! capacity of `[]byte(s)` depend on them, so they must match gc's.
//!
//! A small object (at most `MAX_SMALL_SIZE` bytes) is rounded up to the
//! size of its class; each class carves its objects out of spans of
//! `CLASS_TO_ALLOCNPAGES` pages. Class 0 stands for large objects, which
//! get a span of their own. The size of a request maps to its class
//! through two tables: `SIZE_TO_CLASS8` by 8-byte steps up to 1024 bytes,
//! `SIZE_TO_CLASS128` by 128-byte steps above.
//!
//! class  bytes/obj  bytes/span  objects  tail waste  max waste  min align
//!     1          8        8192     1024           0     87.50%          8
//!     2         16        8192      512           0     43.75%         16
//!     3         24        8192      341           8     29.24%          8
//!     4         32        8192      256           0     21.88%         32
//!     5         48        8192      170          32     31.52%         16
//!     6         64        8192      128           0     23.44%         64
//!     7         80        8192      102          32     19.07%         16
//!     8         96        8192       85          32     15.95%         32
//!     9        112        8192       73          16     13.56%         16
//!    10        128        8192       64           0     11.72%        128
//!    11        144        8192       56         128     11.82%         16
//!    12        160        8192       51          32      9.73%         32
//!    13        176        8192       46          96      9.59%         16
//!    14        192        8192       42         128      9.25%         64
//!    15        208        8192       39          80      8.12%         16
//!    16        224        8192       36         128      8.15%         32
//!    17        240        8192       34          32      6.62%         16
//!    18        256        8192       32           0      5.86%        256
//!    19        288        8192       28         128     12.16%         32
//!    20        320        8192       25         192     11.80%         64
//!    21        352        8192       23          96      9.88%         32
//!    22        384        8192       21         128      9.51%        128
//!    23        416        8192       19         288     10.71%         32
//!    24        448        8192       18         128      8.37%         64
//!    25        480        8192       17          32      6.82%         32
//!    26        512        8192       16           0      6.05%        512
//!    27        576        8192       14         128     12.33%         64
//!    28        640        8192       12         512     15.48%        128
//!    29        704        8192       11         448     13.93%         64
//!    30        768        8192       10         512     13.94%        256
//!    31        896        8192        9         128     15.52%        128
//!    32       1024        8192        8           0     12.40%       1024
//!    33       1152        8192        7         128     12.41%        128
//!    34       1280        8192        6         512     15.55%        256
//!    35       1408       16384       11         896     14.00%        128
//!    36       1536        8192        5         512     14.00%        512
//!    37       1792       16384        9         256     15.57%        256
//!    38       2048        8192        4           0     12.45%       2048
//!    39       2304       16384        7         256     12.46%        256
//!    40       2688        8192        3         128     15.59%        128
//!    41       3072       24576        8           0     12.47%       1024
//!    42       3200       16384        5         384      6.22%        128
//!    43       3456       24576        7         384      8.83%        128
//!    44       4096        8192        2           0     15.60%       4096
//!    45       4864       24576        5         256     16.65%        256
//!    46       5376       16384        3         256     10.92%        256
//!    47       6144       24576        4           0     12.48%       2048
//!    48       6528       32768        5         128      6.23%        128
//!    49       6784       40960        6         256      4.36%        128
//!    50       6912       49152        7         768      3.37%        256
//!    51       8192        8192        1           0     15.61%       8192
//!    52       9472       57344        6         512     14.28%        256
//!    53       9728       49152        5         512      3.64%        512
//!    54      10240       40960        4           0      4.99%       2048
//!    55      10880       32768        3         128      6.24%        128
//!    56      12288       24576        2           0     11.45%       4096
//!    57      13568       40960        3         256      9.99%        256
//!    58      14336       57344        4           0      5.35%       2048
//!    59      16384       16384        1           0     12.49%       8192
//!    60      18432       73728        4           0     11.11%       2048
//!    61      19072       57344        3         128      3.57%        128
//!    62      20480       40960        2           0      6.87%       4096
//!    63      21760       65536        3         256      6.25%        256
//!    64      24576       24576        1           0     11.45%       8192
//!    65      27264       81920        3         128     10.00%        128
//!    66      28672       57344        2           0      4.91%       4096
//!    67      32768       32768        1           0     12.50%       8192

use super::{PAGE_SHIFT, PAGE_SIZE};

/// Largest small object; anything larger is a large object.
pub const MAX_SMALL_SIZE: usize = 32768;
const SMALL_SIZE_DIV: usize = 8;
const SMALL_SIZE_MAX: usize = 1024;
const LARGE_SIZE_DIV: usize = 128;
/// Size classes, counting class 0 (large objects).
pub const NUM_SIZE_CLASSES: usize = 68;

const _: () = assert!(PAGE_SHIFT == 13);

pub const CLASS_TO_SIZE: [u16; NUM_SIZE_CLASSES] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448,
    480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096,
    4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768,
];

pub const CLASS_TO_ALLOCNPAGES: [u8; NUM_SIZE_CLASSES] = [
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2,
    1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
];

const SIZE_TO_CLASS8: [u8; SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1] = [
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18,
    18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25,
    26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30,
    30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32,
    32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
];

const SIZE_TO_CLASS128: [u8; (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1] = [
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44, 44, 45, 45, 45, 45,
    45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52,
    52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56,
    56, 56, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62, 62,
    62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
    64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
];

/// The class of a small object of `size` bytes (1..=MAX_SMALL_SIZE).
pub fn size_to_class(size: usize) -> usize {
    let class = if size <= SMALL_SIZE_MAX - 8 {
        SIZE_TO_CLASS8[size.div_ceil(SMALL_SIZE_DIV)]
    } else {
        // 1017..=1024 map to entry 0 (Go gets there by wrapping around).
        SIZE_TO_CLASS128[size.saturating_sub(SMALL_SIZE_MAX).div_ceil(LARGE_SIZE_DIV)]
    };
    class as usize
}

/// Go keeps the type of a small object with pointers that is larger than
/// this in a header of `MALLOC_HEADER_SIZE` bytes at its start. rgoc's
/// allocator needs no header, but the capacity that `append` gives such
/// slices leaves room for it, as Go's does.
const MIN_SIZE_FOR_MALLOC_HEADER: usize = 512;
const MALLOC_HEADER_SIZE: usize = 8;

/// The bytes an allocation of `size` bytes can use: its size class's size
/// (less Go's malloc header for a small object with pointers, `!noscan`,
/// of more than 512 bytes), or for a large object `size` rounded up to
/// whole pages (Go 1.23's `roundupsize`; like Go, sizes too close to
/// overflow stay as they are, and allocating them fails).
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    if size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        let header = if !noscan && size > MIN_SIZE_FOR_MALLOC_HEADER { MALLOC_HEADER_SIZE } else { 0 };
        CLASS_TO_SIZE[size_to_class(size + header)] as usize - header
    } else {
        size.checked_next_multiple_of(PAGE_SIZE).unwrap_or(size)
    }
}

/// For each class, the multiplier that turns an offset into a span into the
/// index of the object containing it: `(offset * magic) >> 32` equals
/// `offset / size` for every offset inside a span of the class (Go's
/// `class_to_divmagic`).
pub const CLASS_TO_DIVMAGIC: [u32; NUM_SIZE_CLASSES] = {
    let mut magic = [0; NUM_SIZE_CLASSES];
    let mut class = 1;
    while class < NUM_SIZE_CLASSES {
        magic[class] = u32::MAX / CLASS_TO_SIZE[class] as u32 + 1;
        class += 1;
    }
    magic
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_round_sizes_up_to_the_smallest_fitting_class() {
        for size in 1..=MAX_SMALL_SIZE {
            let class = size_to_class(size);
            assert!(CLASS_TO_SIZE[class] as usize >= size, "size {size}");
            assert!(class == 1 || (CLASS_TO_SIZE[class - 1] as usize) < size, "size {size}");
        }
    }

    #[test]
    fn the_table_is_go_1_19s() {
        assert_eq!(NUM_SIZE_CLASSES - 1, 67);
        assert_eq!(CLASS_TO_SIZE[1..8], [8, 16, 24, 32, 48, 64, 80]);
        assert_eq!(CLASS_TO_SIZE[66], 28672);
        assert_eq!(CLASS_TO_SIZE[67], MAX_SMALL_SIZE as u16);
        assert_eq!(CLASS_TO_ALLOCNPAGES[35], 2);
        assert_eq!(CLASS_TO_ALLOCNPAGES[65], 10);
        // The spans of every class hold at least one object, and the
        // object bitmaps of the spans are sized for the densest class.
        for class in 1..NUM_SIZE_CLASSES {
            let span_bytes = CLASS_TO_ALLOCNPAGES[class] as usize * PAGE_SIZE;
            let objects = span_bytes / CLASS_TO_SIZE[class] as usize;
            assert!((1..=PAGE_SIZE / 8).contains(&objects), "class {class}");
        }
    }

    #[test]
    fn roundupsize_matches_go() {
        // Go 1.19: runtime.roundupsize via `cap(make([]byte, n))` and
        // append growth.
        let cases = [
            (0, 0),
            (1, 8),
            (8, 8),
            (9, 16),
            (17, 24),
            (33, 48),
            (1016, 1024),
            (1017, 1024),
            (1025, 1152),
            (1409, 1536),
            (32767, 32768),
            (32768, 32768),
            (32769, 40960),
            (100000, 106496),
            (usize::MAX - 100, usize::MAX - 100),
        ];
        for (size, rounded) in cases {
            assert_eq!(roundupsize(size), rounded, "size {size}");
        }
    }

    #[test]
    fn divmagic_divides_every_offset_in_a_span() {
        for class in 1..NUM_SIZE_CLASSES {
            let size = CLASS_TO_SIZE[class] as u64;
            let span_bytes = CLASS_TO_ALLOCNPAGES[class] as u64 * PAGE_SIZE as u64;
            for offset in 0..span_bytes {
                let index = (offset * CLASS_TO_DIVMAGIC[class] as u64) >> 32;
                assert_eq!(index, offset / size, "class {class} offset {offset}");
            }
        }
    }
}
