//! Word lists of the time grammar. Keys are lower-case ASCII tokens.

use crate::lexicon;
use std::sync::OnceLock;

/// What the time grammar knows about a word. Looked up once per token in
/// one sorted table: the grammar asks about every token, and a binary
/// search stays cheap where a long `match` on strings would not (the wasm
/// build optimises for size and compares arm by arm).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Lex {
    /// Month number, 0 if none: `"dec"` → 12.
    month: u8,
    /// A month's abbreviation, which may take a dot: `"Dec."`.
    abbrev: bool,
    /// ISO weekday of a full weekday name: `"thursday"` → 4.
    weekday: u8,
    /// Plural weekdays, which recur: `"mondays"` → 1.
    weekday_plural: u8,
    /// Weekday abbreviations, trusted only in front of a date.
    weekday_abbrev: u8,
    /// Cardinal number words: `"twenty"` → 20 (`"zero"` is not kept).
    cardinal: u8,
    /// Ordinal words: `"third"` → 3.
    ordinal: u8,
    /// A unit of time and whether it is plural.
    unit: Option<(Unit, bool)>,
    /// A season, as 1 + its index in [`SEASONS`] (0: none).
    season: u8,
    /// A part of the day, as 1 + its index in [`PARTS`] (0: none).
    part: u8,
    /// The word can be the core of an expression.
    pub strong: bool,
    /// The word starts an expression only with a strong word after it.
    pub weak: bool,
    /// The patterns that may start at the word (a set of [`starts`] bits).
    pub starts: u16,
}

/// Bits of [`Lex::starts`]: which patterns of the grammar may start at a
/// word, so that the others are not even tried.
pub(super) mod starts {
    pub const ABS: u16 = 1;
    pub const WD: u16 = 2;
    pub const CLOCK: u16 = 4;
    pub const PART: u16 = 8;
    pub const DEIC: u16 = 16;
    pub const SET: u16 = 32;
    pub const REL: u16 = 64;
    pub const QUANT: u16 = 128;
    pub const QUARTER: u16 = 256;
    pub const FISCAL: u16 = 512;
    pub const SEASON: u16 = 1024;
    pub const HOLIDAY: u16 = 2048;
    pub const POS: u16 = 4096;
}

/// Seasons in TIMEX3 form (the table stores indices: strings would cost
/// 8 bytes an entry in wasm).
const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

/// Parts of the day in TIMEX3 form.
const PARTS: [&str; 4] = ["MO", "AF", "EV", "NI"];

const NONE: Lex = Lex {
    month: 0,
    abbrev: false,
    weekday: 0,
    weekday_plural: 0,
    weekday_abbrev: 0,
    cardinal: 0,
    ordinal: 0,
    unit: None,
    season: 0,
    part: 0,
    strong: false,
    weak: false,
    starts: 0,
};

fn nonzero(v: u8) -> Option<u8> {
    (v != 0).then_some(v)
}

impl Lex {
    /// The entry of words the lexicon does not know.
    pub const NONE: Lex = NONE;

    /// The entry of a lower-case word (empty for unknown words).
    pub fn of(key: &str) -> Lex {
        let bytes = key.as_bytes();
        if bytes.len() > 16 || !bytes.first().is_some_and(u8::is_ascii_lowercase) {
            return NONE;
        }
        let (keys, lexes) = table();
        keys.binary_search(&pack(key)).map_or(NONE, |i| lexes[i])
    }

    /// `"dec"` → 12. `"may"` and `"march"` are words too; the grammar
    /// asks for a capital letter and more context.
    pub fn month(self) -> Option<u8> {
        nonzero(self.month)
    }

    /// True for a month's abbreviation (`"Dec"`), which may take a dot.
    pub fn is_month_abbreviation(self) -> bool {
        self.abbrev
    }

    /// `"thursday"` → 4.
    pub fn weekday(self) -> Option<u8> {
        nonzero(self.weekday)
    }

    /// `"mondays"` → 1.
    pub fn weekday_plural(self) -> Option<u8> {
        nonzero(self.weekday_plural)
    }

    /// `"wed"` → 3 (`"Wed, 4 Jan 2012"`, `"Sun., Aug. 4, 2013"`).
    pub fn weekday_abbreviation(self) -> Option<u8> {
        nonzero(self.weekday_abbrev)
    }

    /// `"twenty"` → 20.
    pub fn cardinal(self) -> Option<u32> {
        nonzero(self.cardinal).map(u32::from)
    }

    /// `"third"` → 3.
    pub fn ordinal(self) -> Option<u32> {
        nonzero(self.ordinal).map(u32::from)
    }

    /// `"hours"` → (Hour, plural); `"yr"` → (Year, singular).
    pub fn unit(self) -> Option<(Unit, bool)> {
        self.unit
    }

    /// `"fall"` → `"FA"`.
    pub fn season(self) -> Option<&'static str> {
        SEASONS.get(usize::from(self.season).checked_sub(1)?).copied()
    }

    /// `"evening"` → `"EV"`.
    pub fn part_of_day(self) -> Option<&'static str> {
        PARTS.get(usize::from(self.part).checked_sub(1)?).copied()
    }
}

use starts::*;

/// A word of up to 16 bytes as a number that sorts like the word, so
/// that the lookup compares integers instead of calling `memcmp`.
const fn pack(word: &str) -> u128 {
    let b = word.as_bytes();
    let mut v: u128 = 0;
    let mut i = 0;
    while i < 16 {
        v = (v << 8) | if i < b.len() { b[i] as u128 } else { 0 };
        i += 1;
    }
    v
}

/// The grammar's whole table, built on first use: [`TABLE`] and the
/// month, weekday and number words of the shared lexicon, packed and
/// sorted (keys and entries apart, so that the search reads only keys).
fn table() -> &'static (Vec<u128>, Vec<Lex>) {
    static FULL: OnceLock<(Vec<u128>, Vec<Lex>)> = OnceLock::new();
    FULL.get_or_init(|| {
        let mut all: Vec<(u128, Lex)> = TABLE.iter().map(|(w, lex)| (pack(w), *lex)).collect();
        let mut add = |word: &str, lex: Lex| {
            // The grammar's own entry wins: "first" also starts quantities
            // ("the first 100 days"), "second" is also a unit.
            if !TABLE.iter().any(|(w, _)| *w == word) {
                all.push((pack(word), lex));
            }
        };
        for (w, n) in lexicon::MONTHS_NAMES.iter() {
            add(w, Lex { month: n as u8, strong: true, starts: ABS, ..NONE });
        }
        for (w, n) in lexicon::MONTHS_ABBREVIATIONS.iter() {
            add(w, Lex { month: n as u8, abbrev: true, strong: true, starts: ABS, ..NONE });
        }
        for (w, n) in lexicon::WEEKDAYS_NAMES.iter() {
            add(w, Lex { weekday: n as u8, strong: true, starts: ABS | WD | SET, ..NONE });
            let plural = format!("{w}s");
            add(&plural, Lex { weekday_plural: n as u8, strong: true, starts: SET, ..NONE });
        }
        for (w, n) in lexicon::WEEKDAYS_ABBREVIATIONS.iter() {
            add(w, Lex { weekday_abbrev: n as u8, strong: true, starts: ABS, ..NONE });
        }
        for (w, n) in lexicon::NUMBERS_CARDINALS.iter() {
            add(w, Lex { cardinal: n as u8, strong: true, starts: ABS | QUANT, ..NONE });
        }
        // Ordinals name days of the month: "the thirtieth", not "hundredth".
        for (w, n) in lexicon::NUMBERS_ORDINALS.iter().filter(|(_, n)| *n <= 30) {
            add(w, Lex { ordinal: n as u8, strong: true, starts: ABS | QUARTER, ..NONE });
        }
        all.sort_by_key(|e| e.0);
        all.into_iter().unzip()
    })
}

/// Sorted by word (a test checks): the words only the time grammar knows,
/// and its own entries of shared words ("first", "second"); the other
/// month, weekday and number words come from the shared lexicon
/// ([`table`]). The misspelling "fourty" is the grammar's own.
const TABLE: &[(&str, Lex)] = &[
    ("a", Lex { weak: true, starts: QUANT | QUARTER, ..NONE }),
    ("about", Lex { weak: true, starts: QUANT, ..NONE }),
    ("additional", Lex { weak: true, starts: QUANT, ..NONE }),
    ("afternoon", Lex { part: 2, strong: true, ..NONE }),
    ("almost", Lex { weak: true, starts: QUANT, ..NONE }),
    ("an", Lex { weak: true, starts: QUANT, ..NONE }),
    ("annually", Lex { strong: true, starts: SET, ..NONE }),
    ("another", Lex { weak: true, starts: QUANT, ..NONE }),
    ("approximately", Lex { weak: true, starts: QUANT, ..NONE }),
    ("around", Lex { weak: true, starts: QUANT | POS, ..NONE }),
    ("at", Lex { weak: true, starts: QUANT, ..NONE }),
    ("autumn", Lex { season: 3, strong: true, starts: SEASON, ..NONE }),
    ("barely", Lex { weak: true, starts: QUANT, ..NONE }),
    ("beginning", Lex { weak: true, starts: POS, ..NONE }),
    ("biannually", Lex { strong: true, starts: SET, ..NONE }),
    ("biweekly", Lex { strong: true, starts: SET, ..NONE }),
    ("boxing", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("calendar", Lex { weak: true, starts: QUARTER, ..NONE }),
    ("centuries", Lex { unit: Some((Unit::Century, true)), strong: true, starts: DEIC, ..NONE }),
    ("century", Lex { unit: Some((Unit::Century, false)), strong: true, ..NONE }),
    ("christmas", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("coming", Lex { weak: true, starts: WD | DEIC | REL | QUANT | SEASON, ..NONE }),
    ("comparable", Lex { weak: true, starts: REL, ..NONE }),
    ("countless", Lex { weak: true, starts: QUANT, ..NONE }),
    ("couple", Lex { weak: true, starts: QUANT, ..NONE }),
    ("current", Lex { strong: true, starts: DEIC | REL, ..NONE }),
    ("currently", Lex { strong: true, starts: DEIC, ..NONE }),
    ("daily", Lex { strong: true, starts: SET, ..NONE }),
    ("day", Lex { unit: Some((Unit::Day, false)), strong: true, ..NONE }),
    ("days", Lex { unit: Some((Unit::Day, true)), strong: true, starts: DEIC, ..NONE }),
    ("decade", Lex { unit: Some((Unit::Decade, false)), strong: true, ..NONE }),
    ("decades", Lex { unit: Some((Unit::Decade, true)), strong: true, starts: DEIC, ..NONE }),
    ("dozen", Lex { strong: true, ..NONE }),
    ("dozens", Lex { weak: true, starts: QUANT, ..NONE }),
    ("each", Lex { weak: true, starts: SET, ..NONE }),
    ("earlier", Lex { weak: true, starts: POS, ..NONE }),
    ("early", Lex { weak: true, starts: POS, ..NONE }),
    ("easter", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("eighties", Lex { strong: true, ..NONE }),
    ("end", Lex { weak: true, starts: POS, ..NONE }),
    ("entire", Lex { weak: true, ..NONE }),
    ("evening", Lex { part: 3, strong: true, ..NONE }),
    ("every", Lex { weak: true, starts: SET, ..NONE }),
    ("exactly", Lex { weak: true, starts: QUANT, ..NONE }),
    ("fall", Lex { season: 3, strong: true, starts: SEASON, ..NONE }),
    ("few", Lex { weak: true, starts: QUANT, ..NONE }),
    ("fewer", Lex { weak: true, starts: QUANT, ..NONE }),
    ("fifties", Lex { strong: true, ..NONE }),
    ("final", Lex { weak: true, starts: QUANT | QUARTER, ..NONE }),
    ("first", Lex { ordinal: 1, strong: true, starts: ABS | QUANT | QUARTER, ..NONE }),
    ("fiscal", Lex { strong: true, starts: QUARTER | FISCAL, ..NONE }),
    ("following", Lex { weak: true, starts: REL | QUANT, ..NONE }),
    ("forties", Lex { strong: true, ..NONE }),
    ("fourty", Lex { cardinal: 40, strong: true, starts: ABS | QUANT, ..NONE }),
    ("full", Lex { weak: true, ..NONE }),
    ("future", Lex { strong: true, ..NONE }),
    ("fy", Lex { strong: true, starts: FISCAL, ..NONE }),
    ("good", Lex { weak: true, starts: HOLIDAY, ..NONE }),
    ("h", Lex { strong: true, starts: QUARTER, ..NONE }),
    ("half", Lex { strong: true, starts: QUANT, ..NONE }),
    ("halloween", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("hour", Lex { unit: Some((Unit::Hour, false)), strong: true, ..NONE }),
    ("hourly", Lex { strong: true, starts: SET, ..NONE }),
    ("hours", Lex { unit: Some((Unit::Hour, true)), strong: true, starts: DEIC, ..NONE }),
    ("hr", Lex { unit: Some((Unit::Hour, false)), strong: true, ..NONE }),
    ("hrs", Lex { unit: Some((Unit::Hour, true)), strong: true, starts: DEIC, ..NONE }),
    ("hundred", Lex { strong: true, ..NONE }),
    ("hundreds", Lex { weak: true, starts: QUANT, ..NONE }),
    ("independence", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("initial", Lex { weak: true, starts: QUANT, ..NONE }),
    ("its", Lex { weak: true, starts: QUARTER, ..NONE }),
    ("just", Lex { weak: true, starts: QUANT, ..NONE }),
    ("labor", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("labour", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    (
        "last",
        Lex { weak: true, starts: WD | PART | REL | QUANT | QUARTER | SEASON | HOLIDAY, ..NONE },
    ),
    ("late", Lex { weak: true, starts: POS, ..NONE }),
    ("lately", Lex { strong: true, starts: DEIC, ..NONE }),
    ("later", Lex { weak: true, starts: POS, ..NONE }),
    ("latest", Lex { weak: true, starts: QUANT, ..NONE }),
    ("less", Lex { weak: true, starts: QUANT, ..NONE }),
    ("many", Lex { weak: true, starts: QUANT, ..NONE }),
    ("memorial", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("mid", Lex { weak: true, starts: POS, ..NONE }),
    ("midday", Lex { strong: true, starts: CLOCK, ..NONE }),
    ("middle", Lex { weak: true, starts: POS, ..NONE }),
    ("midnight", Lex { strong: true, starts: CLOCK, ..NONE }),
    ("millennia", Lex { unit: Some((Unit::Millennium, true)), strong: true, starts: DEIC, ..NONE }),
    ("millennium", Lex { unit: Some((Unit::Millennium, false)), strong: true, ..NONE }),
    (
        "millenniums",
        Lex { unit: Some((Unit::Millennium, true)), strong: true, starts: DEIC, ..NONE },
    ),
    ("min", Lex { unit: Some((Unit::Minute, false)), strong: true, ..NONE }),
    ("mins", Lex { unit: Some((Unit::Minute, true)), strong: true, starts: DEIC, ..NONE }),
    ("minute", Lex { unit: Some((Unit::Minute, false)), strong: true, ..NONE }),
    ("minutes", Lex { unit: Some((Unit::Minute, true)), strong: true, starts: DEIC, ..NONE }),
    ("month", Lex { unit: Some((Unit::Month, false)), strong: true, ..NONE }),
    ("monthly", Lex { strong: true, starts: SET, ..NONE }),
    ("months", Lex { unit: Some((Unit::Month, true)), strong: true, starts: DEIC, ..NONE }),
    ("more", Lex { weak: true, starts: QUANT, ..NONE }),
    ("morning", Lex { part: 1, strong: true, ..NONE }),
    ("nearly", Lex { weak: true, starts: QUANT, ..NONE }),
    ("new", Lex { weak: true, starts: HOLIDAY, ..NONE }),
    ("next", Lex { weak: true, starts: WD | REL | QUANT | QUARTER | SEASON | HOLIDAY, ..NONE }),
    ("night", Lex { part: 4, strong: true, ..NONE }),
    ("nightly", Lex { strong: true, starts: SET, ..NONE }),
    ("nights", Lex { strong: true, ..NONE }),
    ("nineties", Lex { strong: true, ..NONE }),
    ("no", Lex { weak: true, starts: QUANT, ..NONE }),
    ("noon", Lex { strong: true, starts: CLOCK, ..NONE }),
    ("not", Lex { weak: true, starts: QUANT, ..NONE }),
    ("now", Lex { strong: true, starts: DEIC, ..NONE }),
    ("nowadays", Lex { strong: true, starts: DEIC, ..NONE }),
    ("numerous", Lex { weak: true, starts: QUANT, ..NONE }),
    ("only", Lex { weak: true, starts: QUANT, ..NONE }),
    ("over", Lex { weak: true, starts: QUANT, ..NONE }),
    ("overnight", Lex { strong: true, starts: PART, ..NONE }),
    ("past", Lex { strong: true, starts: WD | REL | QUANT | SEASON, ..NONE }),
    ("per", Lex { weak: true, starts: QUANT, ..NONE }),
    ("period", Lex { strong: true, ..NONE }),
    ("preceding", Lex { weak: true, starts: REL, ..NONE }),
    ("precisely", Lex { weak: true, starts: QUANT, ..NONE }),
    ("present", Lex { strong: true, starts: DEIC, ..NONE }),
    ("presently", Lex { strong: true, starts: DEIC, ..NONE }),
    ("previous", Lex { weak: true, starts: REL | QUANT, ..NONE }),
    ("prior", Lex { weak: true, starts: REL, ..NONE }),
    ("q", Lex { strong: true, starts: QUARTER, ..NONE }),
    ("quarter", Lex { unit: Some((Unit::Quarter, false)), strong: true, ..NONE }),
    ("quarterly", Lex { strong: true, starts: SET, ..NONE }),
    ("quarters", Lex { unit: Some((Unit::Quarter, true)), strong: true, starts: DEIC, ..NONE }),
    ("recent", Lex { strong: true, starts: DEIC, ..NONE }),
    ("recently", Lex { strong: true, starts: DEIC, ..NONE }),
    ("remaining", Lex { weak: true, starts: QUANT, ..NONE }),
    ("right", Lex { weak: true, starts: DEIC, ..NONE }),
    ("roughly", Lex { weak: true, starts: QUANT, ..NONE }),
    ("same", Lex { weak: true, starts: REL, ..NONE }),
    ("sec", Lex { unit: Some((Unit::Second, false)), strong: true, ..NONE }),
    (
        "second",
        Lex {
            ordinal: 2,
            unit: Some((Unit::Second, false)),
            strong: true,
            starts: ABS | QUARTER,
            ..NONE
        },
    ),
    ("seconds", Lex { unit: Some((Unit::Second, true)), strong: true, starts: DEIC, ..NONE }),
    ("secs", Lex { unit: Some((Unit::Second, true)), strong: true, starts: DEIC, ..NONE }),
    ("semiannually", Lex { strong: true, starts: SET, ..NONE }),
    ("seventies", Lex { strong: true, ..NONE }),
    ("several", Lex { weak: true, starts: QUANT, ..NONE }),
    ("sixties", Lex { strong: true, ..NONE }),
    ("some", Lex { weak: true, starts: QUANT, ..NONE }),
    ("spring", Lex { season: 1, strong: true, starts: SEASON, ..NONE }),
    ("start", Lex { weak: true, starts: POS, ..NONE }),
    ("subsequent", Lex { weak: true, starts: REL, ..NONE }),
    ("summer", Lex { season: 2, strong: true, starts: SEASON, ..NONE }),
    ("term", Lex { strong: true, ..NONE }),
    ("thanksgiving", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("that", Lex { weak: true, starts: PART | REL | SEASON, ..NONE }),
    (
        "the",
        Lex {
            weak: true,
            starts: ABS | WD | PART | DEIC | REL | QUANT | QUARTER | FISCAL | SEASON | POS,
            ..NONE
        },
    ),
    ("their", Lex { weak: true, starts: QUARTER, ..NONE }),
    ("these", Lex { weak: true, starts: DEIC, ..NONE }),
    ("thirties", Lex { strong: true, ..NONE }),
    ("this", Lex { weak: true, starts: WD | PART | REL | QUARTER | SEASON | HOLIDAY, ..NONE }),
    ("thousand", Lex { strong: true, ..NONE }),
    ("thousands", Lex { weak: true, starts: QUANT, ..NONE }),
    ("today", Lex { strong: true, starts: PART | DEIC, ..NONE }),
    ("tomorrow", Lex { strong: true, starts: PART | DEIC, ..NONE }),
    ("tonight", Lex { strong: true, starts: PART, ..NONE }),
    ("twenties", Lex { strong: true, ..NONE }),
    ("under", Lex { weak: true, starts: QUANT, ..NONE }),
    ("up", Lex { weak: true, starts: QUANT, ..NONE }),
    ("valentine", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("veterans", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("week", Lex { unit: Some((Unit::Week, false)), strong: true, ..NONE }),
    ("weekend", Lex { strong: true, ..NONE }),
    ("weekly", Lex { strong: true, starts: SET, ..NONE }),
    ("weeks", Lex { unit: Some((Unit::Week, true)), strong: true, starts: DEIC, ..NONE }),
    ("whole", Lex { weak: true, ..NONE }),
    ("winter", Lex { season: 4, strong: true, starts: SEASON, ..NONE }),
    ("within", Lex { weak: true, starts: QUANT, ..NONE }),
    ("wk", Lex { unit: Some((Unit::Week, false)), strong: true, ..NONE }),
    ("wks", Lex { unit: Some((Unit::Week, true)), strong: true, starts: DEIC, ..NONE }),
    ("year", Lex { unit: Some((Unit::Year, false)), strong: true, starts: REL, ..NONE }),
    ("yearly", Lex { strong: true, starts: SET, ..NONE }),
    ("years", Lex { unit: Some((Unit::Year, true)), strong: true, starts: DEIC, ..NONE }),
    ("yesterday", Lex { strong: true, starts: PART | DEIC, ..NONE }),
    ("yr", Lex { unit: Some((Unit::Year, false)), strong: true, ..NONE }),
    ("yrs", Lex { unit: Some((Unit::Year, true)), strong: true, starts: DEIC, ..NONE }),
];

/// Suffixes of digit ordinals: `3rd`, `21st`.
pub(super) fn is_ordinal_suffix(key: &str) -> bool {
    matches!(key, "st" | "nd" | "rd" | "th")
}

/// A unit of time, as it appears in durations and offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

/// The season a month belongs to (meteorological, northern hemisphere).
pub(super) fn season_of_month(month: u8) -> &'static str {
    match month {
        3..=5 => "SP",
        6..=8 => "SU",
        9..=11 => "FA",
        _ => "WI",
    }
}

/// Time zones written after a clock time: `"9 a.m. EST"`.
pub(super) fn is_time_zone(key: &str) -> bool {
    lexicon::TIME_TIME_ZONES.contains(key)
}

/// Words in front of a number that make it approximate or bounded:
/// `"nearly four years ago"`, `"at least 30 days"`. Returns how many
/// tokens the modifier takes when it starts at `keys[0]`.
pub(super) fn quantity_modifier(keys: [&str; 3]) -> usize {
    match keys {
        ["more" | "less" | "fewer", "than", _] => 2,
        ["at", "least" | "most", _] => 2,
        ["up", "to", _] => 2,
        ["no", "more" | "less" | "fewer", "than"] => 3,
        ["not", "more" | "less", "than"] => 3,
        // "over the past 20 years": a preposition, not a bound.
        ["over" | "under", "the", _] => 0,
        ["about" | "around" | "nearly" | "almost" | "approximately" | "roughly" | "some"
        | "over" | "under" | "barely" | "exactly" | "precisely" | "another" | "an"
        | "additional", ..] => 1,
        _ => 0,
    }
}

/// Irregular past-tense verbs common in news, for the tense of a sentence
/// (forms that are also present tense, like "set" or "cut", are left out).
pub(super) fn is_irregular_past(key: &str) -> bool {
    lexicon::TIME_IRREGULAR_PAST.contains(key)
}

/// Words ending in "ed" that are not past-tense verbs, or whose tense says
/// nothing ("expected", "scheduled" point ahead).
pub(super) fn is_false_past(key: &str) -> bool {
    lexicon::TIME_FALSE_PAST.contains(key)
}

/// Words that put a sentence in the future.
pub(super) fn is_future_cue(key: &str) -> bool {
    lexicon::TIME_FUTURE_CUES.contains(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_found() {
        assert!(TABLE.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(table().0.windows(2).all(|w| w[0] < w[1]));
        assert!(TABLE.iter().all(|(w, _)| w.len() <= 16));
        assert_eq!(Lex::of("thursdays").weekday_plural(), Some(4));
        assert_eq!(Lex::of("fourty").cardinal(), Some(40));
        assert_eq!(Lex::of("thirtieth").ordinal(), Some(30));
        assert_eq!(Lex::of("hundredth"), NONE);
        assert_eq!(Lex::of("zero").cardinal(), None);
        assert_eq!(Lex::of("sept").month(), Some(9));
        assert_eq!(Lex::of("second").ordinal(), Some(2));
        assert_eq!(Lex::of("second").unit(), Some((Unit::Second, false)));
        assert_eq!(Lex::of("zebra"), NONE);
        assert_eq!(Lex::of("autumn").season(), Some("FA"));
        assert_eq!(Lex::of("night").part_of_day(), Some("NI"));
        assert_eq!(Lex::of(""), NONE);
        assert!(TABLE.iter().all(|(w, lex)| Lex::of(w) == *lex));
    }
}
