//! Speaker accuracy on a held-out set: the direct quotes of five ECB+
//! articles of different topics, annotated by hand before the extractor's
//! output on them was looked at (tests/fixtures/quotes/ecbplus_heldout.txt).
//!
//! The corpus lives in the shared folder: `$STORYDIFF_SHARED/corpora/ecbplus`
//! (default: `shared/` beside the repository).

use storydiff_engine::claims::entities::extract_entities;
use storydiff_engine::claims::quotes::{extract_quotes, normalize_quote};
use storydiff_engine::claims::ClaimData;
use storydiff_engine::{Document, Version};

const GOLD: &str = include_str!("../fixtures/quotes/ecbplus_heldout.txt");

#[test]
fn ecbplus_heldout_quote_speakers() {
    let jsonl = crate::common::ecbplus_jsonl();
    let gold: Vec<(&str, String, Vec<String>)> = GOLD
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let parts: Vec<&str> = l.split(" | ").map(str::trim).collect();
            let speakers = parts[2].split('/').map(|s| s.trim().to_lowercase()).collect();
            (parts[0], normalize_quote(parts[1]), speakers)
        })
        .collect();
    let (mut found, mut right, mut predicted) = (0, 0, 0);
    for line in jsonl.lines() {
        let d: serde_json::Value = serde_json::from_str(line).expect("json line");
        let name = d["doc"].as_str().unwrap_or("");
        let mine: Vec<_> = gold.iter().filter(|g| g.0 == name).collect();
        if mine.is_empty() {
            continue;
        }
        let doc = Document::new(&Version::new(name, d["text"].as_str().unwrap_or("")));
        let quotes: Vec<(String, String)> = extract_quotes(&doc, &extract_entities(&doc))
            .into_iter()
            .filter_map(|c| match c.data {
                ClaimData::Quote(q) => Some((
                    q.normalized,
                    q.speaker.map_or("-".to_string(), |s| s.name.to_lowercase()),
                )),
                _ => None,
            })
            .collect();
        predicted += quotes.len();
        for (_, content, speakers) in mine {
            match quotes.iter().find(|q| &q.0 == content) {
                Some(q) => {
                    found += 1;
                    if speakers.contains(&q.1) {
                        right += 1;
                    } else {
                        println!("{name}: {content:?} by {:?}, want {speakers:?}", q.1);
                    }
                }
                None => println!("{name}: missed {content:?}"),
            }
        }
    }
    let accuracy = right as f64 / found.max(1) as f64;
    let recall = found as f64 / gold.len().max(1) as f64;
    println!(
        "held-out quotes: found {found}/{} (recall {recall:.3}, {predicted} predicted); speaker accuracy {accuracy:.3} ({right}/{found})",
        gold.len()
    );
    assert!(recall >= 0.9, "quote recall {recall:.3} < 0.9");
    assert!(accuracy >= 0.85, "speaker accuracy {accuracy:.3} < 0.85");
}
