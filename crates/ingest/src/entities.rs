//! HTML character references: `&amp;` → `&`, `&#8217;` → `’`. The named
//! ones are HTML 4's set (Latin-1, typographic marks, Greek), which is what
//! news pages use; an unknown name is left as written, as browsers do.

/// Latin-1 names for U+00A0..=U+00FF, in code point order.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// Greek letter names, capital and small, in code point order from U+0391
/// and U+03B1 (U+03A2 is unassigned; its small form is `sigmaf`).
const GREEK: [&str; 25] = [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigmaf", "sigma", "tau", "upsilon", "phi",
    "chi", "psi", "omega",
];

const OTHER: &[(&str, char)] = &[
    ("quot", '"'),
    ("amp", '&'),
    ("apos", '\''),
    ("lt", '<'),
    ("gt", '>'),
    ("OElig", '\u{152}'),
    ("oelig", '\u{153}'),
    ("Scaron", '\u{160}'),
    ("scaron", '\u{161}'),
    ("Yuml", '\u{178}'),
    ("fnof", '\u{192}'),
    ("circ", '\u{2C6}'),
    ("tilde", '\u{2DC}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("lrm", '\u{200E}'),
    ("rlm", '\u{200F}'),
    ("ndash", '\u{2013}'),
    ("mdash", '\u{2014}'),
    ("lsquo", '\u{2018}'),
    ("rsquo", '\u{2019}'),
    ("sbquo", '\u{201A}'),
    ("ldquo", '\u{201C}'),
    ("rdquo", '\u{201D}'),
    ("bdquo", '\u{201E}'),
    ("dagger", '\u{2020}'),
    ("Dagger", '\u{2021}'),
    ("bull", '\u{2022}'),
    ("hellip", '\u{2026}'),
    ("permil", '\u{2030}'),
    ("prime", '\u{2032}'),
    ("Prime", '\u{2033}'),
    ("lsaquo", '\u{2039}'),
    ("rsaquo", '\u{203A}'),
    ("oline", '\u{203E}'),
    ("frasl", '\u{2044}'),
    ("euro", '\u{20AC}'),
    ("trade", '\u{2122}'),
    ("larr", '\u{2190}'),
    ("uarr", '\u{2191}'),
    ("rarr", '\u{2192}'),
    ("darr", '\u{2193}'),
    ("harr", '\u{2194}'),
    ("minus", '\u{2212}'),
    ("asymp", '\u{2248}'),
    ("ne", '\u{2260}'),
    ("le", '\u{2264}'),
    ("ge", '\u{2265}'),
    ("infin", '\u{221E}'),
    ("nbhy", '\u{2011}'),
];

/// Windows-1252's characters at 0x80..=0x9F, which HTML maps numeric
/// references in that range to (`&#150;` → `–`); 0 = no character.
const C1_REMAP: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

fn named(name: &str) -> Option<char> {
    if let Some(i) = LATIN1.iter().position(|n| *n == name) {
        return char::from_u32(0xA0 + i as u32);
    }
    if let Some((_, c)) = OTHER.iter().find(|(n, _)| *n == name) {
        return Some(*c);
    }
    let lower = name.to_ascii_lowercase();
    let i = GREEK.iter().position(|n| *n == lower)? as u32;
    let capital = name.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    match (capital, i) {
        (true, 17) => None,
        (true, _) => char::from_u32(0x391 + i),
        (false, _) => char::from_u32(0x3B1 + i),
    }
}

fn numeric(digits: &str, hex: bool) -> Option<char> {
    if digits.is_empty() || digits.len() > 8 {
        return Some('\u{FFFD}');
    }
    let n = u32::from_str_radix(digits, if hex { 16 } else { 10 }).ok()?;
    if (0x80..=0x9F).contains(&n) {
        let mapped = C1_REMAP[(n - 0x80) as usize];
        return char::from_u32(if mapped == 0 { 0xFFFD } else { u32::from(mapped) });
    }
    Some(match char::from_u32(n) {
        Some('\0') | None => '\u{FFFD}',
        Some(c) => c,
    })
}

/// Appends `text` to `out` with its character references decoded.
///
/// `"Fish &amp; chips &#8212; &eacute;t&eacute; &bogus;"` →
/// `"Fish & chips — été &bogus;"`.
pub fn decode_into(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match reference(after) {
            Some((c, used)) => {
                out.push(c);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// The character a reference starting after its `&` stands for, and how
/// many bytes of `after` it used (the `;` included).
fn reference(after: &str) -> Option<(char, usize)> {
    let bytes = after.as_bytes();
    if bytes.first() == Some(&b'#') {
        let hex = matches!(bytes.get(1), Some(b'x' | b'X'));
        let start = if hex { 2 } else { 1 };
        let len = bytes[start..]
            .iter()
            .take_while(|b| if hex { b.is_ascii_hexdigit() } else { b.is_ascii_digit() })
            .count();
        if len == 0 {
            return None;
        }
        let end = start + len;
        let c = numeric(&after[start..end], hex)?;
        let used = if bytes.get(end) == Some(&b';') { end + 1 } else { end };
        return Some((c, used));
    }
    let len = bytes.iter().take(10).take_while(|b| b.is_ascii_alphanumeric()).count();
    let name = &after[..len];
    let c = named(name)?;
    if bytes.get(len) == Some(&b';') {
        Some((c, len + 1))
    } else if matches!(name, "amp" | "lt" | "gt" | "quot" | "nbsp" | "copy" | "reg") {
        // Legacy references without `;` that browsers still honour.
        Some((c, len))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(s: &str) -> String {
        let mut out = String::new();
        decode_into(s, &mut out);
        out
    }

    #[test]
    fn references_decode() {
        assert_eq!(
            decode("Fish &amp; chips &#8212; &eacute;t&eacute; &bogus;"),
            "Fish & chips \u{2014} \u{e9}t\u{e9} &bogus;"
        );
        assert_eq!(
            decode("&#x201C;Hi&#x201d; &#150; &#0; &#99999999999;"),
            "\u{201c}Hi\u{201d} \u{2013} \u{FFFD} \u{FFFD}"
        );
        assert_eq!(decode("a &amp b &nbsp;c & d &"), "a & b \u{a0}c & d &");
        assert_eq!(
            decode("&Omega;&omega;&sigmaf;&Sigma;&yuml;&nbsp;"),
            "\u{3A9}\u{3C9}\u{3C2}\u{3A3}\u{FF}\u{A0}"
        );
        assert_eq!(decode("&#;&#x;&#xZ"), "&#;&#x;&#xZ");
    }
}
