//! The word lists of the engine, each written once.
//!
//! Lists live in `data/words/*.txt` (one entry a line, sections by class,
//! an entry optionally followed by its value: a number or a word);
//! `build.rs` compiles them into sorted static tables that are searched by
//! bisection ([`WordList`], [`WordMap`]: `"kilometres"` → `"kilometer"`).
//! A table is sorted by length first, then by bytes ([`table_order`]): most
//! words looked up are not on the list and most of their comparisons with
//! its entries end on the lengths, without reading the bytes (every token
//! of every version is looked up in the number words).
//! A caller that needs a list with a difference writes the difference
//! where it reads the list, so it can be seen: "number words, but not
//! \"second\"". The rules' typed settings stay in code beside the lists
//! they name (an outcome dimension's severity, a bound's kind).
//!
//! Why sorted tables: the browser build optimises for size, and there a
//! `match` over strings becomes one compare-and-branch per arm (code that
//! grows with every word and runs arm by arm), while a table costs one
//! pointer and length per word (8 bytes in wasm32) beside the words' bytes,
//! which any form must keep, and one shared bisection. Natively the
//! bisection takes at most nine comparisons on the longest list.
//!
//! Also here: the one hash for word sets ([`FnvHashSet`]), the speech
//! verbs (a lemma and its forms a line, read once from
//! `data/speech_verbs.txt`), and the lists behind people, places and
//! organisations ([`lexicon()`], from `data/entities_*.txt`), which are
//! hash maps built on first use: they are looked up by runs of words; and
//! the tables of several fields a line (the comparison's events and
//! units, [`compare_events`], [`compare_units`]) and the loaded-word
//! lexicon. Those files are compiled in here and read one way
//! (`read.rs`, `data/README.md`): no other module includes a data file.

mod hash;
mod names;
mod read;
mod speech;

pub(crate) use hash::{hash_str, FnvHashMap, FnvHashSet};
pub(crate) use names::{fold, lexicon, Gazetted, Gender};
pub(crate) use read::{compare_events, compare_units, loaded_lexicon};
pub(crate) use speech::{speech_verb, SpeechVerb, VerbClass};

/// The order of the tables: by length, then by bytes.
fn table_order(entry: &str, word: &str) -> std::cmp::Ordering {
    let (e, w) = (entry.as_bytes(), word.as_bytes());
    // The first bytes before the rest: most words of one length differ
    // there, and comparing two bytes is cheaper than calling `memcmp`.
    e.len().cmp(&w.len()).then_with(|| e.first().cmp(&w.first())).then_with(|| e.cmp(w))
}

/// Where `word` is in `table` (sorted by [`table_order`]). A word shorter
/// than the first entry or longer than the last is not there: most words
/// asked of the number words are turned away without a search.
#[inline]
fn find(table: &[&str], word: &str) -> Option<usize> {
    let (shortest, longest) = (table.first()?.len(), table.last()?.len());
    if word.len() < shortest || word.len() > longest {
        return None;
    }
    table.binary_search_by(|e| table_order(e, word)).ok()
}

/// A list of words, sorted by [`table_order`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordList(&'static [&'static str]);

impl WordList {
    /// A list without words.
    pub const EMPTY: WordList = WordList(&[]);

    /// True when `word` is on the list.
    pub fn contains(&self, word: &str) -> bool {
        find(self.0, word).is_some()
    }

    /// The words, shortest first.
    pub fn words(&self) -> &'static [&'static str] {
        self.0
    }
}

/// A list of words sorted by [`table_order`], each with a value: a number (`u16`) or a word
/// (`&str`: `"kilometres"` → `"kilometer"`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordMap<V: 'static = u16> {
    words: &'static [&'static str],
    values: &'static [V],
}

impl<V: Copy> WordMap<V> {
    /// The value of `word`, if it is on the list.
    pub fn get(&self, word: &str) -> Option<V> {
        let i = find(self.words, word)?;
        self.values.get(i).copied()
    }

    /// True when `word` is on the list.
    pub fn contains(&self, word: &str) -> bool {
        find(self.words, word).is_some()
    }

    /// The words with their values, shortest first.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, V)> {
        self.words.iter().copied().zip(self.values.iter().copied())
    }
}

include!(concat!(env!("OUT_DIR"), "/words.rs"));

/// `"march"` → 3, `"sept"` → 9 (lower case; names and abbreviations).
pub(crate) fn month(lower: &str) -> Option<u8> {
    MONTHS_NAMES.get(lower).or_else(|| MONTHS_ABBREVIATIONS.get(lower)).map(|m| m as u8)
}

/// `"thursday"` → 4, `"thurs"` → 4 (lower case; names and abbreviations).
pub(crate) fn weekday(lower: &str) -> Option<u8> {
    WEEKDAYS_NAMES.get(lower).or_else(|| WEEKDAYS_ABBREVIATIONS.get(lower)).map(|d| d as u8)
}

/// True when one of `lists` holds `word`.
pub(crate) fn any(lists: &[WordList], word: &str) -> bool {
    lists.iter().any(|l| l.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_found() {
        let cardinals: Vec<&str> = NUMBERS_CARDINALS.iter().map(|(w, _)| w).collect();
        for table in [FUNCTION_WORDS_ARTICLES.words(), &cardinals] {
            assert!(table.windows(2).all(|w| table_order(w[0], w[1]).is_lt()));
        }
        // The shortest and the longest entries are found; shorter and
        // longer words are not.
        assert_eq!(
            NUMBERS_CARDINALS.get(cardinals[0]),
            NUMBERS_CARDINALS.iter().next().map(|e| e.1)
        );
        let longest = cardinals[cardinals.len() - 1];
        assert!(NUMBERS_CARDINALS.contains(longest));
        assert!(!NUMBERS_CARDINALS.contains(&format!("{longest}s")));
        assert!(!NUMBERS_CARDINALS.contains("a"));
        assert!(!NUMBERS_CARDINALS.contains(""));
        assert_eq!(month("sept"), Some(9));
        assert_eq!(month("may"), Some(5));
        assert_eq!(month("mayday"), None);
        assert_eq!(weekday("thurs"), Some(4));
        assert_eq!(NUMBERS_CARDINALS.get("ninety"), Some(90));
        assert_eq!(NUMBERS_ORDINALS.get("hundredth"), Some(100));
        assert!(FUNCTION_WORDS_CLITICS.contains("'s"));
        assert_eq!(QUANTITIES_UNITS.get("kilometres"), Some("kilometer"));
        assert_eq!(QUANTITIES_CURRENCY_SYMBOLS.get("€"), Some("EUR"));
        assert_eq!(PLURALS_IRREGULAR.get("people"), Some("person"));
        assert!(COMPARE_BOUNDS_ABOVE.contains("more than"));
        assert!(WordList::EMPTY.words().is_empty());
    }

    #[test]
    fn tables_of_fields_read_one_way() {
        let units: Vec<Vec<&str>> = compare_units().collect();
        assert_eq!(units[0], ["km", "1", "kilometer kilometre km kms"]);
        assert!(compare_events().all(|row| row.len() == 5));
        assert!(read::sections(include_str!("../../data/speech_verbs.txt"))
            .iter()
            .any(|(section, line)| *section == "manner" && line.contains("yelled")));
    }
}
