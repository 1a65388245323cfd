//! The lists behind people, places and organisations: given names,
//! countries, places, organisations and roles, compiled in from
//! `crates/engine/data/entities_*.txt` and parsed once into hash maps (the
//! gazetteer is looked up by runs of words, and its multi-word names by
//! their prefixes).
//!
//! Lookups take lower-case keys; multi-word names are kept as space-joined
//! lower-case strings so that a run of words can be matched by joining them.

use super::read::{lines, sections};
use super::{speech_verb, FnvHashMap as HashMap, FnvHashSet as HashSet, SpeechVerb, VerbClass};
use std::sync::OnceLock;

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
    /// Every proper prefix of a multi-word gazetteer name ("new", "new
    /// york"): matching stops as soon as the words read are no prefix.
    name_prefixes: HashSet<String>,
    function_words: HashSet<String>,
    /// Canonical names of first-level divisions: states, provinces.
    states: HashSet<&'static str>,
    /// Longest gazetteer name in words.
    pub max_name_words: usize,
}

const GIVEN: &str = include_str!("../../data/entities_given_names.txt");
const GIVEN_INTL: &str = include_str!("../../data/entities_given_names_intl.txt");
const COUNTRIES: &str = include_str!("../../data/entities_countries.txt");
const PLACES: &str = include_str!("../../data/entities_places.txt");
const ORGS: &str = include_str!("../../data/entities_orgs.txt");
const ROLES: &str = include_str!("../../data/entities_roles.txt");

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
        let function_words = function_words();
        Lexicon {
            given,
            titles,
            role_heads,
            role_modifiers,
            changing,
            demonyms,
            names,
            org_heads,
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

    /// A word that is never part of a name, even capitalised: function
    /// words, months, weekdays, small numbers.
    pub fn function_word(&self, lower: &str) -> bool {
        self.function_words.contains(lower)
    }

    /// A word that ends organisation names ("Ministry", "Corp.").
    pub fn org_head(&self, lower: &str) -> bool {
        self.org_heads.contains(lower)
    }

    /// A speech verb form (the quote extractor's: no manner verbs).
    pub fn speech_verb(&self, lower: &str) -> Option<SpeechVerb> {
        speech_verb(lower).filter(|v| v.class != VerbClass::Manner)
    }
}

/// Words that are never part of a name even when capitalised.
fn function_words() -> HashSet<String> {
    use super::*;
    const CLASSES: &[WordList] = &[
        FUNCTION_WORDS_ARTICLES,
        FUNCTION_WORDS_DEMONSTRATIVES,
        FUNCTION_WORDS_QUANTIFIERS,
        FUNCTION_WORDS_QUANTIFIERS_MORE,
        FUNCTION_WORDS_QUANTIFIERS_RARE,
        FUNCTION_WORDS_SUBJECT_PRONOUNS,
        FUNCTION_WORDS_OBJECT_PRONOUNS,
        FUNCTION_WORDS_OBJECT_PRONOUNS_MORE,
        FUNCTION_WORDS_POSSESSIVES,
        FUNCTION_WORDS_POSSESSIVES_MORE,
        FUNCTION_WORDS_WH_WORDS,
        FUNCTION_WORDS_WH_WORDS_MORE,
        FUNCTION_WORDS_PREPOSITIONS,
        FUNCTION_WORDS_PREPOSITIONS_MORE,
        FUNCTION_WORDS_PREPOSITIONS_RARE,
        FUNCTION_WORDS_CONJUNCTIONS,
        FUNCTION_WORDS_CONJUNCTIONS_MORE,
        FUNCTION_WORDS_CONJUNCTIONS_RARE,
        FUNCTION_WORDS_AUXILIARIES,
        FUNCTION_WORDS_MODALS_MORE,
        FUNCTION_WORDS_NEGATION,
        FUNCTION_WORDS_ADVERBS,
        FUNCTION_WORDS_ADVERBS_RARE,
        FUNCTION_WORDS_DEICTIC,
        FUNCTION_WORDS_DEICTIC_MORE,
        FUNCTION_WORDS_INTERJECTIONS,
        FUNCTION_WORDS_INTERJECTIONS_MORE,
        FUNCTION_WORDS_WEB,
    ];
    let mut out: HashSet<String> =
        CLASSES.iter().flat_map(|l| l.words()).map(|w| w.to_string()).collect();
    out.extend(MONTHS_NAMES.iter().map(|(w, _)| w.to_string()));
    out.extend(WEEKDAYS_NAMES.iter().map(|(w, _)| w.to_string()));
    // Month abbreviations with their dot ("Dec."), but not "Jun." and
    // "Jul.", which are short names too.
    out.extend(
        MONTHS_ABBREVIATIONS
            .iter()
            .filter(|(w, _)| !matches!(*w, "jun" | "jul"))
            .map(|(w, _)| format!("{w}.")),
    );
    // "One", "Two" … "Ten", "First", "Second", "Third" open sentences.
    out.extend(
        NUMBERS_CARDINALS.iter().filter(|(_, n)| (1..=10).contains(n)).map(|(w, _)| w.into()),
    );
    out.extend(NUMBERS_ORDINALS.iter().filter(|(_, n)| (1..=3).contains(n)).map(|(w, _)| w.into()));
    out
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
        assert!(lx.speech_verb("yelled").is_none());
        assert!(lx.function_word("dec.") && !lx.function_word("jun.") && lx.function_word("ten"));
    }
}
