//! Figures told in the same place: in sentences that tell the same passage,
//! a number stands between the same words in two versions but differs —
//! "Mayor Denise Okafor, 52," / "…, 55,", "last rose in 2019" / "in 2018",
//! "over two years" / "over three years". The claim rules miss these when
//! the number counts nothing they know (an age, a bare year, a duration);
//! this rule only needs the words around it. Numbers another finding
//! already shows are left to it.

use super::context::{clip, Ctx, Draft};
use super::{FindingKind, Severity, Value};
use crate::claims::{ClaimData, ClaimKind, TimexType};
use crate::text::{Span, VersionId};
use crate::{Token, TokenKind};

/// A number of a passage with the words either side of it.
struct Figure<'t> {
    value: f64,
    span: Span,
    left: &'t str,
    right: Option<&'t str>,
}

/// The comparable value of a token that is a number: `"1,150"` → `"1150"`,
/// `"three"` → `"3"` (see [`crate::normalize`]).
fn number(t: &Token) -> Option<f64> {
    let s = t.norm.as_str();
    let numeric = s.chars().all(|c| c.is_ascii_digit() || c == '.')
        && s.starts_with(|c: char| c.is_ascii_digit());
    if numeric {
        s.parse().ok()
    } else {
        None
    }
}

/// The numbers of row `r` in version `v` that have a word on their left.
fn figures<'t>(ctx: &Ctx<'t>, r: usize, v: usize) -> Vec<Figure<'t>> {
    let (Some(row), Some(doc)) = (ctx.alignment.rows.get(r), ctx.docs.get(v)) else {
        return Vec::new();
    };
    let Some(cell) = row.cells.get(v) else { return Vec::new() };
    let tokens: Vec<&Token> = cell
        .sentences
        .iter()
        .filter_map(|s| doc.seg.sentences.get(s.0))
        .flat_map(|s| doc.seg.tokens.get(s.tokens.clone()).into_iter().flatten())
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .collect();
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let Some(value) = number(t) else { continue };
        let Some(left) = i.checked_sub(1).map(|j| tokens[j]) else { continue };
        // Between two numbers ("9-4", "3 to 1") the place says little.
        if number(left).is_some() {
            continue;
        }
        out.push(Figure {
            value,
            span: t.span,
            left: left.norm.as_str(),
            right: tokens.get(i + 1).map(|t| t.norm.as_str()),
        });
    }
    out
}

pub(crate) fn compare(ctx: &Ctx, out: &mut Vec<Draft>) {
    let n = ctx.n();
    // Figures a number or date finding already shows, per version.
    let mut shown: Vec<Vec<Span>> = vec![Vec::new(); n];
    for d in out.iter() {
        if !matches!(d.kind, FindingKind::NumberConflict | FindingKind::DateConflict) {
            continue;
        }
        for e in &d.evidence {
            if let Some(list) = shown.get_mut(e.version.0) {
                list.push(e.span);
            }
        }
    }
    // Numbers inside a date are the date rule's ("July 02, 2013"), except
    // a bare year, which that rule leaves alone.
    for (v, list) in shown.iter_mut().enumerate() {
        for id in ctx.of_kind(v, ClaimKind::Time) {
            if let ClaimData::Time(t) = &ctx.claim(id).data {
                let bare_year = t.value.len() == 4;
                if matches!(t.ty, TimexType::Date | TimexType::Time) && !bare_year {
                    list.push(ctx.claim(id).span);
                }
            }
        }
    }
    let covered = |v: usize, s: Span| shown[v].iter().any(|x| x.start < s.end && s.start < x.end);
    for r in 0..ctx.alignment.rows.len() {
        let present = ctx.row_present(r);
        if present.iter().filter(|&&p| p).count() < 2 {
            continue;
        }
        let figs: Vec<Vec<Figure>> =
            (0..n).map(|v| if present[v] { figures(ctx, r, v) } else { Vec::new() }).collect();
        if figs.iter().filter(|f| !f.is_empty()).count() < 2 {
            continue;
        }
        // Figures of different versions in the same place, by the first
        // version's figure: (version, index) groups.
        let mut groups: Vec<Vec<Option<usize>>> = Vec::new();
        for a in 0..n {
            for (i, fa) in figs[a].iter().enumerate() {
                if groups.iter().any(|g| g[a] == Some(i)) {
                    continue;
                }
                let mut g = vec![None; n];
                g[a] = Some(i);
                for (b, fbs) in figs.iter().enumerate().skip(a + 1) {
                    // A passage told with other figures, or with the same
                    // figures in another order, is not one figure changed.
                    if fbs.len() != figs[a].len() {
                        continue;
                    }
                    // Same words on both sides; the only such figure there.
                    let mut same = fbs
                        .iter()
                        .enumerate()
                        .filter(|(_, fb)| fb.left == fa.left && fb.right == fa.right);
                    if let (Some((j, _)), None) = (same.next(), same.next()) {
                        g[b] = Some(j);
                    }
                }
                groups.push(g);
            }
        }
        for g in groups {
            let members: Vec<(usize, &Figure)> =
                g.iter().enumerate().filter_map(|(v, i)| i.map(|i| (v, &figs[v][i]))).collect();
            let differs = members.iter().any(|(_, f)| f.value != members[0].1.value);
            let crossed = members.iter().any(|&(v, f)| {
                members.iter().any(|&(w, g)| {
                    g.value != f.value && figs[v].iter().any(|x| x.value == g.value) && v != w
                })
            });
            if members.len() < 2
                || !differs
                || crossed
                || members.iter().any(|&(v, f)| covered(v, f.span))
            {
                continue;
            }
            out.push(finding(ctx, r, &members));
        }
    }
}

fn finding(ctx: &Ctx, r: usize, members: &[(usize, &Figure)]) -> Draft {
    let items: Vec<(VersionId, String)> = members
        .iter()
        .map(|&(v, f)| (VersionId(v), ctx.text(VersionId(v), f.span).to_string()))
        .collect();
    let first = members[0].0;
    let passage =
        ctx.row_span(r, first).map(|s| clip(ctx.text(VersionId(first), s), 60)).unwrap_or_default();
    let mut d = Draft::new(
        FindingKind::NumberConflict,
        Severity::High,
        "number/same-place",
        format!("Number in “{passage}”: {}", ctx.grouped(&items)),
    );
    d.score = 78.0;
    for &(v, f) in members {
        d = d.evidence(VersionId(v), f.span, Some(Value::Number(f.value)), None);
    }
    d
}

#[cfg(test)]
mod tests {
    use crate::FindingKind;

    /// The same-place number findings, as "version:text" lists.
    fn figures(texts: &[&str]) -> Vec<Vec<String>> {
        let analysis = crate::compare::tests::analyze_texts(texts);
        analysis
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::NumberConflict && f.rule == "number/same-place")
            .map(|f| {
                f.evidence
                    .iter()
                    .map(|e| {
                        format!(
                            "{}:{}",
                            e.version.0,
                            e.span.slice(&analysis.documents[e.version.0].text)
                        )
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn an_age_a_year_and_a_duration_in_the_same_place() {
        assert_eq!(
            figures(&[
                "Mayor Ann Lee, 52, signed the bill. Taxes last rose in 2019. Hiring takes two years.",
                "Mayor Ann Lee, 55, signed the bill. Taxes last rose in 2018. Hiring takes three years.",
            ]),
            [["0:52", "1:55"], ["0:2019", "1:2018"], ["0:two", "1:three"]]
        );
    }

    #[test]
    fn the_same_figure_written_otherwise_or_in_another_place_is_not_a_change() {
        assert!(figures(&[
            "Mayor Ann Lee, 52, signed the bill. It costs $2.4 billion, or six dollars each.",
            "Mayor Ann Lee, 52, signed the bill. It costs $2.4bn, or 6 dollars each.",
        ])
        .is_empty());
        assert!(figures(&[
            "The vote was 9-4 on Friday after 12 hours.",
            "The vote was 8-5 on Friday after 12 hours.",
        ])
        .iter()
        .all(|f| f.len() == 2));
    }
}
