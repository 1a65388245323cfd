//! Dates and times in TIMEX3 form (TimeML): `"Dec. 2, 2025"` → DATE
//! `2025-12-02`, `"Thursday"` → DATE `2025-12-04` (resolved against the
//! document date), `"five-hour"` → DURATION `PT5H`, `"every Monday"` → SET
//! `XXXX-WXX-1`, `"Wednesday night"` → TIME `2024-03-13TNI`.
//!
//! Three steps, HeidelTime-style:
//! 1. `tokens` cuts the text finer than the segmenter does (`9:30`,
//!    `five-hour`, `1990s` come apart) and keys each word in lower case;
//! 2. `scan` matches patterns at every token, longest first, into drafts
//!    that say what an expression means but not yet which day;
//! 3. `value` resolves the drafts in text order against the document date
//!    (given, or found by [`document_date`]), the tense of the sentence and
//!    the date last mentioned ("the previous day").
//!
//! Without an anchor, values keep unknown parts as `X`: `XXXX-WXX-4` for
//! "Thursday", `XXXX-12-08` for "Dec. 8".

mod civil;
mod lexicon;
mod scan;
mod tokens;
mod value;

pub use civil::CivilDate;

use super::{Claim, ClaimData, Timex};
use crate::text::SentenceId;
use crate::Document;
use scan::Mention;
use serde::Serialize;
use tokens::{Tok, Tokens};
use value::{Context, Draft, Point, Resolved, Tense};

/// The TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: 2025-12-02, 2013-W11, 1998.
    Date,
    /// A time of day: 2025-12-02T09:30, 2024-03-14TNI.
    Time,
    /// A length of time: P4Y, PT5H.
    Duration,
    /// A recurring time: XXXX-WXX-1 ("every Monday").
    Set,
}

/// Finds the temporal expressions of `doc`, resolved against `dct` or, when
/// it is `None`, against [`document_date`]. Claims come in text order.
///
/// With DCT 2025-12-04: `"Thursday"` → 2025-12-04, `"nearly four years
/// ago"` → 2021, `"the previous day"` after `"Dec. 2"` → 2025-12-01.
pub fn extract_times(doc: &Document, dct: Option<CivilDate>) -> Vec<Claim> {
    let tokens = tokens::tokenize(&doc.text);
    let mentions = scan::scan(&tokens);
    let toks = &tokens.toks;
    let dct = dct.or_else(|| pick_document_date(&doc.text, toks, &mentions));
    let resolved = resolve_all(doc, &tokens, &mentions, dct);
    mentions
        .iter()
        .zip(resolved)
        .map(|(m, r)| {
            let span = crate::text::Span::new(toks[m.start].start, toks[m.end - 1].end);
            Claim {
                span,
                sentence: sentence_of(doc, span.start),
                data: ClaimData::Time(Timex { ty: r.ty, value: r.value, resolved: r.anchored }),
            }
        })
        .collect()
}

/// The date the text is anchored to, when the text says it: a publication
/// line ("Published 8:05 PM ET Wed, 4 Jan 2012", "Updated: July 02, 2013"),
/// a caption or dateline date with its weekday ("Tuesday, Dec. 2, 2025"), a
/// date standing on a short line of its own. Not a date of the story's
/// sentences, which is more often an earlier event's than the day of
/// writing: anchored to it, "Wednesday" would become a day years before.
///
/// `"MOSCOW (AP) — Putin met … Russia, Tuesday, Dec. 2, 2025. (AP Photo)"`
/// → 2025-12-02; `"The senator, who was born on March 5, 1946, in a small
/// town in Ohio, spoke for an hour."` → none.
pub fn document_date(doc: &Document) -> Option<CivilDate> {
    let tokens = tokens::tokenize(&doc.text);
    let mentions = scan::scan(&tokens);
    pick_document_date(&doc.text, &tokens.toks, &mentions)
}

/// Scores the full dates of the text as anchors and takes the best, the
/// earliest on ties, if anything marks it as the text's own date.
fn pick_document_date(text: &str, toks: &[Tok], mentions: &[Mention]) -> Option<CivilDate> {
    const LOOK: usize = 200;
    let mut best: Option<(i32, CivilDate)> = None;
    let full_dates = mentions.iter().filter_map(|m| match m.draft {
        Draft::Point(Point::Day(d)) => Some((m, d)),
        Draft::Time(Some(ref day), _) => match **day {
            Draft::Point(Point::Day(d)) => Some((m, d)),
            _ => None,
        },
        _ => None,
    });
    for (m, date) in full_dates.take(64) {
        let (start, end) = (toks[m.start].start, toks[m.end - 1].end);
        // The line around the date, looked at within LOOK bytes.
        let lo = crate::text::floor_char_boundary(text, start.saturating_sub(LOOK));
        let hi = crate::text::ceil_char_boundary(text, end.saturating_add(LOOK));
        let before = text.get(lo..start).unwrap_or("");
        let after = text.get(end..hi).unwrap_or("");
        let line_before = before.rsplit('\n').next().unwrap_or("");
        let line_after = after.split('\n').next().unwrap_or("");
        let words_around =
            line_before.split_whitespace().count() + line_after.split_whitespace().count();
        let lower_before = line_before.to_ascii_lowercase();
        let mut score = 0;
        const CUES: &[&str] =
            &["published", "updated", "posted", "modified", "dated", "date:", "filed", "issued"];
        if words_around <= 12 && CUES.iter().any(|c| lower_before.contains(c)) {
            score += 4;
        }
        match m.weekday {
            Some(wd) if wd == date.weekday() => score += 3,
            Some(_) => score -= 1,
            None => {}
        }
        if words_around <= 8 && !line_before.contains(['.', '!', '?']) {
            score += 2;
        }
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, date));
        }
    }
    best.filter(|(score, _)| *score > 0).map(|(_, d)| d)
}

/// The sentence containing byte `offset`, else the one before it.
fn sentence_of(doc: &Document, offset: usize) -> SentenceId {
    doc.sentence_at(offset).unwrap_or_else(|| {
        let i = doc.seg.sentences.partition_point(|s| s.span.start <= offset);
        SentenceId(i.saturating_sub(1))
    })
}

/// Resolves every mention in text order, carrying the date last mentioned
/// forward for anaphora, then gives bare clock times the day their
/// sentence speaks of.
fn resolve_all(
    doc: &Document,
    tokens: &Tokens,
    mentions: &[Mention],
    dct: Option<CivilDate>,
) -> Vec<Resolved> {
    let toks = &tokens.toks;
    let sentences: Vec<std::ops::Range<usize>> = mentions
        .iter()
        .map(|m| {
            let id = sentence_of(doc, toks[m.start].start);
            let span = doc
                .seg
                .sentences
                .get(id.0)
                .map_or(crate::text::Span::new(0, doc.text.len()), |s| s.span);
            let lo = toks.partition_point(|t| t.start < span.start);
            let hi = toks.partition_point(|t| t.end <= span.end).max(lo);
            lo..hi
        })
        .collect();
    let mut cx = Context {
        dct,
        last: None,
        last_period: None,
        last_day: None,
        last_explicit: None,
        next_day: None,
        sentence_day: None,
        tense: Tense::Unknown,
    };
    let mut out: Vec<Resolved> = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.iter().enumerate() {
        cx.tense = tense_near(tokens, sentences[i].clone(), m.start, m.end);
        cx.sentence_day = day_in_sentence(&out, &sentences, i, (0..i).rev());
        cx.next_day = match mentions.get(i + 1).map(|n| &n.draft) {
            Some(Draft::Point(Point::Day(d))) => Some(*d),
            Some(next @ Draft::MonthDay(..)) => match value::resolve(next, &cx).point {
                Some(Point::Day(d)) => Some(d),
                _ => None,
            },
            _ => None,
        };
        let r = value::resolve(&m.draft, &cx);
        // Periods counted from the one last mentioned ("a year earlier" in
        // an earnings report) do not become the reference themselves: the
        // report's period does. Days do chain: "the previous day … a day
        // prior".
        let derived = match m.draft {
            Draft::Shift(
                unit,
                _,
                value::Anchor::Mentioned
                | value::Anchor::DctOrPeriod
                | value::Anchor::MentionedPeriod,
            ) => unit >= lexicon::Unit::Month,
            Draft::ThatQuarter(_) | Draft::PeriodOf(_) => true,
            _ => false,
        };
        if let Some(p) = r.point.filter(|_| !derived) {
            cx.last = Some(p);
            if let Point::Day(d) = p {
                cx.last_day = Some(d);
                if matches!(m.draft, Draft::Point(_)) {
                    cx.last_explicit = Some(d);
                }
            }
            // Only a quarter named as such sets the period of an earnings
            // report.
            if matches!(m.draft, Draft::Quarter(..) | Draft::Half(..) | Draft::QuarterEnded) {
                cx.last_period = Some(p);
            }
        }
        out.push(r);
    }
    // Bare clock times whose day comes later in the sentence: "at 9 a.m. on
    // Tuesday".
    for (i, m) in mentions.iter().enumerate() {
        if let Draft::Time(None, _) = m.draft {
            let before = day_in_sentence(&out, &sentences, i, (0..i).rev());
            if before.is_none() {
                if let Some(day) = day_in_sentence(&out, &sentences, i, i + 1..mentions.len()) {
                    cx.tense = tense_near(tokens, sentences[i].clone(), m.start, m.end);
                    cx.sentence_day = Some(day);
                    out[i] = value::resolve(&m.draft, &cx);
                }
            }
        }
    }
    out
}

/// The first day-precise point among the resolved mentions `order` that
/// share mention `i`'s sentence.
fn day_in_sentence(
    out: &[Resolved],
    sentences: &[std::ops::Range<usize>],
    i: usize,
    order: impl Iterator<Item = usize>,
) -> Option<CivilDate> {
    for j in order {
        if sentences.get(j) != sentences.get(i) {
            break;
        }
        if let Some(Resolved { point: Some(Point::Day(d)), .. }) = out.get(j) {
            return Some(*d);
        }
    }
    None
}

/// The tense of the verb nearest to an expression: looking back up to ten
/// tokens in its sentence, then ahead up to eight. "said Thursday" is past,
/// "will meet on Thursday" future, "will be held Thursday" future, "plans to
/// leave on Thursday" future. Prepositions and adverbs ("until", "soon",
/// "ago") count only when no verb says otherwise.
fn tense_near(
    tokens: &Tokens,
    sentence: std::ops::Range<usize>,
    start: usize,
    end: usize,
) -> Tense {
    let key = |i: Option<usize>| i.map_or("", |i| tokens.key(i));
    // "as early as Tuesday", "as soon as Tuesday"
    if key(start.checked_sub(1)) == "as" && matches!(key(start.checked_sub(2)), "early" | "soon") {
        return Tense::Future;
    }
    // A deadline: "stay away until Thursday", "extended until Tuesday";
    // but "Until Thursday, they had not…" opens its sentence.
    let until = |i: Option<usize>| matches!(key(i), "until" | "till");
    let before_on =
        if key(start.checked_sub(1)) == "on" { start.checked_sub(2) } else { start.checked_sub(1) };
    if until(before_on) && before_on.is_some_and(|b| b > sentence.start) {
        return Tense::Future;
    }
    let toks = &tokens.toks;
    let mut weak = None;
    // Windows counted in words: "$29.75" must not use them up.
    let is_word = |j: &usize| toks[*j].kind == tokens::Kind::Word;
    let back = (sentence.start..start.min(toks.len())).rev().filter(is_word).take(10);
    let ahead = (end..sentence.end.min(toks.len())).filter(is_word).take(8);
    for j in back.chain(ahead) {
        match tense_cue(tokens, sentence.start, j) {
            Some((t, true)) => return t,
            Some((t, false)) => {
                weak.get_or_insert(t);
            }
            None => {}
        }
    }
    weak.unwrap_or(Tense::Unknown)
}

/// The tense token `j` indicates, and whether it is a verb (a strong cue).
fn tense_cue(tokens: &Tokens, sentence_start: usize, j: usize) -> Option<(Tense, bool)> {
    let key = tokens.key(j);
    let next = |o: usize| tokens.key(j + o);
    match key {
        "won" if next(1) == "'" && next(2) == "t" => return Some((Tense::Future, true)),
        "until" | "till" | "soon" | "next" | "tomorrow" => return Some((Tense::Future, false)),
        "ago" | "last" | "yesterday" => return Some((Tense::Past, false)),
        // "to leave", "to resume": an infinitive looks ahead; "to Miami",
        // "to the" are places.
        "to" => {
            let verb = tokens.toks.get(j + 1).is_some_and(|t| {
                t.kind == tokens::Kind::Word
                    && !t.cap
                    && !matches!(
                        next(1),
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "this"
                            | "that"
                            | "be"
                            | "have"
                            | "date"
                            | "power"
                            | "court"
                            | "work"
                            | "prison"
                    )
            });
            return verb.then_some((Tense::Future, false));
        }
        _ => {}
    }
    if lexicon::is_future_cue(key) {
        return Some((Tense::Future, true));
    }
    let past = lexicon::is_irregular_past(key)
        || (key.len() > 4 && key.ends_with("ed") && !lexicon::is_false_past(key));
    if !past {
        return None;
    }
    // A participle after "will be", "to be" or "would be" is not past:
    // "will be held", "would be paid".
    let lo = sentence_start.max(j.saturating_sub(3));
    let future_aux = (lo..j).any(|p| {
        matches!(
            tokens.key(p),
            "will"
                | "ll"
                | "shall"
                | "to"
                | "would"
                | "be"
                | "could"
                | "may"
                | "might"
                | "should"
                | "must"
                | "can"
        )
    });
    Some((if future_aux && key != "said" { Tense::Future } else { Tense::Past }, true))
}

#[cfg(test)]
mod tests;
