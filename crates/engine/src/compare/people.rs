//! People across versions: a title or role that changed ("former
//! president", "senior advisor" for "son-in-law"), a named source given in
//! some versions only, and names spelled differently.

use super::context::{Ctx, Draft};
use super::names::{
    is_generic_role, levenshtein, person_key, roles_compatible, same_person, split_status,
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
    sources(ctx, facts, out);
    spellings(ctx, out);
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
                let key = r.key.trim().to_lowercase();
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
        let self_bad: Vec<usize> =
            with_roles.iter().copied().filter(|&v| self_contradicts(&per_version[v])).collect();
        if !clashing.iter().any(|&c| c) && self_bad.is_empty() {
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
                    Some(Value::Text(r.key.clone())),
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

/// Named sources ("according to Oleh Kiper", "Tass quoted Putin") given in
/// some versions but not others.
fn sources(ctx: &Ctx, facts: &mut Vec<FactDraft>, out: &mut Vec<Draft>) {
    let n = ctx.n();
    // source key -> (display, per version attribution claims)
    let mut map: BTreeMap<String, (String, Vec<Vec<ClaimId>>)> = BTreeMap::new();
    for v in 0..n {
        for id in ctx.of_kind(v, ClaimKind::Attribution) {
            let ClaimData::Attribution(a) = &ctx.claim(id).data else { continue };
            // Only named sources (a person or a proper name), and not the
            // speaker of a quote in the same sentence: quotes are compared
            // with their speakers already.
            if !is_named(&a.key) || a.key.contains(" and ") {
                continue;
            }
            let sentence = ctx.claim(id).sentence;
            let quoted =
                ctx.of_kind(v, ClaimKind::Quote).any(|q| ctx.claim(q).sentence == sentence);
            if quoted {
                continue;
            }
            let key = if a.key.split_whitespace().count() <= 4
                && a.key.chars().next().is_some_and(char::is_uppercase)
            {
                person_key(&a.key)
            } else {
                a.key.to_lowercase()
            };
            if key.is_empty() {
                continue;
            }
            let e = map.entry(key).or_insert_with(|| (a.key.clone(), vec![Vec::new(); n]));
            e.1[v].push(id);
        }
    }
    for (key, (shown, per_version)) in map {
        let present: Vec<bool> = per_version.iter().map(|c| !c.is_empty()).collect();
        let count = present.iter().filter(|&&p| p).count();
        let values: Vec<Option<Value>> =
            present.iter().map(|&p| p.then(|| Value::Text(key.clone()))).collect();
        facts.push(FactDraft {
            kind: ClaimKind::Attribution,
            label: format!("Source: {shown}"),
            claims: per_version.clone(),
            values,
        });
        if count == n || count == 0 {
            continue;
        }
        // Versions that lack the source but name the person elsewhere still
        // lack it as a source.
        let missing: Vec<VersionId> = (0..n).filter(|&v| !present[v]).map(VersionId).collect();
        let citing: Vec<VersionId> = (0..n).filter(|&v| present[v]).map(VersionId).collect();
        let in_ref = ctx.in_reference(&present);
        let summary = if in_ref {
            format!(
                "Source {shown} (given in {}) is dropped in {}",
                ctx.list(&citing),
                ctx.list(&missing)
            )
        } else {
            format!("Source {shown} is given only in {}", ctx.list(&citing))
        };
        let mut d = Draft::new(
            FindingKind::SourceChanged,
            Severity::Medium,
            if in_ref { "source/dropped" } else { "source/added" },
            summary,
        )
        .missing(missing);
        d.score = 62.0 + if in_ref { 4.0 } else { 0.0 };
        for (v, ids) in per_version.iter().enumerate() {
            for &id in ids {
                let ClaimData::Attribution(a) = &ctx.claim(id).data else { continue };
                d = d.evidence(
                    VersionId(v),
                    a.source_span,
                    Some(Value::Text(key.clone())),
                    Some(id),
                );
            }
        }
        out.push(d);
    }
}

/// A source key that names someone: starts with a proper name ("Oleksandr
/// Vilkul", "Tass"), not a description ("city officials", "the
/// authorities").
fn is_named(s: &str) -> bool {
    s.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().count() > 1
            && !matches!(w, "The" | "A" | "An" | "U.S" | "US")
    })
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
    for i in 0..list.len() {
        for j in i + 1..list.len() {
            let (a, ca) = list[i];
            let (b, cb) = list[j];
            let (ka, kb) = (person_key(a), person_key(b));
            if ka == kb || ka.len() < 4 || kb.len() < 4 || ka.chars().next() != kb.chars().next() {
                continue;
            }
            let first_a = a.split_whitespace().next().unwrap_or("");
            let first_b = b.split_whitespace().next().unwrap_or("");
            let same_first = a.split_whitespace().count() < 2
                || b.split_whitespace().count() < 2
                || first_a == first_b;
            if !same_first || levenshtein(&ka, &kb) > 2 || same_person(a, b) {
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
