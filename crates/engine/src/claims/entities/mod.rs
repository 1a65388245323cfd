//! People (with titles and roles), places and organisations, found by rules
//! on capitalised words, no statistical model:
//!
//! 1. runs of capitalised words ("chunks") are cut out of each sentence,
//!    gazetteer names ("New Delhi", "RIA Novosti") matched inside them;
//! 2. a chunk's trailing name words are a person when something says so —
//!    a title or role before it ("Russian President Vladimir Putin"), a
//!    known given name ("Jared Kushner"), an age or role appositive ("Ema
//!    Suryani, a doctor"), a speech verb ("Nugroho said") — or when they
//!    repeat part of a person already found ("Putin", "Mr. Ging");
//! 3. roles are read before the name, in appositives, in coordinated
//!    appositives ("A and B, identified as R1 and R2") and in definite
//!    descriptions that refer back ("the former president" → Trump);
//! 4. mentions of one person share the fullest name form as `entity`.

mod roles;
pub(crate) mod words;

use super::{Claim, ClaimData, NameMention, PersonMention, Role};
use crate::lexicon::{self, lexicon, FnvHashMap as HashMap, Gazetted, Gender};
use crate::segment::SentenceRole;
use crate::text::{SentenceId, Span};
use crate::Document;
use roles::{appositive_roles, is_honorific, is_role_head, make_role, pre_role_start};
use words::{is_function_word, Kind, Word, Words};

/// Finds the people, places and organisations named in `doc`, linking short
/// and long mentions of one entity ("Putin" = "Russian President Vladimir
/// Putin") and attaching titles and roles to people.
///
/// `"U.S. special envoy Steve Witkoff met Putin."` → Person "Steve Witkoff"
/// (role key "special envoy"), Person "Putin".
pub fn extract_entities(doc: &Document) -> Vec<Claim> {
    entities_in(doc, &Words::new(doc))
}

/// [`extract_entities`] on words already built for `doc` (the quote
/// extractor reads the same words).
pub(crate) fn entities_in(doc: &Document, words: &Words) -> Vec<Claim> {
    let mut out = Finder::new(doc, words).run();
    out.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(a.span.end.cmp(&b.span.end)));
    out
}

/// The gender a person's mentions suggest: a given name ("Jared"), an
/// honorific ("Mrs.") or a gendered role ("son-in-law", "spokeswoman").
pub(crate) fn person_gender(entity: &str, roles: &[Role], honorific: Option<&str>) -> Gender {
    let lx = lexicon();
    if let Some(g) = honorific.and_then(|h| lx.title(&lexicon::fold(h))) {
        if g != Gender::Unknown {
            return g;
        }
    }
    for r in roles {
        for w in r.text.split(' ') {
            if let Some(g) = lx.role_head(w).filter(|g| *g != Gender::Unknown) {
                return g;
            }
        }
    }
    let first = entity.split(' ').next().map(lexicon::fold).unwrap_or_default();
    lx.given_name(&first).unwrap_or(Gender::Unknown)
}

/// A gazetteer match or a single capitalised word inside a chunk.
#[derive(Debug, Clone, Copy)]
struct Unit {
    start: usize,
    end: usize,
    gaz: Option<Gazetted>,
}

/// A person mention being built.
#[derive(Debug, Clone)]
struct Person {
    /// Word range of the name (or description).
    start: usize,
    end: usize,
    roles: Vec<Role>,
    /// The name words, lower case, honorifics dropped: ["vladimir", "putin"].
    key: Vec<String>,
    /// For a definite description: the entity index it refers to.
    refers_to: Option<usize>,
    subject: bool,
    description: bool,
}

/// A name candidate waiting for the known people to be collected.
#[derive(Debug, Clone, Copy)]
struct Pending {
    start: usize,
    end: usize,
    /// True in a headline: only known names count there.
    headline: bool,
    /// After "in", "at", "near" …: a place unless it is a known person.
    locative: bool,
    /// Before "region", or a facility name: a place.
    place: bool,
    fallback_ok: bool,
    /// A lone name next to a speech verb ("said Okonkwo"): a person if a
    /// fuller name with that word was taken without a cue.
    speaker: bool,
}

struct Finder<'a> {
    doc: &'a Document,
    words: &'a Words,
    /// Gazetteer match starting at each word of the current sentence.
    gaz: Vec<Option<(usize, Gazetted)>>,
    gaz_base: usize,
    persons: Vec<Person>,
    pending: Vec<Pending>,
    names: Vec<(Span, bool, String)>,
}

fn is_connector(lower: &str) -> bool {
    matches!(
        lower,
        "de" | "da"
            | "di"
            | "du"
            | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "la"
            | "le"
            | "dos"
            | "das"
            | "y"
            | "of"
            | "ul"
            | "abu"
            | "ben"
            | "st."
    )
}

/// Heads of facility and place names: "Kherson Thermal Power Plant".
fn is_facility_head(lower: &str) -> bool {
    matches!(
        lower,
        "plant"
            | "station"
            | "airport"
            | "street"
            | "avenue"
            | "road"
            | "highway"
            | "bridge"
            | "square"
            | "park"
            | "palace"
            | "stadium"
            | "arena"
            | "hall"
            | "building"
            | "tower"
            | "museum"
            | "river"
            | "lake"
            | "mountain"
            | "mountains"
            | "island"
            | "islands"
            | "valley"
            | "bay"
            | "gulf"
            | "sea"
            | "ocean"
            | "coast"
            | "peninsula"
            | "province"
            | "region"
            | "oblast"
            | "county"
            | "district"
            | "city"
            | "village"
            | "town"
            | "camp"
            | "strip"
            | "border"
            | "port"
            | "harbor"
            | "harbour"
            | "base"
            | "prison"
            | "jail"
            | "mall"
            | "market"
            | "hotel"
            | "temple"
            | "cathedral"
            | "mosque"
            | "church"
            | "canal"
            | "dam"
            | "desert"
            | "forest"
            | "heights"
            | "hills"
            | "falls"
            | "beach"
            | "cape"
            | "field"
            | "center"
            | "centre"
    )
}

/// Lower-case nouns after a name that make it a place: "Kherson region".
fn is_place_noun(lower: &str) -> bool {
    matches!(
        lower,
        "region"
            | "province"
            | "oblast"
            | "county"
            | "district"
            | "city"
            | "village"
            | "town"
            | "state"
            | "area"
            | "island"
            | "camp"
            | "refugee"
            | "neighborhood"
            | "neighbourhood"
            | "suburb"
            | "valley"
            | "border"
            | "coast"
            | "capital"
            | "municipality"
            | "governorate"
            | "prefecture"
            | "native"
            | "natives"
    )
}

fn is_locative(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "at"
            | "near"
            | "from"
            | "to"
            | "into"
            | "across"
            | "outside"
            | "inside"
            | "around"
            | "toward"
            | "towards"
            | "throughout"
            | "through"
            | "of"
            | "on"
            | "via"
    )
}

/// Capitalised acronyms that are not organisations.
fn is_plain_acronym(lower: &str) -> bool {
    matches!(
        lower,
        "tv" | "am"
            | "pm"
            | "ok"
            | "gdp"
            | "usb"
            | "gps"
            | "dna"
            | "ai"
            | "id"
            | "pc"
            | "ceo"
            | "cfo"
            | "vp"
            | "mp"
            | "hiv"
            | "aids"
            | "covid"
            | "i"
            | "ii"
            | "iii"
            | "iv"
            | "ad"
            | "bc"
            | "et"
            | "pt"
            | "gmt"
            | "utc"
            | "est"
            | "edt"
            | "pdt"
            | "pst"
            | "cst"
            | "cdt"
            | "diy"
            | "faq"
            | "rip"
            | "vip"
            | "lol"
            | "omg"
    )
}

impl<'a> Finder<'a> {
    fn new(doc: &'a Document, words: &'a Words) -> Finder<'a> {
        Finder {
            doc,
            words,
            gaz: Vec::new(),
            gaz_base: 0,
            persons: Vec::new(),
            pending: Vec::new(),
            names: Vec::new(),
        }
    }

    fn w(&self, i: usize) -> &Word {
        &self.words.words[i]
    }

    fn run(mut self) -> Vec<Claim> {
        let n_sent = self.words.sentences.len();
        for si in 0..n_sent {
            self.sentence_chunks(si);
        }
        self.resolve_pending();
        self.persons.sort_by_key(|p| p.start);
        self.persons.dedup_by_key(|p| p.start);
        self.attach_roles();
        let entities = self.link();
        self.descriptions(&entities);
        self.emit(&entities)
    }

    /// Word range of sentence `si`.
    fn sentence_range(&self, si: usize) -> (usize, usize) {
        self.words.sentences.get(si).map_or((0, 0), |r| (r.start, r.end))
    }

    fn is_headline(&self, si: usize) -> bool {
        // Only lines the segmenter calls headlines: a body sentence dense
        // with names ("U.S. President Donald Trump met …") is no headline.
        self.doc.seg.sentences.get(si).is_some_and(|s| s.role == SentenceRole::Headline)
    }

    /// A capitalised word that may be part of a name.
    fn name_word(&self, i: usize, headline: bool) -> bool {
        let w = self.w(i);
        if !w.is_word() || !w.cap || is_function_word(&w.lower) {
            return false;
        }
        // "Russian-occupied", "Moscow-installed": adjectives, not names.
        if w.lower
            .rsplit_once('-')
            .is_some_and(|(_, last)| last.ends_with("ed") || last == "born" || last == "based")
        {
            return false;
        }
        // In a headline, words written in lower case in the text are plain words.
        !(headline && self.words.seen_lowercase(&w.lower))
    }

    /// The longest gazetteer name starting at word `i` (within `end`).
    fn gazetteer_at(&self, i: usize, end: usize) -> Option<(usize, Gazetted)> {
        let lx = lexicon();
        let mut key = String::new();
        let mut best = None;
        for j in i..end.min(i + lx.max_name_words) {
            let w = self.w(j);
            if !w.is_word() && w.lower != "-" {
                break;
            }
            if j > i
                && !w.cap
                && !matches!(
                    w.lower.as_str(),
                    "of" | "and" | "de" | "the" | "-" | "al" | "el" | "es"
                )
            {
                break;
            }
            if j == i && !w.cap {
                return None;
            }
            if j > i && w.lower != "-" && self.w(j - 1).lower != "-" {
                key.push(' ');
            }
            key.push_str(&w.lower);
            if let Some(g) = lx.gazetted(&key) {
                best = Some((j + 1, g));
            } else if j == i {
                // "R.I." is the word "ri": look it up as written, so that
                // "SD" (a card) is not South Dakota.
                let raw = w.span.slice(&self.doc.text);
                if raw.contains('.') {
                    if let Some(g) = lx.gazetted(&lexicon::fold(raw)) {
                        best = Some((j + 1, g));
                    }
                }
            }
            if !lx.name_prefix(&key) {
                break;
            }
        }
        best
    }

    fn sentence_chunks(&mut self, si: usize) {
        let lx = lexicon();
        let (s0, s1) = self.sentence_range(si);
        let headline = self.is_headline(si);
        self.gaz = (s0..s1).map(|i| self.gazetteer_at(i, s1)).collect();
        self.gaz_base = s0;
        let mut i = s0;
        while i < s1 {
            let gaz = self.gaz[i - s0];
            if gaz.is_none() && !self.name_word(i, headline) {
                i += 1;
                continue;
            }
            // Collect the chunk's units.
            let mut units = Vec::new();
            let mut j = i;
            // An "of" after an organisation head was crossed: "Department
            // of Conservation and Natural Resources".
            let mut org_of = false;
            loop {
                if j >= s1 {
                    break;
                }
                if let Some((end, g)) = self.gaz[j - self.gaz_base] {
                    units.push(Unit { start: j, end, gaz: Some(g) });
                    j = end;
                } else if self.name_word(j, headline) {
                    units.push(Unit { start: j, end: j + 1, gaz: None });
                    j += 1;
                } else {
                    break;
                }
                // Connectors: "Bank of America", "Osama bin Laden"; "of" only
                // after an organisation, place or title word ("University of
                // Texas", "Secretary of State"), not "Simpson of Fort Coffee".
                if j + 1 >= s1 {
                    break;
                }
                let of_ok = self.w(j).lower != "of" || {
                    let p = &self.w(j - 1).lower;
                    lx.org_head(p)
                        || is_facility_head(p)
                        || lx.role_head(p).is_some()
                        || matches!(
                            p.as_str(),
                            "republic"
                                | "kingdom"
                                | "state"
                                | "states"
                                | "sea"
                                | "gulf"
                                | "isle"
                                | "duke"
                                | "duchess"
                                | "prince"
                                | "princess"
                                | "earl"
                                | "bay"
                                | "city"
                                | "district"
                                | "church"
                                | "saints"
                        )
                };
                if of_ok && j + 1 < s1 && is_connector(&self.w(j).lower) && !self.w(j).cap {
                    let next =
                        if self.w(j + 1).lower == "the" && j + 2 < s1 { j + 2 } else { j + 1 };
                    if self.name_word(next, headline) {
                        if self.w(j).lower == "of" && lx.org_head(&self.w(j - 1).lower) {
                            org_of = true;
                        }
                        j = next;
                        continue;
                    }
                }
                if self.w(j).lower == "and" && self.org_and(i, &units, j, s1, org_of, headline) {
                    j += 1;
                    continue;
                }
            }
            if units.is_empty() {
                i += 1;
                continue;
            }
            self.chunk(si, s0, &units, headline);
            i = j.max(i + 1);
        }
    }

    /// Does the "and" at word `j` join two parts of one organisation name?
    /// `the U.S. Fish and Wildlife Service` (the words after it end in an
    /// organisation head) and `Department of Health and Human Services`
    /// (inside the "of" part of one) do; `Apple and Samsung` does not.
    fn org_and(
        &self,
        i: usize,
        units: &[Unit],
        j: usize,
        s1: usize,
        org_of: bool,
        headline: bool,
    ) -> bool {
        let lx = lexicon();
        // The capitalised run after "and".
        let mut e = j + 1;
        while e < s1
            && e < j + 5
            && self.name_word(e, headline)
            && self.gaz[e - self.gaz_base].is_none()
        {
            e += 1;
        }
        if e == j + 1 || self.w(j + 1).all_caps || lx.given_name(&self.w(j + 1).lower).is_some() {
            return false;
        }
        if org_of {
            return true;
        }
        let ends_in_head = lx.org_head(&self.w(e - 1).lower);
        // Before "and": one or two plain words, after "the" or a place.
        let plain: Vec<&Unit> = units.iter().filter(|u| u.gaz.is_none()).collect();
        let lead_in = units.first().is_some_and(|u| u.gaz.is_some())
            || (i > 0
                && self.w(i - 1).lower == "the"
                && self.w(i - 1).sentence == self.w(i).sentence);
        ends_in_head
            && lead_in
            && (1..=2).contains(&plain.len())
            && units.iter().all(|u| u.gaz.is_none() || u.start == i)
            && plain.iter().all(|u| !lx.org_head(&self.w(u.start).lower))
    }

    /// True when word `i` is at a clause start: the start of its sentence,
    /// or after an opening quote, bracket, dash or colon.
    fn at_sentence_start(&self, i: usize, s0: usize) -> bool {
        let mut k = i;
        while k > s0 {
            let p = self.w(k - 1);
            if p.kind == Kind::Quote
                || matches!(p.lower.as_str(), "(" | "[" | "-" | "\u{2014}" | "\u{2013}" | ":")
            {
                k -= 1;
                continue;
            }
            return false;
        }
        true
    }

    fn chunk(&mut self, si: usize, s0: usize, units: &[Unit], headline: bool) {
        let lx = lexicon();
        let mut units = units.to_vec();
        // Ordinary words capitalised at a sentence start: "Emergency meetings".
        while let Some(u) = units.first().copied() {
            let w = self.w(u.start);
            let initial = self.at_sentence_start(u.start, s0);
            let plain = u.gaz.is_none()
                && u.end == u.start + 1
                && (self.words.is_common(w) || (w.all_caps && self.words.seen_lowercase(&w.lower)))
                && lx.given_name(&w.lower).is_none();
            if (initial || headline) && plain {
                units.remove(0);
            } else {
                break;
            }
        }
        let Some(first) = units.first().copied() else { return };
        let last_end = units.last().map_or(first.end, |u| u.end);
        // The person core: trailing name units that are not role words.
        let is_core_unit = |f: &Finder, u: &Unit| -> bool {
            if u.gaz.is_some() || u.end != u.start + 1 {
                return false;
            }
            let w = f.w(u.start);
            !(is_role_head(w)
                || lx.title(&w.lower).is_some()
                || lx.demonym(&w.lower)
                || lx.org_head(&w.lower)
                || is_facility_head(&w.lower)
                || lx.role_modifier(&w.lower) && !w.all_caps && lx.given_name(&w.lower).is_none())
        };
        let mut k = units.len();
        while k > 0 && is_core_unit(self, &units[k - 1]) {
            k -= 1;
        }
        // Long cores start at a given name: "Foreign Countries Kirill Dmitriev".
        if units.len() - k >= 3 {
            if let Some(g) = (k + 1..units.len() - 1)
                .find(|&g| lx.given_name(&self.w(units[g].start).lower).is_some())
            {
                k = g;
            }
        }
        // "Nevada Department of Wildlife": a name after an organisation
        // head and "of"/"and" is part of the organisation, not a person.
        if k > 0
            && k < units.len()
            && units[k].start > units[k - 1].end
            && units[..k].iter().any(|u| lx.org_head(&self.w(u.start).lower))
        {
            k = units.len();
        }
        // Emit the gazetteer and organisation units before the core.
        let prefix = &units[..k];
        self.prefix_names(prefix, last_end, si);
        if k == units.len() {
            return;
        }
        let start = units[k].start;
        let end = last_end;
        let core_len = units.len() - k;
        let before = if start > s0 { Some(self.w(start - 1)) } else { None };
        let after = self.words.words.get(end).filter(|w| w.sentence == si);
        let after2 = self.words.words.get(end + 1).filter(|w| w.sentence == si);
        let title_before = before.is_some_and(|b| is_role_head(b) || lx.title(&b.lower).is_some())
            || roles::of_title_head(&self.words.words, s0, start).is_some();
        let given = lx.given_name(&self.w(start).lower).is_some() && core_len >= 2;
        let speech_after = after.is_some_and(|a| !a.cap && lx.speech_verb(&a.lower).is_some())
            || (after
                .is_some_and(|a| matches!(a.lower.as_str(), "has" | "had" | "was" | "is" | "who"))
                && after2.is_some_and(|a| lx.speech_verb(&a.lower).is_some()));
        let speech_before =
            before.is_some_and(|b| matches!(b.lower.as_str(), "said" | "says" | "told" | "added"));
        let appositive = after.is_some_and(|a| a.is(","))
            && self.words.words.get(end + 1).is_some_and(|a| {
                a.kind == Kind::Number && a.sentence == si
                    || matches!(a.lower.as_str(), "a" | "an" | "the") && {
                        let (_, s1) = self.sentence_range(si);
                        !appositive_roles(&self.words.words, end + 2, s1).is_empty()
                    }
            });
        // "in Kessler Valley", "in the Great Basin".
        let locative = before.is_some_and(|b| is_locative(&b.lower))
            || (before.is_some_and(|b| b.lower == "the")
                && start >= s0 + 2
                && is_locative(&self.w(start - 2).lower)
                && self.w(start - 2).lower != "of");
        let place = after.is_some_and(|a| is_place_noun(&a.lower))
            || units[units.len() - 1..].iter().any(|u| is_facility_head(&self.w(u.start).lower));
        let past_speech = after.is_some_and(|a| {
            a.lower.ends_with("ed") || matches!(a.lower.as_str(), "said" | "told" | "wrote")
        });
        let lone_speaker = core_len == 1
            && !camel_case(&self.doc.text, self.w(start).span)
            && !self.w(start).all_caps
            && !lx.org_head(&self.w(start).lower)
            && !self.words.is_common(self.w(start));
        let quoted_object = before.is_some_and(|b| b.lower == "quoted");
        let strong = !headline
            && (title_before
                || given
                || appositive
                || (core_len >= 2 && (speech_after || speech_before))
                || (lone_speaker && ((speech_after && past_speech) || quoted_object)));
        // "a Regina, Saskatchewan, native": a town before ", <state>".
        let state_after = after.is_some_and(|a| a.is(","))
            && self
                .gaz
                .get(end + 1 - s0)
                .copied()
                .flatten()
                .is_some_and(|(_, g)| matches!(g, Gazetted::Place(c) if lx.state(c)));
        if state_after && core_len <= 3 && !title_before {
            self.pending.push(Pending {
                start,
                end,
                headline,
                locative: true,
                place: true,
                fallback_ok: false,
                speaker: false,
            });
            return;
        }
        if strong && !units[k..].iter().any(|u| is_facility_head(&self.w(u.start).lower)) {
            self.add_person(start, end, si);
            return;
        }
        let fallback_ok = !headline
            && (2..=3).contains(&core_len)
            && units[k..].iter().all(|u| {
                let w = self.w(u.start);
                !self.words.is_common(w)
                    && !w.all_caps
                    && !camel_case(&self.doc.text, w.span)
                    && !lx.org_head(&w.lower)
                    && !is_facility_head(&w.lower)
            });
        let speaker = lone_speaker && (speech_before || speech_after);
        self.pending.push(Pending { start, end, headline, locative, place, fallback_ok, speaker });
    }

    /// The last unit of an organisation name whose words are joined by
    /// "of" or "and", starting at unit `from`: `Nevada Department of
    /// Wildlife`, `U.S. Fish and Wildlife Service`, `Bank of America` (not
    /// the "CEO" after it). A place in front belongs to such a name only.
    fn org_extent(&self, units: &[Unit], from: usize) -> Option<usize> {
        let lx = lexicon();
        let gap = |k: usize| units[k].start > units[k - 1].end;
        let role_like =
            |w: &Word| (is_role_head(w) || lx.title(&w.lower).is_some()) && !lx.org_head(&w.lower);
        let placed = units[from].gaz.is_some();
        let first = from + usize::from(placed);
        let mut end = None;
        let mut crossed = false;
        let mut k = first;
        // Organisation names are short; the bound keeps a long run of
        // capitalised words linear.
        while k < units.len().min(first + 12) {
            let joined = k > first && gap(k);
            crossed |= joined;
            // A gazetteer name only right after "of"/"and": "Bank of America".
            if units[k].gaz.is_some() && !joined {
                break;
            }
            let w = self.w(units[k].start);
            if units[k].gaz.is_none() && role_like(w) {
                break;
            }
            if lx.org_head(&w.lower) || (crossed && end.is_some()) {
                end = Some(k);
            }
            k += 1;
        }
        let end = end?;
        // Joined by a connector inside the name; a bare "Nevada Supreme
        // Court" is left to the place and organisation rules.
        (first + 1..=end).any(gap).then_some(end)
    }

    /// Gazetteer and organisation names in front of a person core.
    fn prefix_names(&mut self, units: &[Unit], _chunk_end: usize, _si: usize) {
        let lx = lexicon();
        let mut i = 0;
        while i < units.len() {
            let u = units[i];
            if let Some(e) = self.org_extent(units, i) {
                self.push_name(u.start, units[e].end, false);
                i = e + 1;
                continue;
            }
            match u.gaz {
                Some(Gazetted::Org) => {
                    // "India Today" + "TV": organisation heads extend it.
                    let mut end = u.end;
                    let mut j = i + 1;
                    while j < units.len()
                        && units[j].gaz.is_none()
                        && lx.org_head(&self.w(units[j].start).lower)
                    {
                        end = units[j].end;
                        j += 1;
                    }
                    self.push_name(u.start, end, false);
                    i = j;
                    continue;
                }
                Some(Gazetted::Country(_) | Gazetted::Place(_)) => {
                    // "Kherson Thermal Power Plant": a facility named after a place.
                    let mut j = i + 1;
                    while j < units.len() && units[j].gaz.is_none() {
                        j += 1;
                    }
                    let facility =
                        (i + 1..j).rev().find(|&f| is_facility_head(&self.w(units[f].start).lower));
                    if let Some(f) = facility {
                        self.push_name(u.start, units[f].end, true);
                        i = j;
                        continue;
                    }
                    self.push_name(u.start, u.end, true);
                }
                None => {
                    // A run of plain capitalised words: an organisation if it
                    // ends in an organisation head or is an acronym.
                    let mut j = i;
                    while j < units.len() && units[j].gaz.is_none() {
                        j += 1;
                    }
                    let run = &units[i..j];
                    let mut org_end = None;
                    for (k, r) in run.iter().enumerate() {
                        let w = self.w(r.start);
                        if lx.org_head(&w.lower)
                            || (w.all_caps && w.lower.len() <= 6 && !is_plain_acronym(&w.lower))
                        {
                            org_end = Some(k);
                        }
                    }
                    if let Some(k) = org_end {
                        let first = run[0].start;
                        // Skip leading role words and titles.
                        let mut s = first;
                        while s < run[k].start
                            && (is_role_head(self.w(s))
                                || lexicon().title(&self.w(s).lower).is_some())
                        {
                            s += 1;
                        }
                        let w = self.w(run[k].start);
                        if !is_role_head(w) || w.all_caps {
                            self.push_name(s, run[k].end, false);
                        }
                    } else if run.iter().any(|r| is_facility_head(&self.w(r.start).lower))
                        && run.len() >= 2
                    {
                        self.push_name(run[0].start, run[run.len() - 1].end, true);
                    }
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
    }

    fn push_name(&mut self, start: usize, end: usize, place: bool) {
        let (Some(a), Some(b)) =
            (self.words.words.get(start), end.checked_sub(1).and_then(|e| self.words.words.get(e)))
        else {
            return;
        };
        let span = Span::new(a.span.start, b.span.end);
        let joined: Vec<&str> =
            self.words.words[start..end].iter().map(|w| w.lower.as_str()).collect();
        let as_written = || lexicon().gazetted(&lexicon::fold(span.slice(&self.doc.text)));
        let entity = match lexicon().gazetted(&joined.join(" ")).or_else(as_written) {
            Some(Gazetted::Country(c) | Gazetted::Place(c)) => c.to_string(),
            _ => span.slice(&self.doc.text).to_string(),
        };
        self.names.push((span, place, entity));
    }

    fn add_person(&mut self, start: usize, end: usize, si: usize) {
        let mut s = start;
        while s + 1 < end && is_honorific(&self.w(s).lower) {
            s += 1;
        }
        let key = key_of(&self.words.words[s..end]);
        let subject = self.is_subject(start, si);
        self.persons.push(Person {
            start: s,
            end,
            roles: Vec::new(),
            key,
            refers_to: None,
            subject,
            description: false,
        });
    }

    /// A mention at a clause start, not a possessor: the likely subject.
    fn is_subject(&self, start: usize, si: usize) -> bool {
        let (s0, s1) = self.sentence_range(si);
        let mut k = start;
        // Skip a role phrase in front ("Russian President").
        if let Some(r) = pre_role_start(&self.words.words, s0, start) {
            k = r;
        }
        while k > s0 && is_honorific(&self.w(k - 1).lower) {
            k -= 1;
        }
        let clause_start = k == s0 || words::clause_start(&self.words.words, k);
        let mut e = start;
        while e < s1 && self.w(e).is_word() && self.w(e).cap {
            e += 1;
        }
        let possessor = self.words.words.get(e).is_some_and(|w| w.kind == Kind::Possessive);
        clause_start && !possessor
    }

    /// Decides the pending candidates once the strongly cued people are known.
    fn resolve_pending(&mut self) {
        let lx = lexicon();
        let mut known_last: HashMap<String, usize> = HashMap::default();
        let mut known_first: HashMap<String, usize> = HashMap::default();
        let mut known_full: HashMap<String, usize> = HashMap::default();
        for p in &self.persons {
            if let (Some(f), Some(l)) = (p.key.first(), p.key.last()) {
                if p.key.len() >= 2 {
                    *known_last.entry(l.clone()).or_default() += 1;
                    *known_first.entry(f.clone()).or_default() += 1;
                }
                known_full.insert(p.key.join(" "), 1);
            }
        }
        let pending = std::mem::take(&mut self.pending);
        let text = self.doc.text.as_str();
        // The short forms of the organisations named: "great basin lithium"
        // → "Great Basin Lithium Co.".
        let mut org_names: HashMap<String, String> = HashMap::default();
        for (span, place, entity) in &self.names {
            if *place {
                continue;
            }
            let ws: Vec<String> =
                span.slice(text).split_whitespace().take(8).map(lexicon::fold).collect();
            for n in 2..ws.len() {
                org_names.entry(ws[..n].join(" ")).or_insert_with(|| entity.clone());
            }
        }
        // Two-word names taken without a cue ("Adaeze Okonkwo made 38
        // saves") make their parts known to a lone "said Okonkwo",
        // whichever comes first.
        let mut fallback_parts: HashMap<String, usize> = HashMap::default();
        for p in pending.iter().filter(|p| p.fallback_ok && !p.locative && !p.place) {
            let key = key_of(&self.words.words[p.start..p.end]);
            if key.len() >= 2 && !org_names.contains_key(&key.join(" ")) {
                for part in [key.first(), key.last()].into_iter().flatten() {
                    fallback_parts.insert(part.clone(), 1);
                }
            }
        }
        // Fallback names (no cue) are people only when they are not places.
        for p in &pending {
            let key = key_of(&self.words.words[p.start..p.end]);
            let joined = key.join(" ");
            let known = known_full.contains_key(&joined)
                || (key.len() == 1
                    && (known_last.contains_key(&key[0])
                        || known_first.contains_key(&key[0])
                        || (p.speaker && fallback_parts.contains_key(&key[0]))))
                || (key.len() >= 2
                    && known_last.contains_key(key.last().map_or("", |s| s.as_str()))
                    && !p.headline);
            let si = self.w(p.start).sentence;
            if !known && p.end - p.start >= 2 {
                // "Peter Capaldi Takes Over": a known name inside a longer run.
                if let Some((a, b)) = self.known_inside(p.start, p.end, &known_full, &known_last) {
                    self.add_person(a, b, si);
                    continue;
                }
            }
            if known && !p.place {
                self.add_person(p.start, p.end, si);
            } else if p.headline {
            } else if let Some(org) = org_names.get(&joined).filter(|_| !p.locative && !p.place) {
                // "Great Basin Lithium's vice president" after (or before)
                // "Great Basin Lithium Co.": the short form of the company.
                let org = org.clone();
                self.push_name(p.start, p.end, false);
                if let Some(last) = self.names.last_mut() {
                    last.2 = org;
                }
            } else if p.locative || p.place {
                // "in Game 7", "on Route 66": a name with a number is no place.
                let numbered = self.words.words.get(p.end).is_some_and(|w| w.kind == Kind::Number);
                if !numbered || p.place {
                    self.push_name(p.start, p.end, true);
                }
            } else if p.fallback_ok {
                self.add_person(p.start, p.end, si);
            } else if p.end == p.start + 1 {
                let w = self.w(p.start);
                let acronym = w.all_caps
                    && w.lower.len() <= 6
                    && !is_plain_acronym(&w.lower)
                    && lx.role_head(&w.lower).is_none();
                if acronym || lx.org_head(&w.lower) {
                    self.push_name(p.start, p.end, false);
                }
            }
        }
    }

    /// The longest known name (or a known surname) inside words `a..b`.
    fn known_inside(
        &self,
        a: usize,
        b: usize,
        full: &HashMap<String, usize>,
        last: &HashMap<String, usize>,
    ) -> Option<(usize, usize)> {
        for len in (1..(b - a)).rev() {
            for s in a..=(b - len) {
                let key = key_of(&self.words.words[s..s + len]).join(" ");
                if full.contains_key(&key) && (len >= 2 || last.contains_key(&key)) {
                    return Some((s, s + len));
                }
            }
        }
        None
    }

    /// Roles before the name, in appositives, and coordinated appositives.
    fn attach_roles(&mut self) {
        let text = self.doc.text.as_str();
        let words = &self.words.words;
        let n = self.persons.len();
        let ends: lexicon::FnvHashSet<usize> = self.persons.iter().map(|p| p.end).collect();
        for pi in 0..n {
            let (start, end) = (self.persons[pi].start, self.persons[pi].end);
            let si = words[start].sentence;
            let (s0, s1) = self.sentence_range(si);
            let mut roles = Vec::new();
            // Titles inside the chunk and role words before it.
            let mut core_start = start;
            while core_start > s0 && is_honorific(&words[core_start - 1].lower) {
                core_start -= 1;
            }
            if let Some(r) = pre_role_start(words, s0, core_start) {
                if let Some(role) = make_role(text, words, r, core_start) {
                    roles.push(role);
                }
            } else if core_start >= s0 + 2 && words[core_start - 1].is(",") {
                // "Ukraine's lead negotiator, Rustem Umerov".
                let head = core_start - 2;
                if is_role_head(&words[head]) && !is_honorific(&words[head].lower) {
                    let owner = ends.contains(&(head + 1));
                    if !owner {
                        if let Some(r) = pre_role_start(words, s0, head + 1) {
                            if let Some(role) = make_role(text, words, r, head + 1) {
                                roles.push(role);
                            }
                        }
                    }
                }
            }
            // Appositive: "Oleh Kiper, head of the regional military administration".
            // After "A and B," the phrase belongs to the pair (see below).
            let mut e = end;
            let coordinated =
                start > s0 && words[start - 1].lower == "and" && ends.contains(&(start - 1));
            if coordinated {
                e = usize::MAX;
            }
            if words.get(e).is_some_and(|w| w.kind == Kind::Possessive) {
                e = usize::MAX;
            }
            if e < s1 && words[e].is(",") {
                let from = e + 1;
                for (a, b) in appositive_roles(words, from, s1) {
                    // "Captain Jack Harkness, John Barrowman": a name, not a role.
                    if ends.contains(&b) {
                        continue;
                    }
                    if let Some(role) = make_role(text, words, a, b) {
                        roles.push(role);
                    }
                }
            }
            self.persons[pi].roles = roles;
        }
        self.coordinated_roles();
    }

    /// "Steve Witkoff and Jared Kushner, identified as Trump's special envoy
    /// and son-in-law" → one role each, in order.
    fn coordinated_roles(&mut self) {
        let text = self.doc.text.as_str();
        let words = &self.words.words;
        let n = self.persons.len();
        let mut i = 0;
        while i < n {
            // A list of people joined by "," / "and".
            let mut group = vec![i];
            let mut j = i;
            while j + 1 < n {
                let gap = &words[self.persons[j].end..self.persons[j + 1].start];
                let joined = !gap.is_empty()
                    && gap.len() <= 2
                    && gap.iter().all(|w| w.is(",") || w.lower == "and")
                    && gap.last().is_some_and(|w| w.lower == "and" || w.is(","));
                if joined {
                    group.push(j + 1);
                    j += 1;
                } else {
                    break;
                }
            }
            if group.len() >= 2 {
                let last = &self.persons[*group.last().unwrap_or(&i)];
                let si = words[last.start].sentence;
                let (_, s1) = self.sentence_range(si);
                let mut k = last.end;
                if k < s1 && words[k].is(",") {
                    k += 1;
                    // Lead-ins: "identified as", "who are", "both".
                    let lead: &[&[&str]] = &[
                        &["identified", "as"],
                        &["described", "as"],
                        &["named", "as"],
                        &["known", "as"],
                        &["who", "are"],
                        &["who", "were"],
                        &["respectively"],
                    ];
                    for l in lead {
                        if words
                            .get(k..k + l.len())
                            .is_some_and(|ws| ws.iter().zip(l.iter()).all(|(w, x)| w.lower == *x))
                        {
                            k += l.len();
                            break;
                        }
                    }
                    // The role list up to the clause end.
                    let mut end = k;
                    while end < s1 && !matches!(words[end].kind, Kind::Punct | Kind::Quote)
                        || (end < s1
                            && words[end].is(",")
                            && words
                                .get(end + 1)
                                .is_some_and(|w| w.lower != "respectively" && is_role_head(w)))
                    {
                        end += 1;
                    }
                    let mut parts = Vec::new();
                    let mut ps = k;
                    for (m, w) in words.iter().enumerate().take(end).skip(k) {
                        if w.lower == "and" || w.is(",") {
                            parts.push((ps, m));
                            ps = m + 1;
                        }
                    }
                    parts.push((ps, end));
                    parts.retain(|&(a, b)| a < b);
                    let all_roles =
                        parts.iter().all(|&(a, b)| words[a..b].last().is_some_and(is_role_head));
                    if parts.len() == group.len() && all_roles {
                        for (g, &(a, b)) in group.iter().zip(parts.iter()) {
                            if let Some(role) = make_role(text, words, a, b) {
                                self.persons[*g].roles.push(role);
                            }
                        }
                    }
                }
            }
            i = j + 1;
        }
    }

    /// Groups mentions into entities; returns each entity's display name and
    /// sets nothing on the mentions (their index is found by `entity_of`).
    fn link(&mut self) -> Entities {
        let mut ents = Entities::default();
        // Fullest forms: names not contained in a longer name.
        let mut fulls: Vec<(Vec<String>, usize)> = Vec::new();
        for (pi, p) in self.persons.iter().enumerate() {
            if p.description || p.key.is_empty() {
                continue;
            }
            if !fulls.iter().any(|(k, _)| k == &p.key) {
                fulls.push((p.key.clone(), pi));
            }
        }
        let contained = |short: &[String], long: &[String]| -> bool {
            short.len() < long.len()
                && (long.ends_with(short)
                    || (short.len() == 1 && long.first() == short.first())
                    || long.windows(short.len()).any(|w| w == short))
        };
        let maximal: Vec<usize> = (0..fulls.len())
            .filter(|&a| !fulls.iter().any(|(k, _)| contained(&fulls[a].0, k)))
            .collect();
        for &m in &maximal {
            let (key, pi) = &fulls[m];
            // Display form: the mention's words without honorifics, from a
            // mention not in capitals if one exists.
            let display_pi = self
                .persons
                .iter()
                .position(|p| {
                    &p.key == key
                        && !self.words.words[p.start..p.end]
                            .iter()
                            .all(|w| w.all_caps || !w.is_word())
                })
                .unwrap_or(*pi);
            let p = &self.persons[display_pi];
            let span = Span::new(
                self.words.words[p.start].span.start,
                self.words.words[p.end - 1].span.end,
            );
            ents.names.push(span.slice(&self.doc.text).to_string());
            ents.keys.push(key.clone());
        }
        // Each mention → the candidate entity mentioned most recently.
        let mut last_seen: Vec<Option<usize>> = vec![None; ents.keys.len()];
        ents.of_person = vec![None; self.persons.len()];
        for (pi, p) in self.persons.iter().enumerate() {
            if p.key.is_empty() {
                continue;
            }
            let cands: Vec<usize> = (0..ents.keys.len())
                .filter(|&e| ents.keys[e] == p.key || contained(&p.key, &ents.keys[e]))
                .collect();
            let best = cands
                .iter()
                .copied()
                .max_by_key(|&e| {
                    // A lone word is a surname before it is a first word:
                    // "Coburn" → "Pip Coburn", not "Coburn Ventures".
                    let surname = ents.keys[e].ends_with(&p.key);
                    (ents.keys[e] == p.key, surname, last_seen[e].map_or(0, |x| x + 1))
                })
                .or(None);
            if let Some(e) = best {
                last_seen[e] = Some(pi);
                ents.of_person[pi] = Some(e);
            }
        }
        ents
    }

    /// Definite descriptions that refer back: "the former president said".
    fn descriptions(&mut self, ents: &Entities) {
        let lx = lexicon();
        let words = &self.words.words;
        let text = self.doc.text.as_str();
        let mut found = Vec::new();
        let mut covered = vec![false; words.len()];
        let mut ends = lexicon::FnvHashSet::default();
        for p in &self.persons {
            ends.insert(p.end);
            for c in covered.iter_mut().take(p.end).skip(p.start) {
                *c = true;
            }
        }
        #[derive(Default, Clone)]
        struct State {
            roles: Vec<Role>,
            last: Option<usize>,
            /// (sentence, word) of the latest mention as a subject.
            last_subject: Option<(usize, usize)>,
        }
        let mut state: Vec<State> = vec![State::default(); ents.keys.len()];
        let mut cursor = 0;
        for i in 0..words.len() {
            if words[i].lower != "the" {
                continue;
            }
            let si = words[i].sentence;
            let (_, s1) = self.sentence_range(si);
            // the [modifiers] head
            let mut k = i + 1;
            while k < s1 && k < i + 5 && !is_role_head(&words[k]) {
                let w = &words[k];
                let ok = w.is_word()
                    && (lx.demonym(&w.lower)
                        || lx.role_modifier(&w.lower)
                        || lx.meaning_changing(&w.lower)
                        || matches!(lx.gazetted(&w.lower), Some(Gazetted::Country(_)))
                        || w.lower.ends_with("-installed")
                        || w.lower.ends_with("-appointed")
                        || w.lower.ends_with("-backed"));
                if !ok {
                    break;
                }
                k += 1;
            }
            if k >= s1 || !is_role_head(&words[k]) {
                continue;
            }
            let head = &words[k];
            if !referring_head(&head.lower) {
                continue;
            }
            // Followed by a name: a title, not a description.
            let next = words.get(k + 1).filter(|w| w.sentence == si);
            if next.is_some_and(|w| (w.is_word() && w.cap) || w.lower == "of" || is_role_head(w)) {
                continue;
            }
            // An appositive of a named person: "Vladimir Saldo, the … leader".
            if i >= 2 && words[i - 1].is(",") && ends.contains(&(i - 1)) {
                continue;
            }
            if covered[i..=k].iter().any(|c| *c) {
                continue;
            }
            let speech_after = next.is_some_and(|w| lx.speech_verb(&w.lower).is_some());
            let desc_words = &words[i + 1..=k];
            let head_lower = roles::role_key(std::slice::from_ref(head));
            let demonyms: Vec<&str> = desc_words
                .iter()
                .filter(|w| lx.demonym(&w.lower))
                .map(|w| w.lower.as_str())
                .collect();
            // Take in the people mentioned before the description.
            while cursor < self.persons.len() && self.persons[cursor].start < i {
                let p = &self.persons[cursor];
                if let Some(e) = ents.of_person.get(cursor).copied().flatten() {
                    let st = &mut state[e];
                    // Each role once: a person named a thousand times with
                    // a title must not make every description slower.
                    for r in &p.roles {
                        if !st.roles.iter().any(|x| x.key == r.key && x.text == r.text) {
                            st.roles.push(r.clone());
                        }
                    }
                    st.last = Some(p.start);
                    if p.subject {
                        st.last_subject = Some((words[p.start].sentence, p.start));
                    }
                }
                cursor += 1;
            }
            // Rank the entities seen so far.
            let mut best: Option<(u8, usize, usize)> = None; // (score, last mention, entity)
            for (e, st) in state.iter().enumerate() {
                let Some(last) = st.last else { continue };
                let head_match = st
                    .roles
                    .iter()
                    .any(|r| r.key.split(' ').next_back() == Some(head_lower.as_str()));
                let has_dem = |r: &Role, d: &str| r.text.split(' ').any(|t| t == d);
                let dem_match = !demonyms.is_empty()
                    && st.roles.iter().any(|r| demonyms.iter().any(|d| has_dem(r, d)));
                let dem_conflict = !demonyms.is_empty()
                    && !dem_match
                    && st.roles.iter().any(|r| r.text.split(' ').any(|t| lx.demonym(t)));
                if dem_conflict {
                    continue;
                }
                let subject = st.last_subject.is_some_and(|(s, _)| s + 3 >= si);
                let score = match (head_match, dem_match, subject) {
                    (true, _, true) => 6,
                    (true, true, false) => 5,
                    (true, false, false) => 4,
                    (false, true, true) => 3,
                    (false, true, false) => 2,
                    (false, false, true) if speech_after => 1,
                    _ => 0,
                };
                if score == 0 {
                    continue;
                }
                // Among subjects, the latest subject wins ("Trump …, stating
                // that … Putin …. “…,” the former president said" → Trump).
                let recency = if subject { st.last_subject.map_or(last, |(_, w)| w) } else { last };
                if best.is_none_or(|(s, l, _)| (score, recency) > (s, l)) {
                    best = Some((score, recency, e));
                }
            }
            if let Some((_, _, e)) = best {
                if let Some(role) = make_role(text, words, i + 1, k + 1) {
                    found.push((i, k + 1, e, role));
                }
            }
        }
        for (start, end, e, role) in found {
            let key = ents.keys.get(e).cloned().unwrap_or_default();
            let si = words[start].sentence;
            let subject = self.is_subject(start, si);
            self.persons.push(Person {
                start: start + 1,
                end,
                roles: vec![role],
                key,
                refers_to: Some(e),
                subject,
                description: true,
            });
        }
    }

    fn emit(&self, ents: &Entities) -> Vec<Claim> {
        let text = self.doc.text.as_str();
        let words = &self.words.words;
        let mut out = Vec::new();
        for (pi, p) in self.persons.iter().enumerate() {
            let (Some(a), Some(b)) =
                (words.get(p.start), p.end.checked_sub(1).and_then(|e| words.get(e)))
            else {
                continue;
            };
            let span = Span::new(a.span.start, b.span.end);
            let name = span.slice(text).to_string();
            let entity = p
                .refers_to
                .or_else(|| ents.of_person.get(pi).copied().flatten())
                .and_then(|e| ents.names.get(e).cloned())
                .unwrap_or_else(|| name.clone());
            let sentence = SentenceId(a.sentence);
            out.push(Claim {
                span,
                sentence,
                data: ClaimData::Person(PersonMention { name, entity, roles: p.roles.clone() }),
            });
        }
        // Places and organisations, not overlapping people.
        let mut seen: Vec<Span> = out.iter().map(|c| c.span).collect();
        seen.sort();
        let mut names = self.names.clone();
        names.sort_by_key(|n| (n.0.start, std::cmp::Reverse(n.0.end)));
        let mut last_end = 0;
        for (span, place, entity) in names {
            if span.start < last_end || seen.iter().any(|s| s.overlaps(span)) {
                continue;
            }
            last_end = span.end;
            let sentence = self.doc.sentence_at(span.start).unwrap_or(SentenceId(0));
            let mention = NameMention { name: span.slice(text).to_string(), entity };
            let data =
                if place { ClaimData::Place(mention) } else { ClaimData::Organization(mention) };
            out.push(Claim { span, sentence, data });
        }
        out
    }
}

/// "SeaMicro", "YouTube", "iPhone": brand spelling, not a person's name
/// ("McCain", "DeSantis", "O'Neill" are names).
fn camel_case(text: &str, span: Span) -> bool {
    let s = span.slice(text);
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        if i > 0 && c.is_uppercase() && prev.is_some_and(char::is_lowercase) {
            let head = &s[..i];
            if !matches!(
                head,
                "Mc" | "Mac" | "De" | "Di" | "Da" | "Le" | "La" | "Van" | "Von" | "Du" | "Fitz"
            ) {
                return true;
            }
        }
        prev = Some(c);
    }
    s.chars().next().is_some_and(char::is_lowercase) && s.chars().any(char::is_uppercase)
}

/// Role heads that a definite description uses to refer back to a named
/// person ("the former president", "the Russian leader", "the doctor").
fn referring_head(lower: &str) -> bool {
    !matches!(
        lower,
        "victim"
            | "suspect"
            | "resident"
            | "member"
            | "worker"
            | "student"
            | "witness"
            | "survivor"
            | "prisoner"
            | "hostage"
            | "soldier"
            | "fighter"
            | "militant"
            | "rebel"
            | "farmer"
            | "pilot"
            | "engineer"
            | "mechanic"
            | "partner"
            | "owner"
            | "player"
            | "star"
            | "host"
            | "author"
            | "writer"
            | "critic"
            | "supporter"
            | "ally"
            | "rival"
            | "opponent"
            | "candidate"
            | "son"
            | "daughter"
            | "wife"
            | "husband"
            | "father"
            | "mother"
            | "brother"
            | "sister"
            | "private"
            | "major"
            | "general"
            | "official"
            | "officer"
            | "representative"
            | "delegate"
            | "justice"
            | "deputy"
            | "expert"
            | "analyst"
            | "investor"
            | "chair"
            | "head"
            | "chief"
            | "boss"
            | "manager"
            | "executive"
            | "director"
            | "anchor"
            | "producer"
            | "counsel"
    )
}

/// Entities of one document: display names and name keys.
#[derive(Debug, Default)]
struct Entities {
    names: Vec<String>,
    keys: Vec<Vec<String>>,
    of_person: Vec<Option<usize>>,
}

/// The lower-case words of a name, for matching: "Mr. Ging" → ["ging"].
fn key_of(ws: &[Word]) -> Vec<String> {
    ws.iter()
        .filter(|w| w.is_word() && !is_honorific(&w.lower))
        .map(|w| w.lower.trim_end_matches('.').to_string())
        .collect()
}

#[cfg(test)]
mod tests;
