//! Stage 1, segment: split a version's text into paragraphs, sentences and
//! tokens. Every piece is a [`Span`] into the original text.
//!
//! How the text is cut, in order:
//!
//! 1. **Lines** end at `\n`, `\r\n`, `\r` and the Unicode line separators.
//! 2. **Units**: consecutive lines joined where a line break is only
//!    wrapping. A text hard-wrapped at a fixed width is recognised by its
//!    line lengths (most breaks are forced: the next word would not have
//!    fitted); a dateline ending in a dash (`MOSCOW (AP) —`) continues on
//!    the next line, even across a blank line. Every other line break ends a
//!    unit, so headlines and list items stand alone.
//! 3. **Paragraphs** are separated by blank lines; a text without blank lines
//!    has one unit per paragraph.
//! 4. **Sentences** never cross a unit. Inside one, a sentence ends after
//!    `.` `!` `?` `…` (with any closing quotes and brackets) when what follows
//!    starts a sentence: abbreviations (`Mr.`, `Dec. 8`, `U.S. officials`),
//!    initials (`J. R. Smith`), figures (`4.5%`, `$1.2 billion`, `9:30`),
//!    attributions after a quoted question (`"Why?" Smith asked.`) and a
//!    closing credit (`… 2025. (Jane Doe/AP Photo)`) do not end one.
//!    Whether a capitalised word after an abbreviation starts a sentence is
//!    told by a list of function words and by the document itself: a word
//!    also seen in lower case, and never capitalised mid-sentence, is an
//!    ordinary word capitalised because it starts a sentence.
//! 5. **Tokens** are cut once for the whole text; each sentence points at
//!    the tokens inside it.
//!
//! Everything is linear in the length of the text, without recursion.

mod abbreviations;
mod lines;
mod tokenize;

pub use tokenize::{is_quote_mark, normalize_text, tokenize};

use crate::lexicon::{self, FnvHashSet};
use crate::text::Span;
use abbreviations::{
    abbreviation_class, capitalised_in, is_function_word, is_initial, listed, Abbrev,
};
use lines::{
    blocks, ends_with_final_punctuation, is_closing_char, is_final_mark, is_opening_char,
    list_marker_len, split_lines, trim_span, wrap_width,
};
use serde::Serialize;
use std::ops::Range;

/// A version's text cut into paragraphs, sentences and tokens.
#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    /// Paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in text order; they never overlap, and every character of
    /// the text that is not whitespace lies in exactly one of them.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order; whitespace is not a token.
    pub tokens: Vec<Token>,
}

/// A block of text separated from its neighbours by blank lines (or, in a
/// text without blank lines, by line breaks).
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
    /// A title, section heading or date line: a short line without final
    /// punctuation.
    Headline,
    /// A photo caption: a paragraph ending with a credit in parentheses,
    /// `… Dec. 2, 2025. (Jane Doe, Pool Photo via AP)`.
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
    /// Letters, possibly with inner hyphens or apostrophes: `son-in-law`;
    /// dotted abbreviations `U.S.`, `a.m.`; clitics `'s`, `n't`; and the
    /// signs read as words, `%` and `&`. `3-year-old` counts as a word.
    Word,
    /// Digits, possibly with separators: `40,000`, `4.5`, `9:30`, `7-2`.
    Number,
    /// A quotation mark, straight or typographic.
    Quote,
    /// Any other punctuation or symbol (an emoji sequence is one token).
    Punct,
}

/// One token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// Word, number, quote mark or punctuation.
    pub kind: TokenKind,
    /// The form used for comparison (see [`crate::normalize`]), always in
    /// lower case: `"Six"` → `"6"`, `"’"` → `"'"`, `"José"` → `"jose"`.
    pub norm: String,
}

/// Splits `text` into paragraphs, sentences and tokens.
///
/// Never panics; an empty text gives an empty segmentation.
///
/// ```
/// let text = "\"We want a deal,\" Trump said. \"Nobody was inside.\" He left.";
/// let seg = storydiff_engine::segment::segment(text);
/// let sentences: Vec<&str> = seg.sentences.iter().map(|s| s.span.slice(text)).collect();
/// assert_eq!(sentences, ["\"We want a deal,\" Trump said.", "\"Nobody was inside.\"", "He left."]);
/// ```
pub fn segment(text: &str) -> Segmentation {
    let tokens = tokenize(text);
    let lines = split_lines(text);
    let wrap = wrap_width(text, &lines);
    let blocks = blocks(text, &lines, wrap);
    let units: Vec<Unit> =
        blocks.iter().flatten().map(|&span| Unit::new(text, &tokens, span)).collect();
    let lexicon = Lexicon::learn(text, &tokens, &units);
    // Blank lines mark paragraphs when the text has any; otherwise each unit
    // is a paragraph (the common form of pasted news text).
    let by_block = blocks.len() > 1;

    let mut seg = Segmentation { tokens: Vec::new(), ..Default::default() };
    let mut spans = Vec::new();
    let mut unit_iter = units.iter();
    for block in &blocks {
        let groups: Vec<usize> = if by_block { vec![block.len()] } else { vec![1; block.len()] };
        for group in groups {
            let first = seg.sentences.len();
            let pidx = seg.paragraphs.len();
            for unit in unit_iter.by_ref().take(group) {
                spans.clear();
                split_unit(text, &tokens[unit.tokens.clone()], unit, &lexicon, &mut spans);
                for &span in &spans {
                    let toks = token_range(&tokens, span);
                    seg.sentences.push(Sentence {
                        span,
                        paragraph: pidx,
                        tokens: toks,
                        role: unit.role,
                    });
                }
            }
            if let (Some(a), Some(b)) = (seg.sentences.get(first), seg.sentences.last()) {
                let span = Span::new(a.span.start, b.span.end);
                seg.paragraphs.push(Paragraph { span, sentences: first..seg.sentences.len() });
            }
        }
    }
    seg.tokens = tokens;
    seg
}

/// The tokens lying inside `span` (tokens are sorted and disjoint).
pub fn token_range(tokens: &[Token], span: Span) -> Range<usize> {
    let lo = tokens.partition_point(|t| t.span.start < span.start);
    let hi = tokens.partition_point(|t| t.span.end <= span.end);
    lo..hi.max(lo)
}

/// A unit with what is known about it before it is cut into sentences.
#[derive(Debug)]
struct Unit {
    span: Span,
    /// Its tokens in the whole text's token list.
    tokens: Range<usize>,
    role: SentenceRole,
    /// Tokens of a leading list marker.
    marker_tokens: usize,
    /// Index (into the unit's tokens) of the `(` of a closing parenthetical.
    tail_paren: Option<usize>,
}

impl Unit {
    fn new(text: &str, all: &[Token], span: Span) -> Unit {
        let range = token_range(all, span);
        let toks = &all[range.clone()];
        let s = span.slice(text);
        let marker_tokens = list_marker_len(s)
            .map_or(0, |len| token_range(toks, Span::new(span.start, span.start + len)).end);
        let tail_paren = tail_parenthetical(text, toks);
        let credit = tail_paren.is_some_and(|open| is_credit(text, &toks[open..]));
        // A sentence may end before a closing parenthetical: "… failed.
        // (Reporting by Jane Doe)".
        let before_paren = tail_paren
            .and_then(|open| toks.get(open.checked_sub(1)?))
            .and_then(|before| text.get(span.start..before.span.end));
        let finished = ends_with_final_punctuation(s)
            || s.ends_with([':', ';', ','])
            || before_paren.is_some_and(ends_with_final_punctuation);
        let role = if marker_tokens > 0 {
            SentenceRole::ListItem
        } else if credit {
            SentenceRole::Caption
        } else if !finished && toks.iter().filter(|t| t.kind != TokenKind::Punct).count() <= 25 {
            SentenceRole::Headline
        } else {
            SentenceRole::Body
        };
        Unit { span, tokens: range, role, marker_tokens, tail_paren }
    }
}

/// The `(` of a parenthetical that closes the unit, when it holds no
/// sentence of its own: a photo credit, `(Reporting by Jane Doe)`.
fn tail_parenthetical(text: &str, toks: &[Token]) -> Option<usize> {
    let mut end = toks.len();
    if toks.last().is_some_and(|t| t.span.slice(text) == ".") {
        end -= 1;
    }
    if end < 2 || toks[end - 1].span.slice(text) != ")" {
        return None;
    }
    // "(This story has been corrected.)" is a sentence of its own.
    if is_terminator(&toks[end - 2], toks[end - 2].span.slice(text)) {
        return None;
    }
    let lo = end.saturating_sub(60);
    let mut depth = 0usize;
    for i in (lo..end).rev() {
        let s = toks[i].span.slice(text);
        match s {
            ")" => depth += 1,
            "(" => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            "!" | "?" => return None,
            "." if i + 1 < end && toks[i + 1].span.start > toks[i].span.end => {
                // Only the dot of an initial or abbreviation: "J. Scott".
                let short = i > 0
                    && toks[i - 1].span.end == toks[i].span.start
                    && toks[i - 1].span.len() <= 3;
                if !short {
                    return None;
                }
            }
            _ => {}
        }
    }
    None
}

/// A parenthetical that credits a photo or report.
fn is_credit(text: &str, toks: &[Token]) -> bool {
    const WORDS: &str = "\
        AP AFP EPA Reuters Getty Images Photo photo Photos Photograph Photographer via Pool \
        pool Courtesy courtesy Handout handout File file Credit Xinhua Bloomberg Shutterstock";
    toks.iter().any(|t| listed(WORDS, t.span.slice(text)))
}

// ---------------------------------------------------------------------------
// Sentences

/// Cuts one unit into sentences; pushes their spans to `out`.
fn split_unit(text: &str, toks: &[Token], unit: &Unit, lexicon: &Lexicon, out: &mut Vec<Span>) {
    let mut start = unit.span.start;
    let mut quote_open = false;
    let mut i = unit.marker_tokens;
    while i < toks.len() {
        let s = toks[i].span.slice(text);
        if !is_terminator(&toks[i], s) {
            match s {
                "\"" => quote_open = !quote_open,
                "\u{201c}" => quote_open = true,
                "\u{201d}" => quote_open = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        // The run of marks: "?!", "...", '."', '.)'.
        let mut j = i + 1;
        let mut closing_quote = false;
        while let Some(t) = toks.get(j).filter(|t| t.span.start == toks[j - 1].span.end) {
            let ts = t.span.slice(text);
            let more_marks = is_terminator(t, ts) && t.kind == TokenKind::Punct;
            if !more_marks {
                if !ts.chars().all(is_closing_char) {
                    break;
                }
                closing_quote |= t.kind == TokenKind::Quote;
                quote_open &= ts != "\"";
            }
            j += 1;
        }
        // A closing quote cut off by a space (detokenised text): `said . "`.
        if let Some(t) = toks.get(j) {
            let ts = t.span.slice(text);
            let alone = toks.get(j + 1).is_none_or(|n| n.span.start > t.span.end);
            if alone && ((ts == "\"" && quote_open) || ts == "\u{201d}") {
                quote_open = false;
                closing_quote = true;
                j += 1;
            }
        }
        let Some(next) = toks.get(j) else { break };
        let cjk = s.starts_with(['\u{3002}', '\u{ff01}', '\u{ff1f}']);
        let gap = text.get(toks[j - 1].span.end..next.span.start).unwrap_or("");
        let spaced = gap.contains(char::is_whitespace);
        let after = Run { i, j, closing_quote, sentence_start: start };
        if (spaced || cjk) && ends_sentence(text, toks, &after, unit, lexicon) {
            push_trimmed(out, text, start, toks[j - 1].span.end);
            start = toks[j - 1].span.end;
        }
        i = j;
    }
    push_trimmed(out, text, start, unit.span.end);
}

fn push_trimmed(out: &mut Vec<Span>, text: &str, start: usize, end: usize) {
    let span = trim_span(text, Span::new(start, end));
    if !span.is_empty() {
        out.push(span);
    }
}

/// A mark that can end a sentence: `.` `!` `?` `…` `...`, a CJK full stop,
/// or a dotted abbreviation (`U.S.`), whose last dot may end one.
fn is_terminator(t: &Token, s: &str) -> bool {
    match t.kind {
        TokenKind::Punct => {
            s.chars().next().is_some_and(is_final_mark) && s.chars().count() == 1
                || (s.len() >= 2 && s.bytes().all(|b| b == b'.'))
        }
        TokenKind::Word => s.len() >= 4 && s.ends_with('.'),
        _ => false,
    }
}

/// A run of sentence-final marks in a unit's tokens.
struct Run {
    /// The first mark.
    i: usize,
    /// The first token after the run (and its closing quotes).
    j: usize,
    /// The run holds a closing quotation mark.
    closing_quote: bool,
    /// Where the sentence the run may end began.
    sentence_start: usize,
}

/// Decides whether a run of marks ends a sentence, given what follows it
/// (`toks[run.j]`, after whitespace).
fn ends_sentence(text: &str, toks: &[Token], run: &Run, unit: &Unit, lexicon: &Lexicon) -> bool {
    let Run { i, j, closing_quote, sentence_start } = *run;
    let mark = toks[i].span.slice(text);
    if mark.starts_with(['\u{3002}', '\u{ff01}', '\u{ff1f}']) {
        return true;
    }
    if unit.tail_paren == Some(j) || dateline_follows(text, toks, j) {
        return false;
    }
    // The first word after opening quotes, brackets and currency signs.
    let mut k = j;
    while let Some(t) = toks.get(k).filter(|_| k < j + 3) {
        let ts = t.span.slice(text);
        let skip = matches!(t.kind, TokenKind::Quote)
            || ts.chars().all(|c| {
                is_opening_char(c)
                    || matches!(c, '$' | '\u{20ac}' | '\u{a3}' | '\u{a5}' | '#' | '@')
            });
        if !skip || is_terminator(t, ts) {
            break;
        }
        k += 1;
    }
    let Some(word) = toks.get(k).filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
    else {
        return false;
    };
    let word_text = word.span.slice(text);
    let Some(c0) = word_text.chars().next() else { return false };
    // "iPhone", "eBay" start sentences in lower case.
    let camel = word_text.chars().skip(1).any(char::is_uppercase);
    if c0.is_lowercase() && !camel {
        return false;
    }
    let marks = || toks[i..j].iter().map(|t| t.span.slice(text));
    if marks().any(|s| s.contains(['?', '!', '\u{203d}'])) {
        // "Why?" Smith asked. — a quoted question and its attribution.
        return !(closing_quote && attribution_follows(text, toks, k));
    }
    if toks[i].kind == TokenKind::Punct && mark != "." {
        // An ellipsis before a capital: the quote or sentence broke off.
        return true;
    }
    if toks[i].kind == TokenKind::Word {
        // "U.S.", "a.m.": the dot is the abbreviation's; the words after
        // one are mostly names ("U.S. Embassy"), so only a function word
        // or, after a clock time, an ordinary capitalised word says that a
        // new sentence began.
        if is_function_word(word_text) {
            return true;
        }
        let clock = mark.eq_ignore_ascii_case("a.m.") || mark.eq_ignore_ascii_case("p.m.");
        return clock && starts_after_clock(text, toks, k);
    }
    let Some(prev) =
        i.checked_sub(1).map(|p| &toks[p]).filter(|p| p.span.end == toks[i].span.start)
    else {
        return true;
    };
    let prev_text = prev.span.slice(text);
    if prev.kind == TokenKind::Number {
        // "a magnitude 8. 6 quake": a decimal that went through a tokeniser
        // and back, not a sentence ending in 8.
        let decimal = |t: &Token| {
            let s = t.span.slice(text);
            (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())
        };
        // "3. 7GHz": the fraction may run into its unit.
        let fraction = |t: &Token| {
            let s = t.span.slice(text);
            let digits = s.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&digits)
                && (t.kind == TokenKind::Number && digits == s.len()
                    || t.kind == TokenKind::Word && s[digits..].chars().all(char::is_alphabetic))
        };
        if decimal(prev) && fraction(word) && word.span.start == toks[i].span.end + 1 {
            return false;
        }
        // "2. How will they…": an enumerator opening the sentence.
        let opens = text.get(sentence_start..prev.span.start).is_some_and(|g| g.trim().is_empty());
        return !(opens && prev_text.len() <= 3);
    }
    if prev.kind != TokenKind::Word {
        return true;
    }
    let starts = || {
        lexicon.starts_sentence(text, word) || abbreviation_class(word_text) == Some(Abbrev::Title)
        // "Inc. Mr. Smith said"
    };
    // A subject and its verb after the abbreviation: "Jan. Officials say …".
    let subject = || {
        starts()
            || toks.get(k + 1).is_some_and(|v| {
                v.kind == TokenKind::Word && v.span.slice(text).starts_with(char::is_lowercase)
            })
    };
    match abbreviation_class(prev_text) {
        Some(Abbrev::Title) => false,
        Some(Abbrev::Numbered | Abbrev::Month | Abbrev::State) if c0.is_numeric() => false,
        Some(Abbrev::Numbered | Abbrev::State) => true,
        Some(Abbrev::Company) => starts(),
        Some(Abbrev::Month | Abbrev::Other) => subject(),
        Some(Abbrev::Name) => is_function_word(word_text),
        None if is_initial(prev_text) => is_function_word(word_text),
        // A rank after a rank: "Col. Inf. Irham", "Snr. Comr. Agus".
        None if after_title(text, toks, i - 1) => false,
        None if lexicon.abbreviations.contains(prev_text) => subject(),
        None => true,
    }
}

/// `INDEPENDENCE, Mo. (AP) — …`: a parenthetical and a dash after the
/// mark make a dateline, which belongs to the sentence it opens.
fn dateline_follows(text: &str, toks: &[Token], j: usize) -> bool {
    if toks.get(j).is_none_or(|t| t.span.slice(text) != "(") {
        return false;
    }
    let close = (j + 1..toks.len().min(j + 8)).find(|&c| toks[c].span.slice(text) == ")");
    close.and_then(|c| toks.get(c + 1)).is_some_and(|t| {
        let s = t.span.slice(text);
        !s.is_empty() && s.chars().all(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))
    })
}

/// After `9 p.m.`: time zones, days, months and "Eastern time" continue the
/// sentence; another capitalised word starts a new one.
fn starts_after_clock(text: &str, toks: &[Token], k: usize) -> bool {
    // Time zones and "Eastern time"; days and months also continue it.
    const CONTINUE: &str = "\
        Eastern Pacific Central Mountain Atlantic Greenwich Moscow Local Universal Coordinated \
        British Indian Western Middle";
    let Some(word) = toks.get(k) else { return false };
    let s = word.span.slice(text);
    let mut chars = s.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && !chars.next().is_some_and(char::is_uppercase);
    let then_time =
        toks.get(k + 1).is_some_and(|t| t.span.slice(text).eq_ignore_ascii_case("time"));
    word.kind == TokenKind::Word
        && capitalised
        && !then_time
        && !listed(CONTINUE, s)
        && !capitalised_in(s, |w| {
            lexicon::MONTHS_NAMES.contains(w) || lexicon::WEEKDAYS_NAMES.contains(w)
        })
        && abbreviation_class(s).is_none()
}

/// True when the word at `w` follows a title abbreviation: `Col.` in
/// `Col. Inf.`.
fn after_title(text: &str, toks: &[Token], w: usize) -> bool {
    let word = toks[w].span.slice(text);
    let short = (2..=5).contains(&word.len()) && word.starts_with(|c: char| c.is_ascii_uppercase());
    let (Some(dot), Some(title)) = (w.checked_sub(1), w.checked_sub(2)) else { return false };
    short
        && toks[dot].span.slice(text) == "."
        && toks[dot].span.start == toks[title].span.end
        && abbreviation_class(toks[title].span.slice(text)) == Some(Abbrev::Title)
}

/// `"Why?" Gov. Smith asked.`: capitalised words, then a verb of saying.
fn attribution_follows(text: &str, toks: &[Token], k: usize) -> bool {
    let mut m = k;
    let mut names = 0;
    while let Some(t) = toks.get(m).filter(|_| names < 4) {
        let s = t.span.slice(text);
        if t.kind == TokenKind::Word && s.starts_with(char::is_uppercase) && !is_function_word(s) {
            names += 1;
            m += 1;
            if toks.get(m).is_some_and(|d| d.span.start == t.span.end && d.span.slice(text) == ".")
            {
                m += 1;
            }
            continue;
        }
        break;
    }
    // Any form of a speech verb, or a verb of how it was said ("shouted").
    names > 0 && toks.get(m).is_some_and(|t| lexicon::speech_verb(t.span.slice(text)).is_some())
}

/// What the document itself says about its words: which appear in lower
/// case, which are capitalised in the middle of a sentence, and which short
/// capitalised words carry a dot in the middle of one (`Ariz.,`).
struct Lexicon<'a> {
    lower: WordSet<'a>,
    upper_mid: WordSet<'a>,
    abbreviations: WordSet<'a>,
}

/// A set of words with a fixed hash: no random seed, same result everywhere.
type WordSet<'a> = FnvHashSet<&'a str>;

impl<'a> Lexicon<'a> {
    fn learn(text: &'a str, tokens: &'a [Token], units: &[Unit]) -> Lexicon<'a> {
        let mut lex = Lexicon {
            lower: WordSet::default(),
            upper_mid: WordSet::default(),
            abbreviations: WordSet::default(),
        };
        for unit in units {
            // Title Case headlines say nothing about ordinary capitalisation.
            let headline = unit.role == SentenceRole::Headline;
            let toks = &tokens[unit.tokens.clone()];
            for (i, t) in toks.iter().enumerate() {
                if t.kind != TokenKind::Word {
                    continue;
                }
                let s = t.span.slice(text);
                let mut chars = s.chars();
                let Some(c0) = chars.next() else { continue };
                if c0.is_lowercase() {
                    lex.lower.insert(t.norm.as_str());
                    continue;
                }
                let all_caps = chars.next().is_some_and(char::is_uppercase);
                if !c0.is_uppercase() || all_caps {
                    continue;
                }
                if !headline && i > 0 {
                    let p = &toks[i - 1];
                    let ps = p.span.slice(text);
                    let mid = (matches!(p.kind, TokenKind::Word | TokenKind::Number)
                        && !ps.ends_with('.'))
                        || matches!(ps, "," | ";");
                    if mid {
                        lex.upper_mid.insert(t.norm.as_str());
                    }
                }
                // "Ariz., and" / "Ariz. and": a dot that does not end a sentence.
                let short =
                    (2..=5).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic());
                let dot = toks
                    .get(i + 1)
                    .filter(|d| d.span.start == t.span.end && d.span.slice(text) == ".");
                if let (true, Some(dot)) = (short, dot) {
                    let after = toks.get(i + 2);
                    let evidence = after.is_some_and(|a| {
                        let a_text = a.span.slice(text);
                        (a.span.start == dot.span.end && matches!(a_text, "," | ";"))
                            || (a.span.start > dot.span.end
                                && a.kind == TokenKind::Word
                                && a_text.starts_with(char::is_lowercase))
                    });
                    if evidence {
                        lex.abbreviations.insert(s);
                    }
                }
            }
        }
        lex
    }

    /// True when the capitalised `word` after an abbreviation starts a new
    /// sentence.
    fn starts_sentence(&self, text: &str, word: &Token) -> bool {
        let s = word.span.slice(text);
        if is_function_word(s) {
            return true;
        }
        let norm = word.norm.as_str();
        word.kind == TokenKind::Word
            && s.starts_with(char::is_uppercase)
            && self.lower.contains(norm)
            && !self.upper_mid.contains(norm)
    }
}

#[cfg(test)]
mod tests {
    use super::lines::is_lead_in;
    use super::tokenize::{clitic_len, dotted_abbreviation};
    use super::*;

    #[test]
    fn list_markers() {
        let cases = [
            ("- item", Some(2)),
            ("\u{2022}  item", Some(5)),
            ("12. item", Some(4)),
            ("3) item", Some(3)),
            ("(a) item", Some(4)),
            ("(12) item", Some(5)),
            ("-5 degrees", None),
            ("--", None),
            ("- ", None),
            ("2 leaders were arrested", None),
            ("2024. A year", None),
            ("A. Smith", None),
            ("a. b", None),
        ];
        for (line, want) in cases {
            assert_eq!(list_marker_len(line), want, "{line:?}");
        }
    }

    #[test]
    fn lead_ins() {
        for line in
            ["MOSCOW (AP) \u{2014}", "WASHINGTON (AP) --", "NAIROBI, Kenya (AP) _", "ROME (AP)-"]
        {
            assert!(is_lead_in(line), "{line:?}");
        }
        for line in ["March 14, 2013 - UNITED STATES -", "He left.", "T-"] {
            assert!(!is_lead_in(line), "{line:?}");
        }
    }

    #[test]
    fn wrap_width_is_found_only_in_wrapped_text() {
        let wrapped = "The Senate voted 52-48 on Tuesday to confirm the\nnominee, ending a months-long fight over the\npost. Democrats said the vote was rushed and\nunfair.\n";
        assert_eq!(wrap_width(wrapped, &split_lines(wrapped)), Some(48));
        let lines_per_paragraph = "The Senate voted on Tuesday.\nDemocrats said the vote was rushed.\nThe nominee will be sworn in.\n";
        assert_eq!(wrap_width(lines_per_paragraph, &split_lines(lines_per_paragraph)), None);
    }

    #[test]
    fn dotted_abbreviations() {
        let cases = [
            ("U.S. x", Some(4)),
            ("a.m.", Some(4)),
            ("Ph.D.", Some(5)),
            ("U.S.Army", Some(4)),
            ("U.S", None),
            ("Mr. Smith", None),
            ("file.tx.gz", None),
        ];
        for (text, want) in cases {
            assert_eq!(dotted_abbreviation(text, 0), want, "{text:?}");
        }
    }

    #[test]
    fn clitics() {
        assert_eq!(clitic_len("s plan", 0), Some(1));
        assert_eq!(clitic_len("re here", 0), Some(2));
        assert_eq!(clitic_len("Brien", 0), None);
        assert_eq!(clitic_len("sure", 0), None);
    }

    #[test]
    fn lines_end_at_every_line_break() {
        let text = "a\r\nb\rc\nd\u{2028}e\u{2029}f";
        let lines: Vec<&str> = split_lines(text).iter().map(|l| l.trimmed.slice(text)).collect();
        assert_eq!(lines, ["a", "b", "c", "d", "e", "f"]);
        assert!(split_lines(text)[4].ends_paragraph);
    }
}
