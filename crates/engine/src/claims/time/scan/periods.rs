//! Calendar periods: quarters and halves, fiscal years, seasons, sets
//! ("every Monday", "daily") and holidays.

use super::*;

impl Grammar<'_> {
    // --- calendar periods ----------------------------------------------

    /// Quarters and halves: "the third quarter", "third-quarter", "the
    /// fiscal first quarter", "the 1988 third quarter", "the third quarter
    /// of 1990", "last year's fourth quarter", "Q3 2024", "the first half".
    pub(super) fn quarter(&self, i: usize) -> Option<M> {
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
    pub(super) fn fiscal(&self, i: usize) -> Option<M> {
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
    pub(super) fn season(&self, i: usize) -> Option<M> {
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
    pub(super) fn set(&self, i: usize) -> Option<M> {
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
    pub(super) fn holiday(&self, i: usize) -> Option<M> {
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
