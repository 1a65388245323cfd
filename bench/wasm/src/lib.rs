//! storydiff's word diff and claim extraction, exposed to the benchmark
//! page. Results come back as flat `u32` arrays (one `Uint32Array` copy),
//! so that building JavaScript objects does not dominate what is measured.
#![warn(missing_docs)]

use storydiff_engine::claims::{self, ClaimData, ClaimKind, ExtractOptions, TimexType};
use storydiff_engine::worddiff::{diff_texts, ChangeKind, DiffOptions};
use storydiff_engine::{Document, Utf16Index, Version};
use wasm_bindgen::prelude::*;

/// The word diff the app's pairwise view runs (`diff_texts` with the
/// default options: long texts line by line first, then word by word): five numbers per change,
/// `kind` (0 equal, 1 delete, 2 insert), old start, old end, new start,
/// new end (UTF-8 byte offsets).
#[wasm_bindgen]
pub fn word_diff(old: &str, new: &str) -> Vec<u32> {
    let changes = diff_texts(old, new, DiffOptions::default()).changes;
    let mut out = Vec::with_capacity(changes.len() * 5);
    for c in changes {
        let kind = match c.kind {
            ChangeKind::Equal => 0,
            ChangeKind::Delete => 1,
            ChangeKind::Insert => 2,
        };
        out.extend([
            kind,
            c.old.start as u32,
            c.old.end as u32,
            c.new.start as u32,
            c.new.end as u32,
        ]);
    }
    out
}

/// The same diff, returning only the number of changes: the difference
/// from [`word_diff`] is the cost of handing the spans to JavaScript.
#[wasm_bindgen]
pub fn word_diff_count(old: &str, new: &str) -> u32 {
    diff_texts(old, new, DiffOptions::default()).changes.len() as u32
}

fn kind_code(kind: ClaimKind) -> u32 {
    match kind {
        ClaimKind::Quote => 0,
        ClaimKind::Statement => 1,
        ClaimKind::Quantity => 2,
        ClaimKind::Time => 3,
        ClaimKind::Person => 4,
        ClaimKind::Place => 5,
        ClaimKind::Organization => 6,
        ClaimKind::Attribution => 7,
        ClaimKind::Loaded => 8,
    }
}

fn extract(text: &str) -> (Document, Vec<claims::Claim>) {
    // As `analyze` does per version: segment, then every extractor; no
    // outside date, so relative dates resolve against the text's own.
    let doc = Document::new(&Version::new("bench", text));
    let found = claims::extract(&doc, &ExtractOptions::default());
    (doc, found)
}

/// Every claim of one text, as `analyze` extracts them: three numbers per
/// claim, kind (0 quote, 1 statement, 2 quantity, 3 time, 4 person,
/// 5 place, 6 organisation, 7 attribution, 8 loaded word), start, end
/// (UTF-8 byte offsets).
#[wasm_bindgen]
pub fn extract_claims(text: &str) -> Vec<u32> {
    let (_, found) = extract(text);
    let mut out = Vec::with_capacity(found.len() * 3);
    for c in found {
        out.extend([kind_code(c.kind()), c.span.start as u32, c.span.end as u32]);
    }
    out
}

/// For scoring: the claims as in [`extract_claims`] with UTF-16 offsets
/// (what JavaScript strings index) and a fourth number, the TIMEX3 type of
/// a time (0 date, 1 time, 2 duration, 3 set; 9 for other kinds).
#[wasm_bindgen]
pub fn extract_claims_utf16(text: &str) -> Vec<u32> {
    let (doc, found) = extract(text);
    let index = Utf16Index::new(&doc.text);
    let mut out = Vec::with_capacity(found.len() * 4);
    for c in found {
        let sub = match &c.data {
            ClaimData::Time(t) => match t.ty {
                TimexType::Date => 0,
                TimexType::Time => 1,
                TimexType::Duration => 2,
                TimexType::Set => 3,
            },
            _ => 9,
        };
        out.extend([
            kind_code(c.kind()),
            index.utf16(&doc.text, c.span.start) as u32,
            index.utf16(&doc.text, c.span.end) as u32,
            sub,
        ]);
    }
    out
}
