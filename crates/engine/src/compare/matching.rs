//! Claims of different versions matched into facts: for each pair of
//! versions, a claim is linked to the other version's claim it matches
//! best, when that one matches it best in return and clearly better than
//! any other (one sure link rather than several guesses); links make
//! facts. A claim that matches two claims equally well stays alone: when
//! unsure, say less.

use std::collections::BTreeMap;

/// How candidates are linked.
pub(crate) struct Linking {
    /// Lowest score that links.
    pub threshold: f32,
    /// How much better than the next best a link must be.
    pub margin: f32,
}

/// Groups `items` (each with its version) into facts by mutual best
/// matches; `score` says how likely two items of different versions state
/// the same fact (None: they cannot). Returns the groups that span at
/// least two versions, each as item indices in order.
pub(crate) fn link<T>(
    versions: usize,
    items: &[(usize, T)],
    linking: &Linking,
    score: impl Fn(&T, &T) -> Option<f32>,
) -> Vec<Vec<usize>> {
    let mut by_version: Vec<Vec<usize>> = vec![Vec::new(); versions];
    for (i, (v, _)) in items.iter().enumerate() {
        if let Some(list) = by_version.get_mut(*v) {
            list.push(i);
        }
    }
    let mut parent: Vec<usize> = (0..items.len()).collect();
    for v in 0..versions {
        for u in v + 1..versions {
            let (left, right) = (&by_version[v], &by_version[u]);
            if left.is_empty() || right.is_empty() {
                continue;
            }
            let scores: Vec<Vec<Option<f32>>> = left
                .iter()
                .map(|&a| right.iter().map(|&b| score(&items[a].1, &items[b].1)).collect())
                .collect();
            for (i, row) in scores.iter().enumerate() {
                let Some(j) = best(row.iter().copied(), linking) else { continue };
                if best(scores.iter().map(|r| r[j]), linking) == Some(i) {
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

/// The index of the clearly best score, if it links.
fn best(scores: impl Iterator<Item = Option<f32>>, linking: &Linking) -> Option<usize> {
    let mut top: Option<(usize, f32)> = None;
    let mut second = f32::MIN;
    for (i, s) in scores.enumerate() {
        let Some(s) = s else { continue };
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
        let groups = link(3, &items, &linking, |a, b| Some(10.0 - (a - b).abs()));
        // 10-11 link; 20 is as close to 19 as to 21: no link.
        assert_eq!(groups, vec![vec![0, 2]]);
    }
}
