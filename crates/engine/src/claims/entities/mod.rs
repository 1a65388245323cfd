//! People (with titles and roles), places and organisations, found by rules
//! on capitalised words, no statistical model:
//!
//! 1. runs of capitalised words ("chunks") are cut out of each sentence,
//!    gazetteer names ("New Delhi", "RIA Novosti") matched inside them;
//! 2. a chunk's trailing name words are a person when something says so —
//!    a title or role before it ("Russian President Vladimir Putin"), a
//!    known given name ("Jared Kushner"), an age or role appositive ("Ema
//!    Suryani, a doctor"), a speech verb ("Nugroho said") — or when they
//!    repeat part of a person already found ("Putin", "Mr. Ging");
//! 3. roles are read before the name, in appositives, in coordinated
//!    appositives ("A and B, identified as R1 and R2") and in definite
//!    descriptions that refer back ("the former president" → Trump);
//! 4. mentions of one person share the fullest name form as `entity`.

mod attach;
mod chunks;
mod link;

mod roles;

use super::words::{self, is_function_word, Kind, Word, Words};
use super::{Claim, ClaimData, NameMention, PersonMention, Role};
use crate::lexicon::{self, lexicon, FnvHashMap as HashMap, Gazetted, Gender};
use crate::segment::SentenceRole;
use crate::text::{SentenceId, Span};
use crate::Document;
use roles::{appositive_roles, is_honorific, is_role_head, make_role, pre_role_start};

/// Finds the people, places and organisations named in `doc`, linking short
/// and long mentions of one entity ("Putin" = "Russian President Vladimir
/// Putin") and attaching titles and roles to people.
///
/// `"U.S. special envoy Steve Witkoff met Putin."` → Person "Steve Witkoff"
/// (role key "special envoy"), Person "Putin".
pub fn extract_entities(doc: &Document) -> Vec<Claim> {
    entities_in(doc, &Words::new(doc))
}

/// [`extract_entities`] on words already built for `doc` (the quote
/// extractor reads the same words).
pub(crate) fn entities_in(doc: &Document, words: &Words) -> Vec<Claim> {
    let mut out = Finder::new(doc, words).run();
    out.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.span.end.cmp(&b.span.end)));
    out
}

/// The gender a person's mentions suggest: a given name ("Jared"), an
/// honorific ("Mrs.") or a gendered role ("son-in-law", "spokeswoman").
pub(crate) fn person_gender(entity: &str, roles: &[Role], honorific: Option<&str>) -> Gender {
    let lx = lexicon();
    if let Some(g) = honorific.and_then(|h| lx.title(&lexicon::fold(h))) {
        if g != Gender::Unknown {
            return g;
        }
    }
    for r in roles {
        for w in r.text.split(' ') {
            if let Some(g) = lx.role_head(w).filter(|g| *g != Gender::Unknown) {
                return g;
            }
        }
    }
    let first = entity.split(' ').next().map(lexicon::fold).unwrap_or_default();
    lx.given_name(&first).unwrap_or(Gender::Unknown)
}

/// A gazetteer match or a single capitalised word inside a chunk.
#[derive(Debug, Clone, Copy)]
struct Unit {
    start: usize,
    end: usize,
    gaz: Option<Gazetted>,
}

/// A person mention being built.
#[derive(Debug, Clone)]
struct Person {
    /// Word range of the name (or description).
    start: usize,
    end: usize,
    roles: Vec<Role>,
    /// The name words, lower case, honorifics dropped: ["vladimir", "putin"].
    key: Vec<String>,
    /// For a definite description: the entity index it refers to.
    refers_to: Option<usize>,
    subject: bool,
    description: bool,
}

/// A name candidate waiting for the known people to be collected.
#[derive(Debug, Clone, Copy)]
struct Pending {
    start: usize,
    end: usize,
    /// True in a headline: only known names count there.
    headline: bool,
    /// After "in", "at", "near" …: a place unless it is a known person.
    locative: bool,
    /// Before "region", or a facility name: a place.
    place: bool,
    fallback_ok: bool,
    /// A lone name next to a speech verb ("said Okonkwo"): a person if a
    /// fuller name with that word was taken without a cue.
    speaker: bool,
}

struct Finder<'a> {
    doc: &'a Document,
    words: &'a Words,
    /// Gazetteer match starting at each word of the current sentence.
    gaz: Vec<Option<(usize, Gazetted)>>,
    gaz_base: usize,
    persons: Vec<Person>,
    /// The last words (lower case) of the names of two words or more found
    /// so far: "park" once "Mayor Ellen Park" is found.
    surnames: lexicon::FnvHashSet<String>,
    pending: Vec<Pending>,
    names: Vec<(Span, bool, String)>,
}

/// A word that joins the parts of a name: "von", "al", "of".
fn is_connector(lower: &str) -> bool {
    lexicon::ENTITIES_CONNECTORS.contains(lower)
}

/// Heads of facility and place names: "Kherson Thermal Power Plant".
fn is_facility_head(lower: &str) -> bool {
    lexicon::ENTITIES_FACILITY_HEADS.contains(lower)
}

/// Lower-case nouns after a name that make it a place: "Kherson region".
fn is_place_noun(lower: &str) -> bool {
    lexicon::ENTITIES_PLACE_NOUNS.contains(lower)
}

/// A preposition before a place: "in", "from", "near".
fn is_locative(lower: &str) -> bool {
    lexicon::ENTITIES_LOCATIVES.contains(lower)
}

/// Capitalised acronyms that are not organisations.
fn is_plain_acronym(lower: &str) -> bool {
    lexicon::ENTITIES_PLAIN_ACRONYMS.contains(lower)
}

impl<'a> Finder<'a> {
    fn new(doc: &'a Document, words: &'a Words) -> Finder<'a> {
        Finder {
            doc,
            words,
            gaz: Vec::new(),
            gaz_base: 0,
            persons: Vec::new(),
            surnames: Default::default(),
            pending: Vec::new(),
            names: Vec::new(),
        }
    }

    fn w(&self, i: usize) -> &Word {
        &self.words.words[i]
    }

    fn run(mut self) -> Vec<Claim> {
        let n_sent = self.words.sentences.len();
        for si in 0..n_sent {
            self.sentence_chunks(si);
        }
        self.resolve_pending();
        self.persons.sort_by_key(|p| p.start);
        self.persons.dedup_by_key(|p| p.start);
        self.attach_roles();
        let entities = self.link();
        self.descriptions(&entities);
        self.emit(&entities)
    }

    /// Word range of sentence `si`.
    fn sentence_range(&self, si: usize) -> (usize, usize) {
        self.words.sentences.get(si).map_or((0, 0), |r| (r.start, r.end))
    }

    fn is_headline(&self, si: usize) -> bool {
        // Only lines the segmenter calls headlines: a body sentence dense
        // with names ("U.S. President Donald Trump met …") is no headline.
        self.doc.seg.sentences.get(si).is_some_and(|s| s.role == SentenceRole::Headline)
    }

    /// A capitalised word that may be part of a name.
    fn name_word(&self, i: usize, headline: bool) -> bool {
        let w = self.w(i);
        if !w.is_word() || !w.cap || is_function_word(&w.lower) {
            return false;
        }
        // "Russian-occupied", "Moscow-installed": adjectives, not names.
        if w.lower
            .rsplit_once('-')
            .is_some_and(|(_, last)| last.ends_with("ed") || last == "born" || last == "based")
        {
            return false;
        }
        // In a headline, words written in lower case in the text are plain words.
        !(headline && self.words.seen_lowercase(&w.lower))
    }

    /// The longest gazetteer name starting at word `i` (within `end`).
    fn gazetteer_at(&self, i: usize, end: usize) -> Option<(usize, Gazetted)> {
        let lx = lexicon();
        let mut key = String::new();
        let mut best = None;
        for j in i..end.min(i + lx.max_name_words) {
            let w = self.w(j);
            if !w.is_word() && w.lower != "-" {
                break;
            }
            if j > i
                && !w.cap
                && !matches!(
                    w.lower.as_str(),
                    "of" | "and" | "de" | "the" | "-" | "al" | "el" | "es"
                )
            {
                break;
            }
            if j == i && !w.cap {
                return None;
            }
            if j > i && w.lower != "-" && self.w(j - 1).lower != "-" {
                key.push(' ');
            }
            key.push_str(&w.lower);
            if let Some(g) = lx.gazetted(&key) {
                best = Some((j + 1, g));
            } else if j == i {
                // "R.I." is the word "ri": look it up as written, so that
                // "SD" (a card) is not South Dakota.
                let raw = w.span.slice(&self.doc.text);
                if raw.contains('.') {
                    if let Some(g) = lx.gazetted(&lexicon::fold(raw)) {
                        best = Some((j + 1, g));
                    }
                }
            }
            if !lx.name_prefix(&key) {
                break;
            }
        }
        best
    }
}

/// "SeaMicro", "YouTube", "iPhone": brand spelling, not a person's name
/// ("McCain", "DeSantis", "O'Neill" are names).
fn camel_case(text: &str, span: Span) -> bool {
    let s = span.slice(text);
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        if i > 0
            && c.is_uppercase()
            && prev.is_some_and(char::is_lowercase)
            && !lexicon::ENTITIES_NAME_PREFIXES.contains(&s[..i])
        {
            return true;
        }
        prev = Some(c);
    }
    s.chars().next().is_some_and(char::is_lowercase) && s.chars().any(char::is_uppercase)
}

/// Role heads that a definite description uses to refer back to a named
/// person ("the former president", "the Russian leader", "the doctor").
fn referring_head(lower: &str) -> bool {
    !lexicon::ENTITIES_NOT_REFERRING.contains(lower)
}

/// Entities of one document: display names and name keys.
#[derive(Debug, Default)]
struct Entities {
    names: Vec<String>,
    keys: Vec<Vec<String>>,
    of_person: Vec<Option<usize>>,
}

/// The lower-case words of a name, for matching: "Mr. Ging" → ["ging"].
fn key_of(ws: &[Word]) -> Vec<String> {
    ws.iter()
        .filter(|w| w.is_word() && !is_honorific(&w.lower))
        .map(|w| w.lower.trim_end_matches('.').to_string())
        .collect()
}

#[cfg(test)]
mod tests;
