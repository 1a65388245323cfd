//! Direct quotes with speaker and speech verb, reported speech, and the
//! sources given for statements.
//!
//! - [`marks`] pairs quotation marks into passages;
//! - [`sources`] finds the cues ("said", "according to", "as reported by",
//!   "Tass quoted") with the noun phrase that names the source, and resolves
//!   it to a person (through the Person claims, "he"/"she", and definite
//!   descriptions) or keeps its words ("city officials");
//! - this module gives each quote its speaker — the attribution after it
//!   (`"…," Reyes said`), before it (`Putin stated: "…"`, `described the
//!   talks as "…"`), or the previous quote's when it continues (`"…," Reyes
//!   said. "Nobody was inside."`) — and turns the remaining cues into
//!   reported statements and attributions.

mod marks;
mod sources;

use super::words::Words;
use super::{Attribution, Claim, ClaimData, Quote, Speaker, Statement};
use crate::lexicon::FnvHashSet as HashSet;
use crate::normalize::normalize_token;
use crate::segment::tokenize;
use crate::text::{SentenceId, Span};
use crate::Document;
use sources::{Cue, Sources};

/// Finds quotes, reported statements and attributions in `doc`. `entities`
/// are the claims of [`super::entities::extract_entities`], used to resolve
/// speakers to full names.
///
/// `"We were fighting," Reyes said. "Nobody was inside."` → two quotes, both
/// with speaker "Reyes" and verb "said"; one attribution (key "Reyes", cue
/// "said").
pub fn extract_quotes(doc: &Document, entities: &[Claim]) -> Vec<Claim> {
    quotes_in(doc, &Words::new(doc), entities)
}

/// The people, places and organisations of `doc` (as
/// [`extract_entities`](super::entities::extract_entities) finds them) and
/// its quotes, statements and attributions (as [`extract_quotes`]), with the
/// word list both read built once.
pub fn extract_people_and_quotes(doc: &Document) -> (Vec<Claim>, Vec<Claim>) {
    let words = Words::new(doc);
    let people = super::entities::entities_in(doc, &words);
    let quotes = quotes_in(doc, &words, &people);
    (people, quotes)
}

/// [`extract_quotes`] on words already built for `doc`.
pub(crate) fn quotes_in(doc: &Document, words: &Words, entities: &[Claim]) -> Vec<Claim> {
    let marked = marks::find_quotes(doc);
    let src = Sources::new(doc, words, entities, &marked);
    let cues = src.cues();
    let mut out = Vec::new();
    let text = doc.text.as_str();
    let ents_names: HashSet<&str> = entities
        .iter()
        .filter_map(|c| match &c.data {
            ClaimData::Person(p) => Some(p.entity.as_str()),
            _ => None,
        })
        .collect();

    // Quotes and their speakers.
    let mut prev: Option<(usize, Option<Speaker>, Option<String>, usize)> = None; // (close sentence, speaker, verb, paragraph)
    for m in &marked {
        let open_w = words.at_or_after(m.open.start);
        let Some(open_sentence) = doc.sentence_at(m.open.start).map(|s| s.0) else { continue };
        let close_at = m.close.map_or(m.content.end, |c| c.start);
        let close_sentence = doc.sentence_at(close_at).map_or(open_sentence, |s| s.0);
        let end = m.close.map_or(m.content.end, |c| c.end);
        let partial = src.is_partial(m);
        let mut found = src
            .speaker_after(m, close_sentence)
            .or_else(|| src.speaker_before(open_w, open_sentence));
        if found.is_none() && !partial {
            // A quote that continues the previous speaker's words.
            let para = doc.seg.sentences.get(open_sentence).map_or(0, |s| s.paragraph);
            if let Some((ps, Some(sp), verb, ppara)) = &prev {
                let adjacent =
                    *ps + 1 >= open_sentence || (*ppara + 1 == para && src.opens_paragraph(m));
                // A quote the writer leads into with words of their own
                // ("…, saying: "…"") has its own speaker, found or not.
                if adjacent && opens_sentence(doc, m, open_sentence) {
                    found = Some((sp.clone(), verb.clone()));
                }
            }
            if found.is_none() {
                found = src.speaker_from_colon(m, open_sentence);
            }
            if found.is_none() && src.opens_paragraph(m) {
                // A quote paragraph after a paragraph whose source is a person:
                // "…, said Eddie Chan. ATI, he said, …" / "“ATI has …”".
                found = open_sentence
                    .checked_sub(1)
                    .and_then(|p| last_person_cue(&cues, p, &ents_names));
            }
        }
        if found.is_none() && src.after_colon(m) {
            // `managed a cheeky joke: "…"`: the sentence's subject.
            found = src.subject_speaker(open_sentence, open_w);
        }
        if found.is_none() && partial {
            // Cues are in sentence order.
            let first = cues.partition_point(|c| c.sentence < open_sentence);
            found =
                cues[first..].iter().take_while(|c| c.sentence == open_sentence).find_map(|c| {
                    let s = c.source.clone()?;
                    Some((Speaker { name: s.name, span: Some(s.span) }, Some(c.text.clone())))
                });
        }
        let (speaker, verb) = match found {
            Some((s, v)) => (Some(s), v),
            None => (None, None),
        };
        let para = doc.seg.sentences.get(close_sentence).map_or(0, |s| s.paragraph);
        prev = Some((close_sentence, speaker.clone(), verb.clone(), para));
        out.push(Claim {
            span: Span::new(m.open.start, end),
            sentence: SentenceId(open_sentence),
            data: ClaimData::Quote(Quote {
                content: m.content,
                normalized: normalize_quote(m.content.slice(text)),
                speaker,
                verb,
                partial,
            }),
        });
    }

    // Attributions: one per source per sentence.
    let mut seen: HashSet<(usize, &str)> = HashSet::default();
    for cue in &cues {
        let Some(source) = &cue.source else { continue };
        if !seen.insert((cue.sentence, source.key.as_str())) {
            continue;
        }
        out.push(Claim {
            span: source.span.cover(cue.span),
            sentence: SentenceId(cue.sentence),
            data: ClaimData::Attribution(Attribution {
                source: source.span.slice(text).to_string(),
                key: source.key.clone(),
                source_span: source.span,
                cue: cue.text.clone(),
            }),
        });
    }

    // Reported speech.
    let mut reach: Vec<usize> = Vec::with_capacity(marked.len());
    for m in &marked {
        reach.push(reach.last().map_or(m.content.end, |&r: &usize| r.max(m.content.end)));
    }
    for cue in &cues {
        let (Some(source), Some(content)) = (&cue.source, cue.content) else { continue };
        // Only the marks starting before the content's end and reaching
        // past its start (not every mark per cue: a book of quotes).
        let before = marked.partition_point(|m| m.content.start < content.end);
        let mut near = marked[..before]
            .iter()
            .zip(&reach[..before])
            .rev()
            .take_while(|(_, &r)| r > content.start);
        if near.any(|(m, _)| m.content.overlaps(content) && !src.is_partial(m)) {
            continue;
        }
        out.push(Claim {
            span: content.cover(cue.span),
            sentence: SentenceId(cue.sentence),
            data: ClaimData::Statement(Statement {
                speaker: Speaker { name: source.name.clone(), span: Some(source.span) },
                verb: cue.text.clone(),
                content,
            }),
        });
    }
    out.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.span.end.cmp(&b.span.end)));
    out
}

/// The comparison form of quoted words: lower case, plain quotes and
/// dashes, number words as digits, punctuation dropped, single spaces.
///
/// `“This was a necessary conversation,”` and `"this was a necessary
/// conversation"` → `this was a necessary conversation`; `three-year-old`
/// → `3 year old`.
pub fn normalize_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for t in tokenize(text) {
        let raw = t.span.slice(text);
        if t.norm == "'s" {
            out.push_str("'s");
            continue;
        }
        if !raw.chars().any(char::is_alphanumeric) {
            continue;
        }
        let norm = normalize_token(raw);
        for part in norm.split('-').filter(|p| !p.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(part);
        }
    }
    out
}

/// True when nothing but space and marks comes before quote `m` in its
/// sentence `si`: `"…," Reyes said. "Nobody was inside."`.
fn opens_sentence(doc: &Document, m: &marks::Marked, si: usize) -> bool {
    let start = doc.seg.sentences.get(si).map_or(0, |s| s.span.start).min(m.open.start);
    doc.text.get(start..m.open.start).is_none_or(|t| {
        t.chars().all(|c| c.is_whitespace() || matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\''))
    })
}

/// The source of the last cue in sentence `si` when it is a person.
fn last_person_cue(cues: &[Cue], si: usize, people: &HashSet<&str>) -> Option<Found> {
    let end = cues.partition_point(|c| c.sentence <= si);
    let c =
        cues[..end].iter().rev().take_while(|c| c.sentence == si).find(|c| c.source.is_some())?;
    let s = c.source.as_ref()?;
    people
        .contains(&s.key.as_str())
        .then(|| (Speaker { name: s.name.clone(), span: Some(s.span) }, Some(c.text.clone())))
}

/// A cue's speaker or source, resolved.
pub(crate) type Found = (Speaker, Option<String>);

#[cfg(test)]
mod tests;
