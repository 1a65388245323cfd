//! Times the quantity and loaded-word extractors (segmentation excluded):
//! the five seed versions, and throughput on the ECB+ articles.
//!
//! `STORYDIFF_SHARED=/path/to/shared cargo run --release -p storydiff-engine --example claims_speed`

use std::time::Instant;
use storydiff_engine::claims::{loaded::extract_loaded, quantities::extract_quantities};
use storydiff_engine::{Document, Version};

fn time(docs: &[Document], rounds: usize) -> (f64, usize) {
    let start = Instant::now();
    let mut claims = 0;
    for _ in 0..rounds {
        for d in docs {
            claims += extract_quantities(d).len() + extract_loaded(d).len();
        }
    }
    (start.elapsed().as_secs_f64() / rounds as f64, claims / rounds)
}

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/stories/seed");
    let mut seed: Vec<Document> = Vec::new();
    for entry in std::fs::read_dir(root).expect("seed dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("read");
            seed.push(Document::new(&Version::new(path.display().to_string(), text)));
        }
    }
    let _ = time(&seed, 10); // warm up the lexicon and caches
    let (secs, claims) = time(&seed, 200);
    // Best of 20 batches, each extractor alone (the machine may be shared).
    let best = |f: &dyn Fn(&Document) -> usize| {
        (0..20)
            .map(|_| {
                let t = Instant::now();
                for _ in 0..20 {
                    for d in &seed {
                        std::hint::black_box(f(d));
                    }
                }
                t.elapsed().as_secs_f64() / 20.0 * 1e3
            })
            .fold(f64::MAX, f64::min)
    };
    println!(
        "  best of 20: quantities {:.3} ms, loaded {:.3} ms",
        best(&|d| extract_quantities(d).len()),
        best(&|d| extract_loaded(d).len())
    );
    let bytes: usize = seed.iter().map(|d| d.text.len()).sum();
    println!(
        "seed: {} versions, {bytes} bytes, {claims} claims, {:.3} ms per run",
        seed.len(),
        secs * 1e3
    );

    let shared = std::env::var("STORYDIFF_SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").to_string());
    let Ok(corpus) =
        std::fs::read_to_string(format!("{shared}/corpora/ecbplus/ecbplus_topics36-45.jsonl"))
    else {
        println!("ECB+ not found; set STORYDIFF_SHARED");
        return;
    };
    let docs: Vec<Document> = corpus
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            Document::new(&Version::new(
                v["doc"].as_str().unwrap_or(""),
                v["text"].as_str().unwrap_or(""),
            ))
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let (secs, claims) = time(&docs, 20);
    println!(
        "ecb+: {} articles, {:.2} MB, {claims} claims, {:.2} ms per pass, {:.1} MB/s",
        docs.len(),
        bytes as f64 / 1e6,
        secs * 1e3,
        bytes as f64 / 1e6 / secs
    );
    // One long document: all of ECB+ glued, to check the cost stays linear.
    let long: String = docs.iter().map(|d| d.text.as_str()).collect::<Vec<_>>().join("\n\n");
    let big = vec![Document::new(&Version::new("all", long.repeat(5)))];
    let (secs, _) = time(&big, 3);
    println!(
        "ecb+ x5 as one document: {:.2} MB, {:.1} MB/s",
        big[0].text.len() as f64 / 1e6,
        big[0].text.len() as f64 / 1e6 / secs
    );
}
