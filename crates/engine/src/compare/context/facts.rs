//! Whether a version states a fact somewhere, however it words it: the
//! names and figures a fact's tellers give ([`Ctx::fact_terms`]) and
//! whether another version uses enough of them together
//! ([`Ctx::tells_facts`]). Presence findings ask it before saying a
//! version lacks a passage or a quote.

use super::super::amounts::{amount, counted_class, value_of, Dimension};
use super::super::Value;
use super::Ctx;
use crate::claims::{ClaimData, Measure};
use crate::text::{ClaimId, Span};

impl Ctx<'_> {
    /// The names and figures of a fact told at `told` (spans of the
    /// versions telling it) that some version does not use: the words
    /// (see [`Terms::term`]) of its people, places, bodies and amounts.
    /// Words every version uses (the story's country, its main figure)
    /// tell nothing of who tells this fact.
    pub fn fact_terms(&self, told: &[(usize, Span)]) -> Vec<u32> {
        let mut out: Vec<u32> = told
            .iter()
            .flat_map(|&(v, span)| {
                self.claims_in(v, span)
                    .into_iter()
                    .filter(|&c| {
                        matches!(
                            self.claim(c).data,
                            ClaimData::Person(_)
                                | ClaimData::Place(_)
                                | ClaimData::Organization(_)
                                | ClaimData::Quantity(_)
                        )
                    })
                    .flat_map(move |c| {
                        // An amount's fact is its number: "7 - year - old"
                        // is 7, not the words "year" and "old".
                        let number = matches!(self.claim(c).data, ClaimData::Quantity(_));
                        self.terms_in(v, self.claim(c).span).into_iter().filter(move |&t| {
                            !number || self.terms.stem(t).starts_with(|c: char| c.is_ascii_digit())
                        })
                    })
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        // A one-digit number ("2. 9" read as 2 and 9) or a two-letter
        // word names nothing.
        out.retain(|&t| {
            let stem = self.terms.stem(t);
            let least = if stem.starts_with(|c: char| c.is_ascii_digit()) { 2 } else { 3 };
            stem.chars().count() >= least && self.versions_with(t) < self.n()
        });
        out
    }

    /// The most of `facts` (see [`Ctx::fact_terms`]) that version `v`
    /// states together, in one sentence or two in a row.
    fn facts_together(&self, facts: &[u32], v: usize) -> usize {
        let mut hits: Vec<(usize, usize)> = Vec::new();
        for (i, &t) in facts.iter().enumerate() {
            for &s in self.sentences_with(v, t) {
                hits.push((s, i));
                hits.push((s + 1, i));
            }
        }
        hits.sort_unstable();
        hits.dedup();
        let mut best = 0;
        let mut k = 0;
        while k < hits.len() {
            let s = hits[k].0;
            let run = hits[k..].iter().take_while(|h| h.0 == s).count();
            best = best.max(run);
            k += run;
        }
        best
    }

    /// True when version `v` states the fact whose names and figures are
    /// `facts` (see [`Ctx::fact_terms`]) somewhere, however it words it:
    /// it uses at least half of them, two together in one place ("230
    /// bodies in Kusa and Marba" told as "Kusa and Marba counted 230
    /// dead" in another paragraph). One name used elsewhere, or a few of
    /// a long passage's, is another fact.
    pub fn tells_facts(&self, facts: &[u32], v: usize) -> bool {
        self.facts_together(facts, v) >= 2 && self.facts_used(facts, v) * 2.0 >= 1.0
    }

    /// True when version `v` states, anywhere, every figure stated at
    /// `told` (the spans of a quote's words): each count with its value
    /// and counted noun, each sum or share with its value. "There are
    /// 14,000 refugees," quoted in one report, is told by another's "more
    /// than 14,000 refugees have fled". A quote stating no such figure
    /// (none, or only "one" or "two", or a bare number naming a model) is
    /// not told this way.
    pub fn tells_figures(&self, told: &[(usize, Span)], v: usize) -> bool {
        let mut figures: Vec<(Value, String)> = Vec::new();
        for &(u, span) in told {
            for c in self.claims_in(u, span) {
                if span.contains(self.claim(c).span) {
                    if let Some(f) = self.figure(c) {
                        if !figures.contains(&f) {
                            figures.push(f);
                        }
                    }
                }
            }
        }
        if figures.is_empty() {
            return false;
        }
        let stated: Vec<(Value, String)> =
            self.by_version.get(v).into_iter().flatten().filter_map(|&c| self.figure(c)).collect();
        figures.iter().all(|f| stated.contains(f))
    }

    /// The share of `facts` (see [`Ctx::fact_terms`]) that version `v`
    /// uses anywhere.
    fn facts_used(&self, facts: &[u32], v: usize) -> f32 {
        if facts.is_empty() {
            return 0.0;
        }
        let used = facts.iter().filter(|&&t| !self.sentences_with(v, t).is_empty()).count();
        used as f32 / facts.len() as f32
    }

    /// A figure a reader can look for in another version: its value as a
    /// report shows it and the class of its counted noun ("six civilians"
    /// → (6, "person"); "99.9 per cent" → ("99.9%", "")). A count written
    /// in digits in the hundreds or more is that figure whatever a writer
    /// calls what it counts ("14,000 refugees" / "14,000 people"). None
    /// for an ordinal, a count of one or two, a count of nothing named,
    /// or a vague figure in words ("hundreds of victims").
    fn figure(&self, c: ClaimId) -> Option<(Value, String)> {
        let ClaimData::Quantity(q) = &self.claim(c).data else { return None };
        let digits = self.claim_text(c).contains(|ch: char| ch.is_ascii_digit());
        if !digits && q.qualifier.is_some() {
            return None;
        }
        // A size is what a thing is called ("a 17-inch notebook"), not a
        // figure a quote tells.
        if amount(q, self.claim_text(c)).is_some_and(|a| matches!(a.dimension, Dimension::Unit(_)))
        {
            return None;
        }
        let counted = q.counted.as_deref().unwrap_or("").to_lowercase();
        let class = match q.measure {
            Measure::Ordinal => return None,
            Measure::Count if counted.is_empty() || q.value < 3.0 => return None,
            Measure::Count if digits && q.value >= 100.0 => String::new(),
            Measure::Count => counted_class(&counted),
            _ => counted,
        };
        Some((value_of(q), class))
    }
}
