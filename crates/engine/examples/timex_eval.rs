//! Runs the time extractor over TempEval-3 JSONL files and writes
//! predictions in the shape `shared/tools/score_timex.py` reads.
//!
//! ```text
//! cargo run --release -p storydiff-engine --example timex_eval -- \
//!     --split dev --gold-out /tmp/gold.jsonl --pred-out /tmp/pred.jsonl \
//!     ../shared/corpora/tempeval3-train/tbaq_*.jsonl
//! python3 ../shared/tools/score_timex.py /tmp/gold.jsonl /tmp/pred.jsonl
//! ```
//!
//! `--split dev|test|all`: documents sorted by file name, every fifth one
//! (index 4, 9, …) is held out as `test`. Each document is resolved
//! against its gold DCT (`--no-dct` to let the extractor find its own).
//! Offsets are converted from bytes to the code-point offsets of the gold.
//! Prints the throughput of extraction (tokenising, matching, resolving;
//! segmentation excluded) to stderr; `--repeat N` times each document N
//! times and keeps the fastest run.

use serde_json::{json, Value};
use std::io::Write;
use std::time::Instant;
use storydiff_engine::claims::{time::extract_times, CivilDate, ClaimData};
use storydiff_engine::{Document, Version};

fn main() {
    let mut split = "all".to_string();
    let mut gold_out = None;
    let mut pred_out = None;
    let mut use_dct = true;
    let mut repeat = 1;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--split" => split = args.next().expect("--split dev|test|all"),
            "--gold-out" => gold_out = args.next(),
            "--pred-out" => pred_out = args.next(),
            "--no-dct" => use_dct = false,
            "--repeat" => repeat = args.next().and_then(|n| n.parse().ok()).expect("--repeat N"),
            _ => files.push(a),
        }
    }
    let mut docs: Vec<Value> = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{f}: {e}"));
        docs.extend(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| serde_json::from_str::<Value>(l).unwrap()),
        );
    }
    docs.sort_by(|a, b| a["file"].as_str().cmp(&b["file"].as_str()));
    let docs: Vec<Value> = docs
        .into_iter()
        .enumerate()
        .filter(|(i, _)| match split.as_str() {
            "dev" => i % 5 != 4,
            "test" => i % 5 == 4,
            _ => true,
        })
        .map(|(_, d)| d)
        .collect();

    let mut gold_w = gold_out.map(|p| std::fs::File::create(p).unwrap());
    let mut pred_w: Box<dyn Write> = match pred_out {
        Some(p) => Box::new(std::fs::File::create(p).unwrap()),
        None => Box::new(std::io::stdout()),
    };
    let mut bytes = 0usize;
    let mut elapsed = 0f64;
    let mut count = 0usize;
    for d in &docs {
        let text = d["text"].as_str().unwrap_or("");
        let file = d["file"].as_str().unwrap_or("");
        let dct = d["dct"].as_str().and_then(CivilDate::parse_iso).filter(|_| use_dct);
        let doc = Document::new(&Version::new(file, text));
        // The fastest of a few runs: the machine is shared, and the slower
        // runs measure the neighbours.
        let mut best = f64::INFINITY;
        let mut claims = Vec::new();
        for _ in 0..repeat {
            let t0 = Instant::now();
            claims = extract_times(&doc, dct);
            best = best.min(t0.elapsed().as_secs_f64());
        }
        elapsed += best;
        bytes += text.len();
        count += claims.len();
        let timex: Vec<Value> = claims
            .iter()
            .filter_map(|c| {
                let ClaimData::Time(t) = &c.data else { return None };
                let start = text.get(..c.span.start)?.chars().count();
                let end = start + c.span.slice(text).chars().count();
                Some(json!({"start": start, "end": end, "text": c.span.slice(text), "type": t.ty, "value": t.value}))
            })
            .collect();
        writeln!(pred_w, "{}", json!({"file": file, "timex3": timex})).unwrap();
        if let Some(w) = gold_w.as_mut() {
            writeln!(w, "{d}").unwrap();
        }
    }
    eprintln!(
        "{} docs, {} expressions, {:.2} MB in {:.1} ms: {:.1} MB/s",
        docs.len(),
        count,
        bytes as f64 / 1e6,
        elapsed * 1e3,
        bytes as f64 / 1e6 / elapsed.max(1e-9)
    );
}
