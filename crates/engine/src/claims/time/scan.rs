//! The grammar: finds temporal expressions in the token stream and says
//! what each means ([`Draft`]), HeidelTime-style — a set of patterns tried
//! at every token, the longest match winning.
//!
//! Every pattern looks at a bounded number of tokens, so a scan is linear
//! in the length of the text.

mod absolute;
mod clock;
mod periods;

mod relative;
use super::lexicon::{self as lx, starts, Lex, Unit};
use super::tokens::{Kind, Tok, Tokens};
use super::value::{Anchor, Clock, Draft, Holiday, Point, Rel, YearSpec};
use super::TimexType;
use crate::claims::CivilDate;

/// An expression found: tokens `start..end` and what they mean.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Mention {
    pub start: usize,
    pub end: usize,
    pub draft: Draft,
    /// The weekday written in front of a full date ("Tuesday, Dec. 2, 2025").
    pub weekday: Option<u8>,
}

/// Finds the expressions of a token stream, left to right, without overlap.
pub(super) fn scan(tokens: &Tokens) -> Vec<Mention> {
    let g = Grammar { tk: tokens, t: &tokens.toks };
    let n = g.t.len();
    // Most tokens cannot start an expression; the patterns run only where a
    // time word is, or a function word with a time word close after it.
    let strong: Vec<bool> = (0..n).map(|i| g.strong(i)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let candidate = strong[i] || (g.lx(i).weak && strong[i + 1..n.min(i + 5)].contains(&true));
        match g.parse_at(i).filter(|_| candidate) {
            Some(m) if m.end > i => {
                i = m.end;
                let second = g.second_day(&m);
                out.push(m);
                if let Some(second) = second {
                    // "April 24 and 25, 1999": the year covers both.
                    if let (Draft::Point(Point::Day(d)), Some(first)) =
                        (&second.draft, out.last_mut())
                    {
                        if let Draft::MonthDay(month, day) = first.draft {
                            if let Some(date) = CivilDate::new(d.year, month, day) {
                                first.draft = Draft::Point(Point::Day(date));
                            }
                        }
                    }
                    i = second.end;
                    out.push(second);
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// A match of one pattern: where it ends and what it means.
struct M {
    end: usize,
    draft: Draft,
    weekday: Option<u8>,
}

fn m(end: usize, draft: Draft) -> Option<M> {
    Some(M { end, draft, weekday: None })
}

fn fixed(end: usize, ty: TimexType, value: impl Into<String>) -> Option<M> {
    m(end, Draft::Fixed(ty, value.into()))
}

/// A count in front of a unit: a number, or an unspecified number
/// ("several", "a few").
#[derive(Debug, Clone, Copy, PartialEq)]
enum Count {
    N(f64),
    Some,
}

struct Grammar<'a> {
    tk: &'a Tokens,
    t: &'a [Tok],
}

impl Grammar<'_> {
    // --- token access -------------------------------------------------

    fn k(&self, i: usize) -> &str {
        self.tk.key(i)
    }

    /// What the lexicon says about token `i`.
    fn lx(&self, i: usize) -> Lex {
        self.t.get(i).map_or(Lex::NONE, |t| t.lex)
    }

    /// True for tokens that can start an expression on their own or are
    /// its core: numbers, month and weekday names, units, "today", ….
    fn strong(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| match t.kind {
            Kind::Num => true,
            Kind::Punct => self.k(i) == "'",
            Kind::Word => t.lex.strong,
        })
    }

    fn is(&self, i: usize, w: &str) -> bool {
        same(self.k(i), w)
    }

    fn any(&self, i: usize, ws: &[&str]) -> bool {
        let k = self.k(i);
        ws.iter().any(|w| same(k, w))
    }

    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.glued)
    }

    fn cap(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.cap)
    }

    fn word(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    fn punct(&self, i: usize, c: &str) -> bool {
        self.t.get(i).is_some_and(|t| t.kind == Kind::Punct) && self.k(i) == c
    }

    /// The value of a digit run of `digits` digits (any length if 0).
    fn num(&self, i: usize, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
        let t = self.t.get(i)?;
        (t.kind == Kind::Num && digits.contains(&t.digits())).then_some(t.num?)
    }

    /// The word before `i`, when `i` is not the first token.
    fn prev(&self, i: usize) -> &str {
        if i == 0 {
            ""
        } else {
            self.k(i - 1)
        }
    }

    /// True when `i` is a glued possessive `'s`.
    fn possessive(&self, i: usize) -> bool {
        self.punct(i, "'") && self.glued(i) && self.is(i + 1, "s") && self.glued(i + 1)
    }

    // --- driver ---------------------------------------------------------

    fn parse_at(&self, i: usize) -> Option<Mention> {
        let mut best: Option<Mention> = None;
        let mut consider = |start: usize, found: Option<M>| {
            if let Some(found) = found {
                let longer = best.as_ref().is_none_or(|b| found.end - start > b.end - b.start);
                if longer {
                    best = Some(Mention {
                        start,
                        end: found.end,
                        draft: found.draft,
                        weekday: found.weekday,
                    });
                }
            }
        };
        if let Some(j) = self.position_modifier(i).filter(|_| self.starts(i) & starts::POS != 0) {
            let core = self.core(j).filter(|c| is_pointlike(&c.draft));
            consider(i, core);
        }
        consider(i, self.core(i));
        best
    }

    /// The patterns that may start at token `i` (see [`starts`]).
    fn starts(&self, i: usize) -> u16 {
        match self.t.get(i) {
            Some(t) if t.kind == Kind::Num => {
                starts::ABS | starts::CLOCK | starts::QUANT | starts::QUARTER
            }
            Some(t) if t.kind == Kind::Punct && self.k(i) == "'" => starts::ABS,
            Some(t) => t.lex.starts,
            None => 0,
        }
    }

    /// The longest of the core patterns at `i`.
    fn core(&self, i: usize) -> Option<M> {
        use starts::*;
        let mut s = self.starts(i);
        if self.mid_sentence_cap(i) {
            // "India Today", "This Week", "High Noon": names.
            s &= ABS | WD | HOLIDAY | QUARTER | FISCAL;
        }
        let on = |bit: u16| s & bit != 0;
        let mut best: Option<M> = None;
        let mut take = |found: Option<M>| {
            if let Some(c) = found {
                if best.as_ref().is_none_or(|b| c.end > b.end) {
                    best = Some(c);
                }
            }
        };
        if on(ABS) {
            take(self.absolute(i));
        }
        if on(WD) {
            take(self.weekday(i));
        }
        if on(CLOCK) {
            take(self.clock(i));
        }
        if on(PART) {
            take(self.day_part(i));
        }
        if on(DEIC) {
            take(self.deictic(i));
        }
        if on(SET) {
            take(self.set(i));
        }
        if on(REL) {
            take(self.relative(i));
        }
        if on(QUANT) {
            take(self.quantified(i));
        }
        if on(QUARTER) {
            take(self.quarter(i));
        }
        if on(FISCAL) {
            take(self.fiscal(i));
        }
        if on(SEASON) {
            take(self.season(i));
        }
        if on(HOLIDAY) {
            take(self.holiday(i));
        }
        best
    }

    /// "early", "late", "mid-", "earlier", "later in", "the end of", …:
    /// words that narrow a date without changing its value.
    fn position_modifier(&self, i: usize) -> Option<usize> {
        let after_hyphen = |j: usize| if self.punct(j, "-") && self.glued(j) { j + 1 } else { j };
        match self.k(i) {
            "early" | "late" | "mid" => Some(after_hyphen(i + 1)),
            "the" if self.any(i + 1, &["early", "late", "mid"]) => Some(after_hyphen(i + 2)),
            "earlier" | "later" => Some(if self.is(i + 1, "in") { i + 2 } else { i + 1 }),
            "the"
                if self.any(
                    i + 1,
                    &["end", "beginning", "start", "middle", "turn", "close", "rest"],
                ) && self.is(i + 2, "of") =>
            {
                Some(i + 3)
            }
            "end" | "beginning" | "start" | "middle" if self.is(i + 1, "of") => Some(i + 2),
            _ => None,
        }
    }
}

/// String equality without a call to `memcmp`: keys are short, and the
/// size-optimised build would otherwise call it for every comparison.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// True for drafts that a position word ("early", "the end of") may narrow.
fn is_pointlike(d: &Draft) -> bool {
    match d {
        Draft::Fixed(ty, v) => *ty == TimexType::Date && !v.ends_with("_REF"),
        _ => true,
    }
}

/// The TIMEX3 value of a duration: (5, Hour) → `PT5H`, (2.5, Year) →
/// `P2Y6M`, (several, Day) → `PXD`.
fn duration(count: Count, unit: Unit) -> String {
    let (designator, time) = match unit {
        Unit::Second => ("S", true),
        Unit::Minute => ("M", true),
        Unit::Hour => ("H", true),
        Unit::Day => ("D", false),
        Unit::Week => ("W", false),
        Unit::Month => ("M", false),
        Unit::Quarter => ("Q", false),
        Unit::Year => ("Y", false),
        Unit::Decade => ("DE", false),
        Unit::Century => ("CE", false),
        Unit::Millennium => ("ML", false),
    };
    let t = if time { "T" } else { "" };
    let n = match count {
        Count::Some => return format!("P{t}X{designator}"),
        Count::N(n) => n,
    };
    // Decades and centuries in years, so that "two decades" = "20 years".
    let (n, designator) = match unit {
        Unit::Decade => (n * 10.0, "Y"),
        Unit::Century => (n * 100.0, "Y"),
        Unit::Millennium => (n * 1000.0, "Y"),
        _ => (n, designator),
    };
    let whole = n.trunc();
    let frac = n - whole;
    if frac.abs() < 1e-9 {
        return format!("P{t}{}{designator}", whole as u64);
    }
    // A fraction goes into the next smaller unit: 2.5 years = P2Y6M.
    let smaller = match unit {
        Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium => Some((12.0, "M", false)),
        Unit::Day => Some((24.0, "H", true)),
        Unit::Hour => Some((60.0, "M", true)),
        Unit::Minute => Some((60.0, "S", true)),
        Unit::Week => Some((7.0, "D", false)),
        _ => None,
    };
    match smaller {
        Some((factor, small, small_time))
            if (frac * factor - (frac * factor).round()).abs() < 1e-6 =>
        {
            let part = (frac * factor).round() as u64;
            let whole = whole as u64;
            match (whole, time, small_time) {
                (0, _, true) => format!("PT{part}{small}"),
                (0, _, false) => format!("P{part}{small}"),
                (_, false, true) => format!("P{whole}{designator}T{part}{small}"),
                _ => format!("P{t}{whole}{designator}{part}{small}"),
            }
        }
        _ => format!("P{t}{}{designator}", (n * 100.0).round() / 100.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duration_values() {
        assert_eq!(duration(Count::N(5.0), Unit::Hour), "PT5H");
        assert_eq!(duration(Count::N(2.5), Unit::Year), "P2Y6M");
        assert_eq!(duration(Count::N(0.5), Unit::Hour), "PT30M");
        assert_eq!(duration(Count::N(1.5), Unit::Day), "P1DT12H");
        assert_eq!(duration(Count::N(5.5), Unit::Hour), "PT5H30M");
        assert_eq!(duration(Count::N(2.0), Unit::Decade), "P20Y");
        assert_eq!(duration(Count::Some, Unit::Day), "PXD");
        assert_eq!(duration(Count::Some, Unit::Minute), "PTXM");
        assert_eq!(duration(Count::N(1.5), Unit::Month), "P1.5M");
    }
}
