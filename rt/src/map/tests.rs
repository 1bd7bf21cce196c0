use super::*;
use crate::string::StringHeader;
use std::collections::{HashMap, HashSet};
use std::mem::MaybeUninit;

/// xorshift64*: deterministic test randomness.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A map type, leaked so that it outlives its maps.
fn map_type(fields: &[(u32, u32)], key_size: u64, elem_size: u64) -> *const MapType {
    let fields: &'static [KeyField] =
        Vec::leak(fields.iter().map(|&(offset, kind)| KeyField { offset, kind }).collect());
    Box::leak(Box::new(MapType { key_size, elem_size, nfields: fields.len() as u64, fields: fields.as_ptr() }))
}

/// A map under test with 8-byte elements.
struct TestMap {
    t: *const MapType,
    m: *mut Map,
}

impl TestMap {
    fn new(t: *const MapType, hint: i64) -> TestMap {
        TestMap { t, m: unsafe { rgort_makemap(t, hint, null_mut()) } }
    }

    fn len(&self) -> u64 {
        unsafe { *(self.m as *const u64) }
    }

    fn get(&self, key: &[u8]) -> Option<u64> {
        let elem = unsafe { rgort_mapaccess(self.t, self.m, key.as_ptr()) };
        (!elem.is_null()).then(|| unsafe { (elem as *const u64).read_unaligned() })
    }

    fn set(&self, key: &[u8], v: u64) {
        unsafe { (rgort_mapassign(self.t, self.m, key.as_ptr()) as *mut u64).write_unaligned(v) }
    }

    fn delete(&self, key: &[u8]) {
        unsafe { rgort_mapdelete(self.t, self.m, key.as_ptr()) }
    }

    /// Iterates, calling `f` with each key and element; `f` may change the
    /// map.
    fn each(&self, mut f: impl FnMut(*const u8, u64)) {
        let mut it = MaybeUninit::<Iter>::uninit();
        unsafe {
            rgort_mapiterinit(self.t, self.m, it.as_mut_ptr());
            while !(*it.as_ptr()).key.is_null() {
                let it = &*it.as_ptr();
                f(it.key, (it.elem as *const u64).read_unaligned());
                rgort_mapiternext(it as *const Iter as *mut Iter);
            }
        }
    }
}

/// A key type for the random tests: its fields, its size, and how key
/// number `id` is laid out (`make`, with random padding where it has any)
/// and read back (`id`).
struct KeyType {
    fields: &'static [(u32, u32)],
    size: u64,
    make: fn(u64, &mut Rng) -> Vec<u8>,
    id: fn(*const u8) -> u64,
}

fn string_key(s: &str) -> Vec<u8> {
    // A fresh copy every time, so that equal keys have different pointers.
    let s: &'static [u8] = Vec::leak(s.as_bytes().to_vec());
    let header = StringHeader { ptr: s.as_ptr(), len: s.len() };
    unsafe { std::slice::from_raw_parts(&header as *const StringHeader as *const u8, 16) }.to_vec()
}

unsafe fn string_of<'a>(key: *const u8) -> &'a [u8] {
    let h = (key as *const StringHeader).read();
    crate::string::bytes(h.ptr, h.len)
}

const U32_KEY: KeyType = KeyType {
    fields: &[(0, 4)],
    size: 4,
    make: |id, _| (id as u32).to_ne_bytes().to_vec(),
    id: |k| unsafe { (k as *const u32).read_unaligned() as u64 },
};

const U64_KEY: KeyType = KeyType {
    fields: &[(0, 8)],
    size: 8,
    // Spread over all 64 bits.
    make: |id, _| (id.wrapping_mul(0x9e37_79b9_7f4a_7c15)).to_ne_bytes().to_vec(),
    id: |k| unsafe { (k as *const u64).read_unaligned().wrapping_mul(0xf1de_83e1_9937_733d) },
};

const STRING_KEY: KeyType = KeyType {
    fields: &[(0, 16)],
    size: 16,
    // Lengths from 1 to 40: 8-byte chunks and tails of every size.
    make: |id, _| string_key(&format!("{id}{}", "x".repeat((id % 37) as usize))),
    id: |k| unsafe { std::str::from_utf8(string_of(k)).unwrap().trim_end_matches('x').parse().unwrap() },
};

/// struct { a uint8; b int64 }: 7 bytes of padding after `a`, filled with
/// garbage that must not matter.
const STRUCT_KEY: KeyType = KeyType {
    fields: &[(0, 1), (8, 8)],
    size: 16,
    make: |id, rng| {
        let mut key = rng.next().to_ne_bytes().to_vec();
        key[0] = id as u8;
        key.extend_from_slice(&((id >> 8) as i64 - 50).to_ne_bytes());
        key
    },
    id: |k| unsafe { *k as u64 | (((k.add(8) as *const i64).read_unaligned() + 50) as u64) << 8 },
};

/// Random assigns, deletes and lookups against a `HashMap`, in phases that
/// grow and shrink the map (leaving tombstones), checking the length and
/// lookups as it goes and the iterated contents after each phase.
fn random_ops(kt: &KeyType, hint: i64, seed: u64) {
    let t = map_type(kt.fields, kt.size, 8);
    let m = TestMap::new(t, hint);
    let mut reference = HashMap::new();
    let mut rng = Rng(seed);
    for phase in 0..6 {
        let (key_space, insert_percent) = if phase % 2 == 0 { (3000, 70) } else { (3000, 20) };
        for _ in 0..8000 {
            let id = rng.below(key_space);
            let key = (kt.make)(id, &mut rng);
            let roll = rng.below(100);
            if roll < insert_percent {
                let v = rng.next();
                m.set(&key, v);
                reference.insert(id, v);
            } else if roll < 90 {
                m.delete(&key);
                reference.remove(&id);
            } else {
                assert_eq!(m.get(&key), reference.get(&id).copied(), "lookup of {id}");
            }
            assert_eq!(m.len(), reference.len() as u64);
        }
        let mut seen = HashMap::new();
        m.each(|k, v| assert!(seen.insert((kt.id)(k), v).is_none(), "key returned twice"));
        assert_eq!(seen, reference, "phase {phase}");
    }
    for (&id, &v) in &reference {
        assert_eq!(m.get(&(kt.make)(id, &mut rng)), Some(v));
    }
}

#[test]
fn random_ops_u32() {
    random_ops(&U32_KEY, 0, 1);
    random_ops(&U32_KEY, 5000, 2);
}

#[test]
fn random_ops_u64() {
    random_ops(&U64_KEY, 0, 3);
    random_ops(&U64_KEY, 100, 4);
}

#[test]
fn random_ops_string() {
    random_ops(&STRING_KEY, 0, 5);
}

#[test]
fn random_ops_struct() {
    random_ops(&STRUCT_KEY, 0, 6);
}

#[test]
fn key_classes() {
    assert_eq!(unsafe { (*rgort_makemap(map_type(U32_KEY.fields, 4, 8), 0, null_mut())).class }, key::CLASS_WORD32);
    assert_eq!(unsafe { (*rgort_makemap(map_type(U64_KEY.fields, 8, 8), 0, null_mut())).class }, key::CLASS_WORD64);
    assert_eq!(unsafe { (*rgort_makemap(map_type(STRING_KEY.fields, 16, 8), 0, null_mut())).class }, key::CLASS_STR);
    assert_eq!(unsafe { (*rgort_makemap(map_type(STRUCT_KEY.fields, 16, 8), 0, null_mut())).class }, key::CLASS_FIELDS);
    // A 32-bit field not at offset 0 takes the general path.
    assert_eq!(unsafe { (*rgort_makemap(map_type(&[(4, 4)], 8, 8), 0, null_mut())).class }, key::CLASS_FIELDS);
}

#[test]
fn strings_compare_by_content() {
    let m = TestMap::new(map_type(STRING_KEY.fields, 16, 8), 0);
    let words: Vec<String> = (0..=24).map(|n| "a".repeat(n)).chain((0..=24).map(|n| "a".repeat(n) + "b")).collect();
    for (i, w) in words.iter().enumerate() {
        m.set(&string_key(w), i as u64);
    }
    assert_eq!(m.len(), words.len() as u64);
    for (i, w) in words.iter().enumerate() {
        assert_eq!(m.get(&string_key(w)), Some(i as u64), "{w:?}");
    }
    // Assigning stores the new key: its string pointer is the latest one.
    let key = string_key("aaa");
    m.set(&key, 1000);
    m.each(|k, v| {
        if v == 1000 {
            assert_eq!(
                unsafe { (k as *const StringHeader).read() }.ptr as usize,
                unsafe { (key.as_ptr() as *const StringHeader).read() }.ptr as usize
            );
        }
    });
}

fn f64_key(v: f64) -> [u8; 8] {
    v.to_ne_bytes()
}

#[test]
fn float_keys() {
    let m = TestMap::new(map_type(&[(0, key::KIND_FLOAT64)], 8, 8), 0);
    m.set(&f64_key(0.0), 1);
    assert_eq!(m.get(&f64_key(-0.0)), Some(1));
    m.set(&f64_key(-0.0), 2);
    assert_eq!(m.len(), 1);
    // The key was stored again: it is -0 now, as in Go.
    m.each(|k, v| {
        assert_eq!(v, 2);
        assert_eq!(unsafe { (k as *const u64).read() }, (-0.0f64).to_bits());
    });
    for i in 0..3 {
        m.set(&f64_key(f64::NAN), 10 + i);
    }
    assert_eq!(m.len(), 4);
    assert_eq!(m.get(&f64_key(f64::NAN)), None);
    m.delete(&f64_key(f64::NAN));
    assert_eq!(m.len(), 4);
    m.set(&f64_key(1.5), 3);
    let mut nans = vec![];
    m.each(|k, v| {
        if unsafe { (k as *const f64).read() }.is_nan() {
            nans.push(v);
        }
    });
    nans.sort();
    assert_eq!(nans, [10, 11, 12]);
    m.delete(&f64_key(0.0));
    assert_eq!((m.len(), m.get(&f64_key(-0.0))), (4, None));
}

#[test]
fn float32_and_complex_keys() {
    let m = TestMap::new(map_type(&[(0, key::KIND_FLOAT32)], 4, 8), 0);
    m.set(&(-0.0f32).to_ne_bytes(), 1);
    assert_eq!(m.get(&0.0f32.to_ne_bytes()), Some(1));
    m.set(&f32::NAN.to_ne_bytes(), 2);
    m.set(&f32::NAN.to_ne_bytes(), 3);
    assert_eq!((m.len(), m.get(&f32::NAN.to_ne_bytes())), (3, None));

    let c64 = TestMap::new(map_type(&[(0, key::KIND_COMPLEX64)], 8, 8), 0);
    let key = |re: f32, im: f32| [re.to_ne_bytes(), im.to_ne_bytes()].concat();
    c64.set(&key(0.0, -0.0), 1);
    assert_eq!(c64.get(&key(-0.0, 0.0)), Some(1));
    c64.set(&key(1.0, f32::NAN), 2);
    assert_eq!((c64.len(), c64.get(&key(1.0, f32::NAN))), (2, None));

    let c128 = TestMap::new(map_type(&[(0, key::KIND_COMPLEX128)], 16, 8), 0);
    let key = |re: f64, im: f64| [re.to_ne_bytes(), im.to_ne_bytes()].concat();
    c128.set(&key(-0.0, 2.0), 1);
    assert_eq!((c128.get(&key(0.0, 2.0)), c128.get(&key(0.0, -2.0))), (Some(1), None));
    c128.set(&key(f64::NAN, 0.0), 2);
    c128.set(&key(f64::NAN, 0.0), 3);
    assert_eq!(c128.len(), 3);
}

#[test]
fn nil_map() {
    let t = map_type(U64_KEY.fields, 8, 8);
    let key = 5u64.to_ne_bytes();
    unsafe {
        assert!(rgort_mapaccess(t, null_mut(), key.as_ptr()).is_null());
        rgort_mapdelete(t, null_mut(), key.as_ptr());
        rgort_mapclear(t, null_mut());
        let mut it = MaybeUninit::<Iter>::uninit();
        rgort_mapiterinit(t, null_mut(), it.as_mut_ptr());
        assert!((*it.as_ptr()).key.is_null());
        rgort_mapiternext(it.as_mut_ptr());
        assert!((*it.as_ptr()).key.is_null());
    }
}

#[test]
fn hints() {
    let t = map_type(U64_KEY.fields, 8, 8);
    // Go 1.19 treats a negative or unallocatable hint as 0.
    for hint in [-1, i64::MIN, i64::MAX, 1 << 50] {
        let m = TestMap::new(t, hint);
        assert_eq!(unsafe { (*m.m).max_load() }, 0);
        m.set(&1u64.to_ne_bytes(), 1);
        assert_eq!(m.get(&1u64.to_ne_bytes()), Some(1));
    }
    // A hint preallocates: no growth up to it.
    let m = TestMap::new(t, 1000);
    let groups = unsafe { (*m.m).groups };
    for i in 0..1000u64 {
        m.set(&i.to_ne_bytes(), i);
    }
    assert_eq!(unsafe { (*m.m).groups }, groups);
    m.set(&1000u64.to_ne_bytes(), 0);
    assert_eq!(m.len(), 1001);
}

#[test]
fn layouts() {
    assert_eq!(size_of::<Iter>(), 64);
    assert_eq!(groups_for(1), 1);
    assert_eq!(groups_for(7), 1);
    assert_eq!(groups_for(8), 2);
    assert_eq!(groups_for(14), 2);
    assert_eq!(groups_for(15), 4);
    // map[uint8]uint64: the element is 8-aligned.
    let m = unsafe { &*rgort_makemap(map_type(&[(0, 1)], 1, 8), 0, null_mut()) };
    assert_eq!((m.elem_off, m.slot_size), (8, 16));
    // map[[3]uint16]uint8
    let m = unsafe { &*rgort_makemap(map_type(&[(0, 2), (2, 2), (4, 2)], 6, 1), 0, null_mut()) };
    assert_eq!((m.elem_off, m.slot_size), (6, 8));
}

#[test]
fn zero_size_keys_and_elements() {
    // map[struct{}]uint64
    let m = TestMap::new(map_type(&[], 0, 8), 0);
    m.set(&[], 1);
    m.set(&[], 2);
    assert_eq!((m.len(), m.get(&[])), (1, Some(2)));
    m.delete(&[]);
    assert_eq!((m.len(), m.get(&[])), (0, None));
    // map[uint64]struct{}
    let t = map_type(U64_KEY.fields, 8, 0);
    let m = unsafe { rgort_makemap(t, 0, null_mut()) };
    for i in 0..100u64 {
        unsafe { rgort_mapassign(t, m, i.to_ne_bytes().as_ptr()) };
    }
    assert_eq!(unsafe { (*m).count }, 100);
    assert!(!unsafe { rgort_mapaccess(t, m, 99u64.to_ne_bytes().as_ptr()) }.is_null());
}

#[test]
fn clear() {
    let m = TestMap::new(map_type(U64_KEY.fields, 8, 8), 0);
    for i in 0..100u64 {
        m.set(&i.to_ne_bytes(), i);
    }
    unsafe { rgort_mapclear(m.t, m.m) };
    assert_eq!((m.len(), m.get(&5u64.to_ne_bytes())), (0, None));
    m.each(|_, _| panic!("entry after clear"));
    m.set(&5u64.to_ne_bytes(), 6);
    assert_eq!((m.len(), m.get(&5u64.to_ne_bytes())), (1, Some(6)));
}

/// A u64-keyed map holding keys 0..n with element = key.
fn filled(n: u64) -> TestMap {
    let m = TestMap::new(map_type(U64_KEY.fields, 8, 8), 0);
    for i in 0..n {
        m.set(&i.to_ne_bytes(), i);
    }
    m
}

fn key_at(k: *const u8) -> u64 {
    unsafe { (k as *const u64).read() }
}

#[test]
fn iteration_visits_each_entry_once() {
    for n in [0, 1, 7, 8, 9, 100, 10_000] {
        let m = filled(n);
        let mut seen = HashSet::new();
        m.each(|k, v| {
            assert_eq!(key_at(k), v);
            assert!(seen.insert(v), "{v} returned twice");
        });
        assert_eq!(seen.len() as u64, n);
    }
}

#[test]
fn deletes_during_iteration() {
    let mut rng = Rng(7);
    let m = filled(1000);
    let mut deleted = HashSet::new();
    let mut seen = HashSet::new();
    m.each(|k, _| {
        let k = key_at(k);
        assert!(!deleted.contains(&k), "{k} returned after its deletion");
        assert!(seen.insert(k), "{k} returned twice");
        // Delete the current entry sometimes, and some others.
        if rng.below(3) == 0 {
            m.delete(&k.to_ne_bytes());
        }
        for _ in 0..2 {
            let victim = rng.below(1000);
            m.delete(&victim.to_ne_bytes());
            deleted.insert(victim);
        }
    });
    for k in 0..1000 {
        assert!(seen.contains(&k) || deleted.contains(&k), "{k} skipped");
    }
}

#[test]
fn growth_during_iteration() {
    let mut rng = Rng(8);
    let m = filled(100);
    let groups = unsafe { (*m.m).groups };
    let mut next_key = 100u64;
    let mut current = (0..100).map(|k| (k, k)).collect::<HashMap<u64, u64>>();
    let mut deleted = HashSet::new();
    let mut seen = HashSet::new();
    m.each(|k, v| {
        let k = key_at(k);
        assert!(seen.insert(k), "{k} returned twice");
        assert!(!deleted.contains(&k), "{k} returned after its deletion");
        // The element is the current one.
        assert_eq!(Some(&v), current.get(&k), "element of {k}");
        for _ in 0..20 {
            m.set(&next_key.to_ne_bytes(), next_key);
            current.insert(next_key, next_key);
            next_key += 1;
        }
        // Update or delete original entries not yet seen.
        let other = rng.below(100);
        if !seen.contains(&other) && current.contains_key(&other) {
            if rng.below(2) == 0 {
                m.set(&other.to_ne_bytes(), other + 1_000_000);
                current.insert(other, other + 1_000_000);
            } else {
                m.delete(&other.to_ne_bytes());
                current.remove(&other);
                deleted.insert(other);
            }
        }
    });
    assert_ne!(unsafe { (*m.m).groups }, groups, "the map did not grow");
    for k in 0..100 {
        assert!(seen.contains(&k) || deleted.contains(&k), "{k} skipped");
    }
}

#[test]
fn nan_keys_survive_growth_during_iteration() {
    let m = TestMap::new(map_type(&[(0, key::KIND_FLOAT64)], 8, 8), 0);
    for i in 0..5 {
        m.set(&f64_key(f64::NAN), i);
        m.set(&f64_key(i as f64), 100 + i);
    }
    let mut next = 1000.0;
    let mut seen = vec![];
    m.each(|_, v| {
        seen.push(v);
        for _ in 0..10 {
            m.set(&f64_key(next), u64::MAX);
            next += 1.0;
        }
    });
    let mut original: Vec<u64> = seen.into_iter().filter(|&v| v != u64::MAX).collect();
    original.sort();
    assert_eq!(original, [0, 1, 2, 3, 4, 100, 101, 102, 103, 104]);

    // After a clear, the snapshot's NaN entries are gone too.
    let mut first = true;
    m.each(|_, _| {
        assert!(first, "entry returned after clear");
        first = false;
        for _ in 0..2000 {
            m.set(&f64_key(next), 0);
            next += 1.0;
        }
        unsafe { rgort_mapclear(m.t, m.m) };
    });
}

#[test]
fn clear_during_iteration() {
    let m = filled(50);
    let mut count = 0;
    m.each(|_, _| {
        count += 1;
        unsafe { rgort_mapclear(m.t, m.m) };
    });
    assert_eq!(count, 1);
}

#[test]
fn iteration_starts_vary() {
    let m = filled(64);
    let mut firsts = HashSet::new();
    for _ in 0..32 {
        let mut it = MaybeUninit::<Iter>::uninit();
        unsafe {
            rgort_mapiterinit(m.t, m.m, it.as_mut_ptr());
            firsts.insert(key_at((*it.as_ptr()).key));
        }
    }
    assert!(firsts.len() > 4, "{} distinct first keys", firsts.len());
    // Two maps with the same keys are laid out differently (other seeds).
    let order = |m: &TestMap| {
        let mut order = vec![];
        m.each(|k, _| order.push(key_at(k)));
        order
    };
    assert_ne!(order(&m), order(&filled(64)));
}
