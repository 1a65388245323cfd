//! Alignment speed: the seed story (5 versions, ~4 KB each) and 20 versions
//! of ~50 KB each made from ECB+ text (needs the shared corpora:
//! `$STORYDIFF_SHARED` or `../shared` beside the repository). Target: the
//! 20 × 50 KB case well under 2 s native release.
//!
//! `cargo bench -p storydiff-engine --bench align`

use criterion::{criterion_group, criterion_main, Criterion};
use std::path::PathBuf;
use storydiff_engine::align::{align, AlignOptions};
use storydiff_engine::segment::{segment, Segmentation};

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seed() -> Vec<String> {
    let dir = repo_root().join("fixtures/stories/seed");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/stories/seed")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// Deterministic pseudo-random numbers (no clock, no crate).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// `count` versions of one ~`size`-byte story: distinct ECB+ sentences as
/// the original; each version drops some, rewords some (drops or swaps
/// words), and moves a few far down, as rewrites do.
fn rewrites(count: usize, size: usize) -> Option<Vec<String>> {
    let shared = std::env::var_os("STORYDIFF_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared"));
    let corpus =
        std::fs::read_to_string(shared.join("corpora/ecbplus/ecbplus_topics36-45.jsonl")).ok()?;
    let mut original: Vec<String> = Vec::new();
    let mut bytes = 0;
    for line in corpus.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).ok()?;
        for s in doc["text"].as_str()?.lines().filter(|l| l.len() > 40) {
            if bytes < size && !original.iter().any(|o| o == s) {
                bytes += s.len() + 1;
                original.push(s.to_string());
            }
        }
    }
    let versions = (0..count)
        .map(|i| {
            let mut rng = Lcg(i as u64 + 1);
            let mut kept: Vec<String> = Vec::new();
            let mut moved: Vec<String> = Vec::new();
            for s in &original {
                if rng.chance(8) {
                    continue;
                }
                let mut words: Vec<&str> = s.split(' ').collect();
                if rng.chance(30) && words.len() > 4 {
                    let k = rng.next() as usize % words.len();
                    words.remove(k);
                    let k = rng.next() as usize % (words.len() - 1);
                    words.swap(k, k + 1);
                }
                let s = words.join(" ");
                if rng.chance(2) {
                    moved.push(s);
                } else {
                    kept.push(s);
                }
            }
            kept.extend(moved);
            kept.chunks(4).map(|p| p.join(" ")).collect::<Vec<_>>().join("\n\n")
        })
        .collect();
    Some(versions)
}

fn bench(c: &mut Criterion) {
    let options = AlignOptions::default();
    let texts = seed();
    let segs: Vec<Segmentation> = texts.iter().map(|t| segment(t)).collect();
    let refs: Vec<&Segmentation> = segs.iter().collect();
    c.bench_function("align seed (5 versions)", |b| b.iter(|| align(&refs, None, &options)));

    let Some(texts) = rewrites(20, 50_000) else {
        eprintln!("ECB+ corpus not found: skipping the 20 × 50 KB benchmark");
        return;
    };
    let segs: Vec<Segmentation> = texts.iter().map(|t| segment(t)).collect();
    let refs: Vec<&Segmentation> = segs.iter().collect();
    let mut group = c.benchmark_group("large");
    group.sample_size(10);
    group.bench_function("align 20 versions × 50 KB", |b| b.iter(|| align(&refs, None, &options)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
