//! A version's card: what its findings say about it, each counter from
//! one definition (stated in [`Definitions`], shown in the card's tips),
//! so that the counters of a card always add up:
//!
//! - a finding *concerns* a version when that version departs from the
//!   version everything is judged against (the reference when one was
//!   chosen and states the fact, else what most versions say): it gives
//!   another value, lacks what the others state, or states what they do
//!   not. Each finding concerns a version in exactly one way
//!   ([`Departure`]), so conflicts + omissions + additions + altered
//!   quotes = the findings that concern it;
//! - *kept* is the share of the facts the reference (or most versions)
//!   states that this version keeps: all but those its omissions show
//!   missing. 100% kept ⇔ no omission.
//!
//! Dismissed findings count nowhere. The reference departs from nothing:
//! its counters count only where it contradicts itself.

use super::{FindingKind, FindingView, ViewModel};
use std::collections::BTreeSet;

/// How a finding concerns a version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Departure {
    /// It gives another value (a date, a number, a name, a role, a
    /// speaker, a source, an outcome), or contradicts itself.
    Conflict,
    /// It lacks a fact, passage or quote the others state.
    Omission,
    /// It states a passage, fact or loaded word the others do not.
    Addition,
    /// It quotes the same words differently.
    AlteredQuote,
}

/// Each counter's definition, in words for the card's tips.
pub struct Definitions;

impl Definitions {
    /// What a conflict is.
    pub const CONFLICTS: &'static str = "Findings where this version gives another value than \
        the reference (a date, number, name, role, speaker, source or outcome), or contradicts \
        itself.";
    /// What an omission is.
    pub const OMISSIONS: &'static str =
        "Findings where this version lacks a fact, passage or quote the reference states.";
    /// What an addition is.
    pub const ADDITIONS: &'static str = "Findings where this version states a passage, fact or \
        loaded word the reference does not.";
    /// What an altered quote is.
    pub const ALTERED_QUOTES: &'static str =
        "Findings where this version quotes the same words differently.";
    /// What kept means.
    pub const KEPT: &'static str = "Share of the reference's facts this version keeps: all but \
        those its omissions show missing.";
}

/// The counters of one version's card.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Card {
    /// Findings where it gives another value.
    pub conflicts: u32,
    /// Findings where it lacks what the reference states.
    pub omissions: u32,
    /// Findings where it states what the reference does not.
    pub additions: u32,
    /// Findings where it quotes differently.
    pub altered_quotes: u32,
    /// The facts the reference states (the base of `kept`).
    pub facts: u32,
    /// Of those, the ones its omissions show missing.
    pub lacking: u32,
    /// The findings that concern it (index into the model's findings), in
    /// the model's order, with how.
    pub findings: Vec<(usize, Departure)>,
}

impl Card {
    /// Share of the reference's facts kept, 0 to 1 (1 when there are none).
    pub fn kept(&self) -> f32 {
        if self.facts == 0 {
            1.0
        } else {
            (self.facts - self.lacking.min(self.facts)) as f32 / self.facts as f32
        }
    }

    /// The findings that concern it: the sum of its counters.
    pub fn total(&self) -> u32 {
        self.conflicts + self.omissions + self.additions + self.altered_quotes
    }
}

/// How `f` concerns each version it concerns, judged against
/// `reference` (`None`: what most versions say).
pub fn departures(f: &FindingView, reference: Option<u32>) -> Vec<(u32, Departure)> {
    let by_value = departures_by(f, reference, |e| e.group);
    if !by_value.is_empty() {
        return by_value;
    }
    // One value stated two ways ("Tuesday, June 17" / "Wednesday, June
    // 17"): the wording is what differs.
    departures_by(f, reference, |e| Some(e.wording))
}

/// [`departures`] with each piece of evidence's value given by `value`.
fn departures_by(
    f: &FindingView,
    reference: Option<u32>,
    value: impl Fn(&super::EvidenceView) -> Option<u32>,
) -> Vec<(u32, Departure)> {
    // Per version, the values its evidence states (a role with a title
    // added is another value).
    let mut stated: Vec<(u32, Vec<Option<u32>>)> = Vec::new();
    for e in &f.evidence {
        let group = value(e);
        match stated.iter_mut().find(|(v, _)| *v == e.version) {
            Some((_, groups)) => {
                if !groups.contains(&group) {
                    groups.push(group);
                    groups.sort_unstable();
                }
            }
            None => stated.push((e.version, vec![group])),
        }
    }
    let has = |v: u32| stated.iter().any(|(x, _)| *x == v);
    let lacks = |v: u32| f.missing_in.contains(&v) && !has(v);
    let mut out = Vec::new();
    match f.kind {
        FindingKind::SelfContradiction => {
            // The version that states two values of it contradicts itself.
            let culprits: Vec<u32> =
                stated.iter().filter(|(_, groups)| groups.len() > 1).map(|(v, _)| *v).collect();
            let culprits = if culprits.is_empty() {
                stated.iter().map(|(v, _)| *v).collect()
            } else {
                culprits
            };
            out.extend(culprits.into_iter().map(|v| (v, Departure::Conflict)));
        }
        FindingKind::PassageOmitted
        | FindingKind::DetailOmitted
        | FindingKind::QuoteMissing
        | FindingKind::PassageAdded
        | FindingKind::LoadedLanguage => {
            let present = match reference {
                Some(r) if has(r) || lacks(r) => has(r),
                _ => match f.kind {
                    FindingKind::PassageOmitted | FindingKind::DetailOmitted => true,
                    FindingKind::PassageAdded | FindingKind::LoadedLanguage => false,
                    _ => stated.len() >= f.missing_in.len(),
                },
            };
            if present {
                out.extend(
                    f.missing_in.iter().filter(|&&v| lacks(v)).map(|&v| (v, Departure::Omission)),
                );
            } else {
                out.extend(stated.iter().map(|(v, _)| (*v, Departure::Addition)));
            }
        }
        FindingKind::DateConflict
        | FindingKind::NumberConflict
        | FindingKind::NameConflict
        | FindingKind::RoleChanged
        | FindingKind::QuoteAltered
        | FindingKind::QuoteSpeakerChanged
        | FindingKind::SourceChanged
        | FindingKind::OutcomeChanged => {
            let differs = if f.kind == FindingKind::QuoteAltered {
                Departure::AlteredQuote
            } else {
                Departure::Conflict
            };
            let lacking = f.missing_in.iter().filter(|&&v| lacks(v)).count();
            // What the others are judged against: the reference's value; if
            // it lacks the fact, its absence; else what most versions say.
            let target = match reference {
                Some(r) if has(r) => stated
                    .iter()
                    .find(|(v, _)| *v == r)
                    .map_or(Target::Unknown, |(_, g)| Target::Value(g.clone())),
                Some(r) if lacks(r) => Target::Absent,
                _ if lacking > stated.len() => Target::Absent,
                _ => majority(&stated).map_or(Target::Unknown, Target::Value),
            };
            match target {
                // The fact should not be there: stating it adds it.
                Target::Absent => out.extend(stated.iter().map(|(v, _)| (*v, Departure::Addition))),
                Target::Value(value) => {
                    for (v, groups) in &stated {
                        if *groups != value {
                            out.push((*v, differs));
                        }
                    }
                    // What the others agree on, it does not say.
                    out.extend(
                        f.missing_in
                            .iter()
                            .filter(|&&v| lacks(v))
                            .map(|&v| (v, Departure::Omission)),
                    );
                }
                // No two versions agree: each one's value is in question.
                Target::Unknown => out.extend(stated.iter().map(|(v, _)| (*v, differs))),
            }
        }
    }
    out.sort_unstable();
    out.dedup_by_key(|(v, _)| *v);
    out
}

/// What a finding's versions are judged against.
enum Target {
    /// The fact is not stated: stating it adds it.
    Absent,
    /// These values (groups of the finding's evidence).
    Value(Vec<Option<u32>>),
    /// No value is stated by more versions than any other.
    Unknown,
}

/// The value most versions state, when one is stated by more versions than
/// any other.
fn majority(stated: &[(u32, Vec<Option<u32>>)]) -> Option<Vec<Option<u32>>> {
    let mut counts: Vec<(&Vec<Option<u32>>, usize)> = Vec::new();
    for (_, g) in stated {
        match counts.iter_mut().find(|(x, _)| *x == g) {
            Some(c) => c.1 += 1,
            None => counts.push((g, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [(g, _)] => Some((*g).clone()),
        [(g, a), (_, b), ..] if a > b => Some((*g).clone()),
        _ => None,
    }
}

/// Every version's card, leaving out the findings `dismissed` holds.
pub fn cards(model: &ViewModel, dismissed: &BTreeSet<String>) -> Vec<Card> {
    let n = model.documents.len();
    let reference = model.reference;
    let mut cards = vec![Card::default(); n];
    // The facts the reference states, or most versions.
    let judged: BTreeSet<usize> = model
        .facts
        .iter()
        .enumerate()
        .filter(|(_, fact)| match reference {
            Some(r) => fact.values.get(r as usize).is_some_and(Option::is_some),
            None => fact.values.iter().filter(|v| v.is_some()).count() * 2 > n,
        })
        .map(|(i, _)| i)
        .collect();
    // A missing thing the facts do not hold is a fact of its own.
    let mut extra = 0u32;
    let mut lacking: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    for (i, f) in model.findings.iter().enumerate() {
        if dismissed.contains(&f.key) {
            continue;
        }
        let deps = departures(f, reference);
        let own_unit = f.fact.map(|x| x as usize).filter(|x| judged.contains(x)).is_none();
        if own_unit && deps.iter().any(|(_, d)| *d == Departure::Omission) {
            extra += 1;
        }
        for (v, d) in deps {
            let Some(card) = cards.get_mut(v as usize) else { continue };
            card.findings.push((i, d));
            match d {
                Departure::Conflict => card.conflicts += 1,
                Departure::Omission => {
                    card.omissions += 1;
                    let unit = match f.fact.map(|x| x as usize).filter(|x| judged.contains(x)) {
                        Some(fact) => fact,
                        None => usize::MAX - i,
                    };
                    lacking[v as usize].insert(unit);
                }
                Departure::Addition => card.additions += 1,
                Departure::AlteredQuote => card.altered_quotes += 1,
            }
        }
    }
    for (card, lacking) in cards.iter_mut().zip(lacking) {
        card.facts = judged.len() as u32 + extra;
        card.lacking = lacking.len() as u32;
    }
    cards
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use storydiff_workspace::{Workspace, WorkspaceVersion};

    /// Every story under fixtures/stories as a workspace.
    pub(crate) fn stories() -> Vec<(String, Workspace)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/stories");
        let mut dirs: Vec<_> = std::fs::read_dir(&root)
            .expect("fixtures/stories")
            .flatten()
            .map(|e| e.path())
            .collect();
        dirs.sort();
        dirs.into_iter()
            .filter(|d| d.is_dir())
            .map(|dir| {
                let mut files: Vec<_> = std::fs::read_dir(&dir)
                    .unwrap()
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                    .collect();
                files.sort();
                let versions = files
                    .iter()
                    .map(|p| {
                        let name = p.file_name().unwrap_or_default().to_string_lossy();
                        WorkspaceVersion::new(name, std::fs::read_to_string(p).unwrap())
                    })
                    .collect();
                (
                    dir.file_name().unwrap_or_default().to_string_lossy().into_owned(),
                    Workspace::new(versions),
                )
            })
            .collect()
    }

    fn check(story: &str, model: &ViewModel, dismissed: &BTreeSet<String>) {
        let cards = cards(model, dismissed);
        assert_eq!(cards.len(), model.documents.len());
        for (v, c) in cards.iter().enumerate() {
            let at = format!("{story}, version {v}, reference {:?}", model.reference);
            // The counters add up to the findings that concern it.
            assert_eq!(c.total() as usize, c.findings.len(), "{at}");
            let count = |d: Departure| c.findings.iter().filter(|(_, x)| *x == d).count() as u32;
            assert_eq!(c.conflicts, count(Departure::Conflict), "{at}");
            assert_eq!(c.omissions, count(Departure::Omission), "{at}");
            assert_eq!(c.additions, count(Departure::Addition), "{at}");
            assert_eq!(c.altered_quotes, count(Departure::AlteredQuote), "{at}");
            // All kept exactly when nothing is omitted.
            assert_eq!(
                c.kept() >= 1.0,
                c.omissions == 0,
                "{at}: kept {} with {} omissions",
                c.kept(),
                c.omissions
            );
            assert!(c.lacking <= c.facts, "{at}");
            // Dismissed findings count nowhere; each finding at most once.
            let mut seen = BTreeSet::new();
            for (i, _) in &c.findings {
                assert!(!dismissed.contains(&model.findings[*i].key), "{at}");
                assert!(seen.insert(*i), "{at}: finding {i} counted twice");
            }
            // The reference departs from nothing; it can only contradict
            // itself.
            if model.reference == Some(v as u32) {
                let own = c
                    .findings
                    .iter()
                    .filter(|(i, _)| model.findings[*i].kind != FindingKind::SelfContradiction)
                    .count();
                assert_eq!(own, 0, "{at}: the reference");
            }
        }
        // Every finding that is not dismissed concerns some version.
        for (i, f) in model.findings.iter().enumerate() {
            if !dismissed.contains(&f.key) {
                assert!(
                    cards.iter().any(|c| c.findings.iter().any(|(j, _)| *j == i)),
                    "{story}: “{}” concerns no version",
                    f.summary
                );
            }
        }
    }

    #[test]
    fn every_cards_counters_add_up_on_every_story() {
        let stories = stories();
        assert!(stories.len() >= 6, "the stories are there");
        for (story, ws) in stories {
            let n = ws.versions.len();
            for reference in std::iter::once(None).chain((0..n).map(Some)) {
                let mut ws = ws.clone();
                ws.reference = reference;
                let (_, model, _) = crate::model::build::analyse(ws);
                check(&story, &model, &BTreeSet::new());
                // With every other finding dismissed.
                let dismissed = model.findings.iter().step_by(2).map(|f| f.key.clone()).collect();
                check(&story, &model, &dismissed);
            }
        }
    }
}
