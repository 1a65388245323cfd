//! Word lists of the time grammar. Keys are lower-case ASCII tokens.

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
        let mut buf = [0u8; 16];
        buf[..bytes.len()].copy_from_slice(bytes);
        KEYS.binary_search(&u128::from_be_bytes(buf)).map_or(NONE, |i| TABLE[i].1)
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

/// The words of [`TABLE`], packed.
const KEYS: [u128; TABLE.len()] = {
    let mut keys = [0; TABLE.len()];
    let mut i = 0;
    while i < TABLE.len() {
        keys[i] = pack(TABLE[i].0);
        i += 1;
    }
    keys
};

/// Sorted by word (a test checks).
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
    ("apr", Lex { month: 4, abbrev: true, strong: true, starts: ABS, ..NONE }),
    ("april", Lex { month: 4, strong: true, starts: ABS, ..NONE }),
    ("around", Lex { weak: true, starts: QUANT | POS, ..NONE }),
    ("at", Lex { weak: true, starts: QUANT, ..NONE }),
    ("aug", Lex { month: 8, abbrev: true, strong: true, starts: ABS, ..NONE }),
    ("august", Lex { month: 8, strong: true, starts: ABS, ..NONE }),
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
    ("dec", Lex { month: 12, abbrev: true, strong: true, starts: ABS, ..NONE }),
    ("decade", Lex { unit: Some((Unit::Decade, false)), strong: true, ..NONE }),
    ("decades", Lex { unit: Some((Unit::Decade, true)), strong: true, starts: DEIC, ..NONE }),
    ("december", Lex { month: 12, strong: true, starts: ABS, ..NONE }),
    ("dozen", Lex { strong: true, ..NONE }),
    ("dozens", Lex { weak: true, starts: QUANT, ..NONE }),
    ("each", Lex { weak: true, starts: SET, ..NONE }),
    ("earlier", Lex { weak: true, starts: POS, ..NONE }),
    ("early", Lex { weak: true, starts: POS, ..NONE }),
    ("easter", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("eight", Lex { cardinal: 8, strong: true, starts: ABS | QUANT, ..NONE }),
    ("eighteen", Lex { cardinal: 18, strong: true, starts: ABS | QUANT, ..NONE }),
    ("eighteenth", Lex { ordinal: 18, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("eighth", Lex { ordinal: 8, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("eighties", Lex { strong: true, ..NONE }),
    ("eighty", Lex { cardinal: 80, strong: true, starts: ABS | QUANT, ..NONE }),
    ("eleven", Lex { cardinal: 11, strong: true, starts: ABS | QUANT, ..NONE }),
    ("eleventh", Lex { ordinal: 11, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("end", Lex { weak: true, starts: POS, ..NONE }),
    ("entire", Lex { weak: true, ..NONE }),
    ("evening", Lex { part: 3, strong: true, ..NONE }),
    ("every", Lex { weak: true, starts: SET, ..NONE }),
    ("exactly", Lex { weak: true, starts: QUANT, ..NONE }),
    ("fall", Lex { season: 3, strong: true, starts: SEASON, ..NONE }),
    ("feb", Lex { month: 2, abbrev: true, strong: true, starts: ABS, ..NONE }),
    ("february", Lex { month: 2, strong: true, starts: ABS, ..NONE }),
    ("few", Lex { weak: true, starts: QUANT, ..NONE }),
    ("fewer", Lex { weak: true, starts: QUANT, ..NONE }),
    ("fifteen", Lex { cardinal: 15, strong: true, starts: ABS | QUANT, ..NONE }),
    ("fifteenth", Lex { ordinal: 15, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("fifth", Lex { ordinal: 5, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("fifties", Lex { strong: true, ..NONE }),
    ("fifty", Lex { cardinal: 50, strong: true, starts: ABS | QUANT, ..NONE }),
    ("final", Lex { weak: true, starts: QUANT | QUARTER, ..NONE }),
    ("first", Lex { ordinal: 1, strong: true, starts: ABS | QUANT | QUARTER, ..NONE }),
    ("fiscal", Lex { strong: true, starts: QUARTER | FISCAL, ..NONE }),
    ("five", Lex { cardinal: 5, strong: true, starts: ABS | QUANT, ..NONE }),
    ("following", Lex { weak: true, starts: REL | QUANT, ..NONE }),
    ("forties", Lex { strong: true, ..NONE }),
    ("forty", Lex { cardinal: 40, strong: true, starts: ABS | QUANT, ..NONE }),
    ("four", Lex { cardinal: 4, strong: true, starts: ABS | QUANT, ..NONE }),
    ("fourteen", Lex { cardinal: 14, strong: true, starts: ABS | QUANT, ..NONE }),
    ("fourteenth", Lex { ordinal: 14, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("fourth", Lex { ordinal: 4, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("fourty", Lex { cardinal: 40, strong: true, starts: ABS | QUANT, ..NONE }),
    ("fri", Lex { weekday_abbrev: 5, strong: true, starts: ABS, ..NONE }),
    ("friday", Lex { weekday: 5, strong: true, starts: ABS | WD | SET, ..NONE }),
    ("fridays", Lex { weekday_plural: 5, strong: true, starts: SET, ..NONE }),
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
    ("jan", Lex { month: 1, abbrev: true, strong: true, starts: ABS, ..NONE }),
    ("january", Lex { month: 1, strong: true, starts: ABS, ..NONE }),
    ("jul", Lex { month: 7, abbrev: true, strong: true, starts: ABS, ..NONE }),
    ("july", Lex { month: 7, strong: true, starts: ABS, ..NONE }),
    ("jun", Lex { month: 6, abbrev: true, strong: true, starts: ABS, ..NONE }),
    ("june", Lex { month: 6, strong: true, starts: ABS, ..NONE }),
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
    ("mar", Lex { month: 3, abbrev: true, strong: true, starts: ABS, ..NONE }),
    ("march", Lex { month: 3, strong: true, starts: ABS, ..NONE }),
    ("may", Lex { month: 5, strong: true, starts: ABS, ..NONE }),
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
    ("mon", Lex { weekday_abbrev: 1, strong: true, starts: ABS, ..NONE }),
    ("monday", Lex { weekday: 1, strong: true, starts: ABS | WD | SET, ..NONE }),
    ("mondays", Lex { weekday_plural: 1, strong: true, starts: SET, ..NONE }),
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
    ("nine", Lex { cardinal: 9, strong: true, starts: ABS | QUANT, ..NONE }),
    ("nineteen", Lex { cardinal: 19, strong: true, starts: ABS | QUANT, ..NONE }),
    ("nineteenth", Lex { ordinal: 19, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("nineties", Lex { strong: true, ..NONE }),
    ("ninety", Lex { cardinal: 90, strong: true, starts: ABS | QUANT, ..NONE }),
    ("ninth", Lex { ordinal: 9, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("no", Lex { weak: true, starts: QUANT, ..NONE }),
    ("noon", Lex { strong: true, starts: CLOCK, ..NONE }),
    ("not", Lex { weak: true, starts: QUANT, ..NONE }),
    ("nov", Lex { month: 11, abbrev: true, strong: true, starts: ABS, ..NONE }),
    ("november", Lex { month: 11, strong: true, starts: ABS, ..NONE }),
    ("now", Lex { strong: true, starts: DEIC, ..NONE }),
    ("nowadays", Lex { strong: true, starts: DEIC, ..NONE }),
    ("numerous", Lex { weak: true, starts: QUANT, ..NONE }),
    ("oct", Lex { month: 10, abbrev: true, strong: true, starts: ABS, ..NONE }),
    ("october", Lex { month: 10, strong: true, starts: ABS, ..NONE }),
    ("one", Lex { cardinal: 1, strong: true, starts: ABS | QUANT, ..NONE }),
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
    ("sat", Lex { weekday_abbrev: 6, strong: true, starts: ABS, ..NONE }),
    ("saturday", Lex { weekday: 6, strong: true, starts: ABS | WD | SET, ..NONE }),
    ("saturdays", Lex { weekday_plural: 6, strong: true, starts: SET, ..NONE }),
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
    ("sep", Lex { month: 9, abbrev: true, strong: true, starts: ABS, ..NONE }),
    ("sept", Lex { month: 9, abbrev: true, strong: true, starts: ABS, ..NONE }),
    ("september", Lex { month: 9, strong: true, starts: ABS, ..NONE }),
    ("seven", Lex { cardinal: 7, strong: true, starts: ABS | QUANT, ..NONE }),
    ("seventeen", Lex { cardinal: 17, strong: true, starts: ABS | QUANT, ..NONE }),
    ("seventeenth", Lex { ordinal: 17, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("seventh", Lex { ordinal: 7, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("seventies", Lex { strong: true, ..NONE }),
    ("seventy", Lex { cardinal: 70, strong: true, starts: ABS | QUANT, ..NONE }),
    ("several", Lex { weak: true, starts: QUANT, ..NONE }),
    ("six", Lex { cardinal: 6, strong: true, starts: ABS | QUANT, ..NONE }),
    ("sixteen", Lex { cardinal: 16, strong: true, starts: ABS | QUANT, ..NONE }),
    ("sixteenth", Lex { ordinal: 16, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("sixth", Lex { ordinal: 6, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("sixties", Lex { strong: true, ..NONE }),
    ("sixty", Lex { cardinal: 60, strong: true, starts: ABS | QUANT, ..NONE }),
    ("some", Lex { weak: true, starts: QUANT, ..NONE }),
    ("spring", Lex { season: 1, strong: true, starts: SEASON, ..NONE }),
    ("start", Lex { weak: true, starts: POS, ..NONE }),
    ("subsequent", Lex { weak: true, starts: REL, ..NONE }),
    ("summer", Lex { season: 2, strong: true, starts: SEASON, ..NONE }),
    ("sun", Lex { weekday_abbrev: 7, strong: true, starts: ABS, ..NONE }),
    ("sunday", Lex { weekday: 7, strong: true, starts: ABS | WD | SET, ..NONE }),
    ("sundays", Lex { weekday_plural: 7, strong: true, starts: SET, ..NONE }),
    ("ten", Lex { cardinal: 10, strong: true, starts: ABS | QUANT, ..NONE }),
    ("tenth", Lex { ordinal: 10, strong: true, starts: ABS | QUARTER, ..NONE }),
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
    ("third", Lex { ordinal: 3, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("thirteen", Lex { cardinal: 13, strong: true, starts: ABS | QUANT, ..NONE }),
    ("thirteenth", Lex { ordinal: 13, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("thirties", Lex { strong: true, ..NONE }),
    ("thirtieth", Lex { ordinal: 30, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("thirty", Lex { cardinal: 30, strong: true, starts: ABS | QUANT, ..NONE }),
    ("this", Lex { weak: true, starts: WD | PART | REL | QUARTER | SEASON | HOLIDAY, ..NONE }),
    ("thousand", Lex { strong: true, ..NONE }),
    ("thousands", Lex { weak: true, starts: QUANT, ..NONE }),
    ("three", Lex { cardinal: 3, strong: true, starts: ABS | QUANT, ..NONE }),
    ("thu", Lex { weekday_abbrev: 4, strong: true, starts: ABS, ..NONE }),
    ("thur", Lex { weekday_abbrev: 4, strong: true, starts: ABS, ..NONE }),
    ("thurs", Lex { weekday_abbrev: 4, strong: true, starts: ABS, ..NONE }),
    ("thursday", Lex { weekday: 4, strong: true, starts: ABS | WD | SET, ..NONE }),
    ("thursdays", Lex { weekday_plural: 4, strong: true, starts: SET, ..NONE }),
    ("today", Lex { strong: true, starts: PART | DEIC, ..NONE }),
    ("tomorrow", Lex { strong: true, starts: PART | DEIC, ..NONE }),
    ("tonight", Lex { strong: true, starts: PART, ..NONE }),
    ("tue", Lex { weekday_abbrev: 2, strong: true, starts: ABS, ..NONE }),
    ("tues", Lex { weekday_abbrev: 2, strong: true, starts: ABS, ..NONE }),
    ("tuesday", Lex { weekday: 2, strong: true, starts: ABS | WD | SET, ..NONE }),
    ("tuesdays", Lex { weekday_plural: 2, strong: true, starts: SET, ..NONE }),
    ("twelfth", Lex { ordinal: 12, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("twelve", Lex { cardinal: 12, strong: true, starts: ABS | QUANT, ..NONE }),
    ("twenties", Lex { strong: true, ..NONE }),
    ("twentieth", Lex { ordinal: 20, strong: true, starts: ABS | QUARTER, ..NONE }),
    ("twenty", Lex { cardinal: 20, strong: true, starts: ABS | QUANT, ..NONE }),
    ("two", Lex { cardinal: 2, strong: true, starts: ABS | QUANT, ..NONE }),
    ("under", Lex { weak: true, starts: QUANT, ..NONE }),
    ("up", Lex { weak: true, starts: QUANT, ..NONE }),
    ("valentine", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("veterans", Lex { strong: true, starts: HOLIDAY, ..NONE }),
    ("wed", Lex { weekday_abbrev: 3, strong: true, starts: ABS, ..NONE }),
    ("wednesday", Lex { weekday: 3, strong: true, starts: ABS | WD | SET, ..NONE }),
    ("wednesdays", Lex { weekday_plural: 3, strong: true, starts: SET, ..NONE }),
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
    ("zero", Lex { cardinal: 0, strong: true, starts: ABS | QUANT, ..NONE }),
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
    matches!(
        key,
        "est"
            | "edt"
            | "et"
            | "cst"
            | "cdt"
            | "ct"
            | "mst"
            | "mdt"
            | "mt"
            | "pst"
            | "pdt"
            | "pt"
            | "gmt"
            | "utc"
            | "bst"
            | "cet"
            | "cest"
            | "eet"
            | "eest"
            | "msk"
            | "ist"
            | "jst"
            | "aest"
            | "aedt"
            | "hkt"
            | "sgt"
            | "kst"
            | "wib"
    )
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
    const WORDS: &[&str] = &[
        "said",
        "was",
        "were",
        "had",
        "did",
        "told",
        "took",
        "came",
        "went",
        "got",
        "gave",
        "made",
        "met",
        "held",
        "left",
        "saw",
        "began",
        "fell",
        "rose",
        "won",
        "lost",
        "paid",
        "sold",
        "bought",
        "brought",
        "thought",
        "found",
        "became",
        "ran",
        "spoke",
        "wrote",
        "broke",
        "struck",
        "led",
        "sent",
        "spent",
        "kept",
        "felt",
        "knew",
        "grew",
        "drew",
        "threw",
        "flew",
        "fought",
        "caught",
        "taught",
        "sought",
        "stood",
        "understood",
        "chose",
        "froze",
        "shook",
        "woke",
        "wore",
        "tore",
        "swore",
        "sank",
        "shot",
        "fled",
        "heard",
        "meant",
        "built",
        "dealt",
        "rang",
        "sang",
        "drove",
        "rode",
        "arose",
        "slid",
        "stole",
        "withdrew",
        "overtook",
        "undertook",
        "wasn",
        "weren",
        "didn",
        "hadn",
    ];
    WORDS.contains(&key)
}

/// Words ending in "ed" that are not past-tense verbs, or whose tense says
/// nothing ("expected", "scheduled" point ahead).
pub(super) fn is_false_past(key: &str) -> bool {
    const WORDS: &[&str] = &[
        "need",
        "needed",
        "speed",
        "indeed",
        "hundred",
        "embed",
        "united",
        "based",
        "scheduled",
        "expected",
        "planned",
        "proposed",
        "limited",
        "related",
        "detailed",
        "advanced",
        "concerned",
        "interested",
        "supposed",
        "used",
        "required",
        "succeed",
        "proceed",
        "exceed",
        "breed",
        "ahmed",
        "mohammed",
        "muhammed",
        "alleged",
        "armed",
        "red",
    ];
    WORDS.contains(&key)
}

/// Words that put a sentence in the future.
pub(super) fn is_future_cue(key: &str) -> bool {
    const WORDS: &[&str] = &[
        "will",
        "ll",
        "shall",
        "scheduled",
        "expected",
        "plans",
        "plan",
        "planning",
        "upcoming",
        "due",
        "intends",
        "hopes",
        "aims",
        "would",
        "preparing",
        "expects",
    ];
    WORDS.contains(&key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_found() {
        assert!(TABLE.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(KEYS.windows(2).all(|w| w[0] < w[1]));
        assert!(TABLE.iter().all(|(w, _)| w.len() <= 16));
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
