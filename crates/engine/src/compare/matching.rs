//! Claims of different versions matched into facts: for each pair of
//! versions, a claim is linked to the other version's claim it matches
//! best, when that one matches it best in return and clearly better than
//! any other (one sure link rather than several guesses); links make
//! facts. A claim that matches two claims equally well stays alone: when
//! unsure, say less.
//!
//! With many versions there are many pairs of versions (1,225 for 50), so
//! two claims are scored only when they share a key their family gives
//! (a unit, a passage, a word): claims sharing none could not match.

use crate::lexicon::FnvHashMap as HashMap;
use std::collections::BTreeMap;
use std::hash::Hash;

/// How candidates are linked.
pub(crate) struct Linking {
    /// Lowest score that links.
    pub threshold: f32,
    /// How much better than the next best a link must be.
    pub margin: f32,
}

/// Groups `items` (each with its version) into facts by mutual best
/// matches; `score` says how likely two items of different versions state
/// the same fact (None: they cannot). Two items are scored only when
/// `keys` gives them a key in common: `score` must be None for any two
/// items without one (keys only spare work, they never decide). Returns
/// the groups that span at least two versions, each as item indices in
/// order.
pub(crate) fn link<T, K: Hash + Eq>(
    versions: usize,
    items: &[(usize, T)],
    linking: &Linking,
    keys: impl Fn(&T) -> Vec<K>,
    score: impl Fn(&T, &T) -> Option<f32>,
) -> Vec<Vec<usize>> {
    let mut by_version: Vec<Vec<usize>> = vec![Vec::new(); versions];
    for (i, (v, _)) in items.iter().enumerate() {
        if let Some(list) = by_version.get_mut(*v) {
            list.push(i);
        }
    }
    // Keys as dense ids, so that finding an item's candidates hashes
    // nothing: this is asked once per item and pair of versions.
    let mut ids: HashMap<K, u32> = HashMap::default();
    let item_keys: Vec<Vec<u32>> = items
        .iter()
        .map(|(_, t)| {
            let mut own: Vec<u32> = keys(t)
                .into_iter()
                .map(|k| {
                    let next = ids.len() as u32;
                    *ids.entry(k).or_insert(next)
                })
                .collect();
            own.sort_unstable();
            own.dedup();
            own
        })
        .collect();
    let index: Vec<Postings> =
        by_version.iter().map(|list| Postings::new(ids.len(), list, &item_keys)).collect();
    let mut parent: Vec<usize> = (0..items.len()).collect();
    // The scores that are not None of one pair of versions, by row (left
    // item) and by column (right item), each in index order.
    let mut rows: Vec<Vec<(usize, f32)>> = Vec::new();
    let mut columns: Vec<Vec<(usize, f32)>> = Vec::new();
    let mut candidates: Vec<usize> = Vec::new();
    // Per right item: the last left item that listed it as a candidate,
    // so that one listed under several keys is taken once without a sort.
    let mut listed: Vec<usize> = Vec::new();
    for v in 0..versions {
        for u in v + 1..versions {
            let (left, right) = (&by_version[v], &by_version[u]);
            if left.is_empty() || right.is_empty() {
                continue;
            }
            rows.iter_mut().for_each(Vec::clear);
            rows.resize(left.len(), Vec::new());
            columns.iter_mut().for_each(Vec::clear);
            columns.resize(right.len(), Vec::new());
            listed.clear();
            listed.resize(right.len(), usize::MAX);
            for (i, &a) in left.iter().enumerate() {
                candidates.clear();
                for k in &item_keys[a] {
                    for &j in index[u].get(*k) {
                        if listed[j] != i {
                            listed[j] = i;
                            candidates.push(j);
                        }
                    }
                }
                // In order: one key's list is, several merged are not.
                if !candidates.is_sorted() {
                    candidates.sort_unstable();
                }
                for &j in &candidates {
                    if let Some(s) = score(&items[a].1, &items[right[j]].1) {
                        rows[i].push((j, s));
                        columns[j].push((i, s));
                    }
                }
            }
            for (i, row) in rows.iter().enumerate() {
                let Some(j) = best(row, linking) else { continue };
                if best(&columns[j], linking) == Some(i) {
                    let (a, b) = (find(&mut parent, left[i]), find(&mut parent, right[j]));
                    parent[a] = b;
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..items.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    groups
        .into_values()
        .filter(|g| {
            let first = items[g[0]].0;
            g.iter().any(|&i| items[i].0 != first)
        })
        .collect()
}

/// One version's items by key: for each key id, the positions (in the
/// version's list of items) of the items having it, ascending.
struct Postings {
    /// Where each key's positions start in `positions` (one more entry
    /// than there are keys).
    starts: Vec<u32>,
    positions: Vec<usize>,
}

impl Postings {
    fn new(keys: usize, list: &[usize], item_keys: &[Vec<u32>]) -> Postings {
        let mut starts = vec![0u32; keys + 1];
        for &b in list {
            for &k in &item_keys[b] {
                starts[k as usize + 1] += 1;
            }
        }
        for k in 0..keys {
            starts[k + 1] += starts[k];
        }
        let mut fill: Vec<u32> = starts[..keys].to_vec();
        let mut positions = vec![0usize; starts[keys] as usize];
        for (j, &b) in list.iter().enumerate() {
            for &k in &item_keys[b] {
                positions[fill[k as usize] as usize] = j;
                fill[k as usize] += 1;
            }
        }
        Postings { starts, positions }
    }

    fn get(&self, key: u32) -> &[usize] {
        let (lo, hi) = (self.starts[key as usize], self.starts[key as usize + 1]);
        &self.positions[lo as usize..hi as usize]
    }
}

/// The index of the clearly best score, if it links, of scores given as
/// (index, score) in index order.
fn best(scores: &[(usize, f32)], linking: &Linking) -> Option<usize> {
    let mut top: Option<(usize, f32)> = None;
    let mut second = f32::MIN;
    for &(i, s) in scores {
        match top {
            Some((_, b)) if s <= b => second = second.max(s),
            Some((_, b)) => {
                second = second.max(b);
                top = Some((i, s));
            }
            None => top = Some((i, s)),
        }
    }
    top.filter(|&(_, b)| b >= linking.threshold && b - second >= linking.margin).map(|(i, _)| i)
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_mutual_and_clear() {
        // Version 0 has 10 and 20; version 1 has 11; version 2 has 19 and 21.
        let items = [(0, 10.0f32), (0, 20.0), (1, 11.0), (2, 19.0), (2, 21.0)];
        let linking = Linking { threshold: 8.5, margin: 0.5 };
        let groups = link(3, &items, &linking, |_| vec![()], |a, b| Some(10.0 - (a - b).abs()));
        // 10-11 link; 20 is as close to 19 as to 21: no link.
        assert_eq!(groups, vec![vec![0, 2]]);
    }
}
