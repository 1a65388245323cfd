//! Word lists and English singularisation for the quantity extractor.
//!
//! The word lists are in `data/words/quantities.txt` (sorted tables, see
//! [`crate::lexicon`]); what is here maps words to values or reads them.

use crate::lexicon::{
    QUANTITIES_ABSTRACT_AFTER_ONE, QUANTITIES_ID_WORDS, QUANTITIES_ING_NOUNS, QUANTITIES_LY_NOUNS,
    QUANTITIES_SCORE_NOUNS, QUANTITIES_SCORE_VERBS, QUANTITIES_STOP, QUANTITIES_TIME_UNITS,
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
    matches!(w, "right" | "left" | "from" | "row" | "center" | "centre")
}

/// Words that follow a cardinal to name a measurement unit, with the
/// canonical unit: "35 kilometres" → kilometer, "6.1 magnitude" → magnitude.
pub fn unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "kilometer",
        "mi" | "mile" | "miles" => "mile",
        "metre" | "metres" | "meter" | "meters" => "meter",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "centimeter",
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "millimeter",
        "ft" | "foot" | "feet" => "foot",
        "inch" | "inches" => "inch",
        "yard" | "yards" => "yard",
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme"
        | "kilogrammes" => "kilogram",
        "g" | "gram" | "grams" | "gramme" | "grammes" => "gram",
        "lb" | "lbs" | "pound" | "pounds" => "pound",
        "oz" | "ounce" | "ounces" => "ounce",
        "ton" | "tons" => "ton",
        "tonne" | "tonnes" => "tonne",
        "acre" | "acres" => "acre",
        "hectare" | "hectares" | "ha" => "hectare",
        "gallon" | "gallons" => "gallon",
        "litre" | "litres" | "liter" | "liters" => "liter",
        "barrel" | "barrels" => "barrel",
        "mph" => "mph",
        "kph" | "km/h" => "kph",
        "knot" | "knots" => "knot",
        "degree" | "degrees" => "degree",
        "magnitude" => "magnitude",
        "megawatt" | "megawatts" | "mw" => "megawatt",
        "kilowatt" | "kilowatts" | "kw" => "kilowatt",
        "gigawatt" | "gigawatts" | "gw" => "gigawatt",
        "volt" | "volts" => "volt",
        "watt" | "watts" => "watt",
        "gb" | "gigabyte" | "gigabytes" => "gigabyte",
        "mb" | "megabyte" | "megabytes" => "megabyte",
        "tb" | "terabyte" | "terabytes" => "terabyte",
        "ghz" | "gigahertz" => "gigahertz",
        "mhz" | "megahertz" => "megahertz",
        _ => return None,
    })
}

/// Scale words after a number: "1.2 billion", "$5m", "40k".
pub fn scale(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" | "k" => 1e3,
        "million" | "mn" | "mln" | "m" | "mil" => 1e6,
        "billion" | "bn" | "bln" | "b" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        _ => return None,
    })
}

/// A currency symbol before a number, with an optional prefix letter
/// group glued to it ("US$", "C$", "HK$").
pub fn currency_symbol(sym: &str, prefix: Option<&str>) -> Option<&'static str> {
    Some(match sym {
        "$" => match prefix.map(|p| p.to_ascii_lowercase()) {
            None => "USD",
            Some(p) => match p.as_str() {
                "us" | "u.s." => "USD",
                "c" | "ca" | "can" => "CAD",
                "a" | "au" => "AUD",
                "hk" => "HKD",
                "nz" => "NZD",
                "s" | "sg" => "SGD",
                "nt" => "TWD",
                "r" => "BRL",
                "mx" => "MXN",
                _ => "USD",
            },
        },
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₴" => "UAH",
        "₩" => "KRW",
        "₪" => "ILS",
        "₺" => "TRY",
        "₦" => "NGN",
        _ => return None,
    })
}

/// ISO codes and currency words, written before or after a number.
pub fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "usd" | "dollar" | "dollars" => "USD",
        "eur" | "euro" | "euros" => "EUR",
        "gbp" | "sterling" => "GBP",
        "jpy" | "yen" => "JPY",
        "cny" | "rmb" | "yuan" | "renminbi" => "CNY",
        "chf" | "franc" | "francs" => "CHF",
        "cad" => "CAD",
        "aud" => "AUD",
        "inr" | "rupee" | "rupees" | "rs" => "INR",
        "rub" | "ruble" | "rubles" | "rouble" | "roubles" => "RUB",
        "uah" | "hryvnia" | "hryvnias" | "hryvnias'" => "UAH",
        "ils" | "shekel" | "shekels" => "ILS",
        "try" | "lira" | "liras" => "TRY",
        "zar" | "rand" => "ZAR",
        "ngn" | "naira" => "NGN",
        "krw" => "KRW",
        "brl" | "real" | "reais" => "BRL",
        "mxn" | "peso" | "pesos" => "MXN",
        _ => return None,
    })
}

/// Nationality adjectives that change which dollar is meant.
pub fn dollar_country(w: &str) -> Option<&'static str> {
    Some(match w {
        "canadian" => "CAD",
        "australian" => "AUD",
        "singapore" => "SGD",
        "zealand" => "NZD",
        "kong" => "HKD",
        "taiwan" | "taiwanese" => "TWD",
        "american" | "u.s" | "us" => "USD",
        _ => return None,
    })
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
    matches!(lemma, "person" | "people" | "individual" | "persons")
}

/// Nouns ending in -ly (other -ly words are adverbs: "15 critically").
pub fn is_ly_noun(w: &str) -> bool {
    QUANTITIES_LY_NOUNS.contains(w)
}

/// Nouns ending in -ing (most -ing words after a number are verbs:
/// "14,000 people *taking* shelter").
pub fn is_ing_noun(w: &str) -> bool {
    QUANTITIES_ING_NOUNS.contains(w.strip_suffix('s').unwrap_or(w))
}

/// Plurals that do not end in -s, and nouns that are plural as they stand.
fn irregular_singular(w: &str) -> Option<&'static str> {
    Some(match w {
        "people" => "person",
        "men" => "man",
        "women" => "woman",
        "children" => "child",
        "feet" => "foot",
        "teeth" => "tooth",
        "mice" => "mouse",
        "geese" => "goose",
        "oxen" => "ox",
        "dice" => "die",
        "wives" => "wife",
        "lives" => "life",
        "knives" => "knife",
        "leaves" => "leaf",
        "halves" => "half",
        "thieves" => "thief",
        "wolves" => "wolf",
        "shelves" => "shelf",
        "loaves" => "loaf",
        "calves" => "calf",
        "selves" => "self",
        "elves" => "elf",
        "scarves" => "scarf",
        "hooves" => "hoof",
        "criteria" => "criterion",
        "phenomena" => "phenomenon",
        "analyses" => "analysis",
        "crises" => "crisis",
        "theses" => "thesis",
        "diagnoses" => "diagnosis",
        "oases" => "oasis",
        "hypotheses" => "hypothesis",
        "indices" => "index",
        "matrices" => "matrix",
        "appendices" => "appendix",
        "vertices" => "vertex",
        "cacti" => "cactus",
        "fungi" => "fungus",
        "nuclei" => "nucleus",
        "radii" => "radius",
        "alumni" => "alumnus",
        "stimuli" => "stimulus",
        "larvae" => "larva",
        "antennae" => "antenna",
        "formulae" => "formula",
        "vertebrae" => "vertebra",
        "bacteria" => "bacterium",
        "curricula" => "curriculum",
        "memoranda" => "memorandum",
        "strata" => "stratum",
        "police" => "police",
        "personnel" => "personnel",
        "cattle" => "cattle",
        "aircraft" => "aircraft",
        "spacecraft" => "spacecraft",
        "sheep" => "sheep",
        "deer" => "deer",
        "fish" => "fish",
        "offspring" => "offspring",
        "staff" => "staff",
        "crew" => "crew",
        "news" => "news",
        "series" => "series",
        "species" => "species",
        "means" => "means",
        "headquarters" => "headquarters",
        "barracks" => "barracks",
        "crossroads" => "crossroads",
        "gas" => "gas",
        "bus" => "bus",
        "lens" => "lens",
        "bias" => "bias",
        "chaos" => "chaos",
        "atlas" => "atlas",
        "canvas" => "canvas",
        "alias" => "alias",
        "physics" => "physics",
        "politics" => "politics",
        "economics" => "economics",
        "data" => "data",
        "media" => "media",
        _ => return None,
    })
}

/// True when `w` (lower case) has a plural form: "drones", "people".
/// "gunmen" → "gunman", "spokeswomen" → "spokeswoman"; not "specimen".
fn men_plural(w: &str) -> Option<String> {
    let base = w.strip_suffix("men")?;
    let not_plural = matches!(
        w,
        "specimen"
            | "abdomen"
            | "omen"
            | "stamen"
            | "regimen"
            | "acumen"
            | "semen"
            | "hymen"
            | "yemen"
            | "amen"
            | "dolmen"
            | "germen"
            | "bitumen"
            | "albumen"
            | "cyclamen"
            | "rumen"
            | "lumen"
            | "hegumen"
            | "numen"
            | "foramen"
    );
    (!not_plural && base.len() >= 2).then(|| format!("{base}man"))
}

pub fn looks_plural(w: &str) -> bool {
    if men_plural(w).is_some() {
        return true;
    }
    if let Some(s) = irregular_singular(w) {
        return s != w
            || matches!(
                w,
                "police"
                    | "personnel"
                    | "cattle"
                    | "aircraft"
                    | "sheep"
                    | "deer"
                    | "staff"
                    | "crew"
            );
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
        if w.len() <= 4
            || matches!(
                stem,
                "movie"
                    | "cookie"
                    | "rookie"
                    | "zombie"
                    | "calorie"
                    | "prairie"
                    | "hippie"
                    | "genie"
                    | "sortie"
                    | "goalie"
                    | "selfie"
                    | "smoothie"
                    | "auntie"
                    | "veggie"
                    | "specie"
                    | "newbie"
                    | "brownie"
                    | "pixie"
                    | "hoodie"
                    | "lassie"
            )
        {
            return stem.to_string();
        }
        return format!("{base}y");
    }
    if w.ends_with("ves") {
        return stem.to_string(); // archives, drives, executives (the f-plurals are irregular)
    }
    if let Some(base) = w.strip_suffix("es").filter(|b| b.ends_with('o')) {
        if matches!(
            base,
            "hero"
                | "potato"
                | "tomato"
                | "echo"
                | "veto"
                | "torpedo"
                | "volcano"
                | "tornado"
                | "mosquito"
                | "embargo"
                | "domino"
                | "cargo"
                | "buffalo"
        ) {
            return base.to_string();
        }
        return stem.to_string();
    }
    if let Some(base) = w.strip_suffix("sses") {
        return format!("{base}ss");
    }
    if let Some(base) = w.strip_suffix("uses") {
        if matches!(
            base,
            "vir"
                | "bon"
                | "camp"
                | "cens"
                | "stat"
                | "b"
                | "foc"
                | "chor"
                | "circ"
                | "sin"
                | "geni"
                | "apparat"
                | "prospect"
                | "surpl"
                | "consens"
                | "octop"
                | "walr"
                | "citr"
                | "thesaur"
                | "nex"
                | "sylab"
                | "syllab"
                | "op"
                | "omnib"
        ) {
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
        if matches!(
            base,
            "heada"
                | "a"
                | "ni"
                | "ca"
                | "avalan"
                | "mousta"
                | "musta"
                | "cli"
                | "cre"
                | "microfi"
                | "psy"
                | "qui"
                | "dou"
                | "atta"
        ) {
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
