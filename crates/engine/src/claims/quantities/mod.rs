//! Numbers and quantities with their qualifier and what they count.
//!
//! Token-based, one sentence at a time, no regex:
//!
//! - `"over 40,000 residents"` → 40000, at least, counted `resident`;
//! - `"six people, including a three-year-old girl"` → 6 `person`, age 3 `girl`;
//! - `"$1.2 billion"` → money USD 1.2e9; `"€5m"` → money EUR 5e6;
//! - `"4.5%"` = `"4.5 percent"` = `"4.5 per cent"` → percent 4.5;
//! - `"a quarter percentage point"` = `"25 basis points"` → 0.25 points;
//! - `"7-2 vote"` = `"seven to two vote"` → score 7 to 2, counted `vote`;
//! - `"10 to 12"`, `"10-12"`, `"between 10 and 12"` → 10 up to 12.
//!
//! Times are left to the time extractor: years ("in 2004"), day numbers
//! ("March 14"), clock times ("9:30"), durations ("five-hour meeting", "four
//! years"). Numbers in names and ids ("Route 66", "G7", "F-16") are skipped,
//! and so is a bare "one" that counts nothing concrete ("one of the").

mod numbers;
mod words;

pub use words::singularize;

use super::{Claim, ClaimData, Measure, Qualifier, Quantity};
use crate::segment::{SentenceRole, Token, TokenKind};
use crate::text::{SentenceId, Span};
use crate::Document;
use numbers::{
    approx_plural, cardinal_word, fraction_denominator, ordinal_word, parse_digits,
    parse_number_words,
};
use std::borrow::Cow;
use words::*;

/// Finds the quantities in `doc`, in text order.
pub fn extract_quantities(doc: &Document) -> Vec<Claim> {
    let mut out = Vec::new();
    for (si, sentence) in doc.seg.sentences.iter().enumerate() {
        let tokens = doc.seg.tokens.get(sentence.tokens.clone()).unwrap_or(&[]);
        if !tokens.iter().any(is_number_cue) {
            continue;
        }
        let s = Sentence::new(&doc.text, tokens, sentence.role);
        s.scan(SentenceId(si), &mut out);
    }
    out
}

/// Cheap test on the segmenter's normalised form (lower case, number words
/// already digits): could a quantity start here?
fn is_number_cue(t: &Token) -> bool {
    let n = t.norm.as_str();
    n.starts_with(|c: char| c.is_ascii_digit())
        || approx_plural(n).is_some()
        || ordinal_word(n).is_some()
        || matches!(
            n,
            "twice" | "thrice" | "half" | "quarter" | "dozen" | "hundred" | "thousand" | "million"
        )
        || n.split('-')
            .next()
            .is_some_and(|h| cardinal_word(h).is_some() || ordinal_word(h).is_some())
        || n.ends_with("fold")
}

/// Can a number in words start with `l`? A cheap test before parsing.
fn may_start_number(l: &str) -> bool {
    let head = l.split('-').next().unwrap_or(l);
    cardinal_word(head).is_some()
        || ordinal_word(head).is_some()
        || approx_plural(head).is_some()
        || fraction_denominator(head).is_some()
        || matches!(head, "a" | "an" | "twice" | "thrice" | "tens")
        || l.ends_with("fold")
}

/// One token as the extractor sees it.
struct Tok<'a> {
    text: &'a str,
    /// Lower case with plain apostrophes and hyphens (borrowed when the
    /// text already is).
    low: Cow<'a, str>,
    span: Span,
    kind: TokenKind,
}

fn lower(text: &str) -> Cow<'_, str> {
    if text.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Cow::Borrowed(text);
    }
    text.chars()
        .flat_map(|c| {
            let c = match c {
                '\u{2019}' | '\u{2018}' => '\'',
                '\u{2010}' | '\u{2011}' => '-',
                c => c,
            };
            c.to_lowercase()
        })
        .collect::<String>()
        .into()
}

/// What a number core is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Form {
    Cardinal,
    Ordinal,
    Fraction,
    Multiplier,
    /// "7-2" or "10-12" in one token: the second number.
    Pair(f64),
    /// Not a quantity (a clock time, a decade, an id); skip these tokens.
    Skip,
}

/// The number itself, before units and context.
#[derive(Debug, Clone)]
struct Core {
    start: usize,
    end: usize,
    value: f64,
    form: Form,
    approx: bool,
    /// Digits only ("2024"): years and ids look like this.
    plain: bool,
    /// Written in words ("six").
    word: bool,
    /// A scale was applied ("1.2 billion", "5m").
    scaled: bool,
    /// The scale applied (1 when none).
    scale: f64,
    /// "5m" without a currency may be metres.
    bare_m: bool,
    /// The rest of a hyphenated compound: "year-old" in "68-year-old".
    suffix: Option<String>,
}

impl Core {
    fn new(start: usize, end: usize, value: f64, form: Form) -> Core {
        Core {
            start,
            end,
            value,
            form,
            approx: false,
            plain: false,
            word: false,
            scaled: false,
            scale: 1.0,
            bare_m: false,
            suffix: None,
        }
    }

    fn skip(start: usize, end: usize) -> Core {
        Core::new(start, end, 0.0, Form::Skip)
    }
}

/// A counted noun phrase.
struct Counted {
    /// The lemma; `None` for a pronoun or a proper name.
    lemma: Option<String>,
    span: Span,
    /// The head is plural ("residents").
    plural: bool,
}

impl Counted {
    fn fixed(lemma: Option<String>, span: Span) -> Counted {
        Counted { lemma, span, plural: false }
    }
}

/// Skip these tokens (`next` is the first token after them).
struct Skip {
    next: usize,
}

struct Sentence<'a> {
    toks: Vec<Tok<'a>>,
    role: SentenceRole,
}

impl<'a> Sentence<'a> {
    fn new(text: &'a str, tokens: &[Token], role: SentenceRole) -> Sentence<'a> {
        let toks = tokens
            .iter()
            .map(|t| {
                let s = t.span.slice(text);
                Tok { text: s, low: lower(s), span: t.span, kind: t.kind }
            })
            .collect();
        Sentence { toks, role }
    }

    fn low(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &*t.low)
    }

    /// Lower-case text of the token before `i` (`""` at the start).
    fn before(&self, i: usize, back: usize) -> &str {
        i.checked_sub(back).map_or("", |j| self.low(j))
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.text.starts_with(|c: char| c.is_uppercase()))
    }

    fn span(&self, i: usize) -> Span {
        self.toks.get(i).map_or(Span::default(), |t| t.span)
    }

    fn adjacent(&self, i: usize, j: usize) -> bool {
        match (self.toks.get(i), self.toks.get(j)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    fn scan(&self, sid: SentenceId, out: &mut Vec<Claim>) {
        let mut i = 0;
        while i < self.toks.len() {
            match self.quantity_at(i, sid, out) {
                Some(Skip { next }) => i = next.max(i + 1),
                None => i += 1,
            }
        }
    }

    /// Is word `w` a country prefix of the currency sign at `sign`? Glued
    /// ("US$", "C$") or, for two-letter capitals, spaced ("NT $53.8").
    fn prefix_glued(&self, w: usize, sign: usize) -> bool {
        let text = self.toks[w].text;
        let caps = text.chars().all(|c| c.is_ascii_uppercase());
        caps && (self.adjacent(w, sign)
            || (text.len() == 2 && matches!(text, "US" | "NT" | "HK" | "NZ" | "AU" | "CA" | "SG")))
    }

    /// A currency written before a number at `i`: `$`, `US$`, `€`, `EUR`.
    /// Returns the code and the index of the number.
    fn currency_prefix(&self, i: usize) -> Option<(String, usize)> {
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
    fn currency_before(&self, i: usize) -> bool {
        i > 0
            && self.toks[i - 1].kind == TokenKind::Punct
            && currency_symbol(self.toks[i - 1].text, None).is_some()
    }

    /// Reads the number starting at token `i`.
    fn core(&self, i: usize) -> Option<Core> {
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

    fn digit_core(&self, i: usize, l: &str) -> Core {
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
    fn digit_word_core(&self, i: usize, l: &str) -> Core {
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

    fn word_core(&self, i: usize, l: &str) -> Option<Core> {
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
    fn compound_core(&self, i: usize, pieces: &[&str]) -> Option<Core> {
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

    /// Tries a quantity at token `i`; pushes what it finds and says where to
    /// go on. `None`: nothing starts here.
    fn quantity_at(&self, i: usize, sid: SentenceId, out: &mut Vec<Claim>) -> Option<Skip> {
        let (currency, ci) = match self.currency_prefix(i) {
            Some((c, ci)) => (Some(c), ci),
            None => (None, i),
        };
        let mut start = i;
        if currency.is_some()
            && i > 0
            && self.is_word(i - 1)
            && self.prefix_glued(i - 1, i)
            && self.toks[i].kind == TokenKind::Punct
        {
            start = i - 1; // "US$", "NT $"
        }
        let core = self.core(ci)?;
        if core.form == Form::Skip {
            return Some(Skip { next: core.end });
        }
        let start = start.min(core.start);
        let mut q = Draft::new(start, core.clone(), currency);
        if !self.units(&mut q) {
            return Some(Skip { next: q.end });
        }
        // Ranges and scores.
        if let Some(skip) = self.join_second(&mut q) {
            return Some(skip);
        }
        self.context(&mut q);
        if q.skip {
            return Some(Skip { next: q.end });
        }
        // "magnitude 6.1", "a magnitude of 4.4".
        if q.counted_fixed.is_none() && q.measure.is_none() {
            let back = if self.before(q.span_start, 1) == "of" { 2 } else { 1 };
            if self.before(q.span_start, back) == "magnitude" {
                let k = q.span_start - back;
                q.counted_fixed = Some(Counted::fixed(Some("magnitude".into()), self.span(k)));
            }
        }
        let counted_from = q.end;
        let counted = match q.counted_fixed.take() {
            Some(c) => Some(c),
            None => self.counted(counted_from, &q),
        };
        if !self.keep(&q, counted.as_ref()) {
            return Some(Skip { next: q.end });
        }
        // "or more", "or so" after the number or after the counted noun.
        let after = counted.as_ref().map_or(q.end, |c| self.index_after(c.span.end));
        if q.qualifier.is_none() {
            q.qualifier = self.qualifier_after(q.end).or_else(|| self.qualifier_after(after));
        }
        if q.qualifier.is_none() && q.core.approx {
            q.qualifier = Some(Qualifier::Approximately);
        }
        if !q.value.is_finite() || q.upper.is_some_and(|u| !u.is_finite()) {
            return Some(Skip { next: q.end });
        }
        let mut span =
            self.span(q.span_start).cover(self.span(q.end.saturating_sub(1).max(q.span_start)));
        if let Some(c) = &counted {
            span = span.cover(c.span);
        }
        let measure = match (&q.measure, q.core.form) {
            (Some(m), _) => m.clone(),
            (None, Form::Ordinal) => Measure::Ordinal,
            (None, Form::Multiplier) => Measure::Multiplier,
            _ => Measure::Count,
        };
        let is_age = measure == Measure::Age;
        out.push(Claim {
            span,
            sentence: sid,
            data: ClaimData::Quantity(Quantity {
                value: round(q.value),
                upper: q.upper.map(round),
                measure,
                qualifier: q.qualifier,
                counted: counted.as_ref().and_then(|c| c.lemma.clone()),
                counted_span: counted.as_ref().map(|c| c.span),
            }),
        });
        let mut next = q.end;
        if is_age && q.age_list {
            next = self.age_list(q.end, sid, counted.as_ref(), out);
        }
        Some(Skip { next })
    }

    /// The index of the first token at or after byte `offset`.
    fn index_after(&self, offset: usize) -> usize {
        self.toks.partition_point(|t| t.span.start < offset)
    }

    /// Reads units after the core: %, percent, percentage points, basis
    /// points, currency words, "times", units of measure, "years old", and
    /// the suffix of a compound. False: it is a duration or time, skip it.
    fn units(&self, q: &mut Draft) -> bool {
        let mut j = q.core.end;
        // "$5m", "€5 bn": after a currency sign, "m" and "b" are scales.
        if q.currency.is_some() && !q.core.scaled {
            if let Some(s) = scale(self.low(j)).filter(|_| q.core.form == Form::Cardinal) {
                q.value *= s;
                q.core.scaled = true;
                q.core.scale = s;
                j += 1;
            }
        }
        if q.core.bare_m && q.currency.is_none() {
            // "a 5m wall": metres unless people-like plurals follow.
            let next = self.low(j);
            if !(self.is_word(j) && looks_plural(next)) {
                q.value /= 1e6;
                q.counted_fixed =
                    Some(Counted::fixed(Some("meter".into()), self.span(q.core.start)));
            }
        }
        if let Some(c) = &q.currency {
            q.measure = Some(Measure::Money { currency: c.clone() });
        }
        if let Some(suffix) = q.core.suffix.clone() {
            if !self.suffix_units(q, &suffix) {
                q.end = j;
                return false;
            }
        }
        // Fractions: "half a percentage point", "three-quarters of a percentage point".
        if q.core.form == Form::Fraction {
            if matches!(self.low(j), "a" | "an") && self.low(j + 1) == "percentage" {
                j += 1;
            } else if self.low(j) == "of"
                && matches!(self.low(j + 1), "a" | "an")
                && self.low(j + 2) == "percentage"
            {
                j += 2;
            }
        }
        let l = self.low(j).to_string();
        let l1 = self.low(j + 1).to_string();
        let money = q.measure.is_some();
        match l.as_str() {
            "%" if !money => {
                q.measure = Some(Measure::Percent);
                j += 1;
            }
            "percent" | "pct" | "per-cent" if !money => {
                q.measure = Some(Measure::Percent);
                j += 1;
            }
            "per" if l1 == "cent" && !money => {
                q.measure = Some(Measure::Percent);
                j += 2;
            }
            "percentage" if matches!(l1.as_str(), "point" | "points") => {
                q.measure = Some(Measure::PercentagePoints);
                j += 2;
            }
            "basis" if matches!(l1.as_str(), "point" | "points") => {
                q.measure = Some(Measure::PercentagePoints);
                q.value /= 100.0;
                j += 2;
            }
            "bps" | "bp" if !money => {
                q.measure = Some(Measure::PercentagePoints);
                q.value /= 100.0;
                j += 1;
            }
            "cents" | "cent" if !money => {
                q.measure = Some(Measure::Money { currency: "USD".into() });
                q.value /= 100.0;
                j += 1;
            }
            "times" if !money && q.core.form == Form::Cardinal => {
                q.measure = Some(Measure::Multiplier);
                j += 1;
            }
            "pounds" | "pound"
                if !money && (q.core.scaled || l1 == "sterling") && self.low(j + 1) != "of" =>
            {
                q.measure = Some(Measure::Money { currency: "GBP".into() });
                j += if l1 == "sterling" { 2 } else { 1 };
            }
            _ if !money => {
                if let Some(code) = currency_word(&l)
                    .filter(|_| !matches!(l.as_str(), "real" | "rand" | "try" | "rs"))
                {
                    q.measure = Some(Measure::Money { currency: code.into() });
                    j += 1;
                } else if let Some(code) =
                    dollar_country(&l).filter(|_| matches!(l1.as_str(), "dollar" | "dollars"))
                {
                    q.measure = Some(Measure::Money { currency: code.into() });
                    j += 2;
                } else if is_time_unit(&l) && self.is_word(j) {
                    let (y, months) = (
                        matches!(l.as_str(), "year" | "years" | "yr" | "yrs"),
                        matches!(l.as_str(), "month" | "months"),
                    );
                    if (y || months) && l1 == "old" {
                        q.measure = Some(Measure::Age);
                        if months {
                            q.value /= 12.0;
                        }
                        j += 2;
                    } else if y && l1 == "of" && self.low(j + 2) == "age" {
                        q.measure = Some(Measure::Age);
                        j += 3;
                    } else if !(l == "second" && q.core.form != Form::Cardinal) {
                        q.end = j + 1;
                        return false; // a duration
                    }
                } else if matches!(l.as_str(), "a" | "p")
                    && self.low(j + 1) == "."
                    && self.low(j + 2) == "m"
                {
                    q.end = j + 3;
                    return false; // "9 a.m."
                } else if let Some(u) = unit(&l).filter(|_| {
                    self.is_word(j) && !matches!(q.core.form, Form::Ordinal | Form::Multiplier)
                }) {
                    if q.counted_fixed.is_none()
                        && !(l == "m" && q.core.scaled)
                        && !(l == "in" || l == "g" || l == "ha" || l == "min")
                    {
                        let mut name = u.to_string();
                        let mut span = self.span(j);
                        if matches!(self.before(j, 1), "square" | "cubic") {
                            name = format!("{} {u}", self.before(j, 1));
                            span = self.span(j - 1).cover(span);
                        }
                        q.counted_fixed = Some(Counted::fixed(Some(name), span));
                        j += 1;
                    }
                }
            }
            _ => {}
        }
        // Ordinals of time units are dates or durations: "fourth year", "third quarter".
        if q.core.form == Form::Ordinal && is_time_unit(self.low(j)) {
            q.end = j + 1;
            return false;
        }
        q.end = j;
        true
    }

    /// Units given by the rest of a hyphenated compound. False: skip.
    fn suffix_units(&self, q: &mut Draft, suffix: &str) -> bool {
        let first = suffix.split('-').next().unwrap_or("");
        let age_scale = match suffix {
            "year-old" | "years-old" | "year-olds" | "years-olds" | "yr-old" | "yo" => Some(1.0),
            "month-old" | "months-old" | "month-olds" => Some(12.0),
            "week-old" | "weeks-old" | "week-olds" => Some(52.0),
            "day-old" | "days-old" | "day-olds" => Some(365.0),
            _ => None,
        };
        if let Some(den) = age_scale {
            if q.core.form != Form::Cardinal {
                return false;
            }
            q.measure = Some(Measure::Age);
            q.value /= den;
            if suffix.ends_with('s') {
                // "15-year-olds": the compound names the people.
                q.counted_fixed = Some(Counted::fixed(None, self.span(q.core.start)));
            }
            return true;
        }
        if q.core.form == Form::Ordinal {
            // A rank: "second-largest deal"; not "second-degree", "21st-century".
            return first.len() > 4 && first.ends_with("est") && !suffix.contains('-');
        }
        if is_time_unit(first) {
            return false; // "five-hour"
        }
        match first {
            "plus" => {
                q.qualifier = Some(Qualifier::AtLeast);
                true
            }
            "fold" => {
                q.measure = Some(Measure::Multiplier);
                true
            }
            "percent" => {
                q.measure = Some(Measure::Percent);
                true
            }
            "per" if suffix == "per-cent" => {
                q.measure = Some(Measure::Percent);
                true
            }
            "per" => {
                // "$25-per-share": a rate, counted per share.
                let what = suffix.split('-').nth(1).unwrap_or("");
                if what.is_empty() {
                    return false;
                }
                q.counted_fixed =
                    Some(Counted::fixed(Some(singularize(what)), self.span(q.core.start)));
                true
            }
            _ if q.core.value == 1.0 && q.core.word => false, // "one-time", "one-sided"
            _ => {
                if first.is_empty() || first.contains(|c: char| c.is_ascii_digit()) {
                    return false;
                }
                let name = unit(first).map_or_else(|| singularize(first), str::to_string);
                q.counted_fixed = Some(Counted::fixed(Some(name), self.span(q.core.start)));
                true
            }
        }
    }

    /// Joins "10 to 12", "10-12", "between 10 and 12", "$12 billion to $13
    /// billion" into a range and "7-2", "seven to two" (with a vote or a
    /// win nearby) into a score.
    fn join_second(&self, q: &mut Draft) -> Option<Skip> {
        if let Form::Pair(b) = q.core.form {
            if q.core.plain && (is_year(q.value) || is_year(b)) {
                return Some(Skip { next: q.end });
            }
            if q.measure.is_none() && (self.score_context(q.start, q.end) || q.value > b) {
                q.measure = Some(Measure::Score { other: b });
            } else if q.value < b {
                q.upper = Some(b);
            }
            return None;
        }
        if q.core.form != Form::Cardinal {
            return None;
        }
        let prev = self.before(q.start, 1);
        let between = prev == "between";
        let conn = self.low(q.end);
        // "from 10 to 12", "rose 5% to 7%": a change, not a range; but "cut
        // by 20 to 30 percent" is a range.
        let own_unit = q.measure.is_some() && q.currency.is_none() || q.end > q.core.end;
        let change = prev == "from"
            || own_unit
                && matches!(
                    prev,
                    "by" | "rose"
                        | "fell"
                        | "increased"
                        | "decreased"
                        | "dropped"
                        | "climbed"
                        | "jumped"
                        | "grew"
                        | "declined"
                        | "slipped"
                        | "gained"
                        | "raised"
                        | "cut"
                        | "lowered"
                        | "up"
                        | "down"
                        | "rising"
                        | "falling"
                        | "surged"
                        | "plunged"
                );
        let ok = match conn {
            "to" | "-" | "\u{2013}" => !change,
            "and" => between,
            "or" => true,
            _ => false,
        };
        if !ok {
            return None;
        }
        let bi = q.end + 1;
        let (currency, ci) = match self.currency_prefix(bi) {
            Some((c, ci)) => (Some(c), ci),
            None => (None, bi),
        };
        let core = self.core(ci)?;
        if core.form != Form::Cardinal {
            return None;
        }
        let mut second = Draft::new(bi, core, currency);
        if !self.units(&mut second) {
            // "six to 75 years": the whole range is a duration.
            return if conn == "or" && !second.core.word {
                None
            } else {
                Some(Skip { next: second.end })
            };
        }
        if q.core.plain && second.core.plain && is_year(q.value) && is_year(second.value) {
            return Some(Skip { next: second.end });
        }
        if conn == "or" && !(second.value == q.value + 1.0 && q.measure.is_none()) {
            return None; // "two or three" only
        }
        let mut a = q.value;
        if !q.core.scaled && second.core.scaled && q.value < second.core.value / second.core.scale {
            a *= second.core.scale; // "12 to 13 billion"
        }
        let compatible = match (&q.measure, &second.measure) {
            (None, _) | (_, None) => true,
            (Some(x), Some(y)) => x == y,
        };
        if !compatible {
            return None;
        }
        let measure = q.measure.clone().or(second.measure.clone());
        if matches!(conn, "to" | "-" | "\u{2013}")
            && q.measure.is_none()
            && self.score_context(q.start, second.end)
        {
            q.measure = Some(Measure::Score { other: second.value });
        } else if a < second.value {
            q.value = a;
            q.upper = Some(second.value);
            q.measure = measure;
            if q.counted_fixed.is_none() {
                q.counted_fixed = second.counted_fixed.take();
            }
        } else {
            return None;
        }
        if between {
            q.span_start = q.start - 1;
        }
        q.end = second.end;
        None
    }

    /// Is "N-M" or "N to M" (tokens `start..end`) a vote or a score?
    fn score_context(&self, start: usize, end: usize) -> bool {
        let prev = self.before(start, 1);
        let prev2 = self.before(start, 2);
        is_score_verb(prev)
            || (matches!(prev, "a" | "an") && is_score_verb(prev2))
            || (prev == "of" && matches!(prev2, "vote" | "margin" | "score" | "tally"))
            || is_score_noun(self.low(end))
    }

    /// Context before the number: qualifiers, "aged", dates, ids, years.
    fn context(&self, q: &mut Draft) {
        let p = q.span_start;
        let prev = self.before(p, 1);
        if q.qualifier.is_none() {
            if let Some((qual, n)) = self.qualifier_before(p) {
                q.qualifier = Some(qual);
                q.span_start = p - n;
            }
        }
        let c = &q.core;
        let digits = !c.word;
        let small_int = c.value.fract() == 0.0 && (1.0..=130.0).contains(&c.value);
        // Ages: "aged 68", "ages 12 and 15", "under age 17".
        if matches!(prev, "aged" | "age" | "ages")
            && q.measure.is_none()
            && c.form == Form::Cardinal
            && small_int
        {
            q.measure = Some(Measure::Age);
            q.age_list = true;
            if let Some((qual, n)) = self.qualifier_before(p - 1) {
                q.qualifier = Some(qual);
                q.span_start = p - 1 - n;
            } else {
                q.span_start = p - 1;
            }
            let noun = p.checked_sub(2).filter(|&k| {
                prev == "aged" && self.is_word(k) && !is_stop(self.low(k)) && !self.is_cap(k)
            });
            q.counted_fixed = Some(match noun {
                Some(k) => Counted::fixed(Some(person_lemma(self.low(k))), self.span(k)),
                None => Counted::fixed(None, self.span(q.core.start)),
            });
            return;
        }
        if q.currency.is_some() || q.measure.is_some() {
            return;
        }
        // Day numbers of dates: "March 14", "Dec. 2", "14 March", "the 14th of March".
        if matches!(c.form, Form::Cardinal | Form::Ordinal)
            && c.value <= 31.0
            && c.value.fract() == 0.0
        {
            let mut k = p;
            if self.before(k, 1) == "." {
                k -= 1;
            }
            let month_before = k > 0 && is_month(self.low(k - 1)) && self.is_cap(k - 1);
            let n = q.end;
            let month_after = (is_month(self.low(n)) && self.is_cap(n))
                || (self.low(n) == "of" && is_month(self.low(n + 1)) && self.is_cap(n + 1));
            let weekday = k > 0 && is_weekday(self.low(k - 1)) && self.is_cap(k - 1);
            if month_before || month_after || weekday {
                q.skip = true;
                return;
            }
        }
        if digits && c.form == Form::Cardinal {
            // Identifiers: "Route 66", "No. 1", "#3", "Boeing 737".
            let mut k = p;
            let dotted = self.before(k, 1) == ".";
            if dotted {
                k -= 1;
            }
            let id_prev = k > 0 && {
                let w = self.low(k - 1);
                let cap = self.is_cap(k - 1) && self.is_word(k - 1);
                let name_like = cap
                    && !is_stop(w)
                    && !is_month(w)
                    && !is_weekday(w)
                    && !is_score_verb(w)
                    && !matches!(w, "magnitude" | "aged" | "age" | "ages" | "top" | "only")
                    && Self::qualifier_word(w).is_none();
                let mixed = self.toks[k - 1].text.chars().skip(1).any(char::is_uppercase);
                if dotted {
                    matches!(w, "no" | "nos" | "vol" | "fig" | "art")
                } else {
                    w == "#"
                        || is_id_word(w)
                        || (name_like && (self.role != SentenceRole::Headline || mixed))
                }
            };
            if id_prev {
                q.skip = true;
                return;
            }
            // Appositive ages: "Jim Oler, 44, and", "Peterson, 32, was".
            if prev == "," && small_int && c.plain && q.measure.is_none() && q.qualifier.is_none() {
                let k2 = p.checked_sub(2);
                let name = k2.is_some_and(|k| {
                    let w = self.low(k);
                    self.is_cap(k)
                        && self.is_word(k)
                        && !is_stop(w)
                        && !is_month(w)
                        && !is_weekday(w)
                });
                let n = self.low(q.end);
                let closes =
                    matches!(n, "," | ";" | ")") || (n == "." && q.end + 1 == self.toks.len());
                if name && closes {
                    q.measure = Some(Measure::Age);
                    q.counted_fixed = Some(Counted::fixed(None, self.span(q.core.start)));
                }
            }
        }
        // Number words in names: "the Big Four", "Ocean's Eleven".
        if c.word && c.start > 0 && self.is_cap(c.start) && self.role != SentenceRole::Headline {
            let prev_closes = matches!(
                self.before(c.start, 1),
                "\"" | ":" | "(" | "'" | "-" | "\u{2014}" | "\u{2013}"
            );
            if !prev_closes {
                q.skip = true;
            }
        }
    }

    /// A single qualifier word.
    fn qualifier_word(w: &str) -> Option<Qualifier> {
        Some(match w {
            "about" | "around" | "some" | "roughly" | "nearly" | "almost" | "approximately"
            | "estimated" | "circa" | "approx" | "ca" => Qualifier::Approximately,
            "over" | "above" | "exceeding" => Qualifier::AtLeast,
            "under" | "below" => Qualifier::AtMost,
            "exactly" | "precisely" => Qualifier::Exactly,
            _ => return None,
        })
    }

    /// The qualifier ending just before token `p`, and how many tokens it has.
    fn qualifier_before(&self, p: usize) -> Option<(Qualifier, usize)> {
        use Qualifier::*;
        let (l1, l2, l3) = (self.before(p, 1), self.before(p, 2), self.before(p, 3));
        let three = match (l3, l2, l1) {
            ("in", "excess", "of")
            | ("no", "fewer", "than")
            | ("no", "less", "than")
            | ("a", "minimum", "of") => Some(AtLeast),
            ("just", "more", "than")
            | ("slightly", "more", "than")
            | ("well", "more", "than")
            | ("a", "little", "over") => Some(AtLeast),
            ("no", "more", "than")
            | ("not", "more", "than")
            | ("a", "maximum", "of")
            | ("as", "many", "as")
            | ("as", "much", "as") => Some(AtMost),
            ("just", "less", "than") | ("slightly", "less", "than") | ("just", "fewer", "than") => {
                Some(AtMost)
            }
            ("more", "or", "less") => Some(Approximately),
            _ => None,
        };
        if let Some(q) = three {
            return Some((q, 3));
        }
        let two = match (l2, l1) {
            ("more", "than")
            | ("at", "least")
            | ("upwards", "of")
            | ("just", "over")
            | ("well", "over")
            | ("well", "above")
            | ("just", "above")
            | ("greater", "than") => Some(AtLeast),
            ("fewer", "than")
            | ("less", "than")
            | ("up", "to")
            | ("at", "most")
            | ("just", "under")
            | ("just", "below")
            | ("well", "under")
            | ("well", "below") => Some(AtMost),
            ("close", "to") | ("an", "estimated") | ("some", "estimated") => Some(Approximately),
            _ => None,
        };
        if let Some(q) = two {
            return Some((q, 2));
        }
        Self::qualifier_word(l1).map(|q| (q, 1))
    }

    /// "or more", "or so", "or fewer" at token `j`.
    fn qualifier_after(&self, j: usize) -> Option<Qualifier> {
        if self.low(j) != "or" {
            return None;
        }
        match self.low(j + 1) {
            "more" | "above" | "over" => Some(Qualifier::AtLeast),
            "so" | "thereabouts" => Some(Qualifier::Approximately),
            "less" | "fewer" | "under" | "below" => Some(Qualifier::AtMost),
            _ => None,
        }
    }

    /// The counted noun phrase from token `j`: "residents" in "40,000
    /// residents", "sales" in "half of the company's total sales", "share" in
    /// "$24 per share".
    fn counted(&self, j: usize, q: &Draft) -> Option<Counted> {
        let m = q.measure.as_ref();
        if matches!(m, Some(Measure::Multiplier) | Some(Measure::PercentagePoints))
            || q.core.form == Form::Multiplier
        {
            return None;
        }
        let l = self.low(j);
        // "half of the sales", "90 percent of the parts", "hundreds of
        // people": the noun after "of". A plain count ("195 of the victims")
        // names a subset of something said before: nothing counted.
        let of_names = q.core.form == Form::Fraction
            || q.core.approx
            || matches!(m, Some(Measure::Percent) | Some(Measure::Money { .. }));
        // "nearly half its value": a fraction counts the noun after a
        // determiner as it does after "of".
        let bare_fraction = q.core.form == Form::Fraction && is_fraction_determiner(l);
        if (l == "of" && of_names) || bare_fraction {
            let mut k = if bare_fraction { j } else { j + 1 };
            loop {
                let w = self.low(k);
                if is_fraction_determiner(w) || matches!(w, "a" | "an" | "all" | "whose") {
                    k += 1;
                } else if self.is_word(k) && self.low(k + 1) == "'s" {
                    k += 2;
                } else {
                    break;
                }
            }
            if matches!(
                self.low(k),
                "them" | "us" | "which" | "whom" | "you" | "these" | "those" | "it"
            ) {
                return Some(Counted::fixed(None, self.span(k)));
            }
            return self.noun_run(k);
        }
        if l == "per" && q.measure.is_some() {
            return self.noun_run(j + 1);
        }
        self.noun_run(j)
    }

    /// The noun phrase starting at `k`, up to its head: the first plural
    /// noun, else the last word before a function word, verb or punctuation.
    /// "42 government office buildings" → buildings; "two men died" → men.
    fn noun_run(&self, k: usize) -> Option<Counted> {
        let n = self.toks.len();
        let mut k = k;
        let mut words: Vec<usize> = Vec::new();
        let mut head = None;
        let mut last_lower = false;
        while k < n && words.len() < 4 {
            if !self.is_word(k) {
                break;
            }
            let l = self.low(k);
            // Dotted abbreviations inside the phrase: "two U.S. officials".
            if l.chars().count() == 1 && self.is_cap(k) && self.low(k + 1) == "." {
                k += 2;
                continue;
            }
            let adverb = l.len() > 4 && l.ends_with("ly") && !is_ly_noun(l);
            if adverb && !is_stop(l) && self.is_word(k + 1) && is_verbish(self.low(k + 1)) {
                words.push(k); // "two heavily armed men"
                k += 1;
                continue;
            }
            if is_stop(l)
                || adverb
                || l == "'s"
                || l.contains(|c: char| c.is_ascii_digit())
                || cardinal_word(l).is_some()
            {
                break;
            }
            let cap = self.is_cap(k);
            if cap && last_lower {
                break;
            }
            if is_verbish(l) {
                // Only as a first modifier ("six injured people", "two
                // heavily armed men"), never the head: "the 55-year-old sect
                // leader assaulted girls" ends at "leader".
                let next = self.low(k + 1);
                let first = words.iter().all(|&w| self.low(w).ends_with("ly"));
                let modifies = first
                    && self.is_word(k + 1)
                    && !is_stop(next)
                    && !is_verbish(next)
                    && !next.contains(|c: char| c.is_ascii_digit());
                if !modifies {
                    break;
                }
                words.push(k);
                last_lower = !cap;
                k += 1;
                continue;
            }
            words.push(k);
            last_lower = !cap;
            if looks_plural(l) {
                // "six Hamas gunmen", "a technology-services market": a
                // capitalised or hyphenated -s word before a plain noun is a
                // modifier, not the head.
                let next = self.low(k + 1);
                let modifier = (cap || l.contains('-'))
                    && self.is_word(k + 1)
                    && !self.is_cap(k + 1)
                    && !is_stop(next)
                    && !is_verbish(next)
                    && !next.contains(|c: char| c.is_ascii_digit());
                if !modifier {
                    head = Some(k);
                    break;
                }
            }
            k += 1;
        }
        let head =
            head.or_else(|| words.iter().rev().copied().find(|&w| !is_verbish(self.low(w))))?;
        let first = words.first().copied().unwrap_or(head);
        let span = self.span(first).cover(self.span(head));
        let l = self.low(head);
        let plural = looks_plural(l);
        let proper = self.is_cap(head) && !plural;
        let lemma = if proper { None } else { Some(person_lemma(l)) };
        Some(Counted { lemma, span, plural })
    }

    /// Should this draft become a claim? Drops years, bare "one", "the two",
    /// ordinals without a noun and the like.
    fn keep(&self, q: &Draft, counted: Option<&Counted>) -> bool {
        let c = &q.core;
        let head = counted.and_then(|c| c.lemma.as_deref());
        let plural_head = counted.is_some_and(|ct| ct.plural);
        match c.form {
            Form::Ordinal => {
                let rank = c.suffix.as_deref().is_some_and(|s| s.ends_with("est"));
                return head.is_some() // not in names: "4th Infantry Division"
                    && c.value >= 2.0
                    && (c.suffix.is_none() || rank)
                    && q.measure.is_none()
                    && !head.is_some_and(|h| is_time_unit(h) || is_position_word(h));
            }
            Form::Fraction => {
                // "half" alone is too vague; "half of X" and "a quarter percentage point" are facts.
                // "half the time" is a manner of speaking, not a share.
                if head.is_some_and(|h| h == "time" || is_time_unit(h)) && self.low(q.end) != "of" {
                    return false;
                }
                return q.measure.is_some() || counted.is_some() || self.low(q.end) == "of";
            }
            Form::Skip => return false,
            _ => {}
        }
        if q.measure.is_some() || q.upper.is_some() {
            return true;
        }
        // Years: "in 2004", "the 2004 tsunami"; but "2000 people" is a count.
        if c.plain && is_year(c.value) && q.qualifier.is_none() && !(plural_head && head.is_some())
        {
            return false;
        }
        if c.word && c.value == 1.0 && !c.scaled {
            // Bare "one": only when it counts something concrete.
            return head.is_some_and(|h| !is_abstract_after_one(h)) && self.low(q.end) != "of";
        }
        if counted.is_none()
            && q.qualifier.is_none()
            && matches!(
                self.before(q.span_start, 1),
                "the" | "these" | "those" | "all" | "both" | "its" | "their"
            )
        {
            return false; // "the two", "the 8900": a reference back or a name, not a new fact
        }
        true
    }

    /// Ages after "aged 15 and 12" / "ages 12, 14 and 15": the rest of the list.
    fn age_list(
        &self,
        mut j: usize,
        sid: SentenceId,
        counted: Option<&Counted>,
        out: &mut Vec<Claim>,
    ) -> usize {
        while matches!(self.low(j), "and" | "or" | ",") {
            let k = j + 1;
            let Some(t) = self.toks.get(k) else { break };
            let Some(d) = (if t.kind == TokenKind::Number { parse_digits(&t.low) } else { None })
                .or_else(|| {
                    cardinal_word(&t.low).map(|value| numbers::Digits { value, plain: false })
                })
            else {
                break;
            };
            if !(1.0..=130.0).contains(&d.value) {
                break;
            }
            out.push(Claim {
                span: t.span,
                sentence: sid,
                data: ClaimData::Quantity(Quantity {
                    value: d.value,
                    upper: None,
                    measure: Measure::Age,
                    qualifier: None,
                    counted: counted.and_then(|c| c.lemma.clone()),
                    counted_span: counted.map(|c| c.span),
                }),
            });
            j = k + 1;
        }
        j
    }
}

/// A quantity being put together.
struct Draft {
    /// First token (the currency sign if any).
    start: usize,
    /// Where the claim's span starts (a qualifier or "between" may come first).
    span_start: usize,
    /// One past the last token read.
    end: usize,
    core: Core,
    value: f64,
    upper: Option<f64>,
    currency: Option<String>,
    measure: Option<Measure>,
    qualifier: Option<Qualifier>,
    counted_fixed: Option<Counted>,
    skip: bool,
    /// Set for "aged N": more ages may follow ("aged 15 and 12").
    age_list: bool,
}

impl Draft {
    fn new(start: usize, core: Core, currency: Option<String>) -> Draft {
        Draft {
            start,
            span_start: start,
            end: core.end,
            value: core.value,
            core,
            upper: None,
            currency,
            measure: None,
            qualifier: None,
            counted_fixed: None,
            skip: false,
            age_list: false,
        }
    }
}

/// Words ending in -ed or -ing (except nouns like "building") are verbs
/// or participles: they may modify the counted noun but never head it.
/// Determiners between a fraction and what it counts: "half its value",
/// "half the staff", "a third of their homes".
fn is_fraction_determiner(l: &str) -> bool {
    matches!(
        l,
        "the"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
    )
}

fn is_verbish(l: &str) -> bool {
    (l.len() > 4
        && l.ends_with("ed")
        && !matches!(
            l,
            "hundred"
                | "bed"
                | "shed"
                | "seed"
                | "speed"
                | "need"
                | "creed"
                | "breed"
                | "steed"
                | "weed"
                | "reed"
                | "deed"
        ))
        || (l.len() > 4 && l.ends_with("ing") && !is_ing_noun(l))
}

/// The lemma of a counted head, with person words merged.
fn person_lemma(l: &str) -> String {
    let s = singularize(l);
    if person_word(&s) {
        "person".to_string()
    } else {
        s
    }
}

fn is_year(v: f64) -> bool {
    v.fract() == 0.0 && (1000.0..=2100.0).contains(&v)
}

/// Rounds away binary noise so that equal wordings compare equal:
/// 1.2 × 1e9 = 1200000000.0000002 → 1.2e9; 2/3 → 0.666667.
fn round(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    let mag = v.abs().log10().floor();
    let factor = 10f64.powf(9.0 - mag);
    if !factor.is_finite() || factor == 0.0 {
        return v;
    }
    let r = (v * factor).round() / factor;
    if v.abs() < 10.0 {
        (r * 1e6).round() / 1e6
    } else {
        r
    }
}

#[cfg(test)]
mod tests;
