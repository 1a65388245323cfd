//! People across versions: a title or role that changed ("former
//! president", "senior advisor" for "son-in-law"), a named source given in
//! some versions only (asked of `sources`, row by row), and names spelled
//! differently.

use super::context::{Ctx, Draft};
use super::names::{
    expand_role, is_generic_role, levenshtein, person_key, roles_compatible, split_status,
};
use super::{FactDraft, FindingKind, Severity, Value};
use crate::claims::{ClaimData, ClaimKind};
use crate::lexicon::lexicon;
use crate::text::{ClaimId, Span, VersionId};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// One role given to a person in one version.
struct RoleSeen {
    claim: ClaimId,
    key: String,
    span: Span,
}

pub(crate) fn compare(ctx: &Ctx, facts: &mut Vec<FactDraft>, out: &mut Vec<Draft>) {
    roles(ctx, facts, out);
    super::sources::sources_by_row(ctx, out);
    spellings(ctx, out);
}

/// Least likeness of two versions' sentences (see
/// [`Ctx::statement_similarity`]) for two titles given there to one person
/// to be one title changed.
const SAME_STATEMENT: f32 = 0.6;

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
    // Surname → the first names the story gives people of that surname:
    // "Jeffs" alone is Warren Jeffs only when no other Jeffs is named.
    let mut first_names: BTreeMap<String, std::collections::BTreeSet<String>> = BTreeMap::new();
    for v in 0..n {
        for id in ctx.of_kind(v, ClaimKind::Person) {
            let ClaimData::Person(p) = &ctx.claim(id).data else { continue };
            if let Some((first, _)) = p.entity.split_once(' ') {
                first_names.entry(person_key(&p.entity)).or_default().insert(first.to_lowercase());
            }
        }
    }
    let mut map: BTreeMap<String, Person> = BTreeMap::new();
    for v in 0..n {
        for id in ctx.of_kind(v, ClaimKind::Person) {
            let ClaimData::Person(p) = &ctx.claim(id).data else { continue };
            let surname = person_key(&p.entity);
            if surname.is_empty() {
                continue;
            }
            let first = match p.entity.split_once(' ') {
                Some((first, _)) => first.to_lowercase(),
                None => match first_names.get(&surname).map(|f| f.iter().collect::<Vec<_>>()) {
                    Some(f) if f.len() == 1 => f[0].clone(),
                    // Several people of that name, or none named in full.
                    _ => continue,
                },
            };
            let key = format!("{surname}|{first}");
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

/// [`roles_compatible`] asked of the same two wordings again and again
/// (every mention in every version against every other): each pair of a
/// person's wordings ("chief executive and co-founder" and each title in
/// it) answered once.
struct RolePairs {
    /// The wordings, sorted.
    wordings: Vec<String>,
    known: RefCell<Vec<Option<bool>>>,
}

impl RolePairs {
    fn new<'k>(keys: impl Iterator<Item = &'k str>) -> RolePairs {
        let mut wordings: Vec<String> = keys
            .flat_map(|k| std::iter::once(k).chain(k.split(" and ")))
            .map(str::to_string)
            .collect();
        wordings.sort_unstable();
        wordings.dedup();
        let n = wordings.len();
        RolePairs { wordings, known: RefCell::new(vec![None; n * n]) }
    }

    fn compatible(&self, a: &str, b: &str) -> bool {
        let at = |w: &str| self.wordings.binary_search_by(|x| x.as_str().cmp(w)).ok();
        let (Some(i), Some(j)) = (at(a), at(b)) else { return roles_compatible(a, b) };
        *self.known.borrow_mut()[i * self.wordings.len() + j]
            .get_or_insert_with(|| roles_compatible(a, b))
    }
}

fn roles(ctx: &Ctx, facts: &mut Vec<FactDraft>, out: &mut Vec<Draft>) {
    let n = ctx.n();
    let people = people(ctx);
    for Person { name, roles: per_version } in people.values() {
        let with_roles: Vec<usize> = (0..n).filter(|&v| !per_version[v].is_empty()).collect();
        if with_roles.len() < 2 && !with_roles.iter().any(|&v| self_contradicts(&per_version[v])) {
            continue;
        }
        // Roles that can be the same ("CEO", "chief executive") share one
        // value: the longest wording of their group.
        let mut all: Vec<&str> = per_version.iter().flatten().map(|r| r.key.as_str()).collect();
        all.sort_unstable();
        all.dedup();
        // Each pair of wordings is asked many times (every mention in every
        // version): answered once.
        let pairs = RolePairs::new(all.iter().copied());
        let canonical = |key: &str| -> String {
            all.iter()
                .filter(|k| pairs.compatible(k, key))
                .max_by_key(|k| (k.len(), std::cmp::Reverse(**k)))
                .map_or(key.to_string(), |k| k.to_string())
        };
        // Distinct keys per version, in order of appearance.
        let keys: Vec<Vec<&str>> = per_version
            .iter()
            .map(|rs| {
                let mut ks: Vec<&str> = Vec::new();
                for r in rs {
                    if !ks.iter().any(|k| pairs.compatible(k, &r.key) && k.len() >= r.key.len()) {
                        ks.retain(|k| !pairs.compatible(k, &r.key));
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

        // A person holds many roles at once ("bishop" and "mechanic",
        // "actor" and "star"): versions disagree about a role when one
        // gives a status the other's same role lacks ("former president" /
        // "president"), when the same kind of title is given for another
        // post ("general manager of the data center unit" / "… of cloud
        // computing"), or when the two tell the same statement and name the
        // person there by another title (an apposition swapped).
        let clash = |x: &RoleSeen, y: &RoleSeen| -> bool {
            // "chief executive and co-founder": each title on its own.
            let atoms = |k: &str| -> Vec<String> { k.split(" and ").map(str::to_string).collect() };
            let (ax, ay) = (atoms(&x.key), atoms(&y.key));
            if ax.iter().any(|a| ay.iter().any(|b| pairs.compatible(a, b))) {
                return false;
            }
            let status = ax.iter().any(|a| {
                ay.iter().any(|b| {
                    // A co-founder is a founder: "co" is less of the title.
                    let ((sa, ra), (sb, rb)) = (split_status(a), split_status(b));
                    sa != sb && ra == rb && sa != Some("co") && sb != Some("co")
                })
            });
            if status {
                return true;
            }
            // The same title for another post: "general manager of X" / "of
            // Y", "battalion chief" / "division chief", "chief financial
            // officer" / "chief operating officer" (not one given more
            // fully: "vice president" / "senior vice president").
            let title = |k: &str| -> Option<(String, Vec<String>, String)> {
                let (t, post) =
                    k.split_once(" of ").or_else(|| k.split_once(" for ")).unwrap_or((k, ""));
                let words: Vec<&str> = t.split_whitespace().collect();
                let (&head, mods) = words.split_last()?;
                lexicon().role_head(head)?;
                // Where someone lives or belongs is no post.
                if matches!(
                    head,
                    "resident" | "residents" | "native" | "villager" | "citizen" | "member" | "fan"
                ) || mods
                    .iter()
                    .any(|m| m.contains("old") || m.chars().any(|c| c.is_ascii_digit()))
                {
                    return None;
                }
                Some((
                    head.to_string(),
                    mods.iter().map(|m| m.to_string()).collect(),
                    post.to_string(),
                ))
            };
            let other_post = ax.iter().any(|a| {
                ay.iter().any(|b| match (title(a), title(b)) {
                    (Some((ha, ma, pa)), Some((hb, mb, pb))) if ha == hb => {
                        let subset = |x: &[String], y: &[String]| x.iter().all(|w| y.contains(w));
                        let posts = !pa.is_empty() && !pb.is_empty() && pa != pb;
                        let mods = !ma.is_empty()
                            && !mb.is_empty()
                            && !subset(&ma, &mb)
                            && !subset(&mb, &ma);
                        posts || mods && pa == pb
                    }
                    _ => false,
                })
            });
            if other_post {
                return true;
            }
            // Two titles of different kinds for the person in the same
            // statement ("son-in-law" / "senior advisor"), sharing no word.
            let disjoint = ax.iter().all(|a| {
                ay.iter().all(|b| {
                    title(a).is_some()
                        && title(b).is_some()
                        && !a.split_whitespace().any(|w| b.split_whitespace().any(|u| u == w))
                })
            });
            let (cx, cy) = (ctx.claim(x.claim), ctx.claim(y.claim));
            let (vx, vy) = (ctx.version(x.claim).0, ctx.version(y.claim).0);
            disjoint
                && ctx.statement_similarity(vx, &[cx.sentence.0], vy, &[cy.sentence.0])
                    >= SAME_STATEMENT
        };
        // Each role's titles ("chief executive and co-founder": two),
        // split once for every pair of versions that asks.
        let titles: Vec<Vec<Vec<&str>>> = per_version
            .iter()
            .map(|rs| rs.iter().map(|r| r.key.split(" and ").collect()).collect())
            .collect();
        let mut clashing = vec![false; n];
        for &u in &with_roles {
            for &v in &with_roles {
                // A title of one version clashes with the other version when
                // the other gives no title that can be it and one that
                // cannot both hold (a person may hold two posts at once).
                let holds = |x: &[&str]| {
                    titles[v]
                        .iter()
                        .any(|y| x.iter().any(|a| y.iter().any(|b| pairs.compatible(a, b))))
                };
                if u != v
                    && per_version[u]
                        .iter()
                        .zip(&titles[u])
                        .any(|(x, tx)| !holds(tx) && per_version[v].iter().any(|y| clash(x, y)))
                {
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

/// A company's or body's name spelled two ways across versions ("Nvdidia"
/// / "Nvidia"): a letter or two apart, no version using both.
fn org_spellings(ctx: &Ctx, out: &mut Vec<Draft>) {
    let n = ctx.n();
    let mut names: BTreeMap<String, Vec<Option<ClaimId>>> = BTreeMap::new();
    for v in 0..n {
        for id in ctx.of_kind(v, ClaimKind::Organization) {
            let ClaimData::Organization(o) = &ctx.claim(id).data else { continue };
            let e = names.entry(o.entity.clone()).or_insert_with(|| vec![None; n]);
            if e[v].is_none() {
                e[v] = Some(id);
            }
        }
    }
    let list: Vec<(&String, &Vec<Option<ClaimId>>)> = names.iter().collect();
    for i in 0..list.len() {
        for j in i + 1..list.len() {
            let ((a, ca), (b, cb)) = (list[i], list[j]);
            // "Packard Corp." and "Packard Co." are one company.
            let bare = |s: &str| -> String {
                let lower = s.to_lowercase();
                let words: Vec<&str> = lower
                    .split_whitespace()
                    .filter(|w| {
                        !matches!(
                            w.trim_end_matches('.'),
                            "co" | "corp"
                                | "inc"
                                | "ltd"
                                | "llc"
                                | "plc"
                                | "company"
                                | "corporation"
                                | "group"
                        )
                    })
                    .collect();
                words.join(" ")
            };
            let (la, lb) = (bare(a), bare(b));
            let short = la.chars().count().min(lb.chars().count());
            let near = la != lb
                && short >= 5
                && !la.contains(&lb)
                && !lb.contains(&la)
                && la.chars().next() == lb.chars().next()
                && levenshtein(&la, &lb) <= if short >= 8 { 2 } else { 1 };
            if !near || (0..n).any(|v| ca[v].is_some() && cb[v].is_some()) {
                continue;
            }
            out.push(spelling_finding(ctx, [(a, ca), (b, cb)]));
        }
    }
}

/// The same person's name spelled differently across versions.
fn spellings(ctx: &Ctx, out: &mut Vec<Draft>) {
    org_spellings(ctx, out);
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
            let first_a = a.split_whitespace().next().unwrap_or("").to_lowercase();
            let first_b = b.split_whitespace().next().unwrap_or("").to_lowercase();
            let full = a.split_whitespace().count() >= 2 && b.split_whitespace().count() >= 2;
            // The surname spelled two ways ("Oppal" / "Opal"), or, with the
            // surname the same, the given name ("Malcolm" / "Malcom") — not
            // a short form of it ("Steve" / "Steven").
            let surname = ka != kb
                && ka.len() >= 4
                && kb.len() >= 4
                && ka.chars().next() == kb.chars().next()
                && (!full || first_a == first_b)
                && levenshtein(ka, kb) <= 2;
            let given = ka == kb
                && full
                && first_a != first_b
                && first_a.len() >= 4
                && first_b.len() >= 4
                && !first_a.starts_with(&first_b)
                && !first_b.starts_with(&first_a)
                && levenshtein(&first_a, &first_b) <= 1;
            if !surname && !given {
                continue;
            }
            // Only across versions: no version uses both spellings.
            if (0..n).any(|v| ca[v].is_some() && cb[v].is_some()) {
                continue;
            }
            out.push(spelling_finding(ctx, [(a, ca), (b, cb)]));
        }
    }
}

/// A name spelled two ways: each spelling with the versions that use it
/// (their first mention).
fn spelling_finding(ctx: &Ctx, spellings: [(&String, &Vec<Option<ClaimId>>); 2]) -> Draft {
    let mut items = Vec::new();
    let mut d = Draft::new(
        FindingKind::NameConflict,
        Severity::Medium,
        "name/spelling-differs",
        String::new(),
    );
    for (name, claims) in spellings {
        for (v, c) in claims.iter().enumerate() {
            if let Some(id) = c {
                items.push((VersionId(v), name.clone()));
                let value = Some(Value::Text(name.clone()));
                d = d.evidence(VersionId(v), ctx.claim(*id).span, value, Some(*id));
            }
        }
    }
    items.sort_by_key(|(v, _)| *v);
    d.summary = format!("Name spelled differently: {}", ctx.grouped(&items));
    d.score = 68.0;
    d
}
