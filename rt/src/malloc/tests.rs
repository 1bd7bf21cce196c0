use super::arena::ARENA_SIZE;
use super::*;
use core::ptr;

/// Allocates `size` bytes without pointers, checks they are zero and fills
/// them with `fill`.
fn alloc_filled(size: usize, typ: *const TypeDesc, fill: u8) -> usize {
    let p = unsafe { mallocgc(size, typ, true) };
    let bytes = unsafe { std::slice::from_raw_parts_mut(p, size) };
    assert!(bytes.iter().all(|&b| b == 0), "size {size} not zeroed");
    bytes.fill(fill);
    p as usize
}

#[test]
fn zero_size_allocations_share_zerobase() {
    let zerobase = &ZEROBASE as *const u64 as *mut u8;
    assert_eq!(unsafe { mallocgc(0, ptr::null(), true) }, zerobase);
    assert_eq!(unsafe { rgort_newobject(&TypeDesc::for_test(0, 0)) }, zerobase);
}

#[test]
fn small_objects_get_disjoint_aligned_zeroed_slots() {
    let scan = TypeDesc::for_test(8, 8);
    for &size in &CLASS_TO_SIZE[1..] {
        let size = size as usize;
        let mut objects: Vec<usize> = (0..40).map(|i| alloc_filled(size, &scan, i as u8 + 1)).collect();
        for &object in &objects {
            // Slots are aligned to the largest power of two dividing the
            // class size (up to a page).
            let align = 1 << size.trailing_zeros().min(PAGE_SHIFT as u32);
            assert_eq!(object % align, 0, "size {size}");
            assert_eq!(find_object(object + size - 1), Some(object));
        }
        objects.sort();
        assert!(objects.windows(2).all(|w| w[1] - w[0] >= size), "size {size}");
    }
}

#[test]
fn requests_round_up_to_their_class() {
    // Two objects of a class are a slot apart when they share a span.
    let a = alloc_filled(1000, &TypeDesc::for_test(1000, 8), 1);
    let b = alloc_filled(1000, &TypeDesc::for_test(1000, 8), 2);
    assert_eq!(find_object(b + 1023), Some(b));
    assert!(b.abs_diff(a) >= 1024);
    assert_eq!(rgort_roundupsize(1000), 1024);
    assert_eq!(rgort_roundupsize(40000), 40960);
}

#[test]
fn objects_with_and_without_pointers_use_separate_spans() {
    let scan = alloc_filled(64, &TypeDesc::for_test(64, 8), 1);
    let noscan = alloc_filled(64, &TypeDesc::for_test(64, 0), 2);
    let untyped = alloc_filled(64, ptr::null(), 3);
    with_allocator(|a| unsafe {
        let class = |p| (*a.heap.span_of(p)).spanclass;
        assert!(class(scan) == SpanClass::new(size_to_class(64), false));
        assert!(class(noscan) == SpanClass::new(size_to_class(64), true));
        // Untyped memory is scanned word by word.
        assert!(class(untyped) == SpanClass::new(size_to_class(64), false));
    });
}

#[test]
fn large_objects_get_whole_pages() {
    for size in [MAX_SMALL_SIZE + 1, 100_000, 3 * ARENA_SIZE / 2] {
        let object = alloc_filled(size, ptr::null(), 7);
        assert_eq!(object % PAGE_SIZE, 0);
        assert_eq!(find_object(object), Some(object));
        assert_eq!(find_object(object + size - 1), Some(object));
        // Past the object, in its last page, is not the object.
        if size % PAGE_SIZE != 0 {
            assert_eq!(find_object(object + size), None);
        }
    }
}

#[test]
fn addresses_outside_the_heap_have_no_object() {
    let local = 0u64;
    assert_eq!(find_object(&local as *const u64 as usize), None);
    assert_eq!(find_object(0), None);
    assert_eq!(find_object(usize::MAX), None);
}

#[test]
fn span_allocation_is_address_ordered_first_fit() {
    // A private heap, so other tests' allocations do not interleave.
    let mut heap = MHeap::new();
    let class = SpanClass::new(0, true);
    let spans: Vec<usize> =
        [1, 2, 3, 500, 1].iter().map(|&npages| unsafe { (*heap.alloc(npages, class).unwrap()).start }).collect();
    let first = spans[0];
    let offsets: Vec<usize> = spans.iter().map(|s| (s - first) / PAGE_SIZE).collect();
    assert_eq!(offsets, [0, 1, 3, 6, 506]);
    // A span larger than the rest of the growth unit grows the heap
    // contiguously.
    let big = unsafe { (*heap.alloc(1000, class).unwrap()).start };
    assert_eq!((big - first) / PAGE_SIZE, 507);
}

/// The heap bitmap's bits for the `words` words from `object`.
fn pointer_words(object: usize, words: usize) -> Vec<bool> {
    with_allocator(|a| {
        (0..words)
            .map(|w| {
                let (bits, word) = a.heap.pointer_bits(object + 8 * w);
                unsafe { *bits.add(word / 8) & (1 << (word % 8)) != 0 }
            })
            .collect()
    })
}

#[test]
fn heap_bitmap_repeats_the_type_for_each_element() {
    // A 24-byte type whose words 0 and 2 hold pointers.
    let gcdata = [0b101u8];
    let typ = TypeDesc { gcdata: gcdata.as_ptr(), ..TypeDesc::for_test(24, 24) };
    let expected = |elems: usize, block_words: usize| -> Vec<bool> {
        (0..block_words).map(|w| w < 3 * elems && w % 3 != 1).collect()
    };
    // Three elements in an 80-byte block (10 words), then enough for a
    // block of more than 64 words.
    for elems in [1, 3, 30] {
        let size = 24 * elems;
        let object = alloc_filled(size, &typ, 0);
        let block = roundupsize(size, true) / 8;
        assert_eq!(pointer_words(object, block), expected(elems, block), "{elems} elements");
    }
    // Memory of no particular type: every word of the object.
    let untyped = alloc_filled(40, ptr::null(), 0);
    assert_eq!(pointer_words(untyped, 6), [true, true, true, true, true, false]);
}
