//! Segmentation throughput on the ECB+ texts (210 news articles).
//!
//! `cargo run --release -p storydiff-engine --example segment_throughput`
//! (set `STORYDIFF_SHARED` when the shared corpora are not beside the
//! repository). Timing lives here, never in the engine: the engine does not
//! read the clock.

use std::path::PathBuf;
use std::time::Instant;
use storydiff_engine::segment::{segment, tokenize};

fn main() {
    let shared = std::env::var_os("STORYDIFF_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")));
    let path = shared.join("corpora/ecbplus/ecbplus_topics36-45.jsonl");
    let jsonl =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let texts: Vec<String> = jsonl
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|d| d["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let rounds = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    let mb = (bytes * rounds) as f64 / 1e6;

    let mut sentences = 0;
    let start = Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            sentences += segment(t).sentences.len();
        }
    }
    let all = start.elapsed().as_secs_f64();

    let mut tokens = 0;
    let start = Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            tokens += tokenize(t).len();
        }
    }
    let tok = start.elapsed().as_secs_f64();

    println!("{} texts, {:.2} MB, {rounds} rounds", texts.len(), bytes as f64 / 1e6);
    println!("segment:  {:.1} MB/s ({} sentences per round)", mb / all, sentences / rounds);
    println!("tokenize: {:.1} MB/s ({} tokens per round)", mb / tok, tokens / rounds);
}
