//! Stage 1, segment: split a version's text into paragraphs, sentences and
//! tokens. Every piece is a [`Span`] into the original text.

use crate::normalize::normalize_token;
use crate::text::Span;
use serde::Serialize;
use std::ops::Range;

/// A version's text cut into paragraphs, sentences and tokens.
#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    /// Paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in text order; they never overlap.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order; whitespace is not a token.
    pub tokens: Vec<Token>,
}

/// A block of text separated from its neighbours by line breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Where it is, without surrounding whitespace.
    pub span: Span,
    /// Indices of its sentences in [`Segmentation::sentences`].
    pub sentences: Range<usize>,
}

/// What a sentence is doing in the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceRole {
    /// Ordinary running text.
    Body,
    /// A title or section heading: a short line without final punctuation.
    Headline,
    /// A photo caption, usually ending with a credit in parentheses.
    Caption,
    /// An item of a bulleted or numbered list.
    ListItem,
}

/// One sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is, without surrounding whitespace.
    pub span: Span,
    /// Index of its paragraph in [`Segmentation::paragraphs`].
    pub paragraph: usize,
    /// Indices of its tokens in [`Segmentation::tokens`].
    pub tokens: Range<usize>,
    /// Headline, caption, list item or body text.
    pub role: SentenceRole,
}

/// The coarse class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens or apostrophes: `son-in-law`.
    Word,
    /// Digits, possibly with separators: `40,000`, `4.5`, `7-2`, `3-year-old`
    /// counts as a word.
    Number,
    /// A quotation mark, straight or typographic.
    Quote,
    /// Any other punctuation or symbol.
    Punct,
}

/// One token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// Word, number, quote mark or punctuation.
    pub kind: TokenKind,
    /// The form used for comparison (see [`crate::normalize`]): `"Six"` →
    /// `"6"`, `"’"` → `"'"`.
    pub norm: String,
}

/// Splits `text` into paragraphs, sentences and tokens.
///
/// Never panics; an empty text gives an empty segmentation.
pub fn segment(text: &str) -> Segmentation {
    let tokens = tokenize(text);
    let mut seg = Segmentation { tokens, ..Default::default() };
    for para in paragraph_spans(text) {
        let first_sentence = seg.sentences.len();
        let pidx = seg.paragraphs.len();
        for span in sentence_spans(text, para) {
            let tokens = token_range(&seg.tokens, span);
            let role = sentence_role(span.slice(text));
            seg.sentences.push(Sentence { span, paragraph: pidx, tokens, role });
        }
        seg.paragraphs
            .push(Paragraph { span: para, sentences: first_sentence..seg.sentences.len() });
    }
    seg
}

/// The tokens lying inside `span` (tokens are sorted and disjoint).
pub fn token_range(tokens: &[Token], span: Span) -> Range<usize> {
    let lo = tokens.partition_point(|t| t.span.start < span.start);
    let hi = tokens.partition_point(|t| t.span.end <= span.end);
    lo..hi.max(lo)
}

/// Paragraphs: runs of non-blank lines. A text that never leaves a blank line
/// uses one line per paragraph (the common form of pasted news text).
fn paragraph_spans(text: &str) -> Vec<Span> {
    let lines = line_spans(text);
    let has_blank = lines.iter().any(|l| l.slice(text).trim().is_empty());
    let mut out: Vec<Span> = Vec::new();
    let mut current: Option<Span> = None;
    for line in lines {
        let trimmed = trim_span(text, line);
        if trimmed.is_empty() {
            if let Some(p) = current.take() {
                out.push(p);
            }
            continue;
        }
        match current {
            Some(p) if has_blank => current = Some(p.cover(trimmed)),
            Some(p) => {
                out.push(p);
                current = Some(trimmed);
            }
            None => current = Some(trimmed),
        }
    }
    out.extend(current);
    out
}

fn line_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push(Span::new(start, i));
            start = i + 1;
        }
    }
    out.push(Span::new(start, text.len()));
    out
}

fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gov", "sen", "rep", "gen", "col", "lt",
    "sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "rev", "hon", "pres", "supt", "insp", "det",
    "atty", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos", "vs",
    "etc", "inc", "corp", "co", "ltd", "llc", "dept", "univ", "assn", "bros", "ave", "blvd", "rd",
    "mt", "ft", "approx", "est", "fig", "vol", "pp", "ca", "cf", "al", "gens", "reps", "sens",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    if ABBREVIATIONS.contains(&w.as_str()) {
        return true;
    }
    // Initials and dotted abbreviations: "J.", "U.S.", "a.m.", "p.m."
    let letters: Vec<&str> = w.split('.').filter(|p| !p.is_empty()).collect();
    !letters.is_empty()
        && letters.iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// Sentence spans inside one paragraph.
fn sentence_spans(text: &str, para: Span) -> Vec<Span> {
    let p = para.slice(text);
    let mut out = Vec::new();
    let mut start = 0usize;
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (bi, c) = chars[i];
        if c == '\n' {
            push_trimmed(&mut out, text, para.start, start, bi);
            start = bi + 1;
        } else if matches!(c, '.' | '!' | '?') {
            // Take closing quotes and brackets after the terminal mark.
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?') {
                j += 1;
            }
            while j < chars.len() && is_closing(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(p.len(), |&(b, _)| b);
            let next_is_space = chars.get(j).map_or(true, |&(_, ch)| ch.is_whitespace());
            if next_is_space && ends_sentence(p, start, bi, c, &chars, j) {
                push_trimmed(&mut out, text, para.start, start, end);
                start = end;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    push_trimmed(&mut out, text, para.start, start, p.len());
    out
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']' | '\u{00bb}')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[' | '\u{00ab}')
}

/// Decides whether the mark at byte `bi` of `p` ends a sentence.
fn ends_sentence(
    p: &str,
    start: usize,
    bi: usize,
    mark: char,
    chars: &[(usize, char)],
    j: usize,
) -> bool {
    // What follows, after whitespace.
    let mut k = j;
    while k < chars.len() && chars[k].1.is_whitespace() {
        k += 1;
    }
    let Some(&(_, next)) = chars.get(k) else { return true };
    let next_after_open = chars[k..].iter().map(|&(_, c)| c).find(|c| !is_opening(*c));
    if mark != '.' {
        // "?" or "!" followed by a lower-case word continues a quote: "Why?" he asked.
        return !next_after_open.is_some_and(|c| c.is_lowercase());
    }
    let word_start = p[start..bi].rfind(char::is_whitespace).map_or(start, |w| start + w + 1);
    let word = &p[word_start..bi];
    let starts_upper = next_after_open.is_some_and(|c| c.is_uppercase() || c.is_numeric());
    if next.is_lowercase() || (!starts_upper && !is_opening(next)) {
        return false;
    }
    if is_abbreviation(word) {
        // "U.S. officials" continues; "in the U.S. The" ends, but only a
        // following capitalised function word tells us so.
        let rest = &p[chars[k].0..];
        let next_word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
        let single_initial = word.trim_end_matches('.').chars().count() == 1;
        return !single_initial
            && !ABBREVIATIONS.contains(&word.trim_matches('.').to_ascii_lowercase().as_str())
            && is_sentence_starter(&next_word);
    }
    true
}

fn is_sentence_starter(word: &str) -> bool {
    const STARTERS: &[&str] = &[
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "In",
        "On",
        "At",
        "But",
        "And",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "There",
        "As",
        "After",
        "Before",
        "While",
        "When",
        "However",
        "Meanwhile",
        "Officials",
        "Police",
    ];
    STARTERS.contains(&word)
}

fn push_trimmed(out: &mut Vec<Span>, text: &str, base: usize, start: usize, end: usize) {
    let span = trim_span(text, Span::new(base + start, base + end));
    if !span.is_empty() {
        out.push(span);
    }
}

fn sentence_role(s: &str) -> SentenceRole {
    let trimmed = s.trim();
    if trimmed.starts_with(['-', '*', '\u{2022}']) {
        return SentenceRole::ListItem;
    }
    if trimmed.ends_with(')')
        && (trimmed.contains("(AP") || trimmed.contains("Photo") || trimmed.contains("via "))
    {
        return SentenceRole::Caption;
    }
    let last = trimmed.chars().last();
    let words = trimmed.split_whitespace().count();
    if !matches!(last, Some('.' | '!' | '?' | '"' | '\u{201d}' | ':' | ';' | ',')) && words <= 20 {
        return SentenceRole::Headline;
    }
    SentenceRole::Body
}

/// Splits text into word, number, quote and punctuation tokens.
///
/// Words keep inner hyphens and apostrophes (`son-in-law`, `don't`); a
/// possessive `'s` is its own token so that `Trump's` and `Trump 's` compare
/// equal. Numbers keep inner `,` `.` `:` between digits (`40,000`, `4.5`,
/// `9:30`).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = start + c.len_utf8();
            let mut all_digits = c.is_numeric();
            while let Some(&(b, ch)) = iter.peek() {
                if ch.is_alphanumeric() {
                    all_digits &= ch.is_numeric();
                    end = b + ch.len_utf8();
                    iter.next();
                    continue;
                }
                // Joiners inside a token: 40,000 / 4.5 / son-in-law / don't.
                let joiner = matches!(
                    ch,
                    '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2019}' | '.' | ',' | ':' | '/'
                );
                if joiner {
                    let after = text[b + ch.len_utf8()..].chars().next();
                    let prev_digit = text[..b].chars().next_back().is_some_and(|p| p.is_numeric());
                    let ok = match ch {
                        '.' | ',' | ':' | '/' => {
                            prev_digit && after.is_some_and(|a| a.is_numeric())
                        }
                        '\'' | '\u{2019}' => {
                            after.is_some_and(|a| a.is_alphabetic())
                                && !is_possessive_at(text, b + ch.len_utf8())
                        }
                        _ => after.is_some_and(|a| a.is_alphanumeric()),
                    };
                    if ok {
                        end = b + ch.len_utf8();
                        iter.next();
                        continue;
                    }
                }
                break;
            }
            let span = Span::new(start, end);
            let kind = if all_digits || looks_numeric(span.slice(text)) {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Token { span, kind, norm: normalize_token(span.slice(text)) });
            continue;
        }
        let end = start + c.len_utf8();
        // Possessive clitic: 's / ’s directly after a word.
        if matches!(c, '\'' | '\u{2019}') && is_possessive_at(text, end) && start > 0 {
            let prev = text[..start].trim_end().chars().next_back();
            if prev.is_some_and(|p| p.is_alphanumeric()) {
                let (b, s) = iter.next().unwrap_or((end, 's'));
                let span = Span::new(start, b + s.len_utf8());
                out.push(Token { span, kind: TokenKind::Word, norm: "'s".to_string() });
                continue;
            }
        }
        let span = Span::new(start, end);
        let kind = if is_quote_mark(c) { TokenKind::Quote } else { TokenKind::Punct };
        out.push(Token { span, kind, norm: normalize_token(span.slice(text)) });
    }
    out
}

/// True when `text[at..]` starts with `s` that ends a word: the `s` of `'s`.
fn is_possessive_at(text: &str, at: usize) -> bool {
    let mut rest = text[at..].chars();
    matches!(rest.next(), Some('s' | 'S')) && !rest.next().is_some_and(|c| c.is_alphanumeric())
}

fn looks_numeric(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ':' | '/'))
}

/// Straight and typographic quotation marks.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}'
            | '\u{201d}'
            | '\u{201e}'
            | '\u{201f}'
            | '\u{00ab}'
            | '\u{00bb}'
            | '\u{2018}'
            | '\u{2019}'
            | '\''
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text).sentences.iter().map(|s| s.span.slice(text)).collect()
    }

    #[test]
    fn abbreviations_and_decimals_do_not_end_sentences() {
        assert_eq!(
            sentences("U.S. officials met Mr. Smith at 9 a.m. on Dec. 2. Rates rose 4.5% to $1.2 billion. Done."),
            vec!["U.S. officials met Mr. Smith at 9 a.m. on Dec. 2.", "Rates rose 4.5% to $1.2 billion.", "Done."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("\u{201c}We want a deal,\u{201d} Trump said. \u{201c}Nobody was inside.\u{201d} He left."),
            vec!["\u{201c}We want a deal,\u{201d} Trump said.", "\u{201c}Nobody was inside.\u{201d}", "He left."]
        );
    }

    #[test]
    fn possessive_is_split_so_spacing_does_not_matter() {
        let norms = |t: &str| tokenize(t).into_iter().map(|t| t.norm).collect::<Vec<_>>();
        assert_eq!(norms("Trump's plan"), norms("Trump 's plan"));
        assert_eq!(norms("Trump’s plan"), norms("Trump's plan"));
    }
}
