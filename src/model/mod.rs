//! The view model: what the analysis worker sends the page, and the pure
//! functions that make it. It is a DTO of its own (engine types are plain
//! data that may change; this crosses a thread boundary as JSON), holding
//! only offsets: the page keeps the texts it sent and slices them.
//!
//! Offsets are UTF-8 byte offsets into the version's text, on char
//! boundaries; the page slices with `str::get`, so a wrong offset shows
//! nothing rather than panicking.
//!
//! - [`kinds`]: the words and icons of the engine's finding, claim and
//!   severity kinds;
//! - [`build`]: `Analysis` → [`ViewModel`] (runs in the worker);
//! - [`words`]: values as people read them (dates in words, amounts with
//!   their currency);
//! - [`cards`]: each version's card, every counter from one definition;
//! - [`pair`]: the word diff of two versions with moved text.

pub mod build;
pub mod cards;
pub mod kinds;
pub mod pair;
pub mod staged;
pub mod words;

pub use kinds::{ClaimKind, FindingKind, Label, Severity};
use serde::{Deserialize, Serialize};
use staged::view_model;

/// A byte range of one version's text: `[start, end)`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Range {
    /// First byte.
    #[serde(rename = "s")]
    pub start: u32,
    /// One past the last byte.
    #[serde(rename = "e")]
    pub end: u32,
}

impl Range {
    /// `start..end` (swapped if backwards).
    pub fn new(start: usize, end: usize) -> Range {
        let (a, b) = if start <= end { (start, end) } else { (end, start) };
        Range { start: a as u32, end: b as u32 }
    }

    /// The text under the range, or `""` when it does not fit.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start as usize..self.end as usize).unwrap_or("")
    }

    /// True when the two ranges share a byte.
    pub fn overlaps(self, other: Range) -> bool {
        self.start < other.end && other.start < self.end
    }
}

view_model! {
/// Everything the views show about one analysis.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ViewModel {
    /// The versions, in input order (`version` fields index this).
    pub documents: Vec<DocView>,
    /// Aligned rows, in reading order.
    pub rows: Vec<RowView>,
    /// Every claim, grouped by version, each version's in text order.
    pub claims: Vec<ClaimView>,
    /// Claims matched across versions.
    pub facts: Vec<FactView>,
    /// Disagreements, most important first.
    pub findings: Vec<FindingView>,
    /// One per version.
    pub scorecards: Vec<ScoreView>,
    /// The reference version, when one was chosen.
    pub reference: Option<u32>,
    /// Odd input, in words.
    pub diagnostics: Vec<DiagnosticView>,
}
}

/// One version after segmentation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocView {
    /// Its name (the file's).
    pub name: String,
    /// Its letter by position, "A", "B", … (what the summaries call it).
    pub label: String,
    /// The date its text gives itself (a dateline, a publication line),
    /// `"2025-12-02"`.
    pub dateline: Option<String>,
    /// Length of its text in bytes.
    pub len: u32,
    /// Its sentences.
    pub sentences: Vec<Range>,
    /// Index of its first claim in [`ViewModel::claims`]; its claims run to
    /// the next document's.
    pub first_claim: u32,
}

/// One thing said, and how each version says it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RowView {
    /// One cell per version.
    pub cells: Vec<CellView>,
    /// The version word changes are shown against: the reference when it
    /// has this row, else the first version that has it.
    pub base: Option<u32>,
}

impl RowView {
    /// How many versions have a sentence here.
    pub fn present(&self) -> usize {
        self.cells.iter().filter(|c| !c.sentences.is_empty()).count()
    }
}

/// A version's sentences in one row.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CellView {
    /// Indices into the document's sentences (empty: not in this version).
    #[serde(rename = "s")]
    pub sentences: Vec<u32>,
    /// True when the version says this at another place in its order.
    #[serde(rename = "m", default, skip_serializing_if = "is_false")]
    pub moved: bool,
    /// Word changes against the row's base version.
    #[serde(rename = "c", default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A word change inside an aligned cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    /// Words this version has and the base lacks: a range of this version.
    #[serde(rename = "i")]
    Inserted(Range),
    /// Words of the base this version lacks: `at` is where, in this
    /// version's text; `base` the words, in the base version's text.
    #[serde(rename = "d")]
    Deleted {
        /// Position in this version's text.
        at: u32,
        /// The words, in the base version's text.
        base: Range,
    },
}

/// One claim in one version.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimView {
    /// The version.
    #[serde(rename = "v")]
    pub version: u32,
    /// Where.
    #[serde(rename = "r")]
    pub range: Range,
    /// What kind of claim.
    #[serde(rename = "k")]
    pub kind: ClaimKind,
    /// The fact it belongs to, if any.
    #[serde(rename = "f", default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<u32>,
}

/// How a version's value of a fact compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    /// Equal to the reference (or the consensus).
    Same,
    /// Different from it, or no two versions agree.
    Different,
    /// The version does not state the fact.
    Missing,
}

/// One fact across versions (a row of the claims matrix).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FactView {
    /// What sort of claim it is made of.
    pub kind: ClaimKind,
    /// "Date of Putin's remarks".
    pub label: String,
    /// Per version, the value in words: a date or number as people read
    /// it, else the version's own wording.
    pub values: Vec<Option<String>>,
    /// Per version, same / different / missing.
    pub status: Vec<Status>,
    /// Per version, its claims stating the fact.
    pub claims: Vec<Vec<u32>>,
    /// The most important finding about this fact, if any.
    pub finding: Option<u32>,
}

impl FactView {
    /// True when some version's value differs.
    pub fn disputed(&self) -> bool {
        self.status.contains(&Status::Different)
    }
}

/// A disagreement between versions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FindingView {
    /// What it is about, stable through edits, added versions and
    /// re-analyses: what a dismissal or confirmation remembers
    /// ([`build::finding_key`]).
    pub key: String,
    /// What kind of disagreement.
    pub kind: FindingKind,
    /// How much it matters.
    pub severity: Severity,
    /// One line for people.
    pub summary: String,
    /// The rule that produced it.
    pub rule: String,
    /// Ranking score.
    pub score: f32,
    /// Evidence from each version stating the fact.
    pub evidence: Vec<EvidenceView>,
    /// Versions that lack the fact.
    pub missing_in: Vec<u32>,
    /// The fact it is about.
    pub fact: Option<u32>,
}

/// One piece of evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvidenceView {
    /// The version.
    pub version: u32,
    /// The evidence.
    pub range: Range,
    /// The sentence(s) around it.
    pub context: Range,
    /// The value this version states, in words, for dates and numbers
    /// (names, roles and quotes read best in the evidence itself).
    pub value: Option<String>,
    /// Pieces of evidence stating the same normalised value share a group.
    pub group: Option<u32>,
    /// Pieces of evidence worded alike (case and spacing aside) share a
    /// wording: "Tuesday, June 17" and "Wednesday, June 17" state one
    /// value in two wordings.
    pub wording: u32,
    /// The aligned row it sits in.
    pub row: Option<u32>,
}

/// How one version compares with the reference.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScoreView {
    /// Share (0 to 1) of the reference's facts kept.
    pub kept: f32,
    /// Values that differ.
    pub conflicts: u32,
    /// Facts omitted.
    pub omissions: u32,
    /// Facts added.
    pub additions: u32,
    /// Quotes altered.
    pub altered_quotes: u32,
}

/// Odd input.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticView {
    /// The version concerned, if one.
    pub version: Option<u32>,
    /// What is odd.
    pub message: String,
}

impl ViewModel {
    /// The claims of version `v`, in text order.
    pub fn claims_of(&self, v: usize) -> &[ClaimView] {
        let start = self.documents.get(v).map_or(0, |d| d.first_claim as usize);
        let end = self.documents.get(v + 1).map_or(self.claims.len(), |d| d.first_claim as usize);
        self.claims.get(start..end.max(start)).unwrap_or(&[])
    }

    /// The cover of a cell's sentences in its version's text.
    pub fn cell_range(&self, v: usize, cell: &CellView) -> Option<Range> {
        let doc = self.documents.get(v)?;
        let first = doc.sentences.get(*cell.sentences.first()? as usize)?;
        let last = doc.sentences.get(*cell.sentences.last()? as usize)?;
        Some(Range { start: first.start, end: last.end.max(first.start) })
    }
}
