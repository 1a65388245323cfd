//! Deictic and relative expressions: "today", "the previous day", "two
//! weeks ago", "the past 20 years", durations ("for three hours").

use super::*;

impl Grammar<'_> {
    // --- deictic and relative expressions ------------------------------

    /// "today", "yesterday", "now", "currently", "recently", "the future".
    pub(super) fn deictic(&self, i: usize) -> Option<M> {
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
    pub(super) fn quarter_ended(&self, i: usize) -> bool {
        self.any(i, &["ended", "ending"])
            && self.month_at(i + 1).is_some_and(|(_, j, _)| self.day_at(j).is_some())
    }

    /// "last week", "this month", "next year", "the previous day", "the
    /// following week", "that day", "the same day", "last April", "the
    /// latest quarter", "the year-ago period", "year-end".
    pub(super) fn relative(&self, i: usize) -> Option<M> {
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
    pub(super) fn quantified(&self, i: usize) -> Option<M> {
        if self.t.get(i).is_some_and(|t| t.kind == Kind::Num) {
            return self.quantified_from(i, i);
        }
        // Modifiers ("nearly", "at least") may be followed by "the past".
        let j1 = i + lx::quantity_modifier([self.k(i), self.k(i + 1), self.k(i + 2)]);
        let j2 = j1 + lx::quantity_modifier([self.k(j1), self.k(j1 + 1), self.k(j1 + 2)]);
        [j2, j1, i].into_iter().find_map(|j| self.quantified_from(i, j))
    }

    pub(super) fn quantified_from(&self, i: usize, j: usize) -> Option<M> {
        let mut j = j;
        let mut framed = false;
        let mut bare_the = false;
        let word = self.word(j);
        if word && self.is(j, "the") {
            j += 1;
            framed = true;
            bare_the = !crate::lexicon::TIME_FRAME_WORDS.contains(self.k(j));
            if !bare_the {
                j += 1;
            }
        } else if word && self.any(j, &["past", "last", "next", "first", "coming"]) {
            j += 1;
            framed = true;
        }
        let (count, from_article, k) = self.count_at(j)?;
        // "two more weeks", "an additional year", "eight trading days"
        let between = crate::lexicon::TIME_BEFORE_UNIT.contains(self.k(k));
        let k = if self.lx(k + 1).unit().is_some() && between { k + 1 } else { k };
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
    pub(super) fn offset(&self, count: Count, unit: Unit, end: usize) -> Option<M> {
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
    pub(super) fn count_at(&self, j: usize) -> Option<(Count, bool, usize)> {
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
    pub(super) fn number_words(&self, j: usize) -> Option<(u32, usize)> {
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
    pub(super) fn rate_before(&self, i: usize) -> bool {
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
    pub(super) fn mid_sentence_cap(&self, i: usize) -> bool {
        if !self.cap(i) || i == 0 || self.tk.newline_before(i) {
            return false;
        }
        !matches!(self.k(i - 1), "." | "!" | "?" | "\"" | "'" | "(" | ":" | ";" | "-" | "_" | "[")
    }
}
