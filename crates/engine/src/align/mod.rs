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
mod pairs;
mod progressive;
mod rows;

use pairs::{match_pair, Pairs, Postings};
use rows::{Cells, Rows};

use crate::lexicon::FnvHashMap as HashMap;
use crate::segment::{Segmentation, SentenceRole, TokenKind};
use crate::text::{SentenceId, VersionId};
use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;
use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap};

/// Sentences of all versions grouped into rows that read in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Alignment {
    /// Rows in reading order.
    pub rows: Vec<Row>,
    /// Sentence → row, per version: the index of `rows`, built with them
    /// ([`Alignment::new`]) and read through [`Alignment::row_of`].
    #[serde(skip)]
    row_of: Vec<Vec<Option<usize>>>,
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

    /// Each version that has a sentence in this row, with its sentences'
    /// indices.
    pub fn filled_cells(&self) -> Vec<(usize, Vec<usize>)> {
        self.cells
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.sentences.is_empty())
            .map(|(v, c)| (v, c.sentences.iter().map(|s| s.0).collect()))
            .collect()
    }
}

impl Alignment {
    /// An alignment of `rows`, with its sentence → row index.
    pub fn new(rows: Vec<Row>) -> Alignment {
        let mut row_of: Vec<Vec<Option<usize>>> = Vec::new();
        for (r, row) in rows.iter().enumerate() {
            if row_of.len() < row.cells.len() {
                row_of.resize_with(row.cells.len(), Vec::new);
            }
            for (v, cell) in row.cells.iter().enumerate() {
                for &s in &cell.sentences {
                    let slots = &mut row_of[v];
                    if slots.len() <= s.0 {
                        slots.resize(s.0 + 1, None);
                    }
                    slots[s.0] = Some(r);
                }
            }
        }
        Alignment { rows, row_of }
    }

    /// The row holding sentence `s` of version `v`.
    ///
    /// ```
    /// use storydiff_engine::{analyze, Options, SentenceId, Version, VersionId};
    /// let versions = [Version::new("a", "One. Two."), Version::new("b", "Two.")];
    /// let a = analyze(&versions, &Options::default()).alignment;
    /// let row = a.row_of(VersionId(1), SentenceId(0));
    /// assert_eq!(row, a.row_of(VersionId(0), SentenceId(1)));
    /// ```
    pub fn row_of(&self, v: VersionId, s: SentenceId) -> Option<usize> {
        self.row_of.get(v.0).and_then(|rows| rows.get(s.0).copied().flatten())
    }

    /// For each version, for each of its sentences, the row holding it.
    pub fn row_of_sentences(
        &self,
        versions: usize,
    ) -> Vec<std::collections::HashMap<SentenceId, usize>> {
        (0..versions)
            .map(|v| {
                let rows = self.row_of.get(v).map_or(&[][..], Vec::as_slice);
                rows.iter().enumerate().filter_map(|(s, r)| Some((SentenceId(s), (*r)?))).collect()
            })
            .collect()
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
    align_with(&Terms::new(segs), segs, pivot, options)
}

/// [`align`] with the sentences' terms already built (`analyze` builds
/// them once for the alignment and the compare stage).
pub(crate) fn align_with(
    sentence_terms: &Terms,
    segs: &[&Segmentation],
    pivot: Option<VersionId>,
    options: &AlignOptions,
) -> Alignment {
    let n = segs.len();
    if n == 0 {
        return Alignment::default();
    }
    let bags = &sentence_terms.bags;
    let kind: Vec<Vec<Kind>> = segs.iter().map(|s| kinds(s)).collect();
    // Without a reference, rows start from the fullest version: the one
    // that lacks the fewest passages leaves the fewest gaps to fill.
    let pivot = pivot.map(|p| p.0).filter(|&p| p < n).unwrap_or_else(|| fullest_version(bags));
    // A copy is one of the same sentences, kind for kind too.
    let copy_of: Vec<usize> = (sentence_terms.copy_of.iter().enumerate())
        .map(|(v, &u)| if kind[u] == kind[v] { u } else { v })
        .collect();
    let (row_of, rows) = if copy_of.iter().enumerate().all(|(v, &c)| c == v) {
        sentence_rows(bags, &kind, pivot, options)
    } else {
        // A copy of a version adds no wording: the rows are found without
        // it and it is given its original's cells (an exact copy must not
        // tip the alignment, which weighs each wording it sees).
        let unique: Vec<usize> = (0..n).filter(|&v| copy_of[v] == v).collect();
        let at = |v: usize| unique.iter().position(|&u| u == copy_of[v]).unwrap_or(0);
        let bags_u: Vec<Vec<Bag>> = unique.iter().map(|&u| bags[u].clone()).collect();
        let kind_u: Vec<Vec<Kind>> = unique.iter().map(|&u| kind[u].clone()).collect();
        let (row_of_u, rows_u) = sentence_rows(&bags_u, &kind_u, at(pivot), options);
        let row_of: Vec<Vec<usize>> = (0..n).map(|v| row_of_u[at(v)].clone()).collect();
        let rows: Vec<Cells> = rows_u
            .into_iter()
            .map(|cells| {
                let mut all: Cells = Vec::new();
                for (v, &original) in copy_of.iter().enumerate() {
                    let own = cells.iter().filter(|c| unique[c.0] == original);
                    all.extend(own.map(|c| (v, c.1, c.2)));
                }
                all.sort_unstable();
                all
            })
            .collect();
        (row_of, rows)
    };
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
                _ => cells.iter().map(|&(u, a, b)| cell_bag(bags, u, a, b)).collect(),
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
    Alignment::new(rows)
}

/// The rows of the sentences of `bags`: for each version, the row of each
/// of its sentences, and each row's cells.
fn sentence_rows(
    bags: &[Vec<Bag>],
    kind: &[Vec<Kind>],
    pivot: usize,
    options: &AlignOptions,
) -> (Vec<Vec<usize>>, Vec<Cells>) {
    let n = bags.len();
    let terms = bags.iter().flatten().flat_map(|b| b.terms.last()).map(|t| t.0 as usize + 1);
    let terms = terms.max().unwrap_or(0);
    let (mut rows, weak) = if n <= options.dense_versions {
        let mut pairs = Pairs::default();
        for v in 1..n {
            let index = Postings::new(&bags[v], terms);
            for u in 0..v {
                match_pair(bags, kind, (u, v), &index, options, &mut pairs);
            }
        }
        let mut rows = Rows::new(bags);
        rows.join_linked(bags, &pairs.matched, options);
        (rows, pairs.weak)
    } else {
        progressive::align_progressive(bags, kind, pivot, terms, options)
    };
    rows.join_leftovers(bags, &weak, options);
    rows.join_covered(bags, kind, options);
    rows.finish()
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

/// Words left out of the bags: they say nothing about what a sentence is
/// about. Each distinct form is asked once per analysis.
fn is_stopword(form: &str) -> bool {
    use crate::lexicon::*;
    const CLASSES: &[WordList] = &[
        FUNCTION_WORDS_ARTICLES,
        FUNCTION_WORDS_DEMONSTRATIVES,
        FUNCTION_WORDS_QUANTIFIERS,
        FUNCTION_WORDS_SUBJECT_PRONOUNS,
        FUNCTION_WORDS_OBJECT_PRONOUNS,
        FUNCTION_WORDS_POSSESSIVES,
        FUNCTION_WORDS_WH_WORDS,
        FUNCTION_WORDS_PREPOSITIONS,
        FUNCTION_WORDS_PARTICLES,
        FUNCTION_WORDS_CONJUNCTIONS,
        FUNCTION_WORDS_AUXILIARIES,
        FUNCTION_WORDS_NEGATION,
        FUNCTION_WORDS_SPEECH,
        FUNCTION_WORDS_CLITICS,
    ];
    any(CLASSES, form)
        || matches!(form, "also" | "any" | "such" | "than" | "then" | "there" | "very" | "whom")
}

/// The sentences of all versions as IDF-weighted bags of stemmed content
/// words and numbers (what alignment pairs sentences by), kept for the
/// compare stage, which scores sentences and the words around a claim the
/// same way.
pub(crate) struct Terms {
    /// Per version, per sentence.
    bags: Vec<Vec<Bag>>,
    /// Token form (its `norm`) → term id; None for a stopword.
    forms: HashMap<String, Option<u32>>,
    /// Per term id.
    idf: Vec<f32>,
    /// Per term id: the stem (or the number) it stands for.
    stems: Vec<String>,
    /// Per term id: how many sentences have it.
    df: Vec<u32>,
    /// Stem → term id.
    by_stem: HashMap<String, u32>,
    /// Per version, the first version whose sentences it repeats term for
    /// term (itself when none does): a pasted copy.
    copy_of: Vec<usize>,
}

impl Terms {
    /// Terms of every sentence of `segs`.
    pub(crate) fn new(segs: &[&Segmentation]) -> Terms {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut ids: HashMap<String, u32> = HashMap::default();
        // Each distinct token form is stemmed once (None: a stopword).
        let mut form_ids: HashMap<String, Option<u32>> = HashMap::default();
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
                    let id = match form_ids.get(form) {
                        Some(&id) => id,
                        None => {
                            let id = if is_stopword(form) {
                                None
                            } else {
                                let key = if t.kind == TokenKind::Number {
                                    Cow::Borrowed(form)
                                } else {
                                    stemmer.stem(form)
                                };
                                let next = ids.len() as u32;
                                Some(*ids.entry(key.into_owned()).or_insert(next))
                            };
                            form_ids.insert(form.to_string(), id);
                            id
                        }
                    };
                    terms.extend(id);
                }
                terms.sort_unstable();
                terms.dedup();
                doc.push(terms);
            }
            raw.push(doc);
        }
        // How rare a term is, over the versions' sentences; a version that
        // repeats an earlier one term for term (a pasted copy) counts once.
        let copy_of: Vec<usize> =
            (0..raw.len()).map(|v| (0..v).find(|&u| raw[u] == raw[v]).unwrap_or(v)).collect();
        for (v, doc) in raw.iter().enumerate() {
            if copy_of[v] != v {
                continue;
            }
            for terms in doc {
                for &id in terms {
                    if id as usize >= df.len() {
                        df.resize(id as usize + 1, 0);
                    }
                    df[id as usize] += 1;
                }
                total += 1;
            }
        }
        let idf: Vec<f32> = df.iter().map(|&d| (1.0 + total as f32 / d as f32).ln()).collect();
        let mut stems = vec![String::new(); ids.len()];
        for (stem, &id) in &ids {
            stems[id as usize] = stem.clone();
        }
        let bags = raw
            .into_iter()
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
            .collect();
        Terms { bags, forms: form_ids, idf, stems, df, by_stem: ids, copy_of }
    }

    /// The term of a token (its stem, or the number), None for a stopword
    /// or punctuation.
    pub(crate) fn term(&self, norm: &str) -> Option<u32> {
        self.forms.get(norm).copied().flatten()
    }

    /// The term of any word, seen as a token or not ("bridge" finds the
    /// term of "bridges").
    pub(crate) fn word_term(&self, word: &str) -> Option<u32> {
        let lower = word.to_lowercase();
        self.term(&lower).or_else(|| {
            let stem = Stemmer::create(Algorithm::English).stem(&lower).into_owned();
            self.by_stem.get(&stem).copied()
        })
    }

    /// The stem a term stands for ("kill" for "killed").
    pub(crate) fn stem(&self, term: u32) -> &str {
        self.stems.get(term as usize).map_or("", String::as_str)
    }

    /// How many sentences of all versions have the term.
    pub(crate) fn sentences_with(&self, term: u32) -> usize {
        self.df.get(term as usize).map_or(0, |&d| d as usize)
    }

    /// How rare a term is across all sentences (higher: rarer).
    pub(crate) fn idf(&self, term: u32) -> f32 {
        self.idf.get(term as usize).copied().unwrap_or(0.0)
    }

    /// Weighted Dice similarity (0 to 1) of sentences `s` of version `v`
    /// and sentences `t` of version `u`, each run taken as one bag.
    pub(crate) fn similarity(&self, v: usize, s: &[usize], u: usize, t: &[usize]) -> f32 {
        let bag = |v: usize, s: &[usize]| -> Option<Cow<'_, Bag>> {
            let doc = self.bags.get(v)?;
            let (&lo, &hi) = (s.iter().min()?, s.iter().max()?);
            (hi < doc.len()).then(|| cell_bag(&self.bags, v, lo, hi))
        };
        match (bag(v, s), bag(u, t)) {
            (Some(a), Some(b)) => dice(&a, &b),
            _ => 0.0,
        }
    }
}

/// The bag of sentences `lo..=hi` of version `v` (the union of their terms).
fn cell_bag(bags: &[Vec<Bag>], v: usize, lo: usize, hi: usize) -> Cow<'_, Bag> {
    if lo == hi {
        return Cow::Borrowed(&bags[v][lo]);
    }
    let mut terms: Vec<(u32, f32)> =
        (lo..=hi).flat_map(|s| bags[v][s].terms.iter().copied()).collect();
    // Each sentence's terms are sorted (and a term weighs the same in
    // each): a stable sort merges the runs.
    terms.sort_by_key(|t| t.0);
    terms.dedup_by_key(|t| t.0);
    let weight = terms.iter().map(|t| t.1).sum();
    let position = (lo..=hi).map(|s| bags[v][s].position).sum::<f32>() / (hi - lo + 1) as f32;
    Cow::Owned(Bag { terms, weight, position })
}

/// Weight of the terms two bags share.
fn overlap(a: &Bag, b: &Bag) -> f32 {
    shared_weight(&a.terms, &b.terms)
}

/// Weight (as `a` gives it) of the terms two lists sorted by term share.
pub(crate) fn shared_weight(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    shared_by_key(a, b, |t| t.0, |t| t.1)
}

/// The sum of `value` (as `a` gives it) over the items two lists sorted by
/// `key` share, each item matched once (a multiset), walking both once.
pub(crate) fn shared_by_key<T, K: Ord, S: std::ops::AddAssign + Default>(
    a: &[T],
    b: &[T],
    key: impl Fn(&T) -> K,
    value: impl Fn(&T) -> S,
) -> S {
    let (mut i, mut j, mut sum) = (0, 0, S::default());
    while i < a.len() && j < b.len() {
        match key(&a[i]).cmp(&key(&b[j])) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                sum += value(&a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// Weighted Dice coefficient of two bags (0 to 1).
fn dice(a: &Bag, b: &Bag) -> f32 {
    2.0 * overlap(a, b) / (a.weight + b.weight).max(1e-6)
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
    use super::rows::union;
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
    fn a_pasted_copy_leaves_every_terms_rarity_as_it_was() {
        let a = segment("Six people were hurt in the blast. Talks resume in Miami on Friday.");
        let b = segment("Talks will resume in Miami. In the blast, 6 people were wounded.");
        let without = Terms::new(&[&a, &b]);
        let with = Terms::new(&[&a, &b, &b]);
        for word in ["blast", "miami", "wounded", "friday"] {
            let (t, u) = (without.word_term(word).unwrap(), with.word_term(word).unwrap());
            assert_eq!(without.idf(t), with.idf(u), "{word}");
        }
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
