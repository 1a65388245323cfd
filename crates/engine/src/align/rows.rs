//! Rows joined from pairs: average linkage between rows, best first (one
//! wrong pair cannot chain passages together), cells kept to adjacent
//! sentences; then leftover sentences and merged sentences.

use super::pairs::Edge;
use super::*;
use crate::lexicon::FnvHashSet as HashSet;

/// A row under construction: (version, first sentence, last sentence) per
/// present version, sorted by version.
pub(super) type Cells = Vec<(usize, usize, usize)>;

/// Mean similarity of the cells of two rows over pairs of different
/// versions ("average linkage"). None when no such pair exists.
pub(super) fn linkage(bags: &[Vec<Bag>], a: &Cells, b: &Cells) -> Option<f32> {
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
pub(super) fn cover_link(bags: &[Vec<Bag>], a: &Cells, b: &Cells) -> Option<f32> {
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
pub(super) fn union(a: &Cells, b: &Cells, max_split: usize) -> Option<Cells> {
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
pub(super) struct Proposal {
    pub(super) link: f32,
    pub(super) x: usize,
    pub(super) y: usize,
    pub(super) stamps: (u32, u32),
}

/// Stamps of a proposal not scored yet.
pub(super) const UNSCORED: (u32, u32) = (u32::MAX, u32::MAX);

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
pub(super) struct Rows {
    pub(super) offset: Vec<usize>,
    pub(super) parent: Vec<usize>,
    pub(super) stamp: Vec<u32>,
    pub(super) cells: Vec<Cells>,
}

impl Rows {
    /// Every sentence in a row of its own.
    pub(super) fn new(bags: &[Vec<Bag>]) -> Rows {
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

    pub(super) fn id(&self, (v, s): (usize, usize)) -> usize {
        self.offset[v] + s
    }

    pub(super) fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins row `b` into row `a` if their union keeps cells adjacent.
    pub(super) fn join(&mut self, a: usize, b: usize, max_split: usize) -> bool {
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
    pub(super) fn join_by(
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
    pub(super) fn join_linked(
        &mut self,
        bags: &[Vec<Bag>],
        matched: &[Edge],
        options: &AlignOptions,
    ) {
        let heap = matched
            .iter()
            .map(|e| Proposal { link: e.score, x: self.id(e.a), y: self.id(e.b), stamps: UNSCORED })
            .collect();
        self.join_by(heap, options.link_threshold, options.max_split, |a, b| linkage(bags, a, b));
    }

    /// A sentence still alone joins the best-linked row that lacks its
    /// version and lies, in every version it holds, between the rows of the
    /// sentence's neighbours.
    pub(super) fn join_leftovers(
        &mut self,
        bags: &[Vec<Bag>],
        weak: &[Edge],
        options: &AlignOptions,
    ) {
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
    pub(super) fn join_covered(
        &mut self,
        bags: &[Vec<Bag>],
        kind: &[Vec<Kind>],
        options: &AlignOptions,
    ) {
        let mut heap = BinaryHeap::new();
        // Past `dense_versions`, one proposal per pair of rows (many
        // versions' neighbours propose the same two rows), the one popped
        // first; the dense aligner keeps every version's, as it was tuned.
        let dense = bags.len() <= options.dense_versions;
        let mut proposed: HashSet<(usize, usize)> = HashSet::default();
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
    pub(super) fn finish(mut self) -> (Vec<Vec<usize>>, Vec<Cells>) {
        let mut row_of: Vec<Vec<usize>> = Vec::with_capacity(self.offset.len());
        let mut number: HashMap<usize, usize> = HashMap::default();
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
