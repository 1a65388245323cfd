//! A version against itself: dates that cannot both hold inside one
//! version. A photo caption dates the scene it shows (the story's talks,
//! its crash site); the lede dates the story's own news. When a caption
//! puts the scene in one season and the lede puts the news it reports on
//! in another, months apart, one of them was invented or moved — the
//! clearest sign of a rewrite that changed its dates.
//!
//! A file photo says so ("FILE — …", "file photo") and is left alone; so
//! is any date the caption or the lede gives as past ("in 2004").

use super::context::{Ctx, Draft};
use super::date_parts::{as_stated, parse};
use super::{FindingKind, Severity, Value};
use crate::claims::{CivilDate, ClaimData, TimexType};
use crate::text::{ClaimId, VersionId};
use crate::SentenceRole;

/// Body sentences of a version that make its lede.
const LEDE: usize = 3;
/// Days apart beyond which a caption's and a lede's dates cannot be of
/// the same news.
const APART: i64 = 90;

/// A full date a claim states in words (year, month and day).
fn full_date(ctx: &Ctx, id: ClaimId) -> Option<CivilDate> {
    let ClaimData::Time(t) = &ctx.claim(id).data else { return None };
    if t.ty != TimexType::Date {
        return None;
    }
    let parts = as_stated(ctx.claim_text(id), parse(&t.value)?)?;
    CivilDate::new(parts.year?, parts.month?, parts.day?)
}

/// True when the words before a date tie it to another time than the
/// news: "since March 3, 2019", "until", "before".
fn told_as_past(ctx: &Ctx, v: usize, id: ClaimId) -> bool {
    let doc = &ctx.docs[v];
    let span = ctx.claim(id).span;
    let start = doc.seg.sentences.get(ctx.claim(id).sentence.0).map_or(0, |s| s.span.start);
    let before = doc.text.get(start..span.start).unwrap_or("").to_lowercase();
    before.split_whitespace().rev().take(3).any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "since" | "until" | "before" | "after" | "ago"
        )
    })
}

pub(crate) fn compare(ctx: &Ctx, out: &mut Vec<Draft>) {
    for v in 0..ctx.n() {
        let doc = &ctx.docs[v];
        let mut captions: Vec<(ClaimId, CivilDate)> = Vec::new();
        let mut lede: Vec<(ClaimId, CivilDate)> = Vec::new();
        let mut body_seen = 0;
        for (s, sentence) in doc.seg.sentences.iter().enumerate() {
            let text = sentence.span.slice(&doc.text).trim_start().to_lowercase();
            let file_photo = text.starts_with("file") || text.contains("file photo");
            let dated =
                || ctx.in_sentence(v, s).iter().filter_map(|&c| full_date(ctx, c).map(|d| (c, d)));
            match sentence.role {
                SentenceRole::Caption if !file_photo => captions.extend(dated()),
                SentenceRole::Body if body_seen < LEDE => {
                    body_seen += 1;
                    lede.extend(dated().filter(|&(c, _)| !told_as_past(ctx, v, c)));
                }
                _ => {}
            }
        }
        for &(cap, cap_date) in &captions {
            let Some(&(news, news_date)) =
                lede.iter().find(|(_, d)| (d.to_days() - cap_date.to_days()).abs() > APART)
            else {
                continue;
            };
            let version = VersionId(v);
            let mut d = Draft::new(
                FindingKind::SelfContradiction,
                Severity::High,
                "date/caption-contradicts-text",
                format!(
                    "Dates in {} cannot both hold: its photo caption dates the scene {}, its opening puts the news on {}",
                    ctx.short(version),
                    ctx.claim_text(cap),
                    ctx.claim_text(news)
                ),
            );
            d.score = 94.0;
            d = d
                .evidence(
                    version,
                    ctx.claim(cap).span,
                    Some(Value::Text(cap_date.to_string())),
                    Some(cap),
                )
                .evidence(
                    version,
                    ctx.claim(news).span,
                    Some(Value::Text(news_date.to_string())),
                    Some(news),
                );
            out.push(d);
            break;
        }
    }
}
