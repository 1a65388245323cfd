//! What a claim is about, so that claims of two versions are compared only
//! when they state the same fact: the words of its clause, the event it
//! belongs to ("killed", "arrested", "the earthquake"), the names in its
//! sentence, the times its sentence gives, and whether it sits in someone's
//! quoted words or in a headline.
//!
//! A number's unit is not its identity: "five people were killed" and "250
//! people were injured" share a unit and are different facts; "killing
//! four" and "killed one person" are the same fact stated two ways.

use super::Ctx;
use crate::claims::ClaimData;
use crate::compare::date_parts::{as_stated, compatible, parse, DateParts};
use crate::compare::names::person_key;
use crate::lexicon::FnvHashMap as HashMap;
use crate::lexicon::COMPARE_CALL_WORDS as CALL_WORDS;
use crate::lexicon::COMPARE_EVENT_LOOKALIKE_NOUNS as EVENT_LOOKALIKE_NOUNS;
use crate::segment::{SentenceRole, TokenKind};
use crate::text::{ClaimId, Span};
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// A class of event from `data/compare_events.txt`.
pub(crate) type EventClass = u16;

/// One line of the event table.
pub(crate) struct EventInfo {
    /// "kill".
    pub name: String,
    /// How a count of it reads in a summary: "Number killed".
    pub number_label: String,
    /// What its date is of: "the deaths".
    pub date_label: String,
    /// True for a count that grows as a story goes on (a toll).
    pub toll: bool,
}

/// The event table: stems → classes.
pub(crate) struct Events {
    by_stem: HashMap<String, EventClass>,
    classes: Vec<EventInfo>,
}

/// The event table, read once.
/// True for a count of the dead or the injured: counted as victims are
/// found, so that a floor of it ("at least one person killed", "at least
/// five") is what was known at the hour it was written, and two floors
/// rule each other out in no text. (The evacuated or arrested are counted
/// by an order or a police statement: a floor of them is that figure.)
pub(crate) fn counts_casualties(e: EventClass) -> bool {
    matches!(events().info(e).name.as_str(), "kill" | "injure")
}

pub(crate) fn events() -> &'static Events {
    static TABLE: OnceLock<Events> = OnceLock::new();
    TABLE.get_or_init(|| {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut by_stem = HashMap::default();
        let mut classes = Vec::new();
        for parts in crate::lexicon::compare_events() {
            let [name, number, date, toll, words] = parts[..] else { continue };
            let class = classes.len() as EventClass;
            classes.push(EventInfo {
                name: name.to_string(),
                number_label: number.to_string(),
                date_label: date.to_string(),
                toll: toll == "toll",
            });
            for w in words.split_whitespace() {
                // The first class to claim a stem keeps it.
                by_stem.entry(stemmer.stem(w).into_owned()).or_insert(class);
            }
        }
        Events { by_stem, classes }
    })
}

impl Events {
    /// The class of a stem, if it names an event.
    pub(crate) fn class(&self, stem: &str) -> Option<EventClass> {
        self.by_stem.get(stem).copied()
    }

    pub(crate) fn info(&self, class: EventClass) -> &EventInfo {
        &self.classes[class as usize]
    }
}

/// What a claim is about.
#[derive(Debug, Clone, Default)]
pub(crate) struct Frame {
    /// Content terms of its clause (not its own words), with their IDF,
    /// sorted by term.
    pub context: Vec<(u32, f32)>,
    /// The class of the event word nearest to it in its clause.
    pub event: Option<EventClass>,
    /// How near that word is: twice the words between (a comma counting
    /// as four), plus one when the word is before it ("arrested on
    /// Tuesday" → 3).
    pub event_distance: Option<usize>,
    /// The classes of every event word of its sentence.
    pub sentence_events: Vec<EventClass>,
    /// Names of people, places and organisations in its sentence (keys).
    pub anchors: Vec<String>,
    /// The other times its sentence gives, as the words state them.
    pub times: Vec<DateParts>,
    /// Another time its sentence gives is before the version's own date by
    /// more than a few weeks ("in 2004", "last year"): an earlier event.
    pub past: bool,
    /// In a headline, a byline or a publication stamp: not a fact of the
    /// story's text.
    pub headline: bool,
    /// A number that names rather than counts: a phone number ("call 911",
    /// "0800 555 0199"), a code with a leading zero.
    pub identifier: bool,
}

/// What a sentence holds that frames each of its claims, read once per
/// sentence (a sentence of thousands of claims would otherwise be read
/// once per claim).
#[derive(Debug, Default)]
pub(crate) struct SentenceFrame {
    /// The classes of its event words, sorted, once each.
    pub events: Vec<EventClass>,
    /// Its names and times, each with its claim and span (a claim is not
    /// framed by itself or by a claim overlapping it).
    pub others: Vec<(ClaimId, Span, Around)>,
}

/// A name or a time in a claim's sentence.
#[derive(Debug)]
pub(crate) enum Around {
    /// A person, place or organisation, by key.
    Name(String),
    /// A time: whether it is before the version's date by more than a few
    /// weeks, and its parts as the words state them.
    Time { past: bool, parts: Option<DateParts> },
}

impl SentenceFrame {
    pub(crate) fn of(ctx: &Ctx, v: usize, s: usize) -> SentenceFrame {
        let doc = &ctx.docs[v];
        let Some(sentence) = doc.seg.sentences.get(s) else { return SentenceFrame::default() };
        let tokens = &doc.seg.tokens;
        let (lo, hi) =
            (sentence.tokens.start.min(tokens.len()), sentence.tokens.end.min(tokens.len()));
        let table = events();
        let mut events: Vec<EventClass> = tokens[lo..hi]
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .filter_map(|t| ctx.terms.term(&t.norm))
            .filter_map(|term| table.class(ctx.terms.stem(term)))
            .collect();
        events.sort_unstable();
        events.dedup();
        let others = ctx
            .in_sentence(v, s)
            .iter()
            .filter_map(|&other| {
                let c = ctx.claim(other);
                let what = match &c.data {
                    ClaimData::Person(p) => Around::Name(person_key(&p.entity)),
                    ClaimData::Place(p) | ClaimData::Organization(p) => {
                        Around::Name(p.entity.to_lowercase())
                    }
                    ClaimData::Time(t) => Around::Time {
                        past: ctx.is_past(v, other),
                        parts: parse(&t.value).and_then(|p| as_stated(ctx.claim_text(other), p)),
                    },
                    _ => return None,
                };
                Some((other, c.span, what))
            })
            .collect();
        SentenceFrame { events, others }
    }
}

/// Tokens of a clause on either side of a claim.
const REACH: usize = 10;

impl Frame {
    /// The frame of claim `id`.
    pub(crate) fn of(ctx: &Ctx, id: ClaimId) -> Frame {
        let v = ctx.version(id).0;
        let doc = &ctx.docs[v];
        let claim = ctx.claim(id);
        let Some(sentence) = doc.seg.sentences.get(claim.sentence.0) else {
            return Frame::default();
        };
        let tokens = &doc.seg.tokens;
        let own = crate::segment::token_range(tokens, claim.span);
        let (lo, hi) = (sentence.tokens.start, sentence.tokens.end.min(tokens.len()));
        // Clauses end at semicolons, colons, brackets and dashes (not at a
        // hyphen standing alone, which detokenised text has inside words).
        let breaks = |i: usize| {
            let t = &tokens[i];
            t.kind == TokenKind::Punct
                && matches!(t.span.slice(&doc.text), ";" | ":" | "(" | ")" | "—" | "–")
        };
        // Walk out from the claim within the clause.
        let mut left = Vec::new();
        let mut i = own.start.min(hi);
        let mut commas = 0usize;
        while i > lo && left.len() < REACH {
            i -= 1;
            if breaks(i) {
                break;
            }
            if tokens[i].norm == "," {
                commas += 1;
            }
            if matches!(tokens[i].kind, TokenKind::Word | TokenKind::Number) {
                left.push((i, commas));
            }
        }
        let mut right = Vec::new();
        let mut j = own.end.max(lo);
        commas = 0;
        while j < hi && right.len() < REACH {
            if breaks(j) {
                break;
            }
            if tokens[j].norm == "," {
                commas += 1;
            }
            if matches!(tokens[j].kind, TokenKind::Word | TokenKind::Number) {
                right.push((j, commas));
            }
            j += 1;
        }
        let table = events();
        let mut context: Vec<(u32, f32)> = Vec::new();
        let mut best: Option<(usize, EventClass)> = None;
        // A date or time belongs to what happened before it in its clause
        // ("convicted on Friday of killing…"), or after it when it opens
        // the clause ("On Friday, a jury convicted…"); a number to the
        // nearest event either side ("five were killed", "killing five").
        let time = matches!(claim.data, ClaimData::Time(_));
        let left_event = left.iter().any(|&(t, _)| {
            ctx.terms
                .term(&tokens[t].norm)
                .is_some_and(|term| table.class(ctx.terms.stem(term)).is_some())
        });
        for (side, list) in [(0usize, &left), (1, &right)] {
            if time && side == 1 && left_event {
                // Only words for the context on this side.
                for &(t, _) in list.iter() {
                    let tok = &tokens[t];
                    if tok.kind == TokenKind::Word {
                        if let Some(term) = ctx.terms.term(&tok.norm) {
                            context.push((term, ctx.terms.idf(term)));
                        }
                    }
                }
                continue;
            }
            for (k, &(t, commas)) in list.iter().enumerate() {
                let tok = &tokens[t];
                let Some(term) = ctx.terms.term(&tok.norm) else { continue };
                if tok.kind == TokenKind::Word {
                    context.push((term, ctx.terms.idf(term)));
                    // "the school building" names a thing: its stem is not
                    // the event "build" that the count is of.
                    let thing = EVENT_LOOKALIKE_NOUNS.contains(tok.norm.as_str());
                    if let Some(class) = table.class(ctx.terms.stem(term)).filter(|_| !thing) {
                        // Nearer first; a comma between counts as distance;
                        // on a tie the word after ("six were killed").
                        let distance = 2 * (k + 4 * commas) + 1 - side;
                        if best.is_none_or(|(d, _)| distance < d) {
                            best = Some((distance, class));
                        }
                    }
                }
            }
        }
        context.sort_unstable_by_key(|t| t.0);
        context.dedup_by_key(|t| t.0);

        let mut anchors = Vec::new();
        let mut times = Vec::new();
        let mut past = false;
        let whole = ctx.sentence_frame(v, claim.sentence.0);
        for (other, span, what) in whole.iter().flat_map(|w| &w.others) {
            if *other == id || span.overlaps(claim.span) {
                continue;
            }
            match what {
                Around::Name(key) => anchors.push(key.clone()),
                Around::Time { past: p, parts } => {
                    past |= p;
                    times.extend(*parts);
                }
            }
        }
        anchors.sort();
        anchors.dedup();
        Frame {
            context,
            event: best.map(|b| b.1),
            event_distance: best.map(|b| b.0),
            sentence_events: whole.map(|w| w.events.clone()).unwrap_or_default(),
            anchors,
            times,
            past,
            headline: sentence.role == SentenceRole::Headline,
            identifier: is_identifier(&doc.text, tokens, own.clone(), lo, hi),
        }
    }

    /// Weighted Dice overlap of two frames' clause words (0 to 1).
    pub(crate) fn context_similarity(&self, other: &Frame) -> f32 {
        let (mut i, mut j, mut shared) = (0, 0, 0.0);
        while i < self.context.len() && j < other.context.len() {
            match self.context[i].0.cmp(&other.context[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += self.context[i].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        let total: f32 = self.context.iter().map(|t| t.1).sum::<f32>()
            + other.context.iter().map(|t| t.1).sum::<f32>();
        if total <= 0.0 {
            0.0
        } else {
            2.0 * shared / total
        }
    }

    /// How surely the two frames tell of the same event: 2 when their
    /// nearest event words agree, 1 when one has none near it but its
    /// sentence names the other's, 0 otherwise.
    pub(crate) fn same_event(&self, other: &Frame) -> u8 {
        match (self.event, other.event) {
            (Some(a), Some(b)) if a == b => 2,
            (None, Some(b)) if self.sentence_events.contains(&b) => 1,
            (Some(a), None) if other.sentence_events.contains(&a) => 1,
            _ => 0,
        }
    }

    /// True when the two frames cannot be of the same event: their events
    /// differ, their sentences give times that cannot be the same day, or
    /// one tells of an earlier event and the other does not.
    pub(crate) fn apart(&self, other: &Frame) -> bool {
        if let (Some(a), Some(b)) = (self.event, other.event) {
            if a != b {
                return true;
            }
        }
        self.apart_in_time(other)
    }

    /// True when the two frames' sentences give times that cannot be the
    /// same day, or one tells of an earlier event and the other does not.
    pub(crate) fn apart_in_time(&self, other: &Frame) -> bool {
        if self.past != other.past {
            return true;
        }
        !self.times.is_empty()
            && !other.times.is_empty()
            && !self.times.iter().any(|a| other.times.iter().any(|b| compatible(a, b)))
    }

    /// +1 when the frames share a name, -1 when both have names and share
    /// none, 0 otherwise.
    pub(crate) fn anchor_agreement(&self, other: &Frame) -> i8 {
        if self.anchors.is_empty() || other.anchors.is_empty() {
            return 0;
        }
        if self.anchors.iter().any(|a| other.anchors.binary_search(a).is_ok()) {
            1
        } else {
            -1
        }
    }
}

/// True when the number tokens `own` (within sentence tokens `lo..hi`) name
/// rather than count: after "call" or "dial", written with a leading zero,
/// or one of a run of digit groups of seven digits or more ("0800 555
/// 0199", "(415) 555-0199").
fn is_identifier(
    text: &str,
    tokens: &[crate::Token],
    own: std::ops::Range<usize>,
    lo: usize,
    hi: usize,
) -> bool {
    let numbers: Vec<usize> = own
        .clone()
        .filter(|&i| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number))
        .collect();
    let Some(&first) = numbers.first() else { return false };
    let digits_of =
        |i: usize| tokens[i].span.slice(text).chars().filter(char::is_ascii_digit).count();
    let leading_zero = numbers.iter().any(|&i| {
        let s = tokens[i].span.slice(text);
        s.starts_with('0') && !s.starts_with("0.") && !s.starts_with("0,") && s.len() > 1
    });
    let before = (lo..first).rev().find(|&i| tokens[i].kind == TokenKind::Word);
    let after_call = before.is_some_and(|i| CALL_WORDS.contains(tokens[i].norm.as_str()));
    // The run of number tokens (and the punctuation between them) around it.
    let mut start = first;
    while start > lo
        && matches!(tokens[start - 1].kind, TokenKind::Number | TokenKind::Punct)
        && !matches!(tokens[start - 1].span.slice(text), "," | "." | ";" | ":")
    {
        start -= 1;
    }
    let mut end = first + 1;
    while end < hi
        && matches!(tokens[end].kind, TokenKind::Number | TokenKind::Punct)
        && !matches!(tokens[end].span.slice(text), "," | "." | ";" | ":")
    {
        end += 1;
    }
    let run: Vec<usize> = (start..end).filter(|&i| tokens[i].kind == TokenKind::Number).collect();
    let long_run = run.len() >= 2 && run.iter().map(|&i| digits_of(i)).sum::<usize>() >= 7;
    leading_zero || after_call || long_run
}

/// How likely two claims of two versions state the same fact, from what
/// surrounds them: the words of their clauses, their sentences as a whole,
/// whether they tell of the same event (`event`, see
/// [`Frame::same_event`]), sit in one aligned
/// passage, and are each the only such claim there (`sole`), and the names
/// around them. Callers gate it first on what cannot match.
pub(crate) fn affinity(ctx: &Ctx, a: ClaimId, b: ClaimId, event: u8, sole: bool) -> f32 {
    let (fa, fb) = (ctx.frame(a), ctx.frame(b));
    let same_row = ctx.row(a).is_some() && ctx.row(a) == ctx.row(b);
    let (va, vb) = (ctx.version(a).0, ctx.version(b).0);
    let sentences =
        ctx.terms.similarity(va, &[ctx.claim(a).sentence.0], vb, &[ctx.claim(b).sentence.0]);
    let mut score = 0.5 * fa.context_similarity(fb) + 0.3 * sentences;
    score += 0.15 * f32::from(event.min(2));
    if same_row {
        score += 0.15;
        if sole {
            score += 0.1;
        }
    }
    match fa.anchor_agreement(fb) {
        1 => score += 0.1,
        -1 => score -= 0.15,
        _ => {}
    }
    score
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_toll_is_marked_in_the_event_table() {
        for row in crate::lexicon::compare_events() {
            assert!(matches!(row.get(3), Some(&"toll" | &"-")), "toll or -: {row:?}");
        }
        let events = super::events();
        let kill = events.class("kill").map(|c| events.info(c));
        assert!(kill.is_some_and(|k| k.toll && k.number_label == "Number killed"));
    }
}
