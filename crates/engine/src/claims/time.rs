//! Dates and times in TIMEX3 form.

use super::Claim;
use crate::Document;
use serde::Serialize;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct CivilDate {
    /// Year.
    pub year: i32,
    /// Month, 1-12.
    pub month: u8,
    /// Day of month, 1-31.
    pub day: u8,
}

/// The TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: 2025-12-02, 2013-W11, 1998.
    Date,
    /// A time of day: 2025-12-02T09:30, 2024-03-14TNI.
    Time,
    /// A length of time: P4Y, PT5H.
    Duration,
    /// A recurring time: XXXX-WXX-1 ("every Monday").
    Set,
}

/// Finds the temporal expressions of `doc`, resolved against `dct` or a
/// date found in the text.
pub fn extract_times(doc: &Document, dct: Option<CivilDate>) -> Vec<Claim> {
    let _ = (doc, dct);
    Vec::new()
}

impl CivilDate {
    /// ISO weekday, 1 = Monday … 7 = Sunday. `2024-03-14` → 4.
    pub fn weekday(self) -> u8 {
        // Days from civil (H. Hinnant), 1970-01-01 was a Thursday.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146097 + doe - 719468;
        ((days + 3).rem_euclid(7) + 1) as u8
    }
}

impl CivilDate {
    /// `"2025-12-02"` → 2025-12-02; anything else → None.
    pub fn parse_iso(s: &str) -> Option<CivilDate> {
        let mut it = s.trim().splitn(3, '-');
        let year = it.next()?.parse().ok()?;
        let month: u8 = it.next()?.parse().ok()?;
        let day: u8 = it.next()?.parse().ok()?;
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(CivilDate {
            year,
            month,
            day,
        })
    }
}
