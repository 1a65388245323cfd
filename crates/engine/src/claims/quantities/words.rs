//! Word lists and English singularisation for the quantity extractor.
//!
//! The word lists are in `data/words/quantities.txt` and
//! `data/words/plurals.txt` (sorted tables, see [`crate::lexicon`]); what
//! is here reads them.

use crate::lexicon::{
    PLURALS_AS_THEY_STAND, PLURALS_CHE_SINGULARS, PLURALS_IE_SINGULARS, PLURALS_IRREGULAR,
    PLURALS_MEN_SINGULARS, PLURALS_OES_SINGULARS, PLURALS_US_SINGULARS,
    QUANTITIES_ABSTRACT_AFTER_ONE, QUANTITIES_ADDITION_WORDS, QUANTITIES_CURRENCY_SYMBOLS,
    QUANTITIES_CURRENCY_WORDS, QUANTITIES_DOLLAR_COUNTRIES, QUANTITIES_DOLLAR_PREFIXES,
    QUANTITIES_ID_WORDS, QUANTITIES_ING_NOUNS, QUANTITIES_LY_ADJECTIVES, QUANTITIES_LY_NOUNS,
    QUANTITIES_PERSON_WORDS, QUANTITIES_POSITION_WORDS, QUANTITIES_SCALES, QUANTITIES_SCORE_NOUNS,
    QUANTITIES_SCORE_VERBS, QUANTITIES_STOP, QUANTITIES_TIME_UNITS, QUANTITIES_UNITS,
};

/// Function words and common verbs that end a counted noun phrase:
/// "six people *were* hurt", "40 *of* them".
pub fn is_stop(w: &str) -> bool {
    QUANTITIES_STOP.contains(w)
}

/// Nouns that "one" often stands before without counting anything:
/// "one day", "at one point", "one way or another".
pub fn is_abstract_after_one(w: &str) -> bool {
    QUANTITIES_ABSTRACT_AFTER_ONE.contains(w)
}

/// Words that make the number after them an identifier: "Route 66",
/// "Flight 370", "Article 5", "No. 1".
pub fn is_id_word(w: &str) -> bool {
    QUANTITIES_ID_WORDS.contains(w)
}

/// Months and their abbreviations, lower case.
pub fn is_month(w: &str) -> bool {
    crate::lexicon::month(w).is_some()
}

/// Weekdays and their abbreviations, lower case.
pub fn is_weekday(w: &str) -> bool {
    crate::lexicon::weekday(w).is_some()
}

/// Units of time: a number before one is a duration, left to the time
/// extractor ("five hours", "four years").
pub fn is_time_unit(w: &str) -> bool {
    QUANTITIES_TIME_UNITS.contains(w)
}

/// Ordinal heads that are positions, not facts: "third right" in a caption.
pub fn is_position_word(w: &str) -> bool {
    QUANTITIES_POSITION_WORDS.contains(w)
}

/// Words that follow a cardinal to name a measurement unit, with the
/// canonical unit: "35 kilometres" → kilometer, "6.1 magnitude" → magnitude.
pub fn unit(w: &str) -> Option<&'static str> {
    QUANTITIES_UNITS.get(w)
}

/// Scale words after a number: "1.2 billion", "$5m", "40k".
pub fn scale(w: &str) -> Option<f64> {
    // Powers of ten up to 10^12 are exact in an f64, and so is every
    // product on the way.
    QUANTITIES_SCALES.get(w).map(|e| 10f64.powi(i32::from(e)))
}

/// A currency symbol before a number, with an optional prefix letter
/// group glued to it ("US$", "C$", "HK$").
pub fn currency_symbol(sym: &str, prefix: Option<&str>) -> Option<&'static str> {
    if sym == "$" {
        // A bare "$", or one after letters the table does not know, is
        // the US dollar.
        let prefix = prefix.map(str::to_ascii_lowercase);
        return Some(prefix.and_then(|p| QUANTITIES_DOLLAR_PREFIXES.get(&p)).unwrap_or("USD"));
    }
    QUANTITIES_CURRENCY_SYMBOLS.get(sym)
}

/// ISO codes and currency words, written before or after a number.
pub fn currency_word(w: &str) -> Option<&'static str> {
    QUANTITIES_CURRENCY_WORDS.get(w)
}

/// Nationality adjectives that change which dollar is meant.
pub fn dollar_country(w: &str) -> Option<&'static str> {
    QUANTITIES_DOLLAR_COUNTRIES.get(w)
}

/// Words that mark "N-M" or "N to M" as a vote or score, after the numbers.
pub fn is_score_noun(w: &str) -> bool {
    QUANTITIES_SCORE_NOUNS.contains(w)
}

/// Words that mark "N-M" or "N to M" as a vote or score, before the numbers.
pub fn is_score_verb(w: &str) -> bool {
    QUANTITIES_SCORE_VERBS.contains(w)
}

/// Person words, all counted as "person" so that "six people" and "six
/// individuals" count the same thing.
pub fn person_word(lemma: &str) -> bool {
    QUANTITIES_PERSON_WORDS.contains(lemma)
}

/// Nouns ending in -ly (other -ly words are adverbs: "15 critically").
pub fn is_ly_noun(w: &str) -> bool {
    QUANTITIES_LY_NOUNS.contains(w)
}

/// Adjectives ending in -ly ("24 monthly payments"): modifiers of the
/// counted noun, not adverbs.
pub fn is_ly_adjective(w: &str) -> bool {
    QUANTITIES_LY_ADJECTIVES.contains(w)
}

/// Words that set the counted things beside others named before ("12
/// other defendants"): the counted noun follows them.
pub fn is_addition_word(w: &str) -> bool {
    QUANTITIES_ADDITION_WORDS.contains(w)
}

/// Nouns ending in -ing (most -ing words after a number are verbs:
/// "14,000 people *taking* shelter").
pub fn is_ing_noun(w: &str) -> bool {
    QUANTITIES_ING_NOUNS.contains(w.strip_suffix('s').unwrap_or(w))
}

/// Plurals that do not end in -s, and nouns that are plural as they stand.
fn irregular_singular(w: &str) -> Option<&'static str> {
    PLURALS_IRREGULAR.get(w)
}

/// True when `w` (lower case) has a plural form: "drones", "people".
/// "gunmen" → "gunman", "spokeswomen" → "spokeswoman"; not "specimen".
fn men_plural(w: &str) -> Option<String> {
    let base = w.strip_suffix("men")?;
    (!PLURALS_MEN_SINGULARS.contains(w) && base.len() >= 2).then(|| format!("{base}man"))
}

pub fn looks_plural(w: &str) -> bool {
    if men_plural(w).is_some() {
        return true;
    }
    if let Some(s) = irregular_singular(w) {
        return s != w || PLURALS_AS_THEY_STAND.contains(w);
    }
    w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("ous")
        && !w.ends_with("'s")
}

/// The singular of a lower-case English noun: "injuries" → "injury",
/// "people" → "person", "buses" → "bus", "missiles" → "missile".
pub fn singularize(w: &str) -> String {
    if let Some(s) = irregular_singular(w) {
        return s.to_string();
    }
    if let Some(s) = men_plural(w) {
        return s;
    }
    if !looks_plural(w) {
        return w.to_string();
    }
    let stem = &w[..w.len() - 1]; // drop the final "s"
    if let Some(base) = w.strip_suffix("ies") {
        if w.len() <= 4 || PLURALS_IE_SINGULARS.contains(stem) {
            return stem.to_string();
        }
        return format!("{base}y");
    }
    if w.ends_with("ves") {
        return stem.to_string(); // archives, drives, executives (the f-plurals are irregular)
    }
    if let Some(base) = w.strip_suffix("es").filter(|b| b.ends_with('o')) {
        if PLURALS_OES_SINGULARS.contains(base) {
            return base.to_string();
        }
        return stem.to_string();
    }
    if let Some(base) = w.strip_suffix("sses") {
        return format!("{base}ss");
    }
    if let Some(base) = w.strip_suffix("uses") {
        // `w` without its "es": "viruses" → "virus".
        if PLURALS_US_SINGULARS.contains(&w[..w.len() - 2]) {
            return format!("{base}us");
        }
        return stem.to_string();
    }
    if let Some(base) = w.strip_suffix("xes") {
        return format!("{base}x");
    }
    if let Some(base) = w.strip_suffix("zzes") {
        return format!("{base}z");
    }
    if let Some(base) = w.strip_suffix("shes") {
        return format!("{base}sh");
    }
    if let Some(base) = w.strip_suffix("ches") {
        if PLURALS_CHE_SINGULARS.contains(stem) {
            return stem.to_string();
        }
        return format!("{base}ch");
    }
    stem.to_string()
}

#[cfg(test)]
mod tests {
    use super::singularize;

    #[test]
    fn singulars() {
        let cases = [
            ("drones", "drone"),
            ("residents", "resident"),
            ("injuries", "injury"),
            ("people", "person"),
            ("men", "man"),
            ("children", "child"),
            ("wives", "wife"),
            ("buses", "bus"),
            ("houses", "house"),
            ("churches", "church"),
            ("headaches", "headache"),
            ("boxes", "box"),
            ("losses", "loss"),
            ("heroes", "hero"),
            ("shoes", "shoe"),
            ("movies", "movie"),
            ("crises", "crisis"),
            ("archives", "archive"),
            ("virus", "virus"),
            ("gas", "gas"),
            ("series", "series"),
            ("missile", "missile"),
            ("palestinians", "palestinian"),
            ("ties", "tie"),
            ("cases", "case"),
            ("viruses", "virus"),
            ("countries", "country"),
            ("buildings", "building"),
            ("gunmen", "gunman"),
            ("policemen", "policeman"),
            ("specimen", "specimen"),
            ("women", "woman"),
        ];
        for (plural, singular) in cases {
            assert_eq!(singularize(plural), singular, "{plural}");
        }
    }
}
