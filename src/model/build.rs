//! `Analysis` → [`ViewModel`]: what the worker computes for the views
//! beyond the engine's result — word changes inside each aligned row, the
//! matrix status of each fact's values, the sentence around each piece of
//! evidence, stable keys for dismissed findings.

use super::{
    CellView, Change, ClaimView, DiagnosticView, DocView, EvidenceView, FactView, FindingView,
    Range, RowView, ScoreView, Status, ViewModel,
};
use std::collections::HashMap;
use storydiff_engine::compare::Value;
use storydiff_engine::worddiff::{diff_tokens, ChangeKind, DiffOptions};
use storydiff_engine::{Analysis, Cell, Document, SentenceId, Span, Token};

/// The view model of an analysis.
pub fn build(a: &Analysis) -> ViewModel {
    let n = a.documents.len();
    let mut first_claim = vec![a.claims.len() as u32; n];
    for (i, c) in a.claims.iter().enumerate().rev() {
        if let Some(f) = first_claim.get_mut(c.version.0) {
            *f = i as u32;
        }
    }
    // A version without claims starts where the next one does.
    for v in (0..n.saturating_sub(1)).rev() {
        first_claim[v] = first_claim[v].min(first_claim[v + 1]);
    }
    let documents = a
        .documents
        .iter()
        .zip(&first_claim)
        .map(|(d, &first)| DocView {
            name: d.name.clone(),
            len: d.text.len() as u32,
            sentences: d.seg.sentences.iter().map(|s| range(s.span)).collect(),
            first_claim: first,
        })
        .collect();

    let mut fact_of: HashMap<usize, u32> = HashMap::new();
    for (f, fact) in a.facts.iter().enumerate() {
        for id in fact.claims.iter().flatten() {
            fact_of.entry(id.0).or_insert(f as u32);
        }
    }
    let claims = a
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| ClaimView {
            version: c.version.0 as u32,
            range: range(c.claim.span),
            kind: c.claim.kind(),
            fact: fact_of.get(&i).copied(),
        })
        .collect();

    let rows = a
        .alignment
        .rows
        .iter()
        .map(|row| {
            let base = a
                .reference
                .filter(|r| row.cells.get(r.0).is_some_and(|c| !c.sentences.is_empty()))
                .map(|r| r.0)
                .or_else(|| row.cells.iter().position(|c| !c.sentences.is_empty()));
            let base_tokens = base.map(|b| cell_tokens(&a.documents[b], &row.cells[b]));
            let cells = row
                .cells
                .iter()
                .enumerate()
                .map(|(v, cell)| {
                    let changes = match (base, base_tokens) {
                        (Some(b), Some(base_tokens)) if b != v && !cell.sentences.is_empty() => {
                            changes(base_tokens, cell_tokens(&a.documents[v], cell))
                        }
                        _ => Vec::new(),
                    };
                    CellView {
                        sentences: cell.sentences.iter().map(|s| s.0 as u32).collect(),
                        moved: cell.moved,
                        changes,
                    }
                })
                .collect();
            RowView { cells, base: base.map(|b| b as u32) }
        })
        .collect();

    let mut finding_of_fact: HashMap<usize, u32> = HashMap::new();
    for (i, f) in a.findings.iter().enumerate() {
        if let Some(fact) = f.fact {
            finding_of_fact.entry(fact.0).or_insert(i as u32);
        }
    }
    let reference = a.reference.map(|r| r.0);
    let facts = a
        .facts
        .iter()
        .enumerate()
        .map(|(i, f)| FactView {
            kind: f.kind,
            label: f.label.clone(),
            values: f.values.iter().map(|v| v.as_ref().map(show_value)).collect(),
            status: statuses(&f.values, reference),
            claims: f.claims.iter().map(|ids| ids.iter().map(|c| c.0 as u32).collect()).collect(),
            finding: finding_of_fact.get(&i).copied(),
        })
        .collect();

    let row_of = a.alignment.row_of_sentences(n);
    let findings = a
        .findings
        .iter()
        .map(|f| {
            let evidence: Vec<EvidenceView> = f
                .evidence
                .iter()
                .map(|e| {
                    let doc = a.documents.get(e.version.0);
                    let first = doc.and_then(|d| d.sentence_at(e.span.start));
                    let last = doc.and_then(|d| d.sentence_at(e.span.end.saturating_sub(1)));
                    let context = doc
                        .map(|d| sentence_cover(d, first, last).unwrap_or(e.span))
                        .unwrap_or(e.span);
                    EvidenceView {
                        version: e.version.0 as u32,
                        range: range(e.span),
                        context: range(context.cover(e.span)),
                        value: e.value.as_ref().map(show_value),
                        row: first
                            .and_then(|s| row_of.get(e.version.0).and_then(|m| m.get(&s)))
                            .map(|&r| r as u32),
                    }
                })
                .collect();
            let kind = f.kind;
            let texts: Vec<&str> = f
                .evidence
                .iter()
                .map(|e| a.documents.get(e.version.0).map_or("", |d| e.span.slice(&d.text)))
                .collect();
            FindingView {
                key: finding_key(kind, f.rule, &texts),
                kind,
                severity: f.severity,
                summary: f.summary.clone(),
                rule: f.rule.to_string(),
                score: f.score,
                evidence,
                missing_in: f.missing_in.iter().map(|v| v.0 as u32).collect(),
                fact: f.fact.map(|x| x.0 as u32),
            }
        })
        .collect();

    ViewModel {
        documents,
        rows,
        claims,
        facts,
        findings,
        scorecards: a
            .scorecards
            .iter()
            .map(|s| ScoreView {
                kept: s.kept,
                conflicts: s.conflicts as u32,
                omissions: s.omissions as u32,
                additions: s.additions as u32,
                altered_quotes: s.altered_quotes as u32,
            })
            .collect(),
        reference: reference.map(|r| r as u32),
        diagnostics: a
            .diagnostics
            .iter()
            .map(|d| DiagnosticView {
                version: d.version.map(|v| v.0 as u32),
                message: d.message.clone(),
            })
            .collect(),
    }
}

fn range(span: Span) -> Range {
    Range::new(span.start, span.end)
}

/// The tokens of a cell's sentences (adjacent in their version).
fn cell_tokens<'a>(doc: &'a Document, cell: &Cell) -> &'a [Token] {
    let sentence = |id: Option<&SentenceId>| id.and_then(|s| doc.seg.sentences.get(s.0));
    match (sentence(cell.sentences.first()), sentence(cell.sentences.last())) {
        (Some(a), Some(b)) => {
            doc.seg.tokens.get(a.tokens.start..b.tokens.end.max(a.tokens.start)).unwrap_or(&[])
        }
        _ => &[],
    }
}

/// Word changes of `cell` against `base`: `"hurt on March 15"` →
/// `"injured on March 14"` gives Deleted "hurt", Inserted "injured",
/// Deleted "15", Inserted "14".
fn changes(base: &[Token], cell: &[Token]) -> Vec<Change> {
    diff_tokens(base, cell, DiffOptions::default())
        .into_iter()
        .filter_map(|c| match c.kind {
            ChangeKind::Equal => None,
            ChangeKind::Insert => Some(Change::Inserted(range(c.new))),
            ChangeKind::Delete => {
                Some(Change::Deleted { at: c.new.start as u32, base: range(c.old) })
            }
        })
        .collect()
}

fn sentence_cover(
    doc: &Document,
    first: Option<SentenceId>,
    last: Option<SentenceId>,
) -> Option<Span> {
    let first = doc.seg.sentences.get(first?.0)?.span;
    let last = last.and_then(|l| doc.seg.sentences.get(l.0)).map_or(first, |s| s.span);
    Some(first.cover(last))
}

/// A value as people read it: `Number(6.0)` → "6", `Number(4.5)` → "4.5",
/// `Text("2024-03-15")` → "2024-03-15".
pub fn show_value(v: &Value) -> String {
    match v {
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
        Value::Number(n) => format!("{n}"),
        Value::Text(t) => t.clone(),
    }
}

/// Same / different / missing per version, against the reference's value
/// when it states one, else the value most versions give.
///
/// `[A, A, B, None]` → Same, Same, Different, Missing; `[A, B]` (no
/// majority) → Different, Different.
pub fn statuses(values: &[Option<Value>], reference: Option<usize>) -> Vec<Status> {
    let norm: Vec<Option<String>> = values.iter().map(|v| v.as_ref().map(show_value)).collect();
    let target = match reference.and_then(|r| norm.get(r).cloned().flatten()) {
        Some(r) => Some(r),
        None => {
            let mut counts: Vec<(&String, usize)> = Vec::new();
            for v in norm.iter().flatten() {
                match counts.iter_mut().find(|(x, _)| *x == v) {
                    Some(c) => c.1 += 1,
                    None => counts.push((v, 1)),
                }
            }
            counts.sort_by_key(|c| std::cmp::Reverse(c.1));
            match counts.as_slice() {
                [(v, _)] => Some((*v).clone()),
                [(v, a), (_, b), ..] if a > b => Some((*v).clone()),
                _ => None,
            }
        }
    };
    norm.iter()
        .map(|v| match (v, &target) {
            (None, _) => Status::Missing,
            (Some(v), Some(t)) if v == t => Status::Same,
            _ => Status::Different,
        })
        .collect()
}

/// A dismissal key: FNV-1a of the kind, rule and evidence texts, in hex.
/// The same finding on the same texts gets the same key in every run.
pub fn finding_key(kind: super::FindingKind, rule: &str, texts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    eat(kind.as_str().as_bytes());
    eat(rule.as_bytes());
    for t in texts {
        eat(t.as_bytes());
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::SAMPLE_STORY;
    use storydiff_engine::{analyze, Options, Version, VersionId};

    fn sample(reference: Option<usize>) -> (Vec<Version>, ViewModel) {
        let versions: Vec<Version> =
            SAMPLE_STORY.iter().map(|(n, t)| Version::new(*n, *t)).collect();
        let options = Options { reference: reference.map(VersionId), ..Options::default() };
        let model = build(&analyze(&versions, &options));
        (versions, model)
    }

    #[test]
    fn statuses_follow_the_reference_or_the_majority() {
        let n = |x: f64| Some(Value::Number(x));
        let render = |s: Vec<Status>| format!("{s:?}");
        assert_eq!(
            render(statuses(&[n(6.0), n(6.0), n(7.0), None], None)),
            "[Same, Same, Different, Missing]"
        );
        assert_eq!(render(statuses(&[n(6.0), n(7.0)], None)), "[Different, Different]");
        assert_eq!(
            render(statuses(&[n(6.0), n(7.0), n(7.0)], Some(0))),
            "[Same, Different, Different]"
        );
        assert_eq!(render(statuses(&[None, n(7.0), n(7.0)], Some(0))), "[Missing, Same, Same]");
    }

    #[test]
    fn values_read_as_people_write_them() {
        assert_eq!(show_value(&Value::Number(40000.0)), "40000");
        assert_eq!(show_value(&Value::Number(4.5)), "4.5");
        assert_eq!(show_value(&Value::Text("2024-03-15".into())), "2024-03-15");
    }

    #[test]
    fn the_sample_story_model_points_into_its_texts() {
        let (versions, model) = sample(None);
        assert_eq!(model.documents.len(), 5);
        assert!(!model.rows.is_empty());
        for (v, doc) in model.documents.iter().enumerate() {
            let text = &versions[v].text;
            assert_eq!(doc.len as usize, text.len());
            for s in &doc.sentences {
                assert!(!s.slice(text).is_empty(), "sentence {s:?} of {}", doc.name);
            }
            for c in model.claims_of(v) {
                assert_eq!(c.version as usize, v);
                assert!(!c.range.slice(text).is_empty());
            }
        }
        for f in &model.findings {
            assert_eq!(f.key.len(), 16);
            for e in &f.evidence {
                let text = &versions[e.version as usize].text;
                assert!(!e.range.slice(text).is_empty());
                assert!(e.context.start <= e.range.start && e.range.end <= e.context.end);
            }
        }
        // Each non-base cell's changes point into its own text and the base's.
        let mut changed = 0;
        for row in &model.rows {
            for (v, cell) in row.cells.iter().enumerate() {
                for c in &cell.changes {
                    changed += 1;
                    match *c {
                        Change::Inserted(r) => assert!(!r.slice(&versions[v].text).is_empty()),
                        Change::Deleted { base, .. } => {
                            let b = row.base.expect("a base") as usize;
                            assert!(!base.slice(&versions[b].text).is_empty());
                        }
                    }
                }
            }
        }
        assert!(changed > 0, "rewrites change words");
    }

    #[test]
    fn keys_are_stable_and_distinct() {
        let (_, a) = sample(None);
        let (_, b) = sample(None);
        let keys = |m: &ViewModel| m.findings.iter().map(|f| f.key.clone()).collect::<Vec<_>>();
        assert_eq!(keys(&a), keys(&b));
        let mut unique = keys(&a);
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), a.findings.len());
    }

    #[test]
    fn a_reference_is_every_rows_base_where_it_has_the_row() {
        let (_, model) = sample(Some(2));
        assert_eq!(model.reference, Some(2));
        for row in &model.rows {
            if !row.cells[2].sentences.is_empty() {
                assert_eq!(row.base, Some(2));
                assert!(row.cells[2].changes.is_empty());
            }
        }
    }
}
