//! Alignment of many versions: each version is matched once, to the rows
//! built so far, instead of to every other version.
//!
//! Matching every pair of versions and joining rows by average linkage
//! (the parent module) costs the square of the number of versions twice
//! over: pairs of versions, then rows of up to one cell per version
//! compared cell by cell. Past [`super::AlignOptions::dense_versions`]
//! versions, rows are grown like a progressive multiple alignment instead:
//!
//! 1. The pivot's sentences are the first rows.
//! 2. Each other version, in input order, is matched to the rows as if the
//!    rows were one more version (`match_pair`: confident and mutual-best
//!    pairs anywhere, weaker ones in order, splits and merges). A row
//!    stands for what its cells say: its *profile* holds each term with its
//!    IDF weight times the share of the row's cells that use it, so a
//!    word one rewrite added counts for little and the row's score with a
//!    sentence is about the mean of that sentence's scores with its cells.
//! 3. A sentence matched to a row joins it (or extends its version's cell
//!    there, a split); a sentence matched to a second row joins the two
//!    rows when every version's cells stay adjacent (a merge); a sentence
//!    left over starts a row after the row of its previous sentence.
//!
//! The cost is one version-to-rows match per version: linear in the number
//! of versions for a story whose rows stay about as many as one version's
//! sentences. The leftover and merged-sentence passes of the parent module
//! then run on these rows as on the dense ones.

use super::pairs::{match_pair, Edge, Pairs, Postings};
use super::rows::{union, Cells, Rows};
use super::{AlignOptions, Bag, Kind};

/// A row under construction, in reading order.
struct Row {
    /// (version, first sentence, last sentence), sorted by version.
    cells: Cells,
    /// Kind of the row's sentences (a row never mixes kinds).
    kind: Kind,
    /// Each term of the cells with the number of cells using it, by term.
    counts: Vec<(u32, u32)>,
    /// Sum of the cells' positions.
    position: f32,
}

impl Row {
    fn new(bags: &[Vec<Bag>], cell: (usize, usize, usize), kind: Kind) -> Row {
        let mut row = Row { cells: Vec::new(), kind, counts: Vec::new(), position: 0.0 };
        row.add(bags, cell);
        row
    }

    /// Adds a cell of a version the row lacks.
    fn add(&mut self, bags: &[Vec<Bag>], cell: (usize, usize, usize)) {
        let at = self.cells.partition_point(|c| c.0 < cell.0);
        self.cells.insert(at, cell);
        self.count(bags, cell);
    }

    fn count(&mut self, bags: &[Vec<Bag>], (v, lo, hi): (usize, usize, usize)) {
        let mut terms: Vec<u32> =
            (lo..=hi).flat_map(|s| bags[v][s].terms.iter().map(|t| t.0)).collect();
        // Each sentence's terms are sorted: a stable sort merges the runs.
        terms.sort();
        terms.dedup();
        let mut merged = Vec::with_capacity(self.counts.len() + terms.len());
        let mut old = self.counts.iter().copied().peekable();
        for t in terms {
            while let Some(&(u, c)) = old.peek().filter(|(u, _)| *u < t) {
                merged.push((u, c));
                old.next();
            }
            match old.peek() {
                Some(&(u, c)) if u == t => {
                    merged.push((t, c + 1));
                    old.next();
                }
                _ => merged.push((t, 1)),
            }
        }
        merged.extend(old);
        self.counts = merged;
        self.position += (lo..=hi).map(|s| bags[v][s].position).sum::<f32>() / (hi - lo + 1) as f32;
    }

    /// Counts again from the cells (after a cell grew or rows merged).
    fn recount(&mut self, bags: &[Vec<Bag>]) {
        self.counts.clear();
        self.position = 0.0;
        for cell in self.cells.clone() {
            self.count(bags, cell);
        }
    }

    /// The row's profile: each term weighted by its IDF times the share of
    /// cells using it, at the cells' mean position.
    fn profile(&self, idf: &[f32]) -> Bag {
        let cells = self.cells.len().max(1) as f32;
        let terms: Vec<(u32, f32)> =
            self.counts.iter().map(|&(t, c)| (t, idf[t as usize] * c as f32 / cells)).collect();
        let weight = terms.iter().map(|t| t.1).sum();
        Bag { terms, weight, position: self.position / cells }
    }
}

/// Rows grown one version at a time. Returns them as `Rows` (ready for the
/// leftover and merge passes) with the weak pairs those passes use.
pub(super) fn align_progressive(
    bags: &[Vec<Bag>],
    kind: &[Vec<Kind>],
    pivot: usize,
    terms: usize,
    options: &AlignOptions,
) -> (Rows, Vec<Edge>) {
    let n = bags.len();
    // Each term's IDF, as the bags carry it.
    let mut idf = vec![0.0f32; terms];
    for &(t, w) in bags.iter().flatten().flat_map(|b| &b.terms) {
        idf[t as usize] = w;
    }
    let mut rows: Vec<Row> =
        (0..bags[pivot].len()).map(|s| Row::new(bags, (pivot, s, s), kind[pivot][s])).collect();
    let mut weak: Vec<Edge> = Vec::new();
    for v in (0..n).filter(|&v| v != pivot) {
        let profiles: Vec<Bag> = rows.iter().map(|r| r.profile(&idf)).collect();
        let row_kinds: Vec<Kind> = rows.iter().map(|r| r.kind).collect();
        // Version 0 of this two-version match is the rows, version 1 is v.
        let pair_bags = [profiles, bags[v].clone()];
        let pair_kinds = [row_kinds, kind[v].clone()];
        let postings = Postings::new(&pair_bags[1], terms);
        let mut pairs = Pairs::default();
        match_pair(&pair_bags, &pair_kinds, (0, 1), &postings, options, &mut pairs);
        let representative = |r: usize, rows: &[Row]| {
            let (u, lo, _) = rows[r].cells[0];
            (u, lo)
        };
        weak.extend(pairs.weak.iter().map(|e| Edge {
            score: e.score,
            a: representative(e.a.1, &rows),
            b: (v, e.b.1),
        }));
        place(bags, &mut rows, v, &kind[v], &pairs.matched, options.max_split);
    }
    (to_rows(bags, rows), weak)
}

/// Puts version `v`'s sentences into the rows along `matched` (row,
/// sentence) pairs; the others start rows of their own.
fn place(
    bags: &[Vec<Bag>],
    rows: &mut Vec<Row>,
    v: usize,
    kind: &[Kind],
    matched: &[Edge],
    max_split: usize,
) {
    let sentences = bags[v].len();
    let mut row_of: Vec<Option<usize>> = vec![None; sentences];
    for e in matched {
        let (r, s) = (e.a.1, e.b.1);
        let cell = rows[r].cells.iter().position(|c| c.0 == v);
        match (row_of[s], cell) {
            (None, None) => {
                rows[r].add(bags, (v, s, s));
                row_of[s] = Some(r);
            }
            // A split: v says in two sentences what the row says in one.
            (None, Some(i)) => {
                let (_, lo, hi) = rows[r].cells[i];
                if (s + 1 == lo || s == hi + 1) && hi - lo + 1 < max_split {
                    rows[r].cells[i] = (v, lo.min(s), hi.max(s));
                    rows[r].recount(bags);
                    row_of[s] = Some(r);
                }
            }
            // A merge: v says in one sentence what two rows say.
            (Some(q), None) if q != r && !rows[r].cells.is_empty() => {
                let other = std::mem::take(&mut rows[r].cells);
                match union(&rows[q].cells, &other, max_split) {
                    Some(joined) if rows[q].kind == rows[r].kind => {
                        rows[q].cells = joined;
                        rows[q].recount(bags);
                        rows[r].counts.clear();
                        for x in row_of.iter_mut().filter(|x| **x == Some(r)) {
                            *x = Some(q);
                        }
                    }
                    _ => rows[r].cells = other,
                }
            }
            _ => {}
        }
    }
    // Sentences left over start rows, after the row of their predecessor.
    let mut after: Option<usize> = None;
    let mut new_rows: Vec<(Option<usize>, usize)> = Vec::new();
    for s in 0..sentences {
        match row_of[s] {
            Some(r) => after = Some(r),
            None => new_rows.push((after, s)),
        }
    }
    // Rows to insert, by the row they follow (none: before the first).
    new_rows.sort_by_key(|&(after, s)| (after.map_or(0, |r| r + 1), s));
    let mut order: Vec<Row> = Vec::with_capacity(rows.len() + new_rows.len());
    let mut pending = new_rows.into_iter().peekable();
    let take_new = |order: &mut Vec<Row>, s: usize| {
        order.push(Row::new(bags, (v, s, s), kind[s]));
    };
    while let Some(&(None, s)) = pending.peek() {
        take_new(&mut order, s);
        pending.next();
    }
    for (r, row) in std::mem::take(rows).into_iter().enumerate() {
        if !row.cells.is_empty() {
            order.push(row);
        }
        while let Some(&(Some(a), s)) = pending.peek() {
            if a != r {
                break;
            }
            take_new(&mut order, s);
            pending.next();
        }
    }
    for (_, s) in pending {
        take_new(&mut order, s);
    }
    *rows = order;
}

/// The rows as the union-find the later passes work on.
fn to_rows(bags: &[Vec<Bag>], rows: Vec<Row>) -> Rows {
    let mut out = Rows::new(bags);
    for row in rows {
        let Some(&(v, s, _)) = row.cells.first() else { continue };
        let root = out.id((v, s));
        for &(u, lo, hi) in &row.cells {
            for t in lo..=hi {
                let x = out.id((u, t));
                out.cells[x] = Vec::new();
                out.parent[x] = root;
            }
        }
        out.cells[root] = row.cells;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{align, AlignOptions};
    use crate::segment::{segment, Segmentation};

    const BASE: [&str; 10] = [
        "Police in Kryvyi Rih said six people were hurt in the strike on Tuesday.",
        "The mayor, Oleksandr Vilkul, called the attack on the market a war crime.",
        "Firefighters needed three hours to put out the blaze at the warehouse.",
        "Russia's defence ministry said it had hit military targets in the region.",
        "Talks between the delegations are due to resume in Miami next week.",
        "The envoy Steve Witkoff met Vladimir Putin in Moscow for five hours.",
        "Power was cut to 40,000 homes after the substation in Kherson was damaged.",
        "Odesa was attacked by 138 drones overnight, the air force reported.",
        "A three-year-old girl was among the injured taken to the city hospital.",
        "The European Union announced a new package of sanctions on Friday.",
    ];

    /// Version `i` of a story: the base with one sentence dropped, two
    /// neighbours swapped and one sentence reworded.
    fn version(i: usize) -> String {
        let mut s: Vec<String> = BASE.iter().map(|s| s.to_string()).collect();
        let reworded = (i + 3) % BASE.len();
        s[reworded] = s[reworded].replace(" the ", " that ");
        s.remove(i % BASE.len());
        let swap = (i * 7) % (s.len() - 1);
        s.swap(swap, swap + 1);
        s.join(" ")
    }

    /// Each version's sentences by row: `rows[r][v]` is the text of
    /// version v in row r.
    fn rows(texts: &[String], options: &AlignOptions) -> Vec<Vec<Option<String>>> {
        let segs: Vec<Segmentation> = texts.iter().map(|t| segment(t)).collect();
        let refs: Vec<&Segmentation> = segs.iter().collect();
        align(&refs, None, options)
            .rows
            .iter()
            .map(|row| {
                row.cells
                    .iter()
                    .enumerate()
                    .map(|(v, c)| {
                        let sentences = &segs[v].sentences;
                        c.sentences
                            .iter()
                            .map(|s| sentences[s.0].span.slice(&texts[v]))
                            .reduce(|_, _| "(several)")
                            .map(str::to_string)
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn many_versions_align_each_base_sentence_in_one_row() {
        let texts: Vec<String> = (0..24).map(version).collect();
        let options = AlignOptions::default();
        assert!(texts.len() > options.dense_versions, "the progressive aligner runs");
        let rows = rows(&texts, &options);
        assert_eq!(rows.len(), BASE.len(), "{rows:#?}");
        for row in &rows {
            let first = row.iter().flatten().next().unwrap();
            let key: String = first.split_whitespace().take(2).collect();
            for cell in row.iter().flatten() {
                assert_eq!(cell.split_whitespace().take(2).collect::<String>(), key, "{row:#?}");
            }
            // Version i drops base sentence i mod 10.
            let present = row.iter().flatten().count();
            assert!(present >= texts.len() - 3, "{present} of {}: {row:#?}", texts.len());
        }
    }

    #[test]
    fn progressive_and_dense_alignments_agree_on_a_clean_story() {
        let texts: Vec<String> = (0..20).map(version).collect();
        let progressive = rows(&texts, &AlignOptions::default());
        let dense = rows(&texts, &AlignOptions { dense_versions: 64, ..AlignOptions::default() });
        let sorted = |mut r: Vec<Vec<Option<String>>>| {
            r.sort();
            r
        };
        assert_eq!(sorted(progressive), sorted(dense));
    }
}
