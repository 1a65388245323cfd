//! Two numbers as one quantity: ranges ("10 to 12", "10-12") and votes or
//! scores ("7-2", "seven to two").

use super::*;

impl Sentence<'_> {
    /// Joins "10 to 12", "10-12", "between 10 and 12", "$12 billion to $13
    /// billion" into a range and "7-2", "seven to two" (with a vote or a
    /// win nearby) into a score.
    pub(super) fn join_second(&self, q: &mut Draft) -> Option<Skip> {
        if let Form::Pair(b) = q.core.form {
            if q.core.plain && (is_year(q.value) || is_year(b)) {
                return Some(Skip { next: q.end });
            }
            if q.measure.is_none() && (self.score_context(q.start, q.end) || q.value > b) {
                q.measure = Some(Measure::Score { other: b });
            } else if q.value < b {
                q.upper = Some(b);
            }
            return None;
        }
        if q.core.form != Form::Cardinal {
            return None;
        }
        let prev = self.before(q.start, 1);
        let between = prev == "between";
        let conn = self.low(q.end);
        // "from 10 to 12", "rose 5% to 7%": a change, not a range; but "cut
        // by 20 to 30 percent" is a range.
        let own_unit = q.measure.is_some() && q.currency.is_none() || q.end > q.core.end;
        let change = prev == "from"
            || own_unit
                && matches!(
                    prev,
                    "by" | "rose"
                        | "fell"
                        | "increased"
                        | "decreased"
                        | "dropped"
                        | "climbed"
                        | "jumped"
                        | "grew"
                        | "declined"
                        | "slipped"
                        | "gained"
                        | "raised"
                        | "cut"
                        | "lowered"
                        | "up"
                        | "down"
                        | "rising"
                        | "falling"
                        | "surged"
                        | "plunged"
                );
        let ok = match conn {
            "to" | "-" | "\u{2013}" => !change,
            "and" => between,
            "or" => true,
            _ => false,
        };
        if !ok {
            return None;
        }
        let bi = q.end + 1;
        let (currency, ci) = match self.currency_prefix(bi) {
            Some((c, ci)) => (Some(c), ci),
            None => (None, bi),
        };
        let core = self.core(ci)?;
        if core.form != Form::Cardinal {
            return None;
        }
        let mut second = Draft::new(bi, core, currency);
        if !self.units(&mut second) {
            // "six to 75 years": the whole range is a duration.
            return if conn == "or" && !second.core.word {
                None
            } else {
                Some(Skip { next: second.end })
            };
        }
        if q.core.plain && second.core.plain && is_year(q.value) && is_year(second.value) {
            return Some(Skip { next: second.end });
        }
        if conn == "or" && !(second.value == q.value + 1.0 && q.measure.is_none()) {
            return None; // "two or three" only
        }
        let mut a = q.value;
        if !q.core.scaled && second.core.scaled && q.value < second.core.value / second.core.scale {
            a *= second.core.scale; // "12 to 13 billion"
        }
        let compatible = match (&q.measure, &second.measure) {
            (None, _) | (_, None) => true,
            (Some(x), Some(y)) => x == y,
        };
        if !compatible {
            return None;
        }
        let measure = q.measure.clone().or(second.measure.clone());
        if matches!(conn, "to" | "-" | "\u{2013}")
            && q.measure.is_none()
            && self.score_context(q.start, second.end)
        {
            q.measure = Some(Measure::Score { other: second.value });
        } else if a < second.value {
            q.value = a;
            q.upper = Some(second.value);
            q.measure = measure;
            if q.counted_fixed.is_none() {
                q.counted_fixed = second.counted_fixed.take();
            }
        } else {
            return None;
        }
        if between {
            q.span_start = q.start - 1;
        }
        q.end = second.end;
        None
    }

    /// Is "N-M" or "N to M" (tokens `start..end`) a vote or a score?
    pub(super) fn score_context(&self, start: usize, end: usize) -> bool {
        let prev = self.before(start, 1);
        let prev2 = self.before(start, 2);
        is_score_verb(prev)
            || (matches!(prev, "a" | "an") && is_score_verb(prev2))
            || (prev == "of" && matches!(prev2, "vote" | "margin" | "score" | "tally"))
            || is_score_noun(self.low(end))
    }
}
