//! Places across versions: the same passage set in a different place
//! ("a native of Winnipeg" / "a native of Regina").

use super::context::{clip, Ctx, Draft};
use super::{FindingKind, Severity, Value};
use crate::claims::{ClaimData, ClaimKind};
use crate::text::{ClaimId, VersionId};
use std::collections::HashSet;

fn place_name(ctx: &Ctx, id: ClaimId) -> Option<String> {
    match &ctx.claim(id).data {
        ClaimData::Place(p) => Some(p.entity.to_lowercase()),
        _ => None,
    }
}

pub(crate) fn compare(ctx: &Ctx, out: &mut Vec<Draft>) {
    let n = ctx.n();
    let rows = ctx.alignment.rows.len();
    // Every place each version names anywhere.
    let everywhere: Vec<HashSet<String>> = (0..n)
        .map(|v| ctx.of_kind(v, ClaimKind::Place).filter_map(|id| place_name(ctx, id)).collect())
        .collect();
    let mut per_row: Vec<Vec<Vec<ClaimId>>> = vec![vec![Vec::new(); n]; rows];
    for v in 0..n {
        for id in ctx.of_kind(v, ClaimKind::Place) {
            if let Some(r) = ctx.row(id) {
                per_row[r][v].push(id);
            }
        }
    }
    for (r, cells) in per_row.iter().enumerate() {
        // Places of a version here that another version telling the passage
        // never names at all, while that version names one this one never
        // does: the passage moved.
        let own = |v: usize| -> Vec<(ClaimId, String)> {
            cells[v].iter().filter_map(|&id| place_name(ctx, id).map(|p| (id, p))).collect()
        };
        let foreign = |v: usize, u: usize| -> Vec<(ClaimId, String)> {
            own(v).into_iter().filter(|(_, p)| !everywhere[u].contains(p)).collect()
        };
        let mut clash: Vec<(usize, usize)> = Vec::new();
        for v in 0..n {
            for u in v + 1..n {
                // One place swapped for another in a close paraphrase: each
                // names exactly one place the other never names.
                let close = |x: usize| {
                    ctx.alignment
                        .rows
                        .get(r)
                        .and_then(|row| row.cells.get(x))
                        .is_some_and(|c| c.similarity >= 0.35)
                };
                if (1..=2).contains(&foreign(v, u).len())
                    && (1..=2).contains(&foreign(u, v).len())
                    && close(v)
                    && close(u)
                {
                    clash.push((v, u));
                }
            }
        }
        if clash.is_empty() {
            continue;
        }
        // The disputed names: places some involved version names here that
        // another involved version never names.
        let disputed: HashSet<String> = clash
            .iter()
            .flat_map(|&(a, b)| foreign(a, b).into_iter().chain(foreign(b, a)).map(|(_, p)| p))
            .collect();
        let present = ctx.row_present(r);
        let mut items: Vec<(VersionId, String)> = Vec::new();
        let mut d = Draft::new(
            FindingKind::NameConflict,
            Severity::High,
            "place/differs-in-passage",
            String::new(),
        );
        // Every version naming a disputed place says where it stands, even
        // where it tells the detail in another passage: the first mention
        // of each disputed place per version.
        for v in 0..n {
            let mut seen: HashSet<String> = HashSet::new();
            for id in ctx.of_kind(v, ClaimKind::Place) {
                let Some(p) = place_name(ctx, id) else { continue };
                if disputed.contains(&p) && seen.insert(p.clone()) {
                    items.push((VersionId(v), ctx.claim_text(id).to_string()));
                    d = d.evidence(
                        VersionId(v),
                        ctx.claim(id).span,
                        Some(Value::Text(p)),
                        Some(id),
                    );
                }
            }
        }
        let first = (0..n).find(|&v| present[v]).unwrap_or(0);
        let context = ctx
            .row_span(r, first)
            .map(|s| clip(ctx.text(VersionId(first), s), 50))
            .unwrap_or_default();
        d.summary = format!("Place in “{context}”: {}", ctx.grouped(&items));
        d.score = 86.0;
        out.push(d);
    }
}
