//! How two wordings of a quote are compared: the words they share, in a
//! row or anywhere, and whether they are one quote; words as numbers
//! ([`WordIds`]) where one quote is compared with many.

use super::super::names;
use crate::lexicon::FnvHashMap as HashMap;

/// Quotes match when this share of the shorter quote's content words is
/// found in the longer.
pub(super) const CONTAINMENT: f32 = 0.65;

/// Shared-word count of two sorted lists of word numbers (multiset): what
/// [`overlap`] counts, walking both once.
pub(super) fn sorted_overlap(a: &[u32], b: &[u32]) -> usize {
    crate::align::shared_by_key(a, b, |&w| w, |_| 1)
}

/// Shared-word count between two word lists (multiset): of words, or of
/// the words' [`WordIds`].
pub(super) fn overlap<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut pool: Vec<&T> = b.iter().collect();
    let mut n = 0;
    for w in a {
        if let Some(i) = pool.iter().position(|x| *x == w) {
            pool.swap_remove(i);
            n += 1;
        }
    }
    n
}

/// The words of a quote that carry its meaning: not function words.
pub(super) fn content(words: &[String]) -> Vec<&String> {
    let lx = crate::lexicon::lexicon();
    words.iter().filter(|w| !lx.function_word(w) && w.chars().count() > 2).collect()
}

/// The words a quote is found by: its content words, or all its words
/// when it has fewer than two ("What can we do? Where should we go").
pub(super) fn index_words(words: &[String]) -> Vec<&String> {
    let c = content(words);
    let mut out = if c.len() >= 2 { c } else { words.iter().collect() };
    out.sort();
    out.dedup();
    out
}

/// True when two quotes are one quote, however cut or reworded: the
/// shorter's content words mostly found in the longer, two at least (a
/// quote of one content word matches only word for word).
#[cfg(test)]
pub(super) fn same_quote(a: &[String], b: &[String]) -> bool {
    let content = |w: &[String]| -> Vec<String> { content(w).into_iter().cloned().collect() };
    same_quote_of(a, &content(a), b, &content(b))
}

/// [`same_quote`] of two quotes given with their content words (worked
/// out once per quote: a quote is compared with many).
pub(super) fn same_quote_of<T: PartialEq>(a: &[T], ca: &[T], b: &[T], cb: &[T]) -> bool {
    same_quote_by(a, b, (ca.len(), cb.len()), || overlap(ca, cb))
}

/// [`same_quote_of`] given the number of content words of each and how to
/// count those they share.
fn same_quote_by<T: PartialEq>(
    a: &[T],
    b: &[T],
    (ca, cb): (usize, usize),
    content_shared: impl FnOnce() -> usize,
) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let shorter = ca.min(cb);
    if shorter >= 2 {
        let ov = content_shared();
        if ov >= 2 && ov as f32 >= CONTAINMENT * shorter as f32 {
            return true;
        }
    }
    // Five words in a row in both: one quote, whatever its content words.
    a.len() >= 5 && b.len() >= 5 && longest_run(a, b) >= 5
}

/// True when two wordings of a quote differ between words they share:
/// a word replaced, added or dropped inside the stretch both quote (most
/// of which is shared words), not only before or after it.
pub(super) fn changed_inside(a: &[String], b: &[String]) -> bool {
    // Longest common subsequence, to pair the shared words in order.
    let (n, m) = (a.len(), b.len());
    let mut t = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i][j] = if a[i] == b[j] { t[i + 1][j + 1] + 1 } else { t[i + 1][j].max(t[i][j + 1]) };
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i] == b[j] {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if t[i + 1][j] >= t[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    let (Some(first), Some(last)) = (pairs.first(), pairs.last()) else { return false };
    // The stretch must be mostly shared words on both sides: two remarks
    // that share a few words here and there ("I", "the Doctor") are two
    // remarks, not one reworded.
    let stretch = (last.0 - first.0 + 1).max(last.1 - first.1 + 1);
    let mostly_shared = pairs.len() * 10 >= stretch * 6;
    // Within the shared stretch, a gap on either side is a change inside.
    pairs.len() >= 2
        && mostly_shared
        && pairs.windows(2).any(|w| w[1].0 - w[0].0 > 1 || w[1].1 - w[0].1 > 1)
}

/// The longest run of words two quotes share in the same order.
pub(super) fn longest_run<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut best = 0;
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        cur.fill(0);
        for (j, y) in b.iter().enumerate() {
            if x == y {
                cur[j + 1] = prev[j] + 1;
                best = best.max(cur[j + 1]);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

/// True when two wordings of a quote differ only in how words are written:
/// spacing and hyphens ("data center" / "datacenter", "e-mail"), a letter
/// or two in a long word ("offence" / "offense", a typo).
pub(super) fn same_words_written_otherwise(a: &[String], b: &[String]) -> bool {
    let letters =
        |w: &[String]| -> String { w.concat().chars().filter(|c| c.is_alphanumeric()).collect() };
    let (la, lb) = (letters(a), letters(b));
    if la.contains(&lb) || lb.contains(&la) {
        return true;
    }
    if la.len().min(lb.len()) >= 20 && names::within_edits(&la, &lb, 3) {
        return true;
    }
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x == y || x.chars().count() >= 5 && names::within_edits(x, y, 2))
}

/// True when two quotes, each given as its sentences' words, differ only
/// by whole sentences: every sentence of each is either in the other
/// (written the same, a letter aside) or shares nothing with any of the
/// other's sentences, and one sentence at least is in both. Outlets
/// quoting one statement pick different sentences of it ("Being asked to
/// play him is a privilege. I can't wait to start." / "For a while I
/// couldn't tell my daughter. Being asked to play him is a privilege."):
/// no word of it was changed. A sentence cut short or lengthened is not
/// whole ("Their goalie was the difference, and the officials didn't
/// help").
pub(super) fn differ_by_whole_sentences(a: &[Vec<String>], b: &[Vec<String>]) -> bool {
    let same = |x: &[String], y: &[String]| {
        let letters = |w: &[String]| -> String {
            w.concat().chars().filter(|c| c.is_alphanumeric()).collect()
        };
        let (lx, ly) = (letters(x), letters(y));
        lx == ly || lx.len().min(ly.len()) >= 20 && names::within_edits(&lx, &ly, 2)
    };
    let placed = |x: &Vec<String>, other: &[Vec<String>]| {
        other.iter().any(|y| same(x, y))
            || !other.iter().any(|y| same_quote_plain(x, y) || longest_run(x, y) >= 3)
    };
    let shared = a.iter().any(|x| b.iter().any(|y| same(x, y)));
    shared
        && a.len() + b.len() > 2
        && a.iter().all(|x| placed(x, b))
        && b.iter().all(|y| placed(y, a))
}

/// [`same_quote`] of two word lists, their content words worked out here.
fn same_quote_plain(a: &[String], b: &[String]) -> bool {
    let (ca, cb) = (content(a), content(b));
    same_quote_by(a, b, (ca.len(), cb.len()), || overlap(&ca, &cb))
}

/// True when `short` occurs as a contiguous run inside `long`.
pub(super) fn contiguous_in(short: &[String], long: &[String]) -> bool {
    !short.is_empty() && long.windows(short.len()).any(|w| w == short)
}

/// A quote's words as [`WordIds`], in order and sorted, and its content
/// words sorted.
pub(super) struct QuoteIds {
    pub(super) words: Vec<u32>,
    pub(super) sorted: Vec<u32>,
    pub(super) content: Vec<u32>,
}

impl QuoteIds {
    pub(super) fn new(words: Vec<u32>, mut content: Vec<u32>) -> QuoteIds {
        let mut sorted = words.clone();
        sorted.sort_unstable();
        content.sort_unstable();
        QuoteIds { words, sorted, content }
    }

    /// [`same_quote_of`] of two quotes' numbers.
    pub(super) fn same_quote(&self, other: &QuoteIds) -> bool {
        let counts = (self.content.len(), other.content.len());
        same_quote_by(&self.words, &other.words, counts, || {
            sorted_overlap(&self.content, &other.content)
        })
    }
}

/// A number for each word of the quotes compared, so that wordings are
/// compared number by number rather than string by string (a quote is
/// compared with every wording of the groups it shares words with).
#[derive(Default)]
pub(super) struct WordIds(HashMap<String, u32>);

impl WordIds {
    pub(super) fn of<'w>(&mut self, words: impl IntoIterator<Item = &'w String>) -> Vec<u32> {
        words
            .into_iter()
            .map(|w| {
                let next = self.0.len() as u32;
                *self.0.entry(w.clone()).or_insert(next)
            })
            .collect()
    }

    /// A quote's words and its content words.
    pub(super) fn quote(&mut self, words: &[String]) -> QuoteIds {
        let numbers = self.of(words);
        QuoteIds::new(numbers, self.of(content(words)))
    }
}
