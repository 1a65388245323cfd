//! Reading numbers: digit strings ("40,000", "4.5") and English number
//! words ("forty thousand", "a dozen", "two and a half million").

use crate::lexicon::{NUMBERS_CARDINALS, NUMBERS_ORDINALS};

/// `"zero"` … `"nineteen"`, `"twenty"` … `"ninety"` → value.
pub fn cardinal_word(w: &str) -> Option<f64> {
    NUMBERS_CARDINALS.get(w).map(f64::from)
}

/// `"second"` … `"ninetieth"`, `"hundredth"` → value. "first" is left out on
/// purpose: it is rarely a checkable fact ("at first", "first time").
pub fn ordinal_word(w: &str) -> Option<f64> {
    if w == "first" {
        return None;
    }
    NUMBERS_ORDINALS.get(w).map(f64::from)
}

/// The denominator a fraction word stands for: "half" → 2, "thirds" → 3,
/// "quarter" → 4.
pub fn fraction_denominator(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}

/// `"twenty-five"` → 25.
fn tens_and_unit(w: &str) -> Option<f64> {
    let (t, u) = w.split_once('-')?;
    let (t, u) = (cardinal_word(t)?, cardinal_word(u)?);
    (t >= 20.0 && t % 10.0 == 0.0 && (1.0..10.0).contains(&u)).then_some(t + u)
}

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Vague plurals: "dozens" → 12, "hundreds" → 100 (always approximate).
pub fn approx_plural(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 12.0,
        "hundreds" => 100.0,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        _ => return None,
    })
}

/// A number read from digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Digits {
    /// Its value.
    pub value: f64,
    /// Only digits: no group separator, no decimal point ("2024", not
    /// "2,024" or "20.24"). Years and ids look like this.
    pub plain: bool,
}

/// `"40,000"` → 40000, `"4.5"` → 4.5, `"1,234.5"` → 1234.5. Group
/// separators must group by three; anything else is not a number.
pub fn parse_digits(s: &str) -> Option<Digits> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        return None;
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if int.is_empty()
        || frac.is_some_and(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let mut groups = int.split(',');
    let first = groups.next().unwrap_or("");
    if first.is_empty() || (int.contains(',') && first.len() > 3) {
        return None;
    }
    let mut digits = String::with_capacity(s.len());
    digits.push_str(first);
    for g in groups {
        if g.len() != 3 {
            return None;
        }
        digits.push_str(g);
    }
    if let Some(f) = frac {
        digits.push('.');
        digits.push_str(f);
    }
    let value: f64 = digits.parse().ok().filter(|v: &f64| v.is_finite())?;
    Some(Digits { value, plain: !s.contains([',', '.']) })
}

/// A number read from words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordNumber {
    /// Its value.
    pub value: f64,
    /// How many words it took.
    pub len: usize,
    /// True for vague plurals ("hundreds of").
    pub approx: bool,
    /// Set when the words end in an ordinal: "twenty-first" → 21.
    pub ordinal: bool,
}

/// Reads a cardinal number from the start of `words` (lower case, one word
/// or hyphen part each): `["forty", "thousand"]` → 40000, `["a", "dozen"]`
/// → 12, `["two", "and", "a", "half", "million"]` → 2.5e6, `["half", "a",
/// "million"]` → 5e5, `["hundreds", "of", "thousands"]` → 1e5 (approximate),
/// `["twenty", "first"]` → 21 (ordinal). Stops before anything else.
pub fn parse_number_words(words: &[&str]) -> Option<WordNumber> {
    let w = |i: usize| words.get(i).copied().unwrap_or("");
    // Vague plurals: "dozens", "tens of thousands", "hundreds of millions".
    if let Some(v) = approx_plural(w(0)).or(if w(0) == "tens" { Some(10.0) } else { None }) {
        if w(1) == "of" {
            if let Some(s) = approx_plural(w(2)).filter(|s| *s >= 1e3) {
                return Some(WordNumber { value: v * s, len: 3, approx: true, ordinal: false });
            }
        }
        if w(0) == "tens" {
            return None;
        }
        return Some(WordNumber { value: v, len: 1, approx: true, ordinal: false });
    }
    // "half a million", "half a dozen".
    if w(0) == "half" && matches!(w(1), "a" | "an") {
        let s = scale_word(w(2)).or(if w(2) == "dozen" { Some(12.0) } else { None })?;
        return Some(WordNumber { value: 0.5 * s, len: 3, approx: false, ordinal: false });
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut seen = false;
    let mut i = 0;
    let mut last_small: Option<f64> = None; // the last units/tens word, to allow "twenty five"
    let mut ordinal = false;
    while i < words.len() {
        let word = w(i);
        if let Some(v) = cardinal_word(word).or_else(|| tens_and_unit(word)) {
            if let Some(prev) = last_small {
                // Only "twenty five": a tens word then a unit.
                if !(prev >= 20.0 && prev % 10.0 == 0.0 && v < 10.0 && v > 0.0) {
                    break;
                }
            }
            current += v;
            seen = true;
            last_small = Some(v);
            i += 1;
            continue;
        }
        if seen && last_small.is_some_and(|p| p >= 20.0 && p % 10.0 == 0.0) {
            if let Some(v) = ordinal_word(word)
                .or(if word == "first" { Some(1.0) } else { None })
                .filter(|v| *v < 10.0)
            {
                current += v;
                ordinal = true;
                i += 1;
                break;
            }
        }
        if word == "a" || word == "an" {
            // "a hundred", "a million", "a dozen"; "and a half".
            if !seen
                && matches!(
                    w(i + 1),
                    "hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen"
                )
            {
                current = 1.0;
                seen = true;
                i += 1;
                continue;
            }
            if seen && w(i - 1) == "and" && w(i + 1) == "half" {
                current += 0.5;
                i += 2;
                last_small = None;
                continue;
            }
            break;
        }
        if !seen {
            break;
        }
        match word {
            "hundred" => {
                current = if current == 0.0 { 100.0 } else { current * 100.0 };
                last_small = None;
            }
            "dozen" => {
                current = if current == 0.0 { 12.0 } else { current * 12.0 };
                last_small = None;
            }
            "and" => {
                // "one hundred and twenty", "two and a half".
                let next = w(i + 1);
                if cardinal_word(next).is_none() && !(next == "a" && w(i + 2) == "half") {
                    break;
                }
                i += 1;
                continue;
            }
            _ => {
                if let Some(s) = scale_word(word) {
                    total += if current == 0.0 { s } else { current * s };
                    current = 0.0;
                    last_small = None;
                } else {
                    break;
                }
            }
        }
        i += 1;
    }
    if !seen {
        return None;
    }
    // Never end on "and": "two and" gives back the "and".
    let mut len = i;
    while len > 0 && w(len - 1) == "and" {
        len -= 1;
    }
    Some(WordNumber { value: total + current, len, approx: false, ordinal })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Option<(f64, usize)> {
        let ws: Vec<&str> = s.split([' ', '-']).collect();
        parse_number_words(&ws).map(|n| (n.value, n.len))
    }

    #[test]
    fn number_words() {
        assert_eq!(words("six people"), Some((6.0, 1)));
        assert_eq!(words("forty thousand residents"), Some((40000.0, 2)));
        assert_eq!(words("twenty-five"), Some((25.0, 2)));
        assert_eq!(words("a dozen eggs"), Some((12.0, 2)));
        assert_eq!(words("two dozen"), Some((24.0, 2)));
        assert_eq!(words("one hundred and twenty people"), Some((120.0, 4)));
        assert_eq!(words("two and a half million"), Some((2.5e6, 5)));
        assert_eq!(words("half a million"), Some((5e5, 3)));
        assert_eq!(words("hundreds of thousands of people"), Some((1e5, 3)));
        assert_eq!(words("dozens of people"), Some((12.0, 1)));
        assert_eq!(words("two and three"), Some((2.0, 1)));
        assert_eq!(words("five six"), Some((5.0, 1)));
        assert_eq!(words("a man"), None);
        assert_eq!(words("tens of people"), None);
        assert_eq!(
            parse_number_words(&["twenty", "first"]).map(|n| (n.value, n.ordinal)),
            Some((21.0, true))
        );
    }

    #[test]
    fn digits() {
        assert_eq!(parse_digits("40,000").map(|d| d.value), Some(40000.0));
        assert_eq!(parse_digits("4.5").map(|d| (d.value, d.plain)), Some((4.5, false)));
        assert_eq!(parse_digits("2024").map(|d| d.plain), Some(true));
        assert_eq!(parse_digits("1,234.5").map(|d| d.value), Some(1234.5));
        assert_eq!(parse_digits("1,23"), None);
        assert_eq!(parse_digits("1234,567"), None);
        assert_eq!(parse_digits("4."), None);
    }
}
