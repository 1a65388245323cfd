//! Number cores: digits ("40,000", "4.5"), digits with words ("1.2
//! billion", "$5m"), number words ("forty thousand", "a dozen"), hyphenated
//! compounds ("three-year-old"), and currency signs before them.

use super::*;

impl Sentence<'_> {
    /// Is word `w` a country prefix of the currency sign at `sign`? Glued
    /// ("US$", "C$") or, for two-letter capitals, spaced ("NT $53.8").
    pub(super) fn prefix_glued(&self, w: usize, sign: usize) -> bool {
        let text = self.toks[w].text;
        let caps = text.chars().all(|c| c.is_ascii_uppercase());
        caps && (self.adjacent(w, sign)
            || (text.len() == 2 && matches!(text, "US" | "NT" | "HK" | "NZ" | "AU" | "CA" | "SG")))
    }

    /// A currency written before a number at `i`: `$`, `US$`, `€`, `EUR`.
    /// Returns the code and the index of the number.
    pub(super) fn currency_prefix(&self, i: usize) -> Option<(String, usize)> {
        let t = self.toks.get(i)?;
        if t.kind == TokenKind::Punct {
            let prefix = (i > 0 && self.is_word(i - 1) && self.prefix_glued(i - 1, i))
                .then(|| self.toks[i - 1].text);
            let code = currency_symbol(t.text, prefix)?;
            return Some((code.to_string(), i + 1));
        }
        // ISO codes written before the number: "EUR 5 million", "Rs 500".
        let is_code =
            (t.text.len() == 3 && t.text.chars().all(|c| c.is_ascii_uppercase())) || t.low == "rs";
        if is_code
            && self
                .toks
                .get(i + 1)
                .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()))
        {
            return currency_word(&t.low).map(|c| (c.to_string(), i + 1));
        }
        None
    }

    /// Is there a currency sign just before token `i`?
    pub(super) fn currency_before(&self, i: usize) -> bool {
        i > 0
            && self.toks[i - 1].kind == TokenKind::Punct
            && currency_symbol(self.toks[i - 1].text, None).is_some()
    }

    /// Reads the number starting at token `i`.
    pub(super) fn core(&self, i: usize) -> Option<Core> {
        let t = self.toks.get(i)?;
        let l = &*t.low;
        match t.kind {
            TokenKind::Number => Some(self.digit_core(i, l)),
            TokenKind::Word if l.starts_with(|c: char| c.is_ascii_digit()) => {
                Some(self.digit_word_core(i, l))
            }
            TokenKind::Word if may_start_number(l) => {
                let article = matches!(l, "a" | "an");
                let scale_next = matches!(
                    self.low(i + 1),
                    "hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen"
                );
                if article && !scale_next {
                    return None;
                }
                self.word_core(i, l)
            }
            _ => None,
        }
    }

    pub(super) fn digit_core(&self, i: usize, l: &str) -> Core {
        if l.contains(':') {
            return Core::skip(i, i + 1); // clock time
        }
        if let Some((a, b)) = l.split_once('/') {
            // "3/4" is a fraction; "24/7", "9/11", "3/27/2012" are not.
            return match (a.parse::<u32>(), b.parse::<u32>()) {
                (Ok(a), Ok(b)) if (2..=10).contains(&b) && a > 0 && a < b => {
                    Core::new(i, i + 1, f64::from(a) / f64::from(b), Form::Fraction)
                }
                _ => Core::skip(i, i + 1),
            };
        }
        if let Some((a, b)) = l.split_once('-') {
            return match (parse_digits(a), parse_digits(b)) {
                (Some(a), Some(b)) => {
                    let mut c = Core::new(i, i + 1, a.value, Form::Pair(b.value));
                    c.plain = a.plain && b.plain;
                    c
                }
                _ => Core::skip(i, i + 1),
            };
        }
        let Some(d) = parse_digits(l) else { return Core::skip(i, i + 1) };
        // "Macworld '09": a year.
        if i > 0 && self.adjacent(i - 1, i) && matches!(self.low(i - 1), "'") && l.len() == 2 {
            return Core::skip(i, i + 1);
        }
        let mut c = Core::new(i, i + 1, d.value, Form::Cardinal);
        c.plain = d.plain;
        let next = self.low(i + 1);
        if let Some(s) = scale(next).filter(|_| {
            matches!(
                next,
                "thousand"
                    | "million"
                    | "billion"
                    | "trillion"
                    | "bn"
                    | "mn"
                    | "mln"
                    | "bln"
                    | "tn"
            )
        }) {
            c.value *= s;
            c.scaled = true;
            c.scale = s;
            c.plain = false;
            c.end = i + 2;
        }
        c
    }

    /// A word token starting with a digit: "68-year-old", "5m", "4th",
    /// "17.5-inch", "40-plus", "1990s", "5pm".
    pub(super) fn digit_word_core(&self, i: usize, l: &str) -> Core {
        let (head, rest) = match l.split_once('-') {
            Some((h, r)) => (h, Some(r)),
            None => (l, None),
        };
        let cut = head
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(head.len());
        let (num, alpha) = head.split_at(cut);
        let Some(d) = parse_digits(num) else { return Core::skip(i, i + 1) };
        // "3G", "4G", "9600M GT": generations and model names, not grams or metres.
        let raw_alpha = self.toks[i].text.get(cut..).unwrap_or("");
        if matches!(alpha, "g")
            || (alpha == "m" && raw_alpha.starts_with('M') && !self.currency_before(i))
        {
            return Core::skip(i, i + 1);
        }
        let mut c = Core::new(i, i + 1, d.value, Form::Cardinal);
        c.plain = d.plain;
        c.suffix = rest.filter(|r| !r.is_empty()).map(str::to_string);
        match alpha {
            // "$1.4-billion", "2.5-million": a scale after the hyphen.
            "" if rest.is_some_and(|r| r.len() > 2 && scale(r).is_some()) => {
                let s = rest.and_then(scale).unwrap_or(1.0);
                c.scale = s;
                c.value *= s;
                c.scaled = true;
                c.suffix = None;
            }
            "" if c.suffix.is_some() => {}
            "st" | "nd" | "rd" | "th" => c.form = Form::Ordinal,
            a if scale(a).is_some() => {
                c.scale = scale(a).unwrap_or(1.0);
                c.value *= c.scale;
                c.scaled = true;
                c.bare_m = a == "m";
            }
            a if unit(a).is_some() => c.suffix = Some(a.to_string()),
            "%" => c.suffix = Some("percent".to_string()),
            _ => return Core::skip(i, i + 1), // "1990s", "5pm", "4g", "3d"
        }
        c
    }

    pub(super) fn word_core(&self, i: usize, l: &str) -> Option<Core> {
        let prev = self.before(i, 1);
        let next = self.low(i + 1);
        match l {
            "twice" => return Some(Core::new(i, i + 1, 2.0, Form::Multiplier)),
            "thrice" => return Some(Core::new(i, i + 1, 3.0, Form::Multiplier)),
            "half" => {
                // "half of", "half a percentage point"; "half a million" is a
                // cardinal; "half its value", "half the staff" count without "of".
                let pp = matches!(next, "a" | "an") && self.low(i + 2) == "percentage";
                let det = is_fraction_determiner(next) && self.is_word(i + 2);
                if next == "of" || pp || det {
                    return Some(Core::new(i, i + 1, 0.5, Form::Fraction));
                }
            }
            _ => {}
        }
        if let Some(prefix) = l.strip_suffix("fold") {
            if let Some(v) =
                cardinal_word(prefix).or_else(|| prefix.strip_suffix('-').and_then(cardinal_word))
            {
                return Some(Core::new(i, i + 1, v, Form::Multiplier));
            }
        }
        // "a third of", "a quarter percentage point", "a quarter million".
        if let Some(den) = fraction_denominator(l) {
            let unit_next =
                next == "of" || next == "percentage" || scale(next).is_some() && next.len() > 2;
            if matches!(prev, "a" | "one") && unit_next {
                let mut c = Core::new(i - 1, i + 1, 1.0 / den, Form::Fraction);
                c.word = true;
                if let Some(s) = scale(next).filter(|_| next.len() > 2) {
                    c.value *= s;
                    c.form = Form::Cardinal;
                    c.end += 1;
                }
                return Some(c);
            }
        }
        if let Some(v) = ordinal_word(l) {
            let mut c = Core::new(i, i + 1, v, Form::Ordinal);
            c.word = true;
            return Some(c);
        }
        let pieces: Vec<&str> = l.split('-').collect();
        if pieces.len() > 1 {
            return self.compound_core(i, &pieces);
        }
        // A run of number words over several tokens: "forty thousand".
        let mut ws: Vec<&str> = Vec::new();
        let mut k = i;
        while k < self.toks.len() && ws.len() < 12 && self.is_word(k) {
            ws.push(self.low(k));
            k += 1;
        }
        let wn = parse_number_words(&ws)?;
        let mut c = Core::new(
            i,
            i + wn.len,
            wn.value,
            if wn.ordinal { Form::Ordinal } else { Form::Cardinal },
        );
        c.word = true;
        c.approx = wn.approx;
        // "two thirds of".
        if c.form == Form::Cardinal {
            if let Some(den) =
                fraction_denominator(self.low(c.end)).filter(|_| self.low(c.end).ends_with('s'))
            {
                c.value /= den;
                c.form = Form::Fraction;
                c.end += 1;
            }
        }
        Some(c)
    }

    /// "three-year-old", "twenty-five", "two-thirds", "twenty-first",
    /// "five-hour", "second-degree".
    pub(super) fn compound_core(&self, i: usize, pieces: &[&str]) -> Option<Core> {
        if let Some(wn) = parse_number_words(pieces) {
            let rest = &pieces[wn.len..];
            let mut c = Core::new(
                i,
                i + 1,
                wn.value,
                if wn.ordinal { Form::Ordinal } else { Form::Cardinal },
            );
            c.word = true;
            c.approx = wn.approx;
            if let Some(den) = rest.first().and_then(|r| fraction_denominator(r)) {
                if c.form == Form::Cardinal && (rest[0].ends_with('s') || wn.value == 1.0) {
                    c.value /= den;
                    c.form = Form::Fraction;
                    c.suffix = (rest.len() > 1).then(|| rest[1..].join("-"));
                    return Some(c);
                }
            }
            if !rest.is_empty() {
                c.suffix = Some(rest.join("-"));
            }
            return Some(c);
        }
        if let Some(v) = ordinal_word(pieces[0]) {
            let mut c = Core::new(i, i + 1, v, Form::Ordinal);
            c.suffix = Some(pieces[1..].join("-"));
            return Some(c);
        }
        None
    }
}
