//! Normalisation for comparison (never for display): two wordings that mean
//! the same compare equal after it.
//!
//! `"Six"` → `"6"`, `"three-year-old"` → `"3-year-old"`, `"twenty-five"` →
//! `"25"`, `"’"` → `"'"`, `"—"` → `"-"`, `"40,000"` → `"40000"`,
//! `"percent"` → `"%"`, `"José"` → `"jose"`, `"U.S."` → `"us"`,
//! `"n't"` → `"not"`.
//!
//! Only single tokens are normalised here; the tokenizer
//! ([`crate::segment::tokenize`], which calls this module) cuts text so
//! that spacing differences (`"Trump 's"` / `"Trump's"`, `"do n't"` /
//! `"don't"`) give the same tokens, and [`crate::segment::normalize_text`]
//! normalises a phrase.

/// The comparison form of one token.
///
/// Case, typographic quotes and apostrophes, dashes, accents, full-width
/// forms and invisible characters (zero-width spaces, bidi controls, soft
/// hyphens) are folded away; number words become digits; digit grouping is
/// dropped.
///
/// ```
/// use storydiff_engine::normalize::normalize_token as n;
/// assert_eq!(n("Twenty-Five"), "25");
/// assert_eq!(n("three-year-old"), "3-year-old");
/// assert_eq!(n("1,200.5"), "1200.5");
/// assert_eq!(n("Trump\u{200b}’s"), "trump's");
/// ```
pub fn normalize_token(token: &str) -> String {
    let mut s = fold(token);
    if let Some(word) = word_equivalent(&s) {
        return word.to_string();
    }
    if is_dotted_abbreviation(&s) {
        s.retain(|c| c != '.');
        return s;
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        return if s.contains([',', '\'']) { ungroup_digits(&s) } else { s };
    }
    if let Some(n) = number_words(&s) {
        return n;
    }
    s
}

/// `"one"` … `"ninety"` → its value (any case).
pub fn small_number_word(word: &str) -> Option<u64> {
    if word.len() > 9 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    number_value(&word.to_ascii_lowercase())
}

/// [`small_number_word`] for a word already in lower case.
fn number_value(word: &str) -> Option<u64> {
    crate::lexicon::NUMBERS_CARDINALS.get(word).map(u64::from)
}

/// `"third"` → 3, `"twentieth"` → 20 (lower case). `"second"` is left out on
/// purpose: it is far more often the unit of time; so is `"hundredth"`,
/// which no compound number word here ends in.
fn ordinal_word(word: &str) -> Option<u64> {
    if matches!(word, "second" | "hundredth") {
        return None;
    }
    crate::lexicon::NUMBERS_ORDINALS.get(word).map(u64::from)
}

/// `21` → `"21st"`, `12` → `"12th"`.
fn ordinal_digits(n: u64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Words (and clitics) that have one comparison form with another spelling.
fn word_equivalent(s: &str) -> Option<&'static str> {
    if !matches!(s.as_bytes().first(), Some(b'p' | b'n' | b'\'' | b'%' | b'&' | b'-' | b'.' | b'"'))
    {
        return None;
    }
    Some(match s {
        "percent" | "pct" | "per-cent" | "%" => "%",
        "n't" => "not",
        "'re" => "are",
        "'ve" => "have",
        "'ll" => "will",
        "'m" => "am",
        "&" => "and",
        _ if s.len() >= 2 && s.bytes().all(|b| b == b'-') => "-",
        _ if s.len() >= 2 && s.bytes().all(|b| b == b'.') => "...",
        "''" | "\"\"" => "\"",
        _ => return None,
    })
}

/// `"u.s."`, `"a.m."`, `"ph.d."`: letters in runs of one or two, each
/// followed by a dot, at least two runs.
fn is_dotted_abbreviation(s: &str) -> bool {
    let Some(body) = s.strip_suffix('.') else { return false };
    let mut runs = 0;
    for run in body.split('.') {
        let n = run.chars().count();
        if !(1..=2).contains(&n) || !run.chars().all(char::is_alphabetic) {
            return false;
        }
        runs += 1;
    }
    runs >= 2
}

/// Drops thousands separators when the digits are grouped by three:
/// `"40,000"` → `"40000"`, `"1,234.5"` → `"1234.5"`, `"3,4"` stays.
fn ungroup_digits(s: &str) -> String {
    let lead_len =
        s.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '\'')).unwrap_or(s.len());
    let (lead, rest) = s.split_at(lead_len);
    let mut groups = lead.split([',', '\'']);
    let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
    let mut any = false;
    let rest_ok = groups.all(|g| {
        any = true;
        g.len() == 3
    });
    if first_ok && rest_ok && any {
        let mut out: String = lead.chars().filter(|c| c.is_ascii_digit()).collect();
        out.push_str(rest);
        out
    } else {
        s.to_string()
    }
}

/// Number words alone or leading a hyphenated compound:
/// `"six"` → `"6"`, `"twenty-five"` → `"25"`, `"three-year-old"` →
/// `"3-year-old"`, `"twenty-five-year-old"` → `"25-year-old"`,
/// `"twenty-first"` → `"21st"`.
fn number_words(s: &str) -> Option<String> {
    let (head, rest) = match s.split_once('-') {
        Some((h, r)) => (h, Some(r)),
        None => (s, None),
    };
    let (value, rest) = if let Some(n) = number_value(head) {
        let (unit, after) = match rest.filter(|_| n >= 20 && n % 10 == 0) {
            Some(r) => r.split_once('-').map_or((r, None), |(u, a)| (u, Some(a))),
            None => ("", None),
        };
        if let Some(u) = number_value(unit).filter(|u| (1..10).contains(u)) {
            ((n + u).to_string(), after)
        } else if let Some(o) =
            ordinal_word(unit).filter(|o| (1..10).contains(o)).or((unit == "second").then_some(2))
        {
            (ordinal_digits(n + o), after)
        } else {
            (n.to_string(), rest)
        }
    } else {
        (ordinal_digits(ordinal_word(head)?), rest)
    };
    let mut out = value;
    if let Some(rest) = rest {
        out.push('-');
        out.push_str(rest);
    }
    Some(out)
}

/// Characters that carry no letters: format controls that must not make two
/// spellings differ.
pub(crate) fn is_invisible(c: char) -> bool {
    !c.is_ascii()
        && matches!(
            c,
            '\u{00ad}' | '\u{034f}' | '\u{061c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}' | '\u{feff}'
        )
}

/// Diacritics that fold away: the combining marks used with Latin, Greek
/// and Cyrillic letters, and variation selectors.
fn is_foldable_mark(c: char) -> bool {
    !c.is_ascii()
        && matches!(
            c,
            '\u{0300}'..='\u{036f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}'
                | '\u{fe00}'..='\u{fe0f}' | '\u{fe20}'..='\u{fe2f}'
        )
}

/// Base letters of U+0100..=U+017F (Latin Extended-A), one per code point.
const LATIN_EXTENDED_A: &[u8; 128] = b"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/// Pushes the folded form of one char: quotes, dashes, case, accents,
/// full-width forms and ligatures.
fn push_folded(out: &mut String, c: char) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '\u{2039}'
        | '\u{203a}' | '\u{300e}' | '\u{300f}' | '\u{ff07}' => out.push('\''),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{00ab}' | '\u{00bb}'
        | '\u{2033}' | '\u{300c}' | '\u{300d}' | '\u{ff02}' => out.push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => {
            out.push('-')
        }
        '\u{2026}' => out.push_str("..."),
        '\u{00a0}' | '\u{2007}' | '\u{2009}' | '\u{202f}' => {}
        '\u{ff01}'..='\u{ff5e}' => {
            let ascii = char::from_u32(c as u32 - 0xfee0).unwrap_or(c);
            push_folded(out, ascii);
        }
        '\u{fb00}' => out.push_str("ff"),
        '\u{fb01}' => out.push_str("fi"),
        '\u{fb02}' => out.push_str("fl"),
        '\u{fb03}' => out.push_str("ffi"),
        '\u{fb04}' => out.push_str("ffl"),
        '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
        _ if is_invisible(c) || is_foldable_mark(c) => {}
        _ => {
            for l in c.to_lowercase().filter(|l| !is_foldable_mark(*l)) {
                push_latin_base(out, l);
            }
        }
    }
}

/// `é` → `e`, `ł` → `l`, `ß` → `ss`: Latin-1 and Latin Extended-A letters
/// to their base letters (lower case in, lower case out).
fn push_latin_base(out: &mut String, c: char) {
    let folded = match c {
        '\u{00e0}'..='\u{00e5}' => 'a',
        '\u{00e7}' => 'c',
        '\u{00e8}'..='\u{00eb}' => 'e',
        '\u{00ec}'..='\u{00ef}' => 'i',
        '\u{00f0}' => 'd',
        '\u{00f1}' => 'n',
        '\u{00f2}'..='\u{00f6}' | '\u{00f8}' => 'o',
        '\u{00f9}'..='\u{00fc}' => 'u',
        '\u{00fd}' | '\u{00ff}' => 'y',
        '\u{00e6}' => return out.push_str("ae"),
        '\u{00fe}' => return out.push_str("th"),
        '\u{00df}' => return out.push_str("ss"),
        '\u{0153}' => return out.push_str("oe"),
        '\u{0133}' => return out.push_str("ij"),
        '\u{0100}'..='\u{017f}' => {
            let base = LATIN_EXTENDED_A[(c as usize) - 0x100];
            char::from(base).to_ascii_lowercase()
        }
        _ => c,
    };
    out.push(folded);
}

fn fold(token: &str) -> String {
    if token.is_ascii() {
        let mut s = token.to_ascii_lowercase();
        if s.contains('`') {
            s = s.replace('`', "'");
        }
        return s;
    }
    let mut s = String::with_capacity(token.len());
    for c in token.chars() {
        push_folded(&mut s, c);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::normalize_token as n;

    #[test]
    fn equal_wordings_normalise_equal() {
        let pairs = [
            ("Six", "6"),
            ("three-year-old", "3-year-old"),
            ("Three-Year-Old", "3-year-old"),
            ("twenty-five", "25"),
            ("twenty-five-year-old", "25-year-old"),
            ("twenty-first", "21st"),
            ("Third", "3rd"),
            ("\u{201c}", "\""),
            ("\u{201d}", "\""),
            ("\u{2019}", "'"),
            ("\u{2014}", "-"),
            ("\u{2013}", "-"),
            ("--", "-"),
            ("\u{2026}", "..."),
            ("40,000", "40000"),
            ("40\u{202f}000", "40000"),
            ("1,234,567.89", "1234567.89"),
            ("percent", "%"),
            ("Percent", "%"),
            ("Jos\u{e9}", "jose"),
            ("Jose\u{301}", "jose"),
            ("\u{141}\u{f3}d\u{17a}", "lodz"),
            ("Stra\u{df}e", "strasse"),
            ("U.S.", "US"),
            ("a.m.", "AM"),
            ("n't", "not"),
            ("'re", "are"),
            ("Tr\u{200b}ump", "Trump"),
            ("\u{202a}Trump\u{202c}", "trump"),
            ("\u{ff34}\u{ff52}\u{ff55}\u{ff4d}\u{ff50}", "trump"),
            ("\u{ff11}\u{ff12}", "12"),
        ];
        for (a, b) in pairs {
            assert_eq!(n(a), n(b), "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn different_wordings_stay_different() {
        let pairs = [
            ("six", "seven"),
            ("3,4", "34"),
            ("second", "2nd"),
            ("4.5", "45"),
            ("1st", "first-rate"),
        ];
        for (a, b) in pairs {
            assert_ne!(n(a), n(b), "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn latin_extended_a_folds_to_ascii_letters() {
        for c in '\u{100}'..='\u{17f}' {
            let folded = n(&c.to_string());
            assert!(
                !folded.is_empty() && folded.chars().all(|c| c.is_ascii_lowercase()),
                "{c:?} → {folded:?}"
            );
        }
        assert_eq!(n("\u{17d}"), "z");
        assert_eq!(n("\u{151}"), "o");
        assert_eq!(n("\u{11e}"), "g");
    }
}
