//! Sources across versions: a named source that a close teller of the same
//! passage credits to someone else, or, between a text and its rewrite,
//! drops (the people rules of `people` ask this module for each row).

use super::context::{weighted_dice, Ctx, Draft};
use super::names::person_key;
use super::{FindingKind, Severity, Value};
use crate::claims::{ClaimData, ClaimKind};
use crate::lexicon::FnvHashMap as HashMap;
use crate::lexicon::{COMPARE_CITATION_CUES, COMPARE_OUTLETS, COMPARE_VAGUE_SOURCES as VAGUE};
use crate::text::{ClaimId, Span, VersionId};
use std::cell::RefCell;

/// An attribution's cross-version key: the surname for a person or a
/// proper name, the lower-cased phrase otherwise.
fn source_key(a: &crate::claims::Attribution) -> String {
    if is_named(&a.key) && a.key.split_whitespace().count() <= 4 {
        person_key(&a.key)
    } else {
        a.key.to_lowercase()
    }
}

/// Attributions that count as sources: not the speaker of a quote in a
/// sentence the quote runs through (quotes are compared with their speakers
/// already).
fn source_claims(ctx: &Ctx, v: usize) -> Vec<ClaimId> {
    let doc = &ctx.docs[v];
    let sentence_span = |offset: usize| {
        doc.sentence_at(offset).and_then(|s| doc.seg.sentences.get(s.0)).map(|s| s.span)
    };
    let mut quoted: Vec<crate::Span> = ctx
        .of_kind(v, ClaimKind::Quote)
        .map(|q| {
            let span = ctx.claim(q).span;
            let first = sentence_span(span.start).unwrap_or(span);
            let last = sentence_span(span.end.saturating_sub(1)).unwrap_or(span);
            first.cover(last)
        })
        .collect();
    // By start, each with the furthest end of it and those before it: a
    // span is inside some quoted stretch when the furthest end of those
    // starting at or before it reaches its end (not a scan of every quote
    // per attribution, which a book of quotes makes quadratic).
    quoted.sort_unstable_by_key(|q| q.start);
    let mut reach: Vec<usize> = Vec::with_capacity(quoted.len());
    for q in &quoted {
        reach.push(reach.last().map_or(q.end, |&r: &usize| r.max(q.end)));
    }
    let inside = |s: crate::Span| {
        let i = quoted.partition_point(|q| q.start <= s.start);
        i > 0 && reach[i - 1] >= s.end
    };
    ctx.of_kind(v, ClaimKind::Attribution).filter(|&id| !inside(ctx.claim(id).span)).collect()
}

/// Who a version has speak in some sentences (reported statements), by key.
/// Per row, per version: who speaks there in reported statements, by key.
fn statement_speakers(ctx: &Ctx) -> Vec<Vec<Vec<String>>> {
    let n = ctx.n();
    let mut out = vec![vec![Vec::new(); n]; ctx.alignment.rows.len()];
    for v in 0..n {
        for id in ctx.of_kind(v, ClaimKind::Statement) {
            if let (Some(r), ClaimData::Statement(s)) = (ctx.row(id), &ctx.claim(id).data) {
                out[r][v].push(person_key(&s.speaker.name));
            }
        }
    }
    out
}

/// The source of one passage changed: "according to the Harwell Fire
/// Department" in some versions, "according to police" or nothing in
/// others.
pub(super) fn sources_by_row(ctx: &Ctx, out: &mut Vec<Draft>) {
    let n = ctx.n();
    let speakers_by_row = statement_speakers(ctx);
    let rows = ctx.alignment.rows.len();
    let mut per_row: Vec<Vec<Vec<ClaimId>>> = vec![vec![Vec::new(); n]; rows];
    for v in 0..n {
        for id in source_claims(ctx, v) {
            if let Some(r) = ctx.row(id) {
                per_row[r][v].push(id);
            }
        }
    }
    for (r, cells) in per_row.iter().enumerate() {
        let present = ctx.row_present(r);
        if present.iter().filter(|&&p| p).count() < 2 {
            continue;
        }
        // A source is disputed only when it is named: "the company" is the
        // company another version names, and a place read as a source is
        // no source.
        let key_of = |id: ClaimId| match &ctx.claim(id).data {
            ClaimData::Attribution(a) => {
                let v = ctx.version(id).0;
                let place = ctx.of_kind(v, ClaimKind::Place).any(|p| match &ctx.claim(p).data {
                    ClaimData::Place(p) => p.entity.eq_ignore_ascii_case(&a.key),
                    _ => false,
                });
                // A source is someone the version names (a person, a body)
                // or a body of people ("officials", "the ministry"), not a
                // word read as a name ("Record", "Blue Nile").
                let names_one = ctx.claims_in(v, a.source_span).iter().any(|&c| {
                    matches!(ctx.claim(c).data, ClaimData::Person(_) | ClaimData::Organization(_))
                });
                let body = a
                    .source
                    .split_whitespace()
                    .any(|w| crate::lexicon::SOURCES_NOUNS.contains(&w.to_lowercase()));
                // "the U.S. Fish and Wildlife Service" is one body (capitals
                // either side of "and"); "police and firefighters" two.
                let one_name = a.source.split_once(" and ").is_some_and(|(before, after)| {
                    let cap =
                        |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
                    cap(before.split_whitespace().last()) && cap(after.split_whitespace().next())
                });
                let specific =
                    is_specific(&a.key) || (names_one || one_name) && a.key.contains(" and ");
                // A bare capitalised word counts only after a cue of citing
                // ("surveyed by FactSet", "according to Tass").
                let written = a.source.trim_start_matches("the ").trim_start_matches("The ");
                let cited = is_named(written) && is_citation(&a.cue);
                Some((source_key(a), specific && !place && (names_one || body || cited)))
            }
            _ => None,
        };
        let sets: Vec<Vec<(String, bool)>> = (0..n)
            .map(|v| {
                let mut ks: Vec<(String, bool)> =
                    cells[v].iter().filter_map(|&id| key_of(id)).collect();
                // A statement's speaker is its source when no attribution
                // was read ("…, according to Pacific Coast Power").
                if ks.is_empty() {
                    ks.extend(speakers_by_row[r][v].iter().map(|k| (k.clone(), is_specific(k))));
                }
                ks.sort();
                ks.dedup();
                ks
            })
            .collect();
        // Only a named source can be disputed: a row naming none has nothing
        // to report (and asking which tellers are close is the costly part).
        if !sets.iter().flatten().any(|(_, named)| *named) {
            continue;
        }
        // Only versions that tell the passage closely alike can be said to
        // give it another source: in looser rows the sentences only share
        // a topic, and their sources are of different statements.
        let sentences = |v: usize| -> Vec<usize> {
            ctx.alignment.rows[r].cells[v].sentences.iter().map(|s| s.0).collect()
        };
        // Each teller's words merged once; each pair weighed when first
        // asked (a version with a close teller need not weigh the others
        // until a dispute is looked for).
        let bags: Vec<_> =
            (0..n).map(|v| present[v].then(|| ctx.statement_bag(v, &sentences(v)))).collect();
        let weighed = RefCell::new(vec![None; n * n]);
        let similarity = |v: usize, u: usize| -> f32 {
            *weighed.borrow_mut()[v * n + u].get_or_insert_with(|| match (&bags[v], &bags[u]) {
                (Some(a), Some(b)) => weighted_dice(a, b),
                _ => 0.0,
            })
        };
        let (told, similarity) = (&present, &similarity);
        let close =
            |v: usize| (0..n).filter(move |&u| u != v && told[u] && similarity(v, u) >= CLOSE);
        let present: Vec<bool> = (0..n).map(|v| present[v] && close(v).next().is_some()).collect();
        if present.iter().filter(|&&p| p).count() < 2 {
            continue;
        }
        // A named source that a close teller of this passage lacks (having
        // the same person speak there, or naming the source in the sentence
        // before or after, counts as giving it).
        let speakers = &speakers_by_row[r];
        // A body goes by its name written several ways ("U. S. Geological
        // Survey", "US Geological Survey") and by its initials ("USGS"),
        // and two sources credited together are each a source ("Tim
        // Shields and Wally Oppal"): what version `v` calls source `k`.
        let names_of = |v: usize, k: &str| -> SourceNames {
            let mut names = SourceNames { names: vec![k.to_string()], ..Default::default() };
            for &id in &cells[v] {
                let ClaimData::Attribution(a) = &ctx.claim(id).data else { continue };
                if source_key(a) != k {
                    continue;
                }
                let written = with_name_before(ctx, v, a.source_span);
                names.names.push(squeezed(&written));
                names.initials.extend(initials(&written));
                let shown = ctx.text(VersionId(v), a.source_span);
                let shown = shown.trim_start_matches("the ").trim_start_matches("The ");
                if is_acronym(shown) {
                    names.acronyms.push(squeezed(shown));
                }
                if let Some((x, y)) = a.key.split_once(" and ") {
                    names.names.extend([x, y].map(|p| {
                        if is_named(p) {
                            person_key(p)
                        } else {
                            p.to_lowercase()
                        }
                    }));
                }
            }
            names
        };
        // Per version, the names of each of its sources (as `sets`), worked
        // out once a row.
        let names: Vec<Vec<SourceNames>> =
            (0..n).map(|v| sets[v].iter().map(|(k, _)| names_of(v, k)).collect()).collect();
        // Version `u` gives source `i` of version `v`. Whether a version
        // names a source near the passage is read once per version and
        // source: many versions ask it of one teller.
        let nearby: RefCell<HashMap<(usize, &str), bool>> = RefCell::new(HashMap::default());
        let gives = |u: usize, v: usize, i: usize| {
            let k = &sets[v][i].0;
            names[u].iter().any(|other| names[v][i].same(other))
                || speakers[u].iter().any(|s| s == k)
                || *nearby
                    .borrow_mut()
                    .entry((u, k.as_str()))
                    .or_insert_with(|| names_nearby(ctx, u, &sentences(u), k))
        };
        // Disputed: a close teller credits someone else, and none of the
        // sources this version gives (one that names two sources where
        // another names one of them disputes nothing); or, between a text
        // and its rewrite, gives the statement no source at all (a
        // separate report that leaves a fact unattributed disputes
        // nothing).
        let credits_other = |u: usize, v: usize, k: &str| {
            sets[u].iter().any(|(k2, named)| *named && k2 != k)
                && !(0..sets[v].len()).any(|i| gives(u, v, i))
        };
        // Or a revision that keeps the sentence nearly word for word drops
        // its source (a separate report, or a loose rewrite, that leaves a
        // fact unattributed disputes nothing).
        let nearly_same = |v: usize, u: usize| similarity(v, u) >= NEARLY_SAME;
        let disputed = (0..n).filter(|&v| present[v]).any(|v| {
            sets[v].iter().enumerate().any(|(i, (k, named))| {
                *named
                    && close(v).any(|u| {
                        !gives(u, v, i)
                            && (credits_other(u, v, k) || sets[u].is_empty() && nearly_same(v, u))
                    })
            })
        });
        if !disputed {
            continue;
        }
        let items: Vec<(VersionId, String)> = (0..n)
            .filter(|&v| present[v])
            .map(|v| {
                let shown: Vec<String> = cells[v]
                    .iter()
                    .filter_map(|&id| match &ctx.claim(id).data {
                        ClaimData::Attribution(a) => Some(as_written(a)),
                        _ => None,
                    })
                    .collect();
                (
                    VersionId(v),
                    if shown.is_empty() { "no source".to_string() } else { shown.join(" and ") },
                )
            })
            .collect();
        let missing: Vec<VersionId> =
            (0..n).filter(|&v| present[v] && cells[v].is_empty()).map(VersionId).collect();
        let first = (0..n).find(|&v| present[v]).unwrap_or(0);
        let context = ctx
            .row_span(r, first)
            .map(|s| super::context::clip(ctx.text(VersionId(first), s), 50))
            .unwrap_or_default();
        let mut d = Draft::new(
            FindingKind::SourceChanged,
            Severity::Medium,
            "source/differs-in-passage",
            format!("Source of “{context}”: {}", ctx.grouped(&items)),
        )
        .missing(missing);
        // Sources matter most for the numbers they vouch for.
        let numbers =
            (0..n).any(|v| ctx.of_kind(v, ClaimKind::Quantity).any(|q| ctx.row(q) == Some(r)));
        d.score = if numbers { 64.0 } else { 56.0 };
        for v in (0..n).filter(|&v| present[v]) {
            for &id in &cells[v] {
                let ClaimData::Attribution(a) = &ctx.claim(id).data else { continue };
                let key = source_key(a);
                d = d.evidence(VersionId(v), a.source_span, Some(Value::Text(key)), Some(id));
            }
            if cells[v].is_empty() {
                // The speaker of a statement stands for its source.
                for &s in &sentences(v) {
                    for &id in ctx.in_sentence(v, s) {
                        if let ClaimData::Statement(st) = &ctx.claim(id).data {
                            if let Some(span) = st.speaker.span {
                                let key = person_key(&st.speaker.name);
                                d = d.evidence(
                                    VersionId(v),
                                    span,
                                    Some(Value::Text(key)),
                                    Some(id),
                                );
                            }
                        }
                    }
                }
            }
        }
        out.push(d);
    }
}

/// Likeness of two sentences (leaving out sources and figures) at which a
/// source one gives and the other drops was dropped.
const NEARLY_SAME: f32 = 0.8;

/// Least similarity of two versions' sentences for one to be said to give
/// a passage another source than the other.
const CLOSE: f32 = 0.5;

/// True when version `v` names `key` (a source's key) in or next to
/// sentences `s`: as a source, a speaker or a person named there, or only
/// in its words ("Prosecutors went on to acknowledge", "Israel continues
/// to insist": the same body credited in a construction not read as an
/// attribution).
fn names_nearby(ctx: &Ctx, v: usize, s: &[usize], key: &str) -> bool {
    let (Some(&lo), Some(&hi)) = (s.iter().min(), s.iter().max()) else { return false };
    let sentences = &ctx.docs[v].seg.sentences;
    (lo.saturating_sub(1)..=hi + 1).any(|i| {
        let said =
            sentences.get(i).is_some_and(|st| contains_words(ctx.text(VersionId(v), st.span), key));
        said || ctx.in_sentence(v, i).iter().any(|&c| match &ctx.claim(c).data {
            ClaimData::Attribution(a) => source_key(a) == key,
            ClaimData::Person(p) => person_key(&p.entity) == key,
            ClaimData::Organization(o) => o.entity.to_lowercase() == key,
            ClaimData::Statement(st) => person_key(&st.speaker.name) == key,
            ClaimData::Quote(q) => q.speaker.as_ref().is_some_and(|sp| person_key(&sp.name) == key),
            _ => false,
        })
    })
}

/// True when `text` holds the words of `key` (lower case) as whole words,
/// in order, case aside.
fn contains_words(text: &str, key: &str) -> bool {
    let want: Vec<&str> = key.split_whitespace().collect();
    if want.is_empty() {
        return false;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches("'s").to_lowercase())
        .collect();
    words.windows(want.len()).any(|w| w.iter().zip(&want).all(|(a, b)| a == b))
}

/// A source key that starts with a proper name ("Oleksandr Vilkul",
/// "Tass").
fn is_named(s: &str) -> bool {
    let first =
        s.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric());
    first.chars().next().is_some_and(char::is_uppercase)
        && first.chars().count() > 1
        && is_specific(s)
}

/// A source a reader could check: a name ("Oleksandr Vilkul", "Tass") or a
/// specific body ("the league", "the county sheriff's office"), not a vague
/// description ("officials", "local authorities", "reports"), nor a news
/// outlet that relays what others found ("the Santa Rosa Press Democrat
/// reported the quake began a mile down": its publisher, whose credit
/// disputes no one's).
fn is_specific(key: &str) -> bool {
    let last = key
        .split_whitespace()
        .last()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    !last.is_empty()
        && !VAGUE.contains(last.as_str())
        && !COMPARE_OUTLETS.contains(last.as_str())
        && !key.contains(" and ")
}

/// Cues that cite a source for a fact rather than report a speaker's words.
fn is_citation(cue: &str) -> bool {
    let cue = cue.to_lowercase();
    COMPARE_CITATION_CUES.words().iter().any(|c| cue.contains(c))
}

/// The ways one version names one source (see `sources_by_row`).
#[derive(Default)]
struct SourceNames {
    /// Its key and its name as written, squeezed (see [`squeezed`]).
    names: Vec<String>,
    /// The initials of a name of three words or more ("usgs").
    initials: Vec<String>,
    /// The name when it is written as an acronym ("usgs" for "USGS").
    acronyms: Vec<String>,
}

impl SourceNames {
    /// True when both name one source: a name in common, or one's initials
    /// written as the other's acronym (two long names with the same
    /// initials are not one: "City Manager Paul Brenner" / "… Brennan").
    fn same(&self, other: &SourceNames) -> bool {
        let meets = |a: &[String], b: &[String]| a.iter().any(|x| b.contains(x));
        meets(&self.names, &other.names)
            || meets(&self.initials, &other.acronyms)
            || meets(&self.acronyms, &other.initials)
    }
}

/// A name lower-cased without its dots and the spaces inside an
/// abbreviation: "U. S. Geological Survey" and "US Geological Survey"
/// both read "us geological survey".
fn squeezed(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut after_initial = false;
    for w in name.split_whitespace() {
        let letters: String =
            w.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
        let initial = w.ends_with('.') && letters.chars().count() == 1;
        match words.last_mut() {
            Some(last) if initial && after_initial => last.push_str(&letters),
            _ => words.push(letters),
        }
        after_initial = initial;
    }
    words.join(" ")
}

/// True for a name written as an acronym: one word of two to six capitals
/// ("USGS", "FBI").
fn is_acronym(written: &str) -> bool {
    let w = written.trim();
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    !w.contains(' ')
        && (2..=6).contains(&letters)
        && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// The words of `span` with the abbreviations right before it that belong
/// to the same name ("U.S." or "US" before "Geological Survey", which the
/// tagger reads as a place of its own).
fn with_name_before(ctx: &Ctx, v: usize, span: Span) -> String {
    let text = &ctx.docs[v].text;
    let before = text.get(..span.start).unwrap_or("");
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .take(3)
        .take_while(|w| {
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            !letters.is_empty()
                && letters.iter().all(|c| c.is_uppercase())
                && (w.contains('.') || letters.len() <= 3)
                && !w.ends_with([',', ';', ':'])
                && !matches!(*w, "A" | "I")
        })
        .collect();
    let mut name: Vec<&str> = words.into_iter().rev().collect();
    name.push(text.get(span.start..span.end).unwrap_or(""));
    name.join(" ")
}

/// A body's initials as its name is shortened: "U.S. Geological Survey" →
/// "usgs", "Federal Bureau of Investigation" → "fbi"; None for a name of
/// fewer than three capitalised words.
fn initials(name: &str) -> Option<String> {
    let mut out = String::new();
    let mut words = 0;
    for w in name.split_whitespace() {
        if matches!(w, "of" | "the" | "and" | "for" | "&") {
            continue;
        }
        let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
        let first = letters.chars().next()?;
        if !first.is_uppercase() {
            return None;
        }
        // "U.S." and "US" give both their letters; "Survey" its first.
        let capitals = letters.chars().all(char::is_uppercase);
        if capitals && (w.contains('.') || letters.chars().count() <= 3) {
            out.extend(letters.chars().flat_map(char::to_lowercase));
        } else {
            out.extend(first.to_lowercase());
        }
        words += 1;
    }
    // Two words are as often a person ("Paul Brenner"), whose initials
    // name no one.
    (words >= 3).then_some(out)
}

/// A source as a summary shows it: a person by their full name (the key),
/// else the key's words in the case the text writes them ("FactSet", not
/// "factset"), else the source as written.
fn as_written(a: &crate::claims::Attribution) -> String {
    if a.key.chars().any(char::is_uppercase) {
        return a.key.clone();
    }
    let lower = a.source.to_lowercase();
    match lower.find(&a.key) {
        Some(i) if lower.len() == a.source.len() => {
            a.source.get(i..i + a.key.len()).map_or_else(|| a.source.clone(), str::to_string)
        }
        _ => a.source.clone(),
    }
}

#[cfg(test)]
mod tests {
    use crate::compare::tests::summaries_of;
    use crate::FindingKind;

    fn source_findings(texts: &[&str]) -> Vec<String> {
        summaries_of(texts, FindingKind::SourceChanged)
    }

    #[test]
    fn a_news_outlet_relaying_a_fact_is_not_another_source() {
        let found = source_findings(&[
            "A small quake shook the valley on Sunday morning. The Geological Survey said \
             the quake began only one mile below the ground near Calden.",
            "A small quake shook the valley on Sunday morning. The Calden Valley Herald \
             reported the quake began only one mile below the ground near Calden.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
