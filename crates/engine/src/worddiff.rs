//! Stage 3, word diff: word-level changes between two pieces of text,
//! computed on normalised tokens and mapped back to spans of the originals.
//!
//! Built on `similar`, whose types stay inside this module: callers see
//! [`WordChange`] only. The deadline-free entry point is used on purpose:
//! `similar`'s deadlines read the clock, which the engine never does.

use crate::segment::{Token, TokenKind};
use crate::text::Span;
use serde::Serialize;
use similar::{capture_diff_slices, Algorithm, DiffTag};

/// What happened to a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// The same words (after normalisation) on both sides.
    Equal,
    /// Words only in the old text.
    Delete,
    /// Words only in the new text.
    Insert,
}

/// A run of tokens with one fate. `old` is a span of the old text, `new` of
/// the new one; the side that lacks the words has an empty span at the
/// place where they would be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WordChange {
    /// Equal, deleted or inserted.
    pub kind: ChangeKind,
    /// Span in the old text.
    pub old: Span,
    /// Span in the new text.
    pub new: Span,
}

/// How to compare.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DiffOptions {
    /// Show punctuation and quote-mark changes as changes (off by default:
    /// `"` vs `“` or a dropped comma is rarely what a fact-checker wants).
    pub punctuation: bool,
}

/// Diffs two token sequences. Tokens are compared by their normalised form;
/// punctuation is skipped unless `options.punctuation` is set.
///
/// `"Six people were hurt"` vs `"6 people were injured"` → one Delete
/// (`hurt`) and one Insert (`injured`), the rest Equal.
pub fn diff_tokens(old: &[Token], new: &[Token], options: DiffOptions) -> Vec<WordChange> {
    let keep =
        |t: &&Token| options.punctuation || matches!(t.kind, TokenKind::Word | TokenKind::Number);
    let old: Vec<&Token> = old.iter().filter(keep).collect();
    let new: Vec<&Token> = new.iter().filter(keep).collect();
    let old_keys: Vec<&str> = old.iter().map(|t| t.norm.as_str()).collect();
    let new_keys: Vec<&str> = new.iter().map(|t| t.norm.as_str()).collect();
    let ops = capture_diff_slices(Algorithm::Histogram, &old_keys, &new_keys);

    let at = |toks: &[&Token], i: usize| -> Span {
        match toks.get(i) {
            Some(t) => Span::new(t.span.start, t.span.start),
            None => toks.last().map_or(Span::default(), |t| Span::new(t.span.end, t.span.end)),
        }
    };
    let cover = |toks: &[&Token], r: std::ops::Range<usize>| -> Span {
        if r.is_empty() {
            return at(toks, r.start);
        }
        Span::new(toks[r.start].span.start, toks[r.end - 1].span.end)
    };
    let mut out: Vec<WordChange> = Vec::with_capacity(ops.len());
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => out.push(WordChange {
                kind: ChangeKind::Equal,
                old: cover(&old, o),
                new: cover(&new, n),
            }),
            DiffTag::Delete => out.push(WordChange {
                kind: ChangeKind::Delete,
                old: cover(&old, o),
                new: at(&new, n.start),
            }),
            DiffTag::Insert => out.push(WordChange {
                kind: ChangeKind::Insert,
                old: at(&old, o.start),
                new: cover(&new, n),
            }),
            DiffTag::Replace => {
                out.push(WordChange {
                    kind: ChangeKind::Delete,
                    old: cover(&old, o.clone()),
                    new: at(&new, n.start),
                });
                out.push(WordChange {
                    kind: ChangeKind::Insert,
                    old: at(&old, o.end),
                    new: cover(&new, n),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;

    fn render(old: &str, new: &str, options: DiffOptions) -> String {
        let changes = diff_tokens(&tokenize(old), &tokenize(new), options);
        changes
            .iter()
            .map(|c| match c.kind {
                ChangeKind::Equal => c.new.slice(new).to_string(),
                ChangeKind::Delete => format!("[-{}-]", c.old.slice(old)),
                ChangeKind::Insert => format!("{{+{}+}}", c.new.slice(new)),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn equal_wordings_are_not_changes() {
        let r = render(
            "Six people, including a three-year-old, were hurt.",
            "6 people including a 3-year-old were hurt",
            DiffOptions::default(),
        );
        assert!(!r.contains("[-") && !r.contains("{+"), "{r}");
    }

    #[test]
    fn changed_words_are_marked() {
        assert_eq!(
            render(
                "Putin said it on March 15.",
                "Putin said it on March 14.",
                DiffOptions::default()
            ),
            "Putin said it on March [-15-] {+14+}"
        );
    }

    #[test]
    fn punctuation_counts_only_when_asked() {
        let opts = DiffOptions { punctuation: true };
        assert!(
            render("a “b” c", "a \"b\" c", opts).find("[-").is_none(),
            "quote styles normalise equal"
        );
        assert!(render("a, b", "a b", opts).contains("[-,-]"));
        assert!(!render("a, b", "a b", DiffOptions::default()).contains("[-"));
    }
}
