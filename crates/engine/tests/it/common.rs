//! Helpers shared by the integration tests: where the fixtures and the
//! shared corpora are, and loading the seed story.
#![allow(dead_code)]

use std::path::PathBuf;
use storydiff_engine::Version;

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The shared corpora folder: `$STORYDIFF_SHARED` or `../shared` beside the
/// repository (as CI lays it out).
pub fn shared_dir() -> PathBuf {
    std::env::var_os("STORYDIFF_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared"))
}

/// The ECB+ corpus of ../shared (one JSON article a line: `doc`,
/// `subtopic`, `text`, gold `sentences` and `mentions`). A test or
/// benchmark that reads it fails when it is missing, naming the path.
pub fn ecbplus_jsonl() -> String {
    let path = shared_dir().join("corpora/ecbplus/ecbplus_topics36-45.jsonl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("the ECB+ corpus is needed at {} ($STORYDIFF_SHARED): {e}", path.display())
    })
}

/// Every ECB+ article, parsed, in corpus order.
pub fn ecbplus_docs() -> Vec<serde_json::Value> {
    ecbplus_jsonl()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// ECB+ events: sub-topic ("36_ecb") → its articles as versions named as
/// the CLI names their files ("36_1ecb.txt"), sorted by name as
/// `scripts/real_coverage.py` hands them to the CLI (the alignment reads
/// versions in order, so another order may give other findings).
pub fn ecbplus_events() -> std::collections::BTreeMap<String, Vec<Version>> {
    let mut out: std::collections::BTreeMap<String, Vec<Version>> = Default::default();
    for d in ecbplus_docs() {
        let doc = d["doc"].as_str().unwrap_or_default();
        let name = doc.strip_suffix(".xml").map_or(doc.to_string(), |s| format!("{s}.txt"));
        let event = d["subtopic"].as_str().unwrap_or_default().to_string();
        out.entry(event).or_default().push(Version::new(name, d["text"].as_str().unwrap_or("")));
    }
    for versions in out.values_mut() {
        versions.sort_by(|a, b| a.name.cmp(&b.name));
    }
    out
}

/// The versions of a story under `fixtures/stories/NAME`, sorted by name.
pub fn story(name: &str) -> Vec<Version> {
    let dir = repo_root().join("fixtures/stories").join(name);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            Version::new(
                p.file_name().unwrap().to_string_lossy(),
                std::fs::read_to_string(p).unwrap(),
            )
        })
        .collect()
}

/// Size of the multiset intersection of gold and predicted items.
pub fn matched(gold: &[String], pred: &[String]) -> usize {
    let mut left: Vec<&String> = pred.iter().collect();
    let mut n = 0;
    for g in gold {
        if let Some(i) = left.iter().position(|p| *p == g) {
            left.remove(i);
            n += 1;
        }
    }
    n
}

/// Precision and recall, printed with their counts.
pub fn pr(name: &str, tp: usize, gold: usize, pred: usize) -> (f64, f64) {
    let p = if pred == 0 { 0.0 } else { tp as f64 / pred as f64 };
    let r = if gold == 0 { 0.0 } else { tp as f64 / gold as f64 };
    println!("{name}: P = {p:.3} ({tp}/{pred}), R = {r:.3} ({tp}/{gold})");
    (p, r)
}
