//! People in the ECB+ test topics (36-45, 210 real articles): recall of the
//! gold person mentions that are names, precision on the sentences whose
//! annotation is complete.
//!
//! A gold `HUMAN_PART_PER` mention counts as a *name* when its last word is
//! capitalised, is not a title or pronoun ("Attorney General", "He") nor a
//! nationality plural ("40 Palestinians"), and is never written in lower case
//! anywhere in the corpus ("Prosecutors", "MEN" are not names; "Jeffs",
//! "WINSTON BLACKMORE", "Mr Lang" are). It is found when a Person claim
//! overlaps it.
//!
//! The corpus lives in the shared folder: `$STORYDIFF_SHARED/corpora/ecbplus`
//! (default: `shared/` beside the repository).

use crate::common::shared_dir;
use std::collections::HashSet;
use storydiff_engine::claims::entities::extract_entities;
use storydiff_engine::claims::ClaimData;
use storydiff_engine::{Document, Span, Version};

const NOT_NAMES: &[&str] = &[
    "president",
    "attorney",
    "general",
    "sgt",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gov",
    "sen",
    "rep",
    "captain",
    "capt",
    "officer",
    "chief",
    "ceo",
    "minister",
    "prime",
    "police",
    "judge",
    "justice",
    "senator",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "pope",
    "bishop",
    "rev",
    "lt",
    "col",
    "gen",
    "maj",
    "secretary",
    "spokesman",
    "spokeswoman",
    "director",
    "professor",
    "prof",
    "coach",
    "commissioner",
    "detective",
    "sheriff",
    "deputy",
    "vice",
    "former",
    "doctor",
    "lord",
    "sir",
    "lady",
    "the",
    "a",
    "an",
    "i",
    "he",
    "she",
    "they",
    "we",
    "it",
    "you",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "these",
    "those",
    "my",
    "our",
    "your",
    "who",
    "whom",
    "me",
    "him",
    "them",
    "us",
    "i'm",
];

/// Nationality plurals ("40 Palestinians") are not names of people.
fn nationality(word: &str) -> bool {
    word.ends_with("ians")
        || word.ends_with("ese")
        || matches!(word, "Americans" | "Israelis" | "Iraqis" | "Afghans" | "Saudis")
}

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn ecbplus_person_names_are_found() {
    let dir = shared_dir().join("corpora/ecbplus");
    let jsonl = crate::common::ecbplus_jsonl();
    let validated: HashSet<(String, u64)> =
        std::fs::read_to_string(dir.join("ECBplus_coreference_sentences.csv"))
            .unwrap_or_default()
            .lines()
            .skip(1)
            .filter_map(|l| {
                let mut f = l.split(',');
                let topic = f.next()?.trim();
                let file = f.next()?.trim();
                let n = f.next()?.trim().parse().ok()?;
                Some((format!("{topic}_{file}.xml"), n))
            })
            .collect();
    // Words written in lower case anywhere in the corpus are ordinary words.
    let corpus_lower: HashSet<String> = jsonl
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .flat_map(|d| {
            words(d["text"].as_str().unwrap_or(""))
                .into_iter()
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let (mut names, mut found, mut total_gold) = (0usize, 0usize, 0usize);
    let (mut pred_in_valid, mut pred_ok) = (0usize, 0usize);
    let mut misses = Vec::new();
    for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
        let d: serde_json::Value = serde_json::from_str(line).expect("json line");
        let name = d["doc"].as_str().unwrap_or("").to_string();
        let text = d["text"].as_str().unwrap_or("").to_string();
        let doc = Document::new(&Version::new(name.clone(), text.clone()));
        let persons: Vec<Span> = extract_entities(&doc)
            .into_iter()
            .filter(|c| matches!(c.data, ClaimData::Person(_)))
            .map(|c| c.span)
            .collect();
        let mentions = d["mentions"].as_array().cloned().unwrap_or_default();
        let span_of = |m: &serde_json::Value| {
            Span::new(
                m["start"].as_u64().unwrap_or(0) as usize,
                m["end"].as_u64().unwrap_or(0) as usize,
            )
        };
        let mut human = Vec::new();
        for m in &mentions {
            let ty = m["type"].as_str().unwrap_or("");
            if ty.starts_with("HUMAN_PART") {
                human.push(span_of(m));
            }
            if ty != "HUMAN_PART_PER" {
                continue;
            }
            total_gold += 1;
            let mtext = m["text"].as_str().unwrap_or("");
            let Some(last) = words(mtext).last().copied() else { continue };
            let lower = last.to_lowercase();
            let is_name = last.chars().next().is_some_and(char::is_uppercase)
                && !NOT_NAMES.contains(&lower.trim_end_matches('.'))
                && !corpus_lower.contains(&lower)
                && !nationality(last);
            if !is_name {
                continue;
            }
            names += 1;
            let span = span_of(m);
            if persons.iter().any(|p| p.overlaps(span)) {
                found += 1;
            } else {
                misses.push(format!("{name}: {mtext}"));
            }
        }
        // Precision on the validated sentences only.
        for s in d["sentences"].as_array().cloned().unwrap_or_default() {
            let (a, b, n) = (
                s[0].as_u64().unwrap_or(0),
                s[1].as_u64().unwrap_or(0),
                s[2].as_u64().unwrap_or(0),
            );
            if !validated.contains(&(name.clone(), n)) {
                continue;
            }
            let sent = Span::new(a as usize, b as usize);
            for p in persons.iter().filter(|p| sent.contains(**p)) {
                pred_in_valid += 1;
                if human.iter().any(|h| h.overlaps(*p)) {
                    pred_ok += 1;
                }
            }
        }
    }
    let recall = found as f64 / names.max(1) as f64;
    let precision = pred_ok as f64 / pred_in_valid.max(1) as f64;
    println!("gold HUMAN_PART_PER mentions: {total_gold}; of them names: {names}");
    println!("recall {recall:.3} ({found}/{names}); precision on validated sentences {precision:.3} ({pred_ok}/{pred_in_valid})");
    for m in misses.iter().take(200) {
        println!("  missed {m}");
    }
    assert!(recall >= 0.85, "recall {recall:.3} < 0.85");
}
