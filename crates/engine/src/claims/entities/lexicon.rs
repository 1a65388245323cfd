//! The word lists behind entity and quote extraction, compiled in from
//! `crates/engine/data/entities_*.txt` and `quotes_*.txt` and parsed once.
//!
//! Lookups take lower-case keys; multi-word names are kept as space-joined
//! lower-case strings so that a run of words can be matched by joining them.

use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the word lists are hashed on every word of every document, and
/// short keys hash faster this way than with SipHash (no untrusted keys
/// here: the lists are ours, the lookups only read).
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash map with [`Fnv`].
pub(crate) type HashMap<K, V> = StdHashMap<K, V, BuildHasherDefault<Fnv>>;
/// A hash set with [`Fnv`].
pub(crate) type HashSet<K> = StdHashSet<K, BuildHasherDefault<Fnv>>;

/// A person's grammatical gender as far as the text tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Gender {
    /// "he".
    Male,
    /// "she".
    Female,
    /// Not known.
    Unknown,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => Gender::Unknown,
        }
    }
}

/// How a speech verb takes what it reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbClass {
    /// "said", "told", "stated": a quote, a clause or a "that" clause.
    Say,
    /// "suggested", "indicated": reported speech only with "that" or a quote.
    ThatOnly,
    /// "described … as", "called … ".
    DescribeAs,
}

/// A speech verb form with its lemma.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpeechVerb {
    /// Base form: "say".
    pub lemma: &'static str,
    /// How it takes its content.
    pub class: VerbClass,
}

/// What a lower-case (possibly multi-word) place or organisation name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gazetted {
    /// A country (the canonical name).
    Country(&'static str),
    /// Another place; the canonical name (for abbreviations: "Calif." →
    /// "California").
    Place(&'static str),
    /// A known organisation.
    Org,
}

/// All word lists.
pub(crate) struct Lexicon {
    given: HashMap<&'static str, Gender>,
    titles: HashMap<String, Gender>,
    role_heads: HashMap<&'static str, Gender>,
    role_modifiers: HashSet<&'static str>,
    changing: HashSet<&'static str>,
    demonyms: HashSet<String>,
    names: HashMap<String, Gazetted>,
    org_heads: HashSet<String>,
    verbs: HashMap<&'static str, SpeechVerb>,
    /// Every proper prefix of a multi-word gazetteer name ("new", "new
    /// york"): matching stops as soon as the words read are no prefix.
    name_prefixes: HashSet<String>,
    function_words: HashSet<&'static str>,
    /// Canonical names of first-level divisions: states, provinces.
    states: HashSet<&'static str>,
    /// Longest gazetteer name in words.
    pub max_name_words: usize,
}

const GIVEN: &str = include_str!("../../../data/entities_given_names.txt");
const GIVEN_INTL: &str = include_str!("../../../data/entities_given_names_intl.txt");
const COUNTRIES: &str = include_str!("../../../data/entities_countries.txt");
const PLACES: &str = include_str!("../../../data/entities_places.txt");
const ORGS: &str = include_str!("../../../data/entities_orgs.txt");
const ROLES: &str = include_str!("../../../data/entities_roles.txt");
const VERBS: &str = include_str!("../../../data/quotes_speech_verbs.txt");

fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Splits a list file into its `[section]`s.
fn sections(data: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    let mut section = "";
    for line in lines(data) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
        } else {
            out.push((section, line));
        }
    }
    out
}

fn split_gender(entry: &'static str) -> (&'static str, Gender) {
    match entry.rsplit_once(':') {
        Some((w, g)) if g.len() == 1 => (w, Gender::parse(g)),
        _ => (entry, Gender::Unknown),
    }
}

/// Lower case, with typographic apostrophes made plain.
pub(crate) fn fold(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).map(|c| if c == '\u{2019}' { '\'' } else { c }).collect()
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut given = HashMap::default();
        for line in lines(GIVEN).chain(lines(GIVEN_INTL)) {
            if let Some((name, g)) = line.split_once(' ') {
                given.insert(name, Gender::parse(g));
            }
        }
        let mut titles = HashMap::default();
        let mut role_heads = HashMap::default();
        let mut role_modifiers = HashSet::default();
        let mut changing = HashSet::default();
        for (section, line) in sections(ROLES) {
            let (w, g) = split_gender(line);
            match section {
                "titles" => {
                    titles.insert(fold(w), g);
                }
                "heads" => {
                    role_heads.insert(w, g);
                }
                "modifiers" => {
                    role_modifiers.insert(w);
                }
                "changing" => {
                    changing.insert(w);
                }
                _ => {}
            }
        }
        let mut names: HashMap<String, Gazetted> = HashMap::default();
        let mut demonyms = HashSet::default();
        for line in lines(COUNTRIES) {
            let mut parts = line.split('|');
            let canonical = parts.next().unwrap_or("").trim();
            let alts = parts.next().unwrap_or("");
            let dems = parts.next().unwrap_or("");
            if canonical.is_empty() {
                continue;
            }
            names.insert(fold(canonical), Gazetted::Country(canonical));
            for alt in alts.split(',').map(str::trim).filter(|a| !a.is_empty()) {
                names.insert(fold(alt), Gazetted::Country(canonical));
            }
            for d in dems.split(',').map(str::trim).filter(|a| !a.is_empty()) {
                demonyms.insert(fold(d));
            }
        }
        let mut states = HashSet::default();
        for (section, line) in sections(PLACES) {
            let (name, abbr) = match line.split_once('=') {
                Some((n, a)) => (n.trim(), Some(a.trim())),
                None => (line, None),
            };
            names.entry(fold(name)).or_insert(Gazetted::Place(name));
            if let Some(a) = abbr {
                names.entry(fold(a)).or_insert(Gazetted::Place(name));
            }
            if section == "states" {
                states.insert(name);
            }
        }
        let mut org_heads = HashSet::default();
        for (section, line) in sections(ORGS) {
            match section {
                "heads" => {
                    org_heads.insert(fold(line));
                }
                _ => {
                    // A known organisation wins over a place of the same name
                    // only where no place is listed ("Washington" stays a place).
                    names.entry(fold(line)).or_insert(Gazetted::Org);
                }
            }
        }
        let max_name_words = names.keys().map(|k| k.split(' ').count()).max().unwrap_or(1);
        let mut name_prefixes = HashSet::default();
        for k in names.keys() {
            let mut end = 0;
            for (i, c) in k.char_indices() {
                if c == ' ' || c == '-' {
                    end = i;
                    name_prefixes.insert(k[..end].to_string());
                }
            }
            let _ = end;
        }
        let function_words = super::words::FUNCTION_WORDS.iter().copied().collect();
        let mut verbs = HashMap::default();
        for line in lines(VERBS) {
            let mut words = line.split_whitespace();
            let Some(first) = words.next() else { continue };
            let (class, lemma) = if let Some(l) = first.strip_prefix('+') {
                (VerbClass::ThatOnly, l)
            } else if let Some(l) = first.strip_prefix('~') {
                (VerbClass::DescribeAs, l)
            } else {
                (VerbClass::Say, first)
            };
            let v = SpeechVerb { lemma, class };
            verbs.insert(lemma, v);
            for form in words {
                verbs.insert(form, v);
            }
        }
        Lexicon {
            given,
            titles,
            role_heads,
            role_modifiers,
            changing,
            demonyms,
            names,
            org_heads,
            verbs,
            name_prefixes,
            function_words,
            states,
            max_name_words,
        }
    }

    /// A given name's gender, if `lower` is a given name.
    pub fn given_name(&self, lower: &str) -> Option<Gender> {
        self.given.get(lower).copied()
    }

    /// An honorific or abbreviated title ("mr.", "sgt.", "gov."), with gender.
    pub fn title(&self, lower: &str) -> Option<Gender> {
        self.titles.get(lower).copied()
    }

    /// A role head noun ("envoy", "son-in-law"), with gender; hyphenated
    /// compounds count by their last part ("brigadier-general").
    pub fn role_head(&self, lower: &str) -> Option<Gender> {
        if let Some(g) = self.role_heads.get(lower) {
            return Some(*g);
        }
        match lower.rsplit_once('-') {
            Some((first, last)) if !first.is_empty() && !matches!(first, "son" | "daughter") => {
                self.role_heads.get(last).copied()
            }
            _ => None,
        }
    }

    /// True for a plural role noun ("officials", "leaders").
    pub fn is_plural_role(&self, lower: &str) -> bool {
        !self.role_heads.contains_key(lower)
            && lower.strip_suffix('s').is_some_and(|s| self.role_heads.contains_key(s))
    }

    /// A word that may stand before a role head ("senior", "regional").
    pub fn role_modifier(&self, lower: &str) -> bool {
        self.role_modifiers.contains(lower)
    }

    /// A modifier that changes who the person is ("former", "acting").
    pub fn meaning_changing(&self, lower: &str) -> bool {
        self.changing.contains(lower) || lower.starts_with("ex-")
    }

    /// A nationality or regional adjective ("Russian", "U.S." is a country).
    pub fn demonym(&self, lower: &str) -> bool {
        self.demonyms.contains(lower)
    }

    /// A gazetteer place or organisation, `lower` being space-joined words.
    pub fn gazetted(&self, lower: &str) -> Option<Gazetted> {
        self.names.get(lower).copied()
    }

    /// True when `lower` begins a longer gazetteer name.
    pub fn name_prefix(&self, lower: &str) -> bool {
        self.name_prefixes.contains(lower)
    }

    /// True for a state, province or territory, by its canonical name
    /// ("Saskatchewan" for "Sask." too): "Regina, Saskatchewan".
    pub fn state(&self, canonical: &str) -> bool {
        self.states.contains(canonical)
    }

    /// A function word (see [`super::words::is_function_word`]).
    pub fn function_word(&self, lower: &str) -> bool {
        self.function_words.contains(lower)
    }

    /// A word that ends organisation names ("Ministry", "Corp.").
    pub fn org_head(&self, lower: &str) -> bool {
        self.org_heads.contains(lower)
    }

    /// A speech verb form.
    pub fn speech_verb(&self, lower: &str) -> Option<SpeechVerb> {
        self.verbs.get(lower).copied()
    }
}

/// The lexicon, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let lx = lexicon();
        assert_eq!(lx.given_name("jared"), Some(Gender::Male));
        assert_eq!(lx.given_name("oleksandr"), Some(Gender::Male));
        assert!(lx.given_name("may").is_none());
        assert_eq!(lx.gazetted("u.s."), Some(Gazetted::Country("United States")));
        assert_eq!(lx.gazetted("new delhi"), Some(Gazetted::Place("New Delhi")));
        assert_eq!(lx.gazetted("sask."), Some(Gazetted::Place("Saskatchewan")));
        assert!(lx.state("Saskatchewan") && lx.state("Queensland") && !lx.state("New Delhi"));
        assert_eq!(lx.gazetted("r.i."), Some(Gazetted::Place("Rhode Island")));
        assert_eq!(lx.gazetted("tass"), Some(Gazetted::Org));
        assert!(lx.demonym("russian"));
        assert_eq!(lx.role_head("son-in-law"), Some(Gender::Male));
        assert!(lx.role_head("brigadier-general").is_some());
        assert!(lx.role_modifier("senior"));
        assert!(lx.meaning_changing("former"));
        assert_eq!(lx.speech_verb("said").map(|v| v.lemma), Some("say"));
        assert_eq!(lx.speech_verb("indicated").map(|v| v.class), Some(VerbClass::ThatOnly));
    }
}
