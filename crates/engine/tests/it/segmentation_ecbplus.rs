//! Sentence boundaries measured on ECB+ (210 news articles, one gold
//! sentence per line), by the protocol of `shared/tools/ecbplus_sentences.py`:
//! lines ending in sentence-final punctuation are joined with a space, others
//! (headlines, datelines) with a newline; a predicted sentence start is right
//! when it equals a gold start. The protocol is reimplemented here and, when
//! `python3` is available, checked against the script itself.
//!
//! `SEG_ERRORS=1 cargo test --test segmentation_ecbplus -- --nocapture` lists
//! every wrong and missed boundary.

use crate::common::shared_dir;
use serde_json::Value;
use std::collections::BTreeSet;
use storydiff_engine::segment::segment;

#[derive(Debug, PartialEq, Eq)]
struct GoldDoc {
    doc: String,
    text: String,
    starts: Vec<usize>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The script's tokeniser mends: "9. 1" → "9.1", "U. K." → "U.K.",
/// "p. m." → "p.m.", applied one after another like `re.sub`.
fn mend(s: &str) -> String {
    let digit_dot = |c: &[char], i: usize| -> Option<(usize, String)> {
        let (a, b) = (*c.get(i)?, *c.get(i + 3)?);
        (a.is_ascii_digit() && c[i + 1] == '.' && c[i + 2] == ' ' && b.is_ascii_digit())
            .then(|| (4, format!("{a}.{b}")))
    };
    let initials = |c: &[char], i: usize| -> Option<(usize, String)> {
        let boundary = i == 0 || !is_word_char(c[i - 1]);
        let (a, b) = (*c.get(i)?, *c.get(i + 3)?);
        let shape =
            a.is_ascii_uppercase() && c[i + 1] == '.' && c[i + 2] == ' ' && b.is_ascii_uppercase();
        let tail = c.get(i + 4) == Some(&'.') && c.get(i + 5).is_none_or(|&n| n == ' ');
        (boundary && shape && tail).then(|| (5, format!("{a}.{b}.")))
    };
    let clock = |c: &[char], i: usize| -> Option<(usize, String)> {
        let boundary = i == 0 || !is_word_char(c[i - 1]);
        let a = *c.get(i)?;
        let shape =
            matches!(a, 'a' | 'p') && c.get(i + 1..i + 5) == Some(&['.', ' ', 'm', '.'][..]);
        (boundary && shape).then(|| (5, format!("{a}.m.")))
    };
    let mut s = s.to_string();
    for rule in
        [&digit_dot as &dyn Fn(&[char], usize) -> Option<(usize, String)>, &initials, &clock]
    {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        let mut i = 0;
        while i < chars.len() {
            match rule(&chars, i) {
                Some((n, rep)) => {
                    out.push_str(&rep);
                    i += n;
                }
                None => {
                    out.push(chars[i]);
                    i += 1;
                }
            }
        }
        s = out;
    }
    s
}

/// `[.!?]["”’')\]]*$`
fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', ')', ']']).ends_with(['.', '!', '?'])
}

fn gold_docs(jsonl: &str) -> Vec<GoldDoc> {
    let mut out = Vec::new();
    for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
        let d: Value = serde_json::from_str(line).expect("ECB+ line is JSON");
        let raw = d["text"].as_str().unwrap_or_default();
        let sentences: Vec<String> =
            raw.split('\n').filter(|s| !s.trim().is_empty()).map(|s| mend(s.trim())).collect();
        let mut text = String::new();
        let mut starts = Vec::new();
        for (i, s) in sentences.iter().enumerate() {
            if i > 0 {
                text.push(if ends_sentence(&sentences[i - 1]) { ' ' } else { '\n' });
            }
            starts.push(text.len());
            text.push_str(s);
        }
        out.push(GoldDoc { doc: d["doc"].as_str().unwrap_or_default().to_string(), text, starts });
    }
    out
}

/// The script's own output, when python3 runs.
fn script_docs(shared: &std::path::Path, corpus: &std::path::Path) -> Option<Vec<GoldDoc>> {
    let output = std::process::Command::new("python3")
        .arg(shared.join("tools/ecbplus_sentences.py"))
        .arg(corpus)
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    let text = String::from_utf8(output.stdout).ok()?;
    let docs = text
        .lines()
        .map(|l| {
            let d: Value = serde_json::from_str(l).expect("script output is JSON");
            GoldDoc {
                doc: d["doc"].as_str().unwrap_or_default().to_string(),
                text: d["text"].as_str().unwrap_or_default().to_string(),
                starts: d["starts"].as_array().map_or(Vec::new(), |a| {
                    a.iter().filter_map(Value::as_u64).map(|n| n as usize).collect()
                }),
            }
        })
        .collect();
    Some(docs)
}

/// Context around byte `at`, on one line.
fn around(text: &str, at: usize) -> String {
    let lo = (0..=at.saturating_sub(50)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let hi = (at + 40..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
    let (a, b) = (text.get(lo..at).unwrap_or(""), text.get(at..hi).unwrap_or(""));
    format!("{a}‖{b}").replace('\n', "⏎")
}

#[test]
fn sentence_boundaries_match_ecbplus_gold() {
    let shared = shared_dir();
    let corpus = shared.join("corpora/ecbplus/ecbplus_topics36-45.jsonl");
    let jsonl = crate::common::ecbplus_jsonl();
    let docs = gold_docs(&jsonl);
    assert_eq!(docs.len(), 210, "ECB+ topics 36-45 have 210 documents");
    match script_docs(&shared, &corpus) {
        Some(script) => {
            assert!(script == docs, "the Rust protocol differs from ecbplus_sentences.py")
        }
        None => println!("python3 not available: protocol not cross-checked against the script"),
    }

    let show = std::env::var_os("SEG_ERRORS").is_some();
    let (mut tp, mut predicted, mut gold) = (0usize, 0usize, 0usize);
    for d in &docs {
        let seg = segment(&d.text);
        let pred: BTreeSet<usize> = seg.sentences.iter().map(|s| s.span.start).collect();
        let want: BTreeSet<usize> = d.starts.iter().copied().collect();
        tp += pred.intersection(&want).count();
        predicted += pred.len();
        gold += want.len();
        if show {
            for &at in pred.difference(&want) {
                println!("FP {}: {}", d.doc, around(&d.text, at));
            }
            for &at in want.difference(&pred) {
                println!("FN {}: {}", d.doc, around(&d.text, at));
            }
        }
    }
    let p = tp as f64 / predicted.max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    println!("ECB+ sentence starts: gold {gold}, predicted {predicted}, correct {tp}");
    println!("P {p:.4}  R {r:.4}  F1 {f1:.4}");
    assert!(f1 >= 0.98, "boundary F1 {f1:.4} (P {p:.4}, R {r:.4}) is below 0.98");
}

#[test]
fn mend_follows_the_script() {
    assert_eq!(mend("rose 9. 1 points"), "rose 9.1 points");
    assert_eq!(mend("the U. K. said"), "the U.K. said");
    assert_eq!(mend("the U. K."), "the U.K.");
    assert_eq!(mend("the U. K.,"), "the U. K.,");
    assert_eq!(mend("at 9 p. m. today"), "at 9 p.m. today");
    assert_eq!(mend("top. m. x"), "top. m. x");
}
