//! Loaded words added to a neutral account: an evaluative word that the
//! reference (or most versions) does not use.

use super::context::{Ctx, Draft};
use super::{FindingKind, Severity, Value};
use crate::claims::{ClaimData, ClaimKind};
use crate::text::{ClaimId, VersionId};
use std::collections::BTreeMap;

pub(crate) fn compare(ctx: &Ctx, out: &mut Vec<Draft>) {
    let n = ctx.n();
    let mut by_lemma: BTreeMap<String, Vec<Vec<ClaimId>>> = BTreeMap::new();
    for v in 0..n {
        for id in ctx.of_kind(v, ClaimKind::Loaded) {
            let ClaimData::Loaded(l) = &ctx.claim(id).data else { continue };
            if !in_writers_voice(ctx, v, id) {
                continue;
            }
            by_lemma.entry(l.lemma.clone()).or_insert_with(|| vec![Vec::new(); n])[v].push(id);
        }
    }
    for (lemma, per_version) in by_lemma {
        let present: Vec<bool> = per_version.iter().map(|c| !c.is_empty()).collect();
        // Added: the reference does not use it, or (no reference) fewer than
        // half of the versions do.
        let common = match ctx.reference {
            Some(_) => ctx.in_reference(&present),
            None => present.iter().filter(|&&p| p).count() * 2 >= n.max(3),
        };
        if common || n < 2 {
            continue;
        }
        let users: Vec<VersionId> = (0..n).filter(|&v| present[v]).map(VersionId).collect();
        let missing: Vec<VersionId> = (0..n).filter(|&v| !present[v]).map(VersionId).collect();
        let example = users
            .first()
            .and_then(|v| per_version[v.0].first())
            .map(|&id| sentence_snippet(ctx, id))
            .unwrap_or_default();
        let mut d = Draft::new(
            FindingKind::LoadedLanguage,
            Severity::Low,
            "loaded/added",
            format!("Loaded word “{lemma}” in {}: “{example}”", ctx.list(&users)),
        )
        .missing(missing);
        d.score = if users.len() == 1 { 50.0 } else { 40.0 };
        for (v, ids) in per_version.iter().enumerate() {
            for &id in ids {
                d = d.evidence(
                    VersionId(v),
                    ctx.claim(id).span,
                    Some(Value::Text(lemma.clone())),
                    Some(id),
                );
            }
        }
        out.push(d);
    }
}

/// True when a loaded word is the writer's: not inside someone's quoted or
/// reported words, and in its evaluative sense.
fn in_writers_voice(ctx: &Ctx, v: usize, id: ClaimId) -> bool {
    let span = ctx.claim(id).span;
    if ctx.in_quote(v, span) {
        return false;
    }
    let reported = ctx.claims_in(v, span).iter().any(|&c| match &ctx.claim(c).data {
        ClaimData::Statement(s) => s.content.contains(span),
        _ => false,
    });
    if reported {
        return false;
    }
    let doc = &ctx.docs[v];
    let word = span.slice(&doc.text).to_lowercase();
    if word.ends_with("ing") {
        let next = doc.text.get(span.end..).unwrap_or("").split_whitespace().next().unwrap_or("");
        let next = next.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        // "staggering along the road", "shocking the animals": a motion or
        // an act, not an opinion.
        if crate::lexicon::COMPARE_LITERAL_AFTER.contains(&next) {
            return false;
        }
    }
    true
}

/// A few words around a claim.
fn sentence_snippet(ctx: &Ctx, id: ClaimId) -> String {
    let v = ctx.version(id);
    let Some(doc) = ctx.docs.get(v.0) else { return String::new() };
    let span = ctx.claim(id).span;
    let start = crate::text::floor_char_boundary(&doc.text, span.start.saturating_sub(40));
    let end = crate::text::ceil_char_boundary(&doc.text, span.end + 40);
    let s = crate::Span::new(start, end).slice(&doc.text);
    let words: Vec<&str> = s.split_whitespace().collect();
    let inner = if words.len() > 2 { &words[1..words.len() - 1] } else { &words[..] };
    format!("…{}…", inner.join(" "))
}
