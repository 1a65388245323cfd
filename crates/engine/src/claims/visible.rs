//! Claims are extracted from the text without its hidden characters
//! (zero-width spaces and joiners, bidi controls, soft hyphens, BOMs: see
//! `normalize::is_invisible`), then their spans are put back on the text
//! as given. A zero-width space inside a name or a number ("Pu\u{200b}tin",
//! "1,2\u{200b}00") must not hide the fact nor make two versions disagree;
//! the browser shows those characters, the comparison ignores them.
//!
//! `"6\u{200b}00 people"` → the text `"600 people"` is extracted, and the
//! quantity's span `0..3` of it becomes `0..6` of the original.
//!
//! Text that went through a tokeniser and back (ECB+'s, and copies of it)
//! has spaces inside numbers: `"8. 6"`, `"10, 000"`. Those spaces are left
//! out the same way, so the extractors read 8.6 and 10,000.

use super::{Claim, ClaimData};
use crate::normalize::is_invisible;
use crate::text::Span;

/// The byte offsets of spaces that detokenised text (ECB+, text copied
/// from tokenised corpora) puts inside a number or a number's compound:
/// the decimal "8. 6" and the thousands "10, 000" are 8.6 and 10,000 (only
/// between a short run of digits with its mark and a digit run that fits:
/// one or two digits before a dot and after it, one to three before a
/// comma and exactly three after it); "12 - year - old" is 12-year-old.
fn split_number_spaces(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let digits_before =
        |end: usize| b[..end].iter().rev().take_while(|c| c.is_ascii_digit()).count();
    let digits_after = |start: usize| b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut out = Vec::new();
    for i in 2..b.len().saturating_sub(1) {
        if b[i] != b' ' || !b[i + 1].is_ascii_digit() {
            continue;
        }
        let mark = b[i - 1];
        let before = digits_before(i - 1);
        if before == 0 {
            continue;
        }
        // The run before must stand alone: not part of "2.8. 6" or "1,2. 3".
        let lead = (i - 1 - before).checked_sub(1).map(|k| b[k]);
        let after = digits_after(i + 1);
        let tail = b.get(i + 1 + after).copied();
        let ends = tail.is_none_or(|c| !c.is_ascii_digit() && c != b'.' && c != b',');
        let ends_group = tail.is_none_or(|c| !c.is_ascii_digit())
            && !(tail == Some(b',') && b.get(i + 2 + after).is_some_and(|c| c.is_ascii_digit()));
        let decimal = mark == b'.'
            && (1..=2).contains(&before)
            && lead.is_none_or(|c| !c.is_ascii_digit() && c != b'.' && c != b',')
            && (1..=2).contains(&after)
            && ends;
        let thousands = mark == b','
            && (1..=3).contains(&before)
            && lead.is_none_or(|c| !c.is_ascii_digit() && c != b'.')
            && after == 3
            && ends_group;
        if decimal || thousands {
            out.push(i);
        }
    }
    // "12 - year - old", "8.6 - magnitude": a compound split around its
    // hyphen after a number, and "year - old" after that.
    let word_after = |start: usize| {
        let len = b[start..].iter().take_while(|c| c.is_ascii_lowercase()).count();
        &text[start..start + len]
    };
    let word_before = |end: usize| {
        let len = b[..end].iter().rev().take_while(|c| c.is_ascii_lowercase()).count();
        &text[end - len..end]
    };
    for i in 1..b.len().saturating_sub(3) {
        if &b[i..i + 3] != b" - " {
            continue;
        }
        let next = word_after(i + 3);
        let after_number = b[i - 1].is_ascii_digit() && !next.is_empty();
        let age = matches!(
            word_before(i),
            "year" | "years" | "month" | "months" | "week" | "weeks" | "day" | "days"
        ) && matches!(next, "old");
        if after_number || age {
            out.extend([i, i + 2]);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A text with its hidden characters (and the spaces inside detokenised
/// numbers) left out, and where they were.
pub(crate) struct Visible {
    /// The text without hidden characters.
    pub text: String,
    /// Removed runs: (offset in `text` where the run was, bytes removed
    /// there and before), by offset.
    runs: Vec<(usize, usize)>,
}

impl Visible {
    /// `None` when `text` has nothing to leave out (the common case: no
    /// copy).
    pub fn of(text: &str) -> Option<Visible> {
        let spaces = split_number_spaces(text);
        if spaces.is_empty() && !text.chars().any(is_invisible) {
            return None;
        }
        let mut out = String::with_capacity(text.len());
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut removed = 0;
        let mut next_space = spaces.iter().peekable();
        for (i, c) in text.char_indices() {
            let split = next_space.peek().is_some_and(|&&at| at == i);
            if split {
                next_space.next();
            }
            if split || is_invisible(c) {
                removed += c.len_utf8();
                match runs.last_mut() {
                    Some(last) if last.0 == out.len() => last.1 = removed,
                    _ => runs.push((out.len(), removed)),
                }
            } else {
                debug_assert_eq!(i, out.len() + removed);
                out.push(c);
            }
        }
        Some(Visible { text: out, runs })
    }

    /// Bytes removed at or before visible offset `at` (`inclusive`) or
    /// strictly before it.
    fn removed(&self, at: usize, inclusive: bool) -> usize {
        let i = self.runs.partition_point(|&(o, _)| if inclusive { o <= at } else { o < at });
        i.checked_sub(1).map_or(0, |i| self.runs[i].1)
    }

    /// The span of the original text for a span of the visible text: hidden
    /// characters inside it are inside, those just before or after it are
    /// not.
    pub fn restore(&self, span: Span) -> Span {
        if span.is_empty() {
            let at = span.start + self.removed(span.start, true);
            return Span::new(at, at);
        }
        Span::new(
            span.start + self.removed(span.start, true),
            span.end + self.removed(span.end, false),
        )
    }

    /// Every span of `claim` put back on the original text.
    pub fn restore_claim(&self, claim: &mut Claim) {
        let r = |s: &mut Span| *s = self.restore(*s);
        r(&mut claim.span);
        match &mut claim.data {
            ClaimData::Quote(q) => {
                r(&mut q.content);
                if let Some(s) = q.speaker.as_mut().and_then(|s| s.span.as_mut()) {
                    r(s);
                }
            }
            ClaimData::Statement(s) => {
                r(&mut s.content);
                if let Some(span) = s.speaker.span.as_mut() {
                    r(span);
                }
            }
            ClaimData::Quantity(q) => {
                if let Some(s) = q.counted_span.as_mut() {
                    r(s);
                }
            }
            ClaimData::Person(p) => {
                for role in &mut p.roles {
                    r(&mut role.span);
                }
            }
            ClaimData::Attribution(a) => r(&mut a.source_span),
            ClaimData::Time(_)
            | ClaimData::Place(_)
            | ClaimData::Organization(_)
            | ClaimData::Loaded(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_cover_the_hidden_characters_inside_them() {
        let text = "\u{feff}6\u{200b}00 \u{202e}people\u{202c}.";
        let v = Visible::of(text).unwrap();
        assert_eq!(v.text, "600 people.");
        let restored = |a: usize, b: usize| v.restore(Span::new(a, b)).slice(text).to_string();
        assert_eq!(restored(0, 3), "6\u{200b}00");
        assert_eq!(restored(4, 10), "people");
        assert_eq!(restored(0, 11), "6\u{200b}00 \u{202e}people\u{202c}.");
        assert_eq!(v.restore(Span::new(11, 11)), Span::new(text.len(), text.len()));
        assert!(Visible::of("plain text").is_none());
    }
}
