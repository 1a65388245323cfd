//! The grammar: finds temporal expressions in the token stream and says
//! what each means ([`Draft`]), HeidelTime-style — a set of patterns tried
//! at every token, the longest match winning.
//!
//! Every pattern looks at a bounded number of tokens, so a scan is linear
//! in the length of the text.

use super::lexicon::{self as lx, starts, Lex, Unit};
use super::tokens::{Kind, Tok, Tokens};
use super::value::{Anchor, Clock, Draft, Holiday, Point, Rel, YearSpec};
use super::TimexType;
use crate::claims::CivilDate;

/// An expression found: tokens `start..end` and what they mean.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Mention {
    pub start: usize,
    pub end: usize,
    pub draft: Draft,
    /// The weekday written in front of a full date ("Tuesday, Dec. 2, 2025").
    pub weekday: Option<u8>,
}

/// Finds the expressions of a token stream, left to right, without overlap.
pub(super) fn scan(tokens: &Tokens) -> Vec<Mention> {
    let g = Grammar { tk: tokens, t: &tokens.toks };
    let n = g.t.len();
    // Most tokens cannot start an expression; the patterns run only where a
    // time word is, or a function word with a time word close after it.
    let strong: Vec<bool> = (0..n).map(|i| g.strong(i)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let candidate = strong[i] || (g.lx(i).weak && strong[i + 1..n.min(i + 5)].contains(&true));
        match g.parse_at(i).filter(|_| candidate) {
            Some(m) if m.end > i => {
                i = m.end;
                let second = g.second_day(&m);
                out.push(m);
                if let Some(second) = second {
                    // "April 24 and 25, 1999": the year covers both.
                    if let (Draft::Point(Point::Day(d)), Some(first)) =
                        (&second.draft, out.last_mut())
                    {
                        if let Draft::MonthDay(month, day) = first.draft {
                            if let Some(date) = CivilDate::new(d.year, month, day) {
                                first.draft = Draft::Point(Point::Day(date));
                            }
                        }
                    }
                    i = second.end;
                    out.push(second);
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// A match of one pattern: where it ends and what it means.
struct M {
    end: usize,
    draft: Draft,
    weekday: Option<u8>,
}

fn m(end: usize, draft: Draft) -> Option<M> {
    Some(M { end, draft, weekday: None })
}

fn fixed(end: usize, ty: TimexType, value: impl Into<String>) -> Option<M> {
    m(end, Draft::Fixed(ty, value.into()))
}

/// A count in front of a unit: a number, or an unspecified number
/// ("several", "a few").
#[derive(Debug, Clone, Copy, PartialEq)]
enum Count {
    N(f64),
    Some,
}

struct Grammar<'a> {
    tk: &'a Tokens,
    t: &'a [Tok],
}

impl Grammar<'_> {
    // --- token access -------------------------------------------------

    fn k(&self, i: usize) -> &str {
        self.tk.key(i)
    }

    /// What the lexicon says about token `i`.
    fn lx(&self, i: usize) -> Lex {
        self.t.get(i).map_or(Lex::NONE, |t| t.lex)
    }

    /// True for tokens that can start an expression on their own or are
    /// its core: numbers, month and weekday names, units, "today", ….
    fn strong(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| match t.kind {
            Kind::Num => true,
            Kind::Punct => self.k(i) == "'",
            Kind::Word => t.lex.strong,
        })
    }

    fn is(&self, i: usize, w: &str) -> bool {
        same(self.k(i), w)
    }

    fn any(&self, i: usize, ws: &[&str]) -> bool {
        let k = self.k(i);
        ws.iter().any(|w| same(k, w))
    }

    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.glued)
    }

    fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.cap)
    }

    fn word(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    fn punct(&self, i: usize, c: &str) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Punct) && self.k(i) == c
    }

    /// The value of a digit run of `digits` digits (any length if 0).
    fn num(&self, i: usize, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
        let t = self.t.get(i)?;
        (t.kind == Kind::Num && digits.contains(&t.digits())).then_some(t.num?)
    }

    /// The word before `i`, when `i` is not the first token.
    fn prev(&self, i: usize) -> &str {
        if i == 0 {
            ""
        } else {
            self.k(i - 1)
        }
    }

    /// True when `i` is a glued possessive `'s`.
    fn possessive(&self, i: usize) -> bool {
        self.punct(i, "'") && self.glued(i) && self.is(i + 1, "s") && self.glued(i + 1)
    }

    // --- driver ---------------------------------------------------------

    fn parse_at(&self, i: usize) -> Option<Mention> {
        let mut best: Option<Mention> = None;
        let mut consider = |start: usize, found: Option<M>| {
            if let Some(found) = found {
                let longer = best.as_ref().is_none_or(|b| found.end - start > b.end - b.start);
                if longer {
                    best = Some(Mention {
                        start,
                        end: found.end,
                        draft: found.draft,
                        weekday: found.weekday,
                    });
                }
            }
        };
        if let Some(j) = self.position_modifier(i).filter(|_| self.starts(i) & starts::POS != 0) {
            let core = self.core(j).filter(|c| is_pointlike(&c.draft));
            consider(i, core);
        }
        consider(i, self.core(i));
        best
    }

    /// The patterns that may start at token `i` (see [`starts`]).
    fn starts(&self, i: usize) -> u16 {
        match self.t.get(i) {
            Some(t) if t.kind == Kind::Num => {
                starts::ABS | starts::CLOCK | starts::QUANT | starts::QUARTER
            }
            Some(t) if t.kind == Kind::Punct && self.k(i) == "'" => starts::ABS,
            Some(t) => t.lex.starts,
            None => 0,
        }
    }

    /// The longest of the core patterns at `i`.
    fn core(&self, i: usize) -> Option<M> {
        use starts::*;
        let mut s = self.starts(i);
        if self.mid_sentence_cap(i) {
            // "India Today", "This Week", "High Noon": names.
            s &= ABS | WD | HOLIDAY | QUARTER | FISCAL;
        }
        let on = |bit: u16| s & bit != 0;
        let mut best: Option<M> = None;
        let mut take = |found: Option<M>| {
            if let Some(c) = found {
                if best.as_ref().is_none_or(|b| c.end > b.end) {
                    best = Some(c);
                }
            }
        };
        if on(ABS) {
            take(self.absolute(i));
        }
        if on(WD) {
            take(self.weekday(i));
        }
        if on(CLOCK) {
            take(self.clock(i));
        }
        if on(PART) {
            take(self.day_part(i));
        }
        if on(DEIC) {
            take(self.deictic(i));
        }
        if on(SET) {
            take(self.set(i));
        }
        if on(REL) {
            take(self.relative(i));
        }
        if on(QUANT) {
            take(self.quantified(i));
        }
        if on(QUARTER) {
            take(self.quarter(i));
        }
        if on(FISCAL) {
            take(self.fiscal(i));
        }
        if on(SEASON) {
            take(self.season(i));
        }
        if on(HOLIDAY) {
            take(self.holiday(i));
        }
        best
    }

    /// "early", "late", "mid-", "earlier", "later in", "the end of", …:
    /// words that narrow a date without changing its value.
    fn position_modifier(&self, i: usize) -> Option<usize> {
        let after_hyphen = |j: usize| if self.punct(j, "-") && self.glued(j) { j + 1 } else { j };
        match self.k(i) {
            "early" | "late" | "mid" => Some(after_hyphen(i + 1)),
            "the" if self.any(i + 1, &["early", "late", "mid"]) => Some(after_hyphen(i + 2)),
            "earlier" | "later" => Some(if self.is(i + 1, "in") { i + 2 } else { i + 1 }),
            "the"
                if self.any(
                    i + 1,
                    &["end", "beginning", "start", "middle", "turn", "close", "rest"],
                ) && self.is(i + 2, "of") =>
            {
                Some(i + 3)
            }
            "end" | "beginning" | "start" | "middle" if self.is(i + 1, "of") => Some(i + 2),
            _ => None,
        }
    }

    // --- absolute dates -----------------------------------------------

    /// A month name (capitalised), with the dot of an abbreviation:
    /// returns the month and the index after it.
    fn month_at(&self, i: usize) -> Option<(u8, usize, bool)> {
        let month = self.lx(i).month()?;
        if !self.cap(i) {
            return None;
        }
        let abbrev = self.lx(i).is_month_abbreviation();
        let next =
            if abbrev && self.punct(i + 1, ".") && self.glued(i + 1) { i + 2 } else { i + 1 };
        Some((month, next, abbrev))
    }

    /// A day of the month: `2`, `2nd`, `second`, `twenty-first`.
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        if let Some(d) = self.num(i, 1..=2) {
            if !(1..=31).contains(&d) {
                return None;
            }
            // Not a clock time, decimal, ratio or percentage.
            if self.glued(i + 1)
                && (self.punct(i + 1, "%")
                    || (self.any(i + 1, &[".", ",", ":"])
                        && self.num(i + 2, 1..=9).is_some()
                        && self.glued(i + 2)))
            {
                return None;
            }
            let end = if self.glued(i + 1) && lx::is_ordinal_suffix(self.k(i + 1)) {
                i + 2
            } else {
                i + 1
            };
            return Some((d as u8, end));
        }
        if let Some(d) = self.lx(i).ordinal() {
            return (d <= 31).then_some((d as u8, i + 1));
        }
        let tens = self.lx(i).cardinal().filter(|&t| t == 20 || t == 30)?;
        let j = if self.punct(i + 1, "-") { i + 2 } else { i + 1 };
        let ones = self.lx(j).ordinal().filter(|&o| o < 10)?;
        let d = tens + ones;
        (d <= 31).then_some((d as u8, j + 1))
    }

    /// A four-digit year, 1000-2099, that is not part of a bigger number.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let y = self.num(i, 4..=4)?;
        if !(1000..=2099).contains(&y) {
            return None;
        }
        // Glued to a sign or number ("$1990", "1/1990") it is no year; a
        // hyphen after a word is a prefix ("mid-1996", "post-1959").
        if i > 0
            && self.glued(i)
            && self.t[i - 1].kind != Kind::Word
            && !self.any(i - 1, &["(", "'", "\""])
        {
            let prefix = self.punct(i - 1, "-") && i >= 2 && self.glued(i - 1) && self.word(i - 2);
            if !prefix {
                return None;
            }
        }
        if self.glued(i + 1)
            && (self.any(i + 1, &["%", "s"])
                || (self.punct(i + 1, ",") && self.num(i + 2, 3..=3).is_some()))
        {
            return None;
        }
        if self.glued(i + 1)
            && self.punct(i + 1, ".")
            && self.num(i + 2, 0..=9).is_some()
            && self.glued(i + 2)
        {
            return None;
        }
        Some((y as i32, i + 1))
    }

    /// `[, ] YEAR` after a month or day.
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let j = if self.punct(i, ",") { i + 1 } else { i };
        self.year_at(j)
    }

    fn absolute(&self, i: usize) -> Option<M> {
        if let Some((wd, j)) = self.weekday_prefix(i) {
            let found = self.month_date(j).or_else(|| self.numeric_date(j))?;
            return Some(M { weekday: Some(wd), ..found });
        }
        self.month_date(i).or_else(|| self.numeric_date(i)).or_else(|| self.year_like(i))
    }

    /// "Tuesday, " or "Wed., " in front of a date.
    fn weekday_prefix(&self, i: usize) -> Option<(u8, usize)> {
        if !self.cap(i) {
            return None;
        }
        let (wd, mut j) = match self.lx(i).weekday() {
            Some(wd) => (wd, i + 1),
            None => (self.lx(i).weekday_abbreviation()?, i + 1),
        };
        if self.punct(j, ".") && self.glued(j) {
            j += 1;
        }
        if self.punct(j, ",") {
            j += 1;
        }
        Some((wd, j))
    }

    /// The second day of "April 24 and 25", "Dec. 2-4", "May 5 or 6".
    fn second_day(&self, first: &Mention) -> Option<Mention> {
        let month = match first.draft {
            Draft::MonthDay(month, _) => month,
            _ => return None,
        };
        let k = first.end;
        if !(self.any(k, &["and", "or", "to", "through", "&"])
            || (self.punct(k, "-") && self.glued(k)))
        {
            return None;
        }
        let (day, end) = self.day_at(k + 1)?;
        if self.lx(end).month().is_some() || self.lx(end).unit().is_some() {
            return None;
        }
        let (draft, end) = match self.year_after(end) {
            Some((y, e)) => (Draft::Point(Point::Day(CivilDate::new(y, month, day)?)), e),
            None => (Draft::MonthDay(month, day), end),
        };
        CivilDate::new(2000, month, day)?;
        Some(Mention { start: k + 1, end, draft, weekday: None })
    }

    /// "Dec. 2, 2025", "December 2", "2 December 2025", "March 2024",
    /// "the 2nd of December", "March".
    fn month_date(&self, i: usize) -> Option<M> {
        if let Some((month, j, abbrev)) = self.month_at(i) {
            if let Some((day, k)) = self.day_at(j) {
                // "May 5" but not "May 5,000".
                return match self.year_after(k) {
                    Some((y, end)) => {
                        m(end, Draft::Point(Point::Day(CivilDate::new(y, month, day)?)))
                    }
                    None => {
                        CivilDate::new(2000, month, day)?;
                        m(k, Draft::MonthDay(month, day))
                    }
                };
            }
            let j2 = if self.is(j, "of") { j + 1 } else { j };
            if let Some((y, end)) = self.year_after(j2).or_else(|| self.spoken_year(j2, false)) {
                return m(end, Draft::Point(Point::Month(y, month)));
            }
            // "February this year", "June last year"
            if self.any(j, &["this", "last", "next"]) && self.is(j + 1, "year") && !abbrev {
                let n = match self.k(j) {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                };
                return m(j + 2, Draft::MonthIn(month, n));
            }
            if !abbrev && self.standalone_month_ok(i, month) {
                return m(j, Draft::Month(month, Rel::Tense));
            }
            return None;
        }
        // Day first: "2 December 2025", "the 2nd of December".
        let j = if self.is(i, "the") { i + 1 } else { i };
        let (day, k) = self.day_at(j)?;
        let k = if self.is(k, "of") { k + 1 } else { k };
        let (month, k2, _) = self.month_at(k)?;
        match self.year_after(k2) {
            Some((y, end)) => m(end, Draft::Point(Point::Day(CivilDate::new(y, month, day)?))),
            None => CivilDate::new(2000, month, day).map(|_| M {
                end: k2,
                draft: Draft::MonthDay(month, day),
                weekday: None,
            }),
        }
    }

    /// A month name alone is a date unless it is a verb or a name: "May"
    /// and "March" need a preposition in front, and none may be followed by
    /// a capitalised word ("April Ryan") unless a preposition precedes.
    fn standalone_month_ok(&self, i: usize, month: u8) -> bool {
        const BEFORE: &[&str] = &[
            "in", "since", "until", "till", "by", "last", "this", "next", "early", "late", "mid",
            "of", "during", "before", "after", "from", "through", "to", "between", "and", "or",
            "-", "since", "until", "around", "for", "that", "each", "every", "until", "late",
        ];
        let introduced = BEFORE.contains(&self.prev(i));
        if matches!(month, 3 | 5) && !introduced {
            return false;
        }
        introduced || !(self.word(i + 1) && self.cap(i + 1))
    }

    /// "2025-12-02", "12/02/2025", "02.12.2025".
    fn numeric_date(&self, i: usize) -> Option<M> {
        let glued3 = (1..=4).all(|o| self.glued(i + o));
        if !glued3 {
            return None;
        }
        let sep = self.k(i + 1);
        if !matches!(sep, "-" | "/" | ".") || self.k(i + 3) != sep {
            return None;
        }
        let (a, b, c) = (self.t.get(i)?, self.t.get(i + 2)?, self.t.get(i + 4)?);
        if [a, b, c].iter().any(|t| t.kind != Kind::Num) {
            return None;
        }
        // Not a longer run such as an IP address or version number.
        if self.glued(i + 5)
            && self.any(i + 5, &["-", "/", "."])
            && self.num(i + 6, 0..=9).is_some()
        {
            return None;
        }
        let (an, bn, cn) = (a.num?, b.num?, c.num?);
        let date = if a.digits() == 4 {
            CivilDate::new(an as i32, u8::try_from(bn).ok()?, u8::try_from(cn).ok()?)?
        } else if c.digits() == 4 || c.digits() == 2 {
            let year = if c.digits() == 4 {
                cn as i32
            } else if cn < 50 {
                2000 + cn as i32
            } else {
                1900 + cn as i32
            };
            if a.digits() > 2 || b.digits() > 2 {
                return None;
            }
            // Slashes are American (month first); dots European (day first).
            let (month, day) = if sep == "." || an > 12 { (bn, an) } else { (an, bn) };
            if sep == "-" && c.digits() == 2 {
                return None;
            }
            CivilDate::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)?
        } else {
            return None;
        };
        m(i + 5, Draft::Point(Point::Day(date)))
    }

    /// Years, decades and centuries: "1998", "the 1990s", "'80s", "the
    /// nineties", "nineteen ninety-six", "the year two thousand", "the 20th
    /// century".
    fn year_like(&self, i: usize) -> Option<M> {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        // "the year 2000", "the year two thousand"
        if the && self.is(j, "year") {
            if let Some((y, end)) = self.year_at(j + 1).or_else(|| self.spoken_year(j + 1, true)) {
                return m(end, Draft::Point(Point::Year(y)));
            }
        }
        // Decades.
        if let Some(y) = self.num(j, 4..=4) {
            if self.glued(j + 1) && self.is(j + 1, "s") && y % 10 == 0 && (1000..=2090).contains(&y)
            {
                return m(j + 2, Draft::Point(Point::Decade(y as i32 / 10)));
            }
        }
        if self.punct(j, "'") && !self.glued(j) {
            if let Some(yy) = self.num(j + 1, 2..=2) {
                let y = if yy < 30 { 2000 + yy } else { 1900 + yy } as i32;
                if self.glued(j + 2) && self.is(j + 2, "s") {
                    return (yy % 10 == 0).then(|| M {
                        end: j + 3,
                        draft: Draft::Point(Point::Decade(y / 10)),
                        weekday: None,
                    });
                }
                if self.word(j + 2) && !self.glued(j + 2) {
                    let ok = !self.cap(j + 2) || self.lx(j + 2).month().is_some();
                    if !ok {
                        return None;
                    }
                }
                return m(j + 2, Draft::Point(Point::Year(y)));
            }
        }
        if let Some(yy) = self.num(j, 2..=2) {
            let decade_context =
                the || matches!(self.prev(j), "-" | "early" | "late" | "mid" | "the");
            if yy % 10 == 0 && self.glued(j + 1) && self.is(j + 1, "s") && decade_context {
                let y = if yy < 30 { 2000 + yy } else { 1900 + yy } as i32;
                return m(j + 2, Draft::Point(Point::Decade(y / 10)));
            }
        }
        if the {
            let decade = match self.k(j) {
                "twenties" => Some(192),
                "thirties" => Some(193),
                "forties" => Some(194),
                "fifties" => Some(195),
                "sixties" => Some(196),
                "seventies" => Some(197),
                "eighties" => Some(198),
                "nineties" => Some(199),
                _ => None,
            };
            if let Some(d) = decade {
                return m(j + 1, Draft::Point(Point::Decade(d)));
            }
        }
        // Centuries: "the 20th century", "the nineteenth century".
        let (n, k) = if let Some(n) = self.num(j, 1..=2) {
            if self.glued(j + 1) && lx::is_ordinal_suffix(self.k(j + 1)) {
                (Some(n), j + 2)
            } else {
                (None, j)
            }
        } else {
            (self.lx(j).ordinal(), j + 1)
        };
        if let Some(n) = n.filter(|&n| (1..=30).contains(&n)) {
            let k = if self.punct(k, "-") && self.glued(k) { k + 1 } else { k };
            if self.is(k, "century") {
                return m(k + 1, Draft::Point(Point::Century(n as i32 - 1)));
            }
        }
        if the {
            return None;
        }
        if let Some((y, end)) = self.spoken_year(i, false) {
            return m(end, Draft::Point(Point::Year(y)));
        }
        let (y, end) = self.year_at(i)?;
        const NOT_BEFORE_YEAR: &[&str] = &[
            "flight",
            "route",
            "no",
            "number",
            "room",
            "highway",
            "interstate",
            "article",
            "section",
            "chapter",
            "page",
            "model",
            "version",
            "resolution",
            "rule",
            "bill",
            "$",
            "#",
            "pp",
            "p",
            "at",
            "suite",
            "box",
            "unit",
            "code",
            "law",
            "act",
        ];
        const NOT_AFTER_YEAR: &[&str] = &[
            "percent",
            "people",
            "feet",
            "foot",
            "meters",
            "metres",
            "miles",
            "km",
            "kilometers",
            "tons",
            "tonnes",
            "points",
            "shares",
            "dollars",
            "yen",
            "euros",
            "pounds",
            "cars",
            "votes",
            "troops",
            "soldiers",
            "workers",
            "employees",
            "units",
            "homes",
            "acres",
            "residents",
            "members",
            "students",
            "jobs",
            "barrels",
            "cases",
            "deaths",
            "men",
            "women",
            "children",
            "hours",
            "minutes",
            "days",
            "kg",
            "pages",
            "words",
            "rooms",
        ];
        if NOT_BEFORE_YEAR.contains(&self.prev(i)) || NOT_AFTER_YEAR.contains(&self.k(end)) {
            return None;
        }
        // "1,990" was split by the tokenizer; a comma glued on both sides is a
        // digit group.
        if i >= 2 && self.glued(i) && self.punct(i - 1, ",") && self.glued(i - 1) {
            return None;
        }
        m(end, Draft::Point(Point::Year(y)))
    }

    /// "nineteen ninety-six", "nineteen eighty", and after "the year" also
    /// "two thousand (and) one".
    fn spoken_year(&self, i: usize, after_year_word: bool) -> Option<(i32, usize)> {
        let first = self.lx(i).cardinal()?;
        if (11..=20).contains(&first) && first != 20 || (first == 20 && after_year_word) {
            let (rest, end) = self.two_digit_words(i + 1)?;
            return Some((first as i32 * 100 + rest as i32, end));
        }
        if first == 2 && self.is(i + 1, "thousand") && after_year_word {
            let mut j = i + 2;
            if self.is(j, "and") {
                j += 1;
            }
            return Some(match self.two_digit_words(j) {
                Some((r, end)) => (2000 + r as i32, end),
                None => (2000, i + 2),
            });
        }
        None
    }

    /// "ninety-six", "ninety six", "eighty", "oh five" → 96, 96, 80, 5.
    fn two_digit_words(&self, i: usize) -> Option<(u32, usize)> {
        if self.any(i, &["oh", "o"]) {
            let ones = self.lx(i + 1).cardinal().filter(|&o| o < 10)?;
            return Some((ones, i + 2));
        }
        let tens = self.lx(i).cardinal().filter(|&t| (10..=99).contains(&t))?;
        if tens % 10 == 0 && tens >= 20 {
            let j = if self.punct(i + 1, "-") { i + 2 } else { i + 1 };
            if let Some(ones) = self.lx(j).cardinal().filter(|&o| (1..10).contains(&o)) {
                return Some((tens + ones, j + 1));
            }
        }
        Some((tens, i + 1))
    }

    // --- weekdays and times of day ---------------------------------------

    /// "Thursday", "last Friday", "Wednesday night", "the previous Friday".
    fn weekday(&self, i: usize) -> Option<M> {
        let (rel, j) = match self.k(i) {
            "last" | "past" => (Rel::Last, i + 1),
            "this" if self.is(i + 1, "past") => (Rel::Last, i + 2),
            "this" if self.is(i + 1, "coming") => (Rel::Next, i + 2),
            "this" => (Rel::This, i + 1),
            "next" | "coming" => (Rel::Next, i + 1),
            "the" if self.any(i + 1, &["previous", "preceding", "prior"]) => (Rel::Before, i + 2),
            "the" if self.any(i + 1, &["following", "next"]) => (Rel::After, i + 2),
            _ => (Rel::Tense, i),
        };
        let wd = self.lx(j).weekday().filter(|_| self.cap(j))?;
        let part = self.lx(j + 1).part_of_day();
        let end = if part.is_some() { j + 2 } else { j + 1 };
        m(end, Draft::Weekday(wd, rel, part))
    }

    /// Clock times with what day they are on: "9:30 a.m.", "10 p.m.
    /// Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6".
    fn clock(&self, i: usize) -> Option<M> {
        let (clock, j) = match self.k(i) {
            "noon" | "midday" => (Clock::At(12, 0), i + 1),
            "midnight" => (Clock::Midnight, i + 1),
            // "1100 GMT": four digits with a time zone.
            _ if self.num(i, 4..=4).is_some() => {
                let hm = self.num(i, 4..=4)?;
                let (h, min) = (hm / 100, hm % 100);
                let zone = self.cap(i + 1) && lx::is_time_zone(self.k(i + 1));
                (zone && h <= 23 && min <= 59).then_some(())?;
                (Clock::At(h as u8, min as u8), i + 1)
            }
            _ => {
                let h = self.num(i, 1..=2)?;
                let (min, j) = if self.punct(i + 1, ":") && self.glued(i + 1) && self.glued(i + 2) {
                    (Some(self.num(i + 2, 2..=2).filter(|&m| m < 60)?), i + 3)
                } else {
                    (None, i + 1)
                };
                match self.meridiem(j) {
                    Some((pm, k)) => {
                        if !(1..=12).contains(&h) {
                            return None;
                        }
                        let h = (h % 12) + if pm { 12 } else { 0 };
                        (Clock::At(h as u8, min.unwrap_or(0) as u8), k)
                    }
                    None => {
                        let introduced = matches!(
                            self.prev(i),
                            "at" | "by"
                                | "until"
                                | "till"
                                | "from"
                                | "since"
                                | "before"
                                | "after"
                                | "around"
                                | "about"
                        );
                        let zone = self.cap(j) && lx::is_time_zone(self.k(j));
                        let min = min.filter(|_| h <= 23 && (introduced || zone))?;
                        (Clock::At(h as u8, min as u8), j)
                    }
                }
            }
        };
        let mut end = j;
        if self.cap(end) && lx::is_time_zone(self.k(end)) {
            end += 1;
        }
        // The day it is on, written right after.
        let k = if self.punct(end, ",") { end + 1 } else { end };
        let day = self
            .absolute(k)
            .filter(|d| matches!(d.draft, Draft::Point(Point::Day(_)) | Draft::MonthDay(..)))
            .or_else(|| self.weekday(k).filter(|d| matches!(d.draft, Draft::Weekday(_, _, None))))
            .or_else(|| match self.k(k) {
                "today" => m(k + 1, Draft::Shift(Unit::Day, 0, Anchor::Dct)),
                "yesterday" => m(k + 1, Draft::Shift(Unit::Day, -1, Anchor::Dct)),
                "tomorrow" => m(k + 1, Draft::Shift(Unit::Day, 1, Anchor::Dct)),
                _ => None,
            });
        match day {
            Some(d) => m(d.end, Draft::Time(Some(Box::new(d.draft)), clock)),
            None => m(end, Draft::Time(None, clock)),
        }
    }

    /// "a.m.", "am", "a. m.", "p.m", "o'clock" (morning-less: `None`).
    fn meridiem(&self, j: usize) -> Option<(bool, usize)> {
        match self.k(j) {
            "am" => Some((false, j + 1)),
            "pm" => Some((true, j + 1)),
            "a" | "p" if self.punct(j + 1, ".") && self.is(j + 2, "m") => {
                let end = if self.punct(j + 3, ".") && self.glued(j + 3) { j + 4 } else { j + 3 };
                Some((self.is(j, "p"), end))
            }
            _ => None,
        }
    }

    /// Parts of days: "tonight", "this morning", "last night", "yesterday
    /// afternoon", "overnight", "that night", "the next morning".
    fn day_part(&self, i: usize) -> Option<M> {
        let day = |n: i64, anchor: Anchor| Some(Box::new(Draft::Shift(Unit::Day, n, anchor)));
        let time = |end: usize, n: i64, anchor: Anchor, part: &'static str| {
            m(end, Draft::Time(day(n, anchor), Clock::Part(part)))
        };
        let part1 = self.lx(i + 1).part_of_day();
        match self.k(i) {
            "tonight" => time(i + 1, 0, Anchor::Dct, "NI"),
            "overnight" => time(i + 1, -1, Anchor::Dct, "NI"),
            "this" => time(i + 2, 0, Anchor::Dct, part1.filter(|&p| p != "NI")?),
            "last" if self.any(i + 1, &["night", "evening"]) => {
                time(i + 2, -1, Anchor::Dct, part1?)
            }
            "yesterday" => time(i + 2, -1, Anchor::Dct, part1?),
            "today" => time(i + 2, 0, Anchor::Dct, part1?),
            "tomorrow" => time(i + 2, 1, Anchor::Dct, part1?),
            "that" => time(i + 2, 0, Anchor::Mentioned, part1?),
            "the" if self.any(i + 1, &["next", "following"]) => {
                let p = self.lx(i + 2).part_of_day()?;
                time(i + 3, 1, Anchor::Mentioned, p)
            }
            "the" if self.is(i + 1, "night") && self.is(i + 2, "before") => {
                time(i + 3, -1, Anchor::Mentioned, "NI")
            }
            _ => None,
        }
    }

    // --- deictic and relative expressions ------------------------------

    /// "today", "yesterday", "now", "currently", "recently", "the future".
    fn deictic(&self, i: usize) -> Option<M> {
        let date = TimexType::Date;
        match self.k(i) {
            "today" => m(i + 1, Draft::Shift(Unit::Day, 0, Anchor::Dct)),
            "yesterday" => m(i + 1, Draft::Shift(Unit::Day, -1, Anchor::Dct)),
            "tomorrow" => m(i + 1, Draft::Shift(Unit::Day, 1, Anchor::Dct)),
            "now" | "currently" | "presently" | "nowadays" => {
                let end = i + 1;
                fixed(end, date, "PRESENT_REF")
            }
            "right" if self.is(i + 1, "now") => fixed(i + 2, date, "PRESENT_REF"),
            "present" if self.prev(i) == "at" => fixed(i + 1, date, "PRESENT_REF"),
            "these" if self.is(i + 1, "days") => fixed(i + 2, date, "PRESENT_REF"),
            "current" if !self.cap(i) || matches!(self.prev(i), "" | "." | "\"") => {
                fixed(i + 1, date, "PRESENT_REF")
            }
            "recently" | "lately" => fixed(i + 1, date, "PAST_REF"),
            // "for years", "in weeks", "months ago"
            _ if matches!(self.lx(i).unit(), Some((u, true)) if u >= Unit::Hour) => {
                let u = self.lx(i).unit()?.0;
                if self.is(i + 1, "ago") {
                    return fixed(i + 2, date, "PAST_REF");
                }
                let introduced = matches!(self.prev(i), "for" | "in" | "over" | "within");
                let followed = !self.word(i + 1)
                    || self.any(
                        i + 1,
                        &["and", "or", "of", "to", "before", "after", "ago", "later", "earlier"],
                    );
                (introduced && followed).then_some(())?;
                fixed(i + 1, TimexType::Duration, duration(Count::Some, u))
            }
            "recent" => match self.lx(i + 1).unit() {
                Some((u, true)) => fixed(i + 2, TimexType::Duration, duration(Count::Some, u)),
                _ => fixed(i + 1, date, "PAST_REF"),
            },
            "coming" if self.prev(i) == "the" || self.prev(i) == "in" => {
                match self.lx(i + 1).unit() {
                    Some((u, true)) => fixed(i + 2, TimexType::Duration, duration(Count::Some, u)),
                    _ => None,
                }
            }
            "the" => match (self.k(i + 1), self.k(i + 2)) {
                ("day", "before") if self.is(i + 3, "yesterday") => {
                    m(i + 4, Draft::Shift(Unit::Day, -2, Anchor::Dct))
                }
                ("day", "after") if self.is(i + 3, "tomorrow") => {
                    m(i + 4, Draft::Shift(Unit::Day, 2, Anchor::Dct))
                }
                // "the day before", "the week after" closing a clause.
                (w, "before" | "after")
                    if matches!(Lex::of(w).unit(), Some((u, false)) if u >= Unit::Day && u <= Unit::Year)
                        && (!self.word(i + 3) || self.any(i + 3, &["and", "but"])) =>
                {
                    let u = Lex::of(w).unit()?.0;
                    let n = if self.is(i + 2, "before") { -1 } else { 1 };
                    m(i + 3, Draft::Shift(u, n, Anchor::Mentioned))
                }
                // "in the years that followed", "the first hours"
                (w, _) if matches!(self.lx(i + 1).unit(), Some((_, true))) && w != "days" => {
                    let u = self.lx(i + 1).unit()?.0;
                    fixed(i + 2, TimexType::Duration, duration(Count::Some, u))
                }
                (
                    "early" | "first" | "final" | "last" | "past" | "following" | "ensuing"
                    | "intervening",
                    w2,
                ) if matches!(Lex::of(w2).unit(), Some((_, true))) => {
                    let u = Lex::of(w2).unit()?.0;
                    fixed(i + 3, TimexType::Duration, duration(Count::Some, u))
                }
                ("past", _) => fixed(i + 2, date, "PAST_REF"),
                ("future", _) => fixed(i + 2, date, "FUTURE_REF"),
                ("near" | "foreseeable" | "distant" | "immediate", "future") => {
                    fixed(i + 3, date, "FUTURE_REF")
                }
                ("near" | "short" | "long", "term") => fixed(i + 3, date, "FUTURE_REF"),
                ("coming", _) => match self.lx(i + 2).unit() {
                    Some((u, true)) => fixed(i + 3, TimexType::Duration, duration(Count::Some, u)),
                    _ => None,
                },
                (w, "ahead") => match Lex::of(w).unit() {
                    Some((u, true)) => fixed(i + 3, TimexType::Duration, duration(Count::Some, u)),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// True when "ended Sept. 30" or "ending Dec. 31" starts at `i`.
    fn quarter_ended(&self, i: usize) -> bool {
        self.any(i, &["ended", "ending"])
            && self.month_at(i + 1).is_some_and(|(_, j, _)| self.day_at(j).is_some())
    }

    /// "last week", "this month", "next year", "the previous day", "the
    /// following week", "that day", "the same day", "last April", "the
    /// latest quarter", "the year-ago period", "year-end".
    fn relative(&self, i: usize) -> Option<M> {
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        let key = self.k(j);
        // "year-end", "year end", "year's end"
        if key == "year" {
            let k = if self.possessive(j + 1) {
                j + 3
            } else if self.punct(j + 1, "-") {
                j + 2
            } else {
                j + 1
            };
            if self.is(k, "end") && !the {
                return m(k + 1, Draft::Shift(Unit::Year, 0, Anchor::Dct));
            }
        }
        // "year-ago", "year-earlier" (adjectives) and "the (comparable)
        // year-ago quarter".
        let jy =
            if self.any(j, &["comparable", "same"]) && self.is(j + 1, "year") { j + 1 } else { j };
        if self.is(jy, "year") && self.punct(jy + 1, "-") && self.any(jy + 2, &["ago", "earlier"]) {
            let mut k = jy + 3;
            while self.lx(k).ordinal().is_some() || self.any(k, &["fiscal", "comparable", "same"]) {
                k += 1;
            }
            if self.any(k, &["quarter", "period"]) {
                return m(k + 1, Draft::ThatQuarter(-1));
            }
            if the {
                return None;
            }
            return m(jy + 3, Draft::Shift(Unit::Year, -1, Anchor::Dct));
        }
        // "the quarter", "the latest quarter", "the latest period"
        if the {
            match (key, self.k(j + 1)) {
                // "the quarter ended Sept. 30" is the quarter of that day.
                ("quarter", _) => {
                    if self.quarter_ended(j + 1) {
                        return m(j + 1, Draft::QuarterEnded);
                    }
                    if self.is(j + 1, "-") && self.is(j + 2, "to") {
                        return None; // "quarter-to-quarter"
                    }
                    return m(j + 1, Draft::ThatQuarter(0));
                }
                ("latest" | "recent" | "most", "quarter" | "period") => {
                    return m(j + 2, Draft::LatestQuarter)
                }
                ("full", "year") => return m(j + 2, Draft::Shift(Unit::Year, 0, Anchor::Dct)),
                ("weekend", _) => return m(j + 1, Draft::Weekend(None)),
                ("week" | "month" | "year", _) => {
                    let unit = Lex::of(key).unit()?.0;
                    return match self.prev(i) {
                        "for" | "over" | "through" | "throughout" | "all" => {
                            fixed(j + 1, TimexType::Duration, duration(Count::N(1.0), unit))
                        }
                        "of" | "in" | "during" => m(j + 1, Draft::Shift(unit, 0, Anchor::Dct)),
                        _ => None,
                    };
                }
                _ => {}
            }
            if let Some(y) = self.num(j, 4..=4).filter(|y| (1000..=2099).contains(y)) {
                match self.k(j + 1) {
                    "quarter" => return m(j + 2, Draft::PeriodOf(y as i32)),
                    "period" => return m(j + 2, Draft::Point(Point::Year(y as i32))),
                    _ => {}
                }
            }
        }
        let (n, anchor, k) = match key {
            "last" | "past" => (-1, Anchor::Dct, j + 1),
            "latest" if the => (-1, Anchor::Dct, j + 1),
            "this" if self.is(j + 1, "past") => (-1, Anchor::Dct, j + 2),
            "this" | "current" => (0, Anchor::Dct, j + 1),
            "next" if !the => (1, Anchor::Dct, j + 1),
            "coming" => (1, Anchor::Dct, j + 1),
            "next" | "following" | "subsequent" => (1, Anchor::Mentioned, j + 1),
            "previous" | "preceding" | "prior" => (-1, Anchor::Mentioned, j + 1),
            "same" if the => (0, Anchor::Mentioned, j + 1),
            "that" if !the => {
                let k = if self.is(j + 1, "same") { j + 2 } else { j + 1 };
                (0, Anchor::Mentioned, k)
            }
            _ => return None,
        };
        let k = if self.is(k, "fiscal") && self.is(k + 1, "year") { k + 1 } else { k };
        let unit_key = self.k(k);
        if unit_key == "quarter" && n == 0 && anchor == Anchor::Mentioned {
            return m(k + 1, Draft::ThatQuarter(0)); // "that quarter", "the same quarter"
        }
        if let Some(month) = Lex::of(unit_key).month() {
            if !self.cap(k) || Lex::of(unit_key).is_month_abbreviation() {
                return None;
            }
            let rel = match (n, anchor) {
                (-1, Anchor::Dct) => Rel::Last,
                (0, _) => Rel::This,
                (1, Anchor::Dct) => Rel::Next,
                (-1, _) => Rel::Before,
                _ => Rel::After,
            };
            return m(k + 1, Draft::Month(month, rel));
        }
        if unit_key == "weekend" {
            return m(k + 1, Draft::Weekend(Some(n).filter(|_| anchor == Anchor::Dct)));
        }
        let (unit, plural) = Lex::of(unit_key).unit()?;
        if plural || unit < Unit::Day {
            return None;
        }
        // "last day", "next day" without an anchor are not dates; "the
        // last year" is. "this day" is rare and means today.
        if unit == Unit::Day && anchor == Anchor::Dct {
            return None;
        }
        if anchor == Anchor::Dct && key == "past" && !the {
            return None;
        }
        // "the previous week" is a week, even after a day was named.
        let anchor = match anchor {
            Anchor::Mentioned if (Unit::Week..=Unit::Quarter).contains(&unit) => {
                Anchor::MentionedPeriod
            }
            a => a,
        };
        m(k + 1, Draft::Shift(unit, n, anchor))
    }

    /// Durations and offsets: "five hours", "five-hour", "nearly four years
    /// ago", "two weeks later", "the past two months", "several days",
    /// "a day earlier", "2 1/2 years".
    fn quantified(&self, i: usize) -> Option<M> {
        if self.t.get(i).is_some_and(|t| t.kind == Kind::Num) {
            return self.quantified_from(i, i);
        }
        // Modifiers ("nearly", "at least") may be followed by "the past".
        let j1 = i + lx::quantity_modifier([self.k(i), self.k(i + 1), self.k(i + 2)]);
        let j2 = j1 + lx::quantity_modifier([self.k(j1), self.k(j1 + 1), self.k(j1 + 2)]);
        [j2, j1, i].into_iter().find_map(|j| self.quantified_from(i, j))
    }

    fn quantified_from(&self, i: usize, j: usize) -> Option<M> {
        const FRAME: &[&str] = &[
            "past",
            "last",
            "next",
            "first",
            "coming",
            "previous",
            "following",
            "final",
            "latest",
            "initial",
            "remaining",
            "additional",
            "entire",
            "full",
            "whole",
        ];
        let mut j = j;
        let mut framed = false;
        let mut bare_the = false;
        let word = self.word(j);
        if word && self.is(j, "the") {
            j += 1;
            framed = true;
            bare_the = !self.any(j, FRAME);
            if !bare_the {
                j += 1;
            }
        } else if word && self.any(j, &["past", "last", "next", "first", "coming"]) {
            j += 1;
            framed = true;
        }
        let (count, from_article, k) = self.count_at(j)?;
        // "two more weeks", "an additional year", "eight trading days"
        const BETWEEN: &[&str] = &[
            "more",
            "additional",
            "extra",
            "further",
            "straight",
            "consecutive",
            "trading",
            "business",
            "working",
            "calendar",
            "school",
        ];
        let k = if self.lx(k + 1).unit().is_some() && self.any(k, BETWEEN) { k + 1 } else { k };
        let hyphenated = self.punct(k, "-") && self.glued(k) && self.glued(k + 1);
        let (unit, plural) = self.lx(if hyphenated { k + 1 } else { k }).unit()?;
        let adjective = hyphenated;
        if adjective && bare_the {
            return None; // "the five-hour talks": the duration is "five-hour"
        }
        let mut end = if hyphenated { k + 2 } else { k + 1 };
        if self.mid_sentence_cap(if hyphenated { k + 1 } else { k }) {
            return None; // "60 Minutes"
        }
        // "a second attack", "a quarter of the vote", "three-quarters" are
        // not durations.
        let loose = |e: usize| {
            !self.word(e)
                || self.any(e, &["ago", "earlier", "later", "before", "after", "or", "and"])
        };
        let fraction = matches!(count, Count::N(n) if n < 4.0)
            && self.is(end, "of")
            && (self.any(end + 1, &["the", "a", "an", "its", "their", "his", "her", "all"])
                || self.t.get(end + 1).is_some_and(|t| t.kind == Kind::Num));
        if unit == Unit::Quarter && ((adjective && plural) || fraction) {
            return None;
        }
        if from_article && !adjective && matches!(unit, Unit::Second | Unit::Quarter) && !loose(end)
        {
            return None;
        }
        if self.is(j, "per") {
            return fixed(end, TimexType::Set, duration(Count::N(1.0), unit));
        }
        // Ages are quantities, not durations: "three-year-old", "5 years old".
        if self.is(end, "old") || (self.punct(end, "-") && self.is(end + 1, "old")) {
            return None;
        }
        let mut count = count;
        if self.is(end, "and") && self.any(end + 1, &["a", "one"]) && self.is(end + 2, "half") {
            if let Count::N(n) = count {
                count = Count::N(n + 0.5);
            }
            end += 3;
        }
        if self.is(end, "or") && self.is(end + 1, "so") {
            end += 2;
        }
        if !framed && !adjective {
            if let Some(found) = self.offset(count, unit, end) {
                return Some(found);
            }
            if from_article && self.rate_before(i) {
                return fixed(end, TimexType::Set, duration(Count::N(1.0), unit));
            }
            // A bare "a day", "one day" is rarely a duration ("one day he
            // will…"); keep those that something introduces.
            if from_article && unit == Unit::Day && matches!(self.prev(i), "" | "." | "," | "\"") {
                return None;
            }
        }
        fixed(end, TimexType::Duration, duration(count, unit))
    }

    /// A duration turned into a date by the word after it: "four years
    /// ago", "two weeks later", "a day earlier", "three days from now".
    fn offset(&self, count: Count, unit: Unit, end: usize) -> Option<M> {
        let n = match count {
            Count::N(n) => n.round() as i64,
            Count::Some => 0,
        };
        // Decades and centuries count in years: "a decade ago" is 1989.
        let (unit, n) = match unit {
            Unit::Decade => (Unit::Year, n * 10),
            Unit::Century => (Unit::Year, n * 100),
            Unit::Millennium => (Unit::Year, n * 1000),
            _ => (unit, n),
        };
        let clause_end = |e: usize| {
            !self.word(e) || self.any(e, &["and", "but", "when", "while", "in", "on", "at"])
        };
        match self.k(end) {
            "ago" => {
                if count == Count::Some {
                    return fixed(end + 1, TimexType::Date, "PAST_REF");
                }
                let anchor =
                    if unit == Unit::Year && n == 1 { Anchor::DctOrPeriod } else { Anchor::Dct };
                m(end + 1, Draft::Shift(unit, -n, anchor))
            }
            "back" if clause_end(end + 1) && count != Count::Some => {
                m(end + 1, Draft::Shift(unit, -n, Anchor::Dct))
            }
            "earlier" | "prior" | "previously" | "before" | "later" | "after" | "afterward"
            | "afterwards" | "hence"
                if count != Count::Some =>
            {
                let word = self.k(end);
                if matches!(word, "before" | "after" | "prior") && !clause_end(end + 1) {
                    return None;
                }
                let sign = if matches!(word, "earlier" | "prior" | "previously" | "before") {
                    -1
                } else {
                    1
                };
                let anchor = if word == "hence" { Anchor::Dct } else { Anchor::Mentioned };
                m(end + 1, Draft::Shift(unit, sign * n, anchor))
            }
            "from" if self.is(end + 1, "now") && count != Count::Some => {
                m(end + 2, Draft::Shift(unit, n, Anchor::Dct))
            }
            _ => None,
        }
    }

    /// A number or vague amount in front of a unit; the flag says it was
    /// "a"/"an"/"one"/"per".
    fn count_at(&self, j: usize) -> Option<(Count, bool, usize)> {
        if let Some(n) = self.num(j, 1..=7) {
            let mut value = f64::from(n);
            let mut k = j + 1;
            // 1,000 / 4.5
            while self.punct(k, ",")
                && self.glued(k)
                && self.glued(k + 1)
                && self.num(k + 1, 3..=3).is_some()
            {
                value = value * 1000.0 + f64::from(self.num(k + 1, 3..=3)?);
                k += 2;
            }
            if self.punct(k, ".") && self.glued(k) && self.glued(k + 1) {
                if let Some(frac) = self.num(k + 1, 1..=3) {
                    value += f64::from(frac) / 10f64.powi(self.t[k + 1].digits() as i32);
                    k += 2;
                }
            }
            // "2 1/2"
            if let (Some(a), true, Some(b)) = (
                self.num(k, 1..=1),
                self.punct(k + 1, "/") && self.glued(k + 1),
                self.num(k + 2, 1..=1),
            ) {
                if b > a && b > 0 {
                    value += f64::from(a) / f64::from(b);
                    k += 3;
                }
            }
            // Ranges take their lower end: "two to three weeks", "12-18 months".
            if self.num(k + 1, 1..=7).is_some()
                && self.lx(k + 2).unit().is_some()
                && self.any(k, &["to", "or", "-"])
            {
                k += 2;
            }
            return Some((Count::N(value), false, k));
        }
        let key = self.k(j);
        match key {
            "a" | "an" => {
                return match self.k(j + 1) {
                    "few" => Some((Count::Some, false, j + 2)),
                    "couple" if self.is(j + 2, "of") => Some((Count::N(2.0), false, j + 3)),
                    "couple" => Some((Count::N(2.0), false, j + 2)),
                    "number" if self.is(j + 2, "of") => Some((Count::Some, false, j + 3)),
                    "dozen" => Some((Count::N(12.0), false, j + 2)),
                    "half" => Some((Count::N(0.5), false, j + 2)),
                    "hundred" => Some((Count::N(100.0), false, j + 2)),
                    "thousand" => Some((Count::N(1000.0), false, j + 2)),
                    _ => Some((Count::N(1.0), true, j + 1)),
                };
            }
            "per" => return Some((Count::N(1.0), true, j + 1)),
            "several" | "few" | "many" | "some" | "numerous" | "countless" => {
                return Some((Count::Some, false, j + 1))
            }
            "couple" if self.is(j + 1, "of") => return Some((Count::N(2.0), false, j + 2)),
            "dozens" | "hundreds" | "thousands" if self.is(j + 1, "of") => {
                return Some((Count::Some, false, j + 2))
            }
            "half" if self.any(j + 1, &["a", "an"]) => return Some((Count::N(0.5), false, j + 2)),
            _ => {}
        }
        let (n, k) = self.number_words(j)?;
        let k = if self.any(k, &["to", "or"])
            && self.number_words(k + 1).is_some()
            && self.lx(self.number_words(k + 1)?.1).unit().is_some()
        {
            self.number_words(k + 1)?.1
        } else {
            k
        };
        Some((Count::N(f64::from(n)), key == "one", k))
    }

    /// "twenty four", "twenty-four", "one hundred", "two thousand", "five".
    fn number_words(&self, j: usize) -> Option<(u32, usize)> {
        let mut value = self.lx(j).cardinal()?;
        let mut k = j + 1;
        if value >= 20 && value % 10 == 0 {
            let next = if self.punct(k, "-") && self.glued(k) { k + 1 } else { k };
            if let Some(ones) = self.lx(next).cardinal().filter(|&o| (1..10).contains(&o)) {
                value += ones;
                k = next + 1;
            }
        }
        match self.k(k) {
            "hundred" => {
                value *= 100;
                k += 1;
            }
            "thousand" => {
                value *= 1000;
                k += 1;
            }
            _ => {}
        }
        Some((value, k))
    }

    /// True when a number or an amount just before `i` makes "a year" a
    /// rate: "$5 a year", "twice a year", "four flights a week".
    fn rate_before(&self, i: usize) -> bool {
        for p in (i.saturating_sub(3)..i).rev() {
            let t = &self.t[p];
            if t.kind == Kind::Num || self.lx(p).cardinal().is_some() {
                return true;
            }
            if matches!(
                self.k(p),
                "million"
                    | "billion"
                    | "trillion"
                    | "thousand"
                    | "hundred"
                    | "dollars"
                    | "cents"
                    | "percent"
                    | "%"
                    | "times"
                    | "twice"
                    | "once"
                    | "thrice"
                    | "each"
                    | "yen"
                    | "euros"
                    | "pounds"
                    | "dozen"
            ) {
                return true;
            }
            if t.kind == Kind::Punct {
                return false;
            }
        }
        false
    }

    /// A capitalised word inside a sentence: part of a name ("India
    /// Today", "This Week", "High Noon"), not a time expression.
    fn mid_sentence_cap(&self, i: usize) -> bool {
        if !self.cap(i) || i == 0 || self.tk.newline_before(i) {
            return false;
        }
        !matches!(self.k(i - 1), "." | "!" | "?" | "\"" | "'" | "(" | ":" | ";" | "-" | "_" | "[")
    }

    // --- calendar periods ----------------------------------------------

    /// Quarters and halves: "the third quarter", "third-quarter", "the
    /// fiscal first quarter", "the 1988 third quarter", "the third quarter
    /// of 1990", "last year's fourth quarter", "Q3 2024", "the first half".
    fn quarter(&self, i: usize) -> Option<M> {
        // "its third quarter", "a third-quarter loss": the quarter starts
        // after the determiner (tried at the next token); "the" belongs to
        // a noun ("the third quarter"), not to an adjective ("the
        // third-quarter results").
        if self.any(i, &["its", "their", "a", "an"]) {
            return None;
        }
        let mut j = i;
        let the = self.is(j, "the");
        if the {
            j += 1;
        }
        let mut spec = YearSpec::Unsaid;
        if let Some((y, k)) = self.year_at(j) {
            spec = YearSpec::Given(y);
            j = if self.possessive(k) { k + 2 } else { k };
        } else if self.any(j, &["this", "last", "next"])
            && self.is(j + 1, "year")
            && self.possessive(j + 2)
        {
            let n = match self.k(j) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            spec = YearSpec::Relative(n);
            j += 4;
        }
        // "Q3", "Q3 2024", "H1 2025"
        if self.any(j, &["q", "h"]) && self.cap(j) && self.glued(j + 1) {
            let half = self.is(j, "h");
            let limit = if half { 2 } else { 4 };
            let n = self.num(j + 1, 1..=1).filter(|n| (1..=limit).contains(n))? as u8;
            let (spec, end) = match self.year_after(j + 2) {
                Some((y, end)) => (YearSpec::Given(y), end),
                None => (spec, j + 2),
            };
            return m(end, if half { Draft::Half(n, spec) } else { Draft::Quarter(n, spec) });
        }
        if self.is(j, "fiscal") || self.is(j, "calendar") {
            j += 1;
        }
        let (n, k) = if let Some(n) = self.num(j, 1..=1) {
            if self.glued(j + 1) && lx::is_ordinal_suffix(self.k(j + 1)) {
                (n, j + 2)
            } else {
                return None;
            }
        } else {
            match self.k(j) {
                "final" => (4, j + 1),
                w => (Lex::of(w).ordinal()?, j + 1),
            }
        };
        let hyphen = self.punct(k, "-") && self.glued(k);
        if hyphen && the {
            return None;
        }
        let k = if hyphen { k + 1 } else { k };
        let k = if self.is(k, "fiscal") { k + 1 } else { k };
        let (is_half, plural) = match self.k(k) {
            "quarter" => (false, false),
            "quarters" => (false, true),
            "half" => (true, false),
            _ => return None,
        };
        if is_half && self.is(i, "a") {
            return None;
        }
        let limit = if is_half { 2 } else { 4 };
        if !(1..=limit).contains(&n) {
            return None;
        }
        let mut end = k + 1;
        if spec == YearSpec::Unsaid {
            let of = if self.is(end, "of") { end + 1 } else { end };
            let of = if self.is(of, "fiscal") { of + 1 } else { of };
            if let Some((y, e)) = self.year_after(of) {
                spec = YearSpec::Given(y);
                end = e;
            } else if self.is(end, "of") && self.is(end + 1, "the") && self.is(end + 2, "year") {
                end += 3;
            }
        }
        if plural {
            return fixed(end, TimexType::Set, format!("XXXX-Q{n}"));
        }
        let n = n as u8;
        m(end, if is_half { Draft::Half(n, spec) } else { Draft::Quarter(n, spec) })
    }

    /// "fiscal 1989", "fiscal year 1989", "FY2024", "the fiscal year".
    fn fiscal(&self, i: usize) -> Option<M> {
        if self.is(i, "fy") && self.glued(i + 1) {
            let (y, end) = self.year_at(i + 1)?;
            return m(end, Draft::Point(Point::Year(y)));
        }
        let the = self.is(i, "the");
        let j = if the { i + 1 } else { i };
        if !self.is(j, "fiscal") {
            return None;
        }
        let k = if self.is(j + 1, "year") { j + 2 } else { j + 1 };
        if let Some((y, end)) = self.year_at(k) {
            return m(end, Draft::Point(Point::Year(y)));
        }
        if the && k == j + 2 {
            return fixed(k, TimexType::Duration, "P1Y");
        }
        None
    }

    /// "last fall", "this summer", "the summer of 1998", "spring 2024",
    /// "in the fall".
    fn season(&self, i: usize) -> Option<M> {
        let (rel, j) = match self.k(i) {
            "last" | "past" => (Some(Rel::Last), i + 1),
            "this" if self.is(i + 1, "past") => (Some(Rel::Last), i + 2),
            "this" | "that" => (Some(Rel::This), i + 1),
            "next" | "coming" => (Some(Rel::Next), i + 1),
            "the" => (None, i + 1),
            _ => (None, i),
        };
        let s = self.lx(j).season()?;
        let mut k = j + 1;
        let of = self.is(k, "of");
        if of {
            k += 1;
        }
        if let Some((y, end)) = self.year_after(k) {
            return m(end, Draft::Point(Point::Season(y, s)));
        }
        if of {
            return None;
        }
        match rel {
            Some(rel) => m(j + 1, Draft::Season(s, rel)),
            None => {
                let context = if j > i { self.prev(i) } else { self.prev(j) };
                let introduced = matches!(
                    context,
                    "in" | "during"
                        | "since"
                        | "until"
                        | "till"
                        | "by"
                        | "over"
                        | "through"
                        | "this"
                        | "early"
                        | "late"
                        | "mid"
                        | "-"
                        | "into"
                        | "throughout"
                );
                // "fall" is a verb and "the fall of" a collapse; "spring"
                // a verb too: those need a preposition and the article.
                let strict = matches!(s, "FA" | "SP");
                let ok = if strict { introduced && j > i } else { introduced };
                ok.then(|| M { end: j + 1, draft: Draft::Season(s, Rel::Tense), weekday: None })
            }
        }
    }

    /// "every Monday", "each month", "daily", "annually", "Mondays",
    /// "Tuesday nights", "per year".
    fn set(&self, i: usize) -> Option<M> {
        let set = TimexType::Set;
        let key = self.k(i);
        let simple = match key {
            "daily" => Some("P1D"),
            "weekly" => Some("P1W"),
            "monthly" => Some("P1M"),
            "yearly" | "annually" => Some("P1Y"),
            "hourly" => Some("PT1H"),
            "nightly" => Some("XXXX-XX-XXTNI"),
            "quarterly" => Some("P3M"),
            "biweekly" => Some("P2W"),
            "semiannually" | "biannually" => Some("P6M"),
            _ => None,
        };
        if let Some(v) = simple {
            // "quarterly dividend", "the Communist Party daily", "average
            // daily volume" are not about recurrence in time.
            let adjective =
                key == "quarterly" && self.word(i + 1) && !self.any(i + 1, &["and", "or"]);
            let noun =
                matches!(self.prev(i), "party" | "average" | "the" | "a" | "its" | "initial");
            if adjective || noun {
                return None;
            }
            return fixed(i + 1, set, v);
        }
        if let Some(wd) = Lex::of(key).weekday_plural().filter(|_| self.cap(i)) {
            return fixed(i + 1, set, format!("XXXX-WXX-{wd}"));
        }
        if let Some(wd) = Lex::of(key).weekday().filter(|_| self.cap(i)) {
            if let Some(p) = Lex::of(self.k(i + 1).strip_suffix('s').unwrap_or("")).part_of_day() {
                return fixed(i + 2, set, format!("XXXX-WXX-{wd}T{p}"));
            }
            return None;
        }
        if !matches!(key, "every" | "each") {
            return None;
        }
        let mut j = i + 1;
        let mut n = 1;
        if self.is(j, "other") {
            n = 2;
            j += 1;
        } else if self.is(j, "single") {
            j += 1;
        } else if let Some(c) =
            self.num(j, 1..=3).or_else(|| self.lx(j).cardinal().filter(|_| key == "every"))
        {
            n = c;
            j += 1;
        }
        let w = self.k(j);
        if let Some((u, plural)) = Lex::of(w).unit() {
            // "every other week", "each month", "every two years"
            let counted = n > 1 && !self.is(i + 1, "other");
            if plural != counted {
                return None;
            }
            return fixed(j + 1, set, duration(Count::N(f64::from(n)), u));
        }
        if let Some(wd) = Lex::of(w).weekday().filter(|_| self.cap(j)) {
            return fixed(j + 1, set, format!("XXXX-WXX-{wd}"));
        }
        if let Some(month) = Lex::of(w).month().filter(|_| self.cap(j)) {
            return fixed(j + 1, set, format!("XXXX-{month:02}"));
        }
        if let Some(p) = Lex::of(w).part_of_day() {
            return fixed(j + 1, set, format!("XXXX-XX-XXT{p}"));
        }
        if let Some(s) = Lex::of(w).season() {
            return fixed(j + 1, set, format!("XXXX-{s}"));
        }
        if w == "weekend" {
            return fixed(j + 1, set, "XXXX-WXX-WE");
        }
        None
    }

    /// "Christmas", "Thanksgiving Day", "New Year's Eve", "Easter 2025",
    /// "last Thanksgiving".
    fn holiday(&self, i: usize) -> Option<M> {
        let (rel, j) = match self.k(i) {
            "last" => (Rel::Last, i + 1),
            "next" => (Rel::Next, i + 1),
            "this" => (Rel::This, i + 1),
            _ => (Rel::Tense, i),
        };
        if !self.cap(j) {
            return None;
        }
        let day = |k: usize, w: &str| self.is(k, w) && self.cap(k);
        let (h, end) = match self.k(j) {
            "christmas" if day(j + 1, "eve") => (Holiday::Fixed(12, 24), j + 2),
            "christmas" => (Holiday::Fixed(12, 25), j + 1 + usize::from(day(j + 1, "day"))),
            "new" if self.is(j + 1, "year") && self.possessive(j + 2) && self.cap(j + 1) => {
                if day(j + 4, "eve") {
                    (Holiday::Fixed(12, 31), j + 5)
                } else if day(j + 4, "day") {
                    (Holiday::Fixed(1, 1), j + 5)
                } else {
                    return None;
                }
            }
            "thanksgiving" => (
                Holiday::Nth { month: 11, weekday: 4, nth: 4 },
                j + 1 + usize::from(day(j + 1, "day")),
            ),
            "easter" if day(j + 1, "monday") => (Holiday::Easter(1), j + 2),
            "easter" => (Holiday::Easter(0), j + 1 + usize::from(day(j + 1, "sunday"))),
            "good" if day(j + 1, "friday") => (Holiday::Easter(-2), j + 2),
            "independence" if day(j + 1, "day") => (Holiday::Fixed(7, 4), j + 2),
            "halloween" => (Holiday::Fixed(10, 31), j + 1),
            "valentine" if self.possessive(j + 1) && day(j + 3, "day") => {
                (Holiday::Fixed(2, 14), j + 4)
            }
            "memorial" if day(j + 1, "day") => {
                (Holiday::Nth { month: 5, weekday: 1, nth: -1 }, j + 2)
            }
            "labor" | "labour" if day(j + 1, "day") => {
                (Holiday::Nth { month: 9, weekday: 1, nth: 1 }, j + 2)
            }
            "veterans" if day(j + 1, "day") => (Holiday::Fixed(11, 11), j + 2),
            "boxing" if day(j + 1, "day") => (Holiday::Fixed(12, 26), j + 2),
            _ => return None,
        };
        if let Some((y, e)) = self.year_at(end) {
            return m(e, Draft::Point(Point::Day(h.date(y)?)));
        }
        m(end, Draft::Holiday(h, rel))
    }
}

/// String equality without a call to `memcmp`: keys are short, and the
/// size-optimised build would otherwise call it for every comparison.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// True for drafts that a position word ("early", "the end of") may narrow.
fn is_pointlike(d: &Draft) -> bool {
    match d {
        Draft::Fixed(ty, v) => *ty == TimexType::Date && !v.ends_with("_REF"),
        _ => true,
    }
}

/// The TIMEX3 value of a duration: (5, Hour) → `PT5H`, (2.5, Year) →
/// `P2Y6M`, (several, Day) → `PXD`.
fn duration(count: Count, unit: Unit) -> String {
    let (designator, time) = match unit {
        Unit::Second => ("S", true),
        Unit::Minute => ("M", true),
        Unit::Hour => ("H", true),
        Unit::Day => ("D", false),
        Unit::Week => ("W", false),
        Unit::Month => ("M", false),
        Unit::Quarter => ("Q", false),
        Unit::Year => ("Y", false),
        Unit::Decade => ("DE", false),
        Unit::Century => ("CE", false),
        Unit::Millennium => ("ML", false),
    };
    let t = if time { "T" } else { "" };
    let n = match count {
        Count::Some => return format!("P{t}X{designator}"),
        Count::N(n) => n,
    };
    // Decades and centuries in years, so that "two decades" = "20 years".
    let (n, designator) = match unit {
        Unit::Decade => (n * 10.0, "Y"),
        Unit::Century => (n * 100.0, "Y"),
        Unit::Millennium => (n * 1000.0, "Y"),
        _ => (n, designator),
    };
    let whole = n.trunc();
    let frac = n - whole;
    if frac.abs() < 1e-9 {
        return format!("P{t}{}{designator}", whole as u64);
    }
    // A fraction goes into the next smaller unit: 2.5 years = P2Y6M.
    let smaller = match unit {
        Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium => Some((12.0, "M", false)),
        Unit::Day => Some((24.0, "H", true)),
        Unit::Hour => Some((60.0, "M", true)),
        Unit::Minute => Some((60.0, "S", true)),
        Unit::Week => Some((7.0, "D", false)),
        _ => None,
    };
    match smaller {
        Some((factor, small, small_time))
            if (frac * factor - (frac * factor).round()).abs() < 1e-6 =>
        {
            let part = (frac * factor).round() as u64;
            let whole = whole as u64;
            match (whole, time, small_time) {
                (0, _, true) => format!("PT{part}{small}"),
                (0, _, false) => format!("P{part}{small}"),
                (_, false, true) => format!("P{whole}{designator}T{part}{small}"),
                _ => format!("P{t}{whole}{designator}{part}{small}"),
            }
        }
        _ => format!("P{t}{}{designator}", (n * 100.0).round() / 100.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duration_values() {
        assert_eq!(duration(Count::N(5.0), Unit::Hour), "PT5H");
        assert_eq!(duration(Count::N(2.5), Unit::Year), "P2Y6M");
        assert_eq!(duration(Count::N(0.5), Unit::Hour), "PT30M");
        assert_eq!(duration(Count::N(1.5), Unit::Day), "P1DT12H");
        assert_eq!(duration(Count::N(5.5), Unit::Hour), "PT5H30M");
        assert_eq!(duration(Count::N(2.0), Unit::Decade), "P20Y");
        assert_eq!(duration(Count::Some, Unit::Day), "PXD");
        assert_eq!(duration(Count::Some, Unit::Minute), "PTXM");
        assert_eq!(duration(Count::N(1.5), Unit::Month), "P1.5M");
    }
}
