//! Times entity and quote extraction: the five seed versions (per run) and
//! the ECB+ test articles (MB/s). Segmentation is done beforehand and not
//! timed.
//!
//! `STORYDIFF_SHARED=/work/shared cargo run --release -p storydiff-engine --example entities_quotes_bench`

use std::time::Instant;
use storydiff_engine::claims::entities::extract_entities;
use storydiff_engine::claims::quotes::{extract_people_and_quotes, extract_quotes};
use storydiff_engine::{Document, Version};

const SEEDS: &[&str] = &[
    include_str!("../../../fixtures/stories/seed/000_9145386a09862644.txt"),
    include_str!("../../../fixtures/stories/seed/001_fdc33257951a94e8.txt"),
    include_str!("../../../fixtures/stories/seed/002_349d635fff76aa66.txt"),
    include_str!("../../../fixtures/stories/seed/003_932dead0a5037501.txt"),
    include_str!("../../../fixtures/stories/seed/004_e85194611a1f4ec0.txt"),
];

/// Both extractors through the shared word list (as `claims::extract` does).
fn run(docs: &[Document]) -> usize {
    docs.iter()
        .map(|d| {
            let (e, q) = extract_people_and_quotes(d);
            e.len() + q.len()
        })
        .sum()
}

/// Both extractors called one after the other: each builds its own words.
fn run_separately(docs: &[Document]) -> usize {
    docs.iter()
        .map(|d| {
            let e = extract_entities(d);
            e.len() + extract_quotes(d, &e).len()
        })
        .sum()
}

fn main() {
    let seeds: Vec<Document> = SEEDS
        .iter()
        .enumerate()
        .map(|(i, t)| Document::new(&Version::new(format!("{i}"), *t)))
        .collect();
    run(&seeds); // builds the word lists once
    let rounds = 200;
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        n += run(&seeds);
    }
    let per = t.elapsed().as_secs_f64() / rounds as f64;
    println!("seed (5 versions): {:.3} ms per run ({} claims per run)", per * 1e3, n / rounds);
    let t = Instant::now();
    let mut m = 0;
    for _ in 0..rounds {
        m += run_separately(&seeds);
    }
    let per = t.elapsed().as_secs_f64() / rounds as f64;
    println!(
        "seed, each extractor building its words: {:.3} ms per run ({} claims per run)",
        per * 1e3,
        m / rounds
    );

    let shared = std::env::var("STORYDIFF_SHARED").unwrap_or_else(|_| "../../../shared".into());
    let path = format!("{shared}/corpora/ecbplus/ecbplus_topics36-45.jsonl");
    let Ok(jsonl) = std::fs::read_to_string(&path) else {
        println!("ECB+ not found at {path}");
        return;
    };
    let docs: Vec<Document> = jsonl
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|d| {
            Document::new(&Version::new(
                d["doc"].as_str().unwrap_or(""),
                d["text"].as_str().unwrap_or(""),
            ))
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let rounds = 10;
    let t = Instant::now();
    for _ in 0..rounds {
        n += run(&docs);
    }
    let secs = t.elapsed().as_secs_f64() / rounds as f64;
    println!(
        "ECB+ ({} docs, {:.2} MB): {:.1} ms per pass, {:.1} MB/s",
        docs.len(),
        bytes as f64 / 1e6,
        secs * 1e3,
        bytes as f64 / 1e6 / secs
    );
    // One big document: checks that the cost stays linear.
    let big_text: String = docs.iter().map(|d| d.text.as_str()).collect::<Vec<_>>().join("\n\n");
    let big = vec![Document::new(&Version::new("all", big_text.clone()))];
    let t = Instant::now();
    n += run(&big);
    let secs = t.elapsed().as_secs_f64();
    println!(
        "ECB+ as one document ({:.2} MB): {:.1} ms, {:.1} MB/s [{n}]",
        big_text.len() as f64 / 1e6,
        secs * 1e3,
        big_text.len() as f64 / 1e6 / secs
    );
}
