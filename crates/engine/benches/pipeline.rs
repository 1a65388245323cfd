//! The whole pipeline: the seed story, each ECB+ event, and 20 versions of
//! 50 KB. Figures go to BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use storydiff_engine::{analyze, Options};

mod corpus;

fn seed(c: &mut Criterion) {
    let versions = corpus::seed();
    c.bench_function("analyze/seed (5 versions)", |b| {
        b.iter(|| analyze(black_box(&versions), &Options::default()))
    });
}

fn ecbplus(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze/ecbplus");
    group.sample_size(20);
    for (event, versions) in corpus::ecbplus_events() {
        let bytes: usize = versions.iter().map(|v| v.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{event} ({} versions)", versions.len())),
            &versions,
            |b, v| b.iter(|| analyze(black_box(v), &Options::default())),
        );
    }
    group.finish();
}

fn large(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze/large");
    group.sample_size(10);
    let versions = corpus::synthetic(20, 50_000);
    group.bench_function("20 versions x 50 KB", |b| {
        b.iter(|| analyze(black_box(&versions), &Options::default()))
    });
    group.finish();
}

criterion_group!(benches, seed, ecbplus, large);
criterion_main!(benches);
