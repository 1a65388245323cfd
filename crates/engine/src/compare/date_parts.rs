//! The parts of a stated date: a TIMEX3 value taken apart ("2024-03-14",
//! "XXXX-WXX-4"), kept to what the words themselves state, and whether two
//! such dates can be the same day. Pure values: the date rule (`dates`),
//! the frames and the self-check read them.

use crate::claims::time::CivilDate;
use crate::lexicon::{MONTHS_NAMES, WEEKDAYS_NAMES};

/// The parts of a TIMEX3 DATE/TIME value that can be compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct DateParts {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub weekday: Option<u8>,
}

impl DateParts {
    /// True when the latest day these parts can be is more than `days`
    /// before `anchor`: "2004" or "March 2011" told in a story of August
    /// 2011 (a year alone: its last day).
    pub(crate) fn before(&self, anchor: CivilDate, days: i64) -> bool {
        let Some(year) = self.year else { return false };
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| {
            (28..=31).rev().find(|&d| CivilDate::new(year, month, d).is_some()).unwrap_or(28)
        });
        CivilDate::new(year, month, day)
            .is_some_and(|d| d.add_days(days).to_days() < anchor.to_days())
    }
}

/// `"2024-03-14"`, `"XXXX-03-14"`, `"2024-03-14TNI"`, `"XXXX-WXX-4"`,
/// `"2024-03"` → their parts; durations, sets and `*_REF` → None.
pub(crate) fn parse(value: &str) -> Option<DateParts> {
    let date = value.split('T').next().unwrap_or("");
    let parts: Vec<&str> = date.split('-').collect();
    let num = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.chars().all(|c| c.is_ascii_digit())).then(|| s.parse().ok()).flatten()
    };
    let year = parts.first().and_then(|y| num(y)).map(|y| y as i32);
    if parts.first().is_none_or(|y| y.len() != 4 || (year.is_none() && *y != "XXXX")) {
        return None;
    }
    match parts.get(1) {
        Some(w) if w.starts_with('W') => {
            let weekday =
                parts.get(2).and_then(|d| num(d)).filter(|d| (1..=7).contains(d)).map(|d| d as u8);
            weekday.map(|wd| DateParts { year: None, month: None, day: None, weekday: Some(wd) })
        }
        Some(m) => {
            let month = num(m).filter(|m| (1..=12).contains(m)).map(|m| m as u8)?;
            let day =
                parts.get(2).and_then(|d| num(d)).filter(|d| (1..=31).contains(d)).map(|d| d as u8);
            let weekday = match (year, day) {
                (Some(y), Some(d)) => Some(CivilDate { year: y, month, day: d }.weekday()),
                _ => None,
            };
            Some(DateParts { year, month: Some(month), day, weekday })
        }
        None => year.map(|y| DateParts { year: Some(y), ..Default::default() }),
    }
}

/// Keeps only what the words themselves state: a date resolved from
/// "later today" or "the previous day" depends on an anchor the versions
/// may not share, so it is not compared; "Thursday" states a weekday only
/// (whatever date it was resolved to); "March 13" states no year.
///
/// `"March 13"` + 2025-03-13 → XXXX-03-13; `"Thursday"` + 2025-12-04 →
/// weekday 4; `"the previous day"` → None.
pub(crate) fn as_stated(text: &str, parts: DateParts) -> Option<DateParts> {
    let lower = text.to_lowercase();
    let words: Vec<&str> =
        lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let has_year = words.iter().any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
    // A month is named by its first three letters or more ("Dec", "Decem…").
    let month_prefix = |w: &str| MONTHS_NAMES.iter().any(|(m, _)| w.starts_with(&m[..3]));
    let has_month = words.iter().any(|w| w.len() >= 3 && month_prefix(w))
        || lower.chars().filter(|c| *c == '/' || *c == '-').count() >= 1
            && words.iter().filter(|w| w.chars().all(|c| c.is_ascii_digit())).count() >= 2;
    let weekday = words
        .iter()
        .find_map(|w| WEEKDAYS_NAMES.iter().find(|(d, _)| w.starts_with(d)).map(|(_, n)| n as u8));
    if has_month {
        let mut p = parts;
        if !has_year {
            p.year = None;
            p.weekday = weekday;
        }
        return Some(p);
    }
    match weekday {
        Some(wd) => Some(DateParts { weekday: Some(wd), ..Default::default() }),
        // "in 2019": a year alone.
        None if has_year && parts.year.is_some() => {
            Some(DateParts { year: parts.year, ..Default::default() })
        }
        None => None,
    }
}

/// True when two dates can be the same day (or period).
pub(crate) fn compatible(a: &DateParts, b: &DateParts) -> bool {
    let same = |x: Option<i64>, y: Option<i64>| x.is_none() || y.is_none() || x == y;
    same(a.year.map(i64::from), b.year.map(i64::from))
        && same(a.month.map(i64::from), b.month.map(i64::from))
        && same(a.day.map(i64::from), b.day.map(i64::from))
        && same(a.weekday.map(i64::from), b.weekday.map(i64::from))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_are_checked_against_the_calendar() {
        let thursday = parse("XXXX-WXX-4").unwrap();
        assert!(compatible(&thursday, &parse("2024-03-14").unwrap()));
        assert!(!compatible(&thursday, &parse("2024-03-15").unwrap()));
        assert!(compatible(&parse("XXXX-03-14").unwrap(), &parse("2024-03-14TNI").unwrap()));
        assert!(!compatible(&parse("2024-03-14").unwrap(), &parse("2024-03-15").unwrap()));
        assert!(parse("P4Y").is_none());
        assert!(parse("PRESENT_REF").is_none());
    }

    #[test]
    fn only_what_the_words_state_is_compared() {
        let p = |t: &str, v: &str| as_stated(t, parse(v).unwrap());
        assert_eq!(p("March 13", "2025-03-13").unwrap().year, None);
        assert_eq!(p("March 13, 2024", "2024-03-13").unwrap().year, Some(2024));
        assert_eq!(
            p("Thursday", "2025-12-04"),
            Some(DateParts { weekday: Some(4), ..Default::default() })
        );
        assert_eq!(p("the previous day", "2025-12-03"), None);
        assert_eq!(p("later today", "2024-03-15"), None);
        // "Wednesday" fits "March 13" of an unstated year.
        assert!(compatible(
            &p("Wednesday", "XXXX-WXX-3").unwrap(),
            &p("March 13", "2025-03-13").unwrap()
        ));
    }
}
