//! Abbreviations and function words: what a word before or after a dot
//! says about whether a sentence ended there (`Gov. Smith`, `Dec. 8`,
//! `U.S. The …`). The lists are the lexicon's (`data/words/`).

use crate::lexicon;

/// What an abbreviation before a dot says about the words after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Abbrev {
    /// Always followed by a name: `Mr.`, `Gov.`, `Lt.`, `vs.`.
    Title,
    /// Followed by a number: `No. 5`, `Vol. 2`.
    Numbered,
    /// `Dec. 8`; before a word it may end the sentence.
    Month,
    /// May end a sentence: `Jr.`, `Blvd.`, `approx.`.
    Other,
    /// A company's suffix, `Inc.`, `Corp.`: more of the name may follow
    /// (`Service Corp. International`).
    Company,
    /// A US state or Canadian province, `Ariz.`: mid-sentence, a comma
    /// follows it (AP style), so a capital after it starts a sentence.
    State,
    /// Part of a place name, like an initial: `St. Louis`, `Mt. Everest`.
    Name,
}

pub(super) fn abbreviation_class(word: &str) -> Option<Abbrev> {
    use lexicon::*;
    let lower = |list: WordList| list.contains(word);
    let is = |lists: &[WordList]| capitalised_in(word, |w| lexicon::any(lists, w));
    if is(&[ABBREVIATIONS_TITLES]) || lower(ABBREVIATIONS_TITLES_LOWER) {
        Some(Abbrev::Title)
    } else if is(&[ABBREVIATIONS_NUMBERED]) || lower(ABBREVIATIONS_NUMBERED_LOWER) {
        Some(Abbrev::Numbered)
    } else if is(&[ABBREVIATIONS_NAMES]) {
        Some(Abbrev::Name)
    } else if capitalised_in(word, |w| MONTHS_ABBREVIATIONS.contains(w)) {
        Some(Abbrev::Month)
    } else if is(&[ABBREVIATIONS_COMPANIES]) {
        Some(Abbrev::Company)
    } else if is(&[ABBREVIATIONS_STATES]) {
        Some(Abbrev::State)
    } else if capitalised_in(word, |w| {
        ABBREVIATIONS_OTHER.contains(w) || WEEKDAYS_ABBREVIATIONS.contains(w)
    }) || lower(ABBREVIATIONS_OTHER_LOWER)
    {
        Some(Abbrev::Other)
    } else {
        None
    }
}

/// True when `word` is a lower-case word `listed` (`"gov"`) written
/// capitalised (`"Gov"`) or, two letters or more, in capitals (`"GOV"`);
/// not in lower case (`"gov"`).
pub(super) fn capitalised_in(word: &str, listed: impl Fn(&str) -> bool) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next().filter(char::is_ascii_uppercase) else { return false };
    let rest = chars.as_str();
    let caps = word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase());
    if !(caps || rest.bytes().all(|b| !b.is_ascii_uppercase())) || word.len() > 16 {
        return false;
    }
    let mut buf = [0u8; 16];
    buf[0] = first.to_ascii_lowercase() as u8;
    for (k, b) in rest.bytes().enumerate() {
        buf[k + 1] = b.to_ascii_lowercase();
    }
    let Ok(lower) = std::str::from_utf8(&buf[..word.len()]) else { return false };
    // "Gov" matches "gov"; so does "GOV", but not "GOv".
    let exact = caps || rest == &lower[1..];
    exact && listed(lower)
}

/// True when `word` is one of the space-separated words of `list`.
pub(super) fn listed(list: &str, word: &str) -> bool {
    list.split_ascii_whitespace().any(|w| w == word)
}

/// A single capital letter, as in `J. R. Smith`.
pub(super) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Capitalised, these words nearly always start a sentence.
pub(super) fn is_function_word(word: &str) -> bool {
    use lexicon::*;
    const CLASSES: &[WordList] = &[
        FUNCTION_WORDS_ARTICLES,
        FUNCTION_WORDS_DEMONSTRATIVES,
        FUNCTION_WORDS_QUANTIFIERS,
        FUNCTION_WORDS_QUANTIFIERS_MORE,
        FUNCTION_WORDS_SUBJECT_PRONOUNS,
        FUNCTION_WORDS_POSSESSIVES,
        FUNCTION_WORDS_POSSESSIVES_MORE,
        FUNCTION_WORDS_WH_WORDS,
        FUNCTION_WORDS_WH_EVER,
        FUNCTION_WORDS_INDEFINITE_PRONOUNS,
        FUNCTION_WORDS_PREPOSITIONS,
        FUNCTION_WORDS_PREPOSITIONS_MORE,
        FUNCTION_WORDS_CONJUNCTIONS,
        FUNCTION_WORDS_CONJUNCTIONS_MORE,
        FUNCTION_WORDS_NEGATION,
        FUNCTION_WORDS_ADVERBS,
        FUNCTION_WORDS_ADVERBS_SENTENCE,
        FUNCTION_WORDS_DEICTIC,
        FUNCTION_WORDS_SPEECH_ASKED,
        FUNCTION_WORDS_INTERJECTIONS,
    ];
    if word.len() > 12 {
        return false;
    }
    let w = word.to_ascii_lowercase();
    // "Hers" is a name as often as not; "Her", "Why", "Such", "Said" and
    // the small numbers open sentences.
    let listed = any(CLASSES, &w) && w != "hers"
        || matches!(w.as_str(), "her" | "why" | "such" | "said")
        || NUMBERS_CARDINALS.get(&w).is_some_and(|n| (1..=3).contains(&n))
        || w == "first";
    listed
}
