//! Alignment precision and recall against hand-annotated gold pairs of the
//! seed story (tests/fixtures/alignment). Target: P and R ≥ 0.9 on both a
//! close and a loose pair.

mod common;

use storydiff_engine::{analyze, Analysis, Options};

fn gold(file: &str) -> Vec<(String, String)> {
    let path = common::repo_root().join("crates/engine/tests/fixtures/alignment").join(file);
    std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && l.contains("|||"))
        .map(|l| {
            let (a, b) = l.split_once("|||").unwrap();
            (a.trim().to_string(), b.trim().to_string())
        })
        .collect()
}

/// Sentence index of `doc` whose text starts with `prefix`.
fn find(analysis: &Analysis, doc: usize, prefix: &str) -> usize {
    let d = &analysis.documents[doc];
    (0..d.seg.sentences.len())
        .find(|&i| d.sentence_text(storydiff_engine::SentenceId(i)).starts_with(prefix))
        .unwrap_or_else(|| panic!("no sentence of {} starts with {prefix:?}", d.name))
}

/// (precision, recall) of the sentence pairs the alignment puts in one row.
fn score(analysis: &Analysis, a: usize, b: usize, gold: &[(String, String)]) -> (f64, f64) {
    let gold: Vec<(usize, usize)> =
        gold.iter().map(|(x, y)| (find(analysis, a, x), find(analysis, b, y))).collect();
    let mut predicted = Vec::new();
    for row in &analysis.alignment.rows {
        for sa in &row.cells[a].sentences {
            for sb in &row.cells[b].sentences {
                predicted.push((sa.0, sb.0));
            }
        }
    }
    let hits = predicted.iter().filter(|p| gold.contains(p)).count() as f64;
    let p = if predicted.is_empty() { 0.0 } else { hits / predicted.len() as f64 };
    let r = hits / gold.len() as f64;
    eprintln!("pairs: predicted {}, gold {}, correct {hits}", predicted.len(), gold.len());
    for g in &gold {
        if !predicted.contains(g) {
            eprintln!(
                "  missed: {:?} ||| {:?}",
                analysis.documents[a].sentence_text(storydiff_engine::SentenceId(g.0)),
                analysis.documents[b].sentence_text(storydiff_engine::SentenceId(g.1))
            );
        }
    }
    for q in &predicted {
        if !gold.contains(q) {
            eprintln!(
                "  wrong:  {:?} ||| {:?}",
                analysis.documents[a].sentence_text(storydiff_engine::SentenceId(q.0)),
                analysis.documents[b].sentence_text(storydiff_engine::SentenceId(q.1))
            );
        }
    }
    (p, r)
}

fn check_pair(file: &str, a: usize, b: usize) {
    let versions = common::story("seed");
    let analysis = analyze(&versions, &Options::default());
    let (p, r) = score(&analysis, a, b, &gold(file));
    eprintln!("{file}: precision {p:.3} recall {r:.3}");
    assert!(p >= 0.9 && r >= 0.9, "{file}: precision {p:.3}, recall {r:.3} (target 0.9 each)");
}

#[test]
fn close_rewrite_pair_aligns() {
    check_pair("002-004.gold", 2, 4);
}

#[test]
fn loose_rewrite_pair_aligns() {
    check_pair("000-001.gold", 0, 1);
}
