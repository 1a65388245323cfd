//! `Analysis` → [`ViewModel`]: what the worker computes for the views
//! beyond the engine's result — word changes inside each aligned row, the
//! matrix status of each fact's values, the sentence around each piece of
//! evidence, values in words, each version's letter and dateline date,
//! and the key that dismissals and confirmations remember.

use super::words::shown_value;
use super::{
    CellView, Change, ClaimView, DiagnosticView, DocView, EvidenceView, FactView, FindingView,
    Range, RowView, ScoreView, Status, ViewModel,
};
use crate::workspace::label_of;
use std::collections::HashMap;
use storydiff_engine::claims::time::document_date;
use storydiff_engine::claims::CivilDate;
use storydiff_engine::compare::{Evidence, Finding, Value};
use storydiff_engine::worddiff::{diff_tokens, ChangeKind, DiffOptions};
use storydiff_engine::{
    analyze, Analysis, Cell, ClaimKind, Document, FindingKind, Options, SentenceId, Span, Token,
    Version, VersionId,
};
use storydiff_workspace::Workspace;

/// Analyses a workspace: its versions by their letters, against its
/// reference, each read against its own publication date.
pub fn analyse(workspace: Workspace) -> (Analysis, ViewModel, Vec<String>) {
    let options = Options {
        reference: workspace.reference.map(VersionId),
        version_dates: (0..workspace.versions.len())
            .map(|i| workspace.version_date(i).and_then(CivilDate::parse_iso))
            .collect(),
        ..Options::default()
    };
    let mut names = Vec::with_capacity(workspace.versions.len());
    let versions: Vec<Version> = workspace
        .versions
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            names.push(v.name);
            Version::new(label_of(i), v.text)
        })
        .collect();
    let analysis = analyze(&versions, &options);
    let mut model = build(&analysis);
    for (d, name) in model.documents.iter_mut().zip(&names) {
        d.name.clone_from(name);
    }
    (analysis, model, names)
}

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
        .enumerate()
        .map(|(v, (d, &first))| DocView {
            name: d.name.clone(),
            label: label_of(v),
            len: d.text.len() as u32,
            sentences: d.seg.sentences.iter().map(|s| range(s.span)).collect(),
            first_claim: first,
            dateline: document_date(d).map(|c| c.to_string()),
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
            values: f
                .values
                .iter()
                .enumerate()
                .map(|(v, value)| {
                    let value = value.as_ref()?;
                    shown_value(f.kind, value).or_else(|| {
                        let c = f.claims.get(v)?.first()?;
                        let text = a.documents.get(v).map_or("", |d| d.text.as_str());
                        a.claims.get(c.0).map(|c| one_line(c.claim.span.slice(text)))
                    })
                })
                .collect(),
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
            let mut groups: Vec<&Value> = Vec::new();
            let mut wordings: Vec<String> = Vec::new();
            let evidence: Vec<EvidenceView> = f
                .evidence
                .iter()
                .map(|e| {
                    let group = e.value.as_ref().map(|value| {
                        let at = groups.iter().position(|g| *g == value);
                        at.unwrap_or_else(|| {
                            groups.push(value);
                            groups.len() - 1
                        }) as u32
                    });
                    let doc = a.documents.get(e.version.0);
                    let first = doc.and_then(|d| d.sentence_at(e.span.start));
                    let last = doc.and_then(|d| d.sentence_at(e.span.end.saturating_sub(1)));
                    let context = doc
                        .map(|d| sentence_cover(d, first, last).unwrap_or(e.span))
                        .unwrap_or(e.span);
                    let words = doc
                        .map_or(String::new(), |d| one_line(e.span.slice(&d.text)).to_lowercase());
                    let wording = wordings.iter().position(|w| *w == words).unwrap_or_else(|| {
                        wordings.push(words);
                        wordings.len() - 1
                    }) as u32;
                    EvidenceView {
                        version: e.version.0 as u32,
                        range: range(e.span),
                        context: range(context.cover(e.span)),
                        value: e.value.as_ref().and_then(|x| shown_value(value_kind(a, f, e), x)),
                        group,
                        wording,
                        row: first
                            .and_then(|s| row_of.get(e.version.0).and_then(|m| m.get(&s)))
                            .map(|&r| r as u32),
                    }
                })
                .collect();
            FindingView {
                key: finding_key(a, f),
                kind: f.kind,
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

    let findings = distinct_keys(findings);
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

/// `text` on one line: runs of white space as one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The kind of claim a piece of evidence states: its claim's, else its
/// fact's, else what the finding's kind compares.
fn value_kind(a: &Analysis, f: &Finding, e: &Evidence) -> ClaimKind {
    if let Some(c) = e.claim.and_then(|c| a.claims.get(c.0)) {
        return c.claim.kind();
    }
    if let Some(fact) = f.fact.and_then(|x| a.facts.get(x.0)) {
        return fact.kind;
    }
    match f.kind {
        FindingKind::DateConflict => ClaimKind::Time,
        FindingKind::NumberConflict => ClaimKind::Quantity,
        FindingKind::QuoteAltered | FindingKind::QuoteMissing => ClaimKind::Quote,
        FindingKind::QuoteSpeakerChanged | FindingKind::SourceChanged => ClaimKind::Attribution,
        FindingKind::NameConflict | FindingKind::RoleChanged => ClaimKind::Person,
        FindingKind::LoadedLanguage => ClaimKind::Loaded,
        FindingKind::PassageOmitted
        | FindingKind::DetailOmitted
        | FindingKind::PassageAdded
        | FindingKind::SelfContradiction
        | FindingKind::OutcomeChanged => ClaimKind::Statement,
    }
}

/// Same / different / missing per version, against the reference's value
/// when it states one, else the value most versions give.
///
/// `[A, A, B, None]` → Same, Same, Different, Missing; `[A, B]` (no
/// majority) → Different, Different.
pub fn statuses(values: &[Option<Value>], reference: Option<usize>) -> Vec<Status> {
    let norm: Vec<Option<String>> = values.iter().map(|v| v.as_ref().map(identity)).collect();
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

/// A value's identity for comparing: `Number(6.0)` and `Number(6.0)` are
/// one, whatever their wording.
fn identity(v: &Value) -> String {
    match v {
        Value::Number(n) => format!("n:{n}"),
        Value::Text(t) => format!("t:{t}"),
    }
}

/// What a dismissal or a confirmation remembers of a finding: its kind and
/// what it is about — the fact's kind and label ("Number killed"), told
/// apart from facts of the same label by their order; without a fact (a
/// passage, a loaded word), the words most of its versions give — hashed. Not its position, its wording in one version, nor which
/// versions state it, so it holds through edits elsewhere, added versions
/// and re-analysis.
///
/// The one place the key is made: once the engine gives every finding its
/// own (`Finding::key`), this returns that.
pub fn finding_key(a: &Analysis, f: &Finding) -> String {
    let subject = match f.fact.and_then(|x| a.facts.get(x.0).map(|fact| (x.0, fact))) {
        Some((id, fact)) => {
            let same = |other: &storydiff_engine::Fact| {
                other.kind == fact.kind && other.label == fact.label
            };
            let nth = a.facts[..id].iter().filter(|o| same(o)).count();
            format!("{}|{}|{nth}", fact.kind.as_str(), one_line(&fact.label).to_lowercase())
        }
        None => {
            let words: Vec<String> = f
                .evidence
                .iter()
                .map(|e| {
                    let text = a.documents.get(e.version.0).map_or("", |d| e.span.slice(&d.text));
                    text.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .take(24)
                        .map(str::to_lowercase)
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            most_common(words)
        }
    };
    format!("{:016x}", fnv(&format!("{}\u{1f}{subject}", f.kind.as_str())))
}

/// Two findings about one subject (two of a kind with the same passage)
/// keep apart: the second gets the key of its key and its rank.
fn distinct_keys(mut findings: Vec<FindingView>) -> Vec<FindingView> {
    let mut seen = std::collections::HashSet::new();
    for f in &mut findings {
        let mut n = 1;
        let base = f.key.clone();
        while !seen.insert(f.key.clone()) {
            n += 1;
            f.key = format!("{:016x}", fnv(&format!("{base}#{n}")));
        }
    }
    findings
}

fn fnv(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The most common of `items`; the least on ties, so that the order of the
/// versions does not matter.
fn most_common(mut items: Vec<String>) -> String {
    items.sort_unstable();
    let mut best: Option<(&String, usize)> = None;
    let mut i = 0;
    while i < items.len() {
        let j = items[i..].iter().take_while(|x| **x == items[i]).count();
        if best.is_none_or(|(_, n)| j > n) {
            best = Some((&items[i], j));
        }
        i += j;
    }
    best.map(|(s, _)| s.clone()).unwrap_or_default()
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
        let (_, model) = sample(None);
        let shown = model
            .findings
            .iter()
            .flat_map(|f| f.evidence.iter().filter_map(|e| e.value.clone()))
            .chain(model.facts.iter().flat_map(|f| f.values.iter().flatten().cloned()));
        for value in shown {
            assert!(!value.contains("XXXX") && !value.starts_with("USD "), "{value}");
        }
        assert_eq!(model.documents[2].label, "C");
    }

    #[test]
    fn keys_hold_when_a_version_that_agrees_is_added() {
        let versions: Vec<Version> =
            SAMPLE_STORY.iter().map(|(n, t)| Version::new(*n, *t)).collect();
        let before = build(&analyze(&versions, &Options::default()));
        let mut more = versions.clone();
        more.push(Version::new("copy.txt", SAMPLE_STORY[1].1));
        let after = build(&analyze(&more, &Options::default()));
        let keys = |m: &ViewModel| {
            m.findings.iter().map(|f| f.key.clone()).collect::<std::collections::BTreeSet<_>>()
        };
        let (a, b) = (keys(&before), keys(&after));
        let kept = a.intersection(&b).count();
        assert!(kept * 10 >= a.len() * 7, "{kept} of {} keys kept", a.len());
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
            assert!(f.evidence.iter().all(|e| e.value.is_none() || e.group.is_some()));
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
