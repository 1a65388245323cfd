//! Numbers across versions: the same counted thing ("drones", "residents")
//! with different values, or dropped from a version's account of the same
//! passage.

use super::amounts::{amount, value_of, Amount, Dimension};
use super::context::frames::{affinity, counts_casualties, events, EventClass};
use super::context::{scope, Ctx, Draft};
use super::matching::{link, Linking};
use super::{value_conflict, FactDraft, FindingKind, Value};
use crate::claims::{ClaimData, ClaimKind};
use crate::lexicon;
use crate::lexicon::FnvHashMap as HashMap;
use crate::segment::TokenKind;
use crate::text::{ClaimId, Span};
use severity::{severity_of, severity_word};
use std::collections::BTreeSet;

mod severity;

/// One number of one version that can be matched.
struct Candidate {
    claim: ClaimId,
    amount: Amount,
    /// Its amount's dimension as a number, the same for the same
    /// dimension: compared for every pair of figures.
    dimension: usize,
    /// Its version gives another amount of the same thing that cannot be
    /// this one (three clock speeds, two tolls): which one another
    /// version's figure answers is a guess.
    crowded: bool,
    /// It counts something rare in the story and its version gives no
    /// other amount of it (see [`rare_count`]).
    specific: bool,
    /// It is the last of figures joined in one phrase ("the 7.6 and 7.5
    /// magnitude quakes"): its version gives several values of the thing.
    several: bool,
    /// The event that tells what it is of (see [`relevant_event`]).
    event: Option<EventClass>,
    /// The place it is of ("in the province", see [`scope`]).
    scope: Option<String>,
    /// How badly the hurt it counts are hurt ("five of them critically",
    /// see [`severity_of`]).
    severity: Option<&'static str>,
}

/// How sure a match must be (see [`match_score`]).
const THRESHOLD: f32 = 0.45;
/// How much better than the next best a match must be.
const MARGIN: f32 = 0.1;
/// More figures of one dimension than this in a version: all crowded.
const MANY: usize = 64;

/// How alike (see [`Ctx::statement_similarity`]) the sentences of two
/// figures must be: of two crowded figures (in the same passage), of two
/// in the same passage, of two in different passages.
const CROWDED_SIMILARITY: f32 = 0.5;
const ROW_SIMILARITY: f32 = 0.3;
const APART_SIMILARITY: f32 = 0.45;

/// How likely two numbers of two versions state the same fact, None when
/// they cannot: another dimension, another event, another time.
fn match_score(ctx: &Ctx, a: &Candidate, b: &Candidate) -> Option<f32> {
    if a.dimension != b.dimension {
        return None;
    }
    let (fa, fb) = (ctx.frame(a.claim), ctx.frame(b.claim));
    if fa.apart_in_time(fb) {
        return None;
    }
    // A length is a depth or a distance whatever happened there; a count
    // is of what happened ("killed", "injured").
    // "a 2.9 aftershock" measures one; "two aftershocks" counts them.
    if measures_one(a) && counts_many(ctx, b) || measures_one(b) && counts_many(ctx, a) {
        return None;
    }
    // "170,000 people in the province" and "230,000 people in 13
    // countries" count different wholes, unless one version names the
    // other's place too.
    if let (Some(x), Some(y)) = (&a.scope, &b.scope) {
        let (va, vb) = (ctx.version(a.claim).0, ctx.version(b.claim).0);
        let says = |v: usize, place: &str| {
            ctx.terms.term(place).is_some_and(|t| !ctx.sentences_with(v, t).is_empty())
        };
        if x != y && !says(va, y) && !says(vb, x) {
            return None;
        }
    }
    let (ea, eb) = (a.event, b.event);
    if ea.is_some() && eb.is_some() && ea != eb {
        return None;
    }
    // A length is of one fact only when both say what it measures: a
    // depth is not matched to a length that may be a distance ("55
    // kilometers from the town"), whatever else their sentences share.
    let length = matches!(&a.amount.dimension, Dimension::Unit(base) if base == "km");
    if length && (ea.is_none() || eb.is_none()) {
        return None;
    }
    let same_row = ctx.row(a.claim).is_some() && ctx.row(a.claim) == ctx.row(b.claim);
    let counted = match &a.amount.dimension {
        Dimension::Count(c) => !c.is_empty(),
        _ => true,
    };
    let event = if ea.is_some() && ea == eb {
        2
    } else if ea.is_none() && eb.is_none() {
        0
    } else {
        fa.same_event(fb).min(1)
    };
    // A bare number ("killing 5") needs its event or its passage to be
    // matched at all.
    if !counted && event == 0 && !same_row {
        return None;
    }
    // Two figures are of one fact when their sentences tell much the same
    // thing: in the same aligned passage a little alike, elsewhere alike,
    // and a version with several such figures only in the same passage
    // in much the same words. A rare counted thing given once in each
    // ("2,900 acre-feet") names its fact wherever it sits.
    let (va, vb) = (ctx.version(a.claim).0, ctx.version(b.claim).0);
    let (sa, sb) = (ctx.claim(a.claim).sentence.0, ctx.claim(b.claim).sentence.0);
    let alike = ctx.statement_similarity(va, &[sa], vb, &[sb]);
    let specific = a.specific && b.specific;
    let needed = if a.crowded || b.crowded {
        if !same_row {
            return None;
        }
        CROWDED_SIMILARITY
    } else if specific {
        0.0
    } else if same_row {
        ROW_SIMILARITY
    } else {
        APART_SIMILARITY
    };
    if alike < needed {
        return None;
    }
    // Figures ten times apart are of different things, unless the digits
    // are the same (a slipped decimal point or unit: 1.2 / 12 miles).
    if !close_or_slipped(&a.amount, &b.amount) {
        return None;
    }
    let sole = |c: &Candidate| ctx.sole_in_row(c.claim);
    let mut score = affinity(ctx, a.claim, b.claim, event, sole(a) && sole(b));
    if counted {
        score += 0.1;
    }
    if specific {
        score += 0.35;
    }
    Some(score)
}

/// What two figures must share for [`match_score`] to match them (the keys
/// of [`link`]): their dimension, and a word of their sentences (sentences
/// sharing none are not alike at all) unless both count something rare
/// (`None`: no likeness needed, see [`rare_count`]).
fn keys(ctx: &Ctx, c: &&Candidate) -> Vec<(usize, Option<u32>)> {
    let (v, s) = (ctx.version(c.claim).0, ctx.claim(c.claim).sentence.0);
    let words = ctx.statement_terms(v, s).iter().map(|t| Some(t.0));
    let rare = c.specific.then_some(None);
    words.chain(rare).map(|k| (c.dimension, k)).collect()
}

/// How many times apart two figures of one fact may be (see
/// [`close_or_slipped`]).
const MATCHABLE: f64 = 10.0;

/// True when two amounts are within ten times of each other, or written
/// with the same digits.
fn close_or_slipped(a: &Amount, b: &Amount) -> bool {
    within(a, b, MATCHABLE)
}

/// True when two amounts are within `factor` times of each other, or
/// written with the same digits.
fn within(a: &Amount, b: &Amount, factor: f64) -> bool {
    let (x, y) = (a.point.abs(), b.point.abs());
    if x == 0.0 || y == 0.0 {
        return true;
    }
    let ratio = if x > y { x / y } else { y / x };
    let digits = |v: f64| {
        format!("{v:e}")
            .split('e')
            .next()
            .unwrap_or("")
            .replace(['.', '-'], "")
            .trim_end_matches('0')
            .to_string()
    };
    ratio <= factor || digits(x) == digits(y)
}

/// True when the figure at `span` follows another figure it is joined to
/// ("the 7.6 and 7.5 magnitude quakes", "magnitudes 2.9, 2.2"): the thing it
/// counts or measures is shared by both, so its version gives two values of
/// it (two quakes), and which one another version's figure answers is a
/// guess. Not the end of a range ("between 5 and 10").
fn joined_to_another(ctx: &Ctx, v: usize, span: Span) -> bool {
    let tokens = &ctx.docs[v].seg.tokens;
    let own = crate::segment::token_range(tokens, span);
    let Some(first) = tokens[own.clone()].iter().position(|t| t.kind == TokenKind::Number) else {
        return false;
    };
    let first = own.start + first;
    let word = |i: usize| tokens[i].norm.as_str();
    // A year or a day before the comma is a time ("In 2004, 5 people…").
    let figure = |i: usize| {
        tokens[i].kind == TokenKind::Number
            && !ctx
                .claims_in(v, tokens[i].span)
                .iter()
                .any(|&c| matches!(ctx.claim(c).data, ClaimData::Time(_)))
    };
    let joined = first >= 2
        && lexicon::COMPARE_FIGURE_JOINERS.contains(word(first - 1))
        && figure(first - 2);
    let range = first >= 3 && lexicon::COMPARE_RANGE_OPENERS.contains(word(first - 3));
    joined && !range
}

/// The place claim `id` is of, from the words after it in its sentence
/// (see [`scope`]).
fn scope_of(ctx: &Ctx, v: usize, id: ClaimId) -> Option<String> {
    let doc = &ctx.docs[v];
    let claim = ctx.claim(id);
    let sentence = doc.seg.sentences.get(claim.sentence.0)?;
    let tokens = &doc.seg.tokens;
    let own = crate::segment::token_range(tokens, claim.span);
    let end = sentence.tokens.end.min(tokens.len());
    let after = tokens[own.end.min(end)..end]
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number));
    scope(ctx, after).map(str::to_string)
}

/// True when a figure of things has a fraction ("a 2.9 aftershock", "a
/// magnitude 6.1 quake"): it measures one of them, it does not count them.
fn measures_one(c: &Candidate) -> bool {
    matches!(&c.amount.dimension, Dimension::Count(k) if !k.is_empty())
        && c.amount.point.fract() != 0.0
}

/// True when a figure counts whole things named in the plural ("two
/// aftershocks").
fn counts_many(ctx: &Ctx, c: &Candidate) -> bool {
    let ClaimData::Quantity(q) = &ctx.claim(c.claim).data else { return false };
    let (Some(counted), Some(span)) = (&q.counted, q.counted_span) else { return false };
    let written = ctx.text(ctx.version(c.claim), span).trim().to_lowercase();
    c.amount.point.fract() == 0.0 && c.amount.point > 1.0 && written != counted.to_lowercase()
}

/// True when a number counts something rare in the story ("acre-feet",
/// "bridges": in few sentences of all versions): given once in a version,
/// such a count names its fact wherever it sits.
///
/// Not a single one ("One rocket made the deepest strike"), which picks out
/// one of the things rather than counts them (a toll of one is a count:
/// "killing one person"), nor a count of someone's own
/// ("his two cousins", "her three sons"), which is relative to that person:
/// each is compared only where its sentence says the same.
fn rare_count(ctx: &Ctx, c: &Candidate) -> bool {
    let Dimension::Count(counted) = &c.amount.dimension else { return false };
    let toll = c.event.is_some_and(|e| events().info(e).toll);
    if c.amount.point == 1.0 && !toll || after_possessive(ctx, c.claim) {
        return false;
    }
    // A count of the badly hurt is as rare as the word that says how badly.
    let word = match c.severity {
        Some(_) => severity_word(ctx, ctx.version(c.claim).0, c.claim).unwrap_or_default(),
        None => counted.as_str(),
    };
    let Some(term) = ctx.terms.word_term(word) else { return false };
    ctx.terms.sentences_with(term) <= 2 * ctx.n()
}

/// True when the word right before the figure is a possessive pronoun
/// ("his two cousins", "their 12 children").
fn after_possessive(ctx: &Ctx, id: ClaimId) -> bool {
    let v = ctx.version(id).0;
    let tokens = &ctx.docs[v].seg.tokens;
    let own = crate::segment::token_range(tokens, ctx.claim(id).span);
    let Some(before) = own.start.checked_sub(1).and_then(|i| tokens.get(i)) else { return false };
    let w = before.norm.as_str();
    lexicon::FUNCTION_WORDS_POSSESSIVES.contains(w)
        || lexicon::FUNCTION_WORDS_POSSESSIVES_MORE.contains(w)
        || w == "her"
}

/// The event that tells what a number is of: for a length, only whether
/// it is a depth or a distance.
fn relevant_event(ctx: &Ctx, id: ClaimId, amount: &Amount) -> Option<EventClass> {
    let event = ctx.frame(id).event;
    match amount.dimension {
        Dimension::Unit(_) => {
            event.filter(|&e| matches!(events().info(e).name.as_str(), "depth" | "distance"))
        }
        _ => event,
    }
}

pub(crate) fn compare(ctx: &Ctx, facts: &mut Vec<FactDraft>, out: &mut Vec<Draft>) {
    let n = ctx.n();
    let mut all: Vec<(usize, Candidate)> = Vec::new();
    let mut dimensions: HashMap<Dimension, usize> = HashMap::default();
    for v in 0..n {
        for id in ctx.of_kind(v, ClaimKind::Quantity) {
            let ClaimData::Quantity(q) = &ctx.claim(id).data else { continue };
            let frame = ctx.frame(id);
            if frame.headline || frame.identifier {
                continue;
            }
            // "2 a.m." is a time, not two of anything; "24 monthly
            // payments" counts payments: a time among the counted noun's
            // words ("monthly") does not make the number one.
            let span = ctx.claim(id).span;
            let time_at = |s: Span| {
                ctx.claims_in(v, s).iter().any(|&c| {
                    matches!(ctx.claim(c).data, ClaimData::Time(_))
                        && q.counted_span.is_none_or(|n| !n.contains(ctx.claim(c).span))
                })
            };
            if time_at(span) {
                continue;
            }
            let text = ctx.claim_text(id);
            let Some(mut amount) = amount(q, text) else { continue };
            // "dozens", "hundreds": too vague to contradict anything. An
            // age is of one person: compared where it stands (the slot
            // rules), not across passages.
            let vague =
                !text.chars().any(|c| c.is_ascii_digit()) && !amount.exact && amount.direction == 0;
            let lower = text.to_lowercase();
            let age = amount.dimension == Dimension::Age
                || lower.contains("-old")
                || lower.contains(" old")
                || lower.contains("year - old");
            if vague || age {
                continue;
            }
            // The badly hurt are compared with the badly hurt only.
            let event = relevant_event(ctx, id, &amount);
            let severity = severity_of(ctx, v, id, event);
            if let (Some(degree), Dimension::Count(k)) = (severity, &mut amount.dimension) {
                *k = format!("{k} ({degree})");
            }
            let next = dimensions.len();
            let dimension = *dimensions.entry(amount.dimension.clone()).or_insert(next);
            let (crowded, specific) = (false, false);
            let several = joined_to_another(ctx, v, span);
            // A count's place ("people in the province"); an amount's is
            // its market or its circumstance ("11% in after-hours trading").
            let counts = matches!(amount.dimension, Dimension::Count(_));
            let scope = if counts { scope_of(ctx, v, id) } else { None };
            let candidate = Candidate {
                claim: id,
                amount,
                dimension,
                crowded,
                specific,
                several,
                event,
                scope,
                severity,
            };
            all.push((v, candidate));
        }
    }
    // Crowded: another amount of the same thing in the same version; unique:
    // no other amount of the same dimension there that cannot be this one.
    // Compared within each version's group of one dimension (a version
    // with very many figures of one kind is crowded throughout).
    let mut groups: HashMap<(usize, Dimension), Vec<usize>> = HashMap::default();
    for (i, (v, c)) in all.iter().enumerate() {
        groups.entry((*v, c.amount.dimension.clone())).or_default().push(i);
    }
    let events: Vec<Option<EventClass>> = all.iter().map(|(_, c)| c.event).collect();
    // Bare figures joined in a list in a sentence of the same event ("two quakes,
    // measuring 7.6 and 7.4" beside "a magnitude 6.1 earthquake") are other
    // values of the thing counted or measured there (a single bare figure
    // counts anything: "one of the bombs").
    let bare = Dimension::Count(String::new());
    let bare_clash = |i: usize| {
        let (v, a) = (all[i].0, &all[i].1.amount);
        let others = groups.get(&(v, bare.clone())).map(Vec::as_slice).unwrap_or_default();
        // A count of the badly hurt is a part of the hurt listed beside it
        // ("30 dead and 55 wounded, 15 critically"), not another value.
        matches!(&a.dimension, Dimension::Count(k) if !k.is_empty())
            && all[i].1.severity.is_none()
            && events[i].is_some()
            && others.iter().any(|&j| {
                let b = &all[j].1.amount;
                let told = events[i]
                    .is_some_and(|e| ctx.frame(all[j].1.claim).sentence_events.contains(&e));
                all[j].1.several && told && (b.high < a.low || a.high < b.low)
            })
    };
    let bare_clashes: Vec<bool> = (0..all.len()).map(bare_clash).collect();
    for members in groups.values() {
        for &i in members {
            let (crowded, unique) = if members.len() > MANY {
                (true, false)
            } else {
                let clash = |j: usize| j != i && !all[j].1.amount.compatible(&all[i].1.amount);
                // Only a figure that another version's figure could answer
                // as well as this one makes the answer a guess: a toll of
                // one beside the 168,000 of a past disaster is no rival.
                let rival = |j: usize| {
                    clash(j)
                        && events[j] == events[i]
                        && within(&all[j].1.amount, &all[i].1.amount, MATCHABLE * MATCHABLE)
                };
                (members.iter().any(|&j| rival(j)), !members.iter().any(|&j| clash(j)))
            };
            all[i].1.crowded = crowded || all[i].1.several || bare_clashes[i];
            all[i].1.specific = unique && rare_count(ctx, &all[i].1);
        }
    }
    let items: Vec<(usize, &Candidate)> = all.iter().map(|(v, c)| (*v, c)).collect();
    let linking = Linking { threshold: THRESHOLD, margin: MARGIN };
    let components = link(n, &items, &linking, |c| keys(ctx, c), |a, b| match_score(ctx, a, b));
    for members in &components {
        let versions: BTreeSet<usize> = members.iter().map(|&i| all[i].0).collect();
        if versions.len() < 2 {
            continue;
        }
        // A version that states two amounts that cannot both hold is a
        // chain of matches gone wrong: say nothing.
        let ambiguous = versions.iter().any(|&v| {
            let own: Vec<&Amount> =
                members.iter().filter(|&&i| all[i].0 == v).map(|&i| &all[i].1.amount).collect();
            own.iter().any(|a| own.iter().any(|b| !a.compatible(b)))
        });
        if ambiguous {
            continue;
        }
        // A figure whose version gives another amount of the same thing
        // (two quakes' magnitudes, two tolls) answers a separate report's
        // figure by a guess: the fact stands, a conflict is not called. A
        // rewrite of the same text tells which figure became which.
        let sure = members.iter().filter(|&&i| all[i].1.crowded).all(|&i| {
            let v = all[i].0;
            members.iter().any(|&j| all[j].0 != v && ctx.rewrites(v, all[j].0))
        });
        let sure = sure && !each_gives_both(&all, &groups, members);
        report(ctx, &all, members, sure, facts, out);
    }
}

/// True when, of every two versions that give the fact's figure
/// differently, one states the other's figure too, elsewhere ("paying about
/// $5.4 billion" and "$4.2 billion in cash" in one version, "$5.4 billion"
/// in another): both figures are its, which answers which is a guess, and
/// a total set against its part is no contradiction. Only for what adds up
/// (sums of money, counts): a version giving two scores of one vote
/// contradicts itself. `by_version` groups the candidates of each version
/// and dimension.
fn each_gives_both(
    all: &[(usize, Candidate)],
    by_version: &HashMap<(usize, Dimension), Vec<usize>>,
    members: &[usize],
) -> bool {
    let adds_up =
        |i: usize| matches!(all[i].1.amount.dimension, Dimension::Money(_) | Dimension::Count(_));
    if !members.iter().all(|&i| adds_up(i)) {
        return false;
    }
    let states = |v: usize, j: usize| {
        let a = &all[j].1.amount;
        by_version
            .get(&(v, a.dimension.clone()))
            .is_some_and(|own| own.iter().any(|&k| all[k].1.amount.agrees(a, false)))
    };
    let mut differing = false;
    for &i in members {
        for &j in members {
            let (v, u) = (all[i].0, all[j].0);
            if v == u || all[i].1.amount.agrees(&all[j].1.amount, false) {
                continue;
            }
            differing = true;
            if !states(v, j) && !states(u, i) {
                return false;
            }
        }
    }
    differing
}

/// One fact: its draft, and a conflict when versions state amounts that
/// cannot both hold.
fn report(
    ctx: &Ctx,
    all: &[(usize, Candidate)],
    members: &[usize],
    sure: bool,
    facts: &mut Vec<FactDraft>,
    out: &mut Vec<Draft>,
) {
    let n = ctx.n();
    // Members grouped by agreement: exact amounts first, so a bound joins
    // the exact figure it allows.
    let mut order: Vec<usize> = members.to_vec();
    order
        .sort_by_key(|&i| (!all[i].1.amount.exact, all[i].0, ctx.claim(all[i].1.claim).span.start));
    let casualties = members.iter().any(|&i| all[i].1.event.is_some_and(counts_casualties));
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for &i in &order {
        let a = &all[i].1.amount;
        let agree = |j: usize| {
            let b = &all[j].1.amount;
            // Two floors of a running count ("at least one", "at least
            // five" killed) are what was known when each was written, even
            // in one text revised: neither rules the other out.
            let floors = casualties && a.direction > 0 && b.direction > 0;
            let (v, u) = (all[i].0, all[j].0);
            let strict = v == u || ctx.rewrites(v, u) && !floors;
            b.agrees(a, strict)
        };
        match groups.iter_mut().find(|g| g.iter().all(|&j| agree(j))) {
            Some(g) => g.push(i),
            None => groups.push(vec![i]),
        }
    }
    let value_of_group = |g: &[usize]| -> Value {
        match &ctx.claim(all[g[0]].1.claim).data {
            ClaimData::Quantity(q) => value_of(q),
            _ => Value::Text(String::new()),
        }
    };
    let group_of = |i: usize| groups.iter().position(|g| g.contains(&i)).unwrap_or(0);
    let label = fact_label(members.iter().map(|&i| label(ctx, &all[i].1)));
    let at = |i: usize| (all[i].0, all[i].1.claim);
    let value = |i: usize| value_of_group(&groups[group_of(i)]);
    facts.push(FactDraft::of_members(n, ClaimKind::Quantity, &label, members, at, value));
    if !sure || groups.len() < 2 || running_tally(ctx, all, members) {
        return;
    }
    let finding = (FindingKind::NumberConflict, "number/value-differs", 92.0);
    out.push(value_conflict(ctx, finding, &label, (members, &groups), at, value));
}

/// True when the figures are a running count (a toll) given by versions
/// filed on different days: a toll that rose between two reports is not a
/// contradiction. A toll that fell is: a report filed later giving fewer
/// dead than an earlier one ("five killed" on Monday, "killed one" on
/// Wednesday) disputes it.
fn running_tally(ctx: &Ctx, all: &[(usize, Candidate)], members: &[usize]) -> bool {
    if !is_tally(all, members) {
        return false;
    }
    let day = |i: usize| ctx.own_dates.get(all[i].0).copied().flatten();
    let fell = members.iter().any(|&i| {
        members.iter().any(|&j| match (day(i), day(j)) {
            (Some(earlier), Some(later)) => {
                earlier < later && all[j].1.amount.high < all[i].1.amount.low
            }
            _ => false,
        })
    });
    let first = day(members[0]);
    !fell && members.iter().any(|&i| day(i) != first)
}

/// True when the figures are of a count that grows as a story goes on
/// (a toll: `data/compare_events.txt`).
fn is_tally(all: &[(usize, Candidate)], members: &[usize]) -> bool {
    members.iter().any(|&i| all[i].1.event.is_some_and(|e| events().info(e).toll))
}

/// A fact's label: its first claim's, unless that one carries a figure
/// ("Number of 10-rack", from "a 10-rack system"); then the label most of
/// its other claims give without one ("Number of racks"; ties to the
/// first).
fn fact_label(labels: impl Iterator<Item = String>) -> String {
    let labels: Vec<String> = labels.collect();
    let has_figure = |l: &String| l.contains(|c: char| c.is_ascii_digit());
    let mut best: Option<(&String, usize)> = None;
    for l in labels.iter().filter(|l| !has_figure(l)) {
        let votes = labels.iter().filter(|m| *m == l).count();
        if best.is_none_or(|(_, n)| votes > n) {
            best = Some((l, votes));
        }
    }
    match (labels.first(), best) {
        (Some(first), _) if !has_figure(first) => first.clone(),
        (_, Some((l, _))) => l.clone(),
        (first, None) => first.cloned().unwrap_or_else(|| "Figure".to_string()),
    }
}

/// What a number counts, for people: "Number killed", "Number of
/// bridges", "Distance".
fn label(ctx: &Ctx, c: &Candidate) -> String {
    let id = c.claim;
    if let Some(degree) = c.severity {
        return format!("Number hurt ({degree})");
    }
    // What it counts, when it says so and it is not people: "Number of
    // countries", not "Number killed" for "13 countries".
    let counted_thing = match &c.amount.dimension {
        Dimension::Count(k) => !k.is_empty() && !matches!(k.as_str(), "person" | "child"),
        _ => false,
    };
    if let (true, ClaimData::Quantity(q)) = (counted_thing, &ctx.claim(id).data) {
        if let Some(span) = q.counted_span {
            let words = ctx.text(ctx.version(id), span).trim().to_lowercase();
            return format!("Number of {words}");
        }
    }
    if let Some(class) = c.event {
        let label = &events().info(class).number_label;
        if label != "-" {
            return label.clone();
        }
    }
    let by_dimension = match &c.amount.dimension {
        Dimension::Unit(base) => match base.as_str() {
            "km" => Some("Distance"),
            "kg" => Some("Weight"),
            "ha" => Some("Area"),
            "l" => Some("Volume"),
            "h" => Some("Duration"),
            "b" => Some("Size"),
            "hz" => Some("Frequency"),
            _ => None,
        },
        Dimension::Money(_) => Some("Amount"),
        Dimension::Percent | Dimension::PercentagePoints => Some("Percentage"),
        Dimension::Age => Some("Age"),
        Dimension::Score => Some("Score"),
        Dimension::Multiplier | Dimension::Count(_) => None,
    };
    if let Some(label) = by_dimension {
        return label.to_string();
    }
    match &ctx.claim(id).data {
        ClaimData::Quantity(q) => match q.counted_span {
            Some(span) => {
                let words = ctx.text(ctx.version(id), span).trim().to_lowercase();
                format!("Number of {words}")
            }
            None => "Figure".to_string(),
        },
        _ => "Figure".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::compare::tests::summaries_of;
    use crate::FindingKind;

    fn number_conflicts(texts: &[&str]) -> Vec<String> {
        summaries_of(texts, FindingKind::NumberConflict)
    }

    #[test]
    fn a_figures_label_is_one_without_a_figure_in_it() {
        // a writes its count into the noun ("a 12-truck convoy"): the
        // label is what b and c count.
        let texts = [
            "Heavy snow closed the Brenna pass on Monday. Crews sent a 12-truck convoy to clear \
             it, the roads agency said.",
            "Heavy snow closed the Brenna pass on Monday. Crews sent 15 trucks to clear it, the \
             roads agency said.",
            "Heavy snow closed the Brenna pass on Monday. Crews sent 15 trucks to clear the road, \
             the roads agency said.",
        ];
        assert_eq!(
            number_conflicts(&texts),
            vec!["Number of trucks: 12-truck in a; 15 trucks in b, c"]
        );
    }

    /// The number conflicts of versions filed on these days (ISO dates).
    fn number_conflicts_filed(texts: &[(&str, &str)]) -> Vec<String> {
        let versions: Vec<crate::Version> = texts
            .iter()
            .zip('a'..='z')
            .map(|((_, t), name)| crate::Version::new(format!("{name}.txt"), *t))
            .collect();
        let options = crate::Options {
            version_dates: texts
                .iter()
                .map(|(d, _)| crate::claims::CivilDate::parse_iso(d))
                .collect(),
            ..crate::Options::default()
        };
        crate::analyze(&versions, &options)
            .findings
            .into_iter()
            .filter(|f| f.kind == FindingKind::NumberConflict)
            .map(|f| f.summary)
            .collect()
    }

    /// A quake that struck the hill town of Ostra on Sunday, told twice.
    const OSTRA: &str = "A powerful earthquake struck the hill town of Ostra on Sunday, \
                         flattening houses and cutting the roads to the villages. Rescue \
                         teams dug through the rubble of the market for survivors. The \
                         quake was felt in the capital, where office workers ran into the \
                         street, officials said.";

    #[test]
    fn a_past_disasters_toll_does_not_crowd_the_storys_toll() {
        // Each version also recalls an old disaster's toll, thousands of
        // times larger: no figure could be either, so the story's own tolls
        // are still set against each other.
        let a = format!(
            "{OSTRA} The quake killed five people in Ostra. The region still remembers \
             the great flood that killed 12,000 people along the river."
        );
        let b = format!(
            "{OSTRA} The quake killed one person in Ostra. The region still remembers \
             the great flood that killed 14,000 people along the river."
        );
        let found = number_conflicts(&[&a, &b]);
        assert!(found.iter().any(|f| f.contains("five") && f.contains("one")), "{found:?}");
        // Two tolls of the story itself in one version still crowd.
        let a = format!(
            "{OSTRA} The quake killed five people in Ostra. A second tremor killed \
             three people in the villages."
        );
        let found = number_conflicts(&[&a, &b]);
        assert!(!found.iter().any(|f| f.contains("five") && f.contains("one")), "{found:?}");
    }

    #[test]
    fn a_time_word_among_the_counted_nouns_words_keeps_the_count() {
        // "monthly" is a time, but "24 monthly payments" counts payments.
        let base = "The carrier will sell the new Vela phone from June, it said on \
                    Tuesday. The phone has a larger keyboard and a brighter screen than \
                    the model it replaces.";
        let found = number_conflicts(&[
            &format!("{base} Buyers pay $99 down with 24 monthly payments of $20."),
            &format!(
                "{base} Customers with good credit can take it home for $99 up front, then make \
                 20 monthly payments."
            ),
        ]);
        assert!(found.iter().any(|f| f.contains("24") && f.contains("20 monthly")), "{found:?}");
    }

    #[test]
    fn a_toll_that_falls_in_a_later_report_disputes_the_earlier() {
        let monday = format!("{OSTRA} The quake killed five people in Ostra.");
        let wednesday = format!("{OSTRA} The quake killed one person in Ostra.");
        let found = number_conflicts_filed(&[("2025-03-03", &monday), ("2025-03-05", &wednesday)]);
        assert!(found.iter().any(|f| f.contains("five") && f.contains("one")), "{found:?}");
        // A toll that rose between two reports is what was known each day.
        let found = number_conflicts_filed(&[("2025-03-03", &wednesday), ("2025-03-05", &monday)]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn two_floors_of_a_toll_in_a_revised_text_agree() {
        // One wire text revised as the toll rose: "at least one" and "at
        // least five" killed can both hold.
        let base = "A strong earthquake struck the hill province of Varna on Tuesday, \
                    flattening houses and setting off landslides in three districts. \
                    Rescue teams dug through the rubble of a market in the town of Ostra. \
                    The quake was felt in the capital, where office workers ran into the \
                    street. Roads to the villages were cut by fallen rocks, officials said.";
        let a = format!(
            "{base} Houses fell in Ostra, killing at least one person and injuring dozens."
        );
        let b = format!("{base} At least five people were killed when homes collapsed in Ostra.");
        let found = number_conflicts(&[&a, &b]);
        assert!(found.is_empty(), "{found:?}");
        // Exact figures of the same text revised still disagree.
        let a = format!("{base} Houses fell in Ostra, killing one person and injuring dozens.");
        let b = format!("{base} Five people were killed when homes collapsed in Ostra.");
        assert!(!number_conflicts(&[&a, &b]).is_empty());
        // The evacuated are counted by an order: a rewrite's other floor
        // changed the figure.
        let a = format!("{base} The fire forced at least 14,000 people from their homes.");
        let b = format!("{base} At least 40,000 people were ordered to evacuate their homes.");
        assert!(!number_conflicts(&[&a, &b]).is_empty());
    }

    #[test]
    fn one_picked_out_or_someones_own_is_not_a_count_found_anywhere() {
        // A rare counted thing given once names its fact wherever it sits,
        // but not "one" of them, nor "his two" of them.
        let found = number_conflicts(&[
            "Fighting went on in the border region on Friday. At least five rockets fired \
             from the hills landed in the farming town of Dorvik, police said. Schools in the \
             region were closed and families moved into shelters.",
            "Fighting went on in the border region on Friday. Schools were closed and families \
             moved into shelters. One rocket made the deepest strike yet, about 30 km from \
             the capital.",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found = number_conflicts(&[
            "An air strike hit a school in Dorvik on Friday. Three cousins who had taken \
             refuge there were killed, relatives said.",
            "An air strike hit a school in Dorvik on Friday. \"I found my son lying beside his \
             two cousins,\" his father said.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
