//! Lines and their joining: where a line break is only wrapping (a text
//! hard-wrapped at a fixed width, a dateline ending in a dash), where blank
//! lines separate paragraphs, and list markers.

use super::tokenize::is_quote_mark;
use crate::text::Span;

/// One line of the text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line {
    /// Content without surrounding whitespace; empty when the line is blank.
    pub(super) trimmed: Span,
    /// Leading whitespace, in chars.
    indent: usize,
    /// Chars from the start of the line to the end of its content.
    width: usize,
    /// The line ends with a paragraph separator (U+2029, form feed).
    pub(super) ends_paragraph: bool,
}

impl Line {
    fn is_blank(&self) -> bool {
        self.trimmed.is_empty()
    }
}

pub(super) fn split_lines(text: &str) -> Vec<Line> {
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

pub(super) fn make_line(text: &str, span: Span, ends_paragraph: bool) -> Line {
    let trimmed = trim_span(text, span);
    let indent = text.get(span.start..trimmed.start).map_or(0, |s| s.chars().count());
    let width = indent + trimmed.slice(text).chars().count();
    Line { trimmed, indent, width, ends_paragraph }
}

/// The span without leading and trailing whitespace (empty when blank).
pub(super) fn trim_span(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let lead = s.len() - s.trim_start().len();
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    let trail = s.len() - s.trim_end().len();
    Span::new(span.start + lead, span.end - trail)
}

/// Chars of the first word of a line.
pub(super) fn first_word_width(text: &str, line: &Line) -> usize {
    line.trimmed.slice(text).chars().take_while(|c| !c.is_whitespace()).count()
}

/// The width a text was hard-wrapped at, if it was: most line breaks inside
/// paragraphs are forced (the next word would not have fitted) and fall in
/// the middle of sentences.
pub(super) fn wrap_width(text: &str, lines: &[Line]) -> Option<usize> {
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
pub(super) fn blocks(text: &str, lines: &[Line], wrap: Option<usize>) -> Vec<Vec<Span>> {
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
pub(super) fn continues(text: &str, a: &Line, b: &Line, wrap: Option<usize>) -> bool {
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
pub(super) fn is_lead_in(line: &str) -> bool {
    if line.ends_with(['\u{2014}', '\u{2013}']) || line.ends_with("--") {
        return true;
    }
    let Some(body) = line.strip_suffix(['-', '_']) else { return false };
    body.trim_end().ends_with(')')
}

/// The length in bytes of a list marker and the whitespace after it at the
/// start of `line`: `"- "`, `"• "`, `"1. "`, `"2) "`, `"(a) "`.
pub(super) fn list_marker_len(line: &str) -> Option<usize> {
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
pub(super) fn ends_with_final_punctuation(s: &str) -> bool {
    // An emoji after the full stop ("… the budget. 😀") does not unfinish it.
    let body =
        s.trim_end_matches(|c: char| is_closing_char(c) || c.is_whitespace() || is_pictograph(c));
    body.chars().next_back().is_some_and(is_final_mark)
}

/// Emoji and pictographs, with the joiners and modifiers that build them.
fn is_pictograph(c: char) -> bool {
    matches!(
        c,
        '\u{2600}'..='\u{27bf}'
            | '\u{2b00}'..='\u{2bff}'
            | '\u{1f000}'..='\u{1faff}'
            | '\u{fe0f}'
            | '\u{200d}'
            | '\u{20e3}'
    )
}

/// Marks that end sentences: `.` `!` `?` `…` `‽`, the CJK full stop and
/// marks, the Arabic question mark, the Urdu full stop, the Devanagari danda.
pub(super) fn is_final_mark(c: char) -> bool {
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

pub(super) fn is_closing_char(c: char) -> bool {
    is_quote_mark(c) || matches!(c, ')' | ']' | '}' | '\u{300d}' | '\u{300f}' | '\u{ff09}')
}

pub(super) fn is_opening_char(c: char) -> bool {
    is_quote_mark(c) || matches!(c, '(' | '[' | '{' | '\u{00bf}' | '\u{00a1}' | '\u{ff08}')
}
