//! Civil-date arithmetic on the proleptic Gregorian calendar.
//!
//! Written here rather than taken from a crate: the extractor needs only
//! day counts, weekdays, month steps and ISO weeks, which take ~1 KB of
//! wasm; `time` and `chrono` (no default features) add 3-4 KB and `jiff`
//! about 50 KB gzipped for the same calls.

use serde::Serialize;
use std::fmt;

/// A calendar date (proleptic Gregorian).
///
/// ```
/// use storydiff_engine::claims::CivilDate;
/// let d = CivilDate::parse_iso("2025-12-02").unwrap();
/// assert_eq!(d.weekday(), 2); // a Tuesday
/// assert_eq!(d.add_days(-1).to_string(), "2025-12-01");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct CivilDate {
    /// Year.
    pub year: i32,
    /// Month, 1-12.
    pub month: u8,
    /// Day of month, 1-31.
    pub day: u8,
}

/// Day numbers are kept within ±MAX_DAYS of 1970 so that no arithmetic on
/// them can overflow, whatever offset a text asks for.
const MAX_DAYS: i64 = 365_000_000;

impl CivilDate {
    /// The date `year-month-day`, if it exists: `(2024, 2, 30)` → `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<CivilDate> {
        let ok = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        ok.then_some(CivilDate { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, also when followed by a time (`1998-03-22T14:57:00`).
    /// `"2025-12-02"` → 2025-12-02; `"2025-02-30"` → `None`.
    pub fn parse_iso(s: &str) -> Option<CivilDate> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10
            || b[4] != b'-'
            || b[7] != b'-'
            || b.get(10).is_some_and(|&c| c != b'T' && c != b' ')
        {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
        };
        let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        CivilDate::new(y as i32, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday.
        ((self.to_days() + 3).rem_euclid(7) + 1) as u8
    }

    /// The date `n` days later (earlier for negative `n`); saturates at
    /// about ±1,000,000 years instead of overflowing.
    pub fn add_days(self, n: i64) -> CivilDate {
        let days = self.to_days().saturating_add(n.clamp(-2 * MAX_DAYS, 2 * MAX_DAYS));
        CivilDate::from_days(days)
    }

    /// The same day `n` months later, clamped to the month's length:
    /// 2024-01-31 + 1 month → 2024-02-29.
    pub fn add_months(self, n: i64) -> CivilDate {
        let (year, month) = month_add(self.year, self.month, n);
        CivilDate { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// The ISO 8601 week-numbering year and week (1-53).
    /// 2024-12-30 → (2025, 1).
    pub fn iso_week(self) -> (i32, u8) {
        let days = self.to_days();
        let thursday = days - i64::from(self.weekday()) + 4;
        let year = CivilDate::from_days(thursday).year;
        let jan1 = CivilDate { year, month: 1, day: 1 }.to_days();
        (year, ((thursday - jan1) / 7 + 1) as u8)
    }

    /// The Monday of ISO week `week` of ISO year `year` (week clamped to 1-53).
    pub fn from_iso_week(year: i32, week: u8) -> CivilDate {
        let jan4 = CivilDate { year, month: 1, day: 4 };
        let monday1 = jan4.add_days(1 - i64::from(jan4.weekday()));
        monday1.add_days(7 * (i64::from(week.clamp(1, 53)) - 1))
    }

    /// Days since 1970-01-01 (negative before).
    pub(crate) fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let m = i64::from(self.month.clamp(1, 12));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day.clamp(1, 31)) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub(crate) fn from_days(days: i64) -> CivilDate {
        let z = days.clamp(-MAX_DAYS, MAX_DAYS) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        CivilDate { year: year as i32, month, day }
    }
}

impl fmt::Display for CivilDate {
    /// `YYYY-MM-DD`: 2025-12-02.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Leap years of the proleptic Gregorian calendar.
pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1-12) of `year`; 0 for a month out of range.
pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        _ => 0,
    }
}

/// `(year, month)` moved by `n` months: (2024, 1) - 2 → (2023, 11).
pub(crate) fn month_add(year: i32, month: u8, n: i64) -> (i32, u8) {
    let n = n.clamp(-12_000_000, 12_000_000);
    let index = i64::from(year) * 12 + i64::from(month.clamp(1, 12)) - 1 + n;
    (index.div_euclid(12) as i32, (index.rem_euclid(12) + 1) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CivilDate {
        CivilDate::parse_iso(s).unwrap()
    }

    #[test]
    fn day_numbers_round_trip_over_a_wide_range() {
        let mut prev = CivilDate::from_days(-800_000);
        for days in -799_999..800_000 {
            let date = CivilDate::from_days(days);
            assert_eq!(date.to_days(), days);
            assert!(CivilDate::new(date.year, date.month, date.day).is_some());
            // Consecutive day numbers are consecutive dates.
            if date.day == 1 {
                assert_eq!(prev.day, days_in_month(prev.year, prev.month));
            } else {
                assert_eq!(
                    (date.year, date.month, date.day - 1),
                    (prev.year, prev.month, prev.day)
                );
            }
            prev = date;
        }
    }

    #[test]
    fn known_weekdays_and_weeks() {
        assert_eq!(d("1970-01-01").weekday(), 4);
        assert_eq!(d("2025-12-04").weekday(), 4);
        assert_eq!(d("2000-02-29").weekday(), 2);
        assert_eq!(d("1989-10-30").weekday(), 1);
        assert_eq!(d("2024-12-30").iso_week(), (2025, 1));
        assert_eq!(d("2021-01-03").iso_week(), (2020, 53));
        assert_eq!(d("1998-02-27").iso_week(), (1998, 9));
        assert_eq!(CivilDate::from_iso_week(2025, 1), d("2024-12-30"));
        assert_eq!(CivilDate::from_iso_week(2020, 53), d("2020-12-28"));
    }

    #[test]
    fn arithmetic_clamps_and_saturates() {
        assert_eq!(d("2024-01-31").add_months(1), d("2024-02-29"));
        assert_eq!(d("2024-03-15").add_months(-15), d("2022-12-15"));
        assert_eq!(d("2025-12-04").add_days(-1461).to_string(), "2021-12-04");
        let far = d("2025-01-01").add_days(i64::MAX);
        assert!(far.year > 900_000);
        let _ = d("2025-01-01").add_days(i64::MIN).add_months(i64::MIN).iso_week();
    }

    #[test]
    fn parse_iso_accepts_dates_and_timestamps_only() {
        assert_eq!(CivilDate::parse_iso("1998-03-22T14:57:00"), Some(d("1998-03-22")));
        assert_eq!(CivilDate::parse_iso("2025-02-29"), None);
        assert_eq!(CivilDate::parse_iso("2025-12-0x"), None);
        assert_eq!(CivilDate::parse_iso("2025-12-021"), None);
        assert_eq!(CivilDate::parse_iso("é025-12-02"), None);
        assert_eq!(d("0987-03-04").to_string(), "0987-03-04");
    }
}
