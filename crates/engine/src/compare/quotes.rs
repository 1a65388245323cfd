//! Quotes across versions: the same quote is found by its words (versions
//! reorder and rephrase around it), then altered wording, a different
//! speaker, and versions lacking it are reported.

use super::context::{clip, Ctx, Draft};
use super::{names, FactDraft, FindingKind, Severity, Value};
use crate::claims::{ClaimData, ClaimKind, Quote, Speaker};
use crate::text::{ClaimId, VersionId};
use std::collections::{HashMap, HashSet};

/// Quotes of 1 word match only exactly; longer ones when this share of the
/// shorter quote's words is found in the longer.
const CONTAINMENT: f32 = 0.6;

struct Member {
    claim: ClaimId,
    words: Vec<String>,
}

/// Shared-word count between two word lists (multiset).
fn overlap(a: &[String], b: &[String]) -> usize {
    let mut pool: Vec<&str> = b.iter().map(String::as_str).collect();
    let mut n = 0;
    for w in a {
        if let Some(i) = pool.iter().position(|x| x == w) {
            pool.swap_remove(i);
            n += 1;
        }
    }
    n
}

fn same_quote(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let shorter = a.len().min(b.len());
    if shorter < 2 {
        return false;
    }
    let ov = overlap(a, b);
    ov >= 2 && ov as f32 >= CONTAINMENT * shorter as f32
}

/// True when `short` occurs as a contiguous run inside `long`.
fn contiguous_in(short: &[String], long: &[String]) -> bool {
    !short.is_empty() && long.windows(short.len()).any(|w| w == short)
}

pub(crate) fn compare(ctx: &Ctx, facts: &mut Vec<FactDraft>, out: &mut Vec<Draft>) {
    let n = ctx.n();
    let mut groups: Vec<Vec<Vec<Member>>> = Vec::new(); // group -> version -> members
    let order: Vec<usize> = match ctx.reference {
        Some(r) => std::iter::once(r.0).chain((0..n).filter(|&v| v != r.0)).collect(),
        None => (0..n).collect(),
    };
    // word → groups with a member using it, so that a quote is only
    // compared with groups it shares words with. A version's own quotes
    // join the index once the version is done: only other versions'
    // members score a group, so a version with thousands of quotes ("We
    // counted 12", "We counted 13", …) does not compare each with all of
    // its own.
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for &v in &order {
        let mut added: Vec<(usize, usize)> = Vec::new(); // (group, member) to index
                                                         // A quote this version repeats word for word (a headline and the
                                                         // body; a chant) is one quote, not one finding per copy.
        let mut repeated: HashMap<Vec<String>, usize> = HashMap::new();
        for id in ctx.of_kind(v, ClaimKind::Quote) {
            let ClaimData::Quote(q) = &ctx.claim(id).data else { continue };
            let words: Vec<String> = q.normalized.split_whitespace().map(spelling).collect();
            if words.is_empty() || !is_quotation(ctx, id, q, words.len()) {
                continue;
            }
            let g = match repeated.get(&words) {
                Some(&g) => g,
                None => {
                    let g = best_group(&groups, &index, v, &words).unwrap_or_else(|| {
                        groups.push((0..n).map(|_| Vec::new()).collect());
                        groups.len() - 1
                    });
                    repeated.insert(words.clone(), g);
                    g
                }
            };
            added.push((g, groups[g][v].len()));
            groups[g][v].push(Member { claim: id, words });
        }
        for (g, m) in added {
            for w in &groups[g][v][m].words {
                let list = index.entry(w.clone()).or_default();
                if list.last() != Some(&g) && !list.contains(&g) {
                    list.push(g);
                }
            }
        }
    }
    for members in groups {
        report_group(ctx, &members, facts, out);
    }
}

/// The group of other versions' quotes that `words` (a quote of version
/// `v`) matches best: most words shared with a member of another version.
fn best_group(
    groups: &[Vec<Vec<Member>>],
    index: &HashMap<String, Vec<usize>>,
    v: usize,
    words: &[String],
) -> Option<usize> {
    let mut shared: HashMap<usize, usize> = HashMap::new();
    let mut distinct: Vec<&String> = words.iter().collect();
    distinct.sort();
    distinct.dedup();
    for w in distinct {
        for &g in index.get(w).into_iter().flatten() {
            *shared.entry(g).or_insert(0) += 1;
        }
    }
    let needed = words.len().min(2);
    let mut candidates: Vec<usize> =
        shared.into_iter().filter(|&(_, c)| c >= needed).map(|(g, _)| g).collect();
    candidates.sort_unstable();
    let mut best: Option<(usize, usize)> = None;
    for g in candidates {
        let members = &groups[g];
        let own = &members[v];
        if !own.is_empty() && !own.iter().any(|m| m.words == words) {
            continue;
        }
        let score = members
            .iter()
            .enumerate()
            .filter(|(u, _)| *u != v)
            .flat_map(|(_, ms)| ms.iter())
            .filter(|m| same_quote(&m.words, words))
            .map(|m| overlap(&m.words, words))
            .max();
        if let Some(s) = score {
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((g, s));
            }
        }
    }
    best.map(|(g, _)| g)
}

fn report_group(
    ctx: &Ctx,
    members: &[Vec<Member>],
    facts: &mut Vec<FactDraft>,
    out: &mut Vec<Draft>,
) {
    let n = ctx.n();
    // Each version's representative: its longest member.
    let rep: Vec<Option<&Member>> =
        members.iter().map(|ms| ms.iter().max_by_key(|m| m.words.len())).collect();
    let present: Vec<bool> = rep.iter().map(Option::is_some).collect();
    let values: Vec<Option<Value>> =
        rep.iter().map(|m| m.map(|m| Value::Text(m.words.join(" ")))).collect();
    let longest = rep.iter().flatten().max_by_key(|m| m.words.len());
    let Some(longest) = longest else { return };
    let shown =
        clip(ctx.claim_text(longest.claim).trim_matches(|c: char| !c.is_alphanumeric()), 60);

    let speakers: Vec<Option<String>> = rep
        .iter()
        .map(|m| {
            m.and_then(|m| match &ctx.claim(m.claim).data {
                ClaimData::Quote(q) => {
                    q.speaker.as_ref().map(|s| s.name.clone()).filter(|s| !s.is_empty())
                }
                _ => None,
            })
        })
        .collect();
    let speaker = speakers.iter().flatten().next().cloned();
    let label = match &speaker {
        Some(s) => format!("Quote of {s} “{shown}”"),
        None => format!("Quote “{shown}”"),
    };
    facts.push(FactDraft {
        kind: ClaimKind::Quote,
        label: label.clone(),
        claims: members.iter().map(|ms| ms.iter().map(|m| m.claim).collect()).collect(),
        values: values.clone(),
    });

    // Wording: differs unless one is a faithful fragment (a partial quote
    // that occurs word for word in the other).
    let mut altered: Vec<VersionId> = Vec::new();
    let consensus = ctx.consensus(&values);
    let base: Option<&Member> = match &consensus {
        Some(Value::Text(t)) => rep.iter().flatten().find(|m| m.words.join(" ") == *t).copied(),
        _ => None,
    }
    .or(Some(longest));
    if let Some(base) = base {
        for (v, m) in rep.iter().enumerate() {
            let Some(m) = m else { continue };
            if m.words == base.words {
                continue;
            }
            let partial =
                |id: ClaimId| matches!(&ctx.claim(id).data, ClaimData::Quote(q) if q.partial);
            let (short, long, short_id) = if m.words.len() <= base.words.len() {
                (&m.words, &base.words, m.claim)
            } else {
                (&base.words, &m.words, base.claim)
            };
            if contiguous_in(short, long) && partial(short_id) {
                continue;
            }
            altered.push(VersionId(v));
        }
    }
    // A version lacks a quote only when it does not carry its words in
    // another quote or sentence (a longer quote, the words unquoted) and
    // does not report it in other words.
    let missing: Vec<VersionId> = (0..n)
        .filter(|&v| !present[v])
        .filter(|&v| !carries(ctx, v, longest))
        .map(VersionId)
        .collect();
    let speaker_changed = {
        let known: Vec<&String> = speakers.iter().flatten().collect();
        known.windows(2).any(|w| !names::same_person(w[0], w[1]))
    };
    if altered.is_empty() && missing.is_empty() && !speaker_changed {
        return;
    }

    let present_vs: Vec<VersionId> = (0..n).filter(|&v| present[v]).map(VersionId).collect();
    if speaker_changed {
        let items: Vec<(VersionId, String)> = speakers
            .iter()
            .enumerate()
            .filter_map(|(v, s)| s.clone().map(|s| (VersionId(v), s)))
            .collect();
        let mut d = Draft::new(
            FindingKind::QuoteSpeakerChanged,
            Severity::High,
            "quote/speaker-differs",
            format!("Speaker of “{shown}”: {}", ctx.grouped(&items)),
        );
        d.score = if longest.words.len() >= 3 { 82.0 } else { 66.0 };
        // One value per person, however a version spells the name.
        let canon = |name: &str| -> String {
            items
                .iter()
                .map(|(_, s)| s)
                .find(|s| names::same_person(s, name))
                .cloned()
                .unwrap_or_else(|| name.to_string())
        };
        for (v, ms) in members.iter().enumerate() {
            let value = speakers[v].as_deref().map(|s| Value::Text(canon(s)));
            for m in ms {
                d = d.evidence(VersionId(v), ctx.claim(m.claim).span, value.clone(), Some(m.claim));
                // The words naming the speaker are evidence too: they are
                // what changed.
                if let ClaimData::Quote(Quote {
                    speaker: Some(Speaker { span: Some(at), .. }),
                    ..
                }) = &ctx.claim(m.claim).data
                {
                    d = d.evidence(VersionId(v), *at, value.clone(), None);
                }
            }
        }
        out.push(d);
    }
    if altered.is_empty() && missing.is_empty() {
        return;
    }
    let (kind, severity, rule, summary, score) = if !altered.is_empty() {
        let detail = base.map(|b| describe_change(ctx, b, &rep, &altered)).unwrap_or_default();
        let mut s = format!("{label} is worded differently in {}{detail}", ctx.list(&altered));
        if !missing.is_empty() {
            s.push_str(&format!("; missing in {}", ctx.list(&missing)));
        }
        (FindingKind::QuoteAltered, Severity::High, "quote/wording-differs", s, 80.0)
    } else if present_vs.len() == 1 {
        (
            FindingKind::QuoteMissing,
            Severity::Medium,
            "quote/only-in-one-version",
            format!("{label} appears only in {}", ctx.list(&present_vs)),
            if ctx.in_reference(&present) { 55.0 } else { 74.0 },
        )
    } else {
        (
            FindingKind::QuoteMissing,
            Severity::Medium,
            "quote/missing-in-some",
            format!("{label} is in {} but not in {}", ctx.list(&present_vs), ctx.list(&missing)),
            50.0 + 2.0 * present_vs.len() as f32,
        )
    };
    let mut d = Draft::new(kind, severity, rule, summary).missing(missing);
    d.score = score;
    for (v, ms) in members.iter().enumerate() {
        for m in ms {
            d = d.evidence(
                VersionId(v),
                ctx.claim(m.claim).span,
                Some(Value::Text(m.words.join(" "))),
                Some(m.claim),
            );
        }
    }
    out.push(d);
}

/// British and American spellings as one word, so that a rewrite's
/// "realized" is the source's "realised": -ise/-ize, -isation/-ization,
/// -our/-or, -tre/-ter, -ogue/-og, doubled l before -ed/-ing.
fn spelling(word: &str) -> String {
    let w = word.to_string();
    if w.len() < 6 {
        return w;
    }
    for (from, to) in [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ised", "ized"),
        ("ising", "izing"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("our", "or"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("tre", "ter"),
        ("tres", "ters"),
        ("ogue", "og"),
        ("lled", "led"),
        ("lling", "ling"),
    ] {
        if let Some(stem) = w.strip_suffix(from) {
            return format!("{stem}{to}");
        }
    }
    w
}

/// True for words in quotation marks that quote someone: not a title
/// ("Local Hero", "The Fires of Pompeii"), not a nickname (Ray "the Hammer"
/// Cruz), not a scare-quoted word or two without anyone saying them, not a
/// headline's.
fn is_quotation(ctx: &Ctx, id: ClaimId, q: &Quote, words: usize) -> bool {
    let v = ctx.version(id).0;
    let doc = &ctx.docs[v];
    if ctx.frame(id).headline {
        return false;
    }
    let content = q.content.slice(&doc.text);
    let title_case = words <= 8
        && content
            .split_whitespace()
            .filter(|w| w.chars().count() > 3)
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if title_case
        && content.split_whitespace().count() >= 1
        && !content.trim_end().ends_with(['.', '!', '?', ','])
    {
        return false;
    }
    let span = ctx.claim(id).span;
    let before = doc.text.get(..span.start).unwrap_or("").trim_end();
    let after = doc.text.get(span.end..).unwrap_or("").trim_start();
    let capital =
        |w: Option<&str>| w.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    let nickname = words <= 3
        && capital(before.split_whitespace().last())
        && capital(after.split_whitespace().next());
    if nickname {
        return false;
    }
    // Two words count when someone is said to say them ("he noted that
    // they were 'difficult work'").
    let reported = || {
        ctx.claims_in(v, span).iter().any(|&c| matches!(ctx.claim(c).data, ClaimData::Statement(_)))
    };
    words >= 3 || words == 2 && (q.speaker.is_some() || q.verb.is_some() || reported())
}

/// True when version `v` carries the quote `longest` of a group it has no
/// member of: seven in ten of the quote's words (as stems) within one of
/// its sentences — a longer quote, the words unquoted, or a report of them
/// in the speaker's own terms.
fn carries(ctx: &Ctx, v: usize, longest: &Member) -> bool {
    let doc = &ctx.docs[v];
    // The quote's content words, as stemmed terms.
    let mut want: Vec<u32> = longest
        .words
        .iter()
        .filter(|w| w.chars().count() > 3)
        .filter_map(|w| ctx.terms.word_term(w))
        .collect();
    want.sort_unstable();
    want.dedup();
    if want.is_empty() {
        return false;
    }
    doc.seg.sentences.iter().any(|sent| {
        let have: HashSet<u32> = doc
            .seg
            .tokens
            .get(sent.tokens.clone())
            .into_iter()
            .flatten()
            .filter_map(|t| ctx.terms.term(&t.norm))
            .collect();
        want.iter().filter(|t| have.contains(t)).count() * 10 >= want.len() * 7
    })
}

/// "(B adds “which is why it took so long”)": the words as the quotes
/// write them, not as they are compared.
fn describe_change(
    ctx: &Ctx,
    base: &Member,
    rep: &[Option<&Member>],
    altered: &[VersionId],
) -> String {
    let Some(first) = altered.first().and_then(|v| rep.get(v.0).copied().flatten()) else {
        return String::new();
    };
    let base_set: HashSet<&str> = base.words.iter().map(String::as_str).collect();
    let other_set: HashSet<&str> = first.words.iter().map(String::as_str).collect();
    let added = written(ctx.claim_text(first.claim), |w| !base_set.contains(w));
    let dropped = written(ctx.claim_text(base.claim), |w| !other_set.contains(w));
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("adds “{}”", clip(&added.join(" "), 40)));
    }
    if !dropped.is_empty() {
        parts.push(format!("lacks “{}”", clip(&dropped.join(" "), 40)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

/// The words of a quote's text as written whose compared form (as
/// `normalize_quote` and [`spelling`] make it) `keep` selects: each run of
/// such words as the text writes it, punctuation inside a run kept, runs
/// apart marked by "…". `"We had to go through the U.S. peace proposal,
/// which"` keeping "we", "us", "peace", "proposal", "which" → `["We", "…",
/// "U.S. peace proposal, which"]`.
fn written(text: &str, keep: impl Fn(&str) -> bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // The run being read: where it starts and ends in `text`.
    let mut run: Option<(usize, usize)> = None;
    let flush = |run: &mut Option<(usize, usize)>, out: &mut Vec<String>| {
        if let Some((a, b)) = run.take() {
            if !out.is_empty() {
                out.push("…".to_string());
            }
            out.push(text.get(a..b).unwrap_or("").to_string());
        }
    };
    for t in crate::segment::tokenize(text) {
        let raw = t.span.slice(text);
        if !raw.chars().any(char::is_alphanumeric) {
            continue;
        }
        // A clitic ("'s", "n't") goes with its word.
        let norm = crate::normalize::normalize_token(raw);
        let clitic = t.norm.starts_with('\'') || raw.starts_with(['\'', '’']);
        let kept = norm.split('-').filter(|p| !p.is_empty()).any(|p| keep(&spelling(p)));
        match (&mut run, kept || clitic) {
            (Some((_, end)), true) => *end = t.span.end,
            (None, true) if !clitic => run = Some((t.span.start, t.span.end)),
            (None, true) => {}
            (Some(_), false) => flush(&mut run, &mut out),
            (None, false) => {}
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn quotes_match_by_shared_words() {
        assert!(same_quote(
            &w("we had to go through each point of the u.s. peace proposal"),
            &w("the sides had to go through each point")
        ));
        assert!(!same_quote(&w("necessary"), &w("this was a necessary conversation")));
        assert!(same_quote(&w("necessary"), &w("necessary")));
        assert!(!same_quote(&w("china supports peace"), &w("we can't agree to")));
    }
}
