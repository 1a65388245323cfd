//! Claims are extracted from the text without its hidden characters
//! (zero-width spaces and joiners, bidi controls, soft hyphens, BOMs: see
//! `normalize::is_invisible`), then their spans are put back on the text
//! as given. A zero-width space inside a name or a number ("Pu\u{200b}tin",
//! "1,2\u{200b}00") must not hide the fact nor make two versions disagree;
//! the browser shows those characters, the comparison ignores them.
//!
//! `"6\u{200b}00 people"` → the text `"600 people"` is extracted, and the
//! quantity's span `0..3` of it becomes `0..6` of the original.

use super::{Claim, ClaimData};
use crate::normalize::is_invisible;
use crate::text::Span;

/// A text with its hidden characters left out, and where they were.
pub(crate) struct Visible {
    /// The text without hidden characters.
    pub text: String,
    /// Removed runs: (offset in `text` where the run was, bytes removed
    /// there and before), by offset.
    runs: Vec<(usize, usize)>,
}

impl Visible {
    /// `None` when `text` has no hidden characters (the common case: no copy).
    pub fn of(text: &str) -> Option<Visible> {
        if !text.chars().any(is_invisible) {
            return None;
        }
        let mut out = String::with_capacity(text.len());
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut removed = 0;
        for (i, c) in text.char_indices() {
            if is_invisible(c) {
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
