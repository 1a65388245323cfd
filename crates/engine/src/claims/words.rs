//! The word view of a document, built once per document and handed to the
//! extractors of names, roles, quotes and sources: the segmenter's tokens
//! with abbreviations joined back together (`U` `.` `S` `.` → `U.S.`, `Gov`
//! `.` → `Gov.`), each with its lower-case form (the token's `norm` where
//! that is the word in lower case) and capitalisation.

use crate::lexicon::{self, fold, hash_str as word_hash, lexicon, FnvHashSet as HashSet};
use crate::segment::TokenKind;
use crate::text::Span;
use crate::Document;
use std::ops::Range;

/// The coarse class of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (with inner hyphens/apostrophes) or an abbreviation.
    Word,
    /// Digits.
    Number,
    /// A quotation mark.
    Quote,
    /// The possessive clitic `'s` (or a bare `'` after a plural: `leaders'`).
    Possessive,
    /// Other punctuation.
    Punct,
}

/// One word.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    /// Where it is.
    pub span: Span,
    /// Lower case, typographic apostrophes made plain: "u.s.", "gov.", "trump".
    pub lower: String,
    /// Its class.
    pub kind: Kind,
    /// First letter upper case.
    pub cap: bool,
    /// Two or more letters, all upper case ("AP", "KYIV").
    pub all_caps: bool,
    /// Index of its sentence.
    pub sentence: usize,
}

impl Word {
    /// True for this punctuation character.
    pub fn is(&self, punct: &str) -> bool {
        self.lower == punct
    }

    /// True for letters (not numbers, marks or punctuation).
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
}

/// The words of a document, by sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    /// All words in text order.
    pub words: Vec<Word>,
    /// Word ranges of each sentence (indexed like the document's sentences).
    pub sentences: Vec<Range<usize>>,
    /// Hashes of the lower-case forms that occur written in lower case
    /// somewhere in the document: these are ordinary words when capitalised
    /// at a sentence start or in a headline. (Hashes, not copies: a
    /// collision only makes one capitalised word look ordinary.)
    lowercase_seen: HashSet<u64>,
}

/// Abbreviations that keep their dot, besides initials and titles (the
/// lexicon's titles with a dot, `"gov."`): months, states and provinces,
/// and a few of the sentence splitter's other abbreviations.
fn keeps_dot(lower: &str) -> bool {
    use lexicon::{ABBREVIATIONS_STATES, MONTHS_ABBREVIATIONS};
    MONTHS_ABBREVIATIONS.contains(lower)
        || ABBREVIATIONS_STATES.contains(lower)
            && !matches!(lower, "kans" | "nebr" | "tex" | "wisc")
        || matches!(lower, "man" | "qld" | "nfld")
        || matches!(
            lower,
            "inc"
                | "corp"
                | "co"
                | "ltd"
                | "bros"
                | "jr"
                | "sr"
                | "dept"
                | "univ"
                | "ave"
                | "ind"
                | "st"
                | "mt"
                | "ft"
                | "no"
                | "vs"
        )
}

impl Words {
    /// Builds the words of `doc`.
    pub fn new(doc: &Document) -> Words {
        let text = doc.text.as_str();
        let lx = lexicon();
        let mut words: Vec<Word> = Vec::with_capacity(doc.seg.tokens.len());
        let mut sentences = Vec::with_capacity(doc.seg.sentences.len());
        let mut lowercase_seen = HashSet::default();
        for (si, sentence) in doc.seg.sentences.iter().enumerate() {
            let start = words.len();
            let tokens = doc.seg.tokens.get(sentence.tokens.clone()).unwrap_or(&[]);
            let mut i = 0;
            while i < tokens.len() {
                let t = &tokens[i];
                let mut span = t.span;
                let raw = span.slice(text);
                let kind = match t.kind {
                    TokenKind::Word if t.norm == "'s" => Kind::Possessive,
                    TokenKind::Word => Kind::Word,
                    TokenKind::Number => Kind::Number,
                    TokenKind::Quote => Kind::Quote,
                    TokenKind::Punct => Kind::Punct,
                };
                i += 1;
                if kind == Kind::Word {
                    // Join "U" "." "S" "." and "Gov" "." into one word.
                    let single = raw.chars().count() == 1;
                    let dotted = dot_at(tokens, i, span.end, text) && {
                        let lower_raw = fold(raw);
                        single
                            || keeps_dot(&lower_raw)
                            || lx.title(&format!("{lower_raw}.")).is_some()
                    };
                    if dotted {
                        span = Span::new(span.start, tokens[i].span.end);
                        i += 1;
                        while single
                            && i + 1 < tokens.len()
                            && tokens[i].span.start == span.end
                            && tokens[i].kind == TokenKind::Word
                            && tokens[i].span.slice(text).chars().count() == 1
                            && dot_at(tokens, i + 1, tokens[i].span.end, text)
                        {
                            span = Span::new(span.start, tokens[i + 1].span.end);
                            i += 2;
                        }
                    }
                }
                let s = span.slice(text);
                let first = s.chars().next();
                let cap = first.is_some_and(char::is_uppercase);
                let all_caps = cap && s.len() >= 2 && {
                    let mut letters = 0;
                    let mut all = true;
                    for c in s.chars().filter(|c| c.is_alphabetic()) {
                        letters += 1;
                        all &= c.is_uppercase();
                    }
                    all && letters >= 2
                };
                let single_token = span == t.span;
                let lower = if kind == Kind::Possessive {
                    "'s".to_string()
                } else if single_token
                    && kind == Kind::Word
                    && !t.norm.starts_with(|c: char| c.is_ascii_digit())
                    && !t.norm.contains('-')
                {
                    t.norm.clone()
                } else {
                    fold(s)
                };
                if kind == Kind::Word && first.is_some_and(char::is_lowercase) {
                    lowercase_seen.insert(word_hash(&lower));
                }
                words.push(Word { span, lower, kind, cap, all_caps, sentence: si });
            }
            sentences.push(start..words.len());
        }
        Words { words, sentences, lowercase_seen }
    }

    /// The index of the first word at or after byte `offset`.
    pub fn at_or_after(&self, offset: usize) -> usize {
        self.words.partition_point(|w| w.span.start < offset)
    }

    /// True when the capitalised word `w` is an ordinary word (it is written
    /// in lower case elsewhere in the document, or is a function word).
    pub fn is_common(&self, w: &Word) -> bool {
        is_function_word(&w.lower) || self.seen_lowercase(&w.lower)
    }

    /// True when `lower` is written in lower case somewhere in the document.
    pub fn seen_lowercase(&self, lower: &str) -> bool {
        self.lowercase_seen.contains(&word_hash(lower))
    }
}

fn dot_at(tokens: &[crate::segment::Token], i: usize, end: usize, text: &str) -> bool {
    tokens.get(i).is_some_and(|t| t.span.start == end && t.span.slice(text) == ".")
}

/// Words that are never part of a name even when capitalised.
pub(crate) fn is_function_word(lower: &str) -> bool {
    lexicon().function_word(lower)
}

/// True when word `k` starts a clause: its sentence's start, after
/// punctuation or a quote mark, after a subordinating word ("that",
/// "while"), or after ", and". A bare "and" joins noun phrases ("with
/// Witkoff and Kushner"), so it does not count.
pub(crate) fn clause_start(ws: &[Word], k: usize) -> bool {
    let Some(p) = k.checked_sub(1).and_then(|p| ws.get(p)) else { return true };
    if ws.get(k).is_some_and(|w| w.sentence != p.sentence) {
        return true;
    }
    if matches!(p.lower.as_str(), "and" | "but" | "yet" | "or") {
        return k >= 2 && ws.get(k - 2).is_some_and(|pp| pp.is(",") || pp.is(";"));
    }
    matches!(p.kind, Kind::Quote | Kind::Punct) && !matches!(p.lower.as_str(), "-" | "&" | "/")
        || matches!(
            p.lower.as_str(),
            "that"
                | "while"
                | "although"
                | "though"
                | "when"
                | "as"
                | "because"
                | "since"
                | "if"
                | "so"
                | "whereas"
                | "once"
                | "until"
                | "unless"
                | "then"
                | "after"
                | "before"
                | "where"
                | "meanwhile"
                | "however"
                | "whilst"
        )
}
