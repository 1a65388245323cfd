//! The whole pipeline on the seed story, and all claim extractors together: the seed story (best of 20) and the ECB+
//! articles (MB/s). `cargo run --profile bench -p storydiff-engine
//! --example claims_throughput`
#[path = "../benches/corpus.rs"]
mod corpus;

use std::time::Instant;
use storydiff_engine::claims::{extract, ExtractOptions};
use storydiff_engine::Document;

fn best(docs: &[Document], runs: usize) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            for d in docs {
                std::hint::black_box(extract(d, &ExtractOptions::default()));
            }
            t.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min)
}

fn main() {
    let versions = corpus::seed();
    let whole = (0..20)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(storydiff_engine::analyze(
                &versions,
                &storydiff_engine::Options::default(),
            ));
            t.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min);
    println!("whole pipeline, seed story (5 versions): {:.2} ms", whole * 1e3);
    let seed: Vec<Document> = versions.iter().map(Document::new).collect();
    println!("claims of the seed story (5 versions): {:.2} ms", best(&seed, 20) * 1e3);
    let ecb: Vec<Document> =
        corpus::ecbplus_events().values().flatten().map(Document::new).collect();
    let bytes: usize = ecb.iter().map(|d| d.text.len()).sum();
    let t = best(&ecb, 5);
    println!(
        "claims of ECB+ ({} articles, {:.2} MB): {:.0} ms, {:.1} MB/s",
        ecb.len(),
        bytes as f64 / 1e6,
        t * 1e3,
        bytes as f64 / 1e6 / t
    );
}
