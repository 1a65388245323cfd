//! Alignment precision and recall against hand-annotated gold pairs
//! (tests/fixtures/alignment, see its README). Target: P and R ≥ 0.9 on the
//! close (002-004) and loose (000-001) seed pairs; the other files are held
//! at floors. Run with `-- --nocapture` to see missed and wrong pairs, and
//! `summary`/`dump` (ignored) with `--ignored` to tune and to read rows.

use crate::alignment_support::ecbplus;
use std::path::PathBuf;
use storydiff_engine::{analyze, Analysis, Options, SentenceId, Version};

/// A gold file: the story it belongs to, the two versions it annotates, and
/// the pairs (sentence prefixes) that belong in one row.
struct Gold {
    versions: Vec<Version>,
    a: usize,
    b: usize,
    pairs: Vec<(String, String)>,
    /// Pairs that count neither way (`? a ||| b`): captions, whose
    /// segmentation is still changing. Skipped when a prefix is not found.
    neutral: Vec<(String, String)>,
}

fn fixture(file: &str) -> PathBuf {
    crate::common::repo_root().join("crates/engine/tests/fixtures/alignment").join(file)
}

fn load_gold(file: &str) -> Gold {
    let text = std::fs::read_to_string(fixture(file)).unwrap();
    let mut versions = crate::common::story("seed");
    let (mut a, mut b) = (None, None);
    for line in text.lines() {
        if let Some(story) = line.strip_prefix("# story:") {
            let mut words = story.split_whitespace();
            versions = match words.next() {
                Some("ecbplus") => ecbplus(&words.collect::<Vec<_>>()),
                Some(name) => crate::common::story(name),
                None => panic!("{file}: # story: needs a name"),
            };
        }
        if let Some(rest) = line.strip_prefix("# A:") {
            let (x, y) = rest.split_once("B:").expect("# A: name  B: name");
            let index = |name: &str| {
                versions
                    .iter()
                    .position(|v| v.name == name.trim())
                    .unwrap_or_else(|| panic!("{file}: no version {name:?}"))
            };
            a = Some(index(x));
            b = Some(index(y));
        }
    }
    let mut pairs = Vec::new();
    let mut neutral = Vec::new();
    for l in text.lines().filter(|l| !l.starts_with('#') && l.contains("|||")) {
        let (x, y) = l.split_once("|||").unwrap();
        match x.strip_prefix('?') {
            Some(x) => neutral.push((x.trim().to_string(), y.trim().to_string())),
            None => pairs.push((x.trim().to_string(), y.trim().to_string())),
        }
    }
    Gold { versions, a: a.expect("# A: line"), b: b.expect("# A: line"), pairs, neutral }
}

/// Sentence index of `doc` whose text starts with `prefix`.
fn try_find(analysis: &Analysis, doc: usize, prefix: &str) -> Option<usize> {
    let d = &analysis.documents[doc];
    (0..d.seg.sentences.len()).find(|&i| d.sentence_text(SentenceId(i)).starts_with(prefix))
}

fn find(analysis: &Analysis, doc: usize, prefix: &str) -> usize {
    try_find(analysis, doc, prefix).unwrap_or_else(|| {
        panic!("no sentence of {} starts with {prefix:?}", analysis.documents[doc].name)
    })
}

/// (precision, recall) of the sentence pairs the alignment puts in one row.
fn score(analysis: &Analysis, gold: &Gold) -> (f64, f64) {
    let (a, b) = (gold.a, gold.b);
    let pairs: Vec<(usize, usize)> =
        gold.pairs.iter().map(|(x, y)| (find(analysis, a, x), find(analysis, b, y))).collect();
    let neutral: Vec<(usize, usize)> = gold
        .neutral
        .iter()
        .filter_map(|(x, y)| Some((try_find(analysis, a, x)?, try_find(analysis, b, y)?)))
        .collect();
    let mut predicted = Vec::new();
    for row in &analysis.alignment.rows {
        for sa in &row.cells[a].sentences {
            for sb in &row.cells[b].sentences {
                if !neutral.contains(&(sa.0, sb.0)) {
                    predicted.push((sa.0, sb.0));
                }
            }
        }
    }
    let hits = predicted.iter().filter(|p| pairs.contains(p)).count() as f64;
    let p = if predicted.is_empty() { 0.0 } else { hits / predicted.len() as f64 };
    let r = if pairs.is_empty() { 1.0 } else { hits / pairs.len() as f64 };
    let text = |v: usize, s: usize| analysis.documents[v].sentence_text(SentenceId(s));
    eprintln!("pairs: predicted {}, gold {}, correct {hits}", predicted.len(), pairs.len());
    for g in pairs.iter().filter(|g| !predicted.contains(g)) {
        eprintln!("  missed: {:?} ||| {:?}", text(a, g.0), text(b, g.1));
    }
    for q in predicted.iter().filter(|q| !pairs.contains(q)) {
        eprintln!("  wrong:  {:?} ||| {:?}", text(a, q.0), text(b, q.1));
    }
    (p, r)
}

fn measure(file: &str) -> (f64, f64) {
    let gold = load_gold(file);
    let analysis = analyze(&gold.versions, &Options::default());
    let (p, r) = score(&analysis, &gold);
    eprintln!("{file}: precision {p:.3} recall {r:.3}");
    (p, r)
}

fn check_pair(file: &str) {
    let (p, r) = measure(file);
    assert!(p >= 0.9 && r >= 0.9, "{file}: precision {p:.3}, recall {r:.3} (target 0.9 each)");
}

#[test]
fn close_rewrite_pair_aligns() {
    check_pair("002-004.gold");
}

#[test]
fn loose_rewrite_pair_aligns() {
    check_pair("000-001.gold");
}

/// The other gold files, held near the level the method reached (see the
/// fixture README): a drop below is a regression. The ECB+ ones need the
/// shared corpora.
#[test]
fn other_gold_pairs_hold_their_level() {
    let floors = [
        ("001-003.gold", 0.75, 0.82),
        ("court-a-b.gold", 0.72, 0.82),
        ("court-a-d.gold", 0.83, 0.9),
        ("37_1-37_10.gold", 0.95, 0.88),
        ("44_1-44_10.gold", 0.95, 0.88),
    ];
    let mut failed = Vec::new();
    for (file, min_p, min_r) in floors {
        let (p, r) = measure(file);
        if p < min_p || r < min_r {
            failed.push(format!("{file}: P {p:.3} (floor {min_p}), R {r:.3} (floor {min_r})"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// All gold files' scores on one line each (for tuning).
#[test]
#[ignore]
fn summary() {
    let mut files: Vec<String> = std::fs::read_dir(fixture(""))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".gold"))
        .collect();
    files.sort();
    let mut lines = Vec::new();
    for f in &files {
        let (p, r) = measure(f);
        lines.push(format!("{f:<28} P {p:.3} R {r:.3}"));
    }
    println!("{}", lines.join("\n"));
}

/// The sentences and rows of the story of gold file `$GOLD` (for reading).
#[test]
#[ignore]
fn dump() {
    let file = std::env::var("GOLD").unwrap_or_else(|_| "000-001.gold".into());
    let gold = load_gold(&file);
    let a = analyze(&gold.versions, &Options::default());
    for (v, d) in a.documents.iter().enumerate() {
        println!("=== {v} {}", d.name);
        for i in 0..d.seg.sentences.len() {
            println!("{v}.{i} [{:?}] {}", d.seg.sentences[i].role, d.sentence_text(SentenceId(i)));
        }
    }
    if std::env::var_os("NOROWS").is_some() {
        return;
    }
    if std::env::var_os("TEXTROWS").is_some() {
        // Rows of two or more versions, with their text.
        for (r, row) in a.alignment.rows.iter().enumerate() {
            if row.present().count() < 2 {
                continue;
            }
            println!("--- row {r}");
            for v in row.present() {
                let cell = &row.cells[v.0];
                let text: Vec<&str> =
                    cell.sentences.iter().map(|&s| a.documents[v.0].sentence_text(s)).collect();
                println!("  {}{}: {}", v.0, if cell.moved { "*" } else { "" }, text.join(" "));
            }
        }
        return;
    }
    print!("{}", crate::alignment_support::render_rows(&a.alignment));
}
