//! # storydiff-engine
//!
//! Finds where several versions of one news story disagree about facts.
//! Pure Rust: no IO, no clock, no randomness, no web; the same code runs in
//! the `storydiff` CLI and, compiled to WebAssembly, in the browser.
//!
//! The pipeline, one module per stage, each handing a plain value on:
//!
//! 1. [`segment`] — paragraphs, sentences and tokens of each version;
//! 2. [`align`] — rows of sentences that say the same thing across versions;
//! 3. [`worddiff`] — word-level changes inside aligned sentences;
//! 4. [`claims`] — quotes, quantities, dates, people and roles, sources,
//!    loaded words, each with a normalised value;
//! 5. [`compare`] — claims matched into facts across versions, and the
//!    findings where versions disagree;
//! 6. [`report`] — the versioned report DTO (JSON) and its Markdown and text
//!    renderings.
//!
//! [`analyze`] runs them all and cannot fail: odd input becomes a
//! [`Diagnostic`] in the result.
//!
//! ```
//! use storydiff_engine::{analyze, Options, Version};
//!
//! let versions = vec![
//!     Version::new("a.txt", "Six people were hurt on Dec. 8, officials said."),
//!     Version::new("b.txt", "6 people were hurt on December 8, officials said."),
//! ];
//! let analysis = analyze(&versions, &Options::default());
//! assert_eq!(analysis.documents.len(), 2);
//! assert_eq!(analysis.alignment.rows.len(), 1);
//! ```
#![warn(missing_docs)]
// Versions, rows and sentences are addressed by index across parallel
// vectors; index loops say that more plainly than zipped iterators.
#![allow(clippy::needless_range_loop)]

pub mod align;
pub mod claims;
pub mod compare;
mod lexicon;
pub mod moves;
pub mod normalize;
pub mod report;
pub mod segment;
pub mod text;
pub mod worddiff;

pub use align::{Alignment, Cell, Row};
pub use claims::{Claim, ClaimData, ClaimKind};
pub use compare::{Fact, Finding, FindingKind, Severity};
pub use segment::{Paragraph, Segmentation, Sentence, SentenceRole, Token, TokenKind};
pub use text::{ClaimId, FactId, SentenceId, Span, Utf16Index, VersionId};
pub use worddiff::{ChangeKind, DiffOptions, WordChange};

use serde::Serialize;

/// One version of the story as given: a name (the file name) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// Name shown to the user and used in the report, e.g. `"a.txt"`.
    pub name: String,
    /// The full text.
    pub text: String,
}

impl Version {
    /// A version named `name` with text `text`.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Version {
        Version { name: name.into(), text: text.into() }
    }
}

/// What to analyse and how.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// The version everything is judged against (the source). `None`: the
    /// consensus of all versions is the reference.
    pub reference: Option<VersionId>,
    /// Date the versions were published, if known; resolves "Thursday" and
    /// "the previous day".
    pub document_date: Option<claims::CivilDate>,
    /// At most this many findings, the most important (`None`: all). The
    /// default, [`Options::READABLE`], is what a person reads in two minutes.
    pub max_findings: Option<usize>,
    /// Per version (by position), the date it was published when someone
    /// gave one: outlets publish on different days. Overrides
    /// `document_date` and the version's own date for that version.
    pub version_dates: Vec<Option<claims::CivilDate>>,
}

impl Options {
    /// Findings a person reads in two minutes.
    pub const READABLE: usize = 30;
}

impl Default for Options {
    fn default() -> Options {
        Options {
            reference: None,
            document_date: None,
            max_findings: Some(Options::READABLE),
            version_dates: Vec::new(),
        }
    }
}

/// A version after segmentation: its text and the spans cut from it.
#[derive(Debug, Clone)]
pub struct Document {
    /// The version's name.
    pub name: String,
    /// The version's text, owned here once.
    pub text: String,
    /// Paragraphs, sentences, tokens.
    pub seg: Segmentation,
}

impl Document {
    /// Segments a version.
    pub fn new(version: &Version) -> Document {
        Document {
            name: version.name.clone(),
            text: version.text.clone(),
            seg: segment::segment(&version.text),
        }
    }

    /// The text of sentence `id` (`""` for an unknown id).
    pub fn sentence_text(&self, id: SentenceId) -> &str {
        self.seg.sentences.get(id.0).map_or("", |s| s.span.slice(&self.text))
    }

    /// The tokens of sentence `id`.
    pub fn sentence_tokens(&self, id: SentenceId) -> &[Token] {
        self.seg
            .sentences
            .get(id.0)
            .and_then(|s| self.seg.tokens.get(s.tokens.clone()))
            .unwrap_or(&[])
    }

    /// The sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<SentenceId> {
        let i = self.seg.sentences.partition_point(|s| s.span.end <= offset);
        self.seg.sentences.get(i).filter(|s| s.span.start <= offset).map(|_| SentenceId(i))
    }
}

/// Something odd about the input, reported instead of failing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The version concerned, if one.
    pub version: Option<VersionId>,
    /// What is odd, in words for the user.
    pub message: String,
}

/// A claim in its version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VersionClaim {
    /// The version it was found in.
    pub version: VersionId,
    /// The claim.
    pub claim: Claim,
}

/// Everything storydiff knows about a set of versions.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The versions, segmented, in input order ([`VersionId`] indexes this).
    pub documents: Vec<Document>,
    /// Sentence rows across versions.
    pub alignment: Alignment,
    /// Claims of all versions ([`ClaimId`] indexes this), grouped by version,
    /// each version's in text order.
    pub claims: Vec<VersionClaim>,
    /// Claims matched across versions ([`FactId`] indexes this).
    pub facts: Vec<Fact>,
    /// Disagreements, most important first.
    pub findings: Vec<Finding>,
    /// Per-version summary.
    pub scorecards: Vec<compare::Scorecard>,
    /// The reference version, when one was chosen.
    pub reference: Option<VersionId>,
    /// Odd input, in words.
    pub diagnostics: Vec<Diagnostic>,
}

/// Each version's own date: the one given for it, else the one given for
/// all, else the one its text gives (a dateline, a caption, a publication
/// line).
fn own_dates(documents: &[Document], options: &Options) -> Vec<Option<claims::CivilDate>> {
    documents
        .iter()
        .enumerate()
        .map(|(v, d)| {
            options
                .version_dates
                .get(v)
                .copied()
                .flatten()
                .or(options.document_date)
                .or_else(|| claims::time::document_date(d))
        })
        .collect()
}

/// The date each version's relative times ("Thursday", "the previous day")
/// are resolved against: its own; else the date most versions carry, since
/// versions of one story share their time frame.
fn document_dates(own: &[Option<claims::CivilDate>]) -> Vec<Option<claims::CivilDate>> {
    let mut counts: Vec<(claims::CivilDate, usize)> = Vec::new();
    for d in own.iter().flatten() {
        match counts.iter_mut().find(|(x, _)| x == d) {
            Some(e) => e.1 += 1,
            None => counts.push((*d, 1)),
        }
    }
    let common = counts.iter().max_by_key(|(_, c)| *c).map(|(d, _)| *d);
    own.iter().map(|d| d.or(common)).collect()
}

/// Runs the whole pipeline. Never panics and never fails: empty or odd
/// versions produce diagnostics.
pub fn analyze(versions: &[Version], options: &Options) -> Analysis {
    let mut diagnostics = Vec::new();
    let documents: Vec<Document> = versions.iter().map(Document::new).collect();
    for (i, d) in documents.iter().enumerate() {
        if d.text.trim().is_empty() {
            diagnostics.push(Diagnostic {
                version: Some(VersionId(i)),
                message: format!("{} is empty.", d.name),
            });
        }
    }
    if documents.len() < 2 {
        diagnostics.push(Diagnostic {
            version: None,
            message: "Add at least two versions to compare them.".to_string(),
        });
    }
    let reference = options.reference.filter(|r| r.0 < documents.len());
    if options.reference.is_some() && reference.is_none() {
        diagnostics.push(Diagnostic {
            version: None,
            message: "The chosen reference version does not exist; using the consensus.".into(),
        });
    }
    let segs: Vec<&Segmentation> = documents.iter().map(|d| &d.seg).collect();
    // The sentences' terms, built once: alignment pairs sentences by them
    // and the compare stage scores sentences and claims' clauses by them.
    let terms = align::Terms::new(&segs);
    let alignment = align::align_with(&terms, &segs, reference, &align::AlignOptions::default());
    let own = own_dates(&documents, options);
    let anchors = document_dates(&own);
    let claims: Vec<VersionClaim> = documents
        .iter()
        .enumerate()
        .flat_map(|(v, d)| {
            let extract_options = claims::ExtractOptions { document_date: anchors[v] };
            claims::extract(d, &extract_options)
                .into_iter()
                .map(move |claim| VersionClaim { version: VersionId(v), claim })
        })
        .collect();
    let dates = compare::Dates { own, anchors };
    let comparison = compare::compare_with(
        terms,
        &documents,
        &alignment,
        &claims,
        reference,
        &dates,
        options.max_findings,
    );
    Analysis {
        documents,
        alignment,
        claims,
        facts: comparison.facts,
        findings: comparison.findings,
        scorecards: comparison.scorecards,
        reference,
        diagnostics,
    }
}
