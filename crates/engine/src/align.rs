//! Stage 2, align: group the sentences of all versions that say the same
//! thing into rows, one cell per version.
//!
//! Method (chosen on the seed gold, see `tests/fixtures/alignment`): each
//! sentence becomes a bag of stemmed content words and numbers weighted by
//! IDF over all versions, so that names and figures count most and
//! paraphrase (which changes the common words) counts least. Versions are
//! added one at a time to a growing table of rows (progressive alignment):
//! a sentence joins the row whose members it resembles most (weighted Dice
//! plus a small bonus for similar position), one sentence per version per
//! row; a sentence that only covers part of a row next to its version's
//! sentence there is a split; a sentence covering two neighbouring rows
//! merges them; anything left starts a row after its predecessor's row.
//! Sentences out of their version's order (not on the longest increasing run
//! of row positions) are marked moved.

use crate::segment::{Segmentation, TokenKind};
use crate::text::{SentenceId, VersionId};
use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;
use std::collections::HashMap;

/// Sentences of all versions grouped into rows that read in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Alignment {
    /// Rows in reading order.
    pub rows: Vec<Row>,
}

/// One thing said, and how each version says it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// One cell per version, in version order.
    pub cells: Vec<Cell>,
}

/// A version's sentences in one row; empty when the version lacks it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Cell {
    /// The version's sentences here, in text order (two or more when the
    /// version split what others say in one).
    pub sentences: Vec<SentenceId>,
    /// How closely these sentences match the rest of the row (0 to 1; 1 for
    /// the version the row started from).
    pub similarity: f32,
    /// True when the version says this at another place in its order.
    pub moved: bool,
}

impl Row {
    /// The versions that have a sentence in this row.
    pub fn present(&self) -> impl Iterator<Item = VersionId> + '_ {
        self.cells
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.sentences.is_empty())
            .map(|(i, _)| VersionId(i))
    }
}

impl Alignment {
    /// For each version, for each of its sentences, the row holding it.
    pub fn row_of_sentences(&self, versions: usize) -> Vec<HashMap<SentenceId, usize>> {
        let mut out = vec![HashMap::new(); versions];
        for (r, row) in self.rows.iter().enumerate() {
            for (v, cell) in row.cells.iter().enumerate() {
                for &s in &cell.sentences {
                    if let Some(map) = out.get_mut(v) {
                        map.insert(s, r);
                    }
                }
            }
        }
        out
    }
}

/// Tuning of the aligner.
#[derive(Debug, Clone, Copy)]
pub struct AlignOptions {
    /// Minimum score for a sentence to join a row one-to-one.
    pub match_threshold: f32,
    /// Minimum share of the smaller side's weight found in the larger for a
    /// split or a merge.
    pub containment_threshold: f32,
    /// Weight of position similarity added to the lexical score.
    pub position_weight: f32,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions { match_threshold: 0.22, containment_threshold: 0.5, position_weight: 0.08 }
    }
}

/// A sentence as a weighted bag of terms, sorted by term id.
#[derive(Debug, Clone, Default)]
struct Bag {
    terms: Vec<(u32, f32)>,
    weight: f32,
    /// Relative position in its version (0..1).
    position: f32,
}

const STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "that", "this", "these", "those", "it", "its", "is", "was", "were", "be", "been",
    "are", "has", "have", "had", "he", "she", "they", "his", "her", "their", "them", "him", "we",
    "i", "you", "our", "not", "no", "which", "who", "whom", "what", "while", "also", "into",
    "over", "after", "before", "than", "then", "there", "so", "such", "said", "says", "say",
    "would", "could", "will", "can", "may", "might", "some", "any", "all", "more", "most", "other",
    "'s", "s", "up", "out", "about", "would", "did", "do", "does", "if", "when", "where", "how",
    "very",
];

/// Builds term bags for every sentence of every version, with IDF weights
/// computed over all sentences.
fn bags(segs: &[&Segmentation]) -> Vec<Vec<Bag>> {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut df: Vec<u32> = Vec::new();
    let mut raw: Vec<Vec<Vec<u32>>> = Vec::with_capacity(segs.len());
    let mut total = 0u32;
    for seg in segs {
        let mut doc = Vec::with_capacity(seg.sentences.len());
        for s in &seg.sentences {
            let mut terms: Vec<u32> = Vec::new();
            for t in seg.tokens.get(s.tokens.clone()).unwrap_or(&[]) {
                if !matches!(t.kind, TokenKind::Word | TokenKind::Number)
                    || STOPWORDS.contains(&t.norm.as_str())
                {
                    continue;
                }
                let key = if t.kind == TokenKind::Number {
                    t.norm.clone()
                } else {
                    stemmer.stem(&t.norm).into_owned()
                };
                let next = ids.len() as u32;
                let id = *ids.entry(key).or_insert(next);
                terms.push(id);
            }
            terms.sort_unstable();
            terms.dedup();
            for &id in &terms {
                if id as usize >= df.len() {
                    df.resize(id as usize + 1, 0);
                }
                df[id as usize] += 1;
            }
            total += 1;
            doc.push(terms);
        }
        raw.push(doc);
    }
    let idf: Vec<f32> = df.iter().map(|&d| (1.0 + total as f32 / d as f32).ln()).collect();
    raw.into_iter()
        .map(|doc| {
            let n = doc.len().max(1) as f32;
            doc.into_iter()
                .enumerate()
                .map(|(i, terms)| {
                    let terms: Vec<(u32, f32)> =
                        terms.into_iter().map(|t| (t, idf[t as usize])).collect();
                    let weight = terms.iter().map(|t| t.1).sum();
                    Bag { terms, weight, position: (i as f32 + 0.5) / n }
                })
                .collect()
        })
        .collect()
}

/// Aligns the sentences of all versions. `pivot` is the version whose order
/// the rows start from (the reference, when there is one).
pub fn align(
    segs: &[&Segmentation],
    pivot: Option<VersionId>,
    options: &AlignOptions,
) -> Alignment {
    let n = segs.len();
    if n == 0 {
        return Alignment::default();
    }
    let bags = bags(segs);
    let pivot = pivot.map(|p| p.0).filter(|&p| p < n).unwrap_or_else(|| central_version(&bags));

    // Rows have stable ids; `order` lists them in reading order.
    let mut rows: Vec<Vec<Vec<usize>>> = Vec::new(); // row -> version -> sentences
    let mut scores: Vec<Vec<f32>> = Vec::new();
    let mut order: Vec<usize> = Vec::new();
    let mut row_of: Vec<Vec<Option<usize>>> = bags.iter().map(|d| vec![None; d.len()]).collect();
    // term -> sentences already placed
    let mut postings: HashMap<u32, Vec<(usize, usize)>> = HashMap::new();

    let place = |postings: &mut HashMap<u32, Vec<(usize, usize)>>,
                 v: usize,
                 s: usize,
                 bags: &Vec<Vec<Bag>>| {
        for &(t, _) in &bags[v][s].terms {
            postings.entry(t).or_default().push((v, s));
        }
    };

    for s in 0..bags[pivot].len() {
        let mut cells = vec![Vec::new(); n];
        cells[pivot].push(s);
        let mut sc = vec![0.0; n];
        sc[pivot] = 1.0;
        row_of[pivot][s] = Some(rows.len());
        order.push(rows.len());
        rows.push(cells);
        scores.push(sc);
        place(&mut postings, pivot, s, &bags);
    }

    for v in (0..n).filter(|&v| v != pivot) {
        // Candidate (score, containment, sentence, row).
        let mut cands: Vec<(f32, f32, usize, usize)> = Vec::new();
        for (s, bag) in bags[v].iter().enumerate() {
            let mut acc: HashMap<(usize, usize), f32> = HashMap::new();
            for &(t, w) in &bag.terms {
                if let Some(list) = postings.get(&t) {
                    for &m in list {
                        *acc.entry(m).or_insert(0.0) += w;
                    }
                }
            }
            let mut best: HashMap<usize, (f32, f32)> = HashMap::new();
            for ((mv, ms), ov) in acc {
                let other = &bags[mv][ms];
                let dice = 2.0 * ov / (bag.weight + other.weight).max(1e-6);
                let contain = ov / bag.weight.min(other.weight).max(1e-6);
                let pos = 1.0 - (bag.position - other.position).abs();
                let score = dice + options.position_weight * pos * dice.min(1.0).sqrt();
                let Some(r) = row_of[mv][ms] else { continue };
                let e = best.entry(r).or_insert((0.0, 0.0));
                e.0 = e.0.max(score);
                e.1 = e.1.max(contain);
            }
            for (r, (score, contain)) in best {
                cands.push((score, contain, s, r));
            }
        }
        cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3)));

        // One-to-one matches.
        for &(score, _, s, r) in &cands {
            if score < options.match_threshold {
                break;
            }
            if row_of[v][s].is_none() && rows[r][v].is_empty() {
                rows[r][v].push(s);
                scores[r][v] = score;
                row_of[v][s] = Some(r);
            }
        }
        // Splits: a leftover sentence contained in the row of its neighbour.
        for &(score, contain, s, r) in &cands {
            if row_of[v][s].is_some() || contain < options.containment_threshold {
                continue;
            }
            let neighbour = rows[r][v].iter().any(|&s2| s2 + 1 == s || s + 1 == s2);
            if neighbour {
                rows[r][v].push(s);
                rows[r][v].sort_unstable();
                scores[r][v] = scores[r][v].max(score);
                row_of[v][s] = Some(r);
            }
        }
        // Merges: a sentence also covering a neighbouring row that v lacks.
        for &(_, contain, s, r2) in &cands {
            let Some(r1) = row_of[v][s] else { continue };
            if r1 == r2 || contain < options.containment_threshold || !rows[r2][v].is_empty() {
                continue;
            }
            let (Some(p1), Some(p2)) =
                (order.iter().position(|&x| x == r1), order.iter().position(|&x| x == r2))
            else {
                continue;
            };
            if p1.abs_diff(p2) != 1 {
                continue;
            }
            // Fold r2 into r1 unless a version would end up with sentences
            // that are not neighbours.
            let ok = (0..n).all(|u| {
                let mut all: Vec<usize> =
                    rows[r1][u].iter().chain(rows[r2][u].iter()).copied().collect();
                all.sort_unstable();
                all.windows(2).all(|w| w[1] == w[0] + 1)
            });
            if !ok {
                continue;
            }
            let moved_cells = std::mem::take(&mut rows[r2]);
            for (u, cell) in moved_cells.into_iter().enumerate() {
                for s2 in cell {
                    row_of[u][s2] = Some(r1);
                    rows[r1][u].push(s2);
                }
                rows[r1][u].sort_unstable();
                scores[r1][u] = scores[r1][u].max(scores[r2][u]);
            }
            rows[r2] = vec![Vec::new(); n];
            order.remove(p2);
        }
        // Leftovers start new rows after the row of their predecessor.
        for s in 0..bags[v].len() {
            if row_of[v][s].is_some() {
                continue;
            }
            let prev_row = (0..s).rev().find_map(|p| row_of[v][p]);
            let at = match prev_row {
                Some(pr) => order.iter().position(|&x| x == pr).map_or(order.len(), |p| p + 1),
                None => {
                    // Before the first row holding a later sentence of v, else at the end.
                    let next_row = (s + 1..bags[v].len()).find_map(|p| row_of[v][p]);
                    next_row.and_then(|nr| order.iter().position(|&x| x == nr)).unwrap_or(0)
                }
            };
            let mut cells = vec![Vec::new(); n];
            cells[v].push(s);
            let mut sc = vec![0.0; n];
            sc[v] = 1.0;
            row_of[v][s] = Some(rows.len());
            order.insert(at, rows.len());
            rows.push(cells);
            scores.push(sc);
        }
        for s in 0..bags[v].len() {
            place(&mut postings, v, s, &bags);
        }
    }

    // Moved: sentences off their version's longest increasing run of rows.
    let position: HashMap<usize, usize> = order.iter().enumerate().map(|(p, &r)| (r, p)).collect();
    let mut moved: Vec<Vec<bool>> = bags.iter().map(|d| vec![false; d.len()]).collect();
    for v in 0..n {
        let seq: Vec<usize> = (0..bags[v].len())
            .map(|s| row_of[v][s].and_then(|r| position.get(&r).copied()).unwrap_or(0))
            .collect();
        let keep = longest_non_decreasing(&seq);
        for (s, k) in keep.into_iter().enumerate() {
            moved[v][s] = !k;
        }
    }

    let rows = order
        .iter()
        .map(|&r| Row {
            cells: (0..n)
                .map(|v| Cell {
                    moved: rows[r][v].iter().any(|&s| moved[v][s]),
                    similarity: if rows[r][v].is_empty() { 0.0 } else { scores[r][v].min(1.0) },
                    sentences: rows[r][v].iter().map(|&s| SentenceId(s)).collect(),
                })
                .collect(),
        })
        .filter(|row: &Row| row.cells.iter().any(|c| !c.sentences.is_empty()))
        .collect();
    Alignment { rows }
}

/// The version most like all the others (largest summed best-match score),
/// used as the pivot when no reference is chosen.
fn central_version(bags: &[Vec<Bag>]) -> usize {
    let n = bags.len();
    if n <= 2 {
        return 0;
    }
    // Vocabulary weight shared with the other versions, cheap and stable.
    let vocab: Vec<HashMap<u32, f32>> =
        bags.iter().map(|d| d.iter().flat_map(|b| b.terms.iter().copied()).collect()).collect();
    (0..n)
        .max_by(|&a, &b| {
            let score = |x: usize| -> f32 {
                (0..n)
                    .filter(|&y| y != x)
                    .map(|y| {
                        vocab[x]
                            .iter()
                            .filter(|(t, _)| vocab[y].contains_key(t))
                            .map(|(_, w)| w)
                            .sum::<f32>()
                    })
                    .sum()
            };
            score(a).total_cmp(&score(b)).then(b.cmp(&a))
        })
        .unwrap_or(0)
}

/// Marks the members of one longest non-decreasing subsequence of `seq`.
fn longest_non_decreasing(seq: &[usize]) -> Vec<bool> {
    // Patience method with predecessor links: O(n log n).
    let mut tails: Vec<usize> = Vec::new(); // indices into seq
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for i in 0..seq.len() {
        let pos = tails.partition_point(|&t| seq[t] <= seq[i]);
        if pos > 0 {
            prev[i] = Some(tails[pos - 1]);
        }
        if pos == tails.len() {
            tails.push(i);
        } else {
            tails[pos] = i;
        }
    }
    let mut keep = vec![false; seq.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        keep[i] = true;
        cur = prev[i];
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn rows(texts: &[&str]) -> Vec<Vec<Vec<usize>>> {
        let segs: Vec<Segmentation> = texts.iter().map(|t| segment(t)).collect();
        let refs: Vec<&Segmentation> = segs.iter().collect();
        align(&refs, Some(VersionId(0)), &AlignOptions::default())
            .rows
            .into_iter()
            .map(|r| {
                r.cells
                    .into_iter()
                    .map(|c| c.sentences.into_iter().map(|s| s.0).collect())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn reordered_sentences_align_and_keep_order() {
        let a = "Kherson's power plant shut down. Six people were hurt in Kryvyi Rih. Talks resume in Miami.";
        let b = "Talks will resume in Miami on Thursday. In Kryvyi Rih, 6 people were wounded. The Kherson power plant was shut.";
        let r = rows(&[a, b]);
        assert!(r.contains(&vec![vec![0], vec![2]]), "{r:?}");
        assert!(r.contains(&vec![vec![1], vec![1]]), "{r:?}");
        assert!(r.contains(&vec![vec![2], vec![0]]), "{r:?}");
    }

    #[test]
    fn sentences_in_one_version_only_get_their_own_row() {
        let r = rows(&[
            "Putin met Witkoff in Moscow.",
            "Putin met Witkoff in Moscow. Odesa was hit by 138 drones.",
        ]);
        assert_eq!(r, vec![vec![vec![0], vec![0]], vec![vec![], vec![1]]]);
    }

    #[test]
    fn lis_marks_out_of_order_members() {
        assert_eq!(longest_non_decreasing(&[0, 1, 5, 2, 3]), vec![true, true, false, true, true]);
    }
}
