//! The context of a quantity: qualifiers ("about", "at least"), the
//! counted noun (singularised), and which numbers are kept as claims.

use super::*;

impl Sentence<'_> {
    /// Context before the number: qualifiers, "aged", dates, ids, years.
    pub(super) fn context(&self, q: &mut Draft) {
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
    pub(super) fn qualifier_word(w: &str) -> Option<Qualifier> {
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
    pub(super) fn qualifier_before(&self, p: usize) -> Option<(Qualifier, usize)> {
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
    pub(super) fn qualifier_after(&self, j: usize) -> Option<Qualifier> {
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
    pub(super) fn counted(&self, j: usize, q: &Draft) -> Option<Counted> {
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
    pub(super) fn noun_run(&self, k: usize) -> Option<Counted> {
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
            // "12 other defendants", "20 additional payments": the noun
            // after the word is what is counted.
            if words.is_empty() && is_addition_word(l) && self.is_word(k + 1) {
                k += 1;
                continue;
            }
            // "24 monthly payments", "five elderly residents": a modifier
            // before a plural noun ("$5 daily" ends the phrase).
            if is_ly_adjective(l) && self.is_word(k + 1) && looks_plural(self.low(k + 1)) {
                words.push(k);
                last_lower = !self.is_cap(k);
                k += 1;
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
    pub(super) fn keep(&self, q: &Draft, counted: Option<&Counted>) -> bool {
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
    pub(super) fn age_list(
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
