//! Pairs quotation marks into quoted passages.
//!
//! Straight and typographic double marks (`"…"`, `“…”`, `„…“`, `«…»`,
//! `»…«`, and `''` closing a straight quote), and single marks (`‘…’`, or
//! straight `'…'` around whole words). Apostrophes are not marks: `don't`,
//! `Trump’s`, `'90s`, `leaders’`. A quote left open at a paragraph's end
//! continues into the next paragraph when that paragraph opens with a mark
//! (the newspaper convention) or when its first mark closes the quote;
//! otherwise it ends at the paragraph's end. Linear in the text length.

use crate::text::Span;
use crate::Document;

/// One quoted passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marked {
    /// The opening mark.
    pub open: Span,
    /// The closing mark, if the quote was closed.
    pub close: Option<Span>,
    /// The words between the marks, without surrounding spaces.
    pub content: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// `"` straight.
    Straight,
    /// `“` … `”`.
    Curly,
    /// `„` … `“` or `”`.
    Low,
    /// `«` … `»`.
    Guillemet,
    /// `»` … `«`.
    ReverseGuillemet,
}

fn closes(f: Family, c: char) -> bool {
    match f {
        Family::Straight => c == '"' || c == '\u{201d}',
        Family::Curly => c == '\u{201d}' || c == '"',
        Family::Low => c == '\u{201c}' || c == '\u{201d}',
        Family::Guillemet => c == '\u{00bb}',
        Family::ReverseGuillemet => c == '\u{00ab}',
    }
}

fn is_space_or_none(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

fn opens_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(p, '(' | '[' | '{' | '-' | '\u{2014}' | '\u{2013}' | ':' | '/')
    })
}

/// The double-mark family `c` opens, judged by its neighbours.
fn opening_double(c: char, prev: Option<char>, next: Option<char>) -> Option<Family> {
    match c {
        '\u{201c}' => Some(Family::Curly),
        '\u{201e}' => Some(Family::Low),
        '\u{00ab}' => Some(Family::Guillemet),
        '\u{00bb}' if next.is_some_and(|n| !n.is_whitespace()) && opens_context(prev) => {
            Some(Family::ReverseGuillemet)
        }
        // A right mark used as a left one: ` ”Word`.
        '\u{201d}' if opens_context(prev) && next.is_some_and(char::is_alphanumeric) => {
            Some(Family::Curly)
        }
        '"' => {
            // 12" pipe: an inch mark.
            if prev.is_some_and(|p| p.is_ascii_digit()) && is_space_or_none(next) {
                return None;
            }
            // Markup left in the text (`href="…">link text`): an attribute's
            // value, not anyone's words.
            if prev == Some('=') || next == Some('>') {
                return None;
            }
            next?;
            Some(Family::Straight)
        }
        _ => None,
    }
}

/// A single mark that opens: `‘word`, or a straight `'` after a space and
/// before a letter that is not an elision (`'90s`, `'em`, `'til`).
fn opening_single(c: char, prev: Option<char>, rest: &str) -> bool {
    if !(c == '\u{2018}' || c == '\'') || !opens_context(prev) {
        return false;
    }
    let mut after = rest.chars();
    let Some(n) = after.next() else { return false };
    if n == ' ' && c == '\'' {
        // Detokenised `' some changes '`: only with a matching ` '` soon
        // after and not after a plural (`the United Nations ' director`).
        let close = rest.get(1..).and_then(|r| r.find(" '")).filter(|&k| k < 60);
        let sentence_end = rest.find(['.', '!', '?', '"']).unwrap_or(rest.len());
        return close.is_some_and(|k| k + 1 < sentence_end)
            && !rest.get(1..).is_some_and(|r| r.starts_with(' '));
    }
    if !n.is_alphabetic() {
        return false;
    }
    let word: String =
        rest.chars().take_while(|ch| ch.is_alphanumeric()).collect::<String>().to_lowercase();
    !matches!(word.as_str(), "em" | "til" | "tis" | "twas" | "n" | "cause" | "bout" | "round" | "s")
}

/// True when the single mark at `i` closes: after a non-space (or a space in
/// detokenised text) and before a non-letter.
fn closing_single(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some() && !next.is_some_and(char::is_alphanumeric)
}

/// Finds the quoted passages of `doc` in text order.
pub(crate) fn find_quotes(doc: &Document) -> Vec<Marked> {
    let text = doc.text.as_str();
    let paras = &doc.seg.paragraphs;
    let mut out = Vec::new();
    // An open double quote carried over from an earlier paragraph.
    let mut carry: Option<(Span, Family, usize)> = None;
    let mut pi = 0;
    while pi < paras.len() {
        let p = paras[pi].span;
        let ptext = p.slice(text);
        let chars: Vec<(usize, char)> = ptext.char_indices().collect();
        let mut open: Option<(Span, Family, usize)> = carry.take();
        let mut single: Option<(Span, usize)> = None;
        let mut k = 0;
        // The newspaper convention: a continued quote's paragraph opens with a mark.
        if open.is_some() {
            if let Some(&(_, c0)) = chars.first() {
                if opening_double(c0, None, chars.get(1).map(|x| x.1)).is_some()
                    && !closes_here(&chars, 0)
                {
                    k = 1;
                }
            }
        }
        while k < chars.len() {
            let (b, c) = chars[k];
            let prev = k.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(k + 1).map(|x| x.1);
            let at = p.start + b;
            let mark = Span::new(at, at + c.len_utf8());
            if let Some((o, fam, content_start)) = open {
                // `''` closes a straight double quote.
                let double_apostrophe = c == '\'' && next == Some('\'') && fam == Family::Straight;
                // A mark opening a new line inside an open quote reopens it
                // (the continued-quote convention within one block).
                let line_reopen = prev == Some('\n') && next.is_some_and(char::is_alphanumeric);
                if (closes(fam, c) && !line_reopen) || double_apostrophe {
                    let close = if double_apostrophe { Span::new(at, at + 2) } else { mark };
                    out.push(Marked {
                        open: o,
                        close: Some(close),
                        content: trim(text, content_start, at),
                    });
                    open = None;
                    k += if double_apostrophe { 2 } else { 1 };
                    continue;
                }
                k += 1;
                continue;
            }
            if let Some((o, content_start)) = single {
                if (c == '\u{2019}' || c == '\'') && closing_single(prev, next) {
                    out.push(Marked {
                        open: o,
                        close: Some(mark),
                        content: trim(text, content_start, at),
                    });
                    single = None;
                } else if matches!(
                    c,
                    '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}'
                ) || (matches!(c, '.' | '!' | '?')
                    && next.is_none_or(char::is_whitespace))
                {
                    // A single mark never closed before the sentence ends: an apostrophe.
                    single = None;
                    continue;
                }
                k += 1;
                continue;
            }
            if let Some(fam) = opening_double(c, prev, next) {
                open = Some((mark, fam, mark.end));
            } else if opening_single(c, prev, &ptext[b + c.len_utf8()..]) {
                single = Some((mark, mark.end));
            }
            k += 1;
        }
        if let Some((o, fam, content_start)) = open {
            if continues(doc, pi + 1) {
                // Keep the passage open into the next paragraph.
                carry = Some((o, fam, content_start));
                pi += 1;
                continue;
            }
            // Unclosed: the quote ends with its paragraph (the first one it
            // was left open in is where its words are known to be quoted).
            let end = if o.start >= p.start { p.end } else { content_end_of(doc, o.start) };
            let content = trim(text, content_start, end);
            if !(fam == Family::Straight && stray_close(text, o, content)) {
                out.push(Marked { open: o, close: None, content });
            }
        }
        pi += 1;
    }
    out
}

/// True for a straight mark left open that closes a quote whose opening
/// mark was lost: it follows the quote's last punctuation with a space
/// (`…entered into, "the company's statement read.`), and what it would
/// open is a few words in lower case running to the paragraph's end — the
/// attribution, not a quote.
fn stray_close(text: &str, open: Span, content: Span) -> bool {
    let before = text.get(..open.start).unwrap_or("");
    let spaced = before.ends_with([' ', '\t']);
    let after_stop = before.trim_end_matches([' ', '\t']).ends_with([',', '.', '?', '!']);
    let words = content.slice(text);
    let lower = words.chars().next().is_some_and(char::is_lowercase);
    spaced && after_stop && lower && words.split_whitespace().count() <= 6
}

/// The end of the paragraph containing byte `at`.
fn content_end_of(doc: &Document, at: usize) -> usize {
    let ps = &doc.seg.paragraphs;
    let i = ps.partition_point(|p| p.span.end < at);
    ps.get(i).map_or(at, |p| p.span.end)
}

/// Straight mark that looks like an opening one (space before, word after).
fn looks_opening_straight(prev: Option<char>, next: Option<char>) -> bool {
    opens_context(prev) && next.is_some_and(char::is_alphanumeric)
}

/// True when the mark at `k` closes a quote (for the first char of a paragraph).
fn closes_here(chars: &[(usize, char)], k: usize) -> bool {
    let next = chars.get(k + 1).map(|x| x.1);
    next.is_none() || next.is_some_and(|n| n.is_whitespace() || n == ',')
}

/// Whether a quote left open continues into paragraph `pi`: it opens with a
/// mark, or its first double mark (within a few paragraphs) closes.
fn continues(doc: &Document, pi: usize) -> bool {
    let text = doc.text.as_str();
    for (idx, p) in doc.seg.paragraphs.iter().skip(pi).take(5).enumerate() {
        let ptext = p.span.slice(text);
        let chars: Vec<(usize, char)> = ptext.char_indices().collect();
        for (k, &(_, c)) in chars.iter().enumerate() {
            if !matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}') {
                continue;
            }
            let prev = k.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(k + 1).map(|x| x.1);
            if k == 0 {
                if idx > 0 {
                    // A later paragraph that opens a quote: ours was never closed.
                    return false;
                }
                // Opening mark at the next paragraph's start: the convention.
                return !(c == '"' && closes_here(&chars, 0));
            }
            return match c {
                '\u{201d}' | '\u{00bb}' => true,
                '"' => !looks_opening_straight(prev, next) || next.is_none(),
                _ => false,
            };
        }
    }
    false
}

/// The span `start..end` without surrounding whitespace.
fn trim(text: &str, start: usize, end: usize) -> Span {
    let s = Span::new(start, end).slice(text);
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return Span::new(start, start);
    }
    Span::new(start + lead, end - trail)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Version;

    fn quotes(text: &str) -> Vec<String> {
        let doc = Document::new(&Version::new("t", text));
        find_quotes(&doc).iter().map(|m| m.content.slice(text).replace('\n', "/")).collect()
    }

    #[test]
    fn marks_pair_and_apostrophes_do_not() {
        assert_eq!(
            quotes(
                "\u{201c}We were fighting,\u{201d} Reyes said. \u{201c}Nobody was inside.\u{201d}"
            ),
            vec!["We were fighting,", "Nobody was inside."]
        );
        assert_eq!(quotes("He said \"don't\" and Trump's '90s 'tis fine."), vec!["don't"]);
        assert_eq!(
            quotes("described as \u{201c}necessary\u{201d} and \u{201c}useful,\u{201d} he said"),
            vec!["necessary", "useful,"]
        );
        assert_eq!(
            quotes("the \u{201e}Wende\u{201c} and \u{00ab}paix\u{00bb}"),
            vec!["Wende", "paix"]
        );
        assert_eq!(quotes("the 'mutual benefits ' of it"), vec!["mutual benefits"]);
        assert_eq!(quotes("the Pacific \"Ring of Fire'' where"), vec!["Ring of Fire"]);
    }

    #[test]
    fn markup_marks_are_not_quotes() {
        assert_eq!(
            quotes(
                "The firm added <a href=\"http://example.com/x.html\">tree planting to its unit."
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            quotes("The firm added x. html \">tree planting to its unit."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_lone_mark_before_the_attribution_closes_a_lost_quote() {
        // The opening mark was lost; the mark left closes, it opens nothing.
        assert_eq!(
            quotes("No deal has been signed yet, \"the bank's statement read.\n\nShares fell."),
            Vec::<String>::new()
        );
        // An opening mark after a comma with a quote in capitals stays one.
        assert_eq!(
            quotes("He said, \"We will rebuild the school.\n\nShares fell."),
            vec!["We will rebuild the school."]
        );
    }

    #[test]
    fn unclosed_quote_stops_at_its_paragraph() {
        assert_eq!(
            quotes("He said \"it will open doors.\n\nThen he left.\n\n\"Next,\" she said."),
            vec!["it will open doors.", "Next,"]
        );
    }

    #[test]
    fn quote_continues_into_paragraph_that_reopens_or_closes_it() {
        assert_eq!(
            quotes("\"It has killed 40.\n\"Now we need to know.\nA full inquiry.\""),
            vec!["It has killed 40./\"Now we need to know./A full inquiry."]
        );
        assert_eq!(
            quotes("\"CAPALDI!\nSuperb choice.\nSwear I've seen him... \""),
            vec!["CAPALDI!/Superb choice./Swear I've seen him..."]
        );
    }
}
