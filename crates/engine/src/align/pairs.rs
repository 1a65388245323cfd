//! Candidate pairs of sentences of two versions: a postings index of
//! terms (common terms capped), scored by weighted overlap; confident and
//! mutual-best pairs anywhere, weaker pairs only in order.

use super::*;

/// A scored pair of sentences of two versions: (version, sentence) each.
#[derive(Debug, Clone, Copy)]
pub(super) struct Edge {
    pub(super) score: f32,
    pub(super) a: (usize, usize),
    pub(super) b: (usize, usize),
}

/// What pairwise matching found over all pairs of versions.
#[derive(Debug, Default)]
pub(super) struct Pairs {
    /// One-to-one matches and split/merge pairs.
    pub(super) matched: Vec<Edge>,
    /// Every pair scoring at least `match_threshold`.
    pub(super) weak: Vec<Edge>,
}

/// A candidate pair between two versions.
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate {
    pub(super) score: f32,
    pub(super) contain: f32,
    pub(super) s: usize,
    pub(super) t: usize,
}

/// Most sentences of one version a term may be in and still find partners.
pub(super) const MAX_POSTINGS: usize = 256;

/// For each term, the sentences of one version that contain it, as one flat
/// list (`list[start[term]..start[term + 1]]`).
pub(super) struct Postings {
    pub(super) start: Vec<u32>,
    pub(super) list: Vec<u32>,
}

impl Postings {
    pub(super) fn new(doc: &[Bag], terms: usize) -> Postings {
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

    pub(super) fn of(&self, term: u32) -> &[u32] {
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
pub(super) fn candidates(
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
pub(super) fn match_pair(
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
