//! Prints how analysis time grows with the number of versions and with
//! their length (each doubled), as a Markdown table for BENCHMARKS.md.
//!
//! `cargo run --release -p storydiff-engine --example scaling`

#[path = "../benches/corpus.rs"]
mod corpus;

use std::time::Instant;
use storydiff_engine::{analyze, Options};

fn time(versions: &[storydiff_engine::Version]) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let a = analyze(versions, &Options::default());
        std::hint::black_box(&a);
        best = best.min(t.elapsed().as_secs_f64());
    }
    best
}

fn main() {
    println!("| versions | KB each | time (ms) | ratio to previous row |");
    println!("|---:|---:|---:|---:|");
    let mut prev: Option<f64> = None;
    for n in [5, 10, 20, 40, 50, 100] {
        let t = time(&corpus::synthetic(n, 50_000));
        println!(
            "| {n} | 50 | {:.0} | {} |",
            t * 1e3,
            prev.map_or("".into(), |p| format!("{:.2}", t / p))
        );
        prev = Some(t);
    }
    let mut prev: Option<f64> = None;
    for kb in [25, 50, 100, 200] {
        let t = time(&corpus::synthetic(20, kb * 1000));
        println!(
            "| 20 | {kb} | {:.0} | {} |",
            t * 1e3,
            prev.map_or("".into(), |p| format!("{:.2}", t / p))
        );
        prev = Some(t);
    }
    let seed = corpus::seed();
    println!("\nseed story (5 versions): {:.2} ms", time(&seed) * 1e3);
    for (event, versions) in corpus::ecbplus_events() {
        let kb: usize = versions.iter().map(|v| v.text.len()).sum::<usize>() / 1000;
        println!(
            "ecb+ {event}: {} versions, {kb} KB, {:.2} ms",
            versions.len(),
            time(&versions) * 1e3
        );
    }
}
