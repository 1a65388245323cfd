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

/// Shared-word count between two word lists (multiset); what
/// `overlap_sorted` computes faster.
#[cfg(test)]
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

#[cfg(test)]
fn same_quote(a: &[String], b: &[String]) -> bool {
    same_quote_given(a, b, || overlap(a, b))
}

/// `same_quote`, with the overlap computed only when needed.
fn same_quote_given(a: &[String], b: &[String], overlap: impl FnOnce() -> usize) -> bool {
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
    let ov = overlap();
    ov >= 2 && ov as f32 >= CONTAINMENT * shorter as f32
}

/// `overlap` of two word lists given sorted: the size of their multiset
/// intersection, in one merge instead of a search per word.
fn overlap_sorted(a: &[&str], b: &[&str]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// One wording of a group's quote and the versions using it: with many
/// versions most quote the same words, and a group is scored once per
/// wording, not once per member.
struct Wording {
    words: Vec<String>,
    sorted: Vec<String>,
    versions: Vec<usize>,
}

fn sorted_words(words: &[String]) -> Vec<&str> {
    let mut sorted: Vec<&str> = words.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    sorted
}

/// True when `short` occurs as a contiguous run inside `long`.
fn contiguous_in(short: &[String], long: &[String]) -> bool {
    !short.is_empty() && long.windows(short.len()).any(|w| w == short)
}

pub(crate) fn compare(ctx: &Ctx, facts: &mut Vec<FactDraft>, out: &mut Vec<Draft>) {
    let n = ctx.n();
    let mut groups: Vec<Vec<Vec<Member>>> = Vec::new(); // group -> version -> members
    let mut wordings: Vec<Vec<Wording>> = Vec::new(); // group -> its distinct wordings
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
            let words: Vec<String> = q.normalized.split_whitespace().map(String::from).collect();
            if words.is_empty() {
                continue;
            }
            let g = match repeated.get(&words) {
                Some(&g) => g,
                None => {
                    let g =
                        best_group(&groups, &wordings, &index, v, &words).unwrap_or_else(|| {
                            groups.push((0..n).map(|_| Vec::new()).collect());
                            wordings.push(Vec::new());
                            groups.len() - 1
                        });
                    repeated.insert(words.clone(), g);
                    g
                }
            };
            added.push((g, groups[g][v].len()));
            match wordings[g].iter_mut().find(|w| w.words == words) {
                Some(w) => {
                    if w.versions.last() != Some(&v) {
                        w.versions.push(v);
                    }
                }
                None => {
                    let sorted = sorted_words(&words).into_iter().map(String::from).collect();
                    wordings[g].push(Wording { words: words.clone(), sorted, versions: vec![v] });
                }
            }
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
    wordings: &[Vec<Wording>],
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
    let sorted = sorted_words(words);
    for g in candidates {
        let own = &groups[g][v];
        if !own.is_empty() && !own.iter().any(|m| m.words == words) {
            continue;
        }
        // The best overlap with another version's member: wordings used by
        // a version other than v, each scored once.
        let score = wordings[g]
            .iter()
            .filter(|w| w.versions.iter().any(|&u| u != v))
            .filter_map(|w| {
                let theirs: Vec<&str> = w.sorted.iter().map(String::as_str).collect();
                let ov = overlap_sorted(&theirs, &sorted);
                same_quote_given(&w.words, words, || ov).then_some(ov)
            })
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
    let missing: Vec<VersionId> = (0..n).filter(|&v| !present[v]).map(VersionId).collect();
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
        let detail = base.map(|b| describe_change(&b.words, &rep, &altered)).unwrap_or_default();
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

/// "(001 adds “which is why it took so long”)".
fn describe_change(base: &[String], rep: &[Option<&Member>], altered: &[VersionId]) -> String {
    let Some(first) = altered.first().and_then(|v| rep.get(v.0).copied().flatten()) else {
        return String::new();
    };
    let base_set: HashSet<&str> = base.iter().map(String::as_str).collect();
    let other_set: HashSet<&str> = first.words.iter().map(String::as_str).collect();
    let added: Vec<&str> =
        first.words.iter().map(String::as_str).filter(|w| !base_set.contains(w)).collect();
    let dropped: Vec<&str> =
        base.iter().map(String::as_str).filter(|w| !other_set.contains(w)).collect();
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

    #[test]
    fn sorted_overlap_counts_shared_words_as_the_pool_does() {
        for (a, b) in [
            ("we had to go to the the talks", "the talks had to go on the"),
            ("a a a b", "a b b"),
            ("", "x"),
            ("same words here", "same words here"),
        ] {
            let (a, b) = (w(a), w(b));
            assert_eq!(overlap_sorted(&sorted_words(&a), &sorted_words(&b)), overlap(&a, &b));
        }
    }
}
