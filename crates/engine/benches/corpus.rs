//! Inputs for the benchmarks: the seed story, the ECB+ events, and large
//! synthetic stories built from real ECB+ text. Shared by the criterion
//! benches and the `scaling` example.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use storydiff_engine::Version;

#[path = "../tests/it/common.rs"]
mod common;

fn shared() -> PathBuf {
    common::shared_dir()
}

/// The five seed versions.
pub fn seed() -> Vec<Version> {
    common::story("seed")
}

/// ECB+ events: subtopic → its articles as versions.
pub fn ecbplus_events() -> BTreeMap<String, Vec<Version>> {
    common::ecbplus_events()
}

/// A story of `versions` versions of about `bytes` bytes each, built from
/// real ECB+ text: one base text, each version dropping, swapping and
/// rewording some sentences deterministically (as rewrites do).
pub fn synthetic(versions: usize, bytes: usize) -> Vec<Version> {
    let mut base = String::new();
    let events = ecbplus_events();
    'outer: loop {
        for docs in events.values() {
            for d in docs {
                base.push_str(&d.text);
                base.push_str("\n\n");
                if base.len() >= bytes {
                    break 'outer;
                }
            }
        }
        if events.is_empty() {
            base.push_str("Officials said six people were hurt on Dec. 8, 2025. ");
            if base.len() >= bytes {
                break;
            }
        }
    }
    let sentences: Vec<&str> = base.split_inclusive(['.', '\n']).collect();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    (0..versions)
        .map(|i| {
            let mut out = String::with_capacity(bytes + 1024);
            let mut k = 0;
            while k < sentences.len() && out.len() < bytes {
                let r = next() % 100;
                if r < 4 && i > 0 {
                    k += 1; // dropped
                    continue;
                }
                if r < 8 && i > 0 && k + 1 < sentences.len() {
                    out.push_str(sentences[k + 1]);
                    out.push_str(sentences[k]);
                    k += 2;
                    continue;
                }
                if r < 14 && i > 0 {
                    out.push_str(
                        &sentences[k].replacen(" the ", " a ", 1).replacen(" said", " stated", 1),
                    );
                } else {
                    out.push_str(sentences[k]);
                }
                k += 1;
            }
            Version::new(format!("v{i:02}.txt"), out)
        })
        .collect()
}
