//! Stage 2, align: group the sentences of all versions that say the same
//! thing into rows, one cell per version.
//!
//! Method (chosen on the gold pairs in `tests/fixtures/alignment`):
//! 1. Each sentence becomes a set of stemmed content words and numbers
//!    weighted by IDF over all versions, so names and figures count most and
//!    paraphrase (which changes the common words) counts least. Two
//!    sentences (or runs of sentences) score by weighted Dice overlap; they
//!    must share two terms, as one shared word ("a lot", "seven") is no
//!    evidence however rare.
//! 2. Every pair of versions is matched one-to-one: first confident pairs
//!    and mutual best pairs wherever they sit (a moved paragraph still
//!    matches), then weaker pairs only where they keep both versions' order
//!    between those anchors, so a sentence one version lacks is not forced
//!    onto a look-alike elsewhere. A sentence mostly contained in its
//!    neighbour's partner is proposed too (a split, or a merge).
//! 3. These pairs propose unions of rows, which are made best first by
//!    *average linkage*: the mean similarity of the two rows' cells over all
//!    pairs of versions. One strong pair cannot chain two passages that the
//!    other versions keep apart, and a row's cells stay adjacent sentences
//!    of their version.
//! 4. A sentence still alone joins the best-linked row, lacking its version,
//!    between the rows of its neighbours; then a row joins its neighbour
//!    when a version that is in one of them only said both in that sentence
//!    (most versions split, it merged; no cell grows past two sentences, so
//!    this cannot cascade over an omitted passage).
//! 5. Rows are ordered by the fullest version (or the reference), others'
//!    rows slotted in after their predecessor; sentences off their version's
//!    longest increasing run of rows are marked moved.
//!
//! Pairwise matching and unions only look at candidate pairs that share
//! terms, so the cost grows with the number of sentence pairs that share
//! words, not with the square of the text.
//!
//! The known cost of rows: when one version says in one sentence what the
//! others say in two, the two rows join, and the other versions' sentences
//! then sit in the row with both of their counterparts' halves.
mod progressive;

use crate::segment::{Segmentation, SentenceRole, TokenKind};
use crate::text::{SentenceId, VersionId};
use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;
use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet};

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
    /// The version's sentences here, adjacent and in text order (two or more
    /// when the version split what others say in one).
    pub sentences: Vec<SentenceId>,
    /// How closely these sentences match the rest of the row: the best
    /// weighted word overlap (Dice, 0 to 1) with another version's cell; 1
    /// when the version is alone in the row.
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

/// Tuning of the aligner. Scores are weighted Dice overlaps (0 to 1) plus
/// a small bonus for sitting at the same relative position.
#[derive(Debug, Clone, Copy)]
pub struct AlignOptions {
    /// Minimum score for a pair of sentences to match anywhere.
    pub confident_threshold: f32,
    /// Minimum score for a pair of sentences that are each other's best
    /// match to match anywhere.
    pub mutual_threshold: f32,
    /// Minimum score for a pair that keeps both versions' order.
    pub match_threshold: f32,
    /// Minimum share of the smaller sentence's weight found in the larger
    /// for a split or a merge.
    pub containment_threshold: f32,
    /// Weight of position similarity added to the lexical score.
    pub position_weight: f32,
    /// Most sentences one version may have in one row.
    pub max_split: usize,
    /// Minimum mean similarity of two rows' cells (over pairs of different
    /// versions) for the rows to join.
    pub link_threshold: f32,
    /// Minimum mean similarity of a version's sentence to the cells of a
    /// neighbouring row that lacks the version, for the two rows to join.
    /// Lower than `match_threshold`: a sentence that says two rows' things
    /// shares only part of its words with each.
    pub cover_threshold: f32,
    /// Most versions aligned by matching every pair of them; more are
    /// aligned progressively, each version to the rows so far (see
    /// `progressive`), so the cost stays linear in the number of versions.
    pub dense_versions: usize,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            confident_threshold: 0.4,
            mutual_threshold: 0.3,
            match_threshold: 0.2,
            containment_threshold: 0.5,
            position_weight: 0.08,
            max_split: 3,
            link_threshold: 0.15,
            cover_threshold: 0.18,
            dense_versions: 16,
        }
    }
}

/// Aligns the sentences of all versions. `pivot` is the version whose order
/// the rows start from (the reference, when there is one).
///
/// ```
/// use storydiff_engine::align::{align, AlignOptions};
/// use storydiff_engine::segment::segment;
///
/// let a = segment("Six people were hurt in Kryvyi Rih. Talks resume in Miami.");
/// let b = segment("Talks will resume in Miami. In Kryvyi Rih, 6 people were wounded.");
/// let rows = align(&[&a, &b], None, &AlignOptions::default()).rows;
/// let cells = |r: usize| -> Vec<(Vec<usize>, bool)> {
///     rows[r].cells.iter().map(|c| (c.sentences.iter().map(|s| s.0).collect(), c.moved)).collect()
/// };
/// // Rows follow a; b said the Miami sentence first, so it is marked moved.
/// assert_eq!(cells(0), vec![(vec![0], false), (vec![1], false)]);
/// assert_eq!(cells(1), vec![(vec![1], false), (vec![0], true)]);
/// ```
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
    let kind: Vec<Vec<Kind>> = segs.iter().map(|s| kinds(s)).collect();
    // Without a reference, rows start from the fullest version: the one
    // that lacks the fewest passages leaves the fewest gaps to fill.
    let pivot = pivot.map(|p| p.0).filter(|&p| p < n).unwrap_or_else(|| fullest_version(&bags));

    let terms = bags.iter().flatten().flat_map(|b| b.terms.last()).map(|t| t.0 as usize + 1);
    let terms = terms.max().unwrap_or(0);
    let (mut rows, weak) = if n <= options.dense_versions {
        let mut pairs = Pairs::default();
        for v in 1..n {
            let index = Postings::new(&bags[v], terms);
            for u in 0..v {
                match_pair(&bags, &kind, (u, v), &index, options, &mut pairs);
            }
        }
        let mut rows = Rows::new(&bags);
        rows.join_linked(&bags, &pairs.matched, options);
        (rows, pairs.weak)
    } else {
        progressive::align_progressive(&bags, &kind, pivot, terms, options)
    };
    rows.join_leftovers(&bags, &weak, options);
    rows.join_covered(&bags, &kind, options);
    let (row_of, rows) = rows.finish();

    let order = reading_order(&row_of, rows.len(), pivot);
    let position: Vec<usize> = {
        let mut p = vec![0; rows.len()];
        for (i, &r) in order.iter().enumerate() {
            p[r] = i;
        }
        p
    };
    // Moved: sentences off their version's longest increasing run of rows.
    let moved: Vec<Vec<bool>> = row_of
        .iter()
        .map(|doc| {
            let seq: Vec<usize> = doc.iter().map(|&r| position[r]).collect();
            longest_non_decreasing(&seq).into_iter().map(|keep| !keep).collect()
        })
        .collect();
    let rows = order
        .iter()
        .map(|&r| {
            let cells = &rows[r];
            // Each cell's bag once, not once per pair of cells.
            let bag_of: Vec<Cow<'_, Bag>> = match cells.len() {
                1 => Vec::new(),
                _ => cells.iter().map(|&(u, a, b)| cell_bag(&bags, u, a, b)).collect(),
            };
            Row {
                cells: (0..n)
                    .map(|v| match cells.iter().find(|c| c.0 == v) {
                        None => Cell::default(),
                        Some(&(_, lo, hi)) => Cell {
                            moved: (lo..=hi).any(|s| moved[v][s]),
                            similarity: if cells.len() == 1 {
                                1.0
                            } else {
                                let me = cells.iter().position(|c| c.0 == v).unwrap_or(0);
                                (0..cells.len())
                                    .filter(|&j| cells[j].0 != v)
                                    .map(|j| dice(&bag_of[me], &bag_of[j]))
                                    .fold(0.0f32, f32::max)
                                    .min(1.0)
                            },
                            sentences: (lo..=hi).map(SentenceId).collect(),
                        },
                    })
                    .collect(),
            }
        })
        .collect();
    Alignment { rows }
}

/// What a sentence is, for pairing: only sentences of one kind pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Heading,
    Caption,
}

/// The kind of each sentence. A sentence followed in its paragraph by a
/// photo credit ("(Name, Agency via AP)") belongs to the caption: a caption
/// names the story's people and places, so it looks like a body sentence.
fn kinds(seg: &Segmentation) -> Vec<Kind> {
    let sentences = &seg.sentences;
    (0..sentences.len())
        .map(|i| {
            let s = &sentences[i];
            let credit_follows = sentences.get(i + 1).is_some_and(|next| {
                next.paragraph == s.paragraph && next.role == SentenceRole::Caption
            });
            match s.role {
                SentenceRole::Headline => Kind::Heading,
                SentenceRole::Caption => Kind::Caption,
                _ if credit_follows => Kind::Caption,
                _ => Kind::Text,
            }
        })
        .collect()
}

/// A sentence (or a run of sentences) as a weighted set of terms, sorted by
/// term id.
#[derive(Debug, Clone, Default)]
struct Bag {
    terms: Vec<(u32, f32)>,
    weight: f32,
    /// Relative position in its version (0..1).
    position: f32,
}

/// Sorted (searched by bisection).
const STOPWORDS: &[&str] = &[
    "'s", "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had",
    "has", "have", "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "may", "might", "more", "most", "no", "not", "of", "on", "or", "other", "our", "out", "over",
    "s", "said", "say", "says", "she", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "to", "up", "very", "was", "we",
    "were", "what", "when", "where", "which", "while", "who", "whom", "will", "with", "would",
    "you",
];

/// Builds term bags for every sentence of every version, with IDF weights
/// computed over all sentences.
fn bags(segs: &[&Segmentation]) -> Vec<Vec<Bag>> {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut ids: HashMap<String, u32> = HashMap::new();
    // Each distinct token form is stemmed once (None: a stopword).
    let mut form_ids: HashMap<&str, Option<u32>> = HashMap::new();
    let mut df: Vec<u32> = Vec::new();
    let mut raw: Vec<Vec<Vec<u32>>> = Vec::with_capacity(segs.len());
    let mut total = 0u32;
    for seg in segs {
        let mut doc = Vec::with_capacity(seg.sentences.len());
        for s in &seg.sentences {
            let mut terms: Vec<u32> = Vec::new();
            for t in seg.tokens.get(s.tokens.clone()).unwrap_or(&[]) {
                if !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                    continue;
                }
                let form = t.norm.as_str();
                let id = *form_ids.entry(form).or_insert_with(|| {
                    if STOPWORDS.binary_search(&form).is_ok() {
                        return None;
                    }
                    let key = if t.kind == TokenKind::Number {
                        Cow::Borrowed(form)
                    } else {
                        stemmer.stem(form)
                    };
                    let next = ids.len() as u32;
                    Some(*ids.entry(key.into_owned()).or_insert(next))
                });
                terms.extend(id);
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

/// The bag of sentences `lo..=hi` of version `v` (the union of their terms).
fn cell_bag(bags: &[Vec<Bag>], v: usize, lo: usize, hi: usize) -> Cow<'_, Bag> {
    if lo == hi {
        return Cow::Borrowed(&bags[v][lo]);
    }
    let mut terms: Vec<(u32, f32)> =
        (lo..=hi).flat_map(|s| bags[v][s].terms.iter().copied()).collect();
    terms.sort_unstable_by_key(|t| t.0);
    terms.dedup_by_key(|t| t.0);
    let weight = terms.iter().map(|t| t.1).sum();
    let position = (lo..=hi).map(|s| bags[v][s].position).sum::<f32>() / (hi - lo + 1) as f32;
    Cow::Owned(Bag { terms, weight, position })
}

/// Weight of the terms two bags share.
fn overlap(a: &Bag, b: &Bag) -> f32 {
    let (mut i, mut j, mut ov) = (0, 0, 0.0);
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].0.cmp(&b.terms[j].0) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                ov += a.terms[i].1;
                i += 1;
                j += 1;
            }
        }
    }
    ov
}

/// Weighted Dice coefficient of two bags (0 to 1).
fn dice(a: &Bag, b: &Bag) -> f32 {
    2.0 * overlap(a, b) / (a.weight + b.weight).max(1e-6)
}

/// A scored pair of sentences of two versions: (version, sentence) each.
#[derive(Debug, Clone, Copy)]
struct Edge {
    score: f32,
    a: (usize, usize),
    b: (usize, usize),
}

/// What pairwise matching found over all pairs of versions.
#[derive(Debug, Default)]
struct Pairs {
    /// One-to-one matches and split/merge pairs.
    matched: Vec<Edge>,
    /// Every pair scoring at least `match_threshold`.
    weak: Vec<Edge>,
}

/// A candidate pair between two versions.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    score: f32,
    contain: f32,
    s: usize,
    t: usize,
}

/// Most sentences of one version a term may be in and still find partners.
const MAX_POSTINGS: usize = 256;

/// For each term, the sentences of one version that contain it, as one flat
/// list (`list[start[term]..start[term + 1]]`).
struct Postings {
    start: Vec<u32>,
    list: Vec<u32>,
}

impl Postings {
    fn new(doc: &[Bag], terms: usize) -> Postings {
        let mut start = vec![0u32; terms + 1];
        for bag in doc {
            for &(term, _) in &bag.terms {
                start[term as usize + 1] += 1;
            }
        }
        for i in 0..terms {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut list = vec![0u32; start[terms] as usize];
        for (t, bag) in doc.iter().enumerate() {
            for &(term, _) in &bag.terms {
                list[fill[term as usize] as usize] = t as u32;
                fill[term as usize] += 1;
            }
        }
        Postings { start, list }
    }

    fn of(&self, term: u32) -> &[u32] {
        let i = term as usize;
        match (self.start.get(i), self.start.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.list[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// Pairs of sentences of versions `u` and `v` that share two terms (or all
/// of a shorter one's) and score at least `match_threshold` (or are
/// contained), best first. `postings` indexes version `v`.
fn candidates(
    bags: &[Vec<Bag>],
    kind: &[Vec<Kind>],
    (u, v): (usize, usize),
    postings: &Postings,
    options: &AlignOptions,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut acc: Vec<(f32, u32)> = vec![(0.0, 0); bags[v].len()];
    let mut touched: Vec<usize> = Vec::new();
    for (s, bag) in bags[u].iter().enumerate() {
        for &(term, w) in &bag.terms {
            let list = postings.of(term);
            // A word in hundreds of sentences of one version carries almost
            // no weight, and following it would make a text that repeats
            // itself quadratic.
            if list.len() > MAX_POSTINGS {
                continue;
            }
            for &t in list {
                let t = t as usize;
                if acc[t].1 == 0 {
                    touched.push(t);
                }
                acc[t].0 += w;
                acc[t].1 += 1;
            }
        }
        for t in touched.drain(..) {
            let (ov, shared) = std::mem::take(&mut acc[t]);
            let other = &bags[v][t];
            // One shared word is no evidence, however rare ("a lot", "seven"),
            // unless a sentence has no more.
            let needed = 2.min(bag.terms.len()).min(other.terms.len()) as u32;
            if kind[u][s] != kind[v][t] || shared < needed {
                continue;
            }
            let dice = 2.0 * ov / (bag.weight + other.weight).max(1e-6);
            let contain = ov / bag.weight.min(other.weight).max(1e-6);
            let pos = 1.0 - (bag.position - other.position).abs();
            let score = dice + options.position_weight * pos * dice.min(1.0).sqrt();
            if score >= options.match_threshold || contain >= options.containment_threshold {
                out.push(Candidate { score, contain, s, t });
            }
        }
    }
    out.sort_unstable_by(|a, b| {
        b.score.total_cmp(&a.score).then(a.s.cmp(&b.s)).then(a.t.cmp(&b.t))
    });
    out
}

/// One-to-one matching of versions `u` and `v`, plus split/merge pairs.
fn match_pair(
    bags: &[Vec<Bag>],
    kind: &[Vec<Kind>],
    (u, v): (usize, usize),
    postings: &Postings,
    options: &AlignOptions,
    pairs: &mut Pairs,
) {
    let cands = candidates(bags, kind, (u, v), postings, options);
    let edge = |c: &Candidate| Edge { score: c.score, a: (u, c.s), b: (v, c.t) };
    pairs.weak.extend(cands.iter().filter(|c| c.score >= options.match_threshold).map(edge));
    let (nu, nv) = (bags[u].len(), bags[v].len());
    let mut mu: Vec<Option<usize>> = vec![None; nu];
    let mut mv: Vec<Option<usize>> = vec![None; nv];
    let mut best_u: Vec<Option<usize>> = vec![None; nu];
    let mut best_v: Vec<Option<usize>> = vec![None; nv];
    for c in &cands {
        best_u[c.s].get_or_insert(c.t);
        best_v[c.t].get_or_insert(c.s);
    }
    // Anchors: confident pairs and mutual best pairs, wherever they sit.
    for c in &cands {
        let mutual = c.score >= options.mutual_threshold
            && best_u[c.s] == Some(c.t)
            && best_v[c.t] == Some(c.s);
        if (c.score >= options.confident_threshold || mutual)
            && mu[c.s].is_none()
            && mv[c.t].is_none()
        {
            mu[c.s] = Some(c.t);
            mv[c.t] = Some(c.s);
            pairs.matched.push(edge(c));
        }
    }
    // Weaker pairs must keep order with the anchors that keep order among
    // themselves (the others are moved text and say nothing about order).
    let anchors: Vec<(usize, usize)> =
        mu.iter().enumerate().filter_map(|(s, t)| t.map(|t| (s, t))).collect();
    let keep = longest_non_decreasing(&anchors.iter().map(|a| a.1).collect::<Vec<_>>());
    let mut backbone: BTreeMap<usize, usize> =
        anchors.iter().zip(keep).filter(|(_, k)| *k).map(|(a, _)| *a).collect();
    for c in cands.iter().filter(|c| c.score >= options.match_threshold) {
        if mu[c.s].is_some() || mv[c.t].is_some() {
            continue;
        }
        let before = backbone.range(..c.s).next_back().map(|b| *b.1);
        let after = backbone.range(c.s + 1..).next().map(|a| *a.1);
        if before.is_some_and(|b| b >= c.t) || after.is_some_and(|a| a <= c.t) {
            continue;
        }
        mu[c.s] = Some(c.t);
        mv[c.t] = Some(c.s);
        backbone.insert(c.s, c.t);
        pairs.matched.push(edge(c));
    }
    // Splits and merges: a leftover sentence largely contained in a sentence
    // whose partner is its neighbour.
    for c in cands.iter().filter(|c| c.contain >= options.containment_threshold) {
        let (s, t) = (c.s, c.t);
        let s_free_next_to = mu[s].is_none() && mv[t].is_some_and(|p| p + 1 == s || s + 1 == p);
        let t_free_next_to = mv[t].is_none() && mu[s].is_some_and(|p| p + 1 == t || t + 1 == p);
        if s_free_next_to || t_free_next_to {
            pairs.matched.push(Edge { score: c.score.min(options.confident_threshold), ..edge(c) });
        }
    }
}

/// A row under construction: (version, first sentence, last sentence) per
/// present version, sorted by version.
type Cells = Vec<(usize, usize, usize)>;

/// Mean similarity of the cells of two rows over pairs of different
/// versions ("average linkage"). None when no such pair exists.
fn linkage(bags: &[Vec<Bag>], a: &Cells, b: &Cells) -> Option<f32> {
    let (mut sum, mut count) = (0.0, 0);
    for &(u, alo, ahi) in a {
        let x = cell_bag(bags, u, alo, ahi);
        for &(v, blo, bhi) in b.iter().filter(|c| c.0 != u) {
            sum += dice(&x, &cell_bag(bags, v, blo, bhi));
            count += 1;
        }
    }
    (count > 0).then(|| sum / count as f32)
}

/// Mean similarity of the cells of versions present in only one of two
/// rows to the other row's cells. None when every version is in both or
/// in neither.
fn cover_link(bags: &[Vec<Bag>], a: &Cells, b: &Cells) -> Option<f32> {
    let (mut sum, mut count) = (0.0, 0);
    for (own, other) in [(a, b), (b, a)] {
        for &(w, lo, hi) in own.iter().filter(|x| other.iter().all(|y| y.0 != x.0)) {
            let x = cell_bag(bags, w, lo, hi);
            for &(v, olo, ohi) in other {
                sum += dice(&x, &cell_bag(bags, v, olo, ohi));
                count += 1;
            }
        }
    }
    (count > 0).then(|| sum / count as f32)
}

/// How many versions have a cell in both rows (cells sorted by version).
fn shared_versions(a: &Cells, b: &Cells) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.0.cmp(&y.0) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// The union of two rows, if each version's sentences in it are adjacent
/// and at most `max_split`.
fn union(a: &Cells, b: &Cells, max_split: usize) -> Option<Cells> {
    let mut out: Cells = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    loop {
        let next = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                i += 1;
                j += 1;
                let (lo, hi) = (x.1.min(y.1), x.2.max(y.2));
                let len = hi - lo + 1;
                if len != (x.2 - x.1 + 1) + (y.2 - y.1 + 1) || len > max_split {
                    return None;
                }
                (x.0, lo, hi)
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                i += 1;
                *x
            }
            (Some(x), None) => {
                i += 1;
                *x
            }
            (_, Some(y)) => {
                j += 1;
                *y
            }
            (None, None) => return Some(out),
        };
        out.push(next);
    }
}

/// A proposed union of the rows holding sentences `x` and `y` (global
/// indices), scored `link` when the rows had the given stamps.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Proposal {
    link: f32,
    x: usize,
    y: usize,
    stamps: (u32, u32),
}

/// Stamps of a proposal not scored yet.
const UNSCORED: (u32, u32) = (u32::MAX, u32::MAX);

impl Eq for Proposal {}
impl PartialOrd for Proposal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Proposal {
    // Best link first; ties by sentence, for determinism.
    fn cmp(&self, other: &Self) -> Ordering {
        self.link.total_cmp(&other.link).then(other.x.cmp(&self.x)).then(other.y.cmp(&self.y))
    }
}

/// Rows under construction: a union-find over all sentences (numbered
/// version after version), each root holding its row's cells and a stamp
/// that changes whenever the row does.
struct Rows {
    offset: Vec<usize>,
    parent: Vec<usize>,
    stamp: Vec<u32>,
    cells: Vec<Cells>,
}

impl Rows {
    /// Every sentence in a row of its own.
    fn new(bags: &[Vec<Bag>]) -> Rows {
        let offset: Vec<usize> = bags
            .iter()
            .scan(0, |acc, d| {
                let o = *acc;
                *acc += d.len();
                Some(o)
            })
            .collect();
        let cells: Vec<Cells> = bags
            .iter()
            .enumerate()
            .flat_map(|(v, d)| (0..d.len()).map(move |s| vec![(v, s, s)]))
            .collect();
        let total = cells.len();
        Rows { offset, parent: (0..total).collect(), stamp: vec![0; total], cells }
    }

    fn id(&self, (v, s): (usize, usize)) -> usize {
        self.offset[v] + s
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins row `b` into row `a` if their union keeps cells adjacent.
    fn join(&mut self, a: usize, b: usize, max_split: usize) -> bool {
        let Some(joined) = union(&self.cells[a], &self.cells[b], max_split) else {
            return false;
        };
        self.cells[a] = joined;
        self.cells[b] = Vec::new();
        self.parent[b] = a;
        self.stamp[a] += 1;
        true
    }

    /// Pops proposals best first, rescoring those whose rows changed since
    /// they were scored with `score` (None or below `threshold`: dropped).
    fn join_by(
        &mut self,
        mut heap: BinaryHeap<Proposal>,
        threshold: f32,
        max_split: usize,
        score: impl Fn(&Cells, &Cells) -> Option<f32>,
    ) {
        while let Some(p) = heap.pop() {
            let (rx, ry) = (self.find(p.x), self.find(p.y));
            if rx == ry {
                continue;
            }
            let stamps = (self.stamp[rx], self.stamp[ry]);
            if p.stamps == stamps {
                self.join(rx, ry, max_split);
            } else if let Some(link) = score(&self.cells[rx], &self.cells[ry]) {
                if link >= threshold {
                    heap.push(Proposal { link, stamps, ..p });
                }
            }
        }
    }

    /// Joins rows along the pairwise matches, best average linkage first.
    fn join_linked(&mut self, bags: &[Vec<Bag>], matched: &[Edge], options: &AlignOptions) {
        let heap = matched
            .iter()
            .map(|e| Proposal { link: e.score, x: self.id(e.a), y: self.id(e.b), stamps: UNSCORED })
            .collect();
        self.join_by(heap, options.link_threshold, options.max_split, |a, b| linkage(bags, a, b));
    }

    /// A sentence still alone joins the best-linked row that lacks its
    /// version and lies, in every version it holds, between the rows of the
    /// sentence's neighbours.
    fn join_leftovers(&mut self, bags: &[Vec<Bag>], weak: &[Edge], options: &AlignOptions) {
        let total = self.parent.len();
        let mut partners: Vec<Vec<usize>> = vec![Vec::new(); total];
        for e in weak {
            let (x, y) = (self.id(e.a), self.id(e.b));
            partners[x].push(y);
            partners[y].push(x);
        }
        for (v, doc) in bags.iter().enumerate() {
            for s in 0..doc.len() {
                let x = self.id((v, s));
                let rx = self.find(x);
                if self.cells[rx].len() != 1 {
                    continue;
                }
                let prev = (s > 0).then(|| self.find(x - 1));
                let next = (s + 1 < doc.len()).then(|| self.find(x + 1));
                let mut best: Option<(f32, usize)> = None;
                for i in 0..partners[x].len() {
                    let ry = self.find(partners[x][i]);
                    let target = &self.cells[ry];
                    if ry == rx || target.iter().any(|c| c.0 == v) {
                        continue;
                    }
                    let cell_in = |r: Option<usize>, u: usize| {
                        r.and_then(|r| self.cells[r].iter().find(|c| c.0 == u))
                    };
                    let between = target.iter().all(|&(u, lo, hi)| {
                        cell_in(prev, u).is_none_or(|c| c.2 < lo)
                            && cell_in(next, u).is_none_or(|c| c.1 > hi)
                    });
                    if !between {
                        continue;
                    }
                    if let Some(link) = linkage(bags, &self.cells[rx], target) {
                        if link >= options.link_threshold && best.is_none_or(|b| link > b.0) {
                            best = Some((link, ry));
                        }
                    }
                }
                if let Some((_, ry)) = best {
                    self.join(ry, rx, options.max_split);
                }
            }
        }
    }

    /// Joins neighbouring rows (neighbours in some version) when the
    /// versions present in only one of them said in one sentence what the
    /// others say in two: their cell matches the other row's cells too.
    /// Only a minority of versions may do so, so two rows that most versions
    /// keep apart and that some version dropped one of stay apart.
    fn join_covered(&mut self, bags: &[Vec<Bag>], kind: &[Vec<Kind>], options: &AlignOptions) {
        let mut heap = BinaryHeap::new();
        // Past `dense_versions`, one proposal per pair of rows (many
        // versions' neighbours propose the same two rows), the one popped
        // first; the dense aligner keeps every version's, as it was tuned.
        let dense = bags.len() <= options.dense_versions;
        let mut proposed: HashSet<(usize, usize)> = HashSet::new();
        for (v, doc) in bags.iter().enumerate() {
            for s in 1..doc.len() {
                let (x, y) = (self.id((v, s - 1)), self.id((v, s)));
                if dense || proposed.insert((self.find(x), self.find(y))) {
                    heap.push(Proposal { link: 1.0, x, y, stamps: UNSCORED });
                }
            }
        }
        let kind_of = |c: &Cells| c.first().map(|&(v, s, _)| kind[v][s]);
        self.join_by(heap, options.cover_threshold, 2.min(options.max_split), |a, b| {
            let shared = shared_versions(a, b);
            let only = a.len() + b.len() - 2 * shared;
            if only == 0 || only >= shared || kind_of(a) != kind_of(b) {
                return None;
            }
            cover_link(bags, a, b)
        });
    }

    /// Each sentence's row number, and each row's cells.
    fn finish(mut self) -> (Vec<Vec<usize>>, Vec<Cells>) {
        let mut row_of: Vec<Vec<usize>> = Vec::with_capacity(self.offset.len());
        let mut number: HashMap<usize, usize> = HashMap::new();
        let mut rows: Vec<Cells> = Vec::new();
        for v in 0..self.offset.len() {
            let end = self.offset.get(v + 1).copied().unwrap_or(self.parent.len());
            let mut doc = Vec::with_capacity(end - self.offset[v]);
            for x in self.offset[v]..end {
                let root = self.find(x);
                let r = *number.entry(root).or_insert_with(|| {
                    rows.push(std::mem::take(&mut self.cells[root]));
                    rows.len() - 1
                });
                doc.push(r);
            }
            row_of.push(doc);
        }
        (row_of, rows)
    }
}

/// Reading order of the rows: the pivot's rows in its order, then each
/// other version's remaining rows slotted in after the row of its previous
/// sentence.
fn reading_order(row_of: &[Vec<usize>], rows: usize, pivot: usize) -> Vec<usize> {
    // A linked list over rows keeps each insertion O(1).
    const NONE: usize = usize::MAX;
    let mut next = vec![NONE; rows];
    let mut head = NONE;
    let mut placed = vec![false; rows];
    let n = row_of.len();
    for v in std::iter::once(pivot).chain((0..n).filter(|&v| v != pivot)) {
        let mut last = NONE;
        for &r in &row_of[v] {
            if placed[r] {
                last = r;
                continue;
            }
            if last == NONE {
                next[r] = head;
                head = r;
            } else {
                next[r] = next[last];
                next[last] = r;
            }
            placed[r] = true;
            last = r;
        }
    }
    let mut order = Vec::with_capacity(rows);
    let mut cur = head;
    while cur != NONE {
        order.push(cur);
        cur = next[cur];
    }
    order
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
    fn stopwords_are_sorted_for_bisection() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn lis_marks_out_of_order_members() {
        assert_eq!(longest_non_decreasing(&[0, 1, 5, 2, 3]), vec![true, true, false, true, true]);
    }

    #[test]
    fn union_keeps_cells_adjacent() {
        assert_eq!(
            union(&vec![(0, 1, 1)], &vec![(0, 2, 2), (1, 0, 0)], 3),
            Some(vec![(0, 1, 2), (1, 0, 0)])
        );
        assert_eq!(union(&vec![(0, 1, 1)], &vec![(0, 3, 3)], 3), None);
        assert_eq!(union(&vec![(0, 1, 2)], &vec![(0, 3, 4)], 3), None);
    }

    #[test]
    fn reading_order_slots_rows_after_their_predecessor() {
        // Version 0 has rows 0, 1; version 1 has rows 0, 2, 1.
        assert_eq!(reading_order(&[vec![0, 1], vec![0, 2, 1]], 3, 0), vec![0, 2, 1]);
        assert_eq!(reading_order(&[vec![0, 1], vec![2, 0]], 3, 0), vec![2, 0, 1]);
    }
}
