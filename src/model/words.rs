//! Values as people read them. The engine compares normalised values —
//! TIMEX3 codes for times (`XXXX-WXX-2`, `P4Y`), `USD 12000000` for money,
//! lowercased keys for names and roles — that are right for comparing and
//! wrong for reading. What the page and the exports show goes through
//! [`shown_value`]: dates and durations in words, amounts with their
//! currency and thousands separators; names, roles and quotes are shown in
//! the version's own words instead (`None` here).

use storydiff_engine::compare::Value;
use storydiff_engine::ClaimKind;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// A value of a claim of `kind` as a person reads it, or `None` when the
/// version's own wording says it better (names, roles, quotes, sources).
///
/// `Time "XXXX-WXX-2"` → "Tuesday, week unknown"; `Quantity 40000` →
/// "40,000"; `Quantity "USD 12000000"` → "$12,000,000"; `Person "mayor
/// ellen park"` → `None`.
pub fn shown_value(kind: ClaimKind, value: &Value) -> Option<String> {
    match (kind, value) {
        (_, Value::Number(n)) => Some(number(*n)),
        (ClaimKind::Time, Value::Text(t)) => Some(timex(t)),
        (ClaimKind::Quantity, Value::Text(t)) => Some(amount(t)),
        _ => None,
    }
}

/// `40000` → "40,000"; `4.5` → "4.5"; `-3` → "-3".
pub fn number(n: f64) -> String {
    if n.fract() != 0.0 || n.abs() >= 1e15 {
        return format!("{n}");
    }
    let digits = format!("{}", n.abs() as i64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// `"USD 12000000"` → "$12,000,000"; `"EUR 4.5"` → "€4.5"; `"11%"`, `"7-2"`
/// as they are.
fn amount(text: &str) -> String {
    let Some((code, figure)) = text.split_once(' ') else { return text.to_string() };
    // A range: "USD 1150000000-1250000000".
    if let Some((a, b)) = figure.split_once('-').filter(|(a, _)| !a.is_empty()) {
        return format!("{} to {}", amount(&format!("{code} {a}")), amount(&format!("{code} {b}")));
    }
    let Ok(n) = figure.parse::<f64>() else { return text.to_string() };
    let symbol = match code {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        "INR" => "₹",
        _ => return format!("{} {code}", number(n)),
    };
    format!("{symbol}{}", number(n))
}

fn month(m: &str) -> Option<&'static str> {
    m.parse::<usize>().ok().filter(|m| (1..=12).contains(m)).map(|m| MONTHS[m - 1])
}

fn day(d: &str) -> Option<u32> {
    d.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
}

/// The weekday of a civil date (Monday = 0), Sakamoto's method.
fn weekday(y: i32, m: u32, d: u32) -> usize {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if m < 3 { y - 1 } else { y };
    let w = (y + y / 4 - y / 100 + y / 400 + T[(m - 1) as usize] + d as i32).rem_euclid(7);
    // w: 0 = Sunday.
    ((w + 6) % 7) as usize
}

/// A TIMEX3 value in words.
///
/// `"2025-12-02"` → "Tuesday, December 2, 2025"; `"XXXX-12-09"` →
/// "December 9, year unknown"; `"XXXX-WXX-2"` → "Tuesday, week unknown";
/// `"2025-12"` → "December 2025"; `"P4Y"` → "4 years";
/// `"2025-12-02T14:30"` → "Tuesday, December 2, 2025, 14:30";
/// `"PRESENT_REF"` → "now". Anything else is given as "a time" rather than
/// as code.
pub fn timex(value: &str) -> String {
    let (date, time) = match value.split_once('T') {
        Some((d, t)) if !d.is_empty() && !d.starts_with('P') => (d, Some(t)),
        _ => (value, None),
    };
    let mut out = match date {
        "PRESENT_REF" => "now".to_string(),
        "PAST_REF" => "in the past".to_string(),
        "FUTURE_REF" => "in the future".to_string(),
        _ if date.starts_with('P') => duration(date),
        _ => calendar(date),
    };
    if let Some(t) = time {
        let part = match t {
            "MO" => "morning".to_string(),
            "AF" => "afternoon".to_string(),
            "EV" => "evening".to_string(),
            "NI" => "night".to_string(),
            "DT" => "daytime".to_string(),
            clock if clock.len() >= 2 && clock.chars().take(2).all(|c| c.is_ascii_digit()) => {
                clock.chars().take(5).collect()
            }
            _ => String::new(),
        };
        if !part.is_empty() {
            out = if out == "a time" { part } else { format!("{out}, {part}") };
        }
    }
    out
}

/// `"2025-12-02"`, `"XXXX-12-09"`, `"XXXX-WXX-2"`, `"2025-W49"`,
/// `"2025-12"`, `"2025"`, `"2025-SU"`, `"2025-Q1"` in words.
fn calendar(date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    let year = parts.first().copied().unwrap_or("");
    let known_year = year.parse::<i32>().ok().filter(|_| year.len() == 4);
    let unknown = |s: &str| s.chars().all(|c| c == 'X');
    let year_words = |y: Option<i32>| y.map_or(", year unknown".to_string(), |y| format!(", {y}"));
    match parts.as_slice() {
        [_, m, d] if !unknown(m) && !m.starts_with('W') => match (month(m), day(d)) {
            (Some(name), Some(dd)) => match known_year {
                Some(y) => format!(
                    "{}, {name} {dd}, {y}",
                    WEEKDAYS[weekday(y, m.parse().unwrap_or(1), dd)]
                ),
                None => format!("{name} {dd}{}", year_words(None)),
            },
            _ => "a date".to_string(),
        },
        [_, w, d] if w.starts_with('W') => {
            let wd = d.parse::<usize>().ok().filter(|d| (1..=7).contains(d));
            let week = w.trim_start_matches('W');
            match (wd, unknown(week)) {
                (Some(wd), true) => format!("{}, week unknown", WEEKDAYS[wd - 1]),
                (Some(wd), false) => {
                    format!("{} of week {week}{}", WEEKDAYS[wd - 1], year_words(known_year))
                }
                (None, _) => "a day".to_string(),
            }
        }
        [_, w] if w.starts_with('W') && !unknown(w.trim_start_matches('W')) => {
            format!("week {}{}", w.trim_start_matches('W'), year_words(known_year))
        }
        [_, "SP"] => format!("spring{}", year_words(known_year)),
        [_, "SU"] => format!("summer{}", year_words(known_year)),
        [_, "FA"] => format!("autumn{}", year_words(known_year)),
        [_, "WI"] => format!("winter{}", year_words(known_year)),
        [_, q] if q.len() == 2 && q.starts_with('Q') => {
            format!("quarter {}{}", &q[1..], year_words(known_year))
        }
        [_, m] => match (month(m), known_year) {
            (Some(name), Some(y)) => format!("{name} {y}"),
            (Some(name), None) => format!("{name}, year unknown"),
            _ => "a date".to_string(),
        },
        [_] => match known_year {
            Some(y) => y.to_string(),
            None if year.len() == 3 && year.chars().all(|c| c.is_ascii_digit()) => {
                format!("the {year}0s")
            }
            None if year.len() == 2 && year.chars().all(|c| c.is_ascii_digit()) => {
                format!("the {}th century", year.parse::<u32>().unwrap_or(0) + 1)
            }
            None => "a time".to_string(),
        },
        _ => "a date".to_string(),
    }
}

/// `"P4Y"` → "4 years", `"PT3H"` → "3 hours", `"P1W"` → "1 week",
/// `"PXD"` → "days".
fn duration(code: &str) -> String {
    let body = code.trim_start_matches('P');
    let mut time = false;
    let mut amount = String::new();
    let mut parts = Vec::new();
    for c in body.chars() {
        match c {
            'T' => time = true,
            c if c.is_ascii_digit() || c == '.' || c == 'X' => amount.push(c),
            unit => {
                let (one, many) = match (unit, time) {
                    ('Y', _) => ("year", "years"),
                    ('M', false) => ("month", "months"),
                    ('W', _) => ("week", "weeks"),
                    ('D', _) => ("day", "days"),
                    ('H', _) => ("hour", "hours"),
                    ('M', true) => ("minute", "minutes"),
                    ('S', _) => ("second", "seconds"),
                    ('E', _) => ("decade", "decades"),
                    ('C', _) => ("century", "centuries"),
                    _ => ("", ""),
                };
                if !one.is_empty() {
                    parts.push(match amount.as_str() {
                        "" | "X" => many.to_string(),
                        "1" => format!("1 {one}"),
                        n => format!("{n} {many}"),
                    });
                }
                amount.clear();
            }
        }
    }
    if parts.is_empty() {
        "a length of time".to_string()
    } else {
        parts.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_dates() {
        assert_eq!(timex("2025-12-02"), "Tuesday, December 2, 2025");
        assert_eq!(timex("2024-03-15"), "Friday, March 15, 2024");
        assert_eq!(timex("XXXX-12-09"), "December 9, year unknown");
        assert_eq!(timex("XXXX-WXX-2"), "Tuesday, week unknown");
        assert_eq!(timex("2025-W49"), "week 49, 2025");
        assert_eq!(timex("2025-12"), "December 2025");
        assert_eq!(timex("XXXX-06"), "June, year unknown");
        assert_eq!(timex("2025"), "2025");
        assert_eq!(timex("2025-SU"), "summer, 2025");
        assert_eq!(timex("2025-12-02T14:30"), "Tuesday, December 2, 2025, 14:30");
        assert_eq!(timex("XXXX-WXX-5TNI"), "Friday, week unknown, night");
        assert_eq!(timex("PRESENT_REF"), "now");
        assert_eq!(timex("nonsense"), "a time");
    }

    #[test]
    fn durations_read_as_lengths() {
        assert_eq!(timex("P4Y"), "4 years");
        assert_eq!(timex("PT3H"), "3 hours");
        assert_eq!(timex("P1W"), "1 week");
        assert_eq!(timex("P1Y6M"), "1 year 6 months");
        assert_eq!(timex("PXD"), "days");
        assert_eq!(timex("PT30M"), "30 minutes");
    }

    #[test]
    fn amounts_read_with_their_currency() {
        let q = |t: &str| shown_value(ClaimKind::Quantity, &Value::Text(t.into()));
        assert_eq!(q("USD 12000000").as_deref(), Some("$12,000,000"));
        assert_eq!(q("USD 1400000000").as_deref(), Some("$1,400,000,000"));
        assert_eq!(q("11%").as_deref(), Some("11%"));
        assert_eq!(
            q("USD 1150000000-1250000000").as_deref(),
            Some("$1,150,000,000 to $1,250,000,000")
        );
        assert_eq!(q("7-2").as_deref(), Some("7-2"));
        assert_eq!(number(40000.0), "40,000");
        assert_eq!(number(4.5), "4.5");
        assert_eq!(number(-1200.0), "-1,200");
        assert_eq!(shown_value(ClaimKind::Person, &Value::Text("mayor ellen park".into())), None);
    }
}
