//! Stage 5, compare: match claims of all versions into facts and report the
//! findings where versions disagree.
//!
//! Whether two claims are about the same fact is decided before their
//! values are compared; when unsure, nothing is reported:
//!
//! - `context::frames` — what a claim is about: its clause's words, its
//!   event ("killed", "arrested"), the names and other times of its
//!   sentence, headline or quoted words; `amounts` — a stated number as the
//!   interval its words allow ("more than 30", "about 50", "12 miles");
//!   `date_parts` — a stated date as the parts its words give ("March 13":
//!   no year; "Thursday": a weekday only);
//! - `matching` — claims of two versions linked only when each is the
//!   other's clear best match (one sure link rather than several guesses).
//!
//! One module per family of facts, each matching claims its own way
//! (versions reorder and paraphrase, so position alone never decides):
//!
//! - `quotes` — by content words (a word index): wording, speaker and
//!   presence reported apart;
//! - `quantities` — counts of one event and noun, linked through `matching`;
//! - `dates` — within aligned rows (and a neighbouring sentence), only what
//!   the words state, checked against the calendar;
//! - `slots` — a word or two that differ between the same words in two
//!   close sentences ("at 7.15pm" / "at 7.51pm", "aged 44" / "45");
//! - `people` — by person: roles (status modifiers kept apart), sources
//!   (`sources`: per aligned row, between close tellers), spellings;
//!   `names` matches one person's names ("Putin" = "Vladimir
//!   Putin") and compares roles by meaning;
//! - `passages` — rows whose distinctive facts a version states nowhere;
//! - `details` — figures some versions give and others never do;
//! - `loaded` — by lemma: words the reference or most versions do not use;
//! - `outcomes` — a word and its opposite in the same place of a passage,
//!   a negation or a hedge dropped;
//! - `selfcheck` — a version against itself: a caption's season against
//!   its lede's.
//!
//! `context` holds what they share (claims by kind and row through the
//! alignment's sentence → row index, sentence likeness, term postings,
//! frames, the consensus, summaries); the families depend on it and on the
//! value modules above (one family asks another one question: `slots`
//! asks `dates` whether two times can be the same), and no two modules here
//! depend on each other. Each family turns facts into draft
//! findings with a score; [`compare`] ranks them, keeps the most important
//! (`Options::max_findings`) and fills the scorecards. `real_errors` holds
//! the regression tests for the errors seen on real coverage.

mod amounts;
mod context;
mod date_parts;
mod dates;
mod details;
mod loaded;
mod matching;
mod names;
mod outcomes;
mod passages;
mod people;
mod quantities;
mod quotes;
mod selfcheck;
mod slots;
mod sources;

pub use amounts::value_of as quantity_value;

use crate::align::Alignment;
use crate::claims::{listed_enum, ClaimKind};
use crate::text::{ClaimId, Span, VersionId};
use crate::{Document, VersionClaim};
use serde::Serialize;

/// One fact as the versions state it: the same quote, the same counted
/// quantity, the date of the same event, one person's role.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// What sort of claim the fact is made of.
    pub kind: ClaimKind,
    /// A short description for people: "Date of Putin's remarks".
    pub label: String,
    /// Per version, the claims stating the fact (empty: the version lacks it).
    pub claims: Vec<Vec<ClaimId>>,
    /// Per version, the normalised value stated (None: the version lacks it).
    pub values: Vec<Option<Value>>,
}

/// A normalised value. Versions that agree carry equal values.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A number: 6 for "six" and "6".
    Number(f64),
    /// Anything else in normalised text form: a TIMEX3 value, a role key, a
    /// normalised quote.
    Text(String),
}

listed_enum! {
    /// The kinds of finding.
    pub enum FindingKind {
        /// Versions give different dates or times for the same thing.
        DateConflict = "date_conflict",
        /// Versions give different numbers for the same thing.
        NumberConflict = "number_conflict",
        /// Versions spell a name differently or name a different place.
        NameConflict = "name_conflict",
        /// A person's title or role differs.
        RoleChanged = "role_changed",
        /// A quote's words differ (altered, expanded, truncated).
        QuoteAltered = "quote_altered",
        /// A quote is given to a different speaker.
        QuoteSpeakerChanged = "quote_speaker_changed",
        /// A quote appears in some versions only.
        QuoteMissing = "quote_missing",
        /// The source given for a statement differs or is dropped.
        SourceChanged = "source_changed",
        /// A passage with facts in it is missing from some versions.
        PassageOmitted = "passage_omitted",
        /// A version tells the same passage but leaves out a fact of it (a
        /// number, a name).
        DetailOmitted = "detail_omitted",
        /// A passage with facts in it appears in one or a few versions only.
        PassageAdded = "passage_added",
        /// Loaded words added to a neutral account.
        LoadedLanguage = "loaded_language",
        /// A version contradicts itself.
        SelfContradiction = "self_contradiction",
        /// What happened is told the other way: injured / killed, rose / fell,
        /// upheld / overturned.
        OutcomeChanged = "outcome_changed",
    }
}

impl FindingKind {
    /// True for a fact some versions state and others lack (an added or
    /// omitted passage, quote or figure); false for versions stating a fact
    /// differently (a conflict) or for loaded words.
    pub fn is_presence(self) -> bool {
        match self {
            FindingKind::QuoteMissing
            | FindingKind::PassageOmitted
            | FindingKind::DetailOmitted
            | FindingKind::PassageAdded => true,
            FindingKind::DateConflict
            | FindingKind::NumberConflict
            | FindingKind::NameConflict
            | FindingKind::RoleChanged
            | FindingKind::QuoteAltered
            | FindingKind::QuoteSpeakerChanged
            | FindingKind::SourceChanged
            | FindingKind::LoadedLanguage
            | FindingKind::SelfContradiction
            | FindingKind::OutcomeChanged => false,
        }
    }
}

listed_enum! {
    /// How much a finding matters to a fact-checker.
    pub enum Severity {
        /// Worth a glance.
        Low = "low",
        /// Should be checked.
        Medium = "medium",
        /// Changes what the story says happened.
        High = "high",
    }
}

/// A piece of text from one version that supports a finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The version.
    pub version: VersionId,
    /// Where in its text.
    pub span: Span,
    /// The value this version states.
    pub value: Option<Value>,
    /// The claim the evidence comes from, if any.
    pub claim: Option<ClaimId>,
}

/// A disagreement between versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// What kind of disagreement.
    pub kind: FindingKind,
    /// How much it matters.
    pub severity: Severity,
    /// One line for people: "Date of Putin's remarks: March 15, 2024 in A;
    /// March 14, 2024 in B, D".
    pub summary: String,
    /// The rule that produced it, e.g. `"date-conflict/aligned-row"`.
    pub rule: &'static str,
    /// Evidence from every version that states the fact.
    pub evidence: Vec<Evidence>,
    /// Versions that lack the fact.
    pub missing_in: Vec<VersionId>,
    /// The fact this finding is about, if one.
    pub fact: Option<crate::text::FactId>,
    /// Ranking score: higher is more important.
    pub score: f32,
}

/// How one version compares with the reference.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scorecard {
    /// Share (0 to 1) of the reference's facts this version keeps.
    pub kept: f32,
    /// Findings where this version's value differs.
    pub conflicts: usize,
    /// Facts of the reference this version lacks.
    pub omissions: usize,
    /// Facts this version adds.
    pub additions: usize,
    /// Quotes this version alters.
    pub altered_quotes: usize,
}

/// The result of the compare stage.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    /// Facts.
    pub facts: Vec<Fact>,
    /// Findings, most important first.
    pub findings: Vec<Finding>,
    /// One per version.
    pub scorecards: Vec<Scorecard>,
}

/// A fact while it is being built.
pub(crate) struct FactDraft {
    pub kind: ClaimKind,
    pub label: String,
    pub claims: Vec<Vec<ClaimId>>,
    pub values: Vec<Option<Value>>,
}

impl FactDraft {
    /// The fact `label` of kind `kind` told by `members` of a linked group:
    /// `at(i)` is a member's version and claim, `value(i)` the value it
    /// stands for (each version's first member gives the version's).
    pub(crate) fn of_members(
        versions: usize,
        kind: ClaimKind,
        label: &str,
        members: &[usize],
        at: impl Fn(usize) -> (usize, ClaimId),
        value: impl Fn(usize) -> Value,
    ) -> FactDraft {
        let mut claims: Vec<Vec<ClaimId>> = vec![Vec::new(); versions];
        let mut values: Vec<Option<Value>> = vec![None; versions];
        for &i in members {
            let (v, c) = at(i);
            claims[v].push(c);
            values[v].get_or_insert_with(|| value(i));
        }
        FactDraft { kind, label: label.to_string(), claims, values }
    }
}

/// The finding of a fact whose `members` give values that disagree, each
/// group of `groups` one value ("Date of the meeting: March 14 in A; March
/// 15 in B"): `at` and `value` as for [`FactDraft::of_members`]; evidence
/// in the order of `members`.
pub(crate) fn value_conflict(
    ctx: &context::Ctx,
    (kind, rule, score): (FindingKind, &'static str, f32),
    label: &str,
    (members, groups): (&[usize], &[Vec<usize>]),
    at: impl Fn(usize) -> (usize, ClaimId),
    value: impl Fn(usize) -> Value,
) -> context::Draft {
    let shown: Vec<(VersionId, String)> = groups
        .iter()
        .flatten()
        .map(|&i| {
            let (v, c) = at(i);
            (VersionId(v), ctx.claim_text(c).to_string())
        })
        .collect();
    let mut d = context::Draft::new(
        kind,
        Severity::High,
        rule,
        format!("{label}: {}", ctx.grouped(&shown)),
    );
    d.score = score;
    for &i in members {
        let (v, c) = at(i);
        d = d.evidence(VersionId(v), ctx.claim(c).span, Some(value(i)), Some(c));
    }
    d
}

/// The dates of the versions, one per version.
#[derive(Debug, Clone, Default)]
pub struct Dates {
    /// The date a version gives itself (a dateline, a publication line), or
    /// the date given from outside.
    pub own: Vec<Option<crate::claims::CivilDate>>,
    /// The date its relative times are read against: its own, else the
    /// date most versions give.
    pub anchors: Vec<Option<crate::claims::CivilDate>>,
}

/// Matches claims into facts and reports disagreements, most important
/// first.
pub fn compare(
    documents: &[Document],
    alignment: &Alignment,
    claims: &[VersionClaim],
    reference: Option<VersionId>,
    dates: &Dates,
    max_findings: Option<usize>,
) -> Comparison {
    let segs: Vec<&crate::Segmentation> = documents.iter().map(|d| &d.seg).collect();
    let terms = crate::align::Terms::new(&segs);
    compare_with(terms, documents, alignment, claims, reference, dates, max_findings)
}

/// [`compare`] with the sentences' terms the alignment was built from.
pub(crate) fn compare_with(
    terms: crate::align::Terms,
    documents: &[Document],
    alignment: &Alignment,
    claims: &[VersionClaim],
    reference: Option<VersionId>,
    dates: &Dates,
    max_findings: Option<usize>,
) -> Comparison {
    let n = documents.len();
    if n < 2 {
        return Comparison {
            scorecards: vec![Scorecard { kept: 1.0, ..Default::default() }; n],
            ..Default::default()
        };
    }
    let ctx = context::Ctx::new(
        documents,
        alignment,
        claims,
        reference,
        terms,
        &dates.own,
        &dates.anchors,
    );
    let mut facts: Vec<FactDraft> = Vec::new();
    let mut drafts: Vec<context::Draft> = Vec::new();
    dates::compare(&ctx, &mut facts, &mut drafts);
    quantities::compare(&ctx, &mut facts, &mut drafts);
    quotes::compare(&ctx, &mut facts, &mut drafts);
    people::compare(&ctx, &mut facts, &mut drafts);
    passages::compare(&ctx, &mut drafts);
    details::compare(&ctx, &mut drafts);
    loaded::compare(&ctx, &mut drafts);
    outcomes::compare(&ctx, &mut drafts);
    slots::compare(&ctx, &mut drafts);
    selfcheck::compare(&ctx, &mut drafts);

    let mut findings: Vec<Finding> = drafts.into_iter().map(context::Draft::build).collect();
    // Most important first; ties in text order of the first evidence.
    findings.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.severity.cmp(&a.severity))
            .then_with(|| first_place(a).cmp(&first_place(b)))
    });
    if let Some(max) = max_findings {
        findings = budget(findings, max, n);
    }
    let facts: Vec<Fact> = facts
        .into_iter()
        .map(|f| Fact { kind: f.kind, label: f.label, claims: f.claims, values: f.values })
        .collect();
    let scorecards = scorecards(&ctx, &facts, &findings);
    Comparison { facts, findings, scorecards }
}

/// The findings a person can read, most important first: disagreements
/// about what happened before facts some versions lack or add, and among
/// those, no version given more than its share, so that one long version's
/// extra passages do not crowd out the rest.
fn budget(findings: Vec<Finding>, max: usize, versions: usize) -> Vec<Finding> {
    if findings.len() <= max {
        return findings;
    }
    let presence = |f: &Finding| f.kind.is_presence() || f.kind == FindingKind::LoadedLanguage;
    let (mut kept, rest): (Vec<Finding>, Vec<Finding>) =
        findings.into_iter().partition(|f| !presence(f));
    kept.truncate(max);
    // Each version's share of what is left, counted by the side that stands
    // out: the few versions that add a fact, or the few that lack one.
    let room = max.saturating_sub(kept.len());
    let share = room.div_ceil(versions.max(1)).max(2);
    let mut per_version = vec![0usize; versions];
    let mut skipped = Vec::new();
    for f in rest {
        if kept.len() >= max {
            break;
        }
        let holders: std::collections::BTreeSet<usize> =
            f.evidence.iter().map(|e| e.version.0).collect();
        let side: Vec<usize> = if holders.len() * 2 <= versions || f.missing_in.is_empty() {
            holders.into_iter().collect()
        } else {
            f.missing_in.iter().map(|v| v.0).collect()
        };
        if side.iter().all(|&v| per_version.get(v).is_some_and(|&c| c >= share)) {
            skipped.push(f);
            continue;
        }
        for v in side {
            if let Some(c) = per_version.get_mut(v) {
                *c += 1;
            }
        }
        kept.push(f);
    }
    let room = max.saturating_sub(kept.len());
    kept.extend(skipped.into_iter().take(room));
    kept.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.severity.cmp(&a.severity))
            .then_with(|| first_place(a).cmp(&first_place(b)))
    });
    kept
}

fn first_place(f: &Finding) -> (usize, usize) {
    f.evidence.first().map_or((usize::MAX, 0), |e| (e.version.0, e.span.start))
}

/// Per version: share of the reference's facts kept, and its findings by
/// kind.
fn scorecards(ctx: &context::Ctx, facts: &[Fact], findings: &[Finding]) -> Vec<Scorecard> {
    let n = ctx.n();
    let mut cards = vec![Scorecard::default(); n];
    let reference_facts: Vec<&Fact> = facts
        .iter()
        .filter(|f| ctx.in_reference(&f.values.iter().map(Option::is_some).collect::<Vec<_>>()))
        .collect();
    for (v, card) in cards.iter_mut().enumerate() {
        let kept =
            reference_facts.iter().filter(|f| f.values.get(v).is_some_and(Option::is_some)).count();
        card.kept = if reference_facts.is_empty() {
            1.0
        } else {
            kept as f32 / reference_facts.len() as f32
        };
    }
    for f in findings {
        let values: Vec<Option<Value>> = (0..n)
            .map(|v| f.evidence.iter().find(|e| e.version.0 == v).and_then(|e| e.value.clone()))
            .collect();
        let consensus = ctx.consensus(&values);
        let differs = |v: usize| values[v].is_some() && values[v] != consensus;
        // An omission only where the reference (or most versions) has it.
        let present: Vec<bool> =
            (0..n).map(|v| f.evidence.iter().any(|e| e.version.0 == v)).collect();
        if ctx.in_reference(&present) {
            for m in &f.missing_in {
                if let Some(c) = cards.get_mut(m.0) {
                    c.omissions += 1;
                }
            }
        }
        for (v, card) in cards.iter_mut().enumerate() {
            let has = values[v].is_some();
            match f.kind {
                FindingKind::DateConflict
                | FindingKind::NumberConflict
                | FindingKind::NameConflict
                | FindingKind::RoleChanged
                | FindingKind::QuoteSpeakerChanged
                | FindingKind::SelfContradiction
                | FindingKind::OutcomeChanged
                | FindingKind::SourceChanged => card.conflicts += usize::from(differs(v)),
                FindingKind::QuoteAltered => card.altered_quotes += usize::from(differs(v)),
                FindingKind::PassageAdded
                | FindingKind::LoadedLanguage
                | FindingKind::QuoteMissing => {
                    let minority = f
                        .evidence
                        .iter()
                        .map(|e| e.version)
                        .collect::<std::collections::BTreeSet<_>>()
                        .len()
                        * 2
                        < n;
                    card.additions += usize::from(has && minority);
                }
                FindingKind::PassageOmitted | FindingKind::DetailOmitted => {}
            }
        }
    }
    cards
}

#[cfg(test)]
mod real_errors;

#[cfg(test)]
pub(crate) mod tests {
    use super::Finding;
    use crate::{analyze, Analysis, FindingKind, Options, Version};

    /// The analysis of versions named a.txt, b.txt, … with these texts.
    pub(crate) fn analyze_texts(texts: &[&str]) -> Analysis {
        let versions: Vec<Version> = texts
            .iter()
            .zip('a'..='z')
            .map(|(t, name)| Version::new(format!("{name}.txt"), *t))
            .collect();
        analyze(&versions, &Options::default())
    }

    /// The analysis of these texts (see [`analyze_texts`]) and its
    /// findings of `kind`, in the report's order.
    pub(crate) fn of_kind(texts: &[&str], kind: FindingKind) -> (Analysis, Vec<Finding>) {
        let analysis = analyze_texts(texts);
        let found = analysis.findings.iter().filter(|f| f.kind == kind).cloned().collect();
        (analysis, found)
    }

    /// The summaries of the findings of `kind` for these texts.
    pub(crate) fn summaries_of(texts: &[&str], kind: FindingKind) -> Vec<String> {
        of_kind(texts, kind).1.into_iter().map(|f| f.summary).collect()
    }
}
