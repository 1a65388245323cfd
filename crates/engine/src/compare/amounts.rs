//! Amounts as intervals: what a stated number allows. "more than 30" is
//! (30, ∞), "about 50" is 45 to 55, "dozens" is 24 to 99, "nearly 23,000"
//! is just under 23,000; "12 miles" is 19.3 km. Two versions disagree about
//! an amount only when their intervals cannot meet.

use super::Value;
use crate::claims::{Measure, Quantity};
use crate::lexicon::FnvHashMap as HashMap;
use crate::lexicon::{self, WordList};
use std::sync::OnceLock;

/// What an amount is measured in: two amounts compare only within one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Dimension {
    /// A count of things (the counted noun's class, "" when none is given).
    Count(String),
    /// A length, weight, area… in its base unit ("km", "kg").
    Unit(String),
    /// Money in a currency.
    Money(String),
    Percent,
    PercentagePoints,
    Age,
    Multiplier,
    /// A score, a vote or a record: "7-2".
    Score,
}

/// A stated amount.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Amount {
    pub dimension: Dimension,
    /// The smallest and largest value the words allow.
    pub low: f64,
    pub high: f64,
    /// The value as stated (in the base unit).
    pub point: f64,
    /// True when the words pin it down ("34", "7.6"), false when bounded
    /// or vague ("more than 30", "dozens", "about 50").
    pub exact: bool,
    /// A score's second number ("2" of "7-2").
    pub second: Option<f64>,
    /// Which way a bound goes: "at least 14,000" (+1), "up to 60" (-1).
    pub direction: i8,
    /// The unit it is written in ("mile") and the interval the words allow
    /// in that unit, before the slack for a figure rounded in another unit:
    /// "about 20 miles" and "about 26 miles" are compared without it.
    pub written: Option<(String, f64, f64)>,
}

impl Amount {
    /// True when both can hold at once.
    pub(crate) fn compatible(&self, other: &Amount) -> bool {
        self.agrees(other, true)
    }

    /// True when both can hold at once. With `bounds_are_counts`, two bounds
    /// the same way are two counts of one thing: "at least 14,000" and "at
    /// least 40,000" disagree (a rewrite changed the figure), "more than
    /// 600" and "more than 640" do not; without it (separate reports, whose
    /// running counts grow), any two bounds the same way can both hold.
    pub(crate) fn agrees(&self, other: &Amount, bounds_are_counts: bool) -> bool {
        if self.dimension != other.dimension || self.second != other.second {
            return false;
        }
        if bounds_are_counts && self.direction != 0 && self.direction == other.direction {
            let (a, b) = (self.point.abs(), other.point.abs());
            return (a - b).abs() <= 0.1 * a.max(b);
        }
        if let (Some((u, lo, hi)), Some((w, olo, ohi))) = (&self.written, &other.written) {
            if u == w {
                return lo <= ohi && olo <= hi;
            }
        }
        self.low <= other.high && other.low <= self.high
    }
}

/// Unit forms → (base unit, size).
fn units() -> &'static HashMap<String, (String, f64)> {
    static TABLE: OnceLock<HashMap<String, (String, f64)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::default();
        for parts in lexicon::compare_units() {
            let [base, size, forms] = parts[..] else { continue };
            let Ok(size) = size.parse::<f64>() else { continue };
            for form in forms.split_whitespace() {
                map.entry(form.to_string()).or_insert((base.to_string(), size));
            }
        }
        map
    })
}

/// Counted nouns that name the same things.
pub(crate) fn counted_class(counted: &str) -> String {
    lexicon::COMPARE_COUNTED_CLASSES.get(counted).unwrap_or(counted).to_string()
}

/// Vague amount words: "dozens of homes" → 24 to 99.
fn vague(text: &str) -> Option<(f64, f64)> {
    let t = text.to_lowercase();
    let has = |w: &str| t.split(|c: char| !c.is_alphanumeric()).any(|x| x == w);
    if has("tens") && has("thousands") {
        Some((20_000.0, 99_999.0))
    } else if has("hundreds") && has("thousands") {
        Some((200_000.0, 999_999.0))
    } else if has("dozens") || has("scores") {
        Some((24.0, 99.0))
    } else if has("hundreds") {
        Some((200.0, 999.0))
    } else if has("thousands") {
        Some((2_000.0, 9_999.0))
    } else if has("millions") {
        Some((2e6, 9.99e6))
    } else if has("billions") {
        Some((2e9, 9.99e9))
    } else {
        None
    }
}

/// How far a stated number may be from what it rounds, as a share of it:
/// 50 → 0.1 (rounded to tens), 85 → 0.006, 0.5 → 0.1.
fn rounding(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 0.0;
    }
    let mut step = 1.0;
    if value.fract() == 0.0 {
        while step < 1e12 && (value / (step * 10.0)).fract() == 0.0 {
            step *= 10.0;
        }
    } else {
        while step > 1e-9 && (value / step).fract() != 0.0 {
            step /= 10.0;
        }
    }
    (step / 2.0) / value
}

/// The bound words in front of a number, from the claim's own text.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Bound {
    Above,
    AtLeast,
    Below,
    AtMost,
    About,
    JustUnder,
}

fn bound(text: &str) -> Option<Bound> {
    let t = text.to_lowercase();
    let t = t.trim_start();
    // No words of one bound begin words of another: at most one bound's
    // words start a text, whatever the order of the search.
    const BOUNDS: [(WordList, Bound); 6] = [
        (lexicon::COMPARE_BOUNDS_ABOVE, Bound::Above),
        (lexicon::COMPARE_BOUNDS_AT_LEAST, Bound::AtLeast),
        (lexicon::COMPARE_BOUNDS_BELOW, Bound::Below),
        (lexicon::COMPARE_BOUNDS_AT_MOST, Bound::AtMost),
        (lexicon::COMPARE_BOUNDS_JUST_UNDER, Bound::JustUnder),
        (lexicon::COMPARE_BOUNDS_ABOUT, Bound::About),
    ];
    BOUNDS.iter().find(|(words, _)| words.words().iter().any(|p| t.starts_with(p))).map(|&(_, b)| b)
}

/// The amount a quantity claim states, `text` being the claim's words
/// ("more than 400 children"). None for an ordinal (compared in place by
/// the slot rules).
pub(crate) fn amount(q: &Quantity, text: &str) -> Option<Amount> {
    let counted = q.counted.as_deref().unwrap_or("").to_lowercase();
    let (dimension, size) = match &q.measure {
        Measure::Count => match units().get(counted.as_str()) {
            Some((base, size)) => (Dimension::Unit(base.clone()), *size),
            None => (Dimension::Count(counted_class(&counted)), 1.0),
        },
        Measure::Money { currency } => (Dimension::Money(currency.to_uppercase()), 1.0),
        Measure::Percent => (Dimension::Percent, 1.0),
        Measure::PercentagePoints => (Dimension::PercentagePoints, 1.0),
        Measure::Age => (Dimension::Age, 1.0),
        Measure::Multiplier => (Dimension::Multiplier, 1.0),
        Measure::Score { .. } => (Dimension::Score, 1.0),
        Measure::Ordinal => return None,
    };
    let point = q.value * size;
    if !point.is_finite() {
        return None;
    }
    // A number written in another unit than its counterpart is rounded in
    // its own unit: allow for that ("75 kilometers (50 miles)").
    let converted = size != 1.0;
    let slack = if converted { rounding(q.value).max(0.06) } else { 0.0 };
    let (mut low, mut high, mut exact) = match q.upper {
        Some(u) if u * size > point => (point, u * size, false),
        _ => (point, point, true),
    };
    if let Some((lo, hi)) = vague(text) {
        if !text.chars().any(|c| c.is_ascii_digit()) {
            return Some(Amount {
                dimension,
                low: lo * size,
                high: hi * size,
                point,
                exact: false,
                second: None,
                direction: 0,
                written: None,
            });
        }
    }
    match bound(text) {
        Some(Bound::Above) => {
            low = point * (1.0 + 1e-9);
            high = f64::INFINITY;
            exact = false;
        }
        Some(Bound::AtLeast) => {
            high = f64::INFINITY;
            exact = false;
        }
        Some(Bound::Below) => {
            low = 0.0;
            high = point * (1.0 - 1e-9);
            exact = false;
        }
        Some(Bound::AtMost) => {
            low = 0.0;
            exact = false;
        }
        Some(Bound::JustUnder) => {
            low = point * 0.9;
            exact = false;
        }
        Some(Bound::About) => {
            low = low.min(point * 0.9);
            high = high.max(point * 1.1);
            exact = false;
        }
        None => {}
    }
    let written = converted.then(|| (counted.clone(), low, high));
    if slack > 0.0 {
        low = low.min(point * (1.0 - slack));
        high = high.max(point * (1.0 + slack));
    }
    let second = match q.measure {
        Measure::Score { other } => Some(other),
        _ => None,
    };
    let direction = match bound(text) {
        Some(Bound::Above | Bound::AtLeast) => 1,
        Some(Bound::Below | Bound::AtMost) => -1,
        _ => 0,
    };
    Some(Amount { dimension, low, high, point, exact, second, direction, written })
}

fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// The value a version states: equal for "six" and "6".
pub fn value_of(q: &Quantity) -> Value {
    let range = |v: f64| match q.upper {
        Some(u) if u != v => format!("{}-{}", num(v), num(u)),
        _ => num(v),
    };
    match &q.measure {
        Measure::Count | Measure::Age | Measure::Ordinal | Measure::Multiplier
            if q.upper.is_none() =>
        {
            Value::Number(q.value)
        }
        Measure::Count | Measure::Age | Measure::Ordinal | Measure::Multiplier => {
            Value::Text(range(q.value))
        }
        Measure::Percent => Value::Text(format!("{}%", range(q.value))),
        Measure::PercentagePoints => Value::Text(format!("{} pp", range(q.value))),
        Measure::Money { currency } => Value::Text(format!("{currency} {}", range(q.value))),
        Measure::Score { other } => Value::Text(format!("{}-{}", num(q.value), num(*other))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: f64, counted: &str) -> Quantity {
        Quantity {
            value,
            upper: None,
            measure: Measure::Count,
            qualifier: None,
            counted: (!counted.is_empty()).then(|| counted.to_string()),
            counted_span: None,
        }
    }

    fn agree(a: (f64, &str, &str), b: (f64, &str, &str)) -> bool {
        let x = amount(&q(a.0, a.1), a.2).unwrap();
        let y = amount(&q(b.0, b.1), b.2).unwrap();
        x.compatible(&y)
    }

    #[test]
    fn bounded_and_vague_amounts_are_intervals() {
        assert!(agree((30.0, "count", "more than 30 counts"), (34.0, "count", "34 counts")));
        assert!(!agree((30.0, "count", "more than 30 counts"), (30.0, "count", "30 counts")));
        assert!(agree((100.0, "home", "dozens of homes"), (50.0, "home", "about 50 homes")));
        assert!(!agree((14000.0, "", "at least 14,000"), (40000.0, "", "at least 40,000")));
        assert!(agree((600.0, "", "more than 600"), (640.0, "", "more than 640")));
        assert!(!agree((24000.0, "", "over 24,000"), (23000.0, "", "nearly 23,000")));
        assert!(!agree((1000.0, "person", "about 1,000"), (800.0, "person", "about 800")));
        assert!(agree((400.0, "child", "more than 400 children"), (401.0, "child", "401")));
        assert!(!agree((7.6, "", "7.6"), (7.7, "", "7.7")));
    }

    #[test]
    fn units_convert() {
        assert!(agree(
            (135.0, "kilometer", "about 135 kilometers"),
            (85.0, "mile", "about 85 miles")
        ));
        assert!(agree((75.0, "kilometer", "75 kilometers"), (50.0, "mile", "50 miles")));
        assert!(!agree((12.0, "mile", "12 miles"), (1.2, "mile", "1.2 miles")));
        assert!(!agree((128.0, "megabyte", "128MB"), (128.0, "gigabyte", "128GB")));
        assert!(agree((6.0, "mile", "6 miles"), (10.0, "kilometer", "10 kilometers")));
        // Two figures in the same unit need no slack for rounding in
        // another: "about 20" (18 to 22) and "about 26" miles cannot meet.
        assert!(!agree((20.0, "mile", "about 20 miles"), (26.0, "mile", "about 26 miles")));
        assert!(agree((20.0, "mile", "about 20 miles"), (21.0, "mile", "21 miles")));
    }
}
