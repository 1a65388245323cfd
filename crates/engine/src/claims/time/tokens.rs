//! The extractor's own tokens: finer than the segmenter's (`"9:30"`,
//! `"five-hour"`, `"1990s"` and `"a.m."` come apart into their pieces), each
//! with a lower-case key, so that the grammar can match words with `match`
//! and without allocating per token.

use super::lexicon::Lex;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One other character; dashes and apostrophes are folded to `-` and `'`.
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    /// First byte in the text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    pub kind: Kind,
    /// No whitespace between this token and the previous one.
    pub glued: bool,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// The value of a digit run of at most 9 digits.
    pub num: Option<u32>,
    /// The ASCII stand-in of a typographic apostrophe, quote or dash.
    folded: Option<&'static str>,
    /// What the lexicon knows about the word.
    pub lex: Lex,
}

impl Tok {
    /// Number of digits of a digit run (0 for other tokens).
    pub fn digits(&self) -> usize {
        if self.kind == Kind::Num {
            self.end - self.start
        } else {
            0
        }
    }
}

/// A text's tokens with their keys.
pub(super) struct Tokens {
    /// The text with ASCII letters in lower case: same length, same char
    /// boundaries, so token offsets index it too.
    lower: String,
    pub toks: Vec<Tok>,
}

impl Tokens {
    /// True when a line break separates token `i` from the one before.
    pub fn newline_before(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|p| self.toks.get(p)), self.toks.get(i)) {
            (Some(a), Some(b)) => {
                self.lower.get(a.end..b.start).is_some_and(|gap| gap.contains('\n'))
            }
            _ => true,
        }
    }

    /// Lower-case form of token `i`: `"Dec"` → `"dec"`, `"’"` → `"'"`;
    /// `""` past the end.
    pub fn key(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(Tok { folded: Some(f), .. }) => f,
            Some(t) => self.lower.get(t.start..t.end).unwrap_or(""),
            None => "",
        }
    }
}

/// Splits `text` into tokens. Linear; never panics.
pub(super) fn tokenize(text: &str) -> Tokens {
    let lower = text.to_ascii_lowercase();
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 4);
    let mut chars = text.char_indices().peekable();
    let mut glued = false;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            glued = false;
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            while let Some(&(b, ch)) = chars.peek() {
                if !ch.is_ascii_digit() {
                    break;
                }
                end = b + 1;
                chars.next();
            }
            Kind::Num
        } else if c.is_alphabetic() {
            while let Some(&(b, ch)) = chars.peek() {
                if !ch.is_alphabetic() {
                    break;
                }
                end = b + ch.len_utf8();
                chars.next();
            }
            Kind::Word
        } else {
            Kind::Punct
        };
        let num = if kind == Kind::Num && end - start <= 9 {
            text[start..end].parse().ok()
        } else {
            None
        };
        let folded = match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' | '`' => Some("'"),
            '\u{201c}' | '\u{201d}' => Some("\""),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => Some("-"),
            _ => None,
        };
        let lex = if kind == Kind::Word {
            Lex::of(lower.get(start..end).unwrap_or(""))
        } else {
            Lex::NONE
        };
        toks.push(Tok { start, end, kind, glued, cap: c.is_uppercase(), num, folded, lex });
        glued = true;
    }
    Tokens { lower, toks }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_and_glue() {
        let text = "At 9:30 a.m. on Dec. 2, the five-hour talks—in the 1990s’ style—ended.";
        let tokens = tokenize(text);
        let toks = &tokens.toks;
        let keys: Vec<&str> = (0..toks.len()).map(|i| tokens.key(i)).collect();
        assert_eq!(
            keys.join(" "),
            "at 9 : 30 a . m . on dec . 2 , the five - hour talks - in the 1990 s ' style - ended ."
        );
        let glued: String = toks.iter().map(|t| if t.glued { '+' } else { ' ' }).collect();
        assert_eq!(glued, "  ++ +++  + +  ++ ++  ++ +++");
        assert_eq!(toks[1].num, Some(9));
        assert!(toks[9].cap && !toks[8].cap);
    }

    #[test]
    fn long_numbers_have_no_value() {
        let tokens = tokenize("Überraschungsmoment 1234567890123 é");
        assert_eq!(tokens.key(0), "Überraschungsmoment".to_ascii_lowercase());
        assert_eq!(tokens.toks[1].num, None);
        assert_eq!(tokens.toks[1].digits(), 13);
        assert_eq!(tokens.key(9), "");
    }
}
