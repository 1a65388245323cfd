//! Dates and times across versions: the date of the same event, found in
//! the same aligned passage, compared after normalisation and checked
//! against the calendar ("Thursday" fits March 14, 2024, not March 15).

use super::context::frames::{affinity, EventClass};
use super::context::{clip, Ctx, Draft};
use super::date_parts::{as_stated, compatible, parse, DateParts};
use super::matching::{link, Linking};
use super::{value_conflict, FactDraft, FindingKind, Value};
use crate::claims::{ClaimData, ClaimKind, TimexType};
use crate::lexicon::FnvHashMap as HashMap;
use crate::text::{ClaimId, VersionId};

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

struct Item {
    parts: DateParts,
    value: String,
    /// Said relative to the day of writing: "yesterday", "this morning".
    relative: bool,
}

/// A date or a time of day one version gives, as its words state it.
struct Candidate {
    claim: ClaimId,
    when: When,
    /// An earlier event than the version's news (see [`Ctx::is_past`]).
    past: bool,
    /// A day (a weekday or a day of a month) written next to its event
    /// word and its version's only day of that event ("arrested on
    /// Tuesday", the only day an arrest is given): another version's only
    /// day of that event is the day of the same thing, however differently
    /// their sentences tell it. Not a day said relative to the day of
    /// writing ("today"), nor one a few words from its event word ("the
    /// agency on Friday condemned the bombing": the day of the words).
    sole_of_event: bool,
}

enum When {
    /// A day, a month or a year: what the words state of it.
    Day(Item),
    /// A clock time in minutes after midnight.
    Clock {
        minutes: u16,
        /// "about 3pm", "shortly after 3pm".
        approximate: bool,
        /// "GMT", "local", … when the words name one.
        zone: Option<&'static str>,
    },
}

/// How alike (see [`Ctx::statement_similarity`]) the sentences of two
/// years or months must be to be the date of one thing: a year alone is
/// the date of many things.
const COARSE_ALIKE: f32 = 0.5;
/// The same for any two dates: each the only date of its version's
/// sentences in one aligned passage, in one passage, in two.
const SOLE_ALIKE: f32 = 0.15;
const ROW_ALIKE: f32 = 0.3;
const APART_ALIKE: f32 = 0.45;
/// The same for two clock times: a story has many hours (a quake and its
/// aftershock, an arrest and a release).
const CLOCK_ALIKE: f32 = 0.4;

/// How near its event word (see `Frame::event_distance`) a day must be
/// written to be the day of that event: three words before it ("arrested
/// by police on Tuesday").
const BESIDE_EVENT: usize = 7;

/// How sure a match must be, and by how much better than the next.
const LINKING: Linking = Linking { threshold: 0.45, margin: 0.1 };

pub(crate) fn compare(ctx: &Ctx, facts: &mut Vec<FactDraft>, out: &mut Vec<Draft>) {
    let n = ctx.n();
    let mut all: Vec<(usize, Candidate)> = Vec::new();
    for v in 0..n {
        for id in ctx.of_kind(v, ClaimKind::Time) {
            if let Some(when) = when(ctx, v, id) {
                let past = ctx.is_past(v, id);
                all.push((v, Candidate { claim: id, when, past, sole_of_event: false }));
            }
        }
    }
    let mut days_of_event: HashMap<(usize, EventClass), usize> = HashMap::default();
    for (v, c) in &all {
        if let (Some(e), true) = (ctx.frame(c.claim).event, is_day(&c.when)) {
            *days_of_event.entry((*v, e)).or_default() += 1;
        }
    }
    for (v, c) in &mut all {
        let frame = ctx.frame(c.claim);
        let next_to = frame.event_distance.is_some_and(|d| d <= BESIDE_EVENT);
        let absolute = matches!(&c.when, When::Day(d) if !d.relative);
        c.sole_of_event = is_day(&c.when)
            && absolute
            && next_to
            && frame.event.is_some_and(|e| days_of_event.get(&(*v, e)).copied() == Some(1));
    }
    // The times of each sentence.
    let mut by_sentence: HashMap<(usize, usize), Vec<usize>> = HashMap::default();
    for (i, (v, c)) in all.iter().enumerate() {
        by_sentence.entry((*v, ctx.claim(c.claim).sentence.0)).or_default().push(i);
    }
    let items: Vec<(usize, &Candidate)> = all.iter().map(|(v, c)| (*v, c)).collect();
    for members in link(n, &items, &LINKING, |c| keys(ctx, c), |a, b| match_score(ctx, a, b)) {
        // One version giving two times that cannot both hold: unsure.
        let ambiguous = members.iter().enumerate().any(|(k, &i)| {
            members[k + 1..]
                .iter()
                .any(|&j| all[i].0 == all[j].0 && !agree(&all[i].1.when, &all[j].1.when))
        });
        if !ambiguous && !told_together(ctx, &all, &by_sentence, &members) {
            report(ctx, &all, &members, facts, out);
        }
    }
}

/// True when, of every two versions that give a year or a month
/// differently, one gives the other's too in the same sentence ("quakes that hit the
/// town in 2002, as well as the tsunami of 2004" / "the 2004 tsunami"): the
/// sentence tells of several events, and which time is of which is a
/// guess.
fn told_together(
    ctx: &Ctx,
    all: &[(usize, Candidate)],
    by_sentence: &HashMap<(usize, usize), Vec<usize>>,
    members: &[usize],
) -> bool {
    let gives = |i: usize, j: usize| {
        let key = (all[i].0, ctx.claim(all[i].1.claim).sentence.0);
        by_sentence.get(&key).is_some_and(|own| {
            own.iter().any(|&k| {
                k != i && agree(&all[k].1.when, &all[j].1.when) && {
                    // Not a time that agrees with everything ("today").
                    !agree(&all[k].1.when, &all[i].1.when)
                }
            })
        })
    };
    // Only years and months: a day's sentence gives other days of other
    // things ("arrested on Tuesday, … said on Wednesday"), which the
    // events of the sentence tell apart.
    let coarse = |i: usize| matches!(&all[i].1.when, When::Day(d) if d.parts.day.is_none() && d.parts.weekday.is_none());
    if !members.iter().all(|&i| coarse(i)) {
        return false;
    }
    let mut differing = false;
    for &i in members {
        for &j in members {
            if all[i].0 == all[j].0 || agree(&all[i].1.when, &all[j].1.when) {
                continue;
            }
            differing = true;
            if !gives(i, j) && !gives(j, i) {
                return false;
            }
        }
    }
    differing
}

/// True for a day of the calendar: a weekday or a day of a month, not a
/// month or a year alone, nor a clock time.
fn is_day(when: &When) -> bool {
    matches!(when, When::Day(d) if d.parts.day.is_some() || d.parts.weekday.is_some())
}

/// What a time claim states, if it can be compared: not a headline's or a
/// dateline's date (when the story was filed), not a bare duration.
fn when(ctx: &Ctx, v: usize, id: ClaimId) -> Option<When> {
    if ctx.frame(id).headline || in_dateline(ctx, id) {
        return None;
    }
    stated(ctx, v, id)
}

/// True when two time claims can be of the same day and hour (also when
/// either states too little to tell).
pub(crate) fn can_be_same(ctx: &Ctx, a: ClaimId, b: ClaimId) -> bool {
    // Durations: "over two years" / "over three years".
    if let (ClaimData::Time(x), ClaimData::Time(y)) = (&ctx.claim(a).data, &ctx.claim(b).data) {
        if x.ty == TimexType::Duration && y.ty == TimexType::Duration {
            return x.value == y.value;
        }
    }
    // One of several events ("the first quake") and one that may be
    // another: nothing to tell against each other.
    if ordinal_event(ctx, a) != ordinal_event(ctx, b) {
        return true;
    }
    match (stated(ctx, ctx.version(a).0, a), stated(ctx, ctx.version(b).0, b)) {
        (Some(x), Some(y)) => agree(&x, &y),
        _ => true,
    }
}

/// What a time claim's words state.
fn stated(ctx: &Ctx, v: usize, id: ClaimId) -> Option<When> {
    let ClaimData::Time(t) = &ctx.claim(id).data else { return None };
    if !matches!(t.ty, TimexType::Date | TimexType::Time) {
        return None;
    }
    let text = ctx.claim_text(id);
    if let Some(minutes) = clock(&t.value) {
        // "about 3pm", or "at about 3pm" where the claim is "3pm".
        let before = sentence_before(ctx, v, id).to_lowercase();
        let lower = text.to_lowercase();
        let approximate = [
            "about",
            "around",
            "approximately",
            "shortly",
            "shortly after",
            "shortly before",
            "just after",
            "just before",
            "roughly",
            "some time",
        ]
        .iter()
        .any(|w| {
            lower.starts_with(w)
                || before.strip_suffix(w).is_some_and(|rest| {
                    rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric())
                })
        });
        return Some(When::Clock { minutes, approximate, zone: zone(ctx, v, id) });
    }
    if let Some(day) = told_day(ctx, v, id) {
        let value = format!("XXXX-WXX-{}", day.weekday.unwrap_or(0));
        return Some(When::Day(Item { parts: day, value, relative: false }));
    }
    let parts = parse(&t.value)?;
    // A relative day ("yesterday", "last night") is compared by the day it
    // resolves to, when the version gives its own date to resolve it by.
    let (stated, relative) = match as_stated(text, parts) {
        Some(p) => (p, false),
        None if t.resolved
            && ctx.own_dates.get(v).copied().flatten().is_some()
            && parts.day.is_some() =>
        {
            (parts, true)
        }
        None => return None,
    };
    Some(When::Day(Item { parts: stated, value: t.value.clone(), relative }))
}

/// The words of a claim's sentence before it, without the spaces that end
/// them: `"struck at about 3pm"` with the claim "3pm" → "struck at about".
fn sentence_before<'a>(ctx: &Ctx<'a>, v: usize, id: ClaimId) -> &'a str {
    let claim = ctx.claim(id);
    let Some(sentence) = ctx.docs.get(v).and_then(|d| d.seg.sentences.get(claim.sentence.0)) else {
        return "";
    };
    let start = sentence.span.start.min(claim.span.start);
    ctx.text(VersionId(v), crate::Span::new(start, claim.span.start)).trim_end()
}

/// A day said relative to when someone spoke, inside their quote, read
/// against the day the sentence gives them speaking: `"The shooting
/// happened last night," the sheriff said on Monday` → Sunday.
fn told_day(ctx: &Ctx, v: usize, id: ClaimId) -> Option<DateParts> {
    let span = ctx.claim(id).span;
    if !ctx.in_quote(v, span) {
        return None;
    }
    let offset: i64 = match ctx.claim_text(id).to_lowercase().trim() {
        "yesterday"
        | "last night"
        | "yesterday morning"
        | "yesterday afternoon"
        | "yesterday evening" => -1,
        "today" | "tonight" | "this morning" | "this afternoon" | "this evening" => 0,
        _ => return None,
    };
    let spoken = ctx.in_sentence(v, ctx.claim(id).sentence.0).iter().find_map(|&c| {
        if c == id || ctx.in_quote(v, ctx.claim(c).span) {
            return None;
        }
        let ClaimData::Time(t) = &ctx.claim(c).data else { return None };
        as_stated(ctx.claim_text(c), parse(&t.value)?)?.weekday
    })?;
    let weekday = (i64::from(spoken) - 1 + offset).rem_euclid(7) + 1;
    Some(DateParts { weekday: Some(weekday as u8), ..Default::default() })
}

/// `"XXXX-XX-XXT07:48"` → 468; parts of the day ("TNI") → None.
fn clock(value: &str) -> Option<u16> {
    let time = value.split_once('T')?.1;
    let (h, m) = time.get(..5)?.split_once(':')?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// The time zone the words give a clock time in: a zone of the time
/// lexicon written in capitals ("GMT", "ET"), or local time (a local and a
/// GMT clock time are not compared).
fn zone(ctx: &Ctx, v: usize, id: ClaimId) -> Option<&'static str> {
    let doc = &ctx.docs[v];
    let span = ctx.claim(id).span;
    let end = crate::text::ceil_char_boundary(&doc.text, span.end.saturating_add(16));
    let around = format!("{} {}", ctx.claim_text(id), doc.text.get(span.end..end).unwrap_or(""));
    around.split(|c: char| !c.is_alphanumeric()).find_map(|w| {
        let lower = w.to_lowercase();
        if lower == "local" {
            return Some("local");
        }
        let capitals = w.chars().all(|c| c.is_ascii_uppercase());
        let zones = crate::lexicon::TIME_TIME_ZONES.words();
        zones.iter().find(|z| capitals && **z == lower).copied()
    })
}

/// How far from an approximate clock time the time may be: "about 3pm"
/// is 3pm to the nearest hour (2.30 to 3.30pm: 3.45pm is not "about
/// 3pm"), "about 3.20pm" to the nearest quarter hour; an exact time, none.
fn approximate_slack(minutes: u16, approximate: bool) -> u16 {
    match (approximate, minutes % 60) {
        (false, _) => 0,
        (true, 0) => 30,
        (true, _) => 15,
    }
}

/// True when two stated times can both hold.
fn agree(a: &When, b: &When) -> bool {
    match (a, b) {
        // Two days each said relative to its own day of writing ("today"
        // in stories filed on different days) tell nothing against each
        // other.
        (When::Day(x), When::Day(y)) => {
            (x.relative && y.relative) || compatible(&x.parts, &y.parts)
        }
        (
            When::Clock { minutes: x, approximate: ax, zone: zx },
            When::Clock { minutes: y, approximate: ay, zone: zy },
        ) => {
            let slack = approximate_slack(*x, *ax).max(approximate_slack(*y, *ay));
            zx != zy || x.abs_diff(*y) <= slack
        }
        _ => true,
    }
}

/// Where two times must meet for [`match_score`] to match them (the keys
/// of [`link`]): two days or two clock times, in the same aligned passage
/// or of the same event (see `Frame::same_event`: a time's nearest event
/// word, or without one any event word of its sentence, which another
/// time's nearest may be).
#[derive(PartialEq, Eq, Hash)]
enum Meeting {
    Row { clock: bool, row: usize },
    Event { clock: bool, event: EventClass },
}

fn keys(ctx: &Ctx, c: &&Candidate) -> Vec<Meeting> {
    let clock = matches!(c.when, When::Clock { .. });
    let frame = ctx.frame(c.claim);
    let events = match frame.event {
        Some(e) => vec![e],
        None => frame.sentence_events.clone(),
    };
    let row = ctx.row(c.claim).map(|row| Meeting::Row { clock, row });
    row.into_iter().chain(events.into_iter().map(|event| Meeting::Event { clock, event })).collect()
}

/// How likely two times of two versions are the time of the same thing.
fn match_score(ctx: &Ctx, a: &Candidate, b: &Candidate) -> Option<f32> {
    let (fa, fb) = (ctx.frame(a.claim), ctx.frame(b.claim));
    // The same day, month and year in both: most likely the date of the
    // same thing, whatever other dates their sentences give ("between
    // Nov. 1, 2004, and Oct. 8, 2008" / "on May 1, 2005 and … Nov. 1,
    // 2004"), rather than one of another date's neighbours.
    let full = |w: &When| match w {
        When::Day(d) if !d.relative => {
            let p = d.parts;
            p.year.zip(p.month).zip(p.day)
        }
        _ => None,
    };
    let same_day = full(&a.when).is_some() && full(&a.when) == full(&b.when);
    let apart =
        if same_day { fa.event.zip(fb.event).is_some_and(|(x, y)| x != y) } else { fa.apart(fb) };
    if apart {
        return None;
    }
    // An earlier event ("Oct. 10, 2002") and the story's own ("Monday")
    // are not one. Two dates that both give their year speak for
    // themselves.
    let (va, vb) = (ctx.version(a.claim).0, ctx.version(b.claim).0);
    let year = |w: &When| matches!(w, When::Day(d) if d.parts.year.is_some());
    if a.past != b.past && !(year(&a.when) && year(&b.when)) {
        return None;
    }
    // Cheap refusals first: this is asked of every pair of dates.
    let both_days = matches!((&a.when, &b.when), (When::Day(_), When::Day(_)));
    let both_clocks = matches!((&a.when, &b.when), (When::Clock { .. }, When::Clock { .. }));
    if !both_days && !both_clocks {
        return None;
    }
    let event = fa.same_event(fb);
    let same_row = ctx.row(a.claim).is_some() && ctx.row(a.claim) == ctx.row(b.claim);
    if event == 0 && !same_row {
        return None;
    }
    let (sa, sb) = (ctx.claim(a.claim).sentence.0, ctx.claim(b.claim).sentence.0);
    let alike = ctx.statement_similarity(va, &[sa], vb, &[sb]);
    match (&a.when, &b.when) {
        (When::Day(x), When::Day(y)) => {
            // A year or a month alone is matched only by what happened then.
            let coarse = |p: &DateParts| p.day.is_none() && p.weekday.is_none();
            if (coarse(&x.parts) || coarse(&y.parts)) && (event < 2 || alike < COARSE_ALIKE) {
                return None;
            }
        }
        // A clock time is of the day its sentence gives: both give one, or
        // neither does.
        (When::Clock { .. }, When::Clock { .. }) => {
            if fa.times.is_empty() != fb.times.is_empty() || alike < CLOCK_ALIKE {
                return None;
            }
            // "The first quake struck at 4:43" tells of one of several
            // quakes; "the quake struck at 7:48" may be another.
            if ordinal_event(ctx, a.claim) != ordinal_event(ctx, b.claim) {
                return None;
            }
        }
        _ => return None,
    }
    // As for figures: the sentences must tell much the same thing, a
    // little alike in the same aligned passage, alike elsewhere.
    let sole = |c: &Candidate| ctx.sole_in_row(c.claim);
    let sole = sole(a) && sole(b);
    let needed = match (same_row, sole) {
        (true, true) => SOLE_ALIKE,
        (true, false) => ROW_ALIKE,
        _ => APART_ALIKE,
    };
    // The same full date needs only a little likeness anywhere, and so do
    // two days each the only day its version gives of one event.
    let sole_of_event = a.sole_of_event && b.sole_of_event && event == 2;
    let needed = if same_day || sole_of_event { SOLE_ALIKE } else { needed };
    if alike < needed {
        return None;
    }
    let bonus = if same_day || sole_of_event { FULL_DATE_BONUS } else { 0.0 };
    Some(affinity(ctx, a.claim, b.claim, event, sole) + bonus)
}

/// What the same full date (or the only day of one event in each version)
/// adds to the likeness of two dates' places.
const FULL_DATE_BONUS: f32 = 0.2;

/// The ordinal that picks the event of a claim's sentence out of several
/// ("the *first* quake", "a *second* blast"), when one stands right before
/// an event word: `"the first quake struck at 4:43 a.m."` → 1.
fn ordinal_event(ctx: &Ctx, id: ClaimId) -> Option<u16> {
    let v = ctx.version(id).0;
    let doc = &ctx.docs[v];
    let sentence = doc.seg.sentences.get(ctx.claim(id).sentence.0)?;
    let tokens = doc.seg.tokens.get(sentence.tokens.clone())?;
    let events = super::context::frames::events();
    tokens.windows(2).find_map(|pair| {
        let word = pair[0].span.slice(&doc.text).to_lowercase();
        let n = crate::lexicon::NUMBERS_ORDINALS.get(&word)?;
        let term = ctx.terms.term(&pair[1].norm)?;
        events.class(ctx.terms.stem(term)).map(|_| n)
    })
}

fn report(
    ctx: &Ctx,
    all: &[(usize, Candidate)],
    members: &[usize],
    facts: &mut Vec<FactDraft>,
    out: &mut Vec<Draft>,
) {
    let n = ctx.n();
    // Members grouped by agreement, the most specific first.
    let specificity = |w: &When| match w {
        When::Day(p) => [
            p.parts.year.is_some(),
            p.parts.month.is_some(),
            p.parts.day.is_some(),
            p.parts.weekday.is_some(),
        ]
        .iter()
        .filter(|&&b| b)
        .count(),
        When::Clock { approximate, .. } => usize::from(!approximate),
    };
    let mut order: Vec<usize> = members.to_vec();
    order.sort_by_key(|&i| std::cmp::Reverse(specificity(&all[i].1.when)));
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for &i in &order {
        match groups.iter_mut().find(|g| g.iter().all(|&j| agree(&all[j].1.when, &all[i].1.when))) {
            Some(g) => g.push(i),
            None => groups.push(vec![i]),
        }
    }
    let value_of = |i: usize| -> Value {
        let g = groups.iter().find(|g| g.contains(&i)).map_or(i, |g| g[0]);
        match &all[g].1.when {
            When::Day(item) => Value::Text(item.value.clone()),
            When::Clock { minutes, .. } => {
                Value::Text(format!("{:02}:{:02}", minutes / 60, minutes % 60))
            }
        }
    };
    let first = all[members[0]].1.claim;
    let clock = matches!(all[members[0]].1.when, When::Clock { .. });
    // What most members' words say the time is of, the first on a tie: a
    // label that does not hang on which version comes first, so that a
    // version added in agreement leaves the finding as it was.
    let table = super::context::frames::events();
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for &i in members {
        let Some(e) = ctx.frame(all[i].1.claim).event else { continue };
        let label = table.info(e).date_label.as_str();
        if label == "-" {
            continue;
        }
        match counts.iter_mut().find(|(l, _)| *l == label) {
            Some(c) => c.1 += 1,
            None => counts.push((label, 1)),
        }
    }
    let most = counts.iter().map(|c| c.1).max().unwrap_or(0);
    let of = counts.iter().find(|c| c.1 == most).map(|c| c.0);
    let label = match of {
        Some(what) if clock => format!("Time of {what}"),
        Some(what) => format!("Date of {what}"),
        None => format!("Date in “{}”", sentence_context(ctx, ctx.version(first), first)),
    };
    let at = |i: usize| (all[i].0, all[i].1.claim);
    facts.push(FactDraft::of_members(n, ClaimKind::Time, &label, members, at, value_of));
    if groups.len() < 2 {
        return;
    }
    let finding = (FindingKind::DateConflict, "date/value-differs", 95.0);
    out.push(value_conflict(ctx, finding, &label, (members, &groups), at, value_of));
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
    fn a_date_finding_is_labelled_by_what_most_versions_tie_the_day_to() {
        let texts = [
            "The suspect, police said, was found in Leeds on Tuesday after a long search.",
            "The suspect, police said, was arrested in Leeds on Wednesday after a long search.",
            "The suspect, police said, was arrested in Leeds on Wednesday after a long search.",
        ];
        let analysis = crate::compare::tests::analyze_texts(&texts);
        let labels: Vec<&str> = analysis
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::DateConflict)
            .filter_map(|f| f.summary.split(':').next())
            .collect();
        // Not "Date in “…”", which the first version alone would give.
        assert_eq!(labels, ["Date of the arrest"]);
    }

    #[test]
    fn the_only_day_of_an_event_in_each_version_is_compared_however_it_is_told() {
        // Each version gives one day of the arrest, right beside the word,
        // in sentences that share little else.
        let a = "A shipping clerk in Harlow faces trial over a string of warehouse fires. \
                 Detectives arrested Tom Varley on Monday at his flat, a police statement said. \
                 Neighbours described a quiet man who kept pigeons.";
        let b = "A shipping clerk in Harlow faces trial over a string of warehouse fires. \
                 Neighbours described a quiet man who kept pigeons. Varley, whose lawyer \
                 declined to comment, was arrested Thursday after months of inquiries by fire \
                 investigators.";
        let found = date_findings(&[a, b]);
        assert_eq!(found, [["0:Monday=XXXX-WXX-1", "1:Thursday=XXXX-WXX-4"]]);
        // A day a few words from the event word is the day of something
        // else said of it ("on Thursday condemned the arrest"): not matched.
        let b = "A shipping clerk in Harlow faces trial over a string of warehouse fires. \
                 Neighbours described a quiet man who kept pigeons. \
                 His union on Thursday angrily condemned the sudden arrest by police.";
        assert!(date_findings(&[a, b]).is_empty());
    }

    #[test]
    fn the_same_full_date_is_matched_before_its_neighbours() {
        let found = date_findings(&[
            "Smith is charged with fraud between March 2, 2015, and June 9, 2018, and Jones between April 4, 2016, and May 1, 2017.",
            "Smith was charged with fraud from March 2, 2015, and Jones from April 4, 2016, court papers show.",
        ]);
        // Each start date with its own, not with the other's end date.
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn about_three_oclock_is_three_to_the_nearest_hour() {
        let texts = |time: &str| {
            [
                "The bridge collapsed at about 3pm on Tuesday, police said.".to_string(),
                format!("The bridge collapsed at {time} on Tuesday, police said."),
            ]
        };
        let found = |time: &str| {
            let [a, b] = texts(time);
            date_findings(&[&a, &b])
        };
        // "about" stands before the claim's words ("3pm").
        assert!(found("3.20pm").is_empty(), "{:?}", found("3.20pm"));
        assert_eq!(found("3.45pm"), [["0:3pm=15:00", "1:3.45pm=15:45"]]);
    }
}
