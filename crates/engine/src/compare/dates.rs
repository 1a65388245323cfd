//! Dates and times across versions: the date of the same event, found in
//! the same aligned passage, compared after normalisation and checked
//! against the calendar ("Thursday" fits March 14, 2024, not March 15).

use super::context::{clip, Ctx, Draft};
use super::{FactDraft, FindingKind, Severity, Value};
use crate::claims::time::CivilDate;
use crate::claims::{ClaimData, ClaimKind, TimexType};
use crate::lexicon::{MONTHS_NAMES, WEEKDAYS_NAMES};
use crate::text::{ClaimId, VersionId};

/// The parts of a TIMEX3 DATE/TIME value that can be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct DateParts {
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    weekday: Option<u8>,
}

/// `"2024-03-14"`, `"XXXX-03-14"`, `"2024-03-14TNI"`, `"XXXX-WXX-4"`,
/// `"2024-03"` → their parts; durations, sets and `*_REF` → None.
pub(crate) fn parse(value: &str) -> Option<DateParts> {
    let date = value.split('T').next().unwrap_or("");
    let parts: Vec<&str> = date.split('-').collect();
    let num = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.chars().all(|c| c.is_ascii_digit())).then(|| s.parse().ok()).flatten()
    };
    let year = parts.first().and_then(|y| num(y)).map(|y| y as i32);
    if parts.first().is_none_or(|y| y.len() != 4 || (year.is_none() && *y != "XXXX")) {
        return None;
    }
    match parts.get(1) {
        Some(w) if w.starts_with('W') => {
            let weekday =
                parts.get(2).and_then(|d| num(d)).filter(|d| (1..=7).contains(d)).map(|d| d as u8);
            weekday.map(|wd| DateParts { year: None, month: None, day: None, weekday: Some(wd) })
        }
        Some(m) => {
            let month = num(m).filter(|m| (1..=12).contains(m)).map(|m| m as u8)?;
            let day =
                parts.get(2).and_then(|d| num(d)).filter(|d| (1..=31).contains(d)).map(|d| d as u8);
            let weekday = match (year, day) {
                (Some(y), Some(d)) => Some(CivilDate { year: y, month, day: d }.weekday()),
                _ => None,
            };
            Some(DateParts { year, month: Some(month), day, weekday })
        }
        None => year.map(|y| DateParts { year: Some(y), ..Default::default() }),
    }
}

/// Keeps only what the words themselves state: a date resolved from
/// "later today" or "the previous day" depends on an anchor the versions
/// may not share, so it is not compared; "Thursday" states a weekday only
/// (whatever date it was resolved to); "March 13" states no year.
///
/// `"March 13"` + 2025-03-13 → XXXX-03-13; `"Thursday"` + 2025-12-04 →
/// weekday 4; `"the previous day"` → None.
pub(crate) fn as_stated(text: &str, parts: DateParts) -> Option<DateParts> {
    let lower = text.to_lowercase();
    let words: Vec<&str> =
        lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let has_year = words.iter().any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    // A month is named by its first three letters or more ("Dec", "Decem…").
    let month_prefix = |w: &str| MONTHS_NAMES.iter().any(|(m, _)| w.starts_with(&m[..3]));
    let has_month = words.iter().any(|w| w.len() >= 3 && month_prefix(w))
        || lower.chars().filter(|c| *c == '/' || *c == '-').count() >= 1
            && words.iter().filter(|w| w.chars().all(|c| c.is_ascii_digit())).count() >= 2;
    let weekday = words
        .iter()
        .find_map(|w| WEEKDAYS_NAMES.iter().find(|(d, _)| w.starts_with(d)).map(|(_, n)| n as u8));
    if has_month {
        let mut p = parts;
        if !has_year {
            p.year = None;
            p.weekday = weekday;
        }
        return Some(p);
    }
    weekday.map(|wd| DateParts { weekday: Some(wd), ..Default::default() })
}

/// True for a date in a dateline, the place and date a story was filed
/// from: `"LONDON, March 3 (Reuters) - …"`, `"KYIV, Ukraine, Dec. 2 — …"`.
/// It opens its paragraph after capitalised words and commas only, and a
/// dash follows it, perhaps after the agency in brackets.
fn in_dateline(ctx: &Ctx, id: ClaimId) -> bool {
    let v = ctx.version(id);
    let Some(doc) = ctx.docs.get(v.0) else { return false };
    let span = ctx.claim(id).span;
    let Some(paragraph) = doc
        .seg
        .sentences
        .get(ctx.claim(id).sentence.0)
        .and_then(|s| doc.seg.paragraphs.get(s.paragraph))
    else {
        return false;
    };
    let before = doc.text.get(paragraph.span.start..span.start).unwrap_or("");
    let place_only = before.len() <= 60
        && before.contains(',')
        && before.split_whitespace().all(|w| {
            w.chars().next().is_some_and(|c| !c.is_lowercase()) && !w.ends_with(['.', ':'])
                || w.ends_with(".,")
        });
    if !place_only {
        return false;
    }
    let end = crate::text::ceil_char_boundary(&doc.text, span.end.saturating_add(30));
    let after = doc.text.get(span.end..end).unwrap_or("").trim_start();
    let after = match after.strip_prefix('(') {
        Some(rest) => rest.split_once(')').map_or("", |(_, r)| r).trim_start(),
        None => after,
    };
    after.starts_with(['—', '–', '-'])
}

/// True when two dates can be the same day (or period).
pub(crate) fn compatible(a: &DateParts, b: &DateParts) -> bool {
    let same = |x: Option<i64>, y: Option<i64>| x.is_none() || y.is_none() || x == y;
    same(a.year.map(i64::from), b.year.map(i64::from))
        && same(a.month.map(i64::from), b.month.map(i64::from))
        && same(a.day.map(i64::from), b.day.map(i64::from))
        && same(a.weekday.map(i64::from), b.weekday.map(i64::from))
}

struct Item {
    claim: ClaimId,
    parts: DateParts,
    value: String,
}

pub(crate) fn compare(ctx: &Ctx, facts: &mut Vec<FactDraft>, out: &mut Vec<Draft>) {
    let n = ctx.n();
    let rows = ctx.alignment.rows.len();
    let mut per_row: Vec<Vec<Vec<Item>>> =
        (0..rows).map(|_| (0..n).map(|_| Vec::new()).collect()).collect();
    for v in 0..n {
        for id in ctx.of_kind(v, ClaimKind::Time) {
            let ClaimData::Time(t) = &ctx.claim(id).data else { continue };
            if !matches!(t.ty, TimexType::Date | TimexType::Time) {
                continue;
            }
            let (Some(parts), Some(r)) = (parse(&t.value), ctx.row(id)) else { continue };
            // The date of filing, not of anything the story tells.
            if in_dateline(ctx, id) {
                continue;
            }
            let Some(parts) = as_stated(ctx.claim_text(id), parts) else { continue };
            // A bare year or month says too little to pair reliably.
            if parts.day.is_none() && parts.weekday.is_none() {
                continue;
            }
            per_row[r][v].push(Item { claim: id, parts, value: t.value.clone() });
        }
    }
    borrow_from_neighbours(ctx, &mut per_row);
    for (r, cells) in per_row.into_iter().enumerate() {
        if cells.iter().filter(|c| !c.is_empty()).count() < 2 {
            continue;
        }
        for group in pair_up(ctx, &cells) {
            report(ctx, r, &cells, &group, facts, out);
        }
    }
}

/// A version that tells a passage without its date may have moved the date
/// into the next or previous sentence ("The 5-2 decision, issued Dec. 12,
/// …" after a lede without a date). Such a neighbouring date, if it is the
/// only one there and no other version dates that neighbour's row, is
/// compared with this row's dates.
fn borrow_from_neighbours(ctx: &Ctx, per_row: &mut [Vec<Vec<Item>>]) {
    let n = ctx.n();
    let dated_by = |per_row: &[Vec<Vec<Item>>], r: usize| -> Vec<usize> {
        (0..n).filter(|&v| !per_row[r][v].is_empty()).collect()
    };
    for r in 0..per_row.len() {
        let dated = dated_by(per_row, r);
        if dated.is_empty() {
            continue;
        }
        let present = ctx.row_present(r);
        let undated: Vec<usize> =
            (0..n).filter(|&v| present[v] && per_row[r][v].is_empty()).collect();
        for v in undated {
            let Some(cell) = ctx.alignment.rows.get(r).and_then(|row| row.cells.get(v)) else {
                continue;
            };
            let (Some(first), Some(last)) = (cell.sentences.first(), cell.sentences.last()) else {
                continue;
            };
            let neighbours = [first.0.checked_sub(1), Some(last.0 + 1)];
            let mut found: Vec<(usize, usize)> = Vec::new(); // (row, index in cell)
            for s in neighbours.into_iter().flatten() {
                let Some(r2) = ctx.sentence_row(v, s) else { continue };
                if r2 == r || dated_by(per_row, r2).iter().any(|&u| u != v) {
                    continue;
                }
                for (i, it) in per_row[r2][v].iter().enumerate() {
                    if ctx.claim(it.claim).sentence.0 == s {
                        found.push((r2, i));
                    }
                }
            }
            if let [(r2, i)] = found[..] {
                let it = per_row[r2][v].remove(i);
                per_row[r][v].push(it);
            }
        }
    }
}

/// Pairs the dates of one row across versions: around the version with the
/// most dates (the reference first), by compatible value, else by order.
fn pair_up(ctx: &Ctx, cells: &[Vec<Item>]) -> Vec<Vec<Option<usize>>> {
    let n = cells.len();
    let anchor =
        ctx.reference.map(|r| r.0).filter(|&r| !cells[r].is_empty()).unwrap_or_else(|| {
            (0..n).max_by_key(|&v| (cells[v].len(), std::cmp::Reverse(v))).unwrap_or(0)
        });
    let mut groups: Vec<Vec<Option<usize>>> = (0..cells[anchor].len())
        .map(|i| {
            let mut g = vec![None; n];
            g[anchor] = Some(i);
            g
        })
        .collect();
    for v in (0..n).filter(|&v| v != anchor) {
        let mut left: Vec<usize> = Vec::new();
        for (i, it) in cells[v].iter().enumerate() {
            let slot = groups.iter().position(|g| {
                g[v].is_none()
                    && g[anchor].is_some_and(|a| compatible(&cells[anchor][a].parts, &it.parts))
            });
            match slot {
                Some(s) => groups[s][v] = Some(i),
                None => left.push(i),
            }
        }
        let free: Vec<usize> = (0..groups.len()).filter(|&g| groups[g][v].is_none()).collect();
        if left.len() == free.len()
            || (cells[v].len() == cells[anchor].len() && left.len() <= free.len())
        {
            for (i, g) in left.iter().zip(free) {
                groups[g][v] = Some(*i);
            }
        } else if left.len() == 1 && free.len() == 1 {
            groups[free[0]][v] = Some(left[0]);
        }
    }
    groups
}

fn report(
    ctx: &Ctx,
    row: usize,
    cells: &[Vec<Item>],
    group: &[Option<usize>],
    facts: &mut Vec<FactDraft>,
    out: &mut Vec<Draft>,
) {
    let n = cells.len();
    let members: Vec<Option<&Item>> = (0..n).map(|v| group[v].map(|i| &cells[v][i])).collect();
    if members.iter().flatten().count() < 2 {
        return;
    }
    let shared = shared_values(&members);
    let values: Vec<Option<Value>> =
        shared.iter().map(|v| v.map(|v| Value::Text(v.to_string()))).collect();
    let anchor = members.iter().enumerate().find_map(|(v, m)| m.map(|m| (v, m)));
    let Some((av, am)) = anchor else { return };
    let context = sentence_context(ctx, VersionId(av), am.claim);
    let label = format!("Date in “{context}”");
    facts.push(FactDraft {
        kind: ClaimKind::Time,
        label: label.clone(),
        claims: members.iter().map(|m| m.map(|m| vec![m.claim]).unwrap_or_default()).collect(),
        values: values.clone(),
    });
    let present: Vec<&Item> = members.iter().flatten().copied().collect();
    let clash = present
        .iter()
        .enumerate()
        .any(|(i, a)| present[i + 1..].iter().any(|b| !compatible(&a.parts, &b.parts)));
    if !clash {
        return;
    }
    let items: Vec<(VersionId, String)> = members
        .iter()
        .enumerate()
        .filter_map(|(v, m)| m.map(|m| (VersionId(v), ctx.claim_text(m.claim).to_string())))
        .collect();
    let mut d = Draft::new(
        FindingKind::DateConflict,
        Severity::High,
        "date/value-differs",
        format!("{label}: {}", ctx.grouped(&items)),
    );
    d.score = 95.0;
    let _ = row;
    for (v, m) in members.iter().enumerate() {
        if let Some(m) = m {
            d = d.evidence(VersionId(v), ctx.claim(m.claim).span, values[v].clone(), Some(m.claim));
        }
    }
    out.push(d);
}

/// The value each member states, with dates that can be the same day given
/// one value: the most specific among them. "Wednesday" beside
/// "Wednesday, Aug. 6" is Aug. 6 (XXXX-08-06); "Tuesday" keeps its own.
fn shared_values<'i>(members: &[Option<&'i Item>]) -> Vec<Option<&'i str>> {
    let specificity = |p: &DateParts| {
        [p.year.is_some(), p.month.is_some(), p.day.is_some(), p.weekday.is_some()]
            .iter()
            .filter(|&&b| b)
            .count()
    };
    let mut order: Vec<usize> = (0..members.len()).filter(|&v| members[v].is_some()).collect();
    order.sort_by_key(|&v| std::cmp::Reverse(members[v].map_or(0, |m| specificity(&m.parts))));
    let mut clusters: Vec<&Item> = Vec::new();
    let mut out = vec![None; members.len()];
    for v in order {
        let Some(m) = members[v] else { continue };
        let rep = match clusters.iter().find(|c| compatible(&c.parts, &m.parts)) {
            Some(c) => *c,
            None => {
                clusters.push(m);
                m
            }
        };
        out[v] = Some(rep.value.as_str());
    }
    out
}

/// A few words of the sentence around a claim, without the claim itself.
fn sentence_context(ctx: &Ctx, v: VersionId, id: ClaimId) -> String {
    let Some(doc) = ctx.docs.get(v.0) else { return String::new() };
    let claim = ctx.claim(id);
    let sentence = doc.seg.sentences.get(claim.sentence.0).map(|s| s.span).unwrap_or(claim.span);
    let before =
        crate::Span::new(sentence.start, claim.span.start.max(sentence.start)).slice(&doc.text);
    let words: Vec<&str> = before.split_whitespace().collect();
    let tail = if words.len() > 8 { &words[words.len() - 8..] } else { &words[..] };
    let mut s = tail.join(" ");
    if s.is_empty() {
        s = clip(sentence.slice(&doc.text), 50);
    }
    clip(s.trim_end_matches([',', ' ']), 60) + " …"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_are_checked_against_the_calendar() {
        let thursday = parse("XXXX-WXX-4").unwrap();
        assert!(compatible(&thursday, &parse("2024-03-14").unwrap()));
        assert!(!compatible(&thursday, &parse("2024-03-15").unwrap()));
        assert!(compatible(&parse("XXXX-03-14").unwrap(), &parse("2024-03-14TNI").unwrap()));
        assert!(!compatible(&parse("2024-03-14").unwrap(), &parse("2024-03-15").unwrap()));
        assert!(parse("P4Y").is_none());
        assert!(parse("PRESENT_REF").is_none());
    }

    /// The date findings of a comparison: per finding, "version:text=value".
    fn date_findings(texts: &[&str]) -> Vec<Vec<String>> {
        let analysis = crate::compare::tests::analyze_texts(texts);
        analysis
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::DateConflict)
            .map(|f| {
                f.evidence
                    .iter()
                    .map(|e| {
                        let text = e.span.slice(&analysis.documents[e.version.0].text);
                        let value = match &e.value {
                            Some(Value::Text(t)) => t.as_str(),
                            _ => "?",
                        };
                        format!("{}:{text}={value}", e.version.0)
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_dateline_is_when_the_story_was_filed_not_when_things_happened() {
        let found = date_findings(&[
            "LONDON, May 4 (Reuters) - The bank raised rates on Wednesday, officials said.",
            "The bank raised rates on Tuesday, officials said.",
            "The bank raised rates on Wednesday, May 4, officials said.",
        ]);
        // "Wednesday" and "Wednesday, May 4" can be the same day: one value.
        assert_eq!(
            found,
            [["0:Wednesday=XXXX-05-04", "1:Tuesday=XXXX-WXX-2", "2:Wednesday, May 4=XXXX-05-04"]]
        );
    }

    #[test]
    fn only_what_the_words_state_is_compared() {
        let p = |t: &str, v: &str| as_stated(t, parse(v).unwrap());
        assert_eq!(p("March 13", "2025-03-13").unwrap().year, None);
        assert_eq!(p("March 13, 2024", "2024-03-13").unwrap().year, Some(2024));
        assert_eq!(
            p("Thursday", "2025-12-04"),
            Some(DateParts { weekday: Some(4), ..Default::default() })
        );
        assert_eq!(p("the previous day", "2025-12-03"), None);
        assert_eq!(p("later today", "2024-03-15"), None);
        // "Wednesday" fits "March 13" of an unstated year.
        assert!(compatible(
            &p("Wednesday", "XXXX-WXX-3").unwrap(),
            &p("March 13", "2025-03-13").unwrap()
        ));
    }
}
