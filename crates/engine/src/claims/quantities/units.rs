//! What follows a number core: percent and points, money, measurement
//! units, ages ("68-year-old"), multipliers, suffixes glued to the digits.

use super::*;

impl Sentence<'_> {
    /// Reads units after the core: %, percent, percentage points, basis
    /// points, currency words, "times", units of measure, "years old", and
    /// the suffix of a compound. False: it is a duration or time, skip it.
    pub(super) fn units(&self, q: &mut Draft) -> bool {
        let mut j = q.core.end;
        // "$5m", "€5 bn": after a currency sign, "m" and "b" are scales.
        if q.currency.is_some() && !q.core.scaled {
            if let Some(s) = scale(self.low(j)).filter(|_| q.core.form == Form::Cardinal) {
                q.value *= s;
                q.core.scaled = true;
                q.core.scale = s;
                j += 1;
            }
        }
        if q.core.bare_m && q.currency.is_none() {
            // "a 5m wall": metres unless people-like plurals follow.
            let next = self.low(j);
            if !(self.is_word(j) && looks_plural(next)) {
                q.value /= 1e6;
                q.counted_fixed =
                    Some(Counted::fixed(Some("meter".into()), self.span(q.core.start)));
            }
        }
        if let Some(c) = &q.currency {
            q.measure = Some(Measure::Money { currency: c.clone() });
        }
        if let Some(suffix) = q.core.suffix.clone() {
            if !self.suffix_units(q, &suffix) {
                q.end = j;
                return false;
            }
        }
        // Fractions: "half a percentage point", "three-quarters of a percentage point".
        if q.core.form == Form::Fraction {
            if matches!(self.low(j), "a" | "an") && self.low(j + 1) == "percentage" {
                j += 1;
            } else if self.low(j) == "of"
                && matches!(self.low(j + 1), "a" | "an")
                && self.low(j + 2) == "percentage"
            {
                j += 2;
            }
        }
        let l = self.low(j).to_string();
        let l1 = self.low(j + 1).to_string();
        let money = q.measure.is_some();
        match l.as_str() {
            "%" if !money => {
                q.measure = Some(Measure::Percent);
                j += 1;
            }
            "percent" | "pct" | "per-cent" if !money => {
                q.measure = Some(Measure::Percent);
                j += 1;
            }
            "per" if l1 == "cent" && !money => {
                q.measure = Some(Measure::Percent);
                j += 2;
            }
            "percentage" if matches!(l1.as_str(), "point" | "points") => {
                q.measure = Some(Measure::PercentagePoints);
                j += 2;
            }
            "basis" if matches!(l1.as_str(), "point" | "points") => {
                q.measure = Some(Measure::PercentagePoints);
                q.value /= 100.0;
                j += 2;
            }
            "bps" | "bp" if !money => {
                q.measure = Some(Measure::PercentagePoints);
                q.value /= 100.0;
                j += 1;
            }
            "cents" | "cent" if !money => {
                q.measure = Some(Measure::Money { currency: "USD".into() });
                q.value /= 100.0;
                j += 1;
            }
            "times" if !money && q.core.form == Form::Cardinal => {
                q.measure = Some(Measure::Multiplier);
                j += 1;
            }
            "pounds" | "pound"
                if !money && (q.core.scaled || l1 == "sterling") && self.low(j + 1) != "of" =>
            {
                q.measure = Some(Measure::Money { currency: "GBP".into() });
                j += if l1 == "sterling" { 2 } else { 1 };
            }
            _ if !money => {
                if let Some(code) = currency_word(&l)
                    .filter(|_| !matches!(l.as_str(), "real" | "rand" | "try" | "rs"))
                {
                    q.measure = Some(Measure::Money { currency: code.into() });
                    j += 1;
                } else if let Some(code) =
                    dollar_country(&l).filter(|_| matches!(l1.as_str(), "dollar" | "dollars"))
                {
                    q.measure = Some(Measure::Money { currency: code.into() });
                    j += 2;
                } else if is_time_unit(&l) && self.is_word(j) {
                    let (y, months) = (
                        matches!(l.as_str(), "year" | "years" | "yr" | "yrs"),
                        matches!(l.as_str(), "month" | "months"),
                    );
                    if (y || months) && l1 == "old" {
                        q.measure = Some(Measure::Age);
                        if months {
                            q.value /= 12.0;
                        }
                        j += 2;
                    } else if y && l1 == "of" && self.low(j + 2) == "age" {
                        q.measure = Some(Measure::Age);
                        j += 3;
                    } else if !(l == "second" && q.core.form != Form::Cardinal) {
                        q.end = j + 1;
                        return false; // a duration
                    }
                } else if matches!(l.as_str(), "a" | "p")
                    && self.low(j + 1) == "."
                    && self.low(j + 2) == "m"
                {
                    q.end = j + 3;
                    return false; // "9 a.m."
                } else if let Some(u) = unit(&l).filter(|_| {
                    self.is_word(j) && !matches!(q.core.form, Form::Ordinal | Form::Multiplier)
                }) {
                    if q.counted_fixed.is_none()
                        && !(l == "m" && q.core.scaled)
                        && !(l == "in" || l == "g" || l == "ha" || l == "min")
                    {
                        let mut name = u.to_string();
                        let mut span = self.span(j);
                        if matches!(self.before(j, 1), "square" | "cubic") {
                            name = format!("{} {u}", self.before(j, 1));
                            span = self.span(j - 1).cover(span);
                        }
                        q.counted_fixed = Some(Counted::fixed(Some(name), span));
                        j += 1;
                    }
                }
            }
            _ => {}
        }
        // Ordinals of time units are dates or durations: "fourth year", "third quarter".
        if q.core.form == Form::Ordinal && is_time_unit(self.low(j)) {
            q.end = j + 1;
            return false;
        }
        q.end = j;
        true
    }

    /// Units given by the rest of a hyphenated compound. False: skip.
    pub(super) fn suffix_units(&self, q: &mut Draft, suffix: &str) -> bool {
        let first = suffix.split('-').next().unwrap_or("");
        let age_scale = match suffix {
            "year-old" | "years-old" | "year-olds" | "years-olds" | "yr-old" | "yo" => Some(1.0),
            "month-old" | "months-old" | "month-olds" => Some(12.0),
            "week-old" | "weeks-old" | "week-olds" => Some(52.0),
            "day-old" | "days-old" | "day-olds" => Some(365.0),
            _ => None,
        };
        if let Some(den) = age_scale {
            if q.core.form != Form::Cardinal {
                return false;
            }
            q.measure = Some(Measure::Age);
            q.value /= den;
            if suffix.ends_with('s') {
                // "15-year-olds": the compound names the people.
                q.counted_fixed = Some(Counted::fixed(None, self.span(q.core.start)));
            }
            return true;
        }
        if q.core.form == Form::Ordinal {
            // A rank: "second-largest deal"; not "second-degree", "21st-century".
            return first.len() > 4 && first.ends_with("est") && !suffix.contains('-');
        }
        if is_time_unit(first) {
            return false; // "five-hour"
        }
        match first {
            "plus" => {
                q.qualifier = Some(Qualifier::AtLeast);
                true
            }
            "fold" => {
                q.measure = Some(Measure::Multiplier);
                true
            }
            "percent" => {
                q.measure = Some(Measure::Percent);
                true
            }
            "per" if suffix == "per-cent" => {
                q.measure = Some(Measure::Percent);
                true
            }
            "per" => {
                // "$25-per-share": a rate, counted per share.
                let what = suffix.split('-').nth(1).unwrap_or("");
                if what.is_empty() {
                    return false;
                }
                q.counted_fixed =
                    Some(Counted::fixed(Some(singularize(what)), self.span(q.core.start)));
                true
            }
            _ if q.core.value == 1.0 && q.core.word => false, // "one-time", "one-sided"
            _ => {
                if first.is_empty() || first.contains(|c: char| c.is_ascii_digit()) {
                    return false;
                }
                let name = unit(first).map_or_else(|| singularize(first), str::to_string);
                q.counted_fixed = Some(Counted::fixed(Some(name), self.span(q.core.start)));
                true
            }
        }
    }
}
