//! Stage 2, align: group the sentences of all versions that say the same
//! thing into rows, one cell per version.
//!
//! Method (chosen on the seed gold, see `tests/fixtures/alignment`):
//! 1. Each sentence becomes a bag of stemmed content words and numbers
//!    weighted by IDF over all versions, so names and figures count most and
//!    paraphrase (which changes the common words) counts least.
//! 2. Every pair of versions is matched one-to-one: first the confident
//!    pairs wherever they sit (a moved paragraph still matches), then weaker
//!    pairs only where they keep both versions' order between confident
//!    neighbours, so a sentence one version lacks is not forced onto a
//!    look-alike elsewhere. A sentence mostly contained in its neighbour's
//!    partner joins it (a split, or a merge seen from the other side).
//! 3. All pairwise matches, strongest first, join sentences into rows, as
//!    long as a row keeps each version's sentences adjacent — so one wrong
//!    pair cannot chain two unrelated passages together.
//! 4. Rows are ordered by the fullest version (or the reference), others'
//!    rows slotted in after their predecessor; sentences off their version's
//!    longest increasing run of rows are marked moved.
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
    /// Minimum score for a pair of sentences to match anywhere.
    pub confident_threshold: f32,
    /// Minimum score for a pair that keeps both versions' order.
    pub match_threshold: f32,
    /// Minimum share of the smaller sentence's weight found in the larger
    /// for a split or a merge.
    pub containment_threshold: f32,
    /// Weight of position similarity added to the lexical score.
    pub position_weight: f32,
    /// Most sentences one version may have in one row.
    pub max_split: usize,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            confident_threshold: 0.4,
            match_threshold: 0.2,
            containment_threshold: 0.5,
            position_weight: 0.08,
            max_split: 3,
        }
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

/// A scored pair of sentences of two versions.
#[derive(Debug, Clone, Copy)]
struct Edge {
    score: f32,
    a: (usize, usize),
    b: (usize, usize),
}

/// Candidate pairs between versions `u` and `v`: (score, containment, s, t).
fn candidates(
    bags: &[Vec<Bag>],
    heading: &[Vec<bool>],
    u: usize,
    v: usize,
    options: &AlignOptions,
) -> Vec<(f32, f32, usize, usize)> {
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    for (t, bag) in bags[v].iter().enumerate() {
        for &(term, _) in &bag.terms {
            postings.entry(term).or_default().push(t);
        }
    }
    let mut out = Vec::new();
    let mut acc: HashMap<usize, f32> = HashMap::new();
    for (s, bag) in bags[u].iter().enumerate() {
        acc.clear();
        for &(term, w) in &bag.terms {
            if let Some(list) = postings.get(&term) {
                for &t in list {
                    *acc.entry(t).or_insert(0.0) += w;
                }
            }
        }
        for (&t, &ov) in &acc {
            // Headings pair only with headings.
            if heading[u][s] != heading[v][t] {
                continue;
            }
            let other = &bags[v][t];
            let dice = 2.0 * ov / (bag.weight + other.weight).max(1e-6);
            let contain = ov / bag.weight.min(other.weight).max(1e-6);
            let pos = 1.0 - (bag.position - other.position).abs();
            let score = dice + options.position_weight * pos * dice.min(1.0).sqrt();
            if score >= options.match_threshold || contain >= options.containment_threshold {
                out.push((score, contain, s, t));
            }
        }
    }
    out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3)));
    out
}

/// One-to-one matching of versions `u` and `v`, plus split/merge pairs.
fn match_pair(
    bags: &[Vec<Bag>],
    heading: &[Vec<bool>],
    u: usize,
    v: usize,
    options: &AlignOptions,
    edges: &mut Vec<Edge>,
) {
    let cands = candidates(bags, heading, u, v, options);
    let (nu, nv) = (bags[u].len(), bags[v].len());
    let mut mu: Vec<Option<usize>> = vec![None; nu];
    let mut mv: Vec<Option<usize>> = vec![None; nv];
    for &(score, _, s, t) in &cands {
        if score < options.confident_threshold {
            break;
        }
        if mu[s].is_none() && mv[t].is_none() {
            mu[s] = Some(t);
            mv[t] = Some(s);
            edges.push(Edge { score, a: (u, s), b: (v, t) });
        }
    }
    for &(score, _, s, t) in &cands {
        if score < options.match_threshold {
            continue;
        }
        if mu[s].is_some() || mv[t].is_some() {
            continue;
        }
        let before = (0..s).rev().find_map(|p| mu[p]);
        let after = (s + 1..nu).find_map(|p| mu[p]);
        if before.is_some_and(|b| b >= t) || after.is_some_and(|a| a <= t) {
            continue;
        }
        mu[s] = Some(t);
        mv[t] = Some(s);
        edges.push(Edge { score, a: (u, s), b: (v, t) });
    }
    // Splits and merges: a leftover sentence largely contained in a sentence
    // whose partner is its neighbour.
    for &(score, contain, s, t) in &cands {
        if contain < options.containment_threshold {
            continue;
        }
        let s_free_next_to = mu[s].is_none() && mv[t].is_some_and(|p| p + 1 == s || s + 1 == p);
        let t_free_next_to = mv[t].is_none() && mu[s].is_some_and(|p| p + 1 == t || t + 1 == p);
        if s_free_next_to || t_free_next_to {
            edges.push(Edge {
                score: score.min(options.confident_threshold),
                a: (u, s),
                b: (v, t),
            });
        }
    }
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
    let heading: Vec<Vec<bool>> = segs
        .iter()
        .map(|s| {
            s.sentences.iter().map(|x| x.role == crate::segment::SentenceRole::Headline).collect()
        })
        .collect();
    // Without a reference, rows start from the fullest version: the one
    // that lacks the fewest passages leaves the fewest gaps to fill.
    let pivot = pivot.map(|p| p.0).filter(|&p| p < n).unwrap_or_else(|| fullest_version(&bags));

    let mut edges: Vec<Edge> = Vec::new();
    for u in 0..n {
        for v in u + 1..n {
            match_pair(&bags, &heading, u, v, options, &mut edges);
        }
    }
    edges.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.a.cmp(&y.a)).then(x.b.cmp(&y.b)));

    // Union-find over sentences, each component keeping its members per
    // version; a union must keep each version's members adjacent.
    let offset: Vec<usize> = bags
        .iter()
        .scan(0, |acc, d| {
            let o = *acc;
            *acc += d.len();
            Some(o)
        })
        .collect();
    let total: usize = bags.iter().map(Vec::len).sum();
    let mut parent: Vec<usize> = (0..total).collect();
    let mut members: Vec<Vec<Vec<usize>>> = (0..total).map(|_| vec![Vec::new(); n]).collect();
    let mut best: Vec<Vec<f32>> = (0..total).map(|_| vec![0.0; n]).collect();
    for v in 0..n {
        for s in 0..bags[v].len() {
            members[offset[v] + s][v].push(s);
        }
    }
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for e in &edges {
        let ra = find(&mut parent, offset[e.a.0] + e.a.1);
        let rb = find(&mut parent, offset[e.b.0] + e.b.1);
        if ra == rb {
            best[ra][e.a.0] = best[ra][e.a.0].max(e.score);
            best[ra][e.b.0] = best[ra][e.b.0].max(e.score);
            continue;
        }
        let ok = (0..n).all(|v| {
            let mut all: Vec<usize> =
                members[ra][v].iter().chain(&members[rb][v]).copied().collect();
            all.sort_unstable();
            all.len() <= options.max_split && all.windows(2).all(|w| w[1] == w[0] + 1)
        });
        if !ok {
            continue;
        }
        let moved = std::mem::take(&mut members[rb]);
        let moved_best = std::mem::take(&mut best[rb]);
        for v in 0..n {
            members[ra][v].extend(&moved[v]);
            members[ra][v].sort_unstable();
            best[ra][v] = best[ra][v].max(moved_best[v]);
        }
        best[ra][e.a.0] = best[ra][e.a.0].max(e.score);
        best[ra][e.b.0] = best[ra][e.b.0].max(e.score);
        parent[rb] = ra;
    }

    // Row of each sentence (by component root), then reading order.
    let mut row_of: Vec<Vec<usize>> = bags.iter().map(|d| vec![0; d.len()]).collect();
    let mut root_row: HashMap<usize, usize> = HashMap::new();
    let mut rows: Vec<(Vec<Vec<usize>>, Vec<f32>)> = Vec::new();
    for v in 0..n {
        for s in 0..bags[v].len() {
            let root = find(&mut parent, offset[v] + s);
            let r = *root_row.entry(root).or_insert_with(|| {
                rows.push((members[root].clone(), best[root].clone()));
                rows.len() - 1
            });
            row_of[v][s] = r;
        }
    }
    let mut order: Vec<usize> = Vec::with_capacity(rows.len());
    let mut placed = vec![false; rows.len()];
    for v in std::iter::once(pivot).chain((0..n).filter(|&v| v != pivot)) {
        let mut last: Option<usize> = None; // position in order
        for s in 0..bags[v].len() {
            let r = row_of[v][s];
            if placed[r] {
                last = order.iter().position(|&x| x == r).or(last);
                continue;
            }
            let at = last.map_or(0, |p| p + 1);
            order.insert(at, r);
            placed[r] = true;
            last = Some(at);
        }
    }

    // Moved: sentences off their version's longest increasing run of rows.
    let position: HashMap<usize, usize> = order.iter().enumerate().map(|(p, &r)| (r, p)).collect();
    let mut moved: Vec<Vec<bool>> = bags.iter().map(|d| vec![false; d.len()]).collect();
    for v in 0..n {
        let seq: Vec<usize> = (0..bags[v].len()).map(|s| position[&row_of[v][s]]).collect();
        for (s, keep) in longest_non_decreasing(&seq).into_iter().enumerate() {
            moved[v][s] = !keep;
        }
    }
    let single = |r: usize| rows[r].0.iter().filter(|c| !c.is_empty()).count() == 1;
    let rows = order
        .iter()
        .map(|&r| Row {
            cells: (0..n)
                .map(|v| {
                    let sentences = &rows[r].0[v];
                    Cell {
                        moved: sentences.iter().any(|&s| moved[v][s]),
                        similarity: if sentences.is_empty() {
                            0.0
                        } else if single(r) {
                            1.0
                        } else {
                            rows[r].1[v].min(1.0)
                        },
                        sentences: sentences.iter().map(|&s| SentenceId(s)).collect(),
                    }
                })
                .collect(),
        })
        .collect();
    Alignment { rows }
}

/// The version with the most content-bearing sentences (ties: the first).
fn fullest_version(bags: &[Vec<Bag>]) -> usize {
    (0..bags.len())
        .max_by_key(|&v| {
            (bags[v].iter().filter(|b| b.terms.len() >= 3).count(), std::cmp::Reverse(v))
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
