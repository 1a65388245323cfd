//! The one hash of the engine's word sets and maps.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: words are hashed on every token of every document, and short
/// keys hash faster this way than with SipHash. A fixed hash has no random
/// seed, so results are the same everywhere; the keys are words, not keys
/// worth defending against a flood of collisions (it would only slow down).
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    // Integers (ids, indexes, pairs of them) in one step rather than byte
    // by byte: the multiply carries every bit of the key into the high
    // bits the table's tags read, and the low bits that pick a bucket
    // follow the key's own low bits.
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        let h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        self.0 = (h ^ n).wrapping_mul(0x0100_0000_01b3);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// A hash map with [`Fnv`].
pub(crate) type FnvHashMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A hash set with [`Fnv`].
pub(crate) type FnvHashSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// The FNV-1a hash of a string's bytes: a set of words can keep hashes
/// instead of copies where a collision costs little.
pub(crate) fn hash_str(s: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(s.as_bytes());
    h.finish()
}
