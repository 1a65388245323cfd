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

mod cores;
mod counted;
mod ranges;
mod units;

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

/// One token as the extractor sees it: a segmenter token (same index,
/// same span) with its words as written, in lower case.
///
/// Neither of the shared views fits. The token's `norm` rewrites what this
/// extractor reads: number words and grouped digits become digits ("six"
/// → "6", "40,000" → "40000"), "percent" becomes "%", accents and dotted
/// abbreviations are folded ("U.S." → "us"). The word view of
/// `claims::words` joins abbreviations into one word ("U.S."), so its
/// indices are not the tokens', and its lower case makes only ’ plain,
/// where this one also makes ‘ an apostrophe and the Unicode hyphens
/// (U+2010, U+2011) plain hyphens, so that "three‑year‑old" written with
/// non-breaking hyphens is an age.
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
