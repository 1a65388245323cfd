//! Times the time extractor on plain text files: the fastest of five runs
//! of `extract_times` per file (segmentation timed apart), as MB/s.
//!
//! ```text
//! cargo run --release -p storydiff-engine --example timex_bench -- FILE...
//! ```

use std::time::Instant;
use storydiff_engine::claims::time::extract_times;
use storydiff_engine::claims::CivilDate;
use storydiff_engine::{Document, Version};

fn main() {
    let dct = CivilDate::new(2025, 12, 4);
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let t0 = Instant::now();
        let doc = Document::new(&Version::new(path.as_str(), text.as_str()));
        let segment = t0.elapsed().as_secs_f64();
        let mut best = f64::INFINITY;
        let mut found = 0;
        for _ in 0..5 {
            let t = Instant::now();
            found = extract_times(&doc, dct).len();
            best = best.min(t.elapsed().as_secs_f64());
        }
        let mb = text.len() as f64 / 1e6;
        println!(
            "{path}: {mb:.2} MB, {found} expressions, extract {:.1} ms = {:.1} MB/s (segment {:.1} ms)",
            best * 1e3,
            mb / best,
            segment * 1e3
        );
    }
}
