//! Times each pipeline stage on a large synthetic story, to find what grows
//! faster than the input. `cargo run --profile bench -p storydiff-engine
//! --example stages -- VERSIONS KB`
#[path = "../benches/corpus.rs"]
mod corpus;

use std::time::Instant;
use storydiff_engine::align::{align, AlignOptions};
use storydiff_engine::claims::{extract, ExtractOptions};
use storydiff_engine::{compare, Document, Segmentation, VersionClaim, VersionId};

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let (n, kb) = (args.first().copied().unwrap_or(20), args.get(1).copied().unwrap_or(200));
    let versions = corpus::synthetic(n, kb * 1000);
    let t = Instant::now();
    let docs: Vec<Document> = versions.iter().map(Document::new).collect();
    println!("segment  {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let segs: Vec<&Segmentation> = docs.iter().map(|d| &d.seg).collect();
    let alignment = align(&segs, None, &AlignOptions::default());
    println!(
        "align    {:>8.1} ms ({} rows)",
        t.elapsed().as_secs_f64() * 1e3,
        alignment.rows.len()
    );
    let t = Instant::now();
    let claims: Vec<VersionClaim> = docs
        .iter()
        .enumerate()
        .flat_map(|(v, d)| {
            extract(d, &ExtractOptions::default())
                .into_iter()
                .map(move |claim| VersionClaim { version: VersionId(v), claim })
        })
        .collect();
    println!("claims   {:>8.1} ms ({} claims)", t.elapsed().as_secs_f64() * 1e3, claims.len());
    let t = Instant::now();
    let dates = compare::Dates::default();
    let c = compare::compare(&docs, &alignment, &claims, None, &dates, None);
    println!(
        "compare  {:>8.1} ms ({} findings)",
        t.elapsed().as_secs_f64() * 1e3,
        c.findings.len()
    );
    // A digest of the findings, to check that a change meant to be faster
    // finds exactly the same.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    std::hash::Hash::hash(&format!("{:?}", c.findings), &mut h);
    println!("findings digest {:016x}", std::hash::Hasher::finish(&h));
    // STAGES_FINDINGS=1 lists them (kind, summary), to see what a change
    // that is not meant to be exact changed.
    if std::env::var_os("STAGES_FINDINGS").is_some() {
        for f in &c.findings {
            println!("{:?}\t{}", f.kind, f.summary);
        }
    }
}
