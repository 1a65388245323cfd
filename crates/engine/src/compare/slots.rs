//! Slots: in two sentences that say the same thing, a word or two that
//! differ between the same words either side — "at 7.15pm" / "at 7.51pm",
//! "Carl Hays, 44," / "…, 45,", "in the lobby" / "in the car park", "her
//! third title defence" / "her second", a phone number with a digit more —
//! are a difference of their own, reported as a conflict of their own and
//! never folded into a passage finding. The place decides that the two
//! values are of one fact: no counted noun or event is needed.
//!
//! Pairs of versions whose cells in an aligned row are close paraphrases
//! are diffed word by word; a replaced run of at most [`MAX_SLOT`] words a
//! side, with words the two share on both sides of it, is a slot. What
//! fills it decides the finding: numbers (amounts, ages, years, ordinals,
//! records, phone numbers) that differ, times that cannot be the same,
//! names of other people or places. Slots another finding already shows
//! are left to it; the same slot across many pairs of versions is one
//! finding.

use super::amounts::amount;
use super::context::{clip, scope, Ctx, Draft};
use super::{FindingKind, Severity, Value};
use crate::claims::{ClaimData, Measure};
use crate::lexicon::FnvHashMap as HashMap;
use crate::lexicon::COMPARE_PLACE_WORDS as PLACE_WORDS;
use crate::text::{ClaimId, Span, VersionId};
use crate::worddiff::{diff_keyed, diff_of_keys, ChangeKind, KeyedDiff};
use crate::{Token, TokenKind};

/// Most words a side of a slot.
const MAX_SLOT: usize = 4;
/// Least similarity of two cells for their slots to count.
const CLOSE: f32 = 0.5;
/// Least similarity for a slot filled with plain words (a place in the
/// sentence: "in the lobby" / "in the car park").
const VERY_CLOSE: f32 = 0.7;

/// What fills a slot on one side.
#[derive(Debug, Clone, PartialEq)]
enum Filler {
    /// A number claim (an amount, an age, an ordinal, a record).
    Number(ClaimId),
    /// A date or time claim.
    Time(ClaimId),
    /// A person, place or organisation.
    Name(ClaimId),
    /// Digits that are no amount: a phone number, a code.
    Digits(String),
    /// Plain words after a word of place ("in", "at", "near").
    Place(String),
}

/// One slot seen between two versions: the spans and values of each side.
struct Seen {
    kind: FindingKind,
    rule: &'static str,
    /// (version, span, value, claim) of each side.
    sides: [(usize, Span, Value, Option<ClaimId>); 2],
    /// A few words before the slot, for the summary.
    context: String,
}

pub(crate) fn compare(ctx: &Ctx, out: &mut Vec<Draft>) {
    let n = ctx.n();
    // Spans another finding already shows, per version.
    let mut shown: Vec<Vec<Span>> = vec![Vec::new(); n];
    for d in out.iter() {
        if !matches!(
            d.kind,
            FindingKind::NumberConflict | FindingKind::DateConflict | FindingKind::NameConflict
        ) {
            continue;
        }
        for e in &d.evidence {
            if let Some(list) = shown.get_mut(e.version.0) {
                list.push(e.span);
            }
        }
    }
    let covered = |v: usize, s: Span| shown[v].iter().any(|x| x.start < s.end && s.start < x.end);
    let mut seen: Vec<Seen> = Vec::new();
    // One key per distinct word of the story, so that each cell is keyed
    // once however many cells it is diffed against.
    let mut keys: HashMap<&str, u32> = HashMap::default();
    for (r, row) in ctx.alignment.rows.iter().enumerate() {
        let cells = row.filled_cells();
        // Headlines, bylines and publication stamps are not the story.
        let body = |v: usize, s: &[usize]| {
            s.iter().all(|&i| {
                ctx.docs[v]
                    .seg
                    .sentences
                    .get(i)
                    .is_some_and(|s| s.role != crate::SentenceRole::Headline)
            })
        };
        let cells: Vec<(usize, Vec<usize>)> =
            cells.into_iter().filter(|(v, s)| body(*v, s)).collect();
        // Each cell's tokens once, for the pairs close enough to diff.
        let tokens: Vec<std::cell::OnceCell<Keyed<'_>>> =
            cells.iter().map(|_| std::cell::OnceCell::new()).collect();
        let wording = wordings(ctx, &cells);
        // Each pair of wordings weighed and diffed once, read on each pair
        // of its cells (a cell's terms are those of its words).
        let mut likeness: HashMap<(usize, usize), f32> = HashMap::default();
        let mut diffs: HashMap<(usize, usize), KeyedDiff> = HashMap::default();
        for (i, (v, sv)) in cells.iter().enumerate() {
            for (k, (u, su)) in cells.iter().enumerate().skip(i + 1) {
                if wording[i] == wording[k] {
                    continue;
                }
                let similarity = *likeness
                    .entry((wording[i], wording[k]))
                    .or_insert_with(|| ctx.terms.similarity(*v, sv, *u, su));
                if similarity < CLOSE {
                    continue;
                }
                let tv = tokens[i].get_or_init(|| cell_tokens(ctx, *v, sv, &mut keys));
                let tu = tokens[k].get_or_init(|| cell_tokens(ctx, *u, su, &mut keys));
                let diff = diffs
                    .entry((wording[i], wording[k]))
                    .or_insert_with(|| diff_of_keys(&tv.keys, &tu.keys));
                slots_of_pair(ctx, r, (*v, tv), (*u, tu), diff, similarity, &mut seen);
            }
        }
    }
    seen.retain(|s| !covered(s.sides[0].0, s.sides[0].1) && !covered(s.sides[1].0, s.sides[1].1));
    report(ctx, seen, out);
}

/// Per cell: which of the row's wordings it has (cells with the same word
/// and number tokens, the same number). Two cells worded alike have no
/// slot; with many versions copying one text, most pairs are such.
fn wordings(ctx: &Ctx, cells: &[(usize, Vec<usize>)]) -> Vec<usize> {
    let mut seen: HashMap<Vec<&str>, usize> = HashMap::default();
    cells
        .iter()
        .map(|(v, s)| {
            let doc = &ctx.docs[*v];
            let words: Vec<&str> = s
                .iter()
                .filter_map(|&i| doc.seg.sentences.get(i))
                .flat_map(|sent| doc.seg.tokens.get(sent.tokens.clone()).into_iter().flatten())
                .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
                .map(|t| t.norm.as_str())
                .collect();
            let next = seen.len();
            *seen.entry(words).or_insert(next)
        })
        .collect()
}

/// A cell's word and number tokens with their keys.
struct Keyed<'a> {
    tokens: Vec<&'a Token>,
    keys: Vec<u32>,
}

/// The word and number tokens of sentences `s` of version `v`, keyed by
/// `keys`.
fn cell_tokens<'a>(
    ctx: &Ctx<'a>,
    v: usize,
    s: &[usize],
    keys: &mut HashMap<&'a str, u32>,
) -> Keyed<'a> {
    let doc: &'a crate::Document = &ctx.docs[v];
    let mut out = Keyed { tokens: Vec::new(), keys: Vec::new() };
    let sentences = s.iter().filter_map(|&i| doc.seg.sentences.get(i));
    for t in
        sentences.flat_map(|sent| doc.seg.tokens.get(sent.tokens.clone()).into_iter().flatten())
    {
        if matches!(t.kind, TokenKind::Word | TokenKind::Number) {
            let next = keys.len() as u32;
            out.keys.push(*keys.entry(t.norm.as_str()).or_insert(next));
            out.tokens.push(t);
        }
    }
    out
}

fn slots_of_pair(
    ctx: &Ctx,
    row: usize,
    (v, kv): (usize, &Keyed),
    (u, ku): (usize, &Keyed),
    diff: &KeyedDiff,
    similarity: f32,
    seen: &mut Vec<Seen>,
) {
    let changes = diff_keyed(&kv.tokens, &ku.tokens, diff);
    let (tv, tu) = (&kv.tokens, &ku.tokens);
    fn words<'t>(toks: &[&'t Token], span: Span) -> Vec<&'t Token> {
        toks.iter()
            .copied()
            .filter(|t| t.span.start >= span.start && t.span.end <= span.end)
            .collect()
    }
    let mut k = 0;
    while k < changes.len() {
        if changes[k].kind == ChangeKind::Equal {
            k += 1;
            continue;
        }
        // A run of changes between two equal runs.
        let start = k;
        while k < changes.len() && changes[k].kind != ChangeKind::Equal {
            k += 1;
        }
        // Shared words on the left, and on the right unless the passage
        // ends there.
        let Some(before) = start.checked_sub(1) else { continue };
        let after = changes.get(k);
        let old = changes[start..k]
            .iter()
            .filter(|c| c.kind == ChangeKind::Delete)
            .map(|c| c.old)
            .reduce(Span::cover);
        let new = changes[start..k]
            .iter()
            .filter(|c| c.kind == ChangeKind::Insert)
            .map(|c| c.new)
            .reduce(Span::cover);
        let (Some(old), Some(new)) = (old, new) else { continue };
        let (wo, wn) = (words(tv, old), words(tu, new));
        if wo.is_empty() || wn.is_empty() || wo.len() > MAX_SLOT || wn.len() > MAX_SLOT {
            continue;
        }
        let left = words(tv, changes[before].old);
        let right = after.map(|a| words(tv, a.old)).unwrap_or_default();
        if left.len() + right.len() < 2 {
            continue;
        }
        // Plain words name a place only between shared words on both sides.
        // Plain words name a place only after a word of place and before
        // shared words.
        let after_place_word = right.len() >= 2
            && (left.last().is_some_and(|t| PLACE_WORDS.contains(t.norm.as_str()))
                || left.len() >= 2
                    && left[left.len() - 1].norm == "the"
                    && PLACE_WORDS.contains(left[left.len() - 2].norm.as_str()));
        let (Some(a), Some(b)) = (
            filler(ctx, v, old, &wo, after_place_word && similarity >= VERY_CLOSE),
            filler(ctx, u, new, &wn, after_place_word && similarity >= VERY_CLOSE),
        ) else {
            continue;
        };
        // A figure whose scope differs too is of another whole: "killed
        // 170,000 people in | the province" / "killed 230,000 people in |
        // 13 countries" share the words up to the place, then part.
        let figure = |f: &Filler| matches!(f, Filler::Number(_) | Filler::Digits(_));
        let (sa, sb) = (scope_of(ctx, tv, old), scope_of(ctx, tu, new));
        if figure(&a) && figure(&b) && sa.is_some() && sb.is_some() && sa != sb {
            continue;
        }
        // Digits are shown whole: the phone number, not its last group.
        let (old, new) = match (&a, &b) {
            (Filler::Digits(_), Filler::Digits(_)) => (digit_run(tv, old), digit_run(tu, new)),
            _ => (old, new),
        };
        let context = left
            .iter()
            .rev()
            .take(6)
            .rev()
            .map(|t| t.span.slice(&ctx.docs[v].text))
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(s) = differ(ctx, (v, old, &a), (u, new, &b), context) {
            let _ = row;
            seen.push(s);
        }
    }
}

/// The place the figure at `span` is of (see [`scope`]).
fn scope_of<'t>(ctx: &Ctx, toks: &[&'t Token], span: Span) -> Option<&'t str> {
    let after = toks.iter().position(|t| t.span.start >= span.end)?;
    scope(ctx, toks[after..].iter().copied())
}

/// The run of number tokens around `span` ("0800 555 0199" around "0199").
fn digit_run(toks: &[&Token], span: Span) -> Span {
    let Some(i) = toks.iter().position(|t| t.span.start >= span.start) else { return span };
    let (mut lo, mut hi) = (i, i);
    while lo > 0 && toks[lo - 1].kind == TokenKind::Number {
        lo -= 1;
    }
    while hi + 1 < toks.len() && toks[hi + 1].kind == TokenKind::Number {
        hi += 1;
    }
    span.cover(toks[lo].span).cover(toks[hi].span)
}

/// What fills a slot: the claim that covers most of it, digits, or plain
/// words in a place.
fn filler(ctx: &Ctx, v: usize, span: Span, words: &[&Token], place: bool) -> Option<Filler> {
    let claims = ctx.claims_in(v, span);
    let by =
        |pick: fn(&ClaimData) -> bool| claims.iter().copied().find(|&c| pick(&ctx.claim(c).data));
    if let Some(c) = by(|d| matches!(d, ClaimData::Time(_))) {
        return Some(Filler::Time(c));
    }
    if let Some(c) = by(|d| matches!(d, ClaimData::Quantity(_))) {
        if !ctx.frame(c).identifier {
            return Some(Filler::Number(c));
        }
    }
    if let Some(c) = by(|d| matches!(d, ClaimData::Person(_) | ClaimData::Organization(_))) {
        return Some(Filler::Name(c));
    }
    // A place alone may be the same place at another scale ("Aceh" / "a
    // village in Aceh") or a capital standing for its government: a place
    // is compared only when given with its region ("Winnipeg, Manitoba").
    let mut places: Vec<ClaimId> = claims
        .iter()
        .copied()
        .filter(|&c| matches!(ctx.claim(c).data, ClaimData::Place(_)))
        .collect();
    places.sort_by_key(|&c| ctx.claim(c).span.start);
    if places.len() >= 2 {
        return Some(Filler::Name(places[0]));
    }
    if words.iter().all(|t| t.kind == TokenKind::Number) {
        return Some(Filler::Digits(
            words.iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" "),
        ));
    }
    let plain = words.iter().all(|t| {
        t.kind == TokenKind::Word
            && t.span.slice(&ctx.docs[v].text).chars().all(|c| c.is_lowercase() || c == '-')
    });
    (place && plain)
        .then(|| Filler::Place(words.iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ")))
}

/// The slot as a disagreement, if its two fillers cannot both hold.
fn differ(
    ctx: &Ctx,
    (v, vs, a): (usize, Span, &Filler),
    (u, us, b): (usize, Span, &Filler),
    context: String,
) -> Option<Seen> {
    let seen = |kind,
                rule,
                va: Value,
                vb: Value,
                ca: Option<ClaimId>,
                cb: Option<ClaimId>,
                sa: Span,
                sb: Span| Seen {
        kind,
        rule,
        sides: [(v, sa, va, ca), (u, sb, vb, cb)],
        context: context.clone(),
    };
    match (a, b) {
        (Filler::Number(x), Filler::Number(y)) => {
            let (ClaimData::Quantity(qx), ClaimData::Quantity(qy)) =
                (&ctx.claim(*x).data, &ctx.claim(*y).data)
            else {
                return None;
            };
            let same = match (amount(qx, ctx.claim_text(*x)), amount(qy, ctx.claim_text(*y))) {
                (Some(ax), Some(ay)) => {
                    // Two floors of a running count ("at least one", "at
                    // least five" killed) can both hold, however close the
                    // sentences.
                    let toll = |c: ClaimId| {
                        ctx.frame(c).event.is_some_and(super::context::frames::counts_casualties)
                    };
                    let floors = ax.direction > 0 && ay.direction > 0 && (toll(*x) || toll(*y));
                    ax.dimension != ay.dimension || ax.agrees(&ay, !floors)
                }
                // Ordinals: "third" / "second".
                _ => {
                    !(matches!(qx.measure, Measure::Ordinal)
                        && matches!(qy.measure, Measure::Ordinal))
                        || qx.value == qy.value
                }
            };
            if same {
                return None;
            }
            let (vx, vy) = (super::amounts::value_of(qx), super::amounts::value_of(qy));
            Some(seen(
                FindingKind::NumberConflict,
                "number/same-place",
                vx,
                vy,
                Some(*x),
                Some(*y),
                ctx.claim(*x).span,
                ctx.claim(*y).span,
            ))
        }
        // A duration is compared only when its words hold the whole number
        // ("4 1/2 hours" read as "2 hours" is not a duration of 2 hours).
        (Filler::Time(x), Filler::Time(y)) if !split_number(ctx, *x) && !split_number(ctx, *y) => {
            let (ClaimData::Time(tx), ClaimData::Time(ty)) =
                (&ctx.claim(*x).data, &ctx.claim(*y).data)
            else {
                return None;
            };
            if super::dates::can_be_same(ctx, *x, *y) {
                return None;
            }
            Some(seen(
                FindingKind::DateConflict,
                "date/same-place",
                Value::Text(tx.value.clone()),
                Value::Text(ty.value.clone()),
                Some(*x),
                Some(*y),
                ctx.claim(*x).span,
                ctx.claim(*y).span,
            ))
        }
        (Filler::Name(x), Filler::Name(y)) => {
            let key = |c: ClaimId| match &ctx.claim(c).data {
                ClaimData::Person(p) => {
                    Some(("person", super::names::person_key(&p.entity), p.entity.clone()))
                }
                ClaimData::Place(p) => Some(("place", p.entity.to_lowercase(), p.entity.clone())),
                ClaimData::Organization(p) => {
                    Some(("org", p.entity.to_lowercase(), p.entity.clone()))
                }
                _ => None,
            };
            let (kx, ky) = (key(*x)?, key(*y)?);
            // A name given more or less fully, or spelled another way, is
            // not another person or place.
            if kx.0 != ky.0
                || kx.1 == ky.1
                || kx.1.contains(&ky.1)
                || ky.1.contains(&kx.1)
                || initials_of(&kx.2, &ky.2)
                || initials_of(&ky.2, &kx.2)
            {
                return None;
            }
            if kx.0 == "person" && super::names::same_person(&kx.2, &ky.2) {
                return None;
            }
            Some(seen(
                FindingKind::NameConflict,
                if kx.0 == "person" { "name/same-place" } else { "place/same-place" },
                Value::Text(kx.2),
                Value::Text(ky.2),
                Some(*x),
                Some(*y),
                ctx.claim(*x).span,
                ctx.claim(*y).span,
            ))
        }
        (Filler::Digits(x), Filler::Digits(y)) if x != y => Some(seen(
            FindingKind::NumberConflict,
            "number/identifier-differs",
            Value::Text(x.clone()),
            Value::Text(y.clone()),
            None,
            None,
            vs,
            us,
        )),
        // Another place, not another word for it: neither version says the
        // other's word anywhere.
        (Filler::Place(x), Filler::Place(y)) if x != y && !says(ctx, u, x) && !says(ctx, v, y) => {
            Some(seen(
                FindingKind::NameConflict,
                "place/same-place",
                Value::Text(x.clone()),
                Value::Text(y.clone()),
                None,
                None,
                vs,
                us,
            ))
        }
        _ => None,
    }
}

/// A claim of version `w` stating one of a slot's values (a name of the
/// same entity, an equal number or date) in a sentence that tells what the
/// slot's sentence of that value tells.
fn same_value_elsewhere(
    ctx: &Ctx,
    w: usize,
    sides: &[(usize, Span, Value, Option<ClaimId>)],
    values: &[(usize, Value)],
) -> Option<(usize, Span, Value, Option<ClaimId>)> {
    for (v, span, value, claim) in sides {
        let Some(claim) = claim else { continue };
        let kind = ctx.claim(*claim).kind();
        let sentence = ctx.claim(*claim).sentence.0;
        for other in ctx.of_kind(w, kind) {
            let stated = match &ctx.claim(other).data {
                ClaimData::Person(p) => Value::Text(p.entity.clone()),
                ClaimData::Place(p) | ClaimData::Organization(p) => Value::Text(p.entity.clone()),
                ClaimData::Quantity(q) => super::amounts::value_of(q),
                ClaimData::Time(t) => Value::Text(t.value.clone()),
                _ => continue,
            };
            if stated != *value || values.iter().all(|(_, x)| *x != stated) {
                continue;
            }
            let s = ctx.claim(other).sentence.0;
            if ctx.statement_similarity(*v, &[sentence], w, &[s]) >= 0.4 {
                let _ = span;
                return Some((w, ctx.claim(other).span, stated, Some(other)));
            }
        }
    }
    None
}

/// True when version `v` has the words `words` (normalised, space
/// separated) anywhere.
fn says(ctx: &Ctx, v: usize, words: &str) -> bool {
    let want: Vec<&str> = words.split(' ').collect();
    let toks = ctx.words(v);
    !want.is_empty() && toks.windows(want.len()).any(|w| w == want.as_slice())
}

/// True when a claim's words start right after part of a number: "2
/// hours" of "4 1 / 2 hours".
fn split_number(ctx: &Ctx, id: ClaimId) -> bool {
    let v = ctx.version(id).0;
    let start = ctx.claim(id).span.start;
    let before = ctx.docs[v].text.get(..start).unwrap_or("").trim_end();
    before.ends_with(|c: char| c.is_ascii_digit() || c == '/' || c == '.')
}

/// True when `short` is the initials of `long`: "AP" / "Associated Press".
fn initials_of(short: &str, long: &str) -> bool {
    let letters: String = short.chars().filter(|c| c.is_alphanumeric()).collect();
    let initials: String = long
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .collect();
    letters.len() >= 2 && letters.eq_ignore_ascii_case(&initials)
}

/// One finding per slot: pairs that share a side are one slot told by
/// several versions.
fn report(ctx: &Ctx, seen: Vec<Seen>, out: &mut Vec<Draft>) {
    // Sides are keyed by (version, span start); pairs sharing a side join.
    let mut group_of: HashMap<(usize, usize), usize> = HashMap::default();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, s) in seen.iter().enumerate() {
        let keys = [(s.sides[0].0, s.sides[0].1.start), (s.sides[1].0, s.sides[1].1.start)];
        let found: Vec<usize> = keys.iter().filter_map(|k| group_of.get(k).copied()).collect();
        let g = match found.first() {
            Some(&g) => g,
            None => {
                groups.push(Vec::new());
                groups.len() - 1
            }
        };
        for &other in found.iter().skip(1) {
            if other != g {
                let moved = std::mem::take(&mut groups[other]);
                for &j in &moved {
                    for side in &seen[j].sides {
                        group_of.insert((side.0, side.1.start), g);
                    }
                }
                groups[g].extend(moved);
            }
        }
        groups[g].push(i);
        for k in keys {
            group_of.insert(k, g);
        }
    }
    for members in groups.into_iter().filter(|g| !g.is_empty()) {
        let first = &seen[members[0]];
        // Each version's side once, with its value.
        let mut sides: Vec<(usize, Span, Value, Option<ClaimId>)> = Vec::new();
        for &i in &members {
            for side in &seen[i].sides {
                if !sides.iter().any(|s| s.0 == side.0 && s.1 == side.1) {
                    sides.push(side.clone());
                }
            }
        }
        // One version with two values in one slot: not one fact.
        if sides.iter().any(|a| sides.iter().any(|b| a.0 == b.0 && a.2 != b.2)) {
            continue;
        }
        // Versions outside the pairs that state one of the values in a
        // sentence like one of the slot's: they take their side too.
        let values: Vec<(usize, Value)> = sides.iter().map(|s| (s.0, s.2.clone())).collect();
        for w in 0..ctx.n() {
            if sides.iter().any(|s| s.0 == w) {
                continue;
            }
            if let Some(side) = same_value_elsewhere(ctx, w, &sides, &values) {
                sides.push(side);
            }
        }
        sides.sort_by_key(|s| (s.0, s.1.start));
        let items: Vec<(VersionId, String)> = sides
            .iter()
            .map(|s| (VersionId(s.0), ctx.text(VersionId(s.0), s.1).to_string()))
            .collect();
        let what = match first.kind {
            FindingKind::DateConflict => "Time",
            FindingKind::NameConflict => "Name",
            _ => "Number",
        };
        let mut d = Draft::new(
            first.kind,
            Severity::High,
            first.rule,
            format!("{what} in “{} …”: {}", clip(&first.context, 50), ctx.grouped(&items)),
        );
        d.score = 90.0;
        for (v, span, value, claim) in sides {
            d = d.evidence(VersionId(v), span, Some(value), claim);
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::FindingKind;

    /// The number and date conflicts, as "version:text" lists.
    fn figures(texts: &[&str]) -> Vec<Vec<String>> {
        let analysis = crate::compare::tests::analyze_texts(texts);
        analysis
            .findings
            .iter()
            .filter(|f| matches!(f.kind, FindingKind::NumberConflict | FindingKind::DateConflict))
            .map(|f| {
                f.evidence
                    .iter()
                    .map(|e| {
                        format!(
                            "{}:{}",
                            e.version.0,
                            e.span.slice(&analysis.documents[e.version.0].text)
                        )
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn an_age_a_year_and_a_duration_in_the_same_place() {
        let mut found = figures(&[
            "Mayor Ann Lee, 52, signed the bill. Taxes last rose in 2019. Hiring takes two years.",
            "Mayor Ann Lee, 55, signed the bill. Taxes last rose in 2018. Hiring takes three years.",
        ]);
        found.sort();
        assert_eq!(
            found,
            [["0:2019", "1:2018"], ["0:52", "1:55"], ["0:two years", "1:three years"]]
        );
    }

    #[test]
    fn the_same_figure_written_otherwise_or_in_another_place_is_not_a_change() {
        assert!(figures(&[
            "Mayor Ann Lee, 52, signed the bill. It costs $2.4 billion, or six dollars each.",
            "Mayor Ann Lee, 52, signed the bill. It costs $2.4bn, or 6 dollars each.",
        ])
        .is_empty());
        assert!(figures(&[
            "The vote was 9-4 on Friday after 12 hours.",
            "The vote was 8-5 on Friday after 12 hours.",
        ])
        .iter()
        .all(|f| f.len() == 2));
    }

    #[test]
    fn two_floors_of_a_toll_in_the_same_place_agree() {
        let base = "A strong quake hit the hill town of Ostra on Tuesday";
        assert!(figures(&[
            &format!("{base}, killing at least one person and injuring dozens."),
            &format!("{base}, killing at least five people and injuring dozens."),
        ])
        .is_empty());
        assert_eq!(
            figures(&[
                &format!("{base}, killing one person and injuring dozens."),
                &format!("{base}, killing five people and injuring dozens."),
            ])
            .len(),
            1
        );
    }
}
