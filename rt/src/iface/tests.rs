use super::*;
use crate::map::{rgort_makemap, rgort_mapaccess, rgort_mapassign, MapType};
use crate::string::StringHeader;
use std::sync::Mutex;

/// The itab cache is filled by one thread at a time.
static CACHE_LOCK: Mutex<()> = Mutex::new(());

fn lock() -> std::sync::MutexGuard<'static, ()> {
    CACHE_LOCK.lock().unwrap_or_else(|p| p.into_inner())
}

fn leak<T>(v: T) -> &'static T {
    Box::leak(Box::new(v))
}

fn string(s: &str) -> StringHeader {
    let s: &'static str = String::leak(s.to_string());
    StringHeader { ptr: s.as_ptr(), len: s.len() }
}

/// A method table of (name, signature, func), leaked.
fn method_table(methods: &[(&str, &str, usize)]) -> *const MethodTable {
    if methods.is_empty() {
        return null();
    }
    let words: Vec<usize> = std::iter::once(methods.len())
        .chain(methods.iter().flat_map(|&(name, sig, func)| {
            let (n, s) = (string(name), string(sig));
            [n.ptr as usize, n.len, s.ptr as usize, s.len, func]
        }))
        .collect();
    Vec::leak(words).as_ptr() as *const MethodTable
}

fn layout(fields: &[(u32, u32)]) -> usize {
    let fields: &'static [KeyField] =
        Vec::leak(fields.iter().map(|&(offset, kind)| KeyField { offset, kind }).collect());
    leak(KeyLayout { nfields: fields.len() as u64, fields: fields.as_ptr() }) as *const KeyLayout as usize
}

/// A type descriptor, leaked.
fn desc(name: &str, size: usize, tflag: u8, equal: usize, methods: &[(&str, &str, usize)]) -> *const TypeDesc {
    let name = leak(string(name)) as *const StringHeader as *const u8;
    let hash = name as u32 | 1;
    leak(TypeDesc {
        size,
        ptrdata: 0,
        hash,
        tflag,
        align: 8,
        field_align: 8,
        kind: 0,
        equal,
        gcdata: null(),
        name,
        ptr_to_this: 0,
        methods: method_table(methods),
    })
}

fn interface(name: &str, methods: &[(&str, &str)]) -> *const TypeDesc {
    let methods: Vec<_> = methods.iter().map(|&(n, s)| (n, s, 0)).collect();
    desc(name, 16, 0, layout(&[(0, KIND_IFACE)]), &methods)
}

fn text(msg: Message) -> String {
    let mut out = Vec::new();
    msg.write(&mut |s| out.extend_from_slice(s));
    String::from_utf8(out).unwrap()
}

unsafe fn fun(itab: *const Itab, n: usize) -> Vec<usize> {
    slice::from_raw_parts((*itab).fun.as_ptr(), n).to_vec()
}

#[test]
fn getitab_merges_sorted_tables() {
    let _l = lock();
    let i = interface("main.I", &[("Len", "func() int"), ("String", "func() string")]);
    let t = desc(
        "main.T",
        8,
        0,
        0,
        &[
            ("Aaa", "func()", 0x10),
            ("Len", "func() int", 0x20),
            ("M", "func()", 0x30),
            ("String", "func() string", 0x40),
        ],
    );
    unsafe {
        let itab = rgort_getitab(i, t, 0);
        assert!(!itab.is_null());
        assert_eq!((*itab).inter, i);
        assert_eq!((*itab).typ, t);
        assert_eq!((*itab).hash, (*t).hash);
        assert_eq!(fun(itab, 2), [0x20, 0x40]);
        // Cached: the same itab again, and nothing new in the cache.
        let n = cache::count();
        assert_eq!(rgort_getitab(i, t, 0), itab);
        assert_eq!(rgort_getitab(i, t, 1), itab);
        assert_eq!(cache::count(), n);
    }
}

#[test]
fn getitab_missing_method() {
    let _l = lock();
    let i = interface("main.I", &[("A", "func()"), ("M", "func()"), ("N", "func()")]);
    let t = desc("main.T", 8, 0, 0, &[("B", "func()", 1), ("M", "func()", 2)]);
    unsafe {
        assert!(rgort_getitab(i, t, 1).is_null());
        let n = cache::count();
        assert!(rgort_getitab(i, t, 1).is_null());
        assert_eq!(cache::count(), n, "failures are cached");
        let missing = merge(i, t, |_, _| {}).unwrap();
        assert_eq!(missing.name(), b"A");
        assert_eq!(
            text(Message::MissingMethod { typ: t, inter: i, method: missing.name() }),
            "interface conversion: main.T is not main.I: missing method A"
        );
        // Missing at the end, after every method of the type.
        let j = interface("main.J", &[("M", "func()"), ("Z", "func()")]);
        assert_eq!(merge(j, t, |_, _| {}).unwrap().name(), b"Z");
        // A type without methods.
        let u = desc("main.U", 8, 0, 0, &[]);
        assert!(rgort_getitab(j, u, 1).is_null());
        assert_eq!(merge(j, u, |_, _| {}).unwrap().name(), b"M");
        // Nil interface.
        assert!(rgort_getitab(j, null(), 1).is_null());
    }
}

#[test]
fn getitab_signature_mismatch() {
    let _l = lock();
    let i = interface("main.I", &[("M", "func() int"), ("N", "func()")]);
    let t = desc("main.T", 8, 0, 0, &[("M", "func() string", 1), ("N", "func()", 2)]);
    let u = desc("main.U", 8, 0, 0, &[("M", "func() int", 3), ("N", "func()", 4)]);
    unsafe {
        assert!(rgort_getitab(i, t, 1).is_null());
        assert_eq!(merge(i, t, |_, _| {}).unwrap().name(), b"M");
        let itab = rgort_getitab(i, u, 1);
        assert_eq!(fun(itab, 2), [3, 4]);
        assert!(rgort_getitab(i, t, 1).is_null());
    }
}

#[test]
fn empty_interface_and_cache_growth() {
    let _l = lock();
    let e = interface("interface {}", &[]);
    let i = interface("main.I", &[("M", "func()")]);
    unsafe {
        let t = desc("main.T", 8, 0, 0, &[]);
        let itab = rgort_getitab(e, t, 0);
        assert!(!itab.is_null());
        assert_eq!(rgort_getitab(e, t, 0), itab);
        // Enough types to grow the table several times; all stay cached.
        let types: Vec<_> = (0..2000).map(|k| desc("main.T", 8, 0, 0, &[("M", "func()", k + 1)])).collect();
        let itabs: Vec<_> = types.iter().map(|&t| rgort_getitab(i, t, 0)).collect();
        for (k, (&t, &itab)) in types.iter().zip(&itabs).enumerate() {
            assert_eq!(rgort_getitab(i, t, 0), itab);
            assert_eq!(fun(itab, 1), [k + 1]);
        }
        assert!(cache::count() >= 2000);
    }
}

#[test]
fn messages() {
    let int = desc("int", 8, 0, layout(&[(0, 8)]), &[]);
    let string_t = desc("string", 16, 0, layout(&[(0, 16)]), &[]);
    let e = interface("interface {}", &[]);
    let i = interface("main.I", &[("M", "func()")]);
    let slice_t = desc("[]int", 24, 0, 0, &[]);
    assert_eq!(
        text(Message::DotType { have: string_t, want: int, iface: e }),
        "interface conversion: interface {} is string, not int"
    );
    assert_eq!(
        text(Message::DotType { have: null(), want: int, iface: e }),
        "interface conversion: interface {} is nil, not int"
    );
    assert_eq!(text(Message::NilDotType { want: i }), "interface conversion: interface is nil, not main.I");
    assert_eq!(text(Message::Uncomparable { typ: slice_t }), "runtime error: comparing uncomparable type []int");
    assert_eq!(text(Message::Unhashable { typ: slice_t }), "runtime error: hash of unhashable type []int");
}

#[test]
fn ifaceeq() {
    unsafe {
        // Direct (a pointer): the words.
        let ptr = desc("*main.T", 8, TFLAG_DIRECT, layout(&[(0, 8)]), &[]);
        assert_eq!(rgort_ifaceeq(ptr, 0x1000, 0x1000), 1);
        assert_eq!(rgort_ifaceeq(ptr, 0x1000, 0x2000), 0);
        // Strings by content.
        let s = desc("string", 16, 0, layout(&[(0, 16)]), &[]);
        let (a, b, c) = (string("hello"), string("hello"), string("world"));
        let p = |h: &StringHeader| h as *const StringHeader as usize;
        assert_eq!(rgort_ifaceeq(s, p(&a), p(&b)), 1);
        assert_eq!(rgort_ifaceeq(s, p(&a), p(&c)), 0);
        // Floats by value.
        let f = desc("float64", 8, 0, layout(&[(0, 64)]), &[]);
        let (zero, negzero, nan) = (0.0f64, -0.0f64, f64::NAN);
        let q = |v: &f64| v as *const f64 as usize;
        assert_eq!(rgort_ifaceeq(f, q(&zero), q(&negzero)), 1);
        assert_eq!(rgort_ifaceeq(f, q(&nan), q(&nan)), 0, "NaN != NaN, even at one address");
        assert_eq!(rgort_ifaceeq(f, q(&zero), q(&1.0)), 0);
        // A struct { a int32; s string; x float32 } with padding that
        // differs.
        let st = desc("main.S", 32, 0, layout(&[(0, 4), (8, 16), (24, 32)]), &[]);
        #[repr(C)]
        struct S {
            a: i32,
            pad: u32,
            s: StringHeader,
            x: f32,
            pad2: u32,
        }
        let s1 = S { a: 7, pad: 1, s: string("x"), x: -0.0, pad2: 5 };
        let s2 = S { a: 7, pad: 2, s: string("x"), x: 0.0, pad2: 6 };
        let s3 = S { a: 7, pad: 1, s: string("y"), x: 0.0, pad2: 5 };
        let r = |v: &S| v as *const S as usize;
        assert_eq!(rgort_ifaceeq(st, r(&s1), r(&s2)), 1);
        assert_eq!(rgort_ifaceeq(st, r(&s1), r(&s3)), 0);
        // Uncomparable: the error the panic would print.
        let sl = desc("[]int", 24, 0, 0, &[]);
        let err = data_equal(sl, 0x10, 0x10).err().unwrap();
        assert_eq!(text(err), "runtime error: comparing uncomparable type []int");
        // Even a direct uncomparable type (a map) is an error, as in Go.
        let m = desc("map[int]int", 8, TFLAG_DIRECT, 0, &[]);
        assert!(data_equal(m, 0x10, 0x10).is_err());
        // An interface field inside a struct: compared by dynamic type.
        let int = desc("int", 8, 0, layout(&[(0, 8)]), &[]);
        let holder = desc("main.H", 16, 0, layout(&[(0, KIND_EFACE)]), &[]);
        let (five, five2, six) = (5u64, 5u64, 6u64);
        let w = |v: &u64| v as *const u64 as usize;
        let h1 = [int as usize, w(&five)];
        let h2 = [int as usize, w(&five2)];
        let h3 = [int as usize, w(&six)];
        let h4 = [0usize, 0];
        let h5 = [sl as usize, 0x10];
        let hp = |v: &[usize; 2]| v.as_ptr() as usize;
        assert_eq!(rgort_ifaceeq(holder, hp(&h1), hp(&h2)), 1);
        assert_eq!(rgort_ifaceeq(holder, hp(&h1), hp(&h3)), 0);
        assert_eq!(rgort_ifaceeq(holder, hp(&h1), hp(&h4)), 0);
        assert_eq!(rgort_ifaceeq(holder, hp(&h4), hp(&h4)), 1);
        assert!(data_equal(holder, hp(&h5), hp(&h5)).is_err());
        assert_eq!(rgort_ifaceeq(holder, hp(&h5), hp(&h1)), 0, "different types are unequal without a panic");
    }
}

/// A map with `interface {}` keys (kind 130) or `I` keys (kind 131) and
/// 8-byte elements.
fn iface_map(kind: u32) -> (*const MapType, *mut crate::map::Map) {
    let fields: &'static [KeyField] = Vec::leak(vec![KeyField { offset: 0, kind }]);
    let t = leak(MapType { key_size: 16, elem_size: 8, nfields: 1, fields: fields.as_ptr() }) as *const MapType;
    (t, unsafe { rgort_makemap(t, 0, core::ptr::null_mut()) })
}

#[test]
fn map_eface_keys() {
    let int = desc("int", 8, 0, layout(&[(0, 8)]), &[]);
    let int32 = desc("int32", 4, 0, layout(&[(0, 4)]), &[]);
    let s = desc("string", 16, 0, layout(&[(0, 16)]), &[]);
    let f = desc("float64", 8, 0, layout(&[(0, 64)]), &[]);
    let ptr = desc("*int", 8, TFLAG_DIRECT, layout(&[(0, 8)]), &[]);
    let (t, m) = iface_map(KIND_EFACE);
    let boxed = |v: u64| leak(v) as *const u64 as usize;
    let boxed_str = |v: &str| leak(string(v)) as *const StringHeader as usize;
    let set = |k: [usize; 2], v: u64| unsafe { (rgort_mapassign(t, m, k.as_ptr() as *const u8) as *mut u64).write(v) };
    let get = |k: [usize; 2]| unsafe {
        let e = rgort_mapaccess(t, m, k.as_ptr() as *const u8);
        (!e.is_null()).then(|| *(e as *const u64))
    };
    set([int as usize, boxed(1)], 10);
    set([int32 as usize, boxed(1)], 11);
    set([s as usize, boxed_str("one")], 12);
    set([0, 0], 13);
    set([ptr as usize, 0x1234], 14);
    set([f as usize, boxed(0.0f64.to_bits())], 15);
    assert_eq!(get([int as usize, boxed(1)]), Some(10));
    assert_eq!(get([int32 as usize, boxed(1)]), Some(11), "same bits, other type: another key");
    assert_eq!(get([s as usize, boxed_str("one")]), Some(12));
    assert_eq!(get([s as usize, boxed_str("two")]), None);
    assert_eq!(get([0, 0]), Some(13));
    assert_eq!(get([ptr as usize, 0x1234]), Some(14));
    assert_eq!(get([ptr as usize, 0x1238]), None);
    assert_eq!(get([f as usize, boxed((-0.0f64).to_bits())]), Some(15), "-0 == +0");
    assert_eq!(get([int as usize, boxed(2)]), None);
    set([int as usize, boxed(1)], 20);
    assert_eq!(get([int as usize, boxed(1)]), Some(20));
    assert_eq!(unsafe { *(m as *const u64) }, 6);
    // Many keys, to exercise the hash.
    for k in 0..1000u64 {
        set([int as usize, boxed(k + 100)], k);
    }
    for k in 0..1000u64 {
        assert_eq!(get([int as usize, boxed(k + 100)]), Some(k));
    }
}

#[test]
fn map_iface_keys() {
    let _l = lock();
    let i = interface("main.I", &[("M", "func()")]);
    let a = desc("main.A", 8, 0, layout(&[(0, 8)]), &[("M", "func()", 1)]);
    let b = desc("main.B", 8, 0, layout(&[(0, 8)]), &[("M", "func()", 2)]);
    let itab_a = unsafe { rgort_getitab(i, a, 0) } as usize;
    let itab_b = unsafe { rgort_getitab(i, b, 0) } as usize;
    // A second itab for (I, A), as a static one from the compiler would be:
    // keys compare by dynamic type, not by itab pointer.
    let static_itab_a = leak([i as usize, a as usize, unsafe { (*a).hash } as usize, 1]).as_ptr() as usize;
    let (t, m) = iface_map(KIND_IFACE);
    let boxed = |v: u64| leak(v) as *const u64 as usize;
    let set = |k: [usize; 2], v: u64| unsafe { (rgort_mapassign(t, m, k.as_ptr() as *const u8) as *mut u64).write(v) };
    let get = |k: [usize; 2]| unsafe {
        let e = rgort_mapaccess(t, m, k.as_ptr() as *const u8);
        (!e.is_null()).then(|| *(e as *const u64))
    };
    set([itab_a, boxed(1)], 1);
    set([itab_b, boxed(1)], 2);
    set([0, 0], 3);
    assert_eq!(get([itab_a, boxed(1)]), Some(1));
    assert_eq!(get([static_itab_a, boxed(1)]), Some(1));
    assert_eq!(get([itab_b, boxed(1)]), Some(2));
    assert_eq!(get([0, 0]), Some(3));
    assert_eq!(get([itab_a, boxed(2)]), None);
}

#[test]
fn type_desc_layout() {
    assert_eq!(size_of::<TypeDesc>(), 64);
    assert_eq!(offset_of!(TypeDesc, methods), 56);
    assert_eq!(size_of::<KeyLayout>(), 16);
}
