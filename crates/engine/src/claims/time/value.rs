//! TIMEX3 values: what the grammar found ([`Draft`]), the calendar points
//! they denote ([`Point`]), and their resolution against an anchor date.

use super::civil::{month_add, CivilDate};
use super::lexicon::{season_of_month, Unit};
use super::TimexType;

/// A calendar point at some granularity, i.e. a resolved DATE value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Point {
    /// `2025-12-02`
    Day(CivilDate),
    /// `2025-W49` (ISO week-year, week)
    Week(i32, u8),
    /// `2025-W49-WE`
    Weekend(i32, u8),
    /// `2025-12`
    Month(i32, u8),
    /// `2025-Q4`
    Quarter(i32, u8),
    /// `2025-H2`
    Half(i32, u8),
    /// `2025-SU`
    Season(i32, &'static str),
    /// `2025`
    Year(i32),
    /// `199` for the 1990s
    Decade(i32),
    /// `19` for the 20th century
    Century(i32),
}

impl Point {
    /// The point containing `date` at granularity `unit`.
    pub fn at(date: CivilDate, unit: Unit) -> Point {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Point::Day(date),
            Unit::Week => {
                let (y, w) = date.iso_week();
                Point::Week(y, w)
            }
            Unit::Month => Point::Month(date.year, date.month),
            Unit::Quarter => Point::Quarter(date.year, (date.month - 1) / 3 + 1),
            Unit::Year => Point::Year(date.year),
            Unit::Decade => Point::Decade(date.year.div_euclid(10)),
            Unit::Century | Unit::Millennium => Point::Century(date.year.div_euclid(100)),
        }
    }

    /// How fine the point is, as the unit of its size (halves and seasons
    /// count as quarters: finer than a year).
    pub fn granularity(self) -> Unit {
        match self {
            Point::Day(_) => Unit::Day,
            Point::Week(..) | Point::Weekend(..) => Unit::Week,
            Point::Month(..) => Unit::Month,
            Point::Quarter(..) | Point::Half(..) | Point::Season(..) => Unit::Quarter,
            Point::Year(_) => Unit::Year,
            Point::Decade(_) => Unit::Decade,
            Point::Century(_) => Unit::Century,
        }
    }

    /// The first day of the point.
    pub fn first_day(self) -> CivilDate {
        let ymd = |y: i32, m: u8| CivilDate { year: y, month: m, day: 1 };
        match self {
            Point::Day(d) => d,
            Point::Week(y, w) => CivilDate::from_iso_week(y, w),
            Point::Weekend(y, w) => CivilDate::from_iso_week(y, w).add_days(5),
            Point::Month(y, m) => ymd(y, m),
            Point::Quarter(y, q) => ymd(y, (q.clamp(1, 4) - 1) * 3 + 1),
            Point::Half(y, h) => ymd(y, if h == 2 { 7 } else { 1 }),
            Point::Season(y, s) => match s {
                "WI" => ymd(y - 1, 12),
                "SP" => ymd(y, 3),
                "SU" => ymd(y, 6),
                _ => ymd(y, 9),
            },
            Point::Year(y) => ymd(y, 1),
            Point::Decade(d) => ymd(d.saturating_mul(10), 1),
            Point::Century(c) => ymd(c.saturating_mul(100), 1),
        }
    }

    /// The point moved by `n` units, keeping its granularity when the unit
    /// allows it (a quarter moved by a year is a quarter); `None` when the
    /// unit is finer than the point (a year moved by a day).
    pub fn shift(self, unit: Unit, n: i64) -> Option<Point> {
        let years = match unit {
            Unit::Year => Some(n),
            Unit::Decade => Some(n * 10),
            Unit::Century => Some(n * 100),
            Unit::Millennium => Some(n * 1000),
            _ => None,
        };
        if let Some(years) = years {
            let years = years.clamp(-1_000_000, 1_000_000);
            let y = |y: i32| (i64::from(y) + years) as i32;
            return Some(match self {
                Point::Day(d) => Point::Day(d.add_months(years * 12)),
                Point::Week(yr, w) => Point::Week(y(yr), w.min(52)),
                Point::Weekend(yr, w) => Point::Weekend(y(yr), w.min(52)),
                Point::Month(yr, m) => Point::Month(y(yr), m),
                Point::Quarter(yr, q) => Point::Quarter(y(yr), q),
                Point::Half(yr, h) => Point::Half(y(yr), h),
                Point::Season(yr, s) => Point::Season(y(yr), s),
                Point::Year(yr) => Point::Year(y(yr)),
                Point::Decade(d) if years % 10 == 0 => Point::Decade(d + (years / 10) as i32),
                Point::Century(c) if years % 100 == 0 => Point::Century(c + (years / 100) as i32),
                _ => return None,
            });
        }
        let n = n.clamp(-10_000_000, 10_000_000);
        Some(match (unit, self) {
            (Unit::Quarter, Point::Quarter(y, q)) => {
                let (y, m) = month_add(y, (q - 1) * 3 + 1, 3 * n);
                Point::Quarter(y, (m - 1) / 3 + 1)
            }
            (Unit::Quarter, Point::Half(y, h)) if n % 2 == 0 => {
                let (y, m) = month_add(y, (h - 1) * 6 + 1, 3 * n);
                Point::Half(y, (m - 1) / 6 + 1)
            }
            (Unit::Quarter, Point::Month(y, m)) => {
                let (y, m) = month_add(y, m, 3 * n);
                Point::Month(y, m)
            }
            (Unit::Quarter, Point::Day(d)) => Point::Day(d.add_months(3 * n)),
            (Unit::Month, Point::Month(y, m)) => {
                let (y, m) = month_add(y, m, n);
                Point::Month(y, m)
            }
            (Unit::Month, Point::Day(d)) => Point::Day(d.add_months(n)),
            (Unit::Month, Point::Quarter(..)) if n % 3 == 0 => self.shift(Unit::Quarter, n / 3)?,
            (Unit::Week, Point::Day(d)) => Point::Day(d.add_days(7 * n)),
            (Unit::Week, Point::Week(y, w)) => {
                let (y, w) = CivilDate::from_iso_week(y, w).add_days(7 * n).iso_week();
                Point::Week(y, w)
            }
            (Unit::Week, Point::Weekend(y, w)) => {
                let (y, w) = CivilDate::from_iso_week(y, w).add_days(7 * n).iso_week();
                Point::Weekend(y, w)
            }
            (Unit::Day, Point::Day(d)) => Point::Day(d.add_days(n)),
            (Unit::Day, Point::Week(..) | Point::Weekend(..)) if n % 7 == 0 => {
                self.shift(Unit::Week, n / 7)?
            }
            _ => return None,
        })
    }

    /// The TIMEX3 value.
    pub fn render(self) -> String {
        match self {
            Point::Day(d) => d.to_string(),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::Season(y, s) => format!("{y:04}-{s}"),
            Point::Year(y) => format!("{y:04}"),
            Point::Decade(d) => format!("{d:03}"),
            Point::Century(c) => format!("{c:02}"),
        }
    }
}

/// The value of a point-like expression with no anchor to resolve it:
/// `"XXXX-XX-XX"` for a day, `"XXXX"` for a year.
pub(super) fn unknown(unit: Unit) -> &'static str {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
        Unit::Week => "XXXX-WXX",
        Unit::Month => "XXXX-XX",
        Unit::Quarter => "XXXX-QX",
        Unit::Year => "XXXX",
        Unit::Decade => "XXX",
        Unit::Century | Unit::Millennium => "XX",
    }
}

/// Where a relative expression counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Anchor {
    /// The document date: "yesterday", "last week", "two years ago".
    Dct,
    /// The date last mentioned, else the document date: "the previous
    /// day", "a year earlier".
    Mentioned,
    /// The quarter or half last mentioned, else the document date: "a year
    /// ago" in an earnings report means the same quarter a year before.
    DctOrPeriod,
    /// The period (week, month, quarter) around the date last mentioned,
    /// else the document date: "the previous week" after "Dec. 2".
    MentionedPeriod,
}

/// How a month, weekday or season without a year is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rel {
    /// By the tense of the sentence: "Thursday", "in March".
    Tense,
    /// Strictly before the document date: "last Friday", "last April".
    Last,
    /// The one of the current period: "this Thursday", "this summer".
    This,
    /// Strictly after the document date: "next Monday".
    Next,
    /// Strictly before the date last mentioned: "the previous Friday".
    Before,
    /// Strictly after the date last mentioned: "the following Monday".
    After,
}

/// A time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Clock {
    /// Hours and minutes, 24-hour: 9:30 p.m. → (21, 30).
    At(u8, u8),
    /// A part of the day: `"MO"`, `"AF"`, `"EV"`, `"NI"`.
    Part(&'static str),
    /// Midnight, `T24:00` in TIMEX3.
    Midnight,
}

impl Clock {
    fn render(self) -> String {
        match self {
            Clock::At(h, m) => format!("T{h:02}:{m:02}"),
            Clock::Part(p) => format!("T{p}"),
            Clock::Midnight => "T24:00".to_string(),
        }
    }
}

/// Holidays with a date fixed by rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Holiday {
    /// The same month and day every year.
    Fixed(u8, u8),
    /// The `nth` (negative: from the end) `weekday` of `month`.
    Nth { month: u8, weekday: u8, nth: i8 },
    /// Easter Sunday plus `offset` days.
    Easter(i8),
}

impl Holiday {
    /// The holiday's date in `year`.
    pub fn date(self, year: i32) -> Option<CivilDate> {
        match self {
            Holiday::Fixed(m, d) => CivilDate::new(year, m, d),
            Holiday::Nth { month, weekday, nth } => {
                let first = CivilDate::new(year, month, 1)?;
                if nth > 0 {
                    let lead = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
                    Some(first.add_days(lead + 7 * (i64::from(nth) - 1)))
                } else {
                    let last = first.add_months(1).add_days(-1);
                    let back = (i64::from(last.weekday()) - i64::from(weekday)).rem_euclid(7);
                    Some(last.add_days(-back - 7 * (i64::from(-nth) - 1)))
                }
            }
            Holiday::Easter(offset) => {
                // Anonymous Gregorian computus.
                let y = i64::from(year);
                let (a, b, c) = (y.rem_euclid(19), y.div_euclid(100), y.rem_euclid(100));
                let (d, e) = (b / 4, b % 4);
                let f = (b + 8) / 25;
                let g = (b - f + 1) / 3;
                let h = (19 * a + b - d - g + 15).rem_euclid(30);
                let (i, k) = (c / 4, c % 4);
                let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
                let m = (a + 11 * h + 22 * l) / 451;
                let month = (h + l - 7 * m + 114) / 31;
                let day = (h + l - 7 * m + 114) % 31 + 1;
                Some(CivilDate::new(year, month as u8, day as u8)?.add_days(i64::from(offset)))
            }
        }
    }
}

/// Which year a quarter or half belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearSpec {
    /// Written: "the third quarter of 1998".
    Given(i32),
    /// Relative to the document year: "last year's fourth quarter" → -1.
    Relative(i64),
    /// Not said: the document year, or the one before for a quarter that
    /// has not started yet and is not spoken of in the future tense.
    Unsaid,
}

/// A temporal expression as the grammar understood it, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Draft {
    /// A value that needs no anchor: durations, sets, `PRESENT_REF`.
    Fixed(TimexType, String),
    /// An absolute point: "Dec. 2, 2025", "1998", "the 1990s".
    Point(Point),
    /// A month and day without a year: "Dec. 8".
    MonthDay(u8, u8),
    /// A month without a year: "March", "last April".
    Month(u8, Rel),
    /// A month of a year relative to the document's: "February this
    /// year" (0), "June last year" (-1).
    MonthIn(u8, i64),
    /// A weekday, maybe with a part of the day: "Thursday", "Wednesday night".
    Weekday(u8, Rel, Option<&'static str>),
    /// A season without a year: "last fall".
    Season(&'static str, Rel),
    /// A holiday without a year: "Christmas", "last Thanksgiving".
    Holiday(Holiday, Rel),
    /// A weekend: `None` placed by tense, else this (0), last (-1), next (1).
    Weekend(Option<i64>),
    /// `n` units from an anchor, at the unit's granularity: "yesterday" is
    /// (Day, -1, Dct), "a year earlier" (Year, -1, Mentioned).
    Shift(Unit, i64, Anchor),
    /// A quarter (1-4) of a year.
    Quarter(u8, YearSpec),
    /// A half (1-2) of a year.
    Half(u8, YearSpec),
    /// "the quarter", "the latest period", "the year-ago quarter": the
    /// quarter last mentioned (else the last one completed), moved by years.
    ThatQuarter(i64),
    /// "the 1988 period": the quarter last mentioned, in that year.
    PeriodOf(i32),
    /// "the latest quarter": the quarter last mentioned unless it has not
    /// ended yet, else the last one completed.
    LatestQuarter,
    /// "the quarter ended Sept. 30": the quarter of the day named next.
    QuarterEnded,
    /// A time of day on a day (`None`: the day spoken of in the sentence,
    /// else the document date).
    Time(Option<Box<Draft>>, Clock),
}

/// The tense around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

/// What resolution needs to know.
pub(super) struct Context {
    /// The document creation date.
    pub dct: Option<CivilDate>,
    /// The point last mentioned before the expression.
    pub last: Option<Point>,
    /// The quarter or half last mentioned before the expression.
    pub last_period: Option<Point>,
    /// The day last mentioned before the expression.
    pub last_day: Option<CivilDate>,
    /// The last date written with its year ("March 14, 2024").
    pub last_explicit: Option<CivilDate>,
    /// The day of the next expression, when it is day-precise ("the
    /// quarter ended Sept. 30").
    pub next_day: Option<CivilDate>,
    /// The day spoken of in the expression's sentence, for bare clock times.
    pub sentence_day: Option<CivilDate>,
    /// The tense around the expression.
    pub tense: Tense,
}

/// A resolved expression.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Resolved {
    pub ty: TimexType,
    pub value: String,
    /// Computed against an anchor date.
    pub anchored: bool,
    /// The point denoted, which later anaphora may refer to.
    pub point: Option<Point>,
}

impl Resolved {
    fn fixed(ty: TimexType, value: impl Into<String>) -> Resolved {
        Resolved { ty, value: value.into(), anchored: false, point: None }
    }

    fn point(point: Point, anchored: bool) -> Resolved {
        Resolved { ty: TimexType::Date, value: point.render(), anchored, point: Some(point) }
    }

    fn unknown(value: impl Into<String>) -> Resolved {
        Resolved::fixed(TimexType::Date, value)
    }
}

/// Resolves a draft in its context.
pub(super) fn resolve(draft: &Draft, cx: &Context) -> Resolved {
    match *draft {
        Draft::Fixed(ty, ref value) => Resolved::fixed(ty, value.clone()),
        Draft::Point(p) => Resolved::point(p, false),
        // "March 14" after "March 14, 2024": the year the text gave.
        Draft::MonthDay(m, d) if cx.last_explicit.is_some_and(|e| e.month == m) => {
            let year = cx.last_explicit.map_or(0, |e| e.year);
            match CivilDate::new(year, m, d) {
                Some(date) => Resolved::point(Point::Day(date), true),
                None => Resolved::unknown(format!("XXXX-{m:02}-{d:02}")),
            }
        }
        Draft::MonthDay(m, d) => match cx.dct {
            Some(dct) => {
                let pick = nearest_year(dct, cx.tense, |y| CivilDate::new(y, m, d));
                pick.map_or_else(
                    || Resolved::unknown(format!("XXXX-{m:02}-{d:02}")),
                    |date| Resolved::point(Point::Day(date), true),
                )
            }
            None => Resolved::unknown(format!("XXXX-{m:02}-{d:02}")),
        },
        Draft::Holiday(h, rel) => {
            let tense = match rel {
                Rel::Last | Rel::Before => Tense::Past,
                Rel::Next | Rel::After => Tense::Future,
                _ => cx.tense,
            };
            let strict = |d: &CivilDate, dct: CivilDate| match rel {
                Rel::Last | Rel::Before => *d < dct,
                Rel::Next | Rel::After => *d > dct,
                _ => true,
            };
            let pick = cx.dct.and_then(|dct| {
                let years = dct.year - 1..=dct.year + 1;
                let candidates = years.filter_map(|y| h.date(y)).filter(|d| strict(d, dct));
                nearest(dct, tense, candidates)
            });
            match pick {
                Some(date) => Resolved::point(Point::Day(date), true),
                None => Resolved::unknown(match h {
                    Holiday::Fixed(m, d) => format!("XXXX-{m:02}-{d:02}"),
                    _ => "XXXX-XX-XX".to_string(),
                }),
            }
        }
        Draft::Month(m, rel) => match cx.dct {
            Some(dct) => {
                let year = match rel {
                    Rel::Last | Rel::Before => dct.year - i32::from(m >= dct.month),
                    Rel::Next | Rel::After => dct.year + i32::from(m <= dct.month),
                    Rel::This => dct.year,
                    // The nearest such month, one on the side the tense
                    // points away from counting three times as far.
                    Rel::Tense => {
                        let here = i64::from(dct.year) * 12 + i64::from(dct.month);
                        (dct.year - 1..=dct.year + 1)
                            .min_by_key(|&y| {
                                let diff = i64::from(y) * 12 + i64::from(m) - here;
                                diff.abs() * tense_weight(cx.tense, diff, 8)
                            })
                            .unwrap_or(dct.year)
                    }
                };
                Resolved::point(Point::Month(year, m), true)
            }
            None => Resolved::unknown(format!("XXXX-{m:02}")),
        },
        Draft::MonthIn(m, n) => match cx.dct {
            Some(dct) => Resolved::point(Point::Month((i64::from(dct.year) + n) as i32, m), true),
            None => Resolved::unknown(format!("XXXX-{m:02}")),
        },
        Draft::Weekday(wd, rel, part) => resolve_weekday(wd, rel, part, cx),
        Draft::Season(s, rel) => match cx.dct {
            Some(dct) => {
                let order = |y: i32, s: &str| i64::from(y) * 4 + season_index(s);
                let (cy, cs) = season_of(dct);
                let now = order(cy, cs);
                let this_year = order(cy, s);
                let year = match rel {
                    Rel::This => cy,
                    Rel::Last | Rel::Before => cy - i32::from(this_year >= now),
                    Rel::Next | Rel::After => cy + i32::from(this_year <= now),
                    Rel::Tense => match cx.tense {
                        Tense::Future => cy + i32::from(this_year < now),
                        _ => cy - i32::from(this_year > now),
                    },
                };
                Resolved::point(Point::Season(year, s), true)
            }
            None => Resolved::unknown(format!("XXXX-{s}")),
        },
        Draft::Weekend(n) => match cx.dct {
            Some(dct) => {
                let (y, w) = dct.iso_week();
                let weekend_now = dct.weekday() >= 6;
                let n = n.unwrap_or(match cx.tense {
                    Tense::Future => 0,
                    _ if weekend_now => 0,
                    _ => -1,
                });
                let p = Point::Weekend(y, w).shift(Unit::Week, n).unwrap_or(Point::Weekend(y, w));
                Resolved::point(p, true)
            }
            None => Resolved::unknown("XXXX-WXX-WE"),
        },
        Draft::Shift(unit, n, anchor) => resolve_shift(unit, n, anchor, cx),
        Draft::Quarter(q, spec) => match year_of(spec, cx, Point::Quarter(0, q)) {
            Some(y) => Resolved::point(Point::Quarter(y, q), !matches!(spec, YearSpec::Given(_))),
            None => Resolved::unknown(format!("XXXX-Q{q}")),
        },
        Draft::Half(h, spec) => match year_of(spec, cx, Point::Half(0, h)) {
            Some(y) => Resolved::point(Point::Half(y, h), !matches!(spec, YearSpec::Given(_))),
            None => Resolved::unknown(format!("XXXX-H{h}")),
        },
        Draft::ThatQuarter(years) => {
            let latest_completed =
                || cx.dct.and_then(|d| Point::at(d, Unit::Quarter).shift(Unit::Quarter, -1));
            let base = cx.last_period.or_else(latest_completed);
            match base.and_then(|b| b.shift(Unit::Year, years)) {
                Some(p) => Resolved::point(p, true),
                None => Resolved::unknown("XXXX-QX"),
            }
        }
        Draft::LatestQuarter => {
            let completed =
                cx.dct.and_then(|d| Point::at(d, Unit::Quarter).shift(Unit::Quarter, -1));
            let base = match (cx.last_period, completed) {
                (Some(p), Some(c)) if p.first_day() > c.first_day() => Some(c),
                (p, c) => p.or(c),
            };
            base.map_or_else(|| Resolved::unknown("XXXX-QX"), |p| Resolved::point(p, true))
        }
        Draft::QuarterEnded => match cx.next_day {
            Some(d) => Resolved::point(Point::at(d, Unit::Quarter), true),
            None => Resolved::unknown("XXXX-QX"),
        },
        Draft::PeriodOf(y) => match cx.last_period {
            Some(Point::Quarter(_, q)) => Resolved::point(Point::Quarter(y, q), true),
            Some(Point::Half(_, h)) => Resolved::point(Point::Half(y, h), true),
            _ => Resolved::point(Point::Year(y), false),
        },
        Draft::Time(ref day, clock) => {
            let (date_value, anchored, point) = match day {
                Some(d) => {
                    let r = resolve(d, cx);
                    (r.value, r.anchored, r.point)
                }
                // The day is borrowed, so it is no new reference.
                None => match cx.sentence_day.or(cx.dct) {
                    Some(date) => (date.to_string(), true, None),
                    None => ("XXXX-XX-XX".to_string(), false, None),
                },
            };
            Resolved {
                ty: TimexType::Time,
                value: format!("{date_value}{}", clock.render()),
                anchored,
                point,
            }
        }
    }
}

/// Among the candidates of the years around the document date, the one
/// nearest to it; a date on the side the tense points away from counts
/// double, so that "Aug. 6" said in the past in February is last August.
fn nearest_year(
    dct: CivilDate,
    tense: Tense,
    date_in: impl Fn(i32) -> Option<CivilDate>,
) -> Option<CivilDate> {
    nearest(dct, tense, (dct.year - 1..=dct.year + 1).filter_map(date_in))
}

/// The candidate nearest to `dct`, weighting by tense (see [`nearest_year`]).
fn nearest(
    dct: CivilDate,
    tense: Tense,
    candidates: impl Iterator<Item = CivilDate>,
) -> Option<CivilDate> {
    let here = dct.to_days();
    candidates.min_by_key(|d| {
        let diff = d.to_days() - here;
        diff.abs() * tense_weight(tense, diff, 2)
    })
}

/// How much farther a candidate `diff` away counts: `against` times when
/// it lies on the side the tense points away from; news speaks of the
/// past more often, so without a tense the future counts a little more.
fn tense_weight(tense: Tense, diff: i64, against: i64) -> i64 {
    match tense {
        Tense::Past if diff > 0 => against * 4,
        Tense::Future if diff < 0 => against * 4,
        Tense::Unknown if diff > 0 => 6,
        _ => 4,
    }
}

fn resolve_weekday(wd: u8, rel: Rel, part: Option<&'static str>, cx: &Context) -> Resolved {
    let (ty, suffix) = match part {
        Some(p) => (TimexType::Time, format!("T{p}")),
        None => (TimexType::Date, String::new()),
    };
    let base = match rel {
        Rel::Before | Rel::After => cx.last_day.or(cx.dct),
        _ => cx.dct,
    };
    let Some(base) = base else {
        return Resolved::fixed(ty, format!("XXXX-WXX-{wd}{suffix}"));
    };
    let back = (i64::from(base.weekday()) - i64::from(wd)).rem_euclid(7);
    let ahead = (i64::from(wd) - i64::from(base.weekday())).rem_euclid(7);
    let offset = match rel {
        Rel::Last | Rel::Before => -(if back == 0 { 7 } else { back }),
        Rel::Next | Rel::After => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        Rel::This => ahead,
        Rel::Tense => match cx.tense {
            Tense::Future => ahead,
            _ => -back,
        },
    };
    let date = base.add_days(offset);
    Resolved { ty, value: format!("{date}{suffix}"), anchored: true, point: Some(Point::Day(date)) }
}

fn resolve_shift(unit: Unit, n: i64, anchor: Anchor, cx: &Context) -> Resolved {
    let base = match anchor {
        Anchor::Dct => None,
        // The last date mentioned, at its own granularity: "a year
        // earlier" after "the third quarter" is a quarter.
        // "The previous day" counts from the last day mentioned, even if a
        // coarser date came in between.
        Anchor::Mentioned if unit <= Unit::Day => cx.last_day.map(Point::Day).or(cx.last),
        Anchor::Mentioned => cx.last,
        Anchor::DctOrPeriod => cx.last_period,
        Anchor::MentionedPeriod => {
            let around = cx.last.map(|p| {
                if p.granularity() < unit {
                    Point::at(p.first_day(), unit)
                } else {
                    p
                }
            });
            if let Some(p) = around.and_then(|p| p.shift(unit, n)) {
                return Resolved::point(p, true);
            }
            None
        }
    };
    if let Some(p) = base {
        // A date coarser than the step ("two weeks later" after "in 2021")
        // stays what it was: still the best that is known.
        // "The previous day" after "in 1998" is rather the day before the
        // document date.
        let coarser = p.granularity() > unit.max(Unit::Day);
        if n == 0 && !coarser {
            // "that year" after "June 1998" is 1998.
            return Resolved::point(Point::at(p.first_day(), unit), true);
        }
        if !(coarser && unit <= Unit::Day) {
            return Resolved::point(if coarser { p } else { p.shift(unit, n).unwrap_or(p) }, true);
        }
    }
    match cx.dct.and_then(|dct| Point::at(dct, unit).shift(unit, n)) {
        Some(p) => Resolved::point(p, true),
        None => Resolved::unknown(unknown(unit)),
    }
}

fn year_of(spec: YearSpec, cx: &Context, probe: Point) -> Option<i32> {
    match spec {
        YearSpec::Given(y) => Some(y),
        YearSpec::Relative(n) => cx.dct.map(|d| (i64::from(d.year) + n) as i32),
        YearSpec::Unsaid => {
            let dct = cx.dct?;
            let start = match probe {
                Point::Quarter(_, q) => Point::Quarter(dct.year, q).first_day(),
                Point::Half(_, h) => Point::Half(dct.year, h).first_day(),
                _ => return Some(dct.year),
            };
            Some(dct.year - i32::from(start > dct && cx.tense != Tense::Future))
        }
    }
}

/// Seasons in calendar order within a "season year" (December belongs to
/// the next year's winter).
fn season_index(s: &str) -> i64 {
    match s {
        "WI" => 0,
        "SP" => 1,
        "SU" => 2,
        _ => 3,
    }
}

fn season_of(date: CivilDate) -> (i32, &'static str) {
    let year = date.year + i32::from(date.month == 12);
    (year, season_of_month(date.month))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CivilDate {
        CivilDate::parse_iso(s).unwrap()
    }

    #[test]
    fn points_shift_keeping_granularity() {
        let q = Point::Quarter(1989, 3);
        assert_eq!(q.shift(Unit::Year, -1).unwrap().render(), "1988-Q3");
        assert_eq!(q.shift(Unit::Quarter, 2).unwrap().render(), "1990-Q1");
        assert_eq!(
            Point::Day(d("2024-02-29")).shift(Unit::Year, 1).unwrap().render(),
            "2025-02-28"
        );
        assert_eq!(Point::Week(1998, 1).shift(Unit::Week, -1).unwrap().render(), "1997-W52");
        assert_eq!(Point::Year(1998).shift(Unit::Day, -1), None);
        assert_eq!(Point::at(d("1998-02-27"), Unit::Week).render(), "1998-W09");
        assert_eq!(Point::Decade(199).render(), "199");
        assert_eq!(Point::Weekend(1989, 43).render(), "1989-W43-WE");
    }

    #[test]
    fn holidays() {
        let date = |h: Holiday, y| h.date(y).unwrap().to_string();
        assert_eq!(date(Holiday::Easter(0), 2000), "2000-04-23");
        assert_eq!(date(Holiday::Easter(0), 2025), "2025-04-20");
        assert_eq!(date(Holiday::Nth { month: 11, weekday: 4, nth: 4 }, 1999), "1999-11-25");
        assert_eq!(date(Holiday::Nth { month: 5, weekday: 1, nth: -1 }, 2024), "2024-05-27");
    }
}
