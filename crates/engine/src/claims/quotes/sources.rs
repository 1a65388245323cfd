//! Cues of speech and sourcing ("X said", "said X", "according to X", "as
//! reported by X", "Tass quoted X, who stated") and the noun phrases that
//! name the source, resolved to people where the text allows.

mod cues;
mod speakers;
mod subjects;

use super::marks::Marked;
use super::Found;
use crate::claims::entities::person_gender;
use crate::claims::words::{clause_start, is_function_word, Kind, Word, Words};
use crate::claims::{Claim, ClaimData, Speaker};
use crate::lexicon::{lexicon, FnvHashMap as HashMap, Gazetted, Gender, SpeechVerb, VerbClass};
use crate::text::Span;
use crate::Document;

/// A person mention, in words.
#[derive(Debug, Clone)]
struct Mention {
    /// First word of the name (or description).
    start: usize,
    /// One past its last word.
    end: usize,
    /// First word of the role phrase in front, or `start`.
    np_start: usize,
    entity: String,
    gender: Gender,
    subject: bool,
}

/// A resolved source or speaker.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    /// The words naming it.
    pub span: Span,
    /// The person's full name, or the words as written.
    pub name: String,
    /// The comparison key (full name, or lower-case head phrase).
    pub key: String,
}

/// One cue of speech or sourcing.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    pub sentence: usize,
    /// The cue words ("according to", "said", "as reported by").
    pub span: Span,
    pub text: String,
    pub source: Option<Source>,
    /// What is reported, when it is reported speech.
    pub content: Option<Span>,
}

/// Everything the quote and attribution rules look up.
pub(crate) struct Sources<'a> {
    doc: &'a Document,
    words: &'a Words,
    mentions: Vec<Mention>,
    /// Word index → mention covering it.
    person_at: Vec<Option<usize>>,
    /// Word index → inside an organisation or place name.
    name_at: Vec<bool>,
    in_quote: Vec<bool>,
    /// Word index → mention whose role phrase or name starts there.
    starts_at: HashMap<usize, usize>,
    marked: &'a [Marked],
}

/// Nouns that name a source of information (`data/words/sources.txt`).
fn is_source_noun(lower: &str) -> bool {
    crate::lexicon::SOURCES_NOUNS.contains(lower)
}

/// An auxiliary or adverb between a source and its verb: "has", "also".
fn is_aux_or_adverb(lower: &str) -> bool {
    crate::lexicon::SOURCES_AUX_OR_ADVERBS.contains(lower)
}

/// A determiner before a source noun: "the", "several", "unnamed".
fn is_determiner(lower: &str) -> bool {
    crate::lexicon::SOURCES_DETERMINERS.contains(lower)
}

/// A word before a speech verb that keeps it from reporting: "not".
fn is_negation(lower: &str) -> bool {
    crate::lexicon::SOURCES_NEGATIONS.contains(lower)
}

/// An em or en dash (or a spaced hyphen) setting off an aside.
fn is_dash(w: &Word) -> bool {
    matches!(w.lower.as_str(), "\u{2014}" | "\u{2013}" | "-" | "--")
}

/// "he" → male; "she" → female.
fn pronoun_gender(lower: &str) -> Option<Gender> {
    match lower {
        "he" | "him" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    }
}

fn lower_words(ws: &[Word]) -> Vec<&str> {
    ws.iter()
        .filter(|w| w.kind != Kind::Punct && w.kind != Kind::Quote)
        .map(|w| w.lower.as_str())
        .collect()
}

impl<'a> Sources<'a> {
    pub fn new(
        doc: &'a Document,
        words: &'a Words,
        entities: &[Claim],
        marked: &'a [Marked],
    ) -> Sources<'a> {
        let ws = &words.words;
        let n = ws.len();
        let mut person_at = vec![None; n];
        let mut name_at = vec![false; n];
        let mut mentions: Vec<Mention> = Vec::new();
        let mut roles_of: HashMap<&str, Vec<crate::claims::Role>> = HashMap::default();
        let mut honorific_of: HashMap<&str, &str> = HashMap::default();
        for c in entities {
            let a = words.at_or_after(c.span.start);
            let b = words.at_or_after(c.span.end).max(a);
            match &c.data {
                ClaimData::Person(p) => {
                    if a >= b {
                        continue;
                    }
                    let mut np_start = a;
                    for r in &p.roles {
                        if r.span.end <= c.span.start {
                            let rs = words.at_or_after(r.span.start);
                            let gap = &ws[words.at_or_after(r.span.end)..a];
                            if gap.is_empty() || gap.iter().all(|w| w.lower == "the") {
                                np_start = np_start.min(rs);
                            }
                        }
                    }
                    if a > 0
                        && matches!(
                            ws[a - 1].lower.trim_end_matches('.'),
                            "mr" | "mrs" | "ms" | "miss"
                        )
                    {
                        honorific_of.insert(p.entity.as_str(), ws[a - 1].lower.as_str());
                        np_start = np_start.min(a - 1);
                    }
                    roles_of.entry(p.entity.as_str()).or_default().extend(p.roles.iter().cloned());
                    let mi = mentions.len();
                    for slot in person_at.iter_mut().take(b).skip(a) {
                        *slot = Some(mi);
                    }
                    mentions.push(Mention {
                        start: a,
                        end: b,
                        np_start,
                        entity: p.entity.clone(),
                        gender: Gender::Unknown,
                        subject: false,
                    });
                }
                ClaimData::Organization(_) | ClaimData::Place(_) => {
                    for slot in name_at.iter_mut().take(b).skip(a) {
                        *slot = true;
                    }
                }
                _ => {}
            }
        }
        let mut genders: HashMap<String, Gender> = HashMap::default();
        for m in &mentions {
            if !genders.contains_key(&m.entity) {
                let roles = roles_of.get(m.entity.as_str()).map_or(&[][..], |v| v.as_slice());
                let g =
                    person_gender(&m.entity, roles, honorific_of.get(m.entity.as_str()).copied());
                genders.insert(m.entity.clone(), g);
            }
        }
        for m in &mut mentions {
            m.gender = genders.get(&m.entity).copied().unwrap_or(Gender::Unknown);
            m.subject = clause_start(ws, m.np_start)
                && !ws.get(m.end).is_some_and(|w| w.kind == Kind::Possessive);
        }
        let mut in_quote = vec![false; n];
        for m in marked {
            let a = words.at_or_after(m.open.start);
            let b = words.at_or_after(m.close.map_or(m.content.end, |c| c.end));
            for slot in in_quote.iter_mut().take(b).skip(a) {
                *slot = true;
            }
        }
        let mut starts_at = HashMap::default();
        for (i, m) in mentions.iter().enumerate() {
            starts_at.entry(m.np_start).or_insert(i);
            starts_at.entry(m.start).or_insert(i);
        }
        Sources { doc, words, mentions, person_at, name_at, in_quote, starts_at, marked }
    }

    fn ws(&self) -> &[Word] {
        &self.words.words
    }

    fn sentence_range(&self, si: usize) -> (usize, usize) {
        self.words.sentences.get(si).map_or((0, 0), |r| (r.start, r.end))
    }

    fn span_of(&self, a: usize, b: usize) -> Span {
        let ws = self.ws();
        match (ws.get(a), b.checked_sub(1).and_then(|e| ws.get(e))) {
            (Some(x), Some(y)) if a < b => Span::new(x.span.start, y.span.end),
            _ => Span::new(0, 0),
        }
    }

    /// The speech verb at word `i`, if it is used as one here.
    fn verb_at(&self, i: usize, s0: usize) -> Option<SpeechVerb> {
        let ws = self.ws();
        let w = ws.get(i)?;
        if !w.is_word() || w.cap || self.in_quote.get(i).copied().unwrap_or(false) {
            return None;
        }
        let v = lexicon().speech_verb(&w.lower)?;
        let prev = i.checked_sub(1).filter(|&p| p >= s0).map(|p| &ws[p]);
        let prev2 = i.checked_sub(2).filter(|&p| p >= s0).map(|p| &ws[p]);
        if prev.is_some_and(|p| is_negation(&p.lower))
            || prev2.is_some_and(|p| {
                matches!(p.lower.as_str(), "not" | "n't" | "never" | "declined" | "refused")
            })
        {
            return None;
        }
        // Nouns spelled like verbs: "his remarks", "the reports", "Putin's comments".
        if prev.is_some_and(|p| {
            p.kind == Kind::Possessive || crate::lexicon::SOURCES_BEFORE_NOUNS.contains(&p.lower)
        }) {
            return None;
        }
        let base = w.lower == v.lemma;
        let next = ws.get(i + 1).filter(|x| x.sentence == w.sentence);
        // "…to insurgents in South Kordofan and Blue Nile states.": a form
        // that is also a plural noun, closing its sentence after a name
        // that nothing sets off, is the noun.
        let closes = next.is_none_or(|x| x.kind == Kind::Punct && !x.is(","));
        if closes && crate::lexicon::SOURCES_PLURAL_NOUN_FORMS.contains(&w.lower) {
            let name_start = (s0..i).rev().take_while(|&p| ws[p].is_word() && ws[p].cap).last();
            let before = name_start.and_then(|p| p.checked_sub(1)).filter(|&p| p >= s0);
            let set_off = before.is_none_or(|p| {
                ws[p].kind == Kind::Quote || ws[p].is(",") || is_dash(&ws[p]) || ws[p].is(":")
            });
            if name_start.is_some() && !set_off {
                return None;
            }
        }
        let that_next = next
            .is_some_and(|x| x.lower == "that" || x.is(":") || x.kind == Kind::Quote || x.is(","));
        if base && !that_next {
            // "officials say", "analysts say": a plural or pronoun subject.
            let plural = prev.is_some_and(|p| {
                matches!(p.lower.as_str(), "they" | "we" | "i" | "you")
                    || (p.lower.ends_with('s') && !p.cap)
                    || is_source_noun(&p.lower)
            });
            if !plural {
                return None;
            }
        }
        if w.lower.ends_with('s')
            && !base
            && w.lower != v.lemma
            && prev.is_some_and(|p| p.is_word() && !p.cap && lexicon().role_modifier(&p.lower))
        {
            return None;
        }
        match v.class {
            VerbClass::Say => Some(v),
            // Left out by the lexicon's `speech_verb`.
            VerbClass::Manner => None,
            VerbClass::ThatOnly => {
                let (_, s1) = self.sentence_range(w.sentence);
                let window = &ws[(i + 1).min(s1)..(i + 5).min(s1)];
                let ok = window
                    .iter()
                    .take_while(|x| x.kind != Kind::Punct || x.is(","))
                    .any(|x| x.lower == "that")
                    || next.is_some_and(|x| x.kind == Kind::Quote || x.is(":"))
                    || (next.is_some_and(|x| x.is(","))
                        && ws.get(i + 2).is_some_and(|x| x.kind == Kind::Quote));
                ok.then_some(v)
            }
            VerbClass::DescribeAs => {
                let (_, s1) = self.sentence_range(w.sentence);
                let window = &ws[(i + 1).min(s1)..(i + 14).min(s1)];
                window.iter().any(|x| x.lower == "as" || x.kind == Kind::Quote).then_some(v)
            }
        }
    }
}

/// The verb as reported: "said", "described … as".
fn verb_text(lower: &str, v: SpeechVerb) -> String {
    if v.class == VerbClass::DescribeAs {
        format!("{lower} \u{2026} as")
    } else {
        lower.to_string()
    }
}
