//! Helpers shared by the alignment tests and the alignment benchmark
//! (`benches/align.rs` includes this file and `common.rs` by path): ECB+ stories, synthetic
//! rewrites, and the alignment's invariants.
#![allow(dead_code)]

use crate::common::ecbplus_jsonl;
use storydiff_engine::align::Alignment;
use storydiff_engine::segment::Segmentation;
use storydiff_engine::Version;

/// ECB+ documents as the shared segmentation protocol joins them
/// (shared/tools/ecbplus_sentences.py): a few tokeniser splits mended, lines
/// ending a sentence joined by a space, others (headline, dateline) by a
/// line break.
pub fn ecbplus(docs: &[&str]) -> Vec<Version> {
    let corpus = ecbplus_jsonl();
    docs.iter()
        .map(|&name| {
            let doc: serde_json::Value = corpus
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .find(|d| d["doc"] == name)
                .unwrap_or_else(|| panic!("no ECB+ document {name}"));
            Version::new(name, ecbplus_text(doc["text"].as_str().unwrap_or("")))
        })
        .collect()
}

/// One ECB+ document's text, joined as the shared protocol does.
pub fn ecbplus_text(lines: &str) -> String {
    let mut text = String::new();
    let mut prev_ends = false;
    for line in lines.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !text.is_empty() {
            text.push(if prev_ends { ' ' } else { '\n' });
        }
        let line = mend(line);
        let end = line.trim_end_matches(['"', '\u{201d}', '\u{2019}', '\'', ')', ']']);
        prev_ends = end.ends_with(['.', '!', '?']);
        text.push_str(&line);
    }
    text
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

/// Deterministic pseudo-random numbers (no clock, no crate).
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// `count` versions of one story of about `size` bytes: distinct ECB+
/// sentences as the original; each version drops some, rewords some (drops
/// and swaps words) and moves a few to its end, as rewrites do.
pub fn rewrites(count: usize, size: usize) -> Vec<String> {
    let corpus = ecbplus_jsonl();
    let mut original: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut bytes = 0;
    for line in corpus.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        for s in doc["text"].as_str().unwrap_or_default().lines().filter(|l| l.len() > 40) {
            if bytes < size && seen.insert(s.to_string()) {
                bytes += s.len() + 1;
                original.push(s.to_string());
            }
        }
    }
    let versions = (0..count)
        .map(|i| {
            let mut rng = Lcg(i as u64 + 1);
            let mut kept: Vec<String> = Vec::new();
            let mut moved: Vec<String> = Vec::new();
            for s in &original {
                if rng.chance(8) {
                    continue;
                }
                let mut words: Vec<&str> = s.split(' ').collect();
                if rng.chance(30) && words.len() > 4 {
                    let k = rng.next() as usize % words.len();
                    words.remove(k);
                    let k = rng.next() as usize % (words.len() - 1);
                    words.swap(k, k + 1);
                }
                let s = words.join(" ");
                if rng.chance(2) {
                    moved.push(s);
                } else {
                    kept.push(s);
                }
            }
            kept.extend(moved);
            kept.chunks(4).map(|p| p.join(" ")).collect::<Vec<_>>().join("\n\n")
        })
        .collect();
    versions
}

/// What must hold of any alignment of `segs`, as a list of violations:
/// one cell per version in every row, no empty row, every sentence of
/// every version in exactly one cell, each cell a run of adjacent sentences,
/// each version's order kept down the rows except in cells marked moved,
/// similarities in 0..=1.
pub fn violations(segs: &[&Segmentation], alignment: &Alignment) -> Vec<String> {
    let mut out = Vec::new();
    let n = segs.len();
    let mut seen: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut last: Vec<Option<usize>> = vec![None; n];
    for (r, row) in alignment.rows.iter().enumerate() {
        if row.cells.len() != n {
            out.push(format!("row {r}: {} cells for {n} versions", row.cells.len()));
            continue;
        }
        if row.present().next().is_none() {
            out.push(format!("row {r} is empty"));
        }
        for (v, cell) in row.cells.iter().enumerate() {
            let ids: Vec<usize> = cell.sentences.iter().map(|s| s.0).collect();
            if ids.windows(2).any(|w| w[1] != w[0] + 1) {
                out.push(format!("row {r} version {v}: sentences {ids:?} not adjacent"));
            }
            if !(0.0..=1.0).contains(&cell.similarity) {
                out.push(format!("row {r} version {v}: similarity {}", cell.similarity));
            }
            seen[v].extend(&ids);
            if let (Some(&first), false) = (ids.first(), cell.moved) {
                if last[v].is_some_and(|l| first <= l) {
                    out.push(format!("row {r} version {v}: sentence {first} out of order"));
                }
                last[v] = ids.last().copied();
            }
        }
    }
    for (v, ids) in seen.iter_mut().enumerate() {
        ids.sort_unstable();
        if *ids != (0..segs[v].sentences.len()).collect::<Vec<_>>() {
            out.push(format!("version {v}: sentences in rows {ids:?}"));
        }
    }
    out
}

/// The rows as one line each: per version the sentence numbers, `-` when
/// missing, `*` when moved.
pub fn render_rows(alignment: &Alignment) -> String {
    let mut out = String::new();
    for (r, row) in alignment.rows.iter().enumerate() {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|c| {
                let s: Vec<String> = c.sentences.iter().map(|s| s.0.to_string()).collect();
                let s = if s.is_empty() { "-".to_string() } else { s.join("+") };
                format!("{s}{}", if c.moved { "*" } else { "" })
            })
            .collect();
        out.push_str(&format!("row {r}: {}\n", cells.join("\t")));
    }
    out
}
