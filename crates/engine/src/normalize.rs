//! Normalisation for comparison (never for display): two wordings that mean
//! the same compare equal after it.
//!
//! `"Six"` → `"6"`, `"three-year-old"` → `"3-year-old"`, `"’"` → `"'"`,
//! `"—"` → `"-"`, `"40,000"` → `"40000"`, `"percent"` → `"%"`.

/// The comparison form of one token.
pub fn normalize_token(token: &str) -> String {
    let mut s = String::with_capacity(token.len());
    for c in token.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' => s.push('\''),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}'
            | '\u{2033}' => s.push('"'),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
            | '\u{2212}' => s.push('-'),
            _ => s.extend(c.to_lowercase()),
        }
    }
    if s == "percent" || s == "pct" {
        return "%".to_string();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) && s.contains(',') {
        s.retain(|c| c != ',');
    }
    // Number words, alone or leading a hyphenated compound.
    let (head, tail) = match s.split_once('-') {
        Some((h, t)) => (h.to_string(), Some(t.to_string())),
        None => (s.clone(), None),
    };
    if let Some(n) = small_number_word(&head) {
        // "twenty-five" → "25"; "three-year-old" → "3-year-old".
        if let Some(t) = &tail {
            if let Some(unit) = small_number_word(t).filter(|u| *u < 10 && n >= 20 && n % 10 == 0) {
                return (n + unit).to_string();
            }
            return format!("{n}-{t}");
        }
        return n.to_string();
    }
    s
}

/// `"one"` … `"ninety"` → its value.
pub fn small_number_word(word: &str) -> Option<u64> {
    const WORDS: &[(&str, u64)] = &[
        ("zero", 0),
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("thirteen", 13),
        ("fourteen", 14),
        ("fifteen", 15),
        ("sixteen", 16),
        ("seventeen", 17),
        ("eighteen", 18),
        ("nineteen", 19),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    ];
    WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::normalize_token as n;

    #[test]
    fn equal_wordings_normalise_equal() {
        assert_eq!(n("Six"), n("6"));
        assert_eq!(n("three-year-old"), n("3-year-old"));
        assert_eq!(n("twenty-five"), n("25"));
        assert_eq!(n("\u{201c}"), n("\""));
        assert_eq!(n("\u{2014}"), n("-"));
        assert_eq!(n("40,000"), n("40000"));
        assert_eq!(n("percent"), n("%"));
        assert_ne!(n("six"), n("seven"));
    }
}
