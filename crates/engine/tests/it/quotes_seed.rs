//! Quotes, speakers and attributions of seed versions 001 and 004 against
//! hand annotations (tests/fixtures/quotes/seed_*.txt, written before the
//! extractor was tuned): precision and recall per kind, speaker accuracy.

use crate::common::{matched, pr};
use storydiff_engine::claims::entities::extract_entities;
use storydiff_engine::claims::quotes::{extract_quotes, normalize_quote};
use storydiff_engine::claims::ClaimData;
use storydiff_engine::{Document, Version};

const SEEDS: &[(&str, &str)] = &[
    (
        include_str!("../../../../fixtures/stories/seed/001_fdc33257951a94e8.txt"),
        include_str!("../fixtures/quotes/seed_001.txt"),
    ),
    (
        include_str!("../../../../fixtures/stories/seed/004_e85194611a1f4ec0.txt"),
        include_str!("../fixtures/quotes/seed_004.txt"),
    ),
];

#[test]
fn seed_quotes_speakers_and_attributions_match_the_annotation() {
    let (mut qg, mut qp, mut qt, mut ag, mut ap, mut at) = (0, 0, 0, 0, 0, 0);
    let (mut speakers_right, mut speakers_seen) = (0, 0);
    for (i, (text, gold)) in SEEDS.iter().enumerate() {
        let doc = Document::new(&Version::new(format!("seed{i}"), *text));
        let ents = extract_entities(&doc);
        let claims = extract_quotes(&doc, &ents);
        let mut gold_quotes = Vec::new();
        let mut gold_attr = Vec::new();
        for line in gold.lines().filter(|l| !l.trim().is_empty()) {
            let parts: Vec<&str> = line.split(" | ").map(str::trim).collect();
            match parts.as_slice() {
                ["quote", content, speaker] => {
                    gold_quotes.push((normalize_quote(content), speaker.to_lowercase()))
                }
                ["attribution", key, _cue] => gold_attr.push(key.to_lowercase()),
                _ => panic!("bad fixture line {line:?}"),
            }
        }
        let mut pred_quotes = Vec::new();
        let mut pred_attr = Vec::new();
        for c in &claims {
            match &c.data {
                ClaimData::Quote(q) => pred_quotes.push((
                    q.normalized.clone(),
                    q.speaker.as_ref().map_or(String::new(), |s| s.name.to_lowercase()),
                )),
                ClaimData::Attribution(a) => pred_attr.push(a.key.to_lowercase()),
                _ => {}
            }
        }
        let gq: Vec<String> = gold_quotes.iter().map(|q| q.0.clone()).collect();
        let pq: Vec<String> = pred_quotes.iter().map(|q| q.0.clone()).collect();
        qt += matched(&gq, &pq);
        qg += gq.len();
        qp += pq.len();
        let mut left = pred_quotes.clone();
        for (content, speaker) in &gold_quotes {
            if let Some(k) = left.iter().position(|p| &p.0 == content) {
                let p = left.remove(k);
                speakers_seen += 1;
                if &p.1 == speaker {
                    speakers_right += 1;
                } else {
                    println!("speaker of {content:?}: got {:?}, want {speaker:?}", p.1);
                }
            }
        }
        for q in &gq {
            if !pq.contains(q) {
                println!("missed quote {q:?}");
            }
        }
        for q in &pq {
            if !gq.contains(q) {
                println!("extra quote {q:?}");
            }
        }
        at += matched(&gold_attr, &pred_attr);
        ag += gold_attr.len();
        ap += pred_attr.len();
        let mut extra = pred_attr.clone();
        for g in &gold_attr {
            match extra.iter().position(|p| p == g) {
                Some(k) => {
                    extra.remove(k);
                }
                None => println!("missed attribution {g:?}"),
            }
        }
        for e in extra {
            println!("extra attribution {e:?}");
        }
    }
    let (quote_p, quote_r) = pr("quotes", qt, qg, qp);
    let (attr_p, attr_r) = pr("attributions", at, ag, ap);
    let accuracy = speakers_right as f64 / speakers_seen.max(1) as f64;
    println!("quote speaker accuracy: {accuracy:.3} ({speakers_right}/{speakers_seen})");
    assert!(quote_p >= 0.9 && quote_r >= 0.9, "quotes P/R below 0.9");
    assert!(attr_p >= 0.9 && attr_r >= 0.9, "attributions P/R below 0.9");
    assert!(accuracy >= 0.9, "speaker accuracy below 0.9");
}
