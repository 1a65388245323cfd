//! People across versions: a title or role that changed ("former
//! president", "senior advisor" for "son-in-law"), a named source given in
//! some versions only, and names spelled differently.

use super::context::{Ctx, Draft};
use super::names::{
    expand_role, is_generic_role, levenshtein, person_key, roles_compatible, split_status,
};
use super::{FactDraft, FindingKind, Severity, Value};
use crate::claims::{ClaimData, ClaimKind};
use crate::text::{ClaimId, Span, VersionId};
use std::collections::BTreeMap;

/// One role given to a person in one version.
struct RoleSeen {
    claim: ClaimId,
    key: String,
    span: Span,
}

pub(crate) fn compare(ctx: &Ctx, facts: &mut Vec<FactDraft>, out: &mut Vec<Draft>) {
    roles(ctx, facts, out);
    sources_by_row(ctx, out);
    spellings(ctx, out);
}

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
fn sources_by_row(ctx: &Ctx, out: &mut Vec<Draft>) {
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
        // Only versions that tell the passage closely alike can be said to
        // give it another source: in looser rows the sentences only share
        // a topic, and their sources are of different statements.
        let sentences = |v: usize| -> Vec<usize> {
            ctx.alignment.rows[r].cells[v].sentences.iter().map(|s| s.0).collect()
        };
        let close: Vec<Vec<usize>> = (0..n)
            .map(|v| {
                if !present[v] {
                    return Vec::new();
                }
                (0..n)
                    .filter(|&u| u != v && present[u])
                    .filter(|&u| {
                        ctx.statement_similarity(v, &sentences(v), u, &sentences(u)) >= CLOSE
                    })
                    .collect()
            })
            .collect();
        let present: Vec<bool> = (0..n).map(|v| !close[v].is_empty()).collect();
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
                Some((source_key(a), is_specific(&a.key) && !place))
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
        // A named source that a close teller of this passage lacks (having
        // the same person speak there, or naming the source in the sentence
        // before or after, counts as giving it).
        let speakers = &speakers_by_row[r];
        let gives = |u: usize, k: &str| {
            sets[u].iter().any(|(k2, _)| k2 == k)
                || speakers[u].iter().any(|s| s == k)
                || names_nearby(ctx, u, &sentences(u), k)
        };
        let disputed = (0..n).filter(|&v| present[v]).any(|v| {
            sets[v].iter().any(|(k, named)| {
                *named && !k.contains(" and ") && close[v].iter().any(|&u| !gives(u, k))
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

/// Least similarity of two versions' sentences for one to be said to give
/// a passage another source than the other.
const CLOSE: f32 = 0.5;

/// True when version `v` names `key` (a source's key) in or next to
/// sentences `s`: as a source, a speaker or a person named there.
fn names_nearby(ctx: &Ctx, v: usize, s: &[usize], key: &str) -> bool {
    let (Some(&lo), Some(&hi)) = (s.iter().min(), s.iter().max()) else { return false };
    (lo.saturating_sub(1)..=hi + 1).any(|i| {
        ctx.in_sentence(v, i).iter().any(|&c| match &ctx.claim(c).data {
            ClaimData::Attribution(a) => source_key(a) == key,
            ClaimData::Person(p) => person_key(&p.entity) == key,
            ClaimData::Organization(o) => o.entity.to_lowercase() == key,
            ClaimData::Statement(st) => person_key(&st.speaker.name) == key,
            ClaimData::Quote(q) => q.speaker.as_ref().is_some_and(|sp| person_key(&sp.name) == key),
            _ => false,
        })
    })
}

/// One person across versions.
struct Person {
    /// The fullest name any version gives.
    name: String,
    /// Per version, the roles given.
    roles: Vec<Vec<RoleSeen>>,
}

/// People by cross-version key (surname).
fn people(ctx: &Ctx) -> BTreeMap<String, Person> {
    let n = ctx.n();
    let mut map: BTreeMap<String, Person> = BTreeMap::new();
    for v in 0..n {
        for id in ctx.of_kind(v, ClaimKind::Person) {
            let ClaimData::Person(p) = &ctx.claim(id).data else { continue };
            let key = person_key(&p.entity);
            if key.is_empty() {
                continue;
            }
            let e = map.entry(key).or_insert_with(|| Person {
                name: p.entity.clone(),
                roles: (0..n).map(|_| Vec::new()).collect(),
            });
            if p.entity.split_whitespace().count() > e.name.split_whitespace().count() {
                e.name = p.entity.clone();
            }
            for r in &p.roles {
                let key = expand_role(&r.key.trim().to_lowercase());
                if !is_generic_role(&key) {
                    e.roles[v].push(RoleSeen { claim: id, key, span: r.span });
                }
            }
        }
    }
    map
}

fn roles(ctx: &Ctx, facts: &mut Vec<FactDraft>, out: &mut Vec<Draft>) {
    let n = ctx.n();
    for Person { name, roles: per_version } in people(ctx).values() {
        let with_roles: Vec<usize> = (0..n).filter(|&v| !per_version[v].is_empty()).collect();
        if with_roles.len() < 2 && !with_roles.iter().any(|&v| self_contradicts(&per_version[v])) {
            continue;
        }
        // Roles that can be the same ("CEO", "chief executive") share one
        // value: the longest wording of their group.
        let mut all: Vec<&str> = per_version.iter().flatten().map(|r| r.key.as_str()).collect();
        all.sort_unstable();
        all.dedup();
        let canonical = |key: &str| -> String {
            all.iter()
                .filter(|k| roles_compatible(k, key))
                .max_by_key(|k| (k.len(), std::cmp::Reverse(**k)))
                .map_or(key.to_string(), |k| k.to_string())
        };
        // Distinct keys per version, in order of appearance.
        let keys: Vec<Vec<&str>> = per_version
            .iter()
            .map(|rs| {
                let mut ks: Vec<&str> = Vec::new();
                for r in rs {
                    if !ks.iter().any(|k| roles_compatible(k, &r.key) && k.len() >= r.key.len()) {
                        ks.retain(|k| !(roles_compatible(k, &r.key)));
                        ks.push(&r.key);
                    }
                }
                ks
            })
            .collect();
        let values: Vec<Option<Value>> = keys
            .iter()
            .map(|ks| {
                (!ks.is_empty()).then(|| {
                    Value::Text({
                        let mut s = ks.to_vec();
                        s.sort();
                        s.join("; ")
                    })
                })
            })
            .collect();
        facts.push(FactDraft {
            kind: ClaimKind::Person,
            label: format!("Role of {name}"),
            claims: per_version.iter().map(|rs| rs.iter().map(|r| r.claim).collect()).collect(),
            values,
        });

        // A version conflicts with another when it gives a status the other
        // lacks ("former president" vs "president") or none of its roles
        // is compatible with any of the other's.
        let conflict = |a: &[&str], b: &[&str]| -> bool {
            if a.is_empty() || b.is_empty() {
                return false;
            }
            let status_clash = a.iter().any(|x| {
                let (s, rest) = split_status(x);
                s.is_some()
                    && !b.iter().any(|y| roles_compatible(x, y))
                    && b.iter().any(|y| split_status(y).1 == rest)
            });
            status_clash || !a.iter().any(|x| b.iter().any(|y| roles_compatible(x, y)))
        };
        let mut clashing = vec![false; n];
        for &u in &with_roles {
            for &v in &with_roles {
                if u != v && (conflict(&keys[u], &keys[v])) {
                    clashing[u] = true;
                }
            }
        }
        // A role only one version gives, where at least two others describe
        // the person: a rewrite that turned "son-in-law" into "senior
        // adviser" may keep the old role elsewhere (a caption) too.
        let lone_role = with_roles.len() >= 3
            && with_roles.iter().any(|&v| {
                keys[v].iter().any(|k| {
                    with_roles
                        .iter()
                        .all(|&u| u == v || !keys[u].iter().any(|k2| roles_compatible(k, k2)))
                })
            });
        let self_bad: Vec<usize> =
            with_roles.iter().copied().filter(|&v| self_contradicts(&per_version[v])).collect();
        if !clashing.iter().any(|&c| c) && self_bad.is_empty() && !lone_role {
            continue;
        }
        let items: Vec<(VersionId, String)> =
            with_roles.iter().map(|&v| (VersionId(v), keys[v].join(" and "))).collect();
        let status_change =
            with_roles.iter().any(|&v| keys[v].iter().any(|k| split_status(k).0.is_some()));
        let mut summary = format!("Role of {name}: {}", ctx.grouped(&items));
        let kind = if self_bad.is_empty() {
            FindingKind::RoleChanged
        } else {
            let vs: Vec<VersionId> = self_bad.iter().map(|&v| VersionId(v)).collect();
            summary.push_str(&format!(" — {} contradicts itself", ctx.list(&vs)));
            FindingKind::SelfContradiction
        };
        let mut d = Draft::new(
            kind,
            if status_change { Severity::High } else { Severity::Medium },
            if status_change { "role/status-differs" } else { "role/differs" },
            summary,
        );
        d.score = if status_change { 88.0 } else { 72.0 };
        for &v in &with_roles {
            for r in &per_version[v] {
                d = d.evidence(
                    VersionId(v),
                    r.span,
                    Some(Value::Text(canonical(&r.key))),
                    Some(r.claim),
                );
            }
        }
        out.push(d);
    }
}

/// A version calls someone both "president" and "former president".
fn self_contradicts(roles: &[RoleSeen]) -> bool {
    roles.iter().any(|a| {
        let (sa, ra) = split_status(&a.key);
        sa.is_some() && roles.iter().any(|b| split_status(&b.key) == (None, ra.clone()))
    })
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

/// Heads that describe a source without pinning it down.
const VAGUE: &[&str] = &[
    "official",
    "officials",
    "authorities",
    "authority",
    "report",
    "reports",
    "source",
    "sources",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "observer",
    "observers",
    "people",
    "company",
    "firm",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "statement",
    "residents",
    "witnesses",
    "media",
    "critics",
    "some",
    "others",
    "many",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
];

/// A source a reader could check: a name ("Oleksandr Vilkul", "Tass") or a
/// specific body ("the league", "the county sheriff's office"), not a vague
/// description ("officials", "local authorities", "reports").
fn is_specific(key: &str) -> bool {
    let last = key
        .split_whitespace()
        .last()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    !last.is_empty() && !VAGUE.contains(&last.as_str()) && !key.contains(" and ")
}

/// The same person's name spelled differently across versions.
fn spellings(ctx: &Ctx, out: &mut Vec<Draft>) {
    let n = ctx.n();
    // full name -> per version first claim
    let mut names: BTreeMap<String, Vec<Option<ClaimId>>> = BTreeMap::new();
    for v in 0..n {
        for id in ctx.of_kind(v, ClaimKind::Person) {
            let ClaimData::Person(p) = &ctx.claim(id).data else { continue };
            let e = names.entry(p.entity.clone()).or_insert_with(|| vec![None; n]);
            if e[v].is_none() {
                e[v] = Some(id);
            }
        }
    }
    let list: Vec<(&String, &Vec<Option<ClaimId>>)> = names.iter().collect();
    let keys: Vec<String> = list.iter().map(|(name, _)| person_key(name)).collect();
    for i in 0..list.len() {
        for j in i + 1..list.len() {
            let (a, ca) = list[i];
            let (b, cb) = list[j];
            let (ka, kb) = (&keys[i], &keys[j]);
            if ka == kb || ka.len() < 4 || kb.len() < 4 || ka.chars().next() != kb.chars().next() {
                continue;
            }
            let first_a = a.split_whitespace().next().unwrap_or("");
            let first_b = b.split_whitespace().next().unwrap_or("");
            let same_first = a.split_whitespace().count() < 2
                || b.split_whitespace().count() < 2
                || first_a == first_b;
            if !same_first || levenshtein(ka, kb) > 2 {
                continue;
            }
            // Only across versions: no version uses both spellings.
            if (0..n).any(|v| ca[v].is_some() && cb[v].is_some()) {
                continue;
            }
            let mut items = Vec::new();
            let mut d = Draft::new(
                FindingKind::NameConflict,
                Severity::Medium,
                "name/spelling-differs",
                String::new(),
            );
            for (name, claims) in [(a, ca), (b, cb)] {
                for (v, c) in claims.iter().enumerate() {
                    if let Some(id) = c {
                        items.push((VersionId(v), name.clone()));
                        d = d.evidence(
                            VersionId(v),
                            ctx.claim(*id).span,
                            Some(Value::Text(name.clone())),
                            Some(*id),
                        );
                    }
                }
            }
            items.sort_by_key(|(v, _)| *v);
            d.summary = format!("Name spelled differently: {}", ctx.grouped(&items));
            d.score = 68.0;
            out.push(d);
        }
    }
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
