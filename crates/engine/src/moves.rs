//! Moved text in a pairwise diff: a block of words deleted in one place and
//! inserted at another is one move, not a deletion plus an insertion.
//!
//! Works on the result of [`crate::worddiff::diff_tokens`]: the words of its
//! deleted runs are matched against the words of its inserted runs by
//! normalised form (so `"six"` moved as `"6"` is still a move), and every
//! common stretch of at least [`MoveOptions::min_tokens`] words becomes a
//! [`MovedBlock`]. Punctuation never counts. Linear in the number of changed
//! words: candidate places are found through an index of word n-grams.
//!
//! ```
//! use storydiff_engine::moves::{find_moves, MoveOptions};
//! use storydiff_engine::segment::tokenize;
//! use storydiff_engine::worddiff::{diff_tokens, DiffOptions};
//!
//! let old = "The mayor resigned on Friday. Six people were hurt in the fire downtown.";
//! let new = "Six people were hurt in the fire downtown. The mayor resigned on Friday.";
//! let (a, b) = (tokenize(old), tokenize(new));
//! let changes = diff_tokens(&a, &b, DiffOptions::default());
//! let moves = find_moves(&a, &b, &changes, MoveOptions::default());
//! assert_eq!(moves.len(), 1);
//! assert_eq!(moves[0].new.slice(new), moves[0].old.slice(old));
//! ```

use crate::lexicon::FnvHashMap as HashMap;
use crate::segment::{token_range, Token, TokenKind};
use crate::text::Span;
use crate::worddiff::{ChangeKind, WordChange};
use serde::Serialize;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

/// How long a common stretch must be to count as moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MoveOptions {
    /// Fewest words (numbers count as words) in a moved block; shorter
    /// common stretches stay a deletion and an insertion, since short
    /// phrases ("the company said") recur by chance.
    pub min_tokens: usize,
}

impl Default for MoveOptions {
    fn default() -> Self {
        MoveOptions { min_tokens: 5 }
    }
}

/// Text that left one place of the old version and reappears at another
/// place of the new one. Both spans start at the block's first word and end
/// after its last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MovedBlock {
    /// Where the text was, in the old version (inside a deleted run).
    pub old: Span,
    /// Where it is now, in the new version (inside an inserted run).
    pub new: Span,
    /// How many words it holds.
    pub tokens: usize,
}

/// Most candidate places checked for one n-gram: a phrase repeated
/// everywhere ("said on Tuesday that") must not make the search quadratic.
const MAX_CANDIDATES: usize = 16;

/// The moved blocks of a diff of `old` → `new`, given its `changes` (from
/// [`crate::worddiff::diff_tokens`] on the same tokens), in order of their
/// place in the old version. Blocks never overlap on either side.
pub fn find_moves(
    old: &[Token],
    new: &[Token],
    changes: &[WordChange],
    options: MoveOptions,
) -> Vec<MovedBlock> {
    let k = options.min_tokens.max(1);
    let deleted = changed_words(old, changes, ChangeKind::Delete, |c| c.old);
    let inserted = changed_words(new, changes, ChangeKind::Insert, |c| c.new);
    if deleted.words.len() < k || inserted.words.len() < k {
        return Vec::new();
    }
    let old_keys: Vec<u64> = deleted.words.iter().map(|&i| key(&old[i])).collect();
    let new_keys: Vec<u64> = inserted.words.iter().map(|&i| key(&new[i])).collect();

    // Every k words of one inserted run, by the hash of their keys.
    let mut index: HashMap<u64, Vec<usize>> = HashMap::default();
    for start in inserted.gram_starts(k) {
        index.entry(gram(&new_keys[start..start + k])).or_default().push(start);
    }

    let mut used = vec![false; inserted.words.len()];
    let mut out = Vec::new();
    let mut i = 0;
    while i + k <= deleted.words.len() {
        let run_end = deleted.run_end(i);
        if i + k > run_end {
            i = run_end;
            continue;
        }
        let mut best: Option<(usize, usize)> = None; // (start in inserted, length)
        if let Some(candidates) = index.get(&gram(&old_keys[i..i + k])) {
            for &j in candidates.iter().take(MAX_CANDIDATES) {
                let j_end = inserted.run_end(j);
                let mut len = 0;
                while i + len < run_end
                    && j + len < j_end
                    && !used[j + len]
                    && old_keys[i + len] == new_keys[j + len]
                    && old[deleted.words[i + len]].norm == new[inserted.words[j + len]].norm
                {
                    len += 1;
                }
                if len >= k && best.is_none_or(|(_, l)| len > l) {
                    best = Some((j, len));
                }
            }
        }
        match best {
            Some((j, len)) => {
                used[j..j + len].iter_mut().for_each(|u| *u = true);
                let span = |toks: &[Token], words: &[usize], from: usize| {
                    Span::new(toks[words[from]].span.start, toks[words[from + len - 1]].span.end)
                };
                out.push(MovedBlock {
                    old: span(old, &deleted.words, i),
                    new: span(new, &inserted.words, j),
                    tokens: len,
                });
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// The words (token indices) of one side's deleted or inserted runs, with
/// where each run ends, so that a block never spans two runs.
struct ChangedWords {
    /// Token indices of the words, in text order.
    words: Vec<usize>,
    /// For each word, the index (into `words`) one past its run's last word.
    ends: Vec<usize>,
}

impl ChangedWords {
    fn run_end(&self, i: usize) -> usize {
        self.ends.get(i).copied().unwrap_or(i)
    }

    /// Positions where k words of one run start.
    fn gram_starts(&self, k: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.words.len()).filter(move |&i| i + k <= self.run_end(i))
    }
}

fn changed_words(
    tokens: &[Token],
    changes: &[WordChange],
    kind: ChangeKind,
    side: impl Fn(&WordChange) -> Span,
) -> ChangedWords {
    let mut words = Vec::new();
    let mut ends = Vec::new();
    for change in changes.iter().filter(|c| c.kind == kind) {
        words.extend(
            token_range(tokens, side(change))
                .filter(|&t| matches!(tokens[t].kind, TokenKind::Word | TokenKind::Number)),
        );
        ends.resize(words.len(), words.len());
    }
    ChangedWords { words, ends }
}

fn key(token: &Token) -> u64 {
    let mut h = DefaultHasher::new();
    token.norm.hash(&mut h);
    h.finish()
}

fn gram(keys: &[u64]) -> u64 {
    let mut h = DefaultHasher::new();
    keys.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;
    use crate::worddiff::{diff_tokens, DiffOptions};

    /// Each moved block as `old text => new text`, one per line.
    fn check(old: &str, new: &str, min_tokens: usize) -> String {
        let (a, b) = (tokenize(old), tokenize(new));
        let changes = diff_tokens(&a, &b, DiffOptions::default());
        find_moves(&a, &b, &changes, MoveOptions { min_tokens })
            .iter()
            .map(|m| format!("{} => {} ({})", m.old.slice(old), m.new.slice(new), m.tokens))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_moved_sentence_is_one_block() {
        assert_eq!(
            check(
                "The mayor resigned on Friday. Six people were hurt in the fire downtown. \
                 Police are investigating.",
                "Six people were hurt in the fire downtown. Police are investigating. \
                 The mayor resigned on Friday.",
                4,
            ),
            "The mayor resigned on Friday => The mayor resigned on Friday (5)"
        );
    }

    #[test]
    fn equal_wordings_move_together() {
        assert_eq!(
            check(
                "Six people were hurt on Dec. 8, officials said. The storm hit the coast \
                 overnight and cut power to thousands of homes in the region.",
                "The storm hit the coast overnight and cut power to thousands of homes in the \
                 region. 6 people were hurt on Dec 8 , officials said.",
                5,
            ),
            "Six people were hurt on Dec. 8, officials said => \
             6 people were hurt on Dec 8 , officials said (9)"
        );
    }

    #[test]
    fn short_common_phrases_are_not_moves() {
        assert_eq!(check("a b c d. x y z w v u", "x y z w v u. a b c d", 5), "");
        assert_eq!(check("", "", 5), "");
        assert_eq!(check("one two three four five", "", 5), "");
    }

    #[test]
    fn a_block_edited_inside_moves_in_pieces() {
        let got = check(
            "Start of text. The council voted seven to two on Tuesday to approve the budget \
             for next year. Middle words here to anchor the diff well. End of text.",
            "Start of text. Middle words here to anchor the diff well. The council voted \
             seven to two on Wednesday to approve the budget for next year. End of text.",
            4,
        );
        assert_eq!(
            got,
            "The council voted seven to two on => The council voted seven to two on (7)\n\
             to approve the budget for next year => to approve the budget for next year (7)"
        );
    }

    #[test]
    fn each_inserted_word_is_used_once() {
        // Two deleted copies, one inserted: one move, the other copy stays
        // deleted.
        let got = check(
            "Anchor words one two three four five six seven eight. alpha beta gamma delta \
             epsilon. Middle words nine ten eleven twelve thirteen fourteen. alpha beta gamma \
             delta epsilon.",
            "alpha beta gamma delta epsilon. Anchor words one two three four five six seven \
             eight. Middle words nine ten eleven twelve thirteen fourteen.",
            5,
        );
        assert_eq!(got, "alpha beta gamma delta epsilon => alpha beta gamma delta epsilon (5)");
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn text() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                Just("Six people were hurt on Dec. 8, officials said. ".to_string()),
                Just("The mayor resigned on Friday after the vote. ".to_string()),
                Just("“We can’t agree to” it, he added. ".to_string()),
                Just("Zoë ate 🍎 today 👩‍👩‍👧 e\u{301} \u{202e}abc\u{202c}. ".to_string()),
                Just("\n\n".to_string()),
                "\\PC{0,30}",
            ];
            prop::collection::vec(piece, 0..10).prop_map(|v| v.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

            #[test]
            fn blocks_are_sound(old in text(), new in text(), k in 1usize..8) {
                let (a, b) = (tokenize(&old), tokenize(&new));
                let changes = diff_tokens(&a, &b, DiffOptions::default());
                let moves = find_moves(&a, &b, &changes, MoveOptions { min_tokens: k });
                for (m, next) in moves.iter().zip(moves.iter().skip(1)) {
                    prop_assert!(m.old.end <= next.old.start, "old sides overlap");
                }
                let mut news: Vec<Span> = moves.iter().map(|m| m.new).collect();
                news.sort();
                for w in news.windows(2) {
                    prop_assert!(w[0].end <= w[1].start, "new sides overlap");
                }
                for m in &moves {
                    prop_assert!(m.tokens >= k);
                    for (text, span) in [(&old, m.old), (&new, m.new)] {
                        prop_assert!(span.start < span.end && span.end <= text.len());
                        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                    }
                    // Moved text lies inside the diff's deleted and inserted runs.
                    prop_assert!(changes.iter().any(|c| c.kind == ChangeKind::Delete && c.old.contains(m.old)));
                    prop_assert!(changes.iter().any(|c| c.kind == ChangeKind::Insert && c.new.contains(m.new)));
                }
            }
        }
    }
}
