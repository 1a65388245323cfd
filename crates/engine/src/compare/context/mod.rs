//! Shared lookups for the compare rules: which claims each version has,
//! which row each claim sits in, names for summaries, and how to turn
//! per-version values into a finding.

mod facts;
pub(crate) mod frames;

use super::{Evidence, Finding, FindingKind, Severity, Value};
use crate::align::{Alignment, Terms};
use crate::claims::{CivilDate, Claim, ClaimData, ClaimKind};
use crate::lexicon::FnvHashMap as HashMap;
use crate::text::{ClaimId, Span, VersionId};
use crate::{Document, VersionClaim};
use frames::{Frame, SentenceFrame};
use std::cell::OnceCell;

/// A sentence's terms (interned) with their weights, sorted by term.
type WeightedTerms = Vec<(u32, f32)>;

/// Everything a rule needs to look at, borrowed from the analysis.
pub(crate) struct Ctx<'a> {
    pub docs: &'a [Document],
    pub alignment: &'a Alignment,
    pub claims: &'a [VersionClaim],
    pub reference: Option<VersionId>,
    /// Per claim: its alignment row.
    claim_row: Vec<Option<usize>>,
    /// Per row: which versions have a sentence there.
    present: Vec<Vec<bool>>,
    /// Per version: its claims in text order.
    pub by_version: Vec<Vec<ClaimId>>,
    /// Per version: its claims of each kind, in text order.
    by_kind: Vec<HashMap<ClaimKind, Vec<ClaimId>>>,
    /// Short version names for summaries ("000" for "000_9145.txt").
    short: Vec<String>,
    /// Every sentence as IDF-weighted stemmed terms, as alignment sees it.
    pub terms: Terms,
    /// Per version, per sentence: its claims.
    in_sentence: Vec<Vec<Vec<ClaimId>>>,
    /// Per version: the spans of its quotes' words, by start.
    quoted: Vec<Vec<Span>>,
    /// Per version: its own date (a dateline, a publication line), when it
    /// gives one.
    pub own_dates: Vec<Option<CivilDate>>,
    /// Per version: the date its relative times are read against (its own,
    /// else the most common).
    pub dates: Vec<Option<CivilDate>>,
    /// The latest year any version names (for versions without a date).
    story_year: Option<i32>,
    /// Per version, per sentence: its statement terms, when first asked for.
    statement_terms: Vec<Vec<OnceCell<WeightedTerms>>>,
    /// The same without names.
    predicate_terms: Vec<Vec<OnceCell<WeightedTerms>>>,
    /// Per (version, row, kind): how many claims.
    row_counts: OnceCell<HashMap<(usize, usize, ClaimKind), usize>>,
    /// Per pair of versions: whether one is a rewrite of the other.
    rewrites: OnceCell<Vec<Vec<bool>>>,
    /// Per claim: what it is about, computed when first asked for.
    frames: Vec<OnceCell<Frame>>,
    /// Per version, per sentence: what frames every claim in it.
    sentence_frames: Vec<Vec<OnceCell<SentenceFrame>>>,
    /// Per version, when first asked for: each term's sentences, ascending.
    postings: Vec<OnceCell<HashMap<u32, Vec<usize>>>>,
    /// Per version, when first asked for: its words, normalised.
    words: Vec<OnceCell<Vec<&'a str>>>,
    /// Per term, when first asked for: how many versions use it.
    term_versions: OnceCell<Vec<u32>>,
}

impl<'a> Ctx<'a> {
    pub fn new(
        docs: &'a [Document],
        alignment: &'a Alignment,
        claims: &'a [VersionClaim],
        reference: Option<VersionId>,
        terms: Terms,
        dates: &[Option<CivilDate>],
        anchors: &[Option<CivilDate>],
    ) -> Ctx<'a> {
        let n = docs.len();
        let mut by_version = vec![Vec::new(); n];
        let mut by_kind: Vec<HashMap<ClaimKind, Vec<ClaimId>>> = vec![HashMap::default(); n];
        for (i, c) in claims.iter().enumerate() {
            if let Some(list) = by_version.get_mut(c.version.0) {
                list.push(ClaimId(i));
                by_kind[c.version.0].entry(c.claim.kind()).or_default().push(ClaimId(i));
            }
        }
        let mut present = vec![vec![false; n]; alignment.rows.len()];
        for (r, row) in alignment.rows.iter().enumerate() {
            for (v, cell) in row.cells.iter().enumerate().take(n) {
                present[r][v] = !cell.sentences.is_empty();
            }
        }
        let claim_row =
            claims.iter().map(|c| alignment.row_of(c.version, c.claim.sentence)).collect();
        let mut in_sentence: Vec<Vec<Vec<ClaimId>>> =
            docs.iter().map(|d| vec![Vec::new(); d.seg.sentences.len()]).collect();
        let mut quoted: Vec<Vec<Span>> = vec![Vec::new(); n];
        for (i, c) in claims.iter().enumerate() {
            if let Some(slot) =
                in_sentence.get_mut(c.version.0).and_then(|d| d.get_mut(c.claim.sentence.0))
            {
                slot.push(ClaimId(i));
            }
            if let ClaimData::Quote(q) = &c.claim.data {
                if let Some(list) = quoted.get_mut(c.version.0) {
                    list.push(q.content);
                }
            }
        }
        for list in &mut quoted {
            list.sort_unstable_by_key(|s| s.start);
        }
        Ctx {
            docs,
            alignment,
            claims,
            reference,
            claim_row,
            present,
            by_version,
            by_kind,
            short: short_names(docs),
            terms,
            in_sentence,
            quoted,
            own_dates: (0..n).map(|v| dates.get(v).copied().flatten()).collect(),
            dates: (0..n).map(|v| anchors.get(v).copied().flatten()).collect(),
            story_year: claims
                .iter()
                .filter_map(|c| match &c.claim.data {
                    ClaimData::Time(t) if t.ty == crate::claims::TimexType::Date => {
                        t.value.get(..4).and_then(|y| y.parse::<i32>().ok())
                    }
                    _ => None,
                })
                .max(),
            statement_terms: docs
                .iter()
                .map(|d| (0..d.seg.sentences.len()).map(|_| OnceCell::new()).collect())
                .collect(),
            predicate_terms: docs
                .iter()
                .map(|d| (0..d.seg.sentences.len()).map(|_| OnceCell::new()).collect())
                .collect(),
            rewrites: OnceCell::new(),
            row_counts: OnceCell::new(),
            frames: (0..claims.len()).map(|_| OnceCell::new()).collect(),
            sentence_frames: docs
                .iter()
                .map(|d| (0..d.seg.sentences.len()).map(|_| OnceCell::new()).collect())
                .collect(),
            postings: (0..n).map(|_| OnceCell::new()).collect(),
            words: (0..n).map(|_| OnceCell::new()).collect(),
            term_versions: OnceCell::new(),
        }
    }

    /// True when versions `v` and `u` are one text rewritten (a wire story
    /// and its rewrites, revisions of one article) rather than separate
    /// reports of one event: a fifth of the passages they share or more
    /// are told in much the same words (a rewrite by a person or a
    /// machine rephrases most sentences; separate reports share a few
    /// phrases of a wire at most). A rewrite that quotes more than
    /// its source put words in a mouth; a separate report that quotes more
    /// heard more.
    pub fn rewrites(&self, v: usize, u: usize) -> bool {
        let table = self.rewrites.get_or_init(|| {
            let n = self.n();
            let mut close = vec![vec![0usize; n]; n];
            let mut shared = vec![vec![0usize; n]; n];
            for row in &self.alignment.rows {
                let cells = row.filled_cells();
                // Likeness depends on the cells' terms only: with many
                // versions copying one text, a row has a few sets of terms,
                // each pair of them weighed once.
                let mut sets: HashMap<Vec<u32>, usize> = HashMap::default();
                let set: Vec<usize> = cells
                    .iter()
                    .map(|(v, s)| {
                        let next = sets.len();
                        *sets.entry(self.cell_terms(*v, s)).or_insert(next)
                    })
                    .collect();
                let mut alike: HashMap<(usize, usize), bool> = HashMap::default();
                for (i, (a, sa)) in cells.iter().enumerate() {
                    for (k, (b, sb)) in cells.iter().enumerate().skip(i + 1) {
                        shared[*a][*b] += 1;
                        let near = *alike
                            .entry((set[i], set[k]))
                            .or_insert_with(|| self.statement_similarity(*a, sa, *b, sb) >= 0.6);
                        if near {
                            close[*a][*b] += 1;
                        }
                    }
                }
            }
            (0..n)
                .map(|a| {
                    (0..n)
                        .map(|b| {
                            let (x, y) = (a.min(b), a.max(b));
                            x != y && shared[x][y] > 0 && close[x][y] * 5 >= shared[x][y]
                        })
                        .collect()
                })
                .collect()
        });
        table.get(v).and_then(|r| r.get(u)).copied().unwrap_or(false)
    }

    /// What claim `id` is about (see [`Frame`]).
    pub fn frame(&self, id: ClaimId) -> &Frame {
        self.frames[id.0].get_or_init(|| Frame::of(self, id))
    }

    /// What frames every claim of sentence `s` of version `v` (see
    /// [`SentenceFrame`]); `None` for a sentence it does not have.
    pub fn sentence_frame(&self, v: usize, s: usize) -> Option<&SentenceFrame> {
        let cell = self.sentence_frames.get(v)?.get(s)?;
        Some(cell.get_or_init(|| SentenceFrame::of(self, v, s)))
    }

    /// How alike sentences `sv` of version `v` and `su` of version `u` are
    /// in what they state (0 to 1): IDF-weighted Dice of their words,
    /// leaving out numbers and the words naming a source or speaker, so
    /// that a passage told with another figure or another source is still
    /// the same passage.
    pub fn statement_similarity(&self, v: usize, sv: &[usize], u: usize, su: &[usize]) -> f32 {
        self.similarity_of(v, sv, u, su, false)
    }

    /// How alike sentences `sv` of version `v` and `su` of version `u` are
    /// in what they say happened, leaving out names as well: two passages
    /// about the same people that say different things score low.
    pub fn predicate_similarity(&self, v: usize, sv: &[usize], u: usize, su: &[usize]) -> f32 {
        self.similarity_of(v, sv, u, su, true)
    }

    fn similarity_of(&self, v: usize, sv: &[usize], u: usize, su: &[usize], no_names: bool) -> f32 {
        weighted_dice(&self.terms_of(v, sv, no_names), &self.terms_of(u, su, no_names))
    }

    /// The terms of sentences `s` of version `v` that
    /// [`Ctx::statement_similarity`] weighs, with their IDF, by term: to
    /// compare one passage with many ([`weighted_dice`]) without merging
    /// its sentences' terms again for each.
    pub fn statement_bag(&self, v: usize, s: &[usize]) -> std::borrow::Cow<'_, [(u32, f32)]> {
        self.terms_of(v, s, false)
    }

    /// One sentence: its cached terms as they are; several: merged.
    fn terms_of(
        &self,
        v: usize,
        s: &[usize],
        no_names: bool,
    ) -> std::borrow::Cow<'_, [(u32, f32)]> {
        if let [one] = s {
            return std::borrow::Cow::Borrowed(self.sentence_terms(v, *one, no_names));
        }
        let mut out: Vec<(u32, f32)> =
            s.iter().flat_map(|&i| self.sentence_terms(v, i, no_names).iter().copied()).collect();
        out.sort_by_key(|t| t.0); // sorted runs, merged
        out.dedup_by_key(|t| t.0);
        std::borrow::Cow::Owned(out)
    }

    /// The terms [`Ctx::statement_similarity`] weighs of sentence `s` of
    /// version `v`: two sentences sharing none are not alike at all.
    pub fn statement_terms(&self, v: usize, s: usize) -> &[(u32, f32)] {
        self.sentence_terms(v, s, false)
    }

    /// The terms (without weights, which follow from them) that
    /// [`Ctx::statement_similarity`] weighs of sentences `s` of version `v`.
    fn cell_terms(&self, v: usize, s: &[usize]) -> Vec<u32> {
        let mut out: Vec<u32> =
            s.iter().flat_map(|&i| self.statement_terms(v, i).iter().map(|t| t.0)).collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The words of sentence `s` of version `v` that say what it states (see
    /// [`Ctx::statement_similarity`]), without names when `no_names`, as
    /// terms with their IDF, by term.
    fn sentence_terms(&self, v: usize, s: usize, no_names: bool) -> &[(u32, f32)] {
        let cells = if no_names { &self.predicate_terms } else { &self.statement_terms };
        let Some(cell) = cells.get(v).and_then(|d| d.get(s)) else { return &[] };
        cell.get_or_init(|| {
            let doc = &self.docs[v];
            let sources: Vec<Span> = self
                .in_sentence(v, s)
                .iter()
                .filter_map(|&c| match &self.claim(c).data {
                    ClaimData::Attribution(a) => Some(a.source_span),
                    ClaimData::Statement(st) => st.speaker.span,
                    ClaimData::Person(_) | ClaimData::Place(_) | ClaimData::Organization(_)
                        if no_names =>
                    {
                        Some(self.claim(c).span)
                    }
                    _ => None,
                })
                .collect();
            let mut out: Vec<(u32, f32)> = doc
                .seg
                .sentences
                .get(s)
                .and_then(|sent| doc.seg.tokens.get(sent.tokens.clone()))
                .into_iter()
                .flatten()
                .filter(|t| t.kind == crate::TokenKind::Word)
                .filter(|t| !sources.iter().any(|x| x.contains(t.span)))
                .filter_map(|t| self.terms.term(&t.norm))
                .map(|term| (term, self.terms.idf(term)))
                .collect();
            out.sort_unstable_by_key(|t| t.0);
            out.dedup_by_key(|t| t.0);
            out
        })
    }

    /// The sentences of version `v` having the word `term`, ascending.
    pub fn sentences_with(&self, v: usize, term: u32) -> &[usize] {
        let Some(cell) = self.postings.get(v) else { return &[] };
        let index = cell.get_or_init(|| {
            let doc = &self.docs[v];
            let mut index: HashMap<u32, Vec<usize>> = HashMap::default();
            for (s, sent) in doc.seg.sentences.iter().enumerate() {
                for t in doc.seg.tokens.get(sent.tokens.clone()).into_iter().flatten() {
                    if let Some(term) = self.terms.term(&t.norm) {
                        let list = index.entry(term).or_default();
                        if list.last() != Some(&s) {
                            list.push(s);
                        }
                    }
                }
            }
            index
        });
        index.get(&term).map_or(&[], Vec::as_slice)
    }

    /// The words of version `v` (word tokens, normalised) in text order:
    /// read once, looked through for many phrases.
    pub fn words(&self, v: usize) -> &[&'a str] {
        let Some(cell) = self.words.get(v) else { return &[] };
        cell.get_or_init(|| {
            let doc: &'a Document = &self.docs[v];
            let words = doc.seg.tokens.iter().filter(|t| t.kind == crate::TokenKind::Word);
            words.map(|t| t.norm.as_str()).collect()
        })
    }

    /// The sentences of version `v` sharing a word with sentences `su` of
    /// version `u` once names are left out: the only ones that can be
    /// alike in [`Ctx::predicate_similarity`], ascending.
    pub fn sharing_predicate(&self, u: usize, su: &[usize], v: usize) -> Vec<usize> {
        let mut out: Vec<usize> = su
            .iter()
            .flat_map(|&s| self.sentence_terms(u, s, true).iter())
            .flat_map(|t| self.sentences_with(v, t.0).iter().copied())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// How many versions use `term` (see [`Terms::term`]) anywhere.
    pub fn versions_with(&self, term: u32) -> usize {
        let counts = self.term_versions.get_or_init(|| {
            let mut counts: Vec<u32> = Vec::new();
            for doc in self.docs {
                let mut used: Vec<u32> =
                    doc.seg.tokens.iter().filter_map(|t| self.terms.term(&t.norm)).collect();
                used.sort_unstable();
                used.dedup();
                for t in used {
                    let t = t as usize;
                    if t >= counts.len() {
                        counts.resize(t + 1, 0);
                    }
                    counts[t] += 1;
                }
            }
            counts
        });
        counts.get(term as usize).map_or(0, |&c| c as usize)
    }

    /// The terms (stemmed content words and numbers, see [`Terms::term`])
    /// of the words within `span` of version `v`, each once.
    pub fn terms_in(&self, v: usize, span: Span) -> Vec<u32> {
        let Some(doc) = self.docs.get(v) else { return Vec::new() };
        let tokens = &doc.seg.tokens;
        let from = tokens.partition_point(|t| t.span.start < span.start);
        let mut out: Vec<u32> = tokens[from..]
            .iter()
            .take_while(|t| t.span.end <= span.end)
            .filter_map(|t| self.terms.term(&t.norm))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The claims of version `v` that overlap `span`, widest first.
    pub fn claims_in(&self, v: usize, span: Span) -> Vec<ClaimId> {
        let Some(doc) = self.docs.get(v) else { return Vec::new() };
        let (Some(first), Some(last)) = (
            doc.sentence_at(span.start),
            doc.sentence_at(span.end.saturating_sub(1).max(span.start)),
        ) else {
            return Vec::new();
        };
        let mut out: Vec<ClaimId> = (first.0..=last.0)
            .flat_map(|s| self.in_sentence(v, s).iter().copied())
            .filter(|&c| self.claim(c).span.overlaps(span))
            .collect();
        out.sort_by_key(|&c| std::cmp::Reverse(self.claim(c).span.len()));
        out
    }

    /// True when claim `id` is the only claim of its kind in its version's
    /// cell of its alignment row.
    pub fn sole_in_row(&self, id: ClaimId) -> bool {
        let counts = self.row_counts.get_or_init(|| {
            let mut m: HashMap<(usize, usize, ClaimKind), usize> = HashMap::default();
            for (i, c) in self.claims.iter().enumerate() {
                if let Some(r) = self.row(ClaimId(i)) {
                    *m.entry((c.version.0, r, c.claim.kind())).or_default() += 1;
                }
            }
            m
        });
        let Some(r) = self.row(id) else { return false };
        counts.get(&(self.version(id).0, r, self.claim(id).kind())).copied() == Some(1)
    }

    /// The claims of sentence `s` of version `v`.
    pub fn in_sentence(&self, v: usize, s: usize) -> &[ClaimId] {
        self.in_sentence.get(v).and_then(|d| d.get(s)).map_or(&[], Vec::as_slice)
    }

    /// True when sentence `s` of version `v` is a question in the
    /// writer's voice ("Do you think she will win?"): it asks the reader
    /// and states nothing. A question someone is quoted asking ends with
    /// its quotation mark.
    pub fn is_question(&self, v: usize, s: usize) -> bool {
        let doc = &self.docs[v];
        doc.seg
            .sentences
            .get(s)
            .and_then(|s| doc.text.get(s.span.start..s.span.end))
            .is_some_and(|t| t.trim_end().ends_with('?'))
    }

    /// True when `span` lies within the words of one of version `v`'s
    /// quotes.
    pub fn in_quote(&self, v: usize, span: Span) -> bool {
        let Some(list) = self.quoted.get(v) else { return false };
        let i = list.partition_point(|q| q.start <= span.start);
        list[..i].iter().rev().take(8).any(|q| q.contains(span))
    }

    /// True when time claim `id` of version `v` is more than six weeks
    /// before the version's own date ("in 2004", "last year"): an earlier
    /// event. Without a date of its own or of most versions, an earlier
    /// year than the latest any version names is the past.
    pub fn is_past(&self, v: usize, id: ClaimId) -> bool {
        let anchor = self
            .dates
            .get(v)
            .copied()
            .flatten()
            .or_else(|| self.story_year.and_then(|y| CivilDate::new(y, 1, 1)));
        let Some(anchor) = anchor else { return false };
        match &self.claim(id).data {
            ClaimData::Time(t) if t.ty == crate::claims::TimexType::Date => {
                super::date_parts::parse(&t.value).is_some_and(|p| p.before(anchor, 45))
            }
            _ => false,
        }
    }

    pub fn n(&self) -> usize {
        self.docs.len()
    }

    pub fn claim(&self, id: ClaimId) -> &'a Claim {
        &self.claims[id.0].claim
    }

    pub fn version(&self, id: ClaimId) -> VersionId {
        self.claims[id.0].version
    }

    /// The alignment row of a claim's sentence.
    pub fn row(&self, id: ClaimId) -> Option<usize> {
        self.claim_row.get(id.0).copied().flatten()
    }

    /// Claims of `kind` in version `v`, in text order.
    pub fn of_kind(&self, v: usize, kind: ClaimKind) -> impl Iterator<Item = ClaimId> + '_ {
        self.by_kind.get(v).and_then(|m| m.get(&kind)).into_iter().flatten().copied()
    }

    pub fn text(&self, v: VersionId, span: Span) -> &'a str {
        self.docs.get(v.0).map_or("", |d| span.slice(&d.text))
    }

    pub fn claim_text(&self, id: ClaimId) -> &'a str {
        self.text(self.version(id), self.claim(id).span)
    }

    pub fn short(&self, v: VersionId) -> &str {
        self.short.get(v.0).map_or("", String::as_str)
    }

    /// The versions having a sentence in row `r`.
    pub fn row_present(&self, r: usize) -> Vec<bool> {
        self.present.get(r).cloned().unwrap_or_else(|| vec![false; self.n()])
    }

    /// The span of version `v`'s sentences in row `r`.
    pub fn row_span(&self, r: usize, v: usize) -> Option<Span> {
        let cell = self.alignment.rows.get(r)?.cells.get(v)?;
        let doc = self.docs.get(v)?;
        let first = doc.seg.sentences.get(cell.sentences.first()?.0)?.span;
        let last = doc.seg.sentences.get(cell.sentences.last()?.0)?.span;
        Some(first.cover(last))
    }

    /// The value everyone is judged against: the reference version's, or
    /// the most common among versions that state one (None on a tie for
    /// first place, when there is no consensus).
    pub fn consensus(&self, values: &[Option<Value>]) -> Option<Value> {
        if let Some(r) = self.reference {
            return values.get(r.0).cloned().flatten();
        }
        let mut counts: Vec<(&Value, usize)> = Vec::new();
        for v in values.iter().flatten() {
            match counts.iter_mut().find(|(x, _)| *x == v) {
                Some(e) => e.1 += 1,
                None => counts.push((v, 1)),
            }
        }
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        match counts.as_slice() {
            [] => None,
            [(v, _)] => Some((*v).clone()),
            [(v, a), (_, b), ..] if a > b => Some((*v).clone()),
            _ => None,
        }
    }

    /// True when the fact counts as part of the reference account: stated
    /// by the reference version, or (no reference) by at least half.
    pub fn in_reference(&self, present: &[bool]) -> bool {
        match self.reference {
            Some(r) => present.get(r.0).copied().unwrap_or(false),
            None => present.iter().filter(|&&p| p).count() * 2 >= self.n(),
        }
    }

    /// Groups versions by a display string: "March 15, 2024 in 000;
    /// March 14, 2024 in 001, 003".
    pub fn grouped(&self, items: &[(VersionId, String)]) -> String {
        let mut groups: Vec<(String, Vec<VersionId>)> = Vec::new();
        for (v, shown) in items {
            match groups.iter_mut().find(|(s, _)| s.eq_ignore_ascii_case(shown)) {
                Some(g) => {
                    if !g.1.contains(v) {
                        g.1.push(*v);
                    }
                }
                None => groups.push((shown.clone(), vec![*v])),
            }
        }
        groups
            .iter()
            .map(|(s, vs)| format!("{s} in {}", self.list(vs)))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn list(&self, vs: &[VersionId]) -> String {
        vs.iter().map(|&v| self.short(v).to_string()).collect::<Vec<_>>().join(", ")
    }
}

/// Names without extension, and without a common suffix style like
/// `000_9145386a.txt` → `000` when the part before `_` is unique.
fn short_names(docs: &[Document]) -> Vec<String> {
    let stems: Vec<String> = docs
        .iter()
        .map(|d| match d.name.rsplit_once('.') {
            Some((stem, ext)) if !stem.is_empty() && ext.len() <= 4 => stem.to_string(),
            _ => d.name.clone(),
        })
        .collect();
    let heads: Vec<String> =
        stems.iter().map(|s| s.split('_').next().unwrap_or(s).to_string()).collect();
    let unique = heads
        .iter()
        .enumerate()
        .all(|(i, h)| !h.is_empty() && heads.iter().skip(i + 1).all(|o| o != h));
    if unique && heads.iter().zip(&stems).any(|(h, s)| h != s) {
        heads
    } else {
        stems
    }
}

/// A builder for one finding.
pub(crate) struct Draft {
    pub kind: FindingKind,
    pub severity: Severity,
    pub summary: String,
    pub rule: &'static str,
    pub evidence: Vec<Evidence>,
    pub missing_in: Vec<VersionId>,
    pub score: f32,
}

impl Draft {
    pub fn new(
        kind: FindingKind,
        severity: Severity,
        rule: &'static str,
        summary: String,
    ) -> Draft {
        Draft {
            kind,
            severity,
            summary,
            rule,
            evidence: Vec::new(),
            missing_in: Vec::new(),
            score: 0.0,
        }
    }

    pub fn evidence(
        mut self,
        version: VersionId,
        span: Span,
        value: Option<Value>,
        claim: Option<ClaimId>,
    ) -> Draft {
        self.evidence.push(Evidence { version, span, value, claim });
        self
    }

    pub fn missing(mut self, vs: impl IntoIterator<Item = VersionId>) -> Draft {
        self.missing_in.extend(vs);
        self.missing_in.sort();
        self.missing_in.dedup();
        self
    }

    pub fn build(mut self) -> Finding {
        self.evidence.sort_by_key(|e| (e.version, e.span.start));
        Finding {
            kind: self.kind,
            severity: self.severity,
            summary: self.summary,
            rule: self.rule,
            evidence: self.evidence,
            missing_in: self.missing_in,
            fact: None,
            score: self.score,
        }
    }
}

/// The place a figure is of, when a word of place follows it closely
/// (within four words): "170,000 people in the province" → "province",
/// "230,000 people in 13 countries" → "13"; `None` when no word of place
/// follows, or when what follows names an event ("in an attack"), the
/// circumstance, not the place. `after` are the word and number tokens
/// after the figure. Two figures of one thing whose places differ are of
/// different wholes.
pub(crate) fn scope<'t>(
    ctx: &Ctx,
    mut after: impl Iterator<Item = &'t crate::Token>,
) -> Option<&'t str> {
    use crate::lexicon::{COMPARE_PLACE_WORDS, FUNCTION_WORDS_ARTICLES};
    after.by_ref().take(4).find(|t| COMPARE_PLACE_WORDS.contains(t.norm.as_str()))?;
    let place = after.map(|t| t.norm.as_str()).find(|w| !FUNCTION_WORDS_ARTICLES.contains(w))?;
    let event = ctx.terms.term(place).and_then(|t| frames::events().class(ctx.terms.stem(t)));
    event.is_none().then_some(place)
}

/// Shortens text for a summary line: at most `max` chars, cut at a word,
/// without hidden characters (a right-to-left override in an excerpt would
/// reorder the rest of the summary; the evidence keeps them).
pub(crate) fn clip(s: &str, max: usize) -> String {
    let s = s
        .split_whitespace()
        .map(|w| w.chars().filter(|&c| !crate::normalize::is_invisible(c)).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a).to_string();
    format!("{cut}…")
}

/// IDF-weighted Dice of two bags of terms (each by term, with its weight):
/// twice the weight they share over the weight of both, 0 for two empty.
pub(crate) fn weighted_dice(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let total: f32 = a.iter().chain(b.iter()).map(|t| t.1).sum();
    if total <= 0.0 {
        return 0.0;
    }
    2.0 * crate::align::shared_weight(a, b) / total
}
