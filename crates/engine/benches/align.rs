//! Alignment speed: the seed story (5 versions, ~4 KB each), and 20 versions
//! of ~50 KB and 50 versions of ~5 KB made from ECB+ text (needs the shared
//! corpora: `$STORYDIFF_SHARED` or `../shared` beside the repository).
//! Target: the 20 × 50 KB case well under 2 s native release.
//!
//! `cargo bench -p storydiff-engine --bench align`

use criterion::{criterion_group, criterion_main, Criterion};
use std::path::PathBuf;
use storydiff_engine::align::{align, AlignOptions};
use storydiff_engine::segment::{segment, Segmentation};

#[path = "../tests/it/common.rs"]
mod common;
#[path = "../tests/it/alignment_support.rs"]
mod support;

fn seed() -> Vec<String> {
    let dir = common::repo_root().join("fixtures/stories/seed");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/stories/seed")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

fn bench(c: &mut Criterion) {
    let options = AlignOptions::default();
    let texts = seed();
    let segs: Vec<Segmentation> = texts.iter().map(|t| segment(t)).collect();
    let refs: Vec<&Segmentation> = segs.iter().collect();
    c.bench_function("align seed (5 versions)", |b| b.iter(|| align(&refs, None, &options)));

    let mut group = c.benchmark_group("large");
    group.sample_size(10);
    for (count, size) in [(20, 50_000), (50, 5_000)] {
        let Some(texts) = support::rewrites(count, size) else {
            eprintln!("ECB+ corpus not found: skipping the large benchmarks");
            return;
        };
        let segs: Vec<Segmentation> = texts.iter().map(|t| segment(t)).collect();
        let refs: Vec<&Segmentation> = segs.iter().collect();
        let name = format!("align {count} versions × {} KB", size / 1000);
        group.bench_function(name, |b| b.iter(|| align(&refs, None, &options)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
