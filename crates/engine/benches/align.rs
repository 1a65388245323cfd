//! Alignment speed: the seed story (5 versions, ~4 KB each), and 20 versions
//! of ~50 KB and 50 versions of ~5 KB made from ECB+ text (needs the shared
//! corpora: `$STORYDIFF_SHARED` or `../shared` beside the repository).
//! Target: the 20 × 50 KB case well under 2 s native release.
//!
//! `cargo bench -p storydiff-engine --bench align`

use criterion::{criterion_group, criterion_main, Criterion};
use storydiff_engine::align::{align, AlignOptions};
use storydiff_engine::segment::{segment, Segmentation};

#[path = "../tests/it/common.rs"]
mod common;
#[path = "../tests/it/alignment_support.rs"]
mod support;

fn seed() -> Vec<String> {
    common::story("seed").into_iter().map(|v| v.text).collect()
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
        let texts = support::rewrites(count, size);
        let segs: Vec<Segmentation> = texts.iter().map(|t| segment(t)).collect();
        let refs: Vec<&Segmentation> = segs.iter().collect();
        let name = format!("align {count} versions × {} KB", size / 1000);
        group.bench_function(name, |b| b.iter(|| align(&refs, None, &options)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
