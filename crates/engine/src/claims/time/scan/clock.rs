//! Weekdays and times of day: "last Friday", "9:30 a.m.", "Wednesday night".

use super::*;

impl Grammar<'_> {
    // --- weekdays and times of day ---------------------------------------

    /// "Thursday", "last Friday", "Wednesday night", "the previous Friday".
    pub(super) fn weekday(&self, i: usize) -> Option<M> {
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
    pub(super) fn clock(&self, i: usize) -> Option<M> {
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
                let glued_minutes = self.glued(i + 1) && self.glued(i + 2);
                let (min, j) = if self.punct(i + 1, ":") && glued_minutes {
                    (Some(self.num(i + 2, 2..=2).filter(|&m| m < 60)?), i + 3)
                } else if self.punct(i + 1, ".")
                    && glued_minutes
                    && self.num(i + 2, 2..=2).is_some_and(|m| m < 60)
                    && self.meridiem(i + 3).is_some()
                {
                    // British "7.15pm": a dot for the colon, only before
                    // am/pm (else it is a decimal).
                    (self.num(i + 2, 2..=2), i + 3)
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
    pub(super) fn meridiem(&self, j: usize) -> Option<(bool, usize)> {
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
    pub(super) fn day_part(&self, i: usize) -> Option<M> {
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
}
