//! Numbers across versions: the same counted thing ("drones", "residents")
//! with different values, or dropped from a version's account of the same
//! passage.

use super::context::{Ctx, Draft};
use super::{FactDraft, FindingKind, Severity, Value};
use crate::claims::{ClaimData, ClaimKind, Measure, Quantity};
use crate::text::{ClaimId, VersionId};
use std::collections::{BTreeMap, HashMap};

/// Counted nouns that name the same thing.
fn counted_key(q: &Quantity) -> String {
    let c = q.counted.as_deref().unwrap_or("").to_lowercase();
    match c.as_str() {
        "people" | "individual" | "persons" | "civilian" => "person".to_string(),
        _ => c,
    }
}

fn measure_tag(m: &Measure) -> String {
    match m {
        Measure::Count => "count".into(),
        Measure::Percent => "percent".into(),
        Measure::PercentagePoints => "pp".into(),
        Measure::Money { currency } => format!("money:{}", currency.to_lowercase()),
        Measure::Age => "age".into(),
        Measure::Score { .. } => "score".into(),
        Measure::Ordinal => "ordinal".into(),
        Measure::Multiplier => "times".into(),
    }
}

fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// The value a version states: equal for "six" and "6".
pub fn value_of(q: &Quantity) -> Value {
    let range = |v: f64| match q.upper {
        Some(u) if u != v => format!("{}-{}", num(v), num(u)),
        _ => num(v),
    };
    match &q.measure {
        Measure::Count | Measure::Age | Measure::Ordinal | Measure::Multiplier
            if q.upper.is_none() =>
        {
            Value::Number(q.value)
        }
        Measure::Count | Measure::Age | Measure::Ordinal | Measure::Multiplier => {
            Value::Text(range(q.value))
        }
        Measure::Percent => Value::Text(format!("{}%", range(q.value))),
        Measure::PercentagePoints => Value::Text(format!("{} pp", range(q.value))),
        Measure::Money { currency } => Value::Text(format!("{currency} {}", range(q.value))),
        Measure::Score { other } => Value::Text(format!("{}-{}", num(q.value), num(*other))),
    }
}

/// A group of quantities: (measure, counted noun, row or None for the whole text).
type GroupKey = (String, String, Option<usize>);

struct Item {
    claim: ClaimId,
    row: Option<usize>,
    measure: String,
    counted: String,
    value: Value,
}

pub(crate) fn compare(ctx: &Ctx, facts: &mut Vec<FactDraft>, out: &mut Vec<Draft>) {
    let n = ctx.n();
    let items: Vec<Vec<Item>> = (0..n)
        .map(|v| {
            ctx.of_kind(v, ClaimKind::Quantity)
                .filter_map(|id| match &ctx.claim(id).data {
                    ClaimData::Quantity(q) if !matches!(q.measure, Measure::Ordinal) => {
                        Some(Item {
                            claim: id,
                            row: ctx.row(id),
                            measure: measure_tag(&q.measure),
                            counted: counted_key(q),
                            value: value_of(q),
                        })
                    }
                    _ => None,
                })
                .collect()
        })
        .collect();

    // Groups: key -> per version items. A key with a counted noun that each
    // version states at most once is one fact wherever it sits; otherwise
    // facts are per aligned row.
    let mut groups: BTreeMap<GroupKey, Vec<Vec<usize>>> = BTreeMap::new();
    let mut per_key_count: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (v, list) in items.iter().enumerate() {
        for it in list {
            per_key_count
                .entry((it.measure.clone(), it.counted.clone()))
                .or_insert_with(|| vec![0; n])[v] += 1;
        }
    }
    for (v, list) in items.iter().enumerate() {
        for (i, it) in list.iter().enumerate() {
            let key = (it.measure.clone(), it.counted.clone());
            let global = !it.counted.is_empty() && per_key_count[&key].iter().all(|&c| c <= 1);
            let row = if global { None } else { it.row };
            if it.counted.is_empty() && row.is_none() {
                continue;
            }
            groups.entry((key.0, key.1, row)).or_insert_with(|| vec![Vec::new(); n])[v].push(i);
        }
    }
    // Within a row, the same number counting a synonym is the same fact:
    // merge groups of equal measure and value whose versions do not overlap.
    let mut list: Vec<(GroupKey, Vec<Vec<usize>>)> = groups.into_iter().collect();
    let mut merged = vec![false; list.len()];
    // Only groups of one row and measure can merge: bucket them first.
    let mut buckets: HashMap<(&str, usize), Vec<usize>> = HashMap::new();
    for (i, ((measure, _, row), _)) in list.iter().enumerate() {
        if let Some(r) = row {
            buckets.entry((measure.as_str(), *r)).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for bucket in buckets.values() {
        for (a, &i) in bucket.iter().enumerate() {
            for &j in &bucket[a + 1..] {
                pairs.push((i.min(j), i.max(j)));
            }
        }
    }
    pairs.sort_unstable();
    for (i, j) in pairs {
        {
            if merged[i] || merged[j] {
                continue;
            }
            let val = |g: &Vec<Vec<usize>>| -> Option<Value> {
                g.iter()
                    .enumerate()
                    .find_map(|(v, is)| is.first().map(|&k| items[v][k].value.clone()))
            };
            let disjoint = (0..n).all(|v| list[i].1[v].is_empty() || list[j].1[v].is_empty());
            if disjoint && val(&list[i].1) == val(&list[j].1) {
                let other = std::mem::take(&mut list[j].1);
                for (v, is) in other.into_iter().enumerate() {
                    list[i].1[v].extend(is);
                }
                merged[j] = true;
            }
        }
    }

    for (k, ((measure, counted, _row), members)) in list.into_iter().enumerate() {
        if merged[k] {
            continue;
        }
        // Without a counted noun, numbers of one passage are the same fact
        // only when each version has just one there ("32" and "23" in a row
        // about two people are two facts).
        // An age says nothing without whose age it is.
        if counted.is_empty() && (members.iter().any(|is| is.len() > 1) || measure == "age") {
            continue;
        }
        let values: Vec<Option<Value>> = members
            .iter()
            .enumerate()
            .map(|(v, is)| is.first().map(|&i| items[v][i].value.clone()))
            .collect();
        let present: Vec<bool> = values.iter().map(Option::is_some).collect();
        let shown_counted = if counted.is_empty() { measure.clone() } else { counted.clone() };
        facts.push(FactDraft {
            kind: ClaimKind::Quantity,
            label: format!("Number of {shown_counted}"),
            claims: members
                .iter()
                .enumerate()
                .map(|(v, is)| is.iter().map(|&i| items[v][i].claim).collect())
                .collect(),
            values: values.clone(),
        });
        let distinct: Vec<&Value> = {
            let mut d: Vec<&Value> = Vec::new();
            for v in values.iter().flatten() {
                if !d.contains(&v) {
                    d.push(v);
                }
            }
            d
        };
        if distinct.len() > 1 {
            let items_shown: Vec<(VersionId, String)> = members
                .iter()
                .enumerate()
                .filter_map(|(v, is)| {
                    is.first()
                        .map(|&i| (VersionId(v), ctx.claim_text(items[v][i].claim).to_string()))
                })
                .collect();
            let mut d = Draft::new(
                FindingKind::NumberConflict,
                Severity::High,
                "number/value-differs",
                format!("Number of {shown_counted}: {}", ctx.grouped(&items_shown)),
            );
            d.score = 92.0;
            out.push(with_evidence(ctx, d, &members, &items));
            continue;
        }
        // Dropped from the same passage: the version has the sentence but
        // not the number (nor the same number anywhere in that row).
        let items = &items;
        let rows: Vec<usize> = members
            .iter()
            .enumerate()
            .flat_map(|(v, is)| is.iter().filter_map(move |&i| items[v][i].row))
            .collect();
        let Some(&row) = rows.first() else { continue };
        if !ctx.in_reference(&present) {
            continue;
        }
        let row_present = ctx.row_present(row);
        let value = distinct.first().cloned().cloned();
        let dropped: Vec<VersionId> = (0..n)
            .filter(|&v| !present[v] && row_present[v])
            .filter(|&v| {
                !items[v]
                    .iter()
                    .any(|it| Some(&it.value) == value.as_ref() && it.measure == measure)
            })
            .map(VersionId)
            .collect();
        if dropped.is_empty() {
            continue;
        }
        let first =
            members.iter().enumerate().find_map(|(v, is)| is.first().map(|&i| items[v][i].claim));
        let shown = first.map(|c| ctx.claim_text(c)).unwrap_or("");
        let mut d = Draft::new(
            FindingKind::DetailOmitted,
            Severity::Medium,
            "number/dropped-from-passage",
            format!(
                "“{shown}” ({shown_counted}) is left out of the same passage in {}",
                ctx.list(&dropped)
            ),
        )
        .missing(dropped);
        d.score = 58.0;
        out.push(with_evidence(ctx, d, &members, items));
    }
}

/// Adds each member quantity as evidence with its value.
fn with_evidence(ctx: &Ctx, mut d: Draft, members: &[Vec<usize>], items: &[Vec<Item>]) -> Draft {
    for (v, is) in members.iter().enumerate() {
        for &i in is {
            let it = &items[v][i];
            d = d.evidence(
                VersionId(v),
                ctx.claim(it.claim).span,
                Some(it.value.clone()),
                Some(it.claim),
            );
        }
    }
    d
}
