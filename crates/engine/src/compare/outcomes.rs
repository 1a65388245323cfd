//! What happened, told the other way: in sentences that tell the same
//! passage, one version has a word where another has its opposite —
//! "two firefighters were injured" / "were killed", "shares rose" / "fell",
//! "the court upheld" / "overturned". Synonyms ("injured" / "hurt") agree.
//!
//! A pair counts only where the two words stand in the same place: their
//! neighbour on the left or on the right is the same word in both versions,
//! and neither version uses the other's word anywhere in the passage. That
//! keeps out rewrites that turn a sentence around ("A beat B" / "B lost to
//! A") and passages that mention both outcomes.

use super::context::{clip, Ctx, Draft};
use super::{FindingKind, Severity, Value};
use crate::lexicon::FnvHashMap as HashMap;
use crate::lexicon::{
    self, WordList, OUTCOMES_AUXILIARIES as AUXILIARIES, OUTCOMES_HEDGES as HEDGES,
};
use crate::text::{Span, VersionId};
use crate::TokenKind;
use std::sync::OnceLock;

/// Words that tell opposite outcomes, by dimension: each dimension has
/// classes of words that mean the same; words of different classes of one
/// dimension contradict each other.
struct Dimension {
    /// What is at stake, for the summary: "casualties".
    name: &'static str,
    severity: Severity,
    /// The words must also point at the same thing: a word of weight among
    /// the few that follow is the same ("west of Bireun" / "south of
    /// Bireun", not "east of Cloverdale" / "north of Santa Rosa").
    anchored: bool,
    classes: &'static [(&'static str, WordList)],
}

const DIMENSIONS: &[Dimension] = &[
    Dimension {
        name: "casualties",
        severity: Severity::High,
        anchored: false,
        classes: &[
            ("killed", lexicon::OUTCOMES_CASUALTIES_KILLED),
            ("injured", lexicon::OUTCOMES_CASUALTIES_INJURED),
            ("missing", lexicon::OUTCOMES_CASUALTIES_MISSING),
            ("unharmed", lexicon::OUTCOMES_CASUALTIES_UNHARMED),
        ],
    },
    Dimension {
        name: "direction",
        severity: Severity::High,
        anchored: false,
        classes: &[
            ("up", lexicon::OUTCOMES_DIRECTION_UP),
            ("down", lexicon::OUTCOMES_DIRECTION_DOWN),
        ],
    },
    Dimension {
        name: "decision",
        severity: Severity::High,
        anchored: false,
        classes: &[
            ("approved", lexicon::OUTCOMES_DECISION_APPROVED),
            ("rejected", lexicon::OUTCOMES_DECISION_REJECTED),
        ],
    },
    Dimension {
        name: "verdict",
        severity: Severity::High,
        anchored: false,
        classes: &[
            ("convicted", lexicon::OUTCOMES_VERDICT_CONVICTED),
            ("acquitted", lexicon::OUTCOMES_VERDICT_ACQUITTED),
        ],
    },
    Dimension {
        name: "custody",
        severity: Severity::High,
        anchored: false,
        classes: &[
            ("held", lexicon::OUTCOMES_CUSTODY_HELD),
            ("freed", lexicon::OUTCOMES_CUSTODY_FREED),
        ],
    },
    Dimension {
        name: "result",
        severity: Severity::High,
        anchored: false,
        classes: &[("won", lexicon::OUTCOMES_RESULT_WON), ("lost", lexicon::OUTCOMES_RESULT_LOST)],
    },
    Dimension {
        name: "admission",
        severity: Severity::Medium,
        anchored: false,
        classes: &[
            ("admitted", lexicon::OUTCOMES_ADMISSION_ADMITTED),
            ("denied", lexicon::OUTCOMES_ADMISSION_DENIED),
        ],
    },
    Dimension {
        name: "stance",
        severity: Severity::Medium,
        anchored: false,
        classes: &[
            ("for", lexicon::OUTCOMES_STANCE_FOR),
            ("against", lexicon::OUTCOMES_STANCE_AGAINST),
        ],
    },
    Dimension {
        name: "departure",
        severity: Severity::Medium,
        anchored: false,
        classes: &[
            ("resigned", lexicon::OUTCOMES_DEPARTURE_RESIGNED),
            ("dismissed", lexicon::OUTCOMES_DEPARTURE_DISMISSED),
        ],
    },
    Dimension {
        name: "state",
        severity: Severity::Medium,
        anchored: false,
        classes: &[
            ("opened", lexicon::OUTCOMES_STATE_OPENED),
            ("closed", lexicon::OUTCOMES_STATE_CLOSED),
        ],
    },
    Dimension {
        name: "timing",
        severity: Severity::Medium,
        anchored: true,
        classes: &[
            ("before", lexicon::OUTCOMES_TIMING_BEFORE),
            ("after", lexicon::OUTCOMES_TIMING_AFTER),
        ],
    },
    Dimension {
        name: "direction of travel",
        severity: Severity::Medium,
        anchored: true,
        classes: &[
            ("north", lexicon::OUTCOMES_TRAVEL_NORTH),
            ("south", lexicon::OUTCOMES_TRAVEL_SOUTH),
            ("east", lexicon::OUTCOMES_TRAVEL_EAST),
            ("west", lexicon::OUTCOMES_TRAVEL_WEST),
        ],
    },
];

/// The dimensions and classes a lower-case word belongs to.
fn classes_of(word: &str) -> &'static [(usize, usize)] {
    static INDEX: OnceLock<HashMap<&'static str, Vec<(usize, usize)>>> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index: HashMap<&'static str, Vec<(usize, usize)>> = HashMap::default();
        for (d, dim) in DIMENSIONS.iter().enumerate() {
            for (c, (_, words)) in dim.classes.iter().enumerate() {
                for w in words.words() {
                    index.entry(w).or_default().push((d, c));
                }
            }
        }
        index
    });
    index.get(word).map_or(&[], Vec::as_slice)
}

/// One word of a passage: its place and the words around it.
struct Word<'t> {
    span: Span,
    left: Option<&'t str>,
    right: Option<&'t str>,
    /// The words that follow, up to [`ANCHOR_REACH`].
    after: Vec<&'t str>,
}

/// How far after a word of an anchored dimension its object is looked for.
const ANCHOR_REACH: usize = 5;

/// Whether two words point at the same thing: a word of four letters or
/// more (a name, a noun; not "the", "of") follows both.
fn same_object(a: &Word, b: &Word) -> bool {
    a.after.iter().any(|x| x.chars().count() >= 4 && b.after.contains(x))
}

/// The words and numbers of row `r` in version `v`, in text order.
fn row_tokens<'t>(ctx: &Ctx<'t>, r: usize, v: usize) -> Vec<&'t crate::Token> {
    let (Some(row), Some(doc)) = (ctx.alignment.rows.get(r), ctx.docs.get(v)) else {
        return Vec::new();
    };
    let Some(cell) = row.cells.get(v) else { return Vec::new() };
    let mut tokens = Vec::new();
    for s in &cell.sentences {
        if let Some(sentence) = doc.seg.sentences.get(s.0) {
            tokens.extend(doc.seg.tokens.get(sentence.tokens.clone()).into_iter().flatten());
        }
    }
    // Only words and numbers are neighbours: punctuation shifts in rewrites.
    tokens.retain(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
    tokens
}

/// The words of a row that tell an outcome: (dimension, class, word).
fn marked_words<'t>(tokens: &[&'t crate::Token]) -> Vec<(usize, usize, Word<'t>)> {
    let mut marked = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        for &(d, c) in classes_of(&t.norm) {
            marked.push((
                d,
                c,
                Word {
                    span: t.span,
                    left: i.checked_sub(1).map(|j| tokens[j].norm.as_str()),
                    right: tokens.get(i + 1).map(|t| t.norm.as_str()),
                    after: tokens[i + 1..]
                        .iter()
                        .take(ANCHOR_REACH)
                        .map(|t| t.norm.as_str())
                        .collect(),
                },
            ));
        }
    }
    marked
}

pub(crate) fn compare(ctx: &Ctx, out: &mut Vec<Draft>) {
    let n = ctx.n();
    for r in 0..ctx.alignment.rows.len() {
        let present = ctx.row_present(r);
        if present.iter().filter(|&&p| p).count() < 2 {
            continue;
        }
        let tokens: Vec<Vec<&crate::Token>> =
            (0..n).map(|v| if present[v] { row_tokens(ctx, r, v) } else { Vec::new() }).collect();
        negations(ctx, r, &tokens, out);
        hedges(ctx, r, &tokens, out);
        let marked: Vec<Vec<(usize, usize, Word)>> =
            tokens.iter().map(|t| marked_words(t)).collect();
        if marked.iter().filter(|m| !m.is_empty()).count() < 2 {
            continue;
        }
        for (d, dim) in DIMENSIONS.iter().enumerate() {
            // The word each version states, once a pair in the same place
            // disagrees.
            let mut stated: Vec<Option<(usize, Span)>> = vec![None; n];
            for a in 0..n {
                for b in a + 1..n {
                    let uses = |v: usize, c: usize| marked[v].iter().any(|m| m.0 == d && m.1 == c);
                    for (_, ca, wa) in marked[a].iter().filter(|m| m.0 == d) {
                        for (_, cb, wb) in marked[b].iter().filter(|m| m.0 == d) {
                            let (ca, cb) = (*ca, *cb);
                            let same_place = (wa.left.is_some() && wa.left == wb.left)
                                || (wa.right.is_some() && wa.right == wb.right);
                            if ca != cb
                                && same_place
                                && (!dim.anchored || same_object(wa, wb))
                                && !uses(a, cb)
                                && !uses(b, ca)
                            {
                                stated[a].get_or_insert((ca, wa.span));
                                stated[b].get_or_insert((cb, wb.span));
                            }
                        }
                    }
                }
            }
            if stated.iter().flatten().count() < 2 {
                continue;
            }
            // Versions that tell the same passage with a word of the
            // dimension but took no part in a pair still show what they say.
            for v in 0..n {
                if stated[v].is_none() {
                    let mut own = marked[v].iter().filter(|m| m.0 == d);
                    if let (Some((_, c, w)), None) = (own.next(), own.next()) {
                        stated[v] = Some((*c, w.span));
                    }
                }
            }
            out.push(finding(ctx, r, dim, &stated));
        }
    }
}

/// Saying that something did not happen, or did.
const POLARITY: Dimension = Dimension {
    name: "negation",
    severity: Severity::High,
    anchored: false,
    classes: &[("did not", WordList::EMPTY), ("did", WordList::EMPTY)],
};

/// A statement negated in one version and not in another: "the minister
/// did not confirm the plan" / "the minister confirmed the plan", "was not
/// injured" / "was injured". The negated word must come back in the other
/// version (same stem) after the same word, and the other version must have
/// no negation in the passage at all.
fn negations(ctx: &Ctx, r: usize, tokens: &[Vec<&crate::Token>], out: &mut Vec<Draft>) {
    let n = tokens.len();
    let negated =
        |t: &&crate::Token| ["not", "n't", "never"].iter().any(|w| t.norm.eq_ignore_ascii_case(w));
    if !tokens.iter().any(|ts| ts.iter().any(negated)) {
        return;
    }
    let lower = lowered(tokens);
    let words = distinct(&lower);
    let is_negator = |w: &str| matches!(w, "not" | "n't" | "never");
    let negating: Vec<bool> = lower.iter().map(|ws| ws.iter().any(|w| is_negator(w))).collect();
    // What a negator of one wording finds in a cell of another, by
    // (wording, negator, wording): cells told in the same words give the
    // same answer, weighed once.
    let wording = wordings(&lower);
    let mut answers: HashMap<(usize, usize, usize), Option<usize>> = HashMap::default();
    let mut stated: Vec<Option<(usize, Span)>> = vec![None; n];
    for a in 0..n {
        for (i, w) in lower[a].iter().enumerate() {
            if !is_negator(w) {
                continue;
            }
            // "not only", "not yet", "never before": no claim negated.
            let Some(verb) = lower[a].get(i + 1).filter(|v| {
                v.chars().count() >= 4 && !matches!(**v, "only" | "just" | "even" | "before")
            }) else {
                continue;
            };
            let aux = i.checked_sub(1).filter(|&j| AUXILIARIES.contains(lower[a][j]));
            let before: Vec<&str> = [i.checked_sub(1), aux.and_then(|j| j.checked_sub(1))]
                .into_iter()
                .flatten()
                .map(|j| lower[a][j])
                .collect();
            let verb_stem = stem(verb);
            for b in (0..n).filter(|&b| b != a && !tokens[b].is_empty()) {
                // Two outlets' loosely matched sentences ("Tennant will not
                // leave until 2009" / "after Tennant leaves the role") are
                // not one statement told two ways.
                let hit = *answers.entry((wording[a], i, wording[b])).or_insert_with(|| {
                    if negating[b] || overlap(&words[a], &words[b]) < 0.6 {
                        return None;
                    }
                    lower[b].iter().enumerate().position(|(k, w)| {
                        stem(w) == verb_stem
                            && k.checked_sub(1).is_some_and(|p| before.contains(&lower[b][p]))
                    })
                });
                if let Some(k) = hit {
                    let from = aux.unwrap_or(i);
                    let span = Span::new(tokens[a][from].span.start, tokens[a][i + 1].span.end);
                    stated[a].get_or_insert((0, span));
                    stated[b].get_or_insert((1, tokens[b][k].span));
                }
            }
        }
    }
    push_two_sided(ctx, r, &POLARITY, &stated, out);
}

/// Told as a claim, or as fact.
const CERTAINTY: Dimension = Dimension {
    name: "certainty",
    severity: Severity::Medium,
    anchored: false,
    classes: &[("hedged", WordList::EMPTY), ("stated as fact", WordList::EMPTY)],
};

/// A hedge dropped or added: "the alleged attacker" / "the attacker", "the
/// fire may have been caused by" / "the fire was caused by". The words either
/// side of the hedge (past "have" or "be" after a modal) must stand side by
/// side in the other version, which uses no hedge of its own there.
fn hedges(ctx: &Ctx, r: usize, tokens: &[Vec<&crate::Token>], out: &mut Vec<Draft>) {
    let n = tokens.len();
    // `norm` is in lower case, as the list is.
    let is_hedge = |t: &&crate::Token| HEDGES.contains(&t.norm);
    let hedged: Vec<bool> = tokens.iter().map(|ts| ts.iter().any(is_hedge)).collect();
    if !hedged.contains(&true) {
        return;
    }
    let lower = lowered(tokens);
    let words = distinct(&lower);
    // As for negations: each (wording, hedge, wording) weighed once.
    let wording = wordings(&lower);
    let mut answers: HashMap<(usize, usize, usize), Option<(usize, usize)>> = HashMap::default();
    let mut stated: Vec<Option<(usize, Span)>> = vec![None; n];
    for a in 0..n {
        for (i, t) in tokens[a].iter().enumerate() {
            if !is_hedge(t) {
                continue;
            }
            let Some(left) = i.checked_sub(1).map(|j| lower[a][j]) else { continue };
            let mut k = i + 1;
            while lower[a].get(k).is_some_and(|w| matches!(*w, "have" | "be" | "been")) {
                k += 1;
            }
            let Some(&right) = lower[a].get(k) else { continue };
            for b in (0..n).filter(|&b| b != a && !tokens[b].is_empty()) {
                let hit = *answers.entry((wording[a], i, wording[b])).or_insert_with(|| {
                    if hedged[b] || overlap(&words[a], &words[b]) < 0.6 {
                        return None;
                    }
                    // Side by side, or with an auxiliary between: "the fire
                    // was caused" for "the fire may have been caused".
                    (0..lower[b].len()).find_map(|j| {
                        let w = &lower[b];
                        if w[j] != left {
                            return None;
                        }
                        let &next = w.get(j + 1)?;
                        if next == right {
                            return Some((j, j + 1));
                        }
                        let aux = AUXILIARIES.contains(next);
                        (aux && w.get(j + 2).is_some_and(|&x| x == right)).then_some((j, j + 2))
                    })
                });
                if let Some((from, to)) = hit {
                    let span = Span::new(t.span.start, tokens[a][k].span.end);
                    stated[a].get_or_insert((0, span));
                    let there = Span::new(tokens[b][from].span.start, tokens[b][to].span.end);
                    stated[b].get_or_insert((1, there));
                }
            }
        }
    }
    push_two_sided(ctx, r, &CERTAINTY, &stated, out);
}

/// The row's words in lower case, per version: the tokens' `norm`, which
/// the segmenter keeps in lower case.
fn lowered<'t>(tokens: &[Vec<&'t crate::Token>]) -> Vec<Vec<&'t str>> {
    tokens.iter().map(|ts| ts.iter().map(|t| t.norm.as_str()).collect()).collect()
}

/// A word's first five letters, borrowed (asked of every word of every
/// other cell): `"confirmed"` → `"confi"`.
fn stem(w: &str) -> &str {
    &w[..w.char_indices().nth(5).map_or(w.len(), |(i, _)| i)]
}

/// Reports a two-class dimension (negated / not, hedged / not) when both
/// classes are stated.
fn push_two_sided(
    ctx: &Ctx,
    r: usize,
    dim: &Dimension,
    stated: &[Option<(usize, Span)>],
    out: &mut Vec<Draft>,
) {
    let has = |class: usize| stated.iter().flatten().any(|&(c, _)| c == class);
    if has(0) && has(1) {
        out.push(finding(ctx, r, dim, stated));
    }
}

/// Each cell's wording as a number: cells with the same words (in order)
/// share one.
fn wordings(lower: &[Vec<&str>]) -> Vec<usize> {
    let mut ids: HashMap<&[&str], usize> = HashMap::default();
    lower
        .iter()
        .map(|words| {
            let next = ids.len();
            *ids.entry(words.as_slice()).or_insert(next)
        })
        .collect()
}

/// Each cell's distinct words, sorted: made once a row for [`overlap`],
/// which weighs each cell against every other.
fn distinct<'t>(lower: &[Vec<&'t str>]) -> Vec<Vec<&'t str>> {
    lower
        .iter()
        .map(|words| {
            let mut words = words.clone();
            words.sort_unstable();
            words.dedup();
            words
        })
        .collect()
}

/// Share of the shorter passage's distinct words found in the other, of
/// two cells' [`distinct`] words.
fn overlap(a: &[&str], b: &[&str]) -> f32 {
    let shorter = a.len().min(b.len());
    if shorter == 0 {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared as f32 / shorter as f32
}

fn finding(ctx: &Ctx, r: usize, dim: &Dimension, stated: &[Option<(usize, Span)>]) -> Draft {
    let items: Vec<(VersionId, String)> = stated
        .iter()
        .enumerate()
        .filter_map(|(v, s)| s.map(|(c, _)| (VersionId(v), dim.classes[c].0.to_string())))
        .collect();
    let first = stated.iter().position(Option::is_some).unwrap_or(0);
    let shown =
        ctx.row_span(r, first).map(|s| clip(ctx.text(VersionId(first), s), 60)).unwrap_or_default();
    let mut d = Draft::new(
        FindingKind::OutcomeChanged,
        dim.severity,
        "outcome/opposite-words",
        format!("What happened ({}) in “{shown}”: {}", dim.name, ctx.grouped(&items)),
    );
    d.score = if dim.severity == Severity::High { 80.0 } else { 58.0 };
    for (v, s) in stated.iter().enumerate() {
        if let Some((c, span)) = s {
            d = d.evidence(
                VersionId(v),
                *span,
                Some(Value::Text(dim.classes[*c].0.to_string())),
                None,
            );
        }
    }
    d
}

#[cfg(test)]
mod tests {

    /// The outcome findings of a comparison, as "summary | doc=value …".
    fn outcomes(texts: &[&str]) -> Vec<String> {
        let analysis = crate::compare::tests::analyze_texts(texts);
        analysis
            .findings
            .iter()
            .filter(|f| f.kind == crate::FindingKind::OutcomeChanged)
            .map(|f| {
                let values: Vec<String> = f
                    .evidence
                    .iter()
                    .map(|e| {
                        let text = e.span.slice(&analysis.documents[e.version.0].text);
                        format!("{}:{text}", e.version.0)
                    })
                    .collect();
                format!("{} | {}", f.summary, values.join(" "))
            })
            .collect()
    }

    #[test]
    fn injured_against_killed_is_reported_hurt_is_not() {
        let a = "Storm hits coast. Two firefighters were injured when a wall fell on them. Roads closed.";
        let b =
            "Storm hits coast. Two firefighters were hurt when a wall fell on them. Roads closed.";
        let c = "Storm hits coast. Two firefighters were killed when a wall fell on them. Roads closed.";
        assert_eq!(
            outcomes(&[a, b, c]),
            ["What happened (casualties) in “Two firefighters were injured when a wall fell on them.”: \
              injured in a, b; killed in c | 0:injured 1:hurt 2:killed"]
        );
        assert!(outcomes(&[a, b]).is_empty());
    }

    #[test]
    fn direction_and_decisions() {
        let found = outcomes(&[
            "Shares rose 4% on Monday. The court upheld the ban.",
            "Shares fell 4% on Monday. The court overturned the ban.",
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("(direction)") || found[1].contains("(direction)"));
    }

    #[test]
    fn a_negation_dropped_or_added() {
        let found = outcomes(&[
            "The minister did not confirm the plan on Monday.",
            "The minister confirmed the plan on Monday.",
            "The minister didn't confirm the plan on Monday.",
        ]);
        assert_eq!(
            found,
            ["What happened (negation) in “The minister did not confirm the plan on Monday.”: \
              did not in a, c; did in b | 0:did not confirm 1:confirmed 2:didn't confirm"]
        );
        assert_eq!(
            outcomes(&[
                "Two guards were not hurt in the attack.",
                "Two guards were hurt in the attack."
            ])
            .len(),
            1
        );
        // Both versions negate, or the negation is not of a claim.
        assert!(outcomes(&[
            "Police did not name the driver.",
            "The driver was not named by police.",
        ])
        .is_empty());
        assert!(outcomes(&[
            "The fire not only closed roads but cut power.",
            "The fire closed roads and cut power.",
        ])
        .is_empty());
    }

    #[test]
    fn a_hedge_dropped_or_added() {
        let found = outcomes(&[
            "Police said the alleged attacker fled on foot after the shooting.",
            "Police said the attacker fled on foot after the shooting.",
        ]);
        assert_eq!(
            found,
            ["What happened (certainty) in “Police said the alleged attacker fled on foot after the…”: \
              hedged in a; stated as fact in b | 0:alleged attacker 1:the attacker"]
        );
        assert_eq!(
            outcomes(&[
                "Investigators said the fire may have been caused by a heater.",
                "Investigators said the fire was caused by a heater.",
            ])
            .len(),
            1
        );
        assert_eq!(
            outcomes(&[
                "The blast probably destroyed the bridge, officials said.",
                "The blast destroyed the bridge, officials said.",
            ])
            .len(),
            1
        );
    }

    #[test]
    fn a_compass_point_counts_only_for_the_same_place() {
        let found = outcomes(&[
            "The quake struck 40 km west of Tarvik at dawn.",
            "The quake struck 40 km south of Tarvik at dawn.",
        ]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(outcomes(&[
            "The quake was centred 12 miles east of Lorden.",
            "The quake was centred 20 miles north of Halby.",
        ])
        .is_empty());
    }

    #[test]
    fn a_turned_around_sentence_or_a_passage_with_both_words_is_not_a_change() {
        assert!(outcomes(&[
            "Madrid beat Porto 3-1 on Sunday night.",
            "Porto lost to Madrid 3-1 on Sunday night.",
        ])
        .is_empty());
        assert!(outcomes(&[
            "One man died and two were injured in the crash.",
            "Two were injured and one man died in the crash.",
        ])
        .is_empty());
    }
}
