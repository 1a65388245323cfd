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

use crate::lexicon::{self, FnvHashSet};
use crate::normalize::{is_invisible, normalize_token};
use crate::text::Span;
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
    /// The form used for comparison (see [`crate::normalize`]): `"Six"` →
    /// `"6"`, `"’"` → `"'"`.
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

// ---------------------------------------------------------------------------
// Lines, units and paragraphs

/// One line of the text.
#[derive(Debug, Clone, Copy)]
struct Line {
    /// Content without surrounding whitespace; empty when the line is blank.
    trimmed: Span,
    /// Leading whitespace, in chars.
    indent: usize,
    /// Chars from the start of the line to the end of its content.
    width: usize,
    /// The line ends with a paragraph separator (U+2029, form feed).
    ends_paragraph: bool,
}

impl Line {
    fn is_blank(&self) -> bool {
        self.trimmed.is_empty()
    }
}

fn split_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let ends_paragraph = matches!(c, '\u{0c}' | '\u{2029}');
        if !(ends_paragraph || matches!(c, '\n' | '\r' | '\u{0b}' | '\u{85}' | '\u{2028}')) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|&(_, n)| n == '\n') {
            iter.next();
            next += 1;
        }
        out.push(make_line(text, Span::new(start, i), ends_paragraph));
        start = next;
    }
    out.push(make_line(text, Span::new(start, text.len()), false));
    out
}

fn make_line(text: &str, span: Span, ends_paragraph: bool) -> Line {
    let trimmed = trim_span(text, span);
    let indent = text.get(span.start..trimmed.start).map_or(0, |s| s.chars().count());
    let width = indent + trimmed.slice(text).chars().count();
    Line { trimmed, indent, width, ends_paragraph }
}

/// The span without leading and trailing whitespace (empty when blank).
fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let lead = s.len() - s.trim_start().len();
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    let trail = s.len() - s.trim_end().len();
    Span::new(span.start + lead, span.end - trail)
}

/// Chars of the first word of a line.
fn first_word_width(text: &str, line: &Line) -> usize {
    line.trimmed.slice(text).chars().take_while(|c| !c.is_whitespace()).count()
}

/// The width a text was hard-wrapped at, if it was: most line breaks inside
/// paragraphs are forced (the next word would not have fitted) and fall in
/// the middle of sentences.
fn wrap_width(text: &str, lines: &[Line]) -> Option<usize> {
    let max = lines.iter().filter(|l| !l.is_blank()).map(|l| l.width).max()?;
    if !(30..=200).contains(&max) {
        return None;
    }
    let (mut inner, mut forced, mut open) = (0usize, 0usize, 0usize);
    for pair in lines.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.is_blank() || b.is_blank() || a.ends_paragraph {
            continue;
        }
        inner += 1;
        forced += usize::from(a.width + 1 + first_word_width(text, b) > max);
        open += usize::from(!ends_with_final_punctuation(a.trimmed.slice(text)));
    }
    (inner >= 2 && forced * 10 >= inner * 6 && open * 2 >= inner).then_some(max)
}

/// Runs of non-blank lines (blocks), each cut into units.
fn blocks(text: &str, lines: &[Line], wrap: Option<usize>) -> Vec<Vec<Span>> {
    let mut out: Vec<Vec<Span>> = Vec::new();
    let mut block: Vec<Span> = Vec::new();
    let mut prev: Option<&Line> = None;
    for line in lines {
        if line.is_blank() {
            // A dateline alone in its paragraph opens the next one.
            let dateline =
                block.len() == 1 && prev.is_some_and(|p| is_lead_in(p.trimmed.slice(text)));
            if !block.is_empty() && !dateline {
                out.push(std::mem::take(&mut block));
                prev = None;
            }
            continue;
        }
        match (prev, block.last_mut()) {
            (Some(p), Some(unit)) if continues(text, p, line, wrap) => {
                *unit = unit.cover(line.trimmed)
            }
            _ => block.push(line.trimmed),
        }
        prev = Some(line);
        if line.ends_paragraph {
            out.push(std::mem::take(&mut block));
            prev = None;
        }
    }
    if !block.is_empty() {
        out.push(block);
    }
    out
}

/// True when the break between lines `a` and `b` is only wrapping.
fn continues(text: &str, a: &Line, b: &Line, wrap: Option<usize>) -> bool {
    let b_text = b.trimmed.slice(text);
    if list_marker_len(b_text).is_some() {
        return false;
    }
    let a_text = a.trimmed.slice(text);
    if is_lead_in(a_text) {
        return true;
    }
    let Some(width) = wrap else { return false };
    let forced = a.width + 1 + first_word_width(text, b) > width;
    // A deeper indent opens a new paragraph, except under a list item.
    let same_indent = b.indent <= a.indent || list_marker_len(a_text).is_some();
    forced && same_indent
}

/// A dateline or lead-in on a line of its own, which the next line
/// continues: `MOSCOW (AP) —`, `WASHINGTON (AP) --`, `NAIROBI, Kenya (AP) _`.
fn is_lead_in(line: &str) -> bool {
    if line.ends_with(['\u{2014}', '\u{2013}']) || line.ends_with("--") {
        return true;
    }
    let Some(body) = line.strip_suffix(['-', '_']) else { return false };
    body.trim_end().ends_with(')')
}

/// The length in bytes of a list marker and the whitespace after it at the
/// start of `line`: `"- "`, `"• "`, `"1. "`, `"2) "`, `"(a) "`.
fn list_marker_len(line: &str) -> Option<usize> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    let marker_end = if matches!(
        first,
        '-' | '*'
            | '+'
            | '\u{2022}'
            | '\u{00b7}'
            | '\u{25e6}'
            | '\u{25aa}'
            | '\u{2023}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{25cf}'
            | '\u{25cb}'
            | '\u{25a0}'
            | '\u{25ba}'
            | '\u{2043}'
    ) {
        first.len_utf8()
    } else {
        let body = line.strip_prefix('(').unwrap_or(line);
        let paren = body.len() != line.len();
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let letter = body.chars().next().filter(|c| c.is_ascii_lowercase()).map(|_| 1);
        let n = match (digits, letter) {
            (1..=3, _) => digits,
            (0, Some(n)) => n,
            _ => return None,
        };
        let close = body.as_bytes().get(n).copied();
        let ok = match close {
            Some(b')') => true,
            Some(b'.') => !paren && digits > 0,
            _ => false,
        };
        if !ok {
            return None;
        }
        line.len() - body.len() + n + 1
    };
    let rest = line.get(marker_end..)?;
    let space = rest.len() - rest.trim_start().len();
    (space > 0 && space < rest.len()).then_some(marker_end + space)
}

/// True when the text ends like a finished sentence (closing quotes and
/// brackets aside).
fn ends_with_final_punctuation(s: &str) -> bool {
    let body = s.trim_end_matches(|c: char| is_closing_char(c) || c.is_whitespace());
    body.chars().next_back().is_some_and(is_final_mark)
}

/// Marks that end sentences: `.` `!` `?` `…` `‽`, the CJK full stop and
/// marks, the Arabic question mark, the Urdu full stop, the Devanagari danda.
fn is_final_mark(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '\u{2026}'
            | '\u{203d}'
            | '\u{3002}'
            | '\u{ff01}'
            | '\u{ff1f}'
            | '\u{61f}'
            | '\u{6d4}'
            | '\u{964}'
            | '\u{965}'
    )
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

fn is_closing_char(c: char) -> bool {
    is_quote_mark(c) || matches!(c, ')' | ']' | '}' | '\u{300d}' | '\u{300f}' | '\u{ff09}')
}

fn is_opening_char(c: char) -> bool {
    is_quote_mark(c) || matches!(c, '(' | '[' | '{' | '\u{00bf}' | '\u{00a1}' | '\u{ff08}')
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
        && !capitalised_in(&[lexicon::MONTHS_NAMES.words(), lexicon::WEEKDAYS_NAMES.words()], s)
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

/// What an abbreviation before a dot says about the words after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbrev {
    /// Always followed by a name: `Mr.`, `Gov.`, `Lt.`, `vs.`.
    Title,
    /// Followed by a number: `No. 5`, `Vol. 2`.
    Numbered,
    /// `Dec. 8`; before a word it may end the sentence.
    Month,
    /// May end a sentence: `Jr.`, `Blvd.`, `approx.`.
    Other,
    /// A company's suffix, `Inc.`, `Corp.`: more of the name may follow
    /// (`Service Corp. International`).
    Company,
    /// A US state or Canadian province, `Ariz.`: mid-sentence, a comma
    /// follows it (AP style), so a capital after it starts a sentence.
    State,
    /// Part of a place name, like an initial: `St. Louis`, `Mt. Everest`.
    Name,
}

fn abbreviation_class(word: &str) -> Option<Abbrev> {
    use lexicon::*;
    let lower = |list: WordList| list.contains(word);
    let is = |lists: &[&[&str]]| capitalised_in(lists, word);
    if is(&[ABBREVIATIONS_TITLES.words()]) || lower(ABBREVIATIONS_TITLES_LOWER) {
        Some(Abbrev::Title)
    } else if is(&[ABBREVIATIONS_NUMBERED.words()]) || lower(ABBREVIATIONS_NUMBERED_LOWER) {
        Some(Abbrev::Numbered)
    } else if is(&[ABBREVIATIONS_NAMES.words()]) {
        Some(Abbrev::Name)
    } else if is(&[MONTHS_ABBREVIATIONS.words()]) {
        Some(Abbrev::Month)
    } else if is(&[ABBREVIATIONS_COMPANIES.words()]) {
        Some(Abbrev::Company)
    } else if is(&[ABBREVIATIONS_STATES.words()]) {
        Some(Abbrev::State)
    } else if is(&[ABBREVIATIONS_OTHER.words(), WEEKDAYS_ABBREVIATIONS.words()])
        || lower(ABBREVIATIONS_OTHER_LOWER)
    {
        Some(Abbrev::Other)
    } else {
        None
    }
}

/// True when `word` is a word of the lower-case `lists` written
/// capitalised (`"Gov"`) or, two letters or more, in capitals (`"GOV"`);
/// not in lower case (`"gov"`).
fn capitalised_in(lists: &[&[&str]], word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next().filter(char::is_ascii_uppercase) else { return false };
    let rest = chars.as_str();
    let caps = word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase());
    if !(caps || rest.bytes().all(|b| !b.is_ascii_uppercase())) || word.len() > 16 {
        return false;
    }
    let mut buf = [0u8; 16];
    buf[0] = first.to_ascii_lowercase() as u8;
    for (k, b) in rest.bytes().enumerate() {
        buf[k + 1] = b.to_ascii_lowercase();
    }
    let Ok(lower) = std::str::from_utf8(&buf[..word.len()]) else { return false };
    // "Gov" matches "gov"; so does "GOV", but not "GOv".
    let exact = caps || rest == &lower[1..];
    exact && lists.iter().any(|l| l.binary_search(&lower).is_ok())
}

/// True when `word` is one of the space-separated words of `list`.
fn listed(list: &str, word: &str) -> bool {
    list.split_ascii_whitespace().any(|w| w == word)
}

/// A single capital letter, as in `J. R. Smith`.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Capitalised, these words nearly always start a sentence.
fn is_function_word(word: &str) -> bool {
    use lexicon::*;
    const CLASSES: &[WordList] = &[
        FUNCTION_WORDS_ARTICLES,
        FUNCTION_WORDS_DEMONSTRATIVES,
        FUNCTION_WORDS_QUANTIFIERS,
        FUNCTION_WORDS_QUANTIFIERS_MORE,
        FUNCTION_WORDS_SUBJECT_PRONOUNS,
        FUNCTION_WORDS_POSSESSIVES,
        FUNCTION_WORDS_POSSESSIVES_MORE,
        FUNCTION_WORDS_WH_WORDS,
        FUNCTION_WORDS_WH_EVER,
        FUNCTION_WORDS_INDEFINITE_PRONOUNS,
        FUNCTION_WORDS_PREPOSITIONS,
        FUNCTION_WORDS_PREPOSITIONS_MORE,
        FUNCTION_WORDS_CONJUNCTIONS,
        FUNCTION_WORDS_CONJUNCTIONS_MORE,
        FUNCTION_WORDS_NEGATION,
        FUNCTION_WORDS_ADVERBS,
        FUNCTION_WORDS_ADVERBS_SENTENCE,
        FUNCTION_WORDS_DEICTIC,
        FUNCTION_WORDS_SPEECH_ASKED,
        FUNCTION_WORDS_INTERJECTIONS,
    ];
    if word.len() > 12 {
        return false;
    }
    let w = word.to_ascii_lowercase();
    // "Hers" is a name as often as not; "Her", "Why", "Such", "Said" and
    // the small numbers open sentences.
    let listed = any(CLASSES, &w) && w != "hers"
        || matches!(w.as_str(), "her" | "why" | "such" | "said")
        || NUMBERS_CARDINALS.get(&w).is_some_and(|n| (1..=3).contains(&n))
        || w == "first";
    listed
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

// ---------------------------------------------------------------------------
// Tokens

/// Splits text into word, number, quote and punctuation tokens.
///
/// Words keep inner hyphens and apostrophes (`son-in-law`, `O'Brien`);
/// clitics are tokens of their own so that spacing does not matter:
/// `Trump's` → `Trump` `'s`, like `Trump 's`; `don't` → `do` `n't`, like
/// `do n't`. Numbers keep inner `,` `.` `:` `/` between digits (`40,000`,
/// `4.5`, `9:30`) and thin-space digit groups (`40 000`). Dotted
/// abbreviations are one token (`U.S.`, `a.m.`). Invisible characters (zero-
/// width space, bidi controls, soft hyphen) and combining marks stay inside
/// the word they sit in; an emoji sequence is one token.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if c.is_whitespace() || c.is_control() || is_invisible(c) || is_mark(c) {
            i += c.len_utf8();
        } else if c.is_alphanumeric() {
            i = scan_word(text, i, &mut out);
        } else {
            i = scan_symbol(text, i, c, &mut out);
        }
    }
    // "ca n't" (a tokenizer's "can't"): the stem reads "can".
    for k in 1..out.len() {
        if out[k].norm == "not" && out[k].span.slice(text).contains(['\'', '\u{2019}']) {
            let stem = &mut out[k - 1];
            let full = match stem.span.slice(text).to_ascii_lowercase().as_str() {
                "ca" => "can",
                "wo" => "will",
                "sha" => "shall",
                _ => continue,
            };
            stem.norm = full.to_string();
        }
    }
    out
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

fn push_token(out: &mut Vec<Token>, text: &str, start: usize, end: usize, kind: TokenKind) {
    let span = Span::new(start, end);
    out.push(Token { span, kind, norm: normalize_token(span.slice(text)) });
}

/// Scans a word or number starting at `start`; returns where scanning ends.
fn scan_word(text: &str, start: usize, out: &mut Vec<Token>) -> usize {
    if let Some(end) = dotted_abbreviation(text, start) {
        push_token(out, text, start, end, TokenKind::Word);
        return end;
    }
    let mut end = start;
    while let Some(ch) = char_at(text, end) {
        let len = ch.len_utf8();
        if ch.is_alphanumeric() || is_mark(ch) {
            end += len;
            continue;
        }
        if is_invisible(ch) {
            // Inside a word an invisible char is part of it: "Tru\u{200b}mp".
            let mut k = end;
            while let Some(x) = char_at(text, k).filter(|&x| is_invisible(x)) {
                k += x.len_utf8();
            }
            if char_at(text, k).is_some_and(|x| x.is_alphanumeric()) && end > start {
                end = k;
                continue;
            }
            break;
        }
        let prev = char_before(text, end);
        let after = char_at(text, end + len);
        let prev_digit = prev.is_some_and(|p| p.is_numeric());
        let after_digit = after.is_some_and(|a| a.is_numeric());
        let join = match ch {
            '-' | '\u{2010}' | '\u{2011}' => after.is_some_and(char::is_alphanumeric),
            '.' | ',' | ':' | '/' => prev_digit && after_digit,
            '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' => {
                prev_digit && digit_group_at(text, end + len)
            }
            '\'' | '\u{2019}' => {
                if prev_digit && digit_group_at(text, end + len) {
                    true
                } else if !after.is_some_and(char::is_alphabetic)
                    || clitic_len(text, end + len).is_some()
                {
                    false
                } else if prev.is_some_and(|p| p.eq_ignore_ascii_case(&'n'))
                    && end - start >= 2
                    && is_word_t(text, end + len)
                {
                    // "don't" → "do" + "n't".
                    let stem_end = end - 1;
                    push_token(out, text, start, stem_end, TokenKind::Word);
                    let clitic_end = end + len + 1;
                    push_token(out, text, stem_end, clitic_end, TokenKind::Word);
                    return clitic_end;
                } else {
                    true
                }
            }
            _ => false,
        };
        if !join {
            break;
        }
        end += len;
    }
    let slice = text.get(start..end).unwrap_or("");
    let kind = if looks_numeric(slice) { TokenKind::Number } else { TokenKind::Word };
    push_token(out, text, start, end, kind);
    end
}

/// True when `text[at..]` is `t` or `T` ending a word.
fn is_word_t(text: &str, at: usize) -> bool {
    matches!(char_at(text, at), Some('t' | 'T'))
        && !char_at(text, at + 1).is_some_and(char::is_alphanumeric)
}

/// Exactly three digits, then no digit: the rest of a `40 000` group.
fn digit_group_at(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    (0..3).all(|k| b.get(at + k).is_some_and(u8::is_ascii_digit))
        && !b.get(at + 3).is_some_and(u8::is_ascii_digit)
}

/// `U.S.`, `a.m.`, `Ph.D.`: one or two letters and a dot, at least twice.
/// Returns the end of the abbreviation.
fn dotted_abbreviation(text: &str, start: usize) -> Option<usize> {
    let mut pos = start;
    let mut runs = 0;
    let mut end = None;
    loop {
        let mut p = pos;
        let mut letters = 0;
        while let Some(c) = char_at(text, p).filter(|c| c.is_alphabetic()) {
            letters += 1;
            p += c.len_utf8();
            if letters > 2 {
                break;
            }
        }
        if !(1..=2).contains(&letters) || char_at(text, p) != Some('.') {
            break;
        }
        pos = p + 1;
        runs += 1;
        if runs >= 2 {
            end = Some(pos);
        }
    }
    end
}

/// The length of a clitic at `at` (just after an apostrophe): `s`, `re`,
/// `ve`, `ll`, `d`, `m`, ending the word.
fn clitic_len(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let n = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    if rest[n..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let word = &rest[..n];
    ["s", "re", "ve", "ll", "d", "m"].iter().any(|c| c.eq_ignore_ascii_case(word)).then_some(n)
}

fn looks_numeric(s: &str) -> bool {
    let mut digits = false;
    for c in s.chars() {
        if c.is_numeric() {
            digits = true;
        } else if !matches!(
            c,
            ',' | '.'
                | ':'
                | '/'
                | '-'
                | '\''
                | '\u{2019}'
                | '\u{a0}'
                | '\u{202f}'
                | '\u{2009}'
                | '\u{2007}'
                | '\u{2010}'
                | '\u{2011}'
        ) && !is_invisible(c)
        {
            return false;
        }
    }
    digits && s.starts_with(|c: char| c.is_numeric())
}

/// Scans punctuation or a symbol at `start`; returns where scanning ends.
fn scan_symbol(text: &str, start: usize, c: char, out: &mut Vec<Token>) -> usize {
    let mut end = start + c.len_utf8();
    let mut kind = if is_quote_mark(c) { TokenKind::Quote } else { TokenKind::Punct };
    match c {
        // Runs that read as one mark: "...", "--", "``", "''".
        '.' | '-' | '`' | '\'' => {
            if matches!(c, '\'') && is_clitic_start(text, start) {
                let n = clitic_len(text, end).unwrap_or(0);
                push_token(out, text, start, end + n, TokenKind::Word);
                return end + n;
            }
            // Dots and hyphens run on ("...", "--"); quote marks pair at most.
            let cap = if matches!(c, '.' | '-') { usize::MAX } else { 3 };
            let run_end = start
                + text
                    .get(start..)
                    .map_or(1, |r| r.bytes().take(cap).take_while(|&b| b == c as u8).count());
            if c == '.' || c == '-' || run_end - start == 2 {
                end = run_end;
            }
            if c == '`' && end - start == 2 {
                kind = TokenKind::Quote;
            }
        }
        '\u{2019}' if is_clitic_start(text, start) => {
            let n = clitic_len(text, end).unwrap_or(0);
            push_token(out, text, start, end + n, TokenKind::Word);
            return end + n;
        }
        '\u{2014}' | '\u{2013}' => {
            while char_at(text, end) == Some(c) {
                end += c.len_utf8();
            }
        }
        '%' | '&' | '\u{2030}' => kind = TokenKind::Word,
        _ => {
            // Emoji sequences: modifiers, variation selectors, ZWJ joins,
            // tags, keycaps; a pair of regional indicators is one flag.
            if is_regional_indicator(c) {
                if let Some(n) = char_at(text, end).filter(|&n| is_regional_indicator(n)) {
                    end += n.len_utf8();
                }
            }
            while let Some(m) = char_at(text, end) {
                if is_mark(m) || matches!(m, '\u{e0020}'..='\u{e007f}' | '\u{20e3}') {
                    end += m.len_utf8();
                } else if m == '\u{200d}' {
                    match char_at(text, end + m.len_utf8()) {
                        Some(n)
                            if !n.is_whitespace() && !n.is_alphanumeric() && !n.is_control() =>
                        {
                            end += m.len_utf8() + n.len_utf8();
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
            }
        }
    }
    push_token(out, text, start, end, kind);
    end
}

/// An apostrophe at `at` that starts a clitic after a word, possibly across
/// tokenizer spacing: `Trump 's`, `they 're`.
fn is_clitic_start(text: &str, at: usize) -> bool {
    let end = at + char_at(text, at).map_or(1, char::len_utf8);
    clitic_len(text, end).is_some_and(|n| n > 0)
        && text
            .get(..at)
            .and_then(|b| b.trim_end_matches([' ', '\t']).chars().next_back())
            .is_some_and(char::is_alphanumeric)
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1f1e6}'..='\u{1f1ff}')
}

/// Combining marks and modifiers that belong to the char before them.
/// Approximate (the std library has no general category): the combining
/// blocks, the signs of Indic and South-East Asian scripts that are not
/// letters, variation selectors and emoji skin tones.
#[rustfmt::skip]
fn is_mark(c: char) -> bool {
    match c {
        '\0'..='\u{2ff}' => false,
        '\u{0300}'..='\u{036f}' | '\u{0483}'..='\u{0489}' | '\u{0591}'..='\u{05bd}' | '\u{05bf}'
        | '\u{05c1}'..='\u{05c2}' | '\u{05c4}'..='\u{05c5}' | '\u{05c7}' | '\u{0610}'..='\u{061a}'
        | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06dc}' | '\u{06df}'..='\u{06e4}'
        | '\u{06e7}'..='\u{06e8}' | '\u{06ea}'..='\u{06ed}' | '\u{0730}'..='\u{074a}' | '\u{0e31}'
        | '\u{0e34}'..='\u{0e3a}' | '\u{0e47}'..='\u{0e4e}' | '\u{0eb1}' | '\u{0eb4}'..='\u{0ebc}'
        | '\u{0ec8}'..='\u{0ecd}' | '\u{0f71}'..='\u{0f84}' | '\u{102b}'..='\u{103e}' | '\u{17b4}'..='\u{17d3}'
        | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{302a}'..='\u{302f}'
        | '\u{3099}'..='\u{309a}' | '\u{fe00}'..='\u{fe0f}' | '\u{fe20}'..='\u{fe2f}' | '\u{1f3fb}'..='\u{1f3ff}'
        | '\u{e0100}'..='\u{e01ef}' => true,
        '\u{0900}'..='\u{0dff}' => !c.is_alphanumeric() && !matches!(c, '\u{0964}' | '\u{0965}' | '\u{0970}'),
        _ => false,
    }
}

/// Straight and typographic quotation marks.
#[rustfmt::skip]
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '`' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}'
            | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2039}' | '\u{203a}' | '\u{300c}'
            | '\u{300d}' | '\u{300e}' | '\u{300f}' | '\u{ff02}'
    )
}

#[cfg(test)]
mod tests {
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
