//! Regression tests for the kinds of error seen on real multi-outlet
//! coverage (issue 13), each on short texts written for the test: what must
//! not become a finding, and the real disagreements that must.

use crate::compare::tests::analyze_texts;
use crate::{Analysis, FindingKind};

/// Every finding as one readable line: `kind: a "excerpt" | b "excerpt"`,
/// evidence in version order, versions named a, b, c….
fn render(analysis: &Analysis) -> Vec<String> {
    analysis
        .findings
        .iter()
        .map(|f| {
            let evidence: Vec<String> = f
                .evidence
                .iter()
                .map(|e| {
                    let name = (b'a' + e.version.0 as u8) as char;
                    format!("{name} {:?}", e.span.slice(&analysis.documents[e.version.0].text))
                })
                .collect();
            format!("{}: {}", kind_name(f.kind), evidence.join(" | "))
        })
        .collect()
}

fn kind_name(kind: FindingKind) -> String {
    serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// The findings of these versions whose kind is one of `kinds`.
fn findings_of(texts: &[&str], kinds: &[FindingKind]) -> Vec<String> {
    let analysis = analyze_texts(texts);
    let lines = render(&analysis);
    analysis
        .findings
        .iter()
        .zip(lines)
        .filter(|(f, _)| kinds.contains(&f.kind))
        .map(|(_, l)| l)
        .collect()
}

/// Conflict findings: versions said to state different values.
const CONFLICTS: &[FindingKind] = &[
    FindingKind::DateConflict,
    FindingKind::NumberConflict,
    FindingKind::NameConflict,
    FindingKind::RoleChanged,
    FindingKind::SourceChanged,
    FindingKind::QuoteSpeakerChanged,
    FindingKind::QuoteAltered,
    FindingKind::OutcomeChanged,
    FindingKind::SelfContradiction,
];

/// Presence findings: a fact said to be missing from some versions.
const PRESENCE: &[FindingKind] = &[
    FindingKind::PassageOmitted,
    FindingKind::PassageAdded,
    FindingKind::QuoteMissing,
    FindingKind::DetailOmitted,
];

fn no_conflicts(texts: &[&str]) {
    let found = findings_of(texts, CONFLICTS);
    assert!(found.is_empty(), "expected no conflict, got:\n{}", found.join("\n"));
}

/// True when one finding of `kind` has, for every excerpt given, evidence
/// whose text contains it.
fn reported(texts: &[&str], kind: FindingKind, excerpts: &[&str]) -> bool {
    let analysis = analyze_texts(texts);
    analysis.findings.iter().filter(|f| f.kind == kind).any(|f| {
        excerpts.iter().all(|x| {
            f.evidence
                .iter()
                .any(|e| e.span.slice(&analysis.documents[e.version.0].text).contains(x))
        })
    })
}

fn assert_reported(texts: &[&str], kind: FindingKind, excerpts: &[&str]) {
    assert!(
        reported(texts, kind, excerpts),
        "expected {} quoting {excerpts:?}, got:\n{}",
        kind_name(kind),
        render(&analyze_texts(texts)).join("\n")
    );
}

mod attribution;
mod facts;
mod presence;
mod wording;
