//! Cues of speech and sourcing ("X said", "said X", "according to X", "as
//! reported by X", "Tass quoted X, who stated") and the noun phrases that
//! name the source, resolved to people where the text allows.

use super::marks::Marked;
use super::Found;
use crate::claims::entities::person_gender;
use crate::claims::entities::words::{clause_start, is_function_word, Kind, Word, Words};
use crate::claims::{Claim, ClaimData, Speaker};
use crate::lexicon::{lexicon, FnvHashMap as HashMap, Gazetted, Gender, SpeechVerb, VerbClass};
use crate::text::Span;
use crate::Document;

/// A person mention, in words.
#[derive(Debug, Clone)]
struct Mention {
    /// First word of the name (or description).
    start: usize,
    /// One past its last word.
    end: usize,
    /// First word of the role phrase in front, or `start`.
    np_start: usize,
    entity: String,
    gender: Gender,
    subject: bool,
}

/// A resolved source or speaker.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    /// The words naming it.
    pub span: Span,
    /// The person's full name, or the words as written.
    pub name: String,
    /// The comparison key (full name, or lower-case head phrase).
    pub key: String,
}

/// One cue of speech or sourcing.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    pub sentence: usize,
    /// The cue words ("according to", "said", "as reported by").
    pub span: Span,
    pub text: String,
    pub source: Option<Source>,
    /// What is reported, when it is reported speech.
    pub content: Option<Span>,
}

/// Everything the quote and attribution rules look up.
pub(crate) struct Sources<'a> {
    doc: &'a Document,
    words: &'a Words,
    mentions: Vec<Mention>,
    /// Word index → mention covering it.
    person_at: Vec<Option<usize>>,
    /// Word index → inside an organisation or place name.
    name_at: Vec<bool>,
    in_quote: Vec<bool>,
    /// Word index → mention whose role phrase or name starts there.
    starts_at: HashMap<usize, usize>,
    marked: &'a [Marked],
}

/// Nouns that name a source of information.
fn is_source_noun(lower: &str) -> bool {
    matches!(
        lower,
        "officials"
            | "authorities"
            | "police"
            | "sources"
            | "source"
            | "witnesses"
            | "witness"
            | "residents"
            | "records"
            | "data"
            | "figures"
            | "statistics"
            | "reports"
            | "report"
            | "statement"
            | "statements"
            | "documents"
            | "document"
            | "files"
            | "filings"
            | "study"
            | "survey"
            | "poll"
            | "analysis"
            | "ministry"
            | "agency"
            | "government"
            | "administration"
            | "military"
            | "army"
            | "media"
            | "outlets"
            | "analysts"
            | "experts"
            | "observers"
            | "organizers"
            | "organisers"
            | "investigators"
            | "prosecutors"
            | "officers"
            | "rescuers"
            | "doctors"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokespeople"
            | "office"
            | "department"
            | "company"
            | "firm"
            | "court"
            | "council"
            | "committee"
            | "commission"
            | "agencies"
            | "kremlin"
            | "white"
            | "house"
            | "pentagon"
            | "newspaper"
            | "broadcaster"
            | "network"
            | "channel"
            | "tv"
            | "website"
            | "group"
            | "groups"
            | "service"
            | "services"
            | "estimates"
            | "people"
            | "leaders"
            | "lawmakers"
            | "diplomats"
            | "aides"
            | "relatives"
            | "family"
            | "neighbors"
            | "neighbours"
            | "medics"
            | "paramedics"
            | "hospital"
            | "union"
            | "bank"
            | "fund"
            | "board"
            | "team"
            | "campaign"
            | "spokespersons"
            | "organization"
            | "organisation"
            | "charity"
            | "league"
            | "association"
            | "federation"
            | "institute"
            | "foundation"
            | "university"
            | "club"
            | "party"
    )
}

fn is_aux_or_adverb(lower: &str) -> bool {
    matches!(
        lower,
        "has"
            | "have"
            | "had"
            | "was"
            | "were"
            | "is"
            | "are"
            | "also"
            | "then"
            | "later"
            | "reportedly"
            | "previously"
            | "recently"
            | "again"
            | "further"
            | "initially"
            | "earlier"
            | "once"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "separately"
            | "subsequently"
            | "finally"
            | "first"
            | "last"
            | "would"
            | "will"
            | "can"
            | "could"
            | "may"
            | "might"
            | "just"
            | "already"
            | "explicitly"
            | "directly"
            | "firmly"
            | "simply"
            | "openly"
            | "clearly"
            | "instead"
            | "told"
            | "all"
            | "both"
    )
}

fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
            | "the"
            | "some"
            | "several"
            | "many"
            | "most"
            | "other"
            | "his"
            | "her"
            | "its"
            | "their"
            | "two"
            | "three"
            | "four"
            | "five"
            | "these"
            | "those"
            | "this"
            | "that"
            | "another"
            | "one"
            | "anonymous"
            | "unnamed"
            | "unidentified"
    )
}

fn is_negation(lower: &str) -> bool {
    matches!(
        lower,
        "not"
            | "n't"
            | "never"
            | "didn't"
            | "did"
            | "does"
            | "declined"
            | "refused"
            | "to"
            | "without"
    )
}

/// An em or en dash (or a spaced hyphen) setting off an aside.
fn is_dash(w: &Word) -> bool {
    matches!(w.lower.as_str(), "\u{2014}" | "\u{2013}" | "-" | "--")
}

/// "he" → male; "she" → female.
fn pronoun_gender(lower: &str) -> Option<Gender> {
    match lower {
        "he" | "him" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    }
}

fn lower_words(ws: &[Word]) -> Vec<&str> {
    ws.iter()
        .filter(|w| w.kind != Kind::Punct && w.kind != Kind::Quote)
        .map(|w| w.lower.as_str())
        .collect()
}

impl<'a> Sources<'a> {
    pub fn new(
        doc: &'a Document,
        words: &'a Words,
        entities: &[Claim],
        marked: &'a [Marked],
    ) -> Sources<'a> {
        let ws = &words.words;
        let n = ws.len();
        let mut person_at = vec![None; n];
        let mut name_at = vec![false; n];
        let mut mentions: Vec<Mention> = Vec::new();
        let mut roles_of: HashMap<&str, Vec<crate::claims::Role>> = HashMap::default();
        let mut honorific_of: HashMap<&str, &str> = HashMap::default();
        for c in entities {
            let a = words.at_or_after(c.span.start);
            let b = words.at_or_after(c.span.end).max(a);
            match &c.data {
                ClaimData::Person(p) => {
                    if a >= b {
                        continue;
                    }
                    let mut np_start = a;
                    for r in &p.roles {
                        if r.span.end <= c.span.start {
                            let rs = words.at_or_after(r.span.start);
                            let gap = &ws[words.at_or_after(r.span.end)..a];
                            if gap.is_empty() || gap.iter().all(|w| w.lower == "the") {
                                np_start = np_start.min(rs);
                            }
                        }
                    }
                    if a > 0
                        && matches!(
                            ws[a - 1].lower.trim_end_matches('.'),
                            "mr" | "mrs" | "ms" | "miss"
                        )
                    {
                        honorific_of.insert(p.entity.as_str(), ws[a - 1].lower.as_str());
                        np_start = np_start.min(a - 1);
                    }
                    roles_of.entry(p.entity.as_str()).or_default().extend(p.roles.iter().cloned());
                    let mi = mentions.len();
                    for slot in person_at.iter_mut().take(b).skip(a) {
                        *slot = Some(mi);
                    }
                    mentions.push(Mention {
                        start: a,
                        end: b,
                        np_start,
                        entity: p.entity.clone(),
                        gender: Gender::Unknown,
                        subject: false,
                    });
                }
                ClaimData::Organization(_) | ClaimData::Place(_) => {
                    for slot in name_at.iter_mut().take(b).skip(a) {
                        *slot = true;
                    }
                }
                _ => {}
            }
        }
        let mut genders: HashMap<String, Gender> = HashMap::default();
        for m in &mentions {
            if !genders.contains_key(&m.entity) {
                let roles = roles_of.get(m.entity.as_str()).map_or(&[][..], |v| v.as_slice());
                let g =
                    person_gender(&m.entity, roles, honorific_of.get(m.entity.as_str()).copied());
                genders.insert(m.entity.clone(), g);
            }
        }
        for m in &mut mentions {
            m.gender = genders.get(&m.entity).copied().unwrap_or(Gender::Unknown);
            m.subject = clause_start(ws, m.np_start)
                && !ws.get(m.end).is_some_and(|w| w.kind == Kind::Possessive);
        }
        let mut in_quote = vec![false; n];
        for m in marked {
            let a = words.at_or_after(m.open.start);
            let b = words.at_or_after(m.close.map_or(m.content.end, |c| c.end));
            for slot in in_quote.iter_mut().take(b).skip(a) {
                *slot = true;
            }
        }
        let mut starts_at = HashMap::default();
        for (i, m) in mentions.iter().enumerate() {
            starts_at.entry(m.np_start).or_insert(i);
            starts_at.entry(m.start).or_insert(i);
        }
        Sources { doc, words, mentions, person_at, name_at, in_quote, starts_at, marked }
    }

    fn ws(&self) -> &[Word] {
        &self.words.words
    }

    fn sentence_range(&self, si: usize) -> (usize, usize) {
        self.words.sentences.get(si).map_or((0, 0), |r| (r.start, r.end))
    }

    fn span_of(&self, a: usize, b: usize) -> Span {
        let ws = self.ws();
        match (ws.get(a), b.checked_sub(1).and_then(|e| ws.get(e))) {
            (Some(x), Some(y)) if a < b => Span::new(x.span.start, y.span.end),
            _ => Span::new(0, 0),
        }
    }

    /// The speech verb at word `i`, if it is used as one here.
    fn verb_at(&self, i: usize, s0: usize) -> Option<SpeechVerb> {
        let ws = self.ws();
        let w = ws.get(i)?;
        if !w.is_word() || w.cap || self.in_quote.get(i).copied().unwrap_or(false) {
            return None;
        }
        let v = lexicon().speech_verb(&w.lower)?;
        let prev = i.checked_sub(1).filter(|&p| p >= s0).map(|p| &ws[p]);
        let prev2 = i.checked_sub(2).filter(|&p| p >= s0).map(|p| &ws[p]);
        if prev.is_some_and(|p| is_negation(&p.lower))
            || prev2.is_some_and(|p| {
                matches!(p.lower.as_str(), "not" | "n't" | "never" | "declined" | "refused")
            })
        {
            return None;
        }
        // Nouns spelled like verbs: "his remarks", "the reports", "Putin's comments".
        if prev.is_some_and(|p| {
            p.kind == Kind::Possessive
                || matches!(
                    p.lower.as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "these"
                        | "those"
                        | "such"
                        | "of"
                        | "in"
                        | "on"
                        | "for"
                        | "with"
                        | "by"
                        | "new"
                        | "first"
                        | "full"
                        | "initial"
                        | "public"
                        | "preliminary"
                        | "recent"
                        | "latest"
                        | "state"
                        | "media"
                )
        }) {
            return None;
        }
        let base = w.lower == v.lemma;
        let next = ws.get(i + 1).filter(|x| x.sentence == w.sentence);
        let that_next = next
            .is_some_and(|x| x.lower == "that" || x.is(":") || x.kind == Kind::Quote || x.is(","));
        if base && !that_next {
            // "officials say", "analysts say": a plural or pronoun subject.
            let plural = prev.is_some_and(|p| {
                matches!(p.lower.as_str(), "they" | "we" | "i" | "you")
                    || (p.lower.ends_with('s') && !p.cap)
                    || is_source_noun(&p.lower)
            });
            if !plural {
                return None;
            }
        }
        if w.lower.ends_with('s')
            && !base
            && w.lower != v.lemma
            && prev.is_some_and(|p| p.is_word() && !p.cap && lexicon().role_modifier(&p.lower))
        {
            return None;
        }
        match v.class {
            VerbClass::Say => Some(v),
            // Left out by the lexicon's `speech_verb`.
            VerbClass::Manner => None,
            VerbClass::ThatOnly => {
                let (_, s1) = self.sentence_range(w.sentence);
                let window = &ws[(i + 1).min(s1)..(i + 5).min(s1)];
                let ok = window
                    .iter()
                    .take_while(|x| x.kind != Kind::Punct || x.is(","))
                    .any(|x| x.lower == "that")
                    || next.is_some_and(|x| x.kind == Kind::Quote || x.is(":"))
                    || (next.is_some_and(|x| x.is(","))
                        && ws.get(i + 2).is_some_and(|x| x.kind == Kind::Quote));
                ok.then_some(v)
            }
            VerbClass::DescribeAs => {
                let (_, s1) = self.sentence_range(w.sentence);
                let window = &ws[(i + 1).min(s1)..(i + 14).min(s1)];
                window.iter().any(|x| x.lower == "as" || x.kind == Kind::Quote).then_some(v)
            }
        }
    }

    /// Resolves the words `a..b` as a source: a person (via mentions and
    /// pronouns) or a described source ("city officials").
    fn resolve(&self, a: usize, b: usize) -> Option<Source> {
        let ws = self.ws();
        if a >= b || b > ws.len() {
            return None;
        }
        let span = self.span_of(a, b);
        // A person mention at the phrase's end.
        if let Some(mi) = self.person_at[b - 1] {
            let m = &self.mentions[mi];
            if m.end == b {
                // "Witkoff and Kushner": both people.
                let mut names = vec![m.entity.clone()];
                let mut s = m.np_start.min(a.max(m.np_start));
                let mut k = m.np_start;
                while k >= 2 && k - 2 >= a && ws[k - 1].lower == "and" {
                    match self.person_at[k - 2] {
                        Some(oi) if self.mentions[oi].end == k - 1 => {
                            names.insert(0, self.mentions[oi].entity.clone());
                            s = self.mentions[oi].np_start;
                            k = s;
                        }
                        _ => break,
                    }
                }
                let start = s.max(a);
                let key = names.join(" and ");
                return Some(Source { span: self.span_of(start, b), name: key.clone(), key });
            }
        }
        // A pronoun.
        if let Some(g) = pronoun_gender(&ws[a].lower).filter(|_| b == a + 1) {
            let mi = self.resolve_pronoun(a, g)?;
            let e = self.mentions[mi].entity.clone();
            return Some(Source { span, name: e.clone(), key: e });
        }
        // A described source: its head must name one.
        let lx = lexicon();
        let head = &ws[b - 1];
        let named_org = self.name_at[b - 1]
            || (head.cap && matches!(lx.gazetted(&head.lower), Some(Gazetted::Org)));
        let ok = is_source_noun(&head.lower)
            || lx.role_head(&head.lower).is_some()
            || lx.is_plural_role(&head.lower)
            || named_org;
        if !ok {
            return None;
        }
        Some(self.described(a, b))
    }

    /// A source named by a cue that only sources take ("according to the
    /// league"): any noun phrase but a pronoun or a plan followed.
    fn resolve_cited(&self, a: usize, b: usize) -> Option<Source> {
        if let Some(s) = self.resolve(a, b) {
            return Some(s);
        }
        let ws = self.ws();
        let head = ws.get(b.checked_sub(1)?)?;
        let plain_words = (a..b).filter(|&k| ws[k].is_word() && !self.name_at[k]).count();
        let noun = plain_words <= 4
            && head.is_word()
            && !is_function_word(&head.lower)
            && pronoun_gender(&head.lower).is_none()
            && !matches!(
                head.lower.as_str(),
                "plan"
                    | "plans"
                    | "schedule"
                    | "rule"
                    | "rules"
                    | "law"
                    | "tradition"
                    | "custom"
                    | "script"
                    | "design"
                    | "form"
                    | "expectations"
                    | "forecast"
                    | "forecasts"
                    | "him"
                    | "them"
                    | "it"
            );
        noun.then(|| self.described(a, b))
    }

    /// The words `a..b` kept as a described source: the key drops leading
    /// determiners and a trailing "in/of/from/at …" ("officials in Kherson"
    /// → "officials"), except inside an organisation's name ("the Nevada
    /// Department of Wildlife" → "nevada department of wildlife").
    fn described(&self, a: usize, b: usize) -> Source {
        let ws = self.ws();
        let span = self.span_of(a, b);
        let mut start = a;
        while start + 1 < b && ws[start].is_word() && is_determiner(&ws[start].lower) {
            start += 1;
        }
        let in_name = |k: usize| self.name_at[k] && k > start && self.name_at[k - 1];
        let end = (start + 1..b)
            .find(|&k| matches!(ws[k].lower.as_str(), "in" | "of" | "from" | "at") && !in_name(k))
            .unwrap_or(b);
        let key = lower_words(&ws[start..end]).join(" ").replace(" 's", "'s");
        let name = span.slice(&self.doc.text).to_string();
        Source { span, name, key }
    }

    /// The source cited by the noun phrase at word `j` (after "according
    /// to", "surveyed by"); data named by where it comes from counts as
    /// that source: "data from the Census Bureau" → the Census Bureau.
    fn cited_after(&self, j: usize, s1: usize) -> Option<Source> {
        let ws = self.ws();
        let (a, b) = self.np_after(j, s1)?;
        let head = ws[b - 1].lower.as_str();
        let data = matches!(
            head,
            "data" | "figures" | "statistics" | "numbers" | "estimates" | "records" | "survey"
        ) || (b == a + 1 && head == "a");
        if data {
            let by = match ws.get(b).map(|w| w.lower.as_str()) {
                Some("from" | "by" | "of") => Some(b + 1),
                Some("compiled" | "released" | "published" | "collected" | "gathered")
                    if ws.get(b + 1).is_some_and(|w| w.lower == "by") =>
                {
                    Some(b + 2)
                }
                _ => None,
            };
            if let Some(src) = by.and_then(|k| self.np_after(k, s1)) {
                if let Some(s) = self.resolve_cited(src.0, src.1) {
                    return Some(s);
                }
            }
        }
        self.resolve_cited(a, b)
    }

    /// The person a "he"/"she" at word `at` refers to: the latest subject of
    /// the same gender in this or the previous sentences, else the latest
    /// mention of that gender.
    fn resolve_pronoun(&self, at: usize, g: Gender) -> Option<usize> {
        let ws = self.ws();
        let si = ws.get(at)?.sentence;
        let floor_sentence = si.saturating_sub(4);
        let compatible = |m: &Mention| m.gender == g || m.gender == Gender::Unknown;
        let end = self.mentions.partition_point(|m| m.start < at);
        let recent = self.mentions[..end]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, m)| ws[m.start].sentence >= floor_sentence);
        let mut any = None;
        let mut subject = None;
        for (i, m) in recent {
            if !compatible(m) {
                continue;
            }
            if any.is_none() {
                any = Some(i);
            }
            if m.subject {
                subject = Some(i);
                break;
            }
        }
        subject.or(any)
    }

    /// The noun phrase ending right before word `v` (skipping auxiliaries
    /// and adverbs), not before `floor`.
    fn np_before(&self, v: usize, floor: usize) -> Option<(usize, usize)> {
        let ws = self.ws();
        let mut j = v;
        while j > floor
            && ws[j - 1].is_word()
            && is_aux_or_adverb(&ws[j - 1].lower)
            && !ws[j - 1].cap
        {
            j -= 1;
        }
        // "Trump, on Wednesday, expressed": skip a parenthetical time.
        let end = j;
        if end <= floor {
            return None;
        }
        if let Some(mi) = self.person_at[end - 1] {
            let m = &self.mentions[mi];
            if m.end == end {
                // "Witkoff and Kushner reported": the pair.
                let mut s = m.np_start;
                while s >= floor + 2 && ws[s - 1].lower == "and" {
                    match self.person_at[s - 2] {
                        Some(oi) if self.mentions[oi].end == s - 1 => {
                            s = self.mentions[oi].np_start
                        }
                        _ => break,
                    }
                }
                return Some((s.max(floor), end));
            }
        }
        if pronoun_gender(&ws[end - 1].lower).is_some()
            || matches!(ws[end - 1].lower.as_str(), "they" | "it" | "we" | "i")
        {
            return Some((end - 1, end));
        }
        let mut a = end;
        while a > floor && end - a < 8 {
            let w = &ws[a - 1];
            // "Reports indicate": a plural noun spelled like a verb can be the head.
            let noun_like_verb = w.cap || (a == end && w.lower.ends_with('s'));
            let inner = w.kind == Kind::Possessive
                || w.lower == "-"
                || (w.is_word()
                    && !is_function_word(&w.lower)
                    && (noun_like_verb || lexicon().speech_verb(&w.lower).is_none()))
                || (w.is_word() && is_determiner(&w.lower))
                || w.kind == Kind::Number;
            // "Authorities in Kherson reported": a place after a source noun.
            let pp = w.is_word()
                && matches!(w.lower.as_str(), "in" | "of" | "from" | "at")
                && a >= floor + 2
                && (is_source_noun(&ws[a - 2].lower) || lexicon().is_plural_role(&ws[a - 2].lower));
            if !inner && !pp {
                break;
            }
            a -= 1;
            if w.is_word()
                && matches!(w.lower.as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "its")
            {
                break;
            }
        }
        (a < end).then_some((a, end))
    }

    /// The noun phrase starting at word `j` (after "according to", "by",
    /// or an inverted "said").
    fn np_after(&self, j: usize, ceil: usize) -> Option<(usize, usize)> {
        let ws = self.ws();
        if j >= ceil {
            return None;
        }
        let skip_det = usize::from(matches!(ws[j].lower.as_str(), "the" | "a" | "an"));
        for k in [j, j + skip_det] {
            if let Some(m) = self.starts_at.get(&k).map(|&i| &self.mentions[i]) {
                let mut end = m.end;
                // "Witkoff and Kushner".
                while ws.get(end).is_some_and(|w| w.lower == "and") {
                    match self.starts_at.get(&(end + 1)).map(|&i| &self.mentions[i]) {
                        Some(o) => end = o.end,
                        None => break,
                    }
                }
                return Some((j, end));
            }
        }
        let mut b = j;
        while b < ceil && b - j < 10 {
            let w = &ws[b];
            // "the U.S. Fish and Wildlife Service": not cut inside a name.
            let in_name = b > j && self.name_at[b] && self.name_at[b - 1];
            let stop = !in_name && matches!(w.kind, Kind::Punct | Kind::Quote)
                || (w.is_word()
                    && b > j
                    && matches!(
                        w.lower.as_str(),
                        "on" | "in"
                            | "at"
                            | "during"
                            | "after"
                            | "before"
                            | "about"
                            | "that"
                            | "who"
                            | "which"
                            | "when"
                            | "while"
                            | "because"
                            | "as"
                            | "for"
                            | "to"
                            | "with"
                            | "from"
                            | "and"
                    ));
            // "surveyed by FactSet was 52 cents": a verb ends the phrase.
            let verb = b > j
                && w.is_word()
                && !w.cap
                && (is_aux_or_adverb(&w.lower)
                    || lexicon().speech_verb(&w.lower).is_some()
                    // "polled by Reuters expected": a name ends before a
                    // lower-case word other than a connector.
                    || (w.lower.ends_with("ed") && {
                        let p = &ws[b - 1];
                        p.is_word() && !is_function_word(&p.lower) && !p.lower.ends_with("ly")
                    }));
            let stop = (stop || verb) && !in_name;
            if stop {
                break;
            }
            b += 1;
        }
        (b > j).then_some((j, b))
    }

    /// The subject of a clause: the first person (or he/she) at a clause
    /// start in sentence `si`, before word `before`.
    fn sentence_subject(&self, si: usize, before: usize) -> Option<Source> {
        let ws = self.ws();
        let (s0, _) = self.sentence_range(si);
        for k in s0..before {
            if let Some(mi) = self.person_at[k] {
                let m = &self.mentions[mi];
                if m.subject {
                    return self.resolve(m.np_start.max(s0), m.end);
                }
            }
            if pronoun_gender(&ws[k].lower).is_some()
                && clause_start(ws, k)
                && ws[k].lower != "her"
                && ws[k].lower != "him"
            {
                return self.resolve(k, k + 1);
            }
        }
        None
    }

    /// Who speaks with verb `v`: its subject, the antecedent of "who", the
    /// main clause's subject for "…, stating", or the inverted "said X".
    fn subject_of(&self, v: usize, s0: usize, s1: usize) -> Option<Source> {
        let ws = self.ws();
        let si = ws[v].sentence;
        let mut p = v;
        while p > s0 && ws[p - 1].is_word() && is_aux_or_adverb(&ws[p - 1].lower) && !ws[p - 1].cap
        {
            p -= 1;
        }
        let prev = p.checked_sub(1).filter(|&x| x >= s0).map(|x| &ws[x]);
        if prev.is_some_and(|w| matches!(w.lower.as_str(), "who" | "which")) {
            // "Tass quoted Putin, who stated" → Putin.
            let mut k = p - 1;
            if k > s0 && ws[k - 1].is(",") {
                k -= 1;
            }
            let (a, b) = self.np_before(k, s0)?;
            return self.resolve(a, b);
        }
        let participle = ws[v].lower.ends_with("ing");
        if participle {
            if let Some(mi) = prev.and_then(|_| self.person_at[p - 1]) {
                let m = &self.mentions[mi];
                if m.end == p {
                    return self.resolve(m.np_start.max(s0), m.end);
                }
            }
        }
        let joined = prev.is_none_or(|w| {
            w.is(",") || matches!(w.lower.as_str(), "and" | "but" | "while" | "yet")
        });
        if (participle || prev.is_some_and(|w| matches!(w.lower.as_str(), "and" | "but" | "yet")))
            && joined
        {
            return self.sentence_subject(si, v);
        }
        let after_quote = prev.is_some_and(|w| w.kind == Kind::Quote)
            || (prev.is_some_and(|w| w.is(","))
                && p >= 2
                && p - 2 >= s0
                && ws[p - 2].kind == Kind::Quote);
        let that_follows = ws.get(v + 1).is_some_and(|w| w.lower == "that");
        if (prev.is_none() || after_quote) && !that_follows {
            // Inverted: `," said Warren`.
            let (a, b) = self.np_after(v + 1, s1)?;
            return self.resolve(a, b);
        }
        if prev.is_some_and(|w| w.is(",")) {
            // "Six were hurt, said the company.": the subject ends the
            // sentence ("…, told AFP" names the listener).
            let tell = lexicon()
                .speech_verb(&ws[v].lower)
                .is_some_and(|x| matches!(x.lemma, "tell" | "ask" | "inform" | "brief" | "quote"));
            let np = self.np_after(v + 1, s1).filter(|&(a, _)| {
                !tell && (!is_function_word(&ws[a].lower) || is_determiner(&ws[a].lower))
            });
            if let Some((a, b)) = np {
                let at_end = ws[b..s1].iter().all(|w| matches!(w.kind, Kind::Punct | Kind::Quote));
                if at_end && b - a <= 6 {
                    if let Some(s) = self.resolve(a, b) {
                        return Some(s);
                    }
                }
            }
        }
        if prev.is_some_and(|w| w.is(",")) && p >= 2 {
            // "the director, John Ging, said": the name set off by commas.
            if let Some(mi) = self.person_at[p - 2] {
                let m = &self.mentions[mi];
                if m.end == p - 1 && m.np_start > s0 && ws[m.np_start - 1].is(",") {
                    return self.resolve(m.np_start, m.end);
                }
            }
        }
        if prev.is_some_and(|w| w.is(",")) {
            // "Trump, on Wednesday, expressed": skip the parenthetical — the
            // one that opens like one ("The goalie, a Regina, Saskatchewan,
            // native who …, said": not at "Saskatchewan").
            let opens = |k: usize| {
                ws.get(k + 1).is_some_and(|w| {
                    w.kind == Kind::Number
                        || (w.is_word()
                            && !w.cap
                            && (is_determiner(&w.lower)
                                || w.lower.ends_with("ing")
                                || matches!(
                                    w.lower.as_str(),
                                    "who"
                                        | "whose"
                                        | "which"
                                        | "in"
                                        | "on"
                                        | "at"
                                        | "after"
                                        | "before"
                                        | "during"
                                        | "for"
                                        | "with"
                                        | "like"
                                        | "according"
                                        | "as"
                                )))
                })
            };
            // (Within a bounded window, so that a huge sentence stays linear.)
            let mut commas = (s0.max(p.saturating_sub(60))..p - 1)
                .rev()
                .take_while(|&k| !self.in_quote[k])
                .filter(|&k| ws[k].is(","));
            let last = commas.clone().next()?;
            let k = commas.find(|&k| opens(k)).unwrap_or(last);
            let (a, b) = self.np_before(k, s0)?;
            return self.resolve(a, b);
        }
        let (a, b) = self.np_before(p, s0)?;
        self.resolve(a, b)
    }

    /// All cues of the document.
    pub fn cues(&self) -> Vec<Cue> {
        let ws = self.ws();
        let text = self.doc.text.as_str();
        let mut out = Vec::new();
        for si in 0..self.words.sentences.len() {
            let (s0, s1) = self.sentence_range(si);
            let mut i = s0;
            while i < s1 {
                if self.in_quote[i] {
                    i += 1;
                    continue;
                }
                let w = &ws[i];
                // "according to X"
                if w.lower == "according" && ws.get(i + 1).is_some_and(|x| x.lower == "to") {
                    let source = self.cited_after(i + 2, s1);
                    let content = if i == s0 || (i == s0 + 1 && ws[s0].kind == Kind::Punct) {
                        // "According to X, …"
                        let comma = (i + 2..s1).find(|&k| ws[k].is(","));
                        comma.map(|c| self.clause_span(c + 1, s1))
                    } else {
                        // "… — the largest in league history, according to
                        // the league — roared": only the aside.
                        let from = s0.max(i.saturating_sub(60));
                        let dashes: Vec<usize> = (from..i).filter(|&k| is_dash(&ws[k])).collect();
                        let paren = (from..i)
                            .rev()
                            .take_while(|&k| !ws[k].is(")"))
                            .find(|&k| ws[k].is("("));
                        let open =
                            if dashes.len() % 2 == 1 { dashes.last().copied() } else { None };
                        let open = open.max(paren);
                        Some(self.clause_span(open.map_or(s0, |o| o + 1), i))
                    };
                    out.push(Cue {
                        sentence: si,
                        span: self.span_of(i, i + 2),
                        text: "according to".into(),
                        source,
                        content,
                    });
                    i += 2;
                    continue;
                }
                // "as reported by X", "was provided by X"
                if w.lower == "by" && i > s0 {
                    let part = &ws[i - 1];
                    let passive_verb = lexicon().speech_verb(&part.lower).is_some()
                        || matches!(
                            part.lower.as_str(),
                            "provided"
                                | "released"
                                | "issued"
                                | "published"
                                | "given"
                                | "disseminated"
                                | "relayed"
                                | "shared"
                        );
                    // "analysts surveyed by FactSet": a survey names its source
                    // wherever it stands.
                    let survey = matches!(
                        part.lower.as_str(),
                        "surveyed" | "polled" | "compiled" | "tracked" | "collected" | "gathered"
                    );
                    if survey {
                        if let Some(source) = self.cited_after(i + 1, s1) {
                            out.push(Cue {
                                sentence: si,
                                span: self.span_of(i - 1, i + 1),
                                text: format!("{} by", part.lower),
                                source: Some(source),
                                content: None,
                            });
                            i += 1;
                            continue;
                        }
                    }
                    if passive_verb && part.lower.ends_with('d') || part.lower == "given" {
                        let before =
                            i.checked_sub(2).filter(|&x| x >= s0).map(|x| ws[x].lower.as_str());
                        let as_form = before == Some("as");
                        let be_form = matches!(
                            before,
                            Some("was" | "were" | "is" | "are" | "been" | "being" | "be")
                        );
                        if as_form || be_form || before == Some(",") {
                            let cue_start = if as_form { i - 2 } else { i - 1 };
                            let source =
                                self.np_after(i + 1, s1).and_then(|(a, b)| self.resolve(a, b));
                            let cue_text = lower_words(&ws[cue_start..=i]).join(" ");
                            let content = as_form.then(|| self.clause_span(s0, cue_start));
                            out.push(Cue {
                                sentence: si,
                                span: self.span_of(cue_start, i + 1),
                                text: cue_text,
                                source,
                                content,
                            });
                            i += 1;
                            continue;
                        }
                    }
                }
                if let Some(v) = self.verb_at(i, s0) {
                    if ws.get(i + 1).is_some_and(|x| x.lower == "by") {
                        i += 1;
                        continue;
                    }
                    let source = self.subject_of(i, s0, s1);
                    let content = self.reported_content(i, v, s0, s1);
                    out.push(Cue {
                        sentence: si,
                        span: w.span,
                        text: w.lower.clone(),
                        source,
                        content,
                    });
                }
                i += 1;
            }
        }
        let _ = text;
        out
    }

    /// What verb `v` at word `i` reports: the "that" clause, a clause right
    /// after it, or (for a sentence-final "…, X said") the clause before.
    fn reported_content(&self, i: usize, v: SpeechVerb, s0: usize, s1: usize) -> Option<Span> {
        let ws = self.ws();
        if v.lemma == "quote" || v.class == VerbClass::DescribeAs {
            return None;
        }
        // "that" within the next few words.
        let that = (i + 1..(i + 6).min(s1))
            .take_while(|&k| !matches!(ws[k].kind, Kind::Punct | Kind::Quote))
            .find(|&k| ws[k].lower == "that");
        if let Some(t) = that {
            return Some(self.clause_span(t + 1, s1)).filter(|s| !s.is_empty());
        }
        // Sentence-final: "…, Oppal said Wednesday."
        let mut k = i;
        while k > s0 && !ws[k - 1].is(",") && i - k < 9 {
            k -= 1;
        }
        let tail = &ws[i + 1..s1];
        let tail_words = tail.iter().filter(|w| w.is_word()).count();
        let tail_is_short = tail_words <= 4 && !tail.iter().any(|w| w.kind == Kind::Quote);
        // Right after the comma the verb's subject must follow it ("…, said
        // Oppal", "…, said local hospital director Hengky Tewu"); "Reyes, a
        // lawyer, said the company would appeal" reports what follows.
        let subject_after = v.lemma != "tell" && self.subject_after(i + 1, s1);
        if (subject_after || (k < i && tail_is_short))
            && k > s0
            && ws[k - 1].is(",")
            && !self.in_quote[k - 2.min(k - 1)]
        {
            return Some(self.clause_span(s0, k - 1)).filter(|s| !s.is_empty());
        }
        // Inverted `"…," said Okonkwo, a native of …`: what follows the verb
        // is its subject, not what was said.
        let prev = i.checked_sub(1).filter(|&p| p >= s0).map(|p| &ws[p]);
        let inverted = prev.is_none_or(|p| {
            p.kind == Kind::Quote
                || (p.is(",") && i >= 2 && i - 2 >= s0 && ws[i - 2].kind == Kind::Quote)
        });
        // Zero "that": "Attorney General Wally Oppal said Winston Blackmore is charged".
        if !inverted
            && !subject_after
            && v.class == VerbClass::Say
            && v.lemma != "tell"
            && v.lemma != "ask"
        {
            let next = ws.get(i + 1).filter(|w| w.sentence == ws[i].sentence)?;
            let prep = matches!(
                next.lower.as_str(),
                "on" | "in"
                    | "at"
                    | "to"
                    | "during"
                    | "after"
                    | "before"
                    | "by"
                    | "with"
                    | "for"
                    | "of"
                    | "about"
                    | "late"
                    | "earlier"
                    | "yesterday"
                    | "today"
            ) || crate::lexicon::WEEKDAYS_NAMES.contains(&next.lower);
            let has_quote = ws[i + 1..s1].iter().any(|w| w.kind == Kind::Quote);
            if next.is_word() && !prep && !has_quote && s1 - i > 4 {
                return Some(self.clause_span(i + 1, s1)).filter(|s| !s.is_empty());
            }
        }
        None
    }

    /// True when the words from `j` to the sentence end (or to a comma
    /// after a name) are the subject of the verb before `j`: "said local
    /// hospital director Hengky Tewu.", "said Okonkwo, a native of …",
    /// "said the company." — not "said Mr Bashir should be held responsible".
    fn subject_after(&self, j: usize, s1: usize) -> bool {
        let ws = self.ws();
        let mut end = s1;
        while end > j && matches!(ws[end - 1].kind, Kind::Punct | Kind::Quote) {
            end -= 1;
        }
        if end <= j {
            return false;
        }
        // A person named at the end (or before a comma): the words before
        // the name must be a role phrase. (A subject is short: the bounds
        // keep a huge sentence linear.)
        let comma = (j..end.min(j + 12)).find(|&k| ws[k].is(","));
        if comma.is_none() && end - j > 12 {
            return false;
        }
        let np_end = match comma {
            Some(c) if self.person_at[c - 1.min(c)].is_some() && c > j => c,
            _ => end,
        };
        if let Some(mi) = self.person_at[np_end - 1] {
            let m = &self.mentions[mi];
            let lead_in = m.start - j <= 6
                && ws[j..m.start].iter().all(|w| {
                    w.kind == Kind::Possessive
                        || (w.is_word()
                            && (!is_function_word(&w.lower) || is_determiner(&w.lower))
                            && !is_aux_or_adverb(&w.lower)
                            && (w.cap || lexicon().speech_verb(&w.lower).is_none()))
                });
            if m.end == np_end && m.start >= j && lead_in {
                return true;
            }
        }
        let words = end - j;
        (j..end).all(|k| self.name_at[k])
            || (words <= 3
                && is_determiner(&ws[j].lower)
                && !(j + 1..end).any(|k| ws[k].kind == Kind::Punct))
    }

    /// Words `a..b` without a trailing comma or final punctuation.
    fn clause_span(&self, a: usize, b: usize) -> Span {
        let ws = self.ws();
        let mut b = b;
        while b > a && matches!(ws[b - 1].kind, Kind::Punct | Kind::Quote) {
            // "hit the school (at 3pm)": a closing bracket stays with its opening.
            if ws[b - 1].is(")") && ws[a.max(b.saturating_sub(60))..b].iter().any(|w| w.is("(")) {
                break;
            }
            b -= 1;
        }
        let mut a = a;
        while a < b && matches!(ws[a].kind, Kind::Punct) {
            a += 1;
        }
        self.span_of(a, b)
    }

    fn to_found(&self, s: Source, verb: &str) -> Found {
        (Speaker { name: s.name, span: Some(s.span) }, Some(verb.to_string()))
    }

    /// `"…," Trump remarked` / `"…," said Warren`.
    pub fn speaker_after(&self, m: &Marked, close_sentence: usize) -> Option<Found> {
        let close = m.close?;
        let ws = self.ws();
        let (_, s1) = self.sentence_range(close_sentence);
        let j = self.words.at_or_after(close.end);
        let j = if ws.get(j).is_some_and(|w| w.is(",")) { j + 1 } else { j };
        let mut k = j;
        while k < s1 && k < j + 9 {
            let w = &ws[k];
            if w.kind == Kind::Quote || (w.kind == Kind::Punct && !w.is("-") && !w.is(".")) {
                break;
            }
            if let Some(v) = self.verb_at(k, j) {
                let source = if k > j {
                    let (a, b) = self.np_before(k, j)?;
                    self.resolve(a, b)?
                } else {
                    let (a, b) = self.np_after(k + 1, s1)?;
                    self.resolve(a, b)?
                };
                let verb = verb_text(&ws[k].lower, v);
                return Some(self.to_found(source, &verb));
            }
            k += 1;
        }
        None
    }

    /// `Putin stated: "…"`, `described the talks as "…"`, `Tass quoted
    /// Putin, who stated, "…"`: the nearest speech verb before the quote.
    pub fn speaker_before(&self, open_w: usize, si: usize) -> Option<Found> {
        let ws = self.ws();
        let (s0, s1) = self.sentence_range(si);
        let mut k = open_w.min(s1);
        while k > s0 {
            k -= 1;
            if self.in_quote[k] {
                continue;
            }
            if let Some(v) = self.verb_at(k, s0) {
                let source = if v.lemma == "quote" {
                    let (a, b) = self.np_after(k + 1, s1)?;
                    self.resolve(a, b)?
                } else {
                    self.subject_of(k, s0, s1)?
                };
                let verb = verb_text(&ws[k].lower, v);
                return Some(self.to_found(source, &verb));
            }
        }
        None
    }

    /// A quote opening a paragraph after a sentence ending in ":" — the
    /// speaker is in that sentence.
    pub fn speaker_from_colon(&self, m: &Marked, si: usize) -> Option<Found> {
        let prev = si.checked_sub(1)?;
        let sent = self.doc.seg.sentences.get(prev)?;
        if !sent.span.slice(&self.doc.text).trim_end().ends_with(':') || !self.opens_paragraph(m) {
            return None;
        }
        let (_, s1) = self.sentence_range(prev);
        self.speaker_before(s1, prev)
            .or_else(|| self.sentence_subject(prev, s1).map(|s| self.to_found(s, "")))
    }

    /// The subject of sentence `si` before word `before`, as a speaker.
    pub fn subject_speaker(&self, si: usize, before: usize) -> Option<Found> {
        let s = self.sentence_subject(si, before)?;
        Some((Speaker { name: s.name, span: Some(s.span) }, None))
    }

    /// True when the quote follows a colon in its sentence: `joke: "…"`.
    pub fn after_colon(&self, m: &Marked) -> bool {
        let before = self.doc.text.get(..m.open.start).unwrap_or("");
        before.trim_end().ends_with(':')
    }

    /// True for a quoted fragment inside the writer's sentence.
    pub fn is_partial(&self, m: &Marked) -> bool {
        let text = self.doc.text.as_str();
        let before = text.get(..m.open.start).unwrap_or("");
        let prev = before.trim_end_matches([' ', '\t']).chars().next_back();
        let w = self.words.at_or_after(m.open.start);
        let after_verb = w > 0
            && self.ws().get(w - 1).is_some_and(|p| lexicon().speech_verb(&p.lower).is_some());
        let clause_start = after_verb
            || prev.is_none_or(|c| {
                matches!(
                    c,
                    '\n' | ':'
                        | ','
                        | '.'
                        | '!'
                        | '?'
                        | '"'
                        | '\u{201d}'
                        | '\u{201c}'
                        | '('
                        | '\u{2014}'
                )
            });
        let content = m.content.slice(text);
        let first = content.chars().next();
        let starts = first.is_some_and(|c| {
            c.is_uppercase() || c.is_numeric() || matches!(c, '.' | '\u{2026}' | '\'')
        });
        let last = content.trim_end().chars().next_back();
        let ends = m.close.is_none()
            || last.is_some_and(|c| {
                matches!(c, '.' | ',' | '!' | '?' | '\u{2026}' | '\u{2014}' | '-' | ':' | ';')
            })
            || text
                .get(m.close.map_or(0, |c| c.end)..)
                .is_some_and(|r| r.trim_start().is_empty() || r.trim_start().starts_with(['\n']));
        !(clause_start && starts && ends)
    }

    /// True when the quote's mark is the first thing in its paragraph (or
    /// line).
    pub fn opens_paragraph(&self, m: &Marked) -> bool {
        let before = self.doc.text.get(..m.open.start).unwrap_or("");
        // Stops at the first non-space: a line of thousands of quotes stays linear.
        before.chars().rev().take_while(|&c| c != '\n').all(char::is_whitespace)
    }

    #[allow(dead_code)]
    fn marked(&self) -> &[Marked] {
        self.marked
    }
}

/// The verb as reported: "said", "described … as".
fn verb_text(lower: &str, v: SpeechVerb) -> String {
    if v.class == VerbClass::DescribeAs {
        format!("{lower} \u{2026} as")
    } else {
        lower.to_string()
    }
}
