//! The tokenizer: text → word, number, quote and punctuation [`Token`]s,
//! each with its normalised form. Cut once for the whole text; sentences
//! point into the result.

use super::{Token, TokenKind};
use crate::normalize::{is_invisible, normalize_token};
use crate::text::Span;

/// The comparison form of a phrase: its word and number tokens, normalised
/// and joined by single spaces; punctuation is dropped.
///
/// ```
/// use storydiff_engine::segment::normalize_text;
/// assert_eq!(normalize_text("“Six” people, officials said"), "6 people officials said");
/// assert_eq!(normalize_text("Trump 's  plan"), normalize_text("Trump’s plan"));
/// ```
pub fn normalize_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for token in tokenize(text) {
        if matches!(token.kind, TokenKind::Word | TokenKind::Number) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&token.norm);
        }
    }
    out
}

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

pub(super) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

pub(super) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

pub(super) fn push_token(
    out: &mut Vec<Token>,
    text: &str,
    start: usize,
    end: usize,
    kind: TokenKind,
) {
    let span = Span::new(start, end);
    out.push(Token { span, kind, norm: normalize_token(span.slice(text)) });
}

/// Scans a word or number starting at `start`; returns where scanning ends.
pub(super) fn scan_word(text: &str, start: usize, out: &mut Vec<Token>) -> usize {
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
pub(super) fn is_word_t(text: &str, at: usize) -> bool {
    matches!(char_at(text, at), Some('t' | 'T'))
        && !char_at(text, at + 1).is_some_and(char::is_alphanumeric)
}

/// Exactly three digits, then no digit: the rest of a `40 000` group.
pub(super) fn digit_group_at(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    (0..3).all(|k| b.get(at + k).is_some_and(u8::is_ascii_digit))
        && !b.get(at + 3).is_some_and(u8::is_ascii_digit)
}

/// `U.S.`, `a.m.`, `Ph.D.`: one or two letters and a dot, at least twice.
/// Returns the end of the abbreviation.
pub(super) fn dotted_abbreviation(text: &str, start: usize) -> Option<usize> {
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
pub(super) fn clitic_len(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let n = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    if rest[n..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let word = &rest[..n];
    ["s", "re", "ve", "ll", "d", "m"].iter().any(|c| c.eq_ignore_ascii_case(word)).then_some(n)
}

pub(super) fn looks_numeric(s: &str) -> bool {
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
pub(super) fn scan_symbol(text: &str, start: usize, c: char, out: &mut Vec<Token>) -> usize {
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
pub(super) fn is_clitic_start(text: &str, at: usize) -> bool {
    let end = at + char_at(text, at).map_or(1, char::len_utf8);
    clitic_len(text, end).is_some_and(|n| n > 0)
        && text
            .get(..at)
            .and_then(|b| b.trim_end_matches([' ', '\t']).chars().next_back())
            .is_some_and(char::is_alphanumeric)
}

pub(super) fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1f1e6}'..='\u{1f1ff}')
}

/// Combining marks and modifiers that belong to the char before them.
/// Approximate (the std library has no general category): the combining
/// blocks, the signs of Indic and South-East Asian scripts that are not
/// letters, variation selectors and emoji skin tones.
#[rustfmt::skip]
pub(super) fn is_mark(c: char) -> bool {
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
