//! Quotes across versions: the same quote is found by its words (versions
//! reorder and rephrase around it), then altered wording, a different
//! speaker, and versions lacking it are reported.

use super::context::{clip, Ctx, Draft};
use super::{names, FactDraft, FindingKind, Severity, Value};
use crate::claims::{ClaimData, ClaimKind, Quote, Speaker};
use crate::lexicon::{FnvHashMap as HashMap, FnvHashSet as HashSet};
use crate::text::{ClaimId, VersionId};
use wording::{
    changed_inside, content, contiguous_in, differ_by_whole_sentences, index_words, longest_run,
    overlap, same_quote_of, same_words_written_otherwise, sorted_overlap, QuoteIds, WordIds,
};

mod wording;

struct Member {
    claim: ClaimId,
    words: Vec<String>,
}

/// The person a quote is given to, when the version leaves no doubt: its
/// attribution names them (`"…," Park said`), or says "he"/"she" right
/// after a sentence whose subject is the only person it names (`Duchesne
/// told reporters. "…," she said`). A pronoun with another person in
/// sight, a body for the person who speaks for it ("AMD", "Lisa Su"), a
/// place read as a name: no speaker to compare.
fn named_speaker(ctx: &Ctx, id: ClaimId) -> Option<String> {
    let ClaimData::Quote(q) = &ctx.claim(id).data else { return None };
    let speaker = q.speaker.as_ref()?;
    let at = speaker.span?;
    let v = ctx.version(id).0;
    let person_at = |span: crate::Span| {
        ctx.claims_in(v, span).into_iter().find_map(|c| match &ctx.claim(c).data {
            ClaimData::Person(p) => Some(p.entity.clone()),
            _ => None,
        })
    };
    if let Some(person) = person_at(at) {
        return names::same_person(&person, &speaker.name).then(|| speaker.name.clone());
    }
    // A pronoun: the person named as the subject just before.
    let doc = &ctx.docs[v];
    let sentence = ctx.claim(id).sentence.0;
    for s in (sentence.saturating_sub(2)..=sentence).rev() {
        let people: Vec<ClaimId> = ctx
            .in_sentence(v, s)
            .iter()
            .copied()
            .filter(|&c| matches!(ctx.claim(c).data, ClaimData::Person(_)))
            .filter(|&c| !ctx.in_quote(v, ctx.claim(c).span))
            .filter(|&c| s < sentence || ctx.claim(c).span.end <= ctx.claim(id).span.start)
            .collect();
        if people.is_empty() {
            continue;
        }
        let entities: HashSet<String> = people
            .iter()
            .filter_map(|&c| match &ctx.claim(c).data {
                ClaimData::Person(p) => Some(p.entity.clone()),
                _ => None,
            })
            .collect();
        if entities.len() != 1 {
            return None;
        }
        let subject = people.iter().any(|&c| {
            let span = ctx.claim(c).span;
            let start = doc.seg.sentences.get(s).map_or(0, |x| x.span.start);
            let before = doc.text.get(start..span.start).unwrap_or("");
            let after = doc.text.get(span.end..).unwrap_or("");
            let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
            before.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count() == 0
                || crate::lexicon::speech_verb(next.trim_matches(|c: char| !c.is_alphanumeric()))
                    .is_some()
        });
        let entity = entities.into_iter().next()?;
        return (subject && names::same_person(&entity, &speaker.name))
            .then(|| speaker.name.clone());
    }
    None
}

/// True when two members of a group are one quote by their own words
/// (see [`same_quote_of`]), two shared words not enough when the shorter
/// has more: "Peter Capaldi is in the Tardis" and a remark naming Peter
/// Capaldi are two remarks.
fn same_member(a: &Member, b: &Member) -> bool {
    let (ca, cb) = (content(&a.words), content(&b.words));
    let (wa, wb): (Vec<&String>, Vec<&String>) =
        (a.words.iter().collect(), b.words.iter().collect());
    if !same_quote_of(&wa, &ca, &wb, &cb) {
        return false;
    }
    let shorter = ca.len().min(cb.len());
    shorter <= 2 || overlap(&ca, &cb) >= 3 || longest_run(&a.words, &b.words) >= 5
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
    let mut index: HashMap<String, Vec<usize>> = HashMap::default();
    let mut ids = WordIds::default();
    for &v in &order {
        let mut added: Vec<(usize, usize)> = Vec::new(); // (group, member) to index
                                                         // A quote this version repeats word for word (a headline and the
                                                         // body; a chant) is one quote, not one finding per copy.
        let mut repeated: HashMap<Vec<String>, usize> = HashMap::default();
        for id in ctx.of_kind(v, ClaimKind::Quote) {
            let ClaimData::Quote(q) = &ctx.claim(id).data else { continue };
            let words: Vec<String> = q.normalized.split_whitespace().map(spelling).collect();
            if words.is_empty() || !is_quotation(ctx, id, q, words.len()) {
                continue;
            }
            let quote_ids = ids.quote(&words);
            let g = match repeated.get(&words) {
                Some(&g) => g,
                None => {
                    let quote = (&words[..], &quote_ids);
                    let g = best_group(&groups, &wordings, &index, v, quote).unwrap_or_else(|| {
                        groups.push((0..n).map(|_| Vec::new()).collect());
                        wordings.push(Vec::new());
                        groups.len() - 1
                    });
                    repeated.insert(words.clone(), g);
                    g
                }
            };
            added.push((g, groups[g][v].len()));
            match wordings[g].iter_mut().find(|w| w.ids.words == quote_ids.words) {
                Some(w) => {
                    if w.versions.last() != Some(&v) {
                        w.versions.push(v);
                    }
                }
                None => wordings[g].push(Wording { ids: quote_ids, versions: vec![v] }),
            }
            groups[g][v].push(Member { claim: id, words });
        }
        for (g, m) in added {
            // Indexed by content words where there are some: function
            // words ("the", "we") would make every quote a candidate for
            // every other.
            for w in index_words(&groups[g][v][m].words) {
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
/// One wording of a group's quote and the versions using it: with many
/// versions most quote the same words, and a group is scored once per
/// wording, not once per member.
struct Wording {
    /// Its words and its content words (see [`content`]).
    ids: QuoteIds,
    versions: Vec<usize>,
}

fn best_group(
    groups: &[Vec<Vec<Member>>],
    wordings: &[Vec<Wording>],
    index: &HashMap<String, Vec<usize>>,
    v: usize,
    (words, quote): (&[String], &QuoteIds),
) -> Option<usize> {
    let mut shared: HashMap<usize, usize> = HashMap::default();
    let distinct = index_words(words);
    for w in &distinct {
        for &g in index.get(*w).into_iter().flatten() {
            *shared.entry(g).or_insert(0) += 1;
        }
    }
    let needed = distinct.len().clamp(1, 2);
    let mut candidates: Vec<usize> =
        shared.into_iter().filter(|&(_, c)| c >= needed).map(|(g, _)| g).collect();
    candidates.sort_unstable();
    let mut best: Option<(usize, usize)> = None;
    for g in candidates {
        let own = &groups[g][v];
        if !own.is_empty() && !own.iter().any(|m| m.words == words) {
            continue;
        }
        // The best overlap with another version's member: each wording
        // used by a version other than v, scored once. The same words are
        // the most any wording can share, so another version quoting
        // them word for word (most do) ends the search.
        let others = wordings[g].iter().filter(|w| w.versions.iter().any(|&u| u != v));
        let score = if others.clone().any(|w| w.ids.words == quote.words) {
            Some(words.len())
        } else {
            others
                .filter(|w| w.ids.same_quote(quote))
                .map(|w| sorted_overlap(&w.ids.sorted, &quote.sorted))
                .max()
        };
        if let Some(s) = score {
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((g, s));
            }
        }
    }
    best.map(|(g, _)| g)
}

/// The speaker most versions give a quote (people compared by surname,
/// ties to the first version naming one), by the fullest name they use:
/// a quote one version credits to the wrong person is still labelled by
/// the speaker the others name, whatever the order of the versions.
fn most_named(speakers: &[Option<String>]) -> Option<&str> {
    let keys: Vec<Option<String>> =
        speakers.iter().map(|s| s.as_deref().map(names::person_key)).collect();
    let votes = |k: &str| keys.iter().flatten().filter(|o| *o == k).count();
    let mut best: Option<(&str, usize)> = None;
    for k in keys.iter().flatten() {
        if best.is_none_or(|(_, n)| votes(k) > n) {
            best = Some((k, votes(k)));
        }
    }
    let (key, _) = best?;
    let mut fullest: Option<&str> = None;
    for (s, k) in speakers.iter().zip(&keys) {
        if let (Some(s), Some(k)) = (s, k) {
            if k == key && fullest.is_none_or(|f| s.len() > f.len()) {
                fullest = Some(s);
            }
        }
    }
    fullest
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
    let label = match most_named(&speakers) {
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
            // Writing a word another way is not altering it; quoting less
            // of the same words is not either, nor is quoting more in a
            // separate report (the reporter heard more), but a rewrite that
            // quotes more than its source puts words in a mouth.
            let (short, long) = if m.words.len() <= base.words.len() {
                (&m.words, &base.words)
            } else {
                (&base.words, &m.words)
            };
            let rewrite = ctx.rewrites(ctx.version(m.claim).0, ctx.version(base.claim).0);
            let expanded = m.words.len() > base.words.len() && rewrite;
            if !expanded
                && (same_words_written_otherwise(short, long) || contiguous_in(short, long))
            {
                continue;
            }
            // A member that joined the group through another member (a
            // quote sharing words with one that shares words with the
            // base) may be another remark: it is compared only when it is
            // the base's quote itself.
            if !same_member(m, base) {
                continue;
            }
            // Two picks of sentences from one statement change none of its
            // words, in a rewrite or not.
            if differ_by_whole_sentences(&sentences(ctx, m.claim), &sentences(ctx, base.claim)) {
                continue;
            }
            // Separate reports quote overlapping stretches of what was said:
            // only words changed between shared words ("I am at peace" /
            // "I am peace") are an alteration, not another start or end.
            if !rewrite && !changed_inside(&m.words, &base.words) {
                continue;
            }
            altered.push(VersionId(v));
        }
    }
    // A version lacks a quote only when it does not carry its words in
    // another quote or sentence (a longer quote, the words unquoted) and
    // does not report it in other words.
    let terms = quote_terms(ctx, longest.claim);
    // A version stating most of the names and figures the quote gives,
    // together, tells what was said in its own words.
    let told_at: Vec<(usize, crate::Span)> = members
        .iter()
        .flatten()
        .map(|m| (ctx.version(m.claim).0, ctx.claim(m.claim).span))
        .collect();
    // Worked out only when a version is left to ask.
    let facts = std::cell::OnceCell::new();
    let missing: Vec<VersionId> = (0..n)
        .filter(|&v| !present[v])
        .filter(|&v| !carries(ctx, v, longest, &terms))
        .filter(|&v| !ctx.tells_facts(facts.get_or_init(|| ctx.fact_terms(&told_at)), v))
        // A version stating the quote's figures tells what was said.
        .filter(|&v| !ctx.tells_figures(&told_at, v))
        .map(VersionId)
        .collect();
    // A different speaker only between people each version names at the
    // quote: a pronoun read to the wrong person, a body and the person who
    // speaks for it ("AMD", "Lisa Su"), a place read as a name are no
    // change of speaker.
    let named: Vec<Option<String>> =
        rep.iter().map(|m| m.and_then(|m| named_speaker(ctx, m.claim))).collect();
    // Two people credited with one quote: only between versions whose
    // quotes are one quote themselves, not two remarks that the group
    // joined through a third sharing words with each.
    // Versions name a speaker in a few ways: each two names are weighed
    // once, however many pairs of versions give them.
    let mut spellings: Vec<&str> = Vec::new();
    let spelling: Vec<Option<usize>> = named
        .iter()
        .map(|s| {
            let s = s.as_deref()?;
            Some(spellings.iter().position(|x| *x == s).unwrap_or_else(|| {
                spellings.push(s);
                spellings.len() - 1
            }))
        })
        .collect();
    let mut same: HashMap<(usize, usize), bool> = HashMap::default();
    let speaker_changed = (0..n).any(|v| {
        let (Some(a), Some(ma)) = (spelling[v], rep[v]) else { return false };
        (v + 1..n).any(|u| {
            let (Some(b), Some(mb)) = (spelling[u], rep[u]) else { return false };
            let one = *same
                .entry((a, b))
                .or_insert_with(|| names::same_person(spellings[a], spellings[b]));
            !one && same_member(ma, mb)
        })
    });
    if altered.is_empty() && missing.is_empty() && !speaker_changed {
        return;
    }

    let present_vs: Vec<VersionId> = (0..n).filter(|&v| present[v]).map(VersionId).collect();
    if speaker_changed {
        let items: Vec<(VersionId, String)> = named
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
            let Some(value) = named[v].as_deref().map(|s| Value::Text(canon(s))) else {
                continue;
            };
            let value = Some(value);
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
        // Versions that carry its words unquoted or tell it in their own
        // words are neither lacking it nor without it: "only" would be
        // wrong.
        let summary = if present_vs.len() + missing.len() < n {
            format!("{label} is in {} but not in {}", ctx.list(&present_vs), ctx.list(&missing))
        } else {
            format!("{label} appears only in {}", ctx.list(&present_vs))
        };
        (
            FindingKind::QuoteMissing,
            Severity::Medium,
            "quote/only-in-one-version",
            summary,
            // A quote only one rewrite has is put in a mouth; a quote only
            // one separate report has is what that reporter heard.
            if ctx.in_reference(&present) {
                55.0
            } else if (0..n).any(|u| !present[u] && ctx.rewrites(present_vs[0].0, u)) {
                74.0
            } else {
                44.0
            },
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
    // A quote some versions lack is one quote however each writes it: one
    // value for its wordings, unless they are said to differ.
    let wording_differs = kind == FindingKind::QuoteAltered;
    let one = Value::Text(longest.words.join(" "));
    for (v, ms) in members.iter().enumerate() {
        for m in ms {
            let value = if wording_differs { Value::Text(m.words.join(" ")) } else { one.clone() };
            d = d.evidence(VersionId(v), ctx.claim(m.claim).span, Some(value), Some(m.claim));
        }
    }
    out.push(d);
}

/// A quote's sentences, each as the words [`Member::words`] holds: the
/// quote's text cut after a full stop, question or exclamation mark that
/// ends a word before a space.
fn sentences(ctx: &Ctx, id: ClaimId) -> Vec<Vec<String>> {
    let text = ctx.claim_text(id);
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let ends = matches!(c, '.' | '!' | '?')
            && bytes
                .get(i + 1)
                .is_none_or(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\''))
            && text[..i].chars().rev().take_while(|c| c.is_alphanumeric()).count() >= 2;
        if ends {
            out.push(&text[start..=i]);
            start = i + 1;
        }
    }
    out.push(&text[start..]);
    out.into_iter()
        .map(|s| {
            crate::claims::quotes::normalize_quote(s).split_whitespace().map(spelling).collect()
        })
        .filter(|w: &Vec<String>| !w.is_empty())
        .collect()
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
    let long_words = || content.split_whitespace().filter(|w| w.chars().count() > 3);
    let title_case =
        words <= 8 && long_words().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if title_case
        && content.split_whitespace().count() >= 1
        && !content.trim_end().ends_with(['.', '!', '?', ','])
    {
        return false;
    }
    // A short name in capitals is a name even with the sentence's comma or
    // stop inside the marks (American style): the "Ring of Fire," a show's
    // "Doctor Who." Something said has words in lower case ("Justice has
    // been served,") or none longer than three letters to tell ("We won.").
    if title_case && words <= 4 && long_words().next().is_some() {
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
    // A name standing before the thing it names, after a determiner or a
    // possessive: the agency's "Did you feel it?" site, a "Buy local"
    // campaign.
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let head = after.split_whitespace().next().map(bare);
    let prior = before.split_whitespace().last().unwrap_or("");
    let determined = crate::lexicon::COMPARE_QUOTED_NAME_DETERMINERS.contains(&bare(prior))
        || prior.ends_with("'s")
        || prior.ends_with("\u{2019}s");
    let names_it = head.is_some_and(|h| crate::lexicon::COMPARE_QUOTED_NAME_HEADS.contains(&h))
        && after.split_whitespace().next().is_some_and(|w| w.starts_with(char::is_lowercase))
        && !content.trim_end().ends_with(',');
    if determined && names_it {
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
/// member of (its terms and the sentences it runs over worked out once, by
/// [`quote_terms`]): seven in ten of the quote's words (as stems) within as
/// many of its sentences in a row as the quote runs over — a longer quote,
/// the words unquoted, or a report of them in the speaker's own terms.
fn carries(ctx: &Ctx, v: usize, longest: &Member, (want, runs): &(Vec<u32>, usize)) -> bool {
    let (want, runs) = (want.as_slice(), *runs);
    let doc = &ctx.docs[v];
    if want.is_empty() {
        return false;
    }
    // Per run of `runs` sentences of `v`, keyed by its first: how many of
    // those terms it has, each once however many of its sentences have it.
    let sentences = doc.seg.sentences.len();
    let mut have = vec![0usize; sentences];
    let mut last = vec![usize::MAX; sentences];
    for (i, &t) in want.iter().enumerate() {
        for &s in ctx.sentences_with(v, t) {
            for start in s.saturating_sub(runs - 1)..=s {
                if last[start] != i {
                    last[start] = i;
                    have[start] += 1;
                }
            }
        }
    }
    if have.iter().any(|&h| h * 10 >= want.len() * 7) {
        return true;
    }
    // A separate report tells what was said in its own words; a rewrite
    // that turned the quote into its own words dropped the quote.
    let u = ctx.version(longest.claim).0;
    let s = ctx.claim(longest.claim).sentence.0;
    !ctx.rewrites(u, v)
        && ctx
            .sharing_predicate(u, &[s], v)
            .into_iter()
            .any(|t| ctx.predicate_similarity(u, &[s], v, &[t]) >= REPORTED)
}

/// The content words of quote `id` as the terms its sentences are indexed
/// by, read from its own tokens, so that a clitic is split alike on both
/// sides ("I've" is "I 've" in every sentence, where the quote's normal
/// form reads "i have"), and how many sentences of its version it runs
/// over (a quote left open runs to the end of its paragraph).
fn quote_terms(ctx: &Ctx, id: ClaimId) -> (Vec<u32>, usize) {
    let ClaimData::Quote(q) = &ctx.claim(id).data else { return (Vec::new(), 1) };
    let doc = &ctx.docs[ctx.version(id).0];
    let tokens = &doc.seg.tokens;
    let from = tokens.partition_point(|t| t.span.start < q.content.start);
    let mut want: Vec<u32> = tokens[from..]
        .iter()
        .take_while(|t| t.span.end <= q.content.end)
        .filter(|t| t.norm.chars().count() > 3)
        .filter_map(|t| ctx.terms.term(&t.norm))
        .collect();
    want.sort_unstable();
    want.dedup();
    let first = doc.sentence_at(q.content.start).map_or(0, |s| s.0);
    let last = doc.sentence_at(q.content.end.saturating_sub(1)).map_or(first, |s| s.0);
    (want, last.saturating_sub(first) + 1)
}

/// How alike (see [`Ctx::predicate_similarity`]) a sentence of a separate
/// report must be to a quote's sentence to tell what was said.
const REPORTED: f32 = 0.4;

/// "(001 adds “which is why it took so long”)".
fn describe_change(
    ctx: &Ctx,
    base: &Member,
    rep: &[Option<&Member>],
    altered: &[VersionId],
) -> String {
    let Some(first) = altered.first().and_then(|v| rep.get(v.0).copied().flatten()) else {
        return String::new();
    };
    // The quotes' own words, as written, compared without case and marks.
    let words = |m: &Member| -> Vec<String> {
        let content = match &ctx.claim(m.claim).data {
            ClaimData::Quote(q) => ctx.text(ctx.version(m.claim), q.content),
            _ => "",
        };
        content.split_whitespace().map(str::to_string).collect()
    };
    let key = |w: &str| -> String {
        spelling(&w.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase())
    };
    let (old, new) = (words(base), words(first));
    let (ko, kn): (Vec<String>, Vec<String>) =
        (old.iter().map(|w| key(w)).collect(), new.iter().map(|w| key(w)).collect());
    // The first run of words each side has and the other lacks, in order.
    let run = |mine: &[String], keys: &[String], others: &[String]| -> String {
        let theirs: HashSet<&String> = others.iter().collect();
        let start = keys.iter().position(|k| !k.is_empty() && !theirs.contains(k));
        let Some(start) = start else { return String::new() };
        let end = (start..keys.len()).find(|&i| theirs.contains(&keys[i])).unwrap_or(keys.len());
        clip(mine[start..end].join(" ").trim_matches(|c: char| !c.is_alphanumeric()), 40)
    };
    let added = run(&new, &kn, &ko);
    let dropped = run(&old, &ko, &kn);
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("has “{added}”"));
    }
    if !dropped.is_empty() {
        parts.push(format!("where others have “{dropped}”"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::wording::same_quote;
    use crate::compare::tests::summaries_of;
    use crate::FindingKind;

    /// The quotes said to be missing somewhere, by their summaries.
    fn missing_quotes(texts: &[&str]) -> Vec<String> {
        summaries_of(texts, FindingKind::QuoteMissing)
    }

    #[test]
    fn a_quote_is_labelled_by_the_speaker_most_versions_name() {
        // a credits the words to the wrong man; b and c to the coach; d
        // does not quote them.
        let said = "\"We will rebuild the stand before the season starts,\"";
        let a = format!("The Harlow stadium roof fell in on Sunday. {said} said Mayor Ed Quint.");
        let b = format!("The Harlow stadium roof fell in on Sunday. {said} said coach Rita Vane.");
        let c = format!("The Harlow stadium roof fell in on Sunday. {said} Vane said.");
        let d = "The Harlow stadium roof fell in on Sunday. Nobody was hurt.".to_string();
        let summaries = missing_quotes(&[&a, &b, &c, &d]);
        assert_eq!(summaries.len(), 1, "{summaries:?}");
        assert!(summaries[0].starts_with("Quote of Rita Vane “We will rebuild"), "{summaries:?}");
    }

    #[test]
    fn a_quoted_name_before_what_it_names_is_no_quote() {
        let a = "A quake shook the valley towns on Sunday night.\n\
            Hundreds of residents wrote to the agency's \"Are you safe now?\" site, within an hour.\n\
            No damage was reported.";
        let b = "A quake shook the valley towns on Sunday night.\n\
            No damage was reported.";
        let found = missing_quotes(&[a, b]);
        assert!(found.is_empty(), "{found:?}");
        // Words someone said before a noun of theirs are still a quote.
        let a = "A quake shook the valley towns on Sunday night.\n\
            \"We felt the walls move for a long time,\" site manager Ida Holm said.\n\
            No damage was reported.";
        assert_eq!(missing_quotes(&[a, b]).len(), 1);
    }

    #[test]
    fn a_quote_carried_unquoted_with_its_clitic_is_not_missing() {
        let a = "The council voted to keep the harbour levy on Monday.\n\
            \"I've lost the orchard,\" Ortega said after the vote.\n\
            The levy raises money for dredging.";
        let b = "The council voted to keep the harbour levy on Monday.\n\
            Ortega told the meeting that I've lost the orchard was all he could say.\n\
            Having lost two harvests, farmers oppose the levy.\n\
            The levy raises money for dredging.";
        let found = missing_quotes(&[a, b]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_quote_of_two_sentences_told_unquoted_over_two_sentences_is_not_missing() {
        let a = "Floods hit the river town of Marlow overnight.\n\
            \"The pumps failed before dawn and nobody could restart them. Water reached the \
            second floor of the clinic within an hour,\" Mayor Anja Lind said.\n\
            Schools will stay closed until Friday.";
        let b = "Floods hit the river town of Marlow overnight.\n\
            The pumps failed before dawn and nobody could restart them, Mayor Anja Lind said.\n\
            Water reached the second floor of the clinic within an hour.\n\
            Schools will stay closed until Friday.";
        let found = missing_quotes(&[a, b]);
        assert!(found.is_empty(), "{found:?}");
    }

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

    fn altered(texts: &[&str]) -> Vec<String> {
        summaries_of(texts, FindingKind::QuoteAltered)
    }

    #[test]
    fn two_picks_of_sentences_from_one_statement_are_not_an_alteration() {
        // One text rewritten (most sentences alike): the quote's sentences
        // picked differently, none of them changed.
        let story = "The festival named Mara Quist its new director on Sunday.\n\
            Quist, 54, ran the city theatre for a decade.\n\
            She starts work in the spring, the board said.\n";
        let a = format!(
            "{story}\"Running this festival is a rare honour. I cannot wait to get started \
             with the team,\" Quist said."
        );
        let b = format!(
            "{story}\"For weeks I could not even tell my sister. Running this festival is a \
             rare honour,\" Quist said."
        );
        let found = altered(&[&a, &a, &b]);
        assert!(found.is_empty(), "{found:?}");
        // A sentence lengthened in a rewrite is a change of wording.
        let b = format!(
            "{story}\"Running this festival is a rare honour. I cannot wait to get started \
             with the team and to fix the budget,\" Quist said."
        );
        assert_eq!(altered(&[&a, &a, &b]).len(), 1);
    }
}
