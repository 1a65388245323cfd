//! Figures some versions give and others never do: "more than 20
//! geothermal power plants", "$25 a share", "350 employees". A passage a
//! version tells in its own words may still leave out its figure; the
//! passage rule cannot see that, the figure can: a version lacks it when it
//! states no amount of the same kind that could be it anywhere in its text.
//!
//! One finding per figure, evidence the figure where each version gives it,
//! and the versions that never give it.

use super::amounts::{amount, Amount, Dimension};
use super::context::{clip, Ctx, Draft};
use super::quantities::value_of;
use super::{FindingKind, Severity};
use crate::claims::{ClaimData, ClaimKind};
use crate::text::{ClaimId, VersionId};

/// A figure of one version.
struct Figure {
    claim: ClaimId,
    amount: Amount,
}

/// The figures of a version that stand for a fact: amounts of something
/// (not a vague "dozens", not an age, not a phone number, not in a
/// headline, not a time).
fn figures(ctx: &Ctx, v: usize) -> Vec<Figure> {
    ctx.of_kind(v, ClaimKind::Quantity)
        .filter_map(|id| {
            let ClaimData::Quantity(q) = &ctx.claim(id).data else { return None };
            let frame = ctx.frame(id);
            if frame.headline || frame.identifier {
                return None;
            }
            let span = ctx.claim(id).span;
            if ctx
                .claims_in(v, span)
                .iter()
                .any(|&c| matches!(ctx.claim(c).data, ClaimData::Time(_)))
            {
                return None;
            }
            let text = ctx.claim_text(id);
            let amount = amount(q, text)?;
            let lower = text.to_lowercase();
            let vague = !text.chars().any(|c| c.is_ascii_digit()) && !amount.exact;
            let bare = matches!(&amount.dimension, Dimension::Count(c) if c.is_empty())
                && frame.event.is_none();
            let age = amount.dimension == Dimension::Age
                || lower.contains("-old")
                || lower.contains(" old");
            // "one person", "two people": too common to be a detail.
            let small = matches!(amount.dimension, Dimension::Count(_)) && amount.point < 4.0;
            (!vague && !bare && !age && !small).then_some(Figure { claim: id, amount })
        })
        .collect()
}

pub(crate) fn compare(ctx: &Ctx, out: &mut Vec<Draft>) {
    let n = ctx.n();
    if n < 2 {
        return;
    }
    let all: Vec<Vec<Figure>> = (0..n).map(|v| figures(ctx, v)).collect();
    // Figures already grouped into a finding.
    let mut done: Vec<Vec<bool>> = all.iter().map(|f| vec![false; f.len()]).collect();
    for v in 0..n {
        for i in 0..all[v].len() {
            if done[v][i] {
                continue;
            }
            let fig = &all[v][i];
            // Who gives a figure that could be this one, and which.
            let mut holders: Vec<(usize, usize)> = Vec::new();
            let mut lacking: Vec<VersionId> = Vec::new();
            for (u, figs) in all.iter().enumerate() {
                let same: Vec<usize> = figs
                    .iter()
                    .enumerate()
                    .filter(|(_, g)| g.amount.compatible(&fig.amount))
                    .map(|(j, _)| j)
                    .collect();
                let kind = figs.iter().any(|g| g.amount.dimension == fig.amount.dimension);
                if !same.is_empty() {
                    holders.extend(same.into_iter().map(|j| (u, j)));
                } else if !kind && !mentions(ctx, u, fig) {
                    // No amount of that kind at all: it never gives the figure.
                    lacking.push(VersionId(u));
                }
            }
            for &(u, j) in &holders {
                done[u][j] = true;
            }
            let givers: std::collections::BTreeSet<usize> = holders.iter().map(|h| h.0).collect();
            // A figure most versions give is the story's; one only some
            // give, with versions that never give anything of the kind, is
            // a detail those left out.
            if lacking.is_empty() || givers.len() * 2 > n && lacking.len() * 3 > n {
                continue;
            }
            report(ctx, &all, &holders, &givers, lacking, out);
        }
    }
}

/// True when version `u` writes the figure's number anywhere (a figure the
/// extractor did not read as an amount of that kind).
fn mentions(ctx: &Ctx, u: usize, fig: &Figure) -> bool {
    let digits: String = ctx.claim_text(fig.claim).chars().filter(char::is_ascii_digit).collect();
    digits.len() >= 2 && {
        let text: String =
            ctx.docs[u].text.chars().filter(|c| c.is_ascii_digit() || c.is_whitespace()).collect();
        text.split_whitespace().any(|w| w == digits)
    }
}

fn report(
    ctx: &Ctx,
    all: &[Vec<Figure>],
    holders: &[(usize, usize)],
    givers: &std::collections::BTreeSet<usize>,
    lacking: Vec<VersionId>,
    out: &mut Vec<Draft>,
) {
    let n = ctx.n();
    let Some(&(v0, i0)) = holders.first() else { return };
    let first = &all[v0][i0];
    let shown = ctx.claim_text(first.claim).trim();
    let doc = &ctx.docs[v0];
    let sentence = doc
        .seg
        .sentences
        .get(ctx.claim(first.claim).sentence.0)
        .map(|s| clip(s.span.slice(&doc.text), 80))
        .unwrap_or_default();
    let giver_ids: Vec<VersionId> = givers.iter().map(|&v| VersionId(v)).collect();
    let only = givers.len() * 2 <= n;
    let summary = if only {
        format!(
            "Only {} give{} “{shown}”: “{sentence}”",
            ctx.list(&giver_ids),
            if giver_ids.len() == 1 { "s" } else { "" }
        )
    } else {
        format!("“{shown}” is left out in {}: “{sentence}”", ctx.list(&lacking))
    };
    let mut d = Draft::new(
        FindingKind::DetailOmitted,
        Severity::Medium,
        if only { "number/only-in" } else { "number/left-out" },
        summary,
    )
    .missing(lacking);
    // A figure is worth more than a passage of words.
    d.score = if only { 52.0 } else { 60.0 };
    // Every version that gives the figure gives one that can be it: one
    // value for them all, the first's.
    let ClaimData::Quantity(q) = &ctx.claim(first.claim).data else { return };
    let value = value_of(q);
    for &(u, j) in holders {
        let g = &all[u][j];
        d = d.evidence(VersionId(u), ctx.claim(g.claim).span, Some(value.clone()), Some(g.claim));
    }
    out.push(d);
}
