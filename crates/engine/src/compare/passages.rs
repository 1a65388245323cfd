//! Passages across versions: a sentence (or run of sentences) with facts in
//! it that some versions lack. Rows of the alignment are the passages; a
//! version only lacks one when it does not state the row's facts anywhere
//! else either (a loose rewrite may merge them into other sentences).

use super::context::frames::events;
use super::context::{clip, Ctx, Draft};
use super::names::person_key;
use super::{FindingKind, Severity, Value};
use crate::claims::ClaimData;
use crate::lexicon::{
    FnvHashMap as HashMap, FnvHashSet as HashSet, FUNCTION_WORDS_WRITER_FIRST_PERSON,
};
use crate::text::{ClaimId, VersionId};
use crate::{SentenceRole, TokenKind};

/// A fact-bearing key of a claim, comparable across versions. A reported
/// statement ("The fire was started by a downed line, officials said") is
/// a fact of its own, keyed by its words.
fn fact_key(ctx: &Ctx, id: ClaimId) -> Option<String> {
    match &ctx.claim(id).data {
        ClaimData::Statement(s) => {
            let words: Vec<String> = ctx
                .text(ctx.version(id), s.content)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            (words.len() >= 4).then(|| format!("s:{}", words.join(" ")))
        }
        ClaimData::Person(p) => Some(format!("p:{}", person_key(&p.entity))),
        ClaimData::Place(p) => Some(format!("l:{}", p.entity.to_lowercase())),
        ClaimData::Organization(o) => Some(format!("o:{}", o.entity.to_lowercase())),
        // A count in the hundreds or more, in digits, is that figure
        // whatever a writer calls what it counts ("2,400 evacuees" /
        // "2,400 residents").
        ClaimData::Quantity(q) => {
            let large = matches!(q.measure, crate::claims::Measure::Count)
                && q.value >= 100.0
                && ctx.claim_text(id).contains(|c: char| c.is_ascii_digit());
            let counted = if large { "" } else { q.counted.as_deref().unwrap_or("") };
            Some(format!("q:{:?}:{counted}", super::amounts::value_of(q)))
        }
        ClaimData::Quote(q) => Some(format!("“:{}", q.normalized)),
        ClaimData::Time(_) | ClaimData::Attribution(_) | ClaimData::Loaded(_) => None,
    }
}

/// What a toll counts: its noun and the event it is a count of ("five
/// people were killed" → people, kill), when both are read and the event
/// is one whose count outlets give differently as the story goes on (the
/// dead, the injured, the homes destroyed); a measure ("six miles west")
/// is left out: two distances are often two facts, and so is a toll of an
/// earlier event.
fn count_of(ctx: &Ctx, id: ClaimId) -> Option<(String, u16)> {
    let ClaimData::Quantity(q) = &ctx.claim(id).data else { return None };
    let counted = q.counted.as_deref().filter(|c| !c.is_empty())?;
    // A toll of an earlier event ("2 million died in the war since 1955")
    // is not this story's.
    let frame = ctx.frame(id);
    if frame.past {
        return None;
    }
    let event = frame.event.filter(|&e| events().info(e).toll)?;
    Some((counted.to_string(), event))
}

/// True when every sentence the present versions give in row `r` is a
/// question in the writer's voice (see [`Ctx::is_question`]).
fn all_questions(ctx: &Ctx, r: usize, present: &[usize]) -> bool {
    present
        .iter()
        .all(|&v| ctx.alignment.rows[r].cells[v].sentences.iter().all(|s| ctx.is_question(v, s.0)))
}

/// True when every sentence the present versions give in row `r` speaks
/// in the writer's own first person outside quotes ("I'm located 25 miles
/// south of it", "I felt this one"): a blogger's aside, not a fact of the
/// story.
fn all_asides(ctx: &Ctx, r: usize, present: &[usize]) -> bool {
    present.iter().all(|&v| {
        let seg = &ctx.docs[v].seg;
        ctx.alignment.rows[r].cells[v].sentences.iter().all(|s| {
            seg.sentences.get(s.0).and_then(|s| seg.tokens.get(s.tokens.clone())).is_some_and(
                |tokens| {
                    tokens.iter().any(|t| {
                        t.kind == TokenKind::Word
                            && FUNCTION_WORDS_WRITER_FIRST_PERSON.contains(&t.norm)
                            && !ctx.in_quote(v, t.span)
                    })
                },
            )
        })
    })
}

/// The tellers of an added passage that tell the same thing: each pair of
/// their cells at least [`TELLS`] alike, not only each like the fullest one
/// (`rep`). Two tellers each like it but not like each other (a family
/// killed in one town, another family in another; a price and a screen
/// size of one product) are sentences on one topic that the row put
/// together, and evidence must carry one fact: tellers are kept from the
/// most like `rep` down while they are like every one kept; the others are
/// neither shown as telling it nor said to lack it. Past
/// [`ALIKE_CHECKED`] tellers (a corpus of many versions) they are kept as
/// they are, to stay linear in versions.
fn tell_alike(
    ctx: &Ctx,
    rep: usize,
    tellers: &[usize],
    cell: &dyn Fn(usize) -> Vec<usize>,
) -> Vec<usize> {
    if tellers.len() > ALIKE_CHECKED {
        return tellers.to_vec();
    }
    let rep_cell = cell(rep);
    let mut by_likeness: Vec<(f32, usize, Vec<usize>)> = tellers
        .iter()
        .filter(|&&v| v != rep)
        .map(|&v| {
            let c = cell(v);
            (ctx.statement_similarity(rep, &rep_cell, v, &c), v, c)
        })
        .collect();
    by_likeness.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut kept: Vec<(usize, Vec<usize>)> = vec![(rep, rep_cell)];
    for (_, v, c) in by_likeness {
        if kept.iter().all(|(u, cu)| ctx.statement_similarity(*u, cu, v, &c) >= TELLS) {
            kept.push((v, c));
        }
    }
    let mut out: Vec<usize> = kept.into_iter().map(|(v, _)| v).collect();
    out.sort_unstable();
    out
}

/// Most tellers of a passage checked pair by pair (see [`tell_alike`]).
const ALIKE_CHECKED: usize = 16;

/// Least likeness of two cells of a row (see
/// [`Ctx::statement_similarity`]) to tell the same statement.
const TELLS: f32 = 0.3;

/// Most share of a passage's distinctive facts a version lacking it may
/// state elsewhere.
const LACKING: f32 = 0.25;
/// A version with a sentence this like the passage (see
/// [`Ctx::statement_similarity`]) tells it in other words.
const REWORDED: f32 = 0.35;

pub(crate) fn compare(ctx: &Ctx, out: &mut Vec<Draft>) {
    let n = ctx.n();
    if n < 2 {
        return;
    }
    // Every fact key each version states anywhere.
    let mut keys_of: Vec<HashSet<String>> = vec![HashSet::default(); n];
    // Per row, per version, the keys stated there.
    let rows = ctx.alignment.rows.len();
    let mut row_keys: Vec<Vec<HashSet<String>>> = vec![vec![HashSet::default(); n]; rows];
    // Every count of an event each version gives (what it counts, the
    // event), and the count each quantity key gives.
    let mut counts_of: Vec<HashSet<(String, u16)>> = vec![HashSet::default(); n];
    let mut count_of_key: HashMap<String, (String, u16)> = HashMap::default();
    for v in 0..n {
        for &id in &ctx.by_version[v] {
            if let Some(k) = fact_key(ctx, id) {
                if let Some(c) = count_of(ctx, id) {
                    counts_of[v].insert(c.clone());
                    count_of_key.entry(k.clone()).or_insert(c);
                }
                if let Some(r) = ctx.row(id) {
                    row_keys[r][v].insert(k.clone());
                }
                keys_of[v].insert(k);
            }
        }
    }
    for r in 0..rows {
        let present = ctx.row_present(r);
        let present_vs: Vec<usize> = (0..n).filter(|&v| present[v]).collect();
        if present_vs.len() == n || present_vs.is_empty() {
            continue;
        }
        // Headings carry no facts of their own.
        let all_of_role = |role: SentenceRole| {
            present_vs.iter().all(|&v| {
                ctx.alignment.rows[r].cells[v]
                    .sentences
                    .iter()
                    .all(|s| ctx.docs[v].seg.sentences.get(s.0).is_some_and(|s| s.role == role))
            })
        };
        let all_headings = all_of_role(SentenceRole::Headline);
        if all_headings || all_questions(ctx, r, &present_vs) || all_asides(ctx, r, &present_vs) {
            continue;
        }
        // The statement: the cell with the most facts, and the cells that
        // tell what it tells. In real coverage a row may hold sentences
        // that only share a topic; those are left out of the finding (not
        // shown as telling it, not said to lack it).
        let cell = |v: usize| -> Vec<usize> {
            ctx.alignment.rows[r].cells[v].sentences.iter().map(|s| s.0).collect()
        };
        let Some(&rep) =
            present_vs.iter().max_by_key(|&&v| (row_keys[r][v].len(), std::cmp::Reverse(v)))
        else {
            continue;
        };
        let loose: Vec<usize> = present_vs
            .iter()
            .copied()
            .filter(|&v| v != rep && ctx.statement_similarity(rep, &cell(rep), v, &cell(v)) < TELLS)
            .collect();
        let present_vs: Vec<usize> =
            present_vs.iter().copied().filter(|v| !loose.contains(v)).collect();
        // A passage the reference (or most versions) tells is the story's
        // own and kept whole; one only some versions add must be one
        // statement in all of them.
        let told: Vec<bool> = (0..n).map(|v| present_vs.contains(&v)).collect();
        let present_vs = if ctx.in_reference(&told) {
            present_vs
        } else {
            tell_alike(ctx, rep, &present_vs, &cell)
        };
        let keys: HashSet<&String> =
            present_vs.iter().flat_map(|&v| row_keys[r][v].iter()).collect();
        if keys.is_empty() {
            continue;
        }
        // A version lacking the row still has it if it states most of the
        // row's distinctive facts somewhere. Facts every version states
        // (the country at war, a common number) tell nothing either way.
        let distinctive: Vec<&&String> =
            keys.iter().filter(|k| keys_of.iter().any(|ks| !ks.contains(**k))).collect();
        // No fact of its own (only what every version says anyway), or
        // mostly quotes, which the quote rules report with their words.
        let quotes = distinctive.iter().filter(|k| k.starts_with("“:")).count();
        if distinctive.is_empty() || quotes * 2 >= distinctive.len() {
            continue;
        }
        // A fact a reader can check: a name, a place, a body or a figure
        // of its own. A statement of words alone is too often told in
        // other words elsewhere to be called missing.
        let checkable: Vec<&&&String> =
            distinctive.iter().filter(|k| !k.starts_with("s:") && !k.starts_with("“:")).collect();
        // Between a text and its rewrite, a statement added or dropped is
        // a finding however it is worded.
        let rewritten = |w: usize| present_vs.iter().any(|&u| ctx.rewrites(u, w));
        // A version lacks the passage when it states almost none of its
        // distinctive facts anywhere and tells it in no other words; one
        // that states some of them is neither said to have it nor to lack
        // it.
        let sentences = |v: usize| -> Vec<usize> {
            ctx.alignment.rows[r].cells[v].sentences.iter().map(|s| s.0).collect()
        };
        let told_at: Vec<(usize, crate::Span)> =
            present_vs.iter().filter_map(|&v| ctx.row_span(r, v).map(|s| (v, s))).collect();
        let facts = ctx.fact_terms(&told_at);
        let missing: Vec<VersionId> = (0..n)
            .filter(|&v| !present[v])
            .filter(|&v| {
                let have = distinctive.iter().filter(|k| keys_of[v].contains(***k)).count();
                (have as f32) <= LACKING * distinctive.len() as f32
                    && if checkable.is_empty() {
                        rewritten(v)
                    } else {
                        !checkable.iter().all(|k| keys_of[v].contains(***k))
                    }
            })
            // A version giving another figure for a count the passage
            // gives (its toll against theirs) has the fact: the figures
            // are for the number rules to compare, not an omission.
            .filter(|&v| {
                !distinctive.iter().any(|k| {
                    !keys_of[v].contains(**k)
                        && count_of_key.get(**k).is_some_and(|c| counts_of[v].contains(c))
                })
            })
            .filter(|&v| {
                !present_vs.iter().any(|&u| {
                    let s = sentences(u);
                    ctx.sharing_predicate(u, &s, v)
                        .into_iter()
                        .any(|t| ctx.predicate_similarity(u, &s, v, &[t]) >= REWORDED)
                })
            })
            // A version stating most of the passage's names and figures
            // together tells its fact elsewhere, in its own words.
            .filter(|&v| !ctx.tells_facts(&facts, v))
            .map(VersionId)
            .collect();
        if missing.is_empty() {
            continue;
        }
        let told: Vec<bool> = (0..n).map(|v| present_vs.contains(&v)).collect();
        let in_ref = ctx.in_reference(&told);
        let holders: Vec<VersionId> = present_vs.iter().map(|&v| VersionId(v)).collect();
        let first = present_vs[0];
        let shown = ctx
            .row_span(r, first)
            .map(|s| clip(ctx.text(VersionId(first), s), 90))
            .unwrap_or_default();
        let caption = all_of_role(SentenceRole::Caption);
        let (kind, rule, summary) = if in_ref {
            (
                FindingKind::PassageOmitted,
                "passage/omitted",
                format!(
                    "Passage missing in {}: “{shown}” (in {})",
                    ctx.list(&missing),
                    ctx.list(&holders)
                ),
            )
        } else if holders.len() + missing.len() < n {
            // Some versions tell the fact in their own words elsewhere:
            // the passage is not "only" in its holders.
            (
                FindingKind::PassageAdded,
                "passage/added",
                format!(
                    "Passage in {}, not in {}: “{shown}”",
                    ctx.list(&holders),
                    ctx.list(&missing)
                ),
            )
        } else {
            (
                FindingKind::PassageAdded,
                "passage/added",
                format!("Passage only in {}: “{shown}”", ctx.list(&holders)),
            )
        };
        let mut d = Draft::new(
            kind,
            if keys.len() >= 3 { Severity::Medium } else { Severity::Low },
            rule,
            summary,
        )
        .missing(missing);
        // Rank by the facts at stake: numbers (casualties, sums) most.
        let weight = distinctive.len().min(6) as f32;
        let numbers = if distinctive.iter().any(|k| k.starts_with("q:")) { 14.0 } else { 0.0 };
        d.score = if caption {
            20.0
        } else if in_ref {
            45.0 + 3.0 * weight + numbers
        } else {
            36.0 + 2.0 * weight + numbers
        };
        for &v in &present_vs {
            if let Some(span) = ctx.row_span(r, v) {
                d = d.evidence(VersionId(v), span, Some(Value::Text("present".into())), None);
            }
        }
        out.push(d);
    }
}
