//! Figures some versions give and others never do: "more than 20
//! geothermal power plants", "$25 a share", "350 employees". A passage a
//! version tells in its own words may still leave out its figure; the
//! passage rule cannot see that, the figure can: a version lacks it when it
//! states no amount of the same kind that could be it anywhere in its text.
//!
//! One finding per figure, evidence the figure where each version gives it,
//! and the versions that never give it.

use super::amounts::value_of;
use super::amounts::{amount, Amount, Dimension};
use super::context::{clip, Ctx, Draft};
use super::{FindingKind, Severity};
use crate::claims::{ClaimData, ClaimKind};
use crate::lexicon::{FnvHashMap as HashMap, FnvHashSet as HashSet};
use crate::text::{ClaimId, VersionId};

/// A figure of one version.
struct Figure {
    claim: ClaimId,
    amount: Amount,
}

/// The figures of a version that stand for a fact: amounts of something
/// (not a vague "dozens", not a phone number, not in a headline, not a
/// time, not in a question to the reader). An age counts ("Smith, 26"):
/// a version that gives nobody's age never gives it, and one that gives
/// another age is left to the rules that compare them.
fn figures(ctx: &Ctx, v: usize) -> Vec<Figure> {
    ctx.of_kind(v, ClaimKind::Quantity)
        .filter_map(|id| {
            let ClaimData::Quantity(q) = &ctx.claim(id).data else { return None };
            let frame = ctx.frame(id);
            // A question to the reader states no figure.
            if frame.headline || frame.identifier || ctx.is_question(v, ctx.claim(id).sentence.0) {
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
            if in_dimensions(&ctx.docs[v].text, span) {
                return None;
            }
            let amount = amount(q, text)?;
            let lower = text.to_lowercase();
            let vague = !text.chars().any(|c| c.is_ascii_digit()) && !amount.exact;
            let bare = matches!(&amount.dimension, Dimension::Count(c) if c.is_empty())
                && frame.event.is_none();
            // An age read as another amount ("an 8- to 10-week-old") is
            // not one figure.
            let age_like = amount.dimension != Dimension::Age
                && (lower.contains("-old") || lower.contains(" old"));
            // "one person", "two people": too common to be a detail.
            let small = matches!(amount.dimension, Dimension::Count(_)) && amount.point < 4.0;
            (!vague && !bare && !age_like && !small).then_some(Figure { claim: id, amount })
        })
        .collect()
}

/// True when the figure at `span` is one side of a pair of dimensions
/// ("480 x 360 pixels", "480-by-360", "2880 by 1800"): outlets cut and
/// write such a pair in many ways, and either number alone is no detail.
fn in_dimensions(text: &str, span: crate::Span) -> bool {
    let is_by = |w: &str| matches!(w.to_lowercase().as_str(), "x" | "by" | "×");
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| c.is_whitespace() || c == '-')
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '×'))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let digit = |w: Option<&String>| w.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let own = words(text.get(span.start..span.end).unwrap_or(""));
    let before = words(text.get(span.start.saturating_sub(12)..span.start).unwrap_or(""));
    let after = words(text.get(span.end..(span.end + 12).min(text.len())).unwrap_or(""));
    let inside = own.windows(3).any(|w| is_by(&w[1]) && digit(Some(&w[0])) && digit(Some(&w[2])));
    let led = before.last().is_some_and(|w| is_by(w)) && digit(before.iter().rev().nth(1));
    let ends = own.last().is_some_and(|w| is_by(w)) && digit(after.first());
    let followed = after.first().is_some_and(|w| is_by(w)) && digit(after.get(1));
    inside || led || ends || followed
}

pub(crate) fn compare(ctx: &Ctx, out: &mut Vec<Draft>) {
    let n = ctx.n();
    if n < 2 {
        return;
    }
    let all: Vec<Vec<Figure>> = (0..n).map(|v| figures(ctx, v)).collect();
    let index: Vec<Index> = all.iter().map(|figs| Index::of(figs)).collect();
    // Each version's written numbers, read from its text once when first
    // asked (many figures ask of the same version).
    let written: Vec<std::cell::OnceCell<HashSet<String>>> =
        (0..n).map(|_| std::cell::OnceCell::new()).collect();
    // Figures already grouped into a finding.
    let mut done: Vec<Vec<bool>> = all.iter().map(|f| vec![false; f.len()]).collect();
    for v in 0..n {
        for i in 0..all[v].len() {
            if done[v][i] {
                continue;
            }
            let fig = &all[v][i];
            // Who gives this figure (one mention each, for the evidence),
            // and who gives no amount of its kind that could be it. A
            // version with another figure of the kind ("2.7GHz" beside "up
            // to 3.7GHz") is neither; one whose amounts of the kind are all
            // far off in size ("$13.9 billion" beside "$25 a share") never
            // gives it.
            let mut holders: Vec<(usize, usize)> = Vec::new();
            let mut lacking: Vec<VersionId> = Vec::new();
            for (u, figs) in all.iter().enumerate() {
                let same = index[u].same(figs, &fig.amount);
                if let Some(&first) = same.first() {
                    holders.push((u, first));
                    for k in same {
                        done[u][k] = true;
                    }
                } else if !index[u].could_be(&fig.amount)
                    && !mentions(
                        ctx,
                        fig,
                        written[u].get_or_init(|| numbers_written(&ctx.docs[u].text).collect()),
                    )
                {
                    lacking.push(VersionId(u));
                }
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

/// How many times larger than another an amount of one kind must be for
/// neither to stand for the other (a per-share price and a deal's value, a
/// town's dead and a war's). Wide on purpose: "1.2 miles" and "12 miles"
/// may be one depth written wrong.
const FAR: f64 = 100.0;

/// A figure as the index keeps it: its bound, its second value (bits), its
/// value and its number among the version's figures.
type Entry = (i8, Option<u64>, f64, usize);

/// A version's figures by kind, to find one figure among thousands.
struct Index<'a> {
    /// Per kind of amount it gives, its figures sorted by bound, second
    /// value, value and number.
    kinds: HashMap<&'a Dimension, Vec<Entry>>,
}

impl<'a> Index<'a> {
    fn of(figs: &'a [Figure]) -> Index<'a> {
        let mut kinds: HashMap<&Dimension, Vec<Entry>> = HashMap::default();
        for (j, g) in figs.iter().enumerate() {
            let a = &g.amount;
            let entry = (a.direction, a.second.map(f64::to_bits), a.point, j);
            kinds.entry(&a.dimension).or_default().push(entry);
        }
        for list in kinds.values_mut() {
            list.sort_by(|x, y| {
                (x.0, x.1).cmp(&(y.0, y.1)).then(x.2.total_cmp(&y.2)).then(x.3.cmp(&y.3))
            });
        }
        Index { kinds }
    }

    /// True when one of the version's amounts of `amount`'s kind could be
    /// it, told another way or with another figure: one within a factor of
    /// [`FAR`] of it in size ("$334 million" beside "$281 million" could,
    /// "$13.9 billion" beside "$25 a share" could not).
    fn could_be(&self, amount: &Amount) -> bool {
        let Some(list) = self.kinds.get(&amount.dimension) else { return false };
        let p = amount.point.abs();
        list.iter().any(|e| {
            let q = e.2.abs();
            p == 0.0 || q == 0.0 || p.max(q) / p.min(q) <= FAR
        })
    }

    /// The figures that are `amount` as written (see [`same_figure`]), in
    /// text order.
    fn same(&self, figs: &[Figure], amount: &Amount) -> Vec<usize> {
        let Some(list) = self.kinds.get(&amount.dimension) else { return Vec::new() };
        let bound = (amount.direction, amount.second.map(f64::to_bits));
        // Values within rounding of `amount.point` (a little wider than
        // `same_figure`'s tolerance, which then decides).
        let slack = 0.006 * amount.point.abs();
        let from = list.partition_point(|e| {
            (e.0, e.1) < bound || (e.0, e.1) == bound && e.2 < amount.point - slack
        });
        let mut out: Vec<usize> = list[from..]
            .iter()
            .take_while(|e| (e.0, e.1) == bound && e.2 <= amount.point + slack)
            .map(|e| e.3)
            .filter(|&j| same_figure(&figs[j].amount, amount))
            .collect();
        out.sort_unstable();
        out
    }
}

/// True when two figures are one figure as written, not merely figures
/// that could both hold: "$1,199" and "$1199", "up to 3.7GHz" and "up to
/// 3.7 GHz" are; "up to 3.7GHz" and "2.7GHz" are not.
fn same_figure(a: &Amount, b: &Amount) -> bool {
    // Equal to rounding (an open bound is infinite on both sides).
    let close = |x: f64, y: f64| x == y || (x - y).abs() <= 0.005 * x.abs().max(y.abs());
    a.dimension == b.dimension
        && a.second == b.second
        && a.direction == b.direction
        && close(a.point, b.point)
        && close(a.low, b.low)
        && close(a.high, b.high)
}

/// True when a version whose numbers (see [`numbers_written`]) are
/// `written` writes the figure's number anywhere (a figure the extractor
/// did not read as an amount of that kind).
fn mentions(ctx: &Ctx, fig: &Figure, written: &HashSet<String>) -> bool {
    numbers_written(ctx.claim_text(fig.claim))
        .any(|d| d.chars().filter(char::is_ascii_digit).count() >= 2 && written.contains(&d))
}

/// Each number `text` writes, its commas left out and its decimal point
/// kept (without trailing zeros, so "2.0" is "2", not "20"), a space after
/// a point or comma inside a number too: text split into words for a
/// corpus writes "4.6" as "4. 6" and "1,200" as "1, 200" ("Magnitude - 6.
/// 1" → "6.1").
fn numbers_written(text: &str) -> impl Iterator<Item = String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            out.push(c);
            continue;
        }
        // A point or comma between digits, with at most one space after it,
        // joins them.
        let joins = |at: usize| {
            at > 0
                && chars[at - 1].is_ascii_digit()
                && matches!(chars.get(at), Some('.' | ','))
                && match chars.get(at + 1) {
                    Some(' ') => chars.get(at + 2).is_some_and(char::is_ascii_digit),
                    Some(d) => d.is_ascii_digit(),
                    None => false,
                }
        };
        if joins(i) {
            if c == '.' {
                out.push('.');
            }
            continue;
        }
        if c == ' ' && i > 0 && joins(i - 1) {
            continue;
        }
        if !matches!(out.last(), Some(' ') | None) {
            out.push(' ');
        }
    }
    let joined: String = out.into_iter().collect();
    joined
        .split_whitespace()
        .map(|n| match n.contains('.') {
            true => n.trim_end_matches('0').trim_end_matches('.').to_string(),
            false => n.to_string(),
        })
        .collect::<Vec<_>>()
        .into_iter()
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

#[cfg(test)]
mod tests {
    use super::numbers_written;
    use crate::compare::tests::{analyze_texts, of_kind};
    use crate::FindingKind;

    #[test]
    fn a_decimal_split_after_its_point_is_the_number() {
        let found: Vec<String> =
            numbers_written("A 4. 6 quake, then 1, 200 homes; 3.1\" and 7. The 2.0 and 20")
                .collect();
        assert_eq!(found, ["4.6", "1200", "3.1", "7", "2", "20"]);
    }

    /// The figures some version gives only, as "figure: lacking versions".
    fn only_in(texts: &[&str]) -> Vec<String> {
        let (analysis, found) = of_kind(texts, FindingKind::DetailOmitted);
        found
            .iter()
            .map(|f| {
                let e = &f.evidence[0];
                let shown = e.span.slice(&analysis.documents[e.version.0].text).to_string();
                let lacking: Vec<String> = f.missing_in.iter().map(|v| v.0.to_string()).collect();
                format!("{shown}: {}", lacking.join(","))
            })
            .collect()
    }

    #[test]
    fn a_decimal_written_elsewhere_is_not_the_figure() {
        // "2.0" is not "20": the version that writes only the magnitude
        // never gives the count of wells.
        let a = "A quake shook the valley near Tarrow on Monday.\n\
            The valley holds more than 20 wells that feed the town.";
        let b = "A quake shook the valley near Tarrow on Monday.\n\
            A magnitude 2.0 aftershock followed an hour later.";
        assert_eq!(only_in(&[a, b]), ["more than 20 wells: 1"]);
    }

    #[test]
    fn an_age_only_some_versions_give_is_a_detail() {
        // The version that gives nobody's age never gives the coach's.
        let a = "The club named Ray Dunmore as its new coach on Friday.\n\
            Dunmore, 38, led the youth side to two titles.";
        let b = "The club named Ray Dunmore as its new coach on Friday.\n\
            He led the youth side to two titles.";
        assert_eq!(only_in(&[a, b]), ["38: 1"]);
    }

    #[test]
    fn an_amount_far_off_in_size_is_not_the_figure() {
        // The deal's value is not its price a share: the version that gives
        // only the value never gives the price.
        let a = "Harlow Foods agreed to buy Tesk for $4.1 billion on Monday.\n\
            Tesk's owners will get $31 a share in the deal.";
        let b = "Harlow Foods agreed to buy Tesk for $4.1 billion on Monday.\n\
            The deal needs the approval of regulators.";
        assert_eq!(only_in(&[a, b]), ["$31: 1"]);
    }

    #[test]
    fn a_figure_written_with_a_space_after_its_point_is_not_left_out() {
        let a = "A quake struck the valley on Monday.\n\
            The magnitude 5.8 quake shook buildings in Lorca.\n\
            Power was cut to 4,000 homes.";
        let b = "A quake struck the valley on Monday.\n\
            It measured 5. 8, seismologists in Lorca said.\n\
            Power was cut to 4,000 homes.";
        let analysis = analyze_texts(&[a, b]);
        let left_out: Vec<&String> = analysis
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::DetailOmitted)
            .map(|f| &f.summary)
            .collect();
        assert!(left_out.is_empty(), "{left_out:?}");
    }
}
