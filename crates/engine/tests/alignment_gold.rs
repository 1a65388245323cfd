//! Alignment precision and recall against hand-annotated gold pairs
//! (tests/fixtures/alignment, see its README). Target: P and R ≥ 0.9 on
//! every gold file. Run with `-- --nocapture` to see missed and wrong pairs.

mod common;

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
    common::repo_root().join("crates/engine/tests/fixtures/alignment").join(file)
}

fn load_gold(file: &str) -> Gold {
    let text = std::fs::read_to_string(fixture(file)).unwrap();
    let mut versions = common::story("seed");
    let (mut a, mut b) = (None, None);
    for line in text.lines() {
        if let Some(story) = line.strip_prefix("# story:") {
            let mut words = story.split_whitespace();
            versions = match words.next() {
                Some("seed") => common::story("seed"),
                Some("ecbplus") => ecbplus(&words.collect::<Vec<_>>()),
                other => panic!("{file}: unknown story {other:?}"),
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

/// ECB+ documents as the shared segmentation protocol joins them
/// (shared/tools/ecbplus_sentences.py): a few tokeniser splits mended, lines
/// ending a sentence joined by a space, others (headline, dateline) by a
/// line break.
fn ecbplus(docs: &[&str]) -> Vec<Version> {
    let path = common::shared_dir().join("corpora/ecbplus/ecbplus_topics36-45.jsonl");
    let corpus = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (set STORYDIFF_SHARED)", path.display()));
    let mut out = Vec::new();
    for &name in docs {
        let doc: serde_json::Value = corpus
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .find(|d| d["doc"] == name)
            .unwrap_or_else(|| panic!("no ECB+ document {name}"));
        let mut text = String::new();
        let mut prev_ends = false;
        for line in doc["text"].as_str().unwrap().lines().map(str::trim).filter(|l| !l.is_empty()) {
            if !text.is_empty() {
                text.push(if prev_ends { ' ' } else { '\n' });
            }
            let line = mend(line);
            let end = line.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', ')', ']']);
            prev_ends = end.ends_with(['.', '!', '?']);
            text.push_str(&line);
        }
        out.push(Version::new(name, text));
    }
    out
}

/// "6. 1" → "6.1", "U. K." → "U.K.", "a. m." → "a.m." (tokeniser splits).
fn mend(line: &str) -> String {
    let c: Vec<char> = line.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < c.len() {
        out.push(c[i]);
        let at = |k: usize| c.get(i + k).copied().unwrap_or(' ');
        let starts_word = i == 0 || !c[i - 1].is_alphanumeric();
        let digits =
            c[i].is_ascii_digit() && at(1) == '.' && at(2) == ' ' && at(3).is_ascii_digit();
        let initials = starts_word
            && c[i].is_ascii_uppercase()
            && at(1) == '.'
            && at(2) == ' '
            && at(3).is_ascii_uppercase()
            && at(4) == '.'
            && at(5) == ' ';
        let meridiem = starts_word
            && matches!(c[i], 'a' | 'p')
            && at(1) == '.'
            && at(2) == ' '
            && at(3) == 'm'
            && at(4) == '.';
        if digits || initials || meridiem {
            out.push('.');
            i += 3;
        } else {
            i += 1;
        }
    }
    out
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
    for (r, row) in a.alignment.rows.iter().enumerate() {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|c| {
                let s: Vec<String> = c.sentences.iter().map(|s| s.0.to_string()).collect();
                let s = if s.is_empty() { "-".to_string() } else { s.join("+") };
                format!("{s}{}", if c.moved { "*" } else { "" })
            })
            .collect();
        println!("row {r}: {}", cells.join("\t"));
    }
}
