//! Stage 3, word diff: word-level changes between two pieces of text,
//! computed on normalised tokens and mapped back to spans of the originals.
//!
//! Built on `similar`, whose types stay inside this module: callers see
//! [`WordChange`] only. The deadline-free entry point is used on purpose:
//! `similar`'s deadlines read the clock, which the engine never does.
//!
//! `similar`'s histogram diff rescans a whole range for each anchor it
//! picks, which grows faster than the input on long texts with scattered
//! changes (1.3 s for a 1 MB pair). Above [`SPLIT_ABOVE`] words a side,
//! the texts are first cut at words that occur exactly once on each side
//! and in the same order (patience diff's anchors), and the histogram diff
//! runs between consecutive cuts: linear in practice, and the same result
//! wherever the cuts agree with the histogram's own anchors. Shorter texts
//! (every sentence, and whole articles) are diffed in one piece as before.

use crate::lexicon::FnvHashMap as HashMap;
use crate::segment::{tokenize, Token, TokenKind};
use crate::text::Span;
use serde::Serialize;
use similar::{capture_diff_slices, Algorithm, DiffTag};
use std::ops::Range;

/// Combined size (bytes) above which [`diff_texts`] diffs lines first.
const LINES_FIRST_ABOVE: usize = 32 * 1024;

/// Words a side above which the diff is cut at unique common words first.
const SPLIT_ABOVE: usize = 5_000;
/// Inside a split text, gaps between anchors longer than this (words a
/// side) are cut again.
const SPLIT_GAP: usize = 500;

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
    let (old_keys, new_keys) = intern(&old, &new);
    changes_of(&old, &new, &diff_keys(&old_keys, &new_keys))
}

/// The diff of two texts' keys (equal keys for equal normalised words, one
/// key per word or number token), to be read on any two texts with those
/// keys by [`diff_keyed`]: a caller diffing many texts that share a few
/// wordings diffs each pair of wordings once.
pub(crate) struct KeyedDiff(Vec<Op>);

/// The diff of `old_keys` and `new_keys`.
pub(crate) fn diff_of_keys(old_keys: &[u32], new_keys: &[u32]) -> KeyedDiff {
    KeyedDiff(diff_keys(old_keys, new_keys))
}

/// [`diff_tokens`] with default options on tokens keyed by the caller,
/// given the diff of their keys ([`diff_of_keys`]). The tokens are words
/// and numbers only.
pub(crate) fn diff_keyed(old: &[&Token], new: &[&Token], diff: &KeyedDiff) -> Vec<WordChange> {
    changes_of(old, new, &diff.0)
}

/// `similar`'s ops as changes of token spans.
fn changes_of(old: &[&Token], new: &[&Token], ops: &[Op]) -> Vec<WordChange> {
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
    for (tag, o, n) in ops.iter().cloned() {
        match tag {
            DiffTag::Equal => out.push(WordChange {
                kind: ChangeKind::Equal,
                old: cover(old, o),
                new: cover(new, n),
            }),
            DiffTag::Delete => out.push(WordChange {
                kind: ChangeKind::Delete,
                old: cover(old, o),
                new: at(new, n.start),
            }),
            DiffTag::Insert => out.push(WordChange {
                kind: ChangeKind::Insert,
                old: at(old, o.start),
                new: cover(new, n),
            }),
            DiffTag::Replace => {
                out.push(WordChange {
                    kind: ChangeKind::Delete,
                    old: cover(old, o.clone()),
                    new: at(new, n.start),
                });
                out.push(WordChange {
                    kind: ChangeKind::Insert,
                    old: at(old, o.end),
                    new: cover(new, n),
                });
            }
        }
    }
    out
}

/// A word diff of two texts with the tokens it was computed on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextDiff {
    /// Tokens of the old text's changed lines (all of them for short texts),
    /// in text order.
    pub old_tokens: Vec<Token>,
    /// Tokens of the new text's changed lines, likewise.
    pub new_tokens: Vec<Token>,
    /// The changes, in text order; unchanged lines of a long text are one
    /// Equal change each run.
    pub changes: Vec<WordChange>,
}

/// Diffs two texts word by word. A long text (above [`LINES_FIRST_ABOVE`]
/// bytes together) is diffed line by line first, as diff-match-patch and
/// git do, and only the lines that differ are tokenised and word-diffed: an
/// edit in one paragraph of a book costs that paragraph, not the book.
///
/// `"A.\nSix were hurt.\n"` vs `"A.\n6 were injured.\n"` → the same changes
/// as [`diff_tokens`] on the whole texts.
pub fn diff_texts(old: &str, new: &str, options: DiffOptions) -> TextDiff {
    if old.len() + new.len() <= LINES_FIRST_ABOVE {
        let (old_tokens, new_tokens) = (tokenize(old), tokenize(new));
        let changes = diff_tokens(&old_tokens, &new_tokens, options);
        return TextDiff { old_tokens, new_tokens, changes };
    }
    let (old_lines, new_lines) = (lines(old), lines(new));
    let a: Vec<&str> = old_lines.iter().map(|r| r.slice(old)).collect();
    let b: Vec<&str> = new_lines.iter().map(|r| r.slice(new)).collect();
    // The byte range of lines `r`, or the empty place before line r.start.
    let bytes = |ls: &[Span], len: usize, r: Range<usize>| -> Span {
        let start = ls.get(r.start).map_or(len, |l| l.start);
        let end = if r.is_empty() { start } else { ls[r.end - 1].end };
        Span::new(start, end)
    };
    let mut out = TextDiff::default();
    for op in capture_diff_slices(Algorithm::Patience, &a, &b) {
        let (tag, o, n) = op.as_tag_tuple();
        let (o, n) = (bytes(&old_lines, old.len(), o), bytes(&new_lines, new.len(), n));
        if tag == DiffTag::Equal {
            out.changes.push(WordChange { kind: ChangeKind::Equal, old: o, new: n });
            continue;
        }
        let (ot, nt) = (tokenize_at(old, o), tokenize_at(new, n));
        // From the first to the last token that counts, if any.
        let kept = |ts: &[Token]| -> Option<Span> {
            let counts = |t: &&Token| {
                options.punctuation || matches!(t.kind, TokenKind::Word | TokenKind::Number)
            };
            let first = ts.iter().find(counts)?;
            let last = ts.iter().rev().find(counts)?;
            Some(Span::new(first.span.start, last.span.end))
        };
        match (kept(&ot), kept(&nt)) {
            (None, None) => {}
            // One side has no words: the other's are all deleted or inserted
            // (diff_tokens would not know where the empty side is).
            (Some(words), None) => out.changes.push(WordChange {
                kind: ChangeKind::Delete,
                old: words,
                new: Span::new(n.start, n.start),
            }),
            (None, Some(words)) => out.changes.push(WordChange {
                kind: ChangeKind::Insert,
                old: Span::new(o.start, o.start),
                new: words,
            }),
            (Some(_), Some(_)) => out.changes.extend(diff_tokens(&ot, &nt, options)),
        }
        out.old_tokens.extend(ot);
        out.new_tokens.extend(nt);
    }
    out
}

/// The lines of `text`, each with its line break.
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        out.push(Span::new(start, i + 1));
        start = i + 1;
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
    out
}

/// The tokens of `text[span]`, with spans of `text`.
fn tokenize_at(text: &str, span: Span) -> Vec<Token> {
    let mut tokens = tokenize(span.slice(text));
    for t in &mut tokens {
        t.span = Span::new(t.span.start + span.start, t.span.end + span.start);
    }
    tokens
}

/// Each token's normalised form as a number, equal forms equal numbers
/// (hashing a `u32` is cheaper than hashing the string again in every
/// comparison). The diff only compares keys for equality, so its result is
/// the same as on the strings.
fn intern<'t>(old: &[&'t Token], new: &[&'t Token]) -> (Vec<u32>, Vec<u32>) {
    let mut ids: HashMap<&'t str, u32> =
        HashMap::with_capacity_and_hasher(old.len().max(new.len()), Default::default());
    let mut id = |t: &&'t Token| -> u32 {
        let n = ids.len() as u32;
        *ids.entry(t.norm.as_str()).or_insert(n)
    };
    let a = old.iter().map(&mut id).collect();
    let b = new.iter().map(&mut id).collect();
    (a, b)
}

type Op = (DiffTag, Range<usize>, Range<usize>);

/// The diff of two key sequences as `similar`'s ops, adjacent equal runs
/// merged.
fn diff_keys(old: &[u32], new: &[u32]) -> Vec<Op> {
    if old.len() <= SPLIT_ABOVE || new.len() <= SPLIT_ABOVE {
        return histogram(old, new, 0, 0).collect();
    }
    let mut out: Vec<Op> = Vec::new();
    let mut push = |(tag, o, n): Op| {
        if let Some((DiffTag::Equal, lo, ln)) = out.last_mut() {
            if tag == DiffTag::Equal && lo.end == o.start && ln.end == n.start {
                lo.end = o.end;
                ln.end = n.end;
                return;
            }
        }
        out.push((tag, o, n));
    };
    // Pending pieces, last first: a range pair to diff, or an anchor.
    enum Piece {
        Diff(Range<usize>, Range<usize>),
        Anchor(usize, usize),
    }
    let mut stack = vec![Piece::Diff(0..old.len(), 0..new.len())];
    while let Some(piece) = stack.pop() {
        let (o, n) = match piece {
            Piece::Anchor(i, j) => {
                push((DiffTag::Equal, i..i + 1, j..j + 1));
                continue;
            }
            Piece::Diff(o, n) => (o, n),
        };
        let (a, b) = (&old[o.clone()], &new[n.clone()]);
        // A gap between anchors is cut again at the words unique within it
        // (as patience diff recurses), while it is long enough for the
        // histogram diff's growth to matter.
        let anchors =
            if a.len().min(b.len()) > SPLIT_GAP { unique_anchors(a, b) } else { Vec::new() };
        if anchors.is_empty() {
            histogram(a, b, o.start, n.start).for_each(&mut push);
            continue;
        }
        let (mut i, mut j) = (a.len(), b.len());
        for &(ai, aj) in anchors.iter().rev() {
            stack.push(Piece::Diff(o.start + ai + 1..o.start + i, n.start + aj + 1..n.start + j));
            stack.push(Piece::Anchor(o.start + ai, n.start + aj));
            (i, j) = (ai, aj);
        }
        stack.push(Piece::Diff(o.start..o.start + i, n.start..n.start + j));
    }
    out
}

/// `similar`'s histogram diff of `old` and `new`, ranges shifted by
/// `(di, dj)`.
fn histogram(old: &[u32], new: &[u32], di: usize, dj: usize) -> impl Iterator<Item = Op> {
    capture_diff_slices(Algorithm::Histogram, old, new).into_iter().map(move |op| {
        let (tag, o, n) = op.as_tag_tuple();
        (tag, o.start + di..o.end + di, n.start + dj..n.end + dj)
    })
}

/// Positions `(old, new)` of keys that occur exactly once on each side,
/// inside a common run of at least two words (a lone shared name is no
/// evidence that two places correspond), the longest chain of them in the
/// same order on both sides (patience sorting, `O(n log n)`).
fn unique_anchors(old: &[u32], new: &[u32]) -> Vec<(usize, usize)> {
    let distinct = old.iter().chain(new).map(|&k| k as usize + 1).max().unwrap_or(0);
    // Per key: occurrences (saturating at 2) and last position, per side.
    let mut count = vec![(0u8, 0u8); distinct];
    let mut pos = vec![(0usize, 0usize); distinct];
    for (i, &k) in old.iter().enumerate() {
        let c = &mut count[k as usize].0;
        *c = c.saturating_add(1).min(2);
        pos[k as usize].0 = i;
    }
    for (j, &k) in new.iter().enumerate() {
        let c = &mut count[k as usize].1;
        *c = c.saturating_add(1).min(2);
        pos[k as usize].1 = j;
    }
    let in_run = |i: usize, j: usize| {
        (i > 0 && j > 0 && old[i - 1] == new[j - 1])
            || (i + 1 < old.len() && j + 1 < new.len() && old[i + 1] == new[j + 1])
    };
    let pairs: Vec<(usize, usize)> = old
        .iter()
        .filter(|&&k| count[k as usize] == (1, 1))
        .map(|&k| pos[k as usize])
        .filter(|&(i, j)| in_run(i, j))
        .collect();
    // Longest increasing run of `new` positions; pairs are in `old` order.
    let mut tails: Vec<usize> = Vec::new(); // index into pairs, per length
    let mut prev: Vec<usize> = vec![usize::MAX; pairs.len()];
    for (p, &(_, j)) in pairs.iter().enumerate() {
        let len = tails.partition_point(|&t| pairs[t].1 < j);
        if len > 0 {
            prev[p] = tails[len - 1];
        }
        if len == tails.len() {
            tails.push(p);
        } else {
            tails[len] = p;
        }
    }
    let mut chain = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied().unwrap_or(usize::MAX);
    while at != usize::MAX {
        chain.push(pairs[at]);
        at = prev[at];
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The deleted and inserted words of a diff, sorted (two diffs may
    /// place a deleted line's words one word apart: "Line 20: … budget." or
    /// "20: … budget. Line").
    fn edits(old: &str, new: &str, changes: &[WordChange]) -> Vec<String> {
        let mut words: Vec<String> = changes
            .iter()
            .filter(|c| c.kind != ChangeKind::Equal)
            .flat_map(|c| {
                let (sign, text) = match c.kind {
                    ChangeKind::Delete => ('-', c.old.slice(old)),
                    _ => ('+', c.new.slice(new)),
                };
                tokenize(text)
                    .into_iter()
                    .filter(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number)
                    .map(move |t| format!("{sign}{}", t.norm))
            })
            .collect();
        words.sort();
        words
    }

    #[test]
    fn a_long_text_is_diffed_line_by_line_with_the_same_edits() {
        let line =
            |i: usize| format!("Line {i}: the council met on Friday and voted on the budget.\n");
        let old: String = (0..800).map(line).collect();
        let mut new_lines: Vec<String> = (0..800).map(line).collect();
        new_lines[10] = new_lines[10].replace("Friday", "Thursday");
        new_lines.remove(20);
        new_lines.insert(30, "A new line about six people.\n".to_string());
        let new: String = new_lines.concat();
        assert!(old.len() + new.len() > LINES_FIRST_ABOVE);
        let whole = diff_tokens(&tokenize(&old), &tokenize(&new), DiffOptions::default());
        let by_lines = diff_texts(&old, &new, DiffOptions::default());
        assert_eq!(edits(&old, &new, &by_lines.changes), edits(&old, &new, &whole));
        // Only the changed lines were tokenised.
        assert!(by_lines.old_tokens.len() < 40, "{}", by_lines.old_tokens.len());
        // The changes spell out both texts in order.
        let mut at = (0, 0);
        for c in &by_lines.changes {
            assert!(c.old.start >= at.0 && c.new.start >= at.1, "{c:?} after {at:?}");
            at = (c.old.end, c.new.end);
        }
    }

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

    /// Old and new words read off the changes, in order, must be the two
    /// texts' words, and equal runs must hold equal words.
    fn check_covers(old: &str, new: &str) -> usize {
        let (a, b) = (tokenize(old), tokenize(new));
        let changes = diff_tokens(&a, &b, DiffOptions::default());
        let words = |t: &str| -> Vec<String> {
            tokenize(t)
                .into_iter()
                .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
                .map(|t| t.norm)
                .collect()
        };
        let (mut got_old, mut got_new) = (Vec::new(), Vec::new());
        for c in &changes {
            let (o, n) = (words(c.old.slice(old)), words(c.new.slice(new)));
            match c.kind {
                ChangeKind::Equal => assert_eq!(o, n, "equal run differs"),
                ChangeKind::Delete => assert!(n.is_empty()),
                ChangeKind::Insert => assert!(o.is_empty()),
            }
            got_old.extend(o);
            got_new.extend(n);
        }
        assert_eq!(got_old, words(old));
        assert_eq!(got_new, words(new));
        changes.iter().filter(|c| c.kind != ChangeKind::Equal).count()
    }

    #[test]
    fn long_texts_are_split_at_unique_words_and_still_cover_both_sides() {
        // Long enough to take the split path: sentences of common words
        // around a numbered unique word, some edited, dropped or swapped.
        let sentence =
            |i: usize| format!("The council said item{i} would cost the city more than before. ");
        let old: String = (0..1500).map(sentence).collect();
        let new: String = (0..1500)
            .map(|i| match i % 97 {
                3 => String::new(),
                5 => sentence(i).replace("more", "less"),
                7 => sentence(i + 1),
                8 => sentence(i - 1),
                _ => sentence(i),
            })
            .collect();
        let changed = check_covers(&old, &new);
        assert!(changed > 0 && changed < 200, "{changed} changes");
    }

    #[test]
    fn long_texts_without_unique_words_fall_back_to_one_diff() {
        let old = "a b c d ".repeat(2000);
        let new = "a b x d ".repeat(2000);
        check_covers(&old, &new);
    }
}
