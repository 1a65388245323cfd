//! Absolute dates: "Dec. 2, 2025", "2 December", "12/02/2025", years,
//! decades and centuries, spoken years ("nineteen ninety").

use super::*;

impl Grammar<'_> {
    // --- absolute dates -----------------------------------------------

    /// A month name (capitalised), with the dot of an abbreviation:
    /// returns the month and the index after it.
    pub(super) fn month_at(&self, i: usize) -> Option<(u8, usize, bool)> {
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
    pub(super) fn day_at(&self, i: usize) -> Option<(u8, usize)> {
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
    pub(super) fn year_at(&self, i: usize) -> Option<(i32, usize)> {
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
    pub(super) fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let j = if self.punct(i, ",") { i + 1 } else { i };
        self.year_at(j)
    }

    pub(super) fn absolute(&self, i: usize) -> Option<M> {
        if let Some((wd, j)) = self.weekday_prefix(i) {
            let found = self.month_date(j).or_else(|| self.numeric_date(j))?;
            return Some(M { weekday: Some(wd), ..found });
        }
        self.month_date(i).or_else(|| self.numeric_date(i)).or_else(|| self.year_like(i))
    }

    /// "Tuesday, " or "Wed., " in front of a date.
    pub(super) fn weekday_prefix(&self, i: usize) -> Option<(u8, usize)> {
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
    pub(super) fn second_day(&self, first: &Mention) -> Option<Mention> {
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
    pub(super) fn month_date(&self, i: usize) -> Option<M> {
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
    pub(super) fn standalone_month_ok(&self, i: usize, month: u8) -> bool {
        let introduced = crate::lexicon::TIME_MONTH_INTRODUCERS.contains(self.prev(i));
        if matches!(month, 3 | 5) && !introduced {
            return false;
        }
        introduced || !(self.word(i + 1) && self.cap(i + 1))
    }

    /// "2025-12-02", "12/02/2025", "02.12.2025".
    pub(super) fn numeric_date(&self, i: usize) -> Option<M> {
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
    pub(super) fn year_like(&self, i: usize) -> Option<M> {
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
        if crate::lexicon::TIME_NOT_BEFORE_YEAR.contains(self.prev(i))
            || crate::lexicon::TIME_NOT_AFTER_YEAR.contains(self.k(end))
        {
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
    pub(super) fn spoken_year(&self, i: usize, after_year_word: bool) -> Option<(i32, usize)> {
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
    pub(super) fn two_digit_words(&self, i: usize) -> Option<(u32, usize)> {
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
}
