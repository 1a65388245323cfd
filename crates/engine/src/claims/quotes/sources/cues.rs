//! Reported speech without quotation marks: "X said (that) …", "…, X said",
//! "according to X, …" — each cue with its source and what it reports.

use super::*;

impl Sources<'_> {
    /// All cues of the document.
    pub fn cues(&self) -> Vec<Cue> {
        let ws = self.ws();
        let text = self.doc.text.as_str();
        let mut out = Vec::new();
        for si in 0..self.words.sentences.len() {
            let (s0, s1) = self.sentence_range(si);
            let mut i = s0;
            while i < s1 {
                if self.in_quote[i] {
                    i += 1;
                    continue;
                }
                let w = &ws[i];
                // "according to X"
                if w.lower == "according" && ws.get(i + 1).is_some_and(|x| x.lower == "to") {
                    let source = self.cited_after(i + 2, s1);
                    let content = if i == s0 || (i == s0 + 1 && ws[s0].kind == Kind::Punct) {
                        // "According to X, …"
                        let comma = (i + 2..s1).find(|&k| ws[k].is(","));
                        comma.map(|c| self.clause_span(c + 1, s1))
                    } else {
                        // "… — the largest in league history, according to
                        // the league — roared": only the aside.
                        let from = s0.max(i.saturating_sub(60));
                        let dashes: Vec<usize> = (from..i).filter(|&k| is_dash(&ws[k])).collect();
                        let paren = (from..i)
                            .rev()
                            .take_while(|&k| !ws[k].is(")"))
                            .find(|&k| ws[k].is("("));
                        let open =
                            if dashes.len() % 2 == 1 { dashes.last().copied() } else { None };
                        let open = open.max(paren);
                        Some(self.clause_span(open.map_or(s0, |o| o + 1), i))
                    };
                    out.push(Cue {
                        sentence: si,
                        span: self.span_of(i, i + 2),
                        text: "according to".into(),
                        source,
                        content,
                    });
                    i += 2;
                    continue;
                }
                // "as reported by X", "was provided by X"
                if w.lower == "by" && i > s0 {
                    let part = &ws[i - 1];
                    let passive_verb = lexicon().speech_verb(&part.lower).is_some()
                        || matches!(
                            part.lower.as_str(),
                            "provided"
                                | "released"
                                | "issued"
                                | "published"
                                | "given"
                                | "disseminated"
                                | "relayed"
                                | "shared"
                        );
                    // "analysts surveyed by FactSet": a survey names its source
                    // wherever it stands.
                    let survey = matches!(
                        part.lower.as_str(),
                        "surveyed" | "polled" | "compiled" | "tracked" | "collected" | "gathered"
                    );
                    if survey {
                        if let Some(source) = self.cited_after(i + 1, s1) {
                            out.push(Cue {
                                sentence: si,
                                span: self.span_of(i - 1, i + 1),
                                text: format!("{} by", part.lower),
                                source: Some(source),
                                content: None,
                            });
                            i += 1;
                            continue;
                        }
                    }
                    if passive_verb && part.lower.ends_with('d') || part.lower == "given" {
                        let before =
                            i.checked_sub(2).filter(|&x| x >= s0).map(|x| ws[x].lower.as_str());
                        let as_form = before == Some("as");
                        let be_form = matches!(
                            before,
                            Some("was" | "were" | "is" | "are" | "been" | "being" | "be")
                        );
                        if as_form || be_form || before == Some(",") {
                            let cue_start = if as_form { i - 2 } else { i - 1 };
                            let source =
                                self.np_after(i + 1, s1).and_then(|(a, b)| self.resolve(a, b));
                            let cue_text = lower_words(&ws[cue_start..=i]).join(" ");
                            let content = as_form.then(|| self.clause_span(s0, cue_start));
                            out.push(Cue {
                                sentence: si,
                                span: self.span_of(cue_start, i + 1),
                                text: cue_text,
                                source,
                                content,
                            });
                            i += 1;
                            continue;
                        }
                    }
                }
                if let Some(v) = self.verb_at(i, s0) {
                    if ws.get(i + 1).is_some_and(|x| x.lower == "by") {
                        i += 1;
                        continue;
                    }
                    let source = self.subject_of(i, s0, s1);
                    let content = self.reported_content(i, v, s0, s1);
                    out.push(Cue {
                        sentence: si,
                        span: w.span,
                        text: w.lower.clone(),
                        source,
                        content,
                    });
                }
                i += 1;
            }
        }
        let _ = text;
        out
    }

    /// What verb `v` at word `i` reports: the "that" clause, a clause right
    /// after it, or (for a sentence-final "…, X said") the clause before.
    pub(super) fn reported_content(
        &self,
        i: usize,
        v: SpeechVerb,
        s0: usize,
        s1: usize,
    ) -> Option<Span> {
        let ws = self.ws();
        if v.lemma == "quote" || v.class == VerbClass::DescribeAs {
            return None;
        }
        // "that" within the next few words.
        let that = (i + 1..(i + 6).min(s1))
            .take_while(|&k| !matches!(ws[k].kind, Kind::Punct | Kind::Quote))
            .find(|&k| ws[k].lower == "that");
        if let Some(t) = that {
            return Some(self.clause_span(t + 1, s1)).filter(|s| !s.is_empty());
        }
        // Sentence-final: "…, Oppal said Wednesday."
        let mut k = i;
        while k > s0 && !ws[k - 1].is(",") && i - k < 9 {
            k -= 1;
        }
        let tail = &ws[i + 1..s1];
        let tail_words = tail.iter().filter(|w| w.is_word()).count();
        let tail_is_short = tail_words <= 4 && !tail.iter().any(|w| w.kind == Kind::Quote);
        // Right after the comma the verb's subject must follow it ("…, said
        // Oppal", "…, said local hospital director Hengky Tewu"); "Reyes, a
        // lawyer, said the company would appeal" reports what follows.
        let subject_after = v.lemma != "tell" && self.subject_after(i + 1, s1);
        if (subject_after || (k < i && tail_is_short))
            && k > s0
            && ws[k - 1].is(",")
            && !self.in_quote[k - 2.min(k - 1)]
        {
            return Some(self.clause_span(s0, k - 1)).filter(|s| !s.is_empty());
        }
        // Inverted `"…," said Okonkwo, a native of …`: what follows the verb
        // is its subject, not what was said.
        let prev = i.checked_sub(1).filter(|&p| p >= s0).map(|p| &ws[p]);
        let inverted = prev.is_none_or(|p| {
            p.kind == Kind::Quote
                || (p.is(",") && i >= 2 && i - 2 >= s0 && ws[i - 2].kind == Kind::Quote)
        });
        // Zero "that": "Attorney General Wally Oppal said Winston Blackmore is charged".
        if !inverted
            && !subject_after
            && v.class == VerbClass::Say
            && v.lemma != "tell"
            && v.lemma != "ask"
        {
            let next = ws.get(i + 1).filter(|w| w.sentence == ws[i].sentence)?;
            let prep = matches!(
                next.lower.as_str(),
                "on" | "in"
                    | "at"
                    | "to"
                    | "during"
                    | "after"
                    | "before"
                    | "by"
                    | "with"
                    | "for"
                    | "of"
                    | "about"
                    | "late"
                    | "earlier"
                    | "yesterday"
                    | "today"
            ) || crate::lexicon::WEEKDAYS_NAMES.contains(&next.lower);
            let has_quote = ws[i + 1..s1].iter().any(|w| w.kind == Kind::Quote);
            if next.is_word() && !prep && !has_quote && s1 - i > 4 {
                return Some(self.clause_span(i + 1, s1)).filter(|s| !s.is_empty());
            }
        }
        None
    }

    /// True when the words from `j` to the sentence end (or to a comma
    /// after a name) are the subject of the verb before `j`: "said local
    /// hospital director Hengky Tewu.", "said Okonkwo, a native of …",
    /// "said the company." — not "said Mr Bashir should be held responsible".
    pub(super) fn subject_after(&self, j: usize, s1: usize) -> bool {
        let ws = self.ws();
        let mut end = s1;
        while end > j && matches!(ws[end - 1].kind, Kind::Punct | Kind::Quote) {
            end -= 1;
        }
        if end <= j {
            return false;
        }
        // A person named at the end (or before a comma): the words before
        // the name must be a role phrase. (A subject is short: the bounds
        // keep a huge sentence linear.)
        let comma = (j..end.min(j + 12)).find(|&k| ws[k].is(","));
        if comma.is_none() && end - j > 12 {
            return false;
        }
        let np_end = match comma {
            Some(c) if self.person_at[c - 1.min(c)].is_some() && c > j => c,
            _ => end,
        };
        if let Some(mi) = self.person_at[np_end - 1] {
            let m = &self.mentions[mi];
            let lead_in = m.start - j <= 6
                && ws[j..m.start].iter().all(|w| {
                    w.kind == Kind::Possessive
                        || (w.is_word()
                            && (!is_function_word(&w.lower) || is_determiner(&w.lower))
                            && !is_aux_or_adverb(&w.lower)
                            && (w.cap || lexicon().speech_verb(&w.lower).is_none()))
                });
            if m.end == np_end && m.start >= j && lead_in {
                return true;
            }
        }
        let words = end - j;
        (j..end).all(|k| self.name_at[k])
            || (words <= 3
                && is_determiner(&ws[j].lower)
                && !(j + 1..end).any(|k| ws[k].kind == Kind::Punct))
    }

    /// Words `a..b` without a trailing comma or final punctuation.
    pub(super) fn clause_span(&self, a: usize, b: usize) -> Span {
        let ws = self.ws();
        let mut b = b;
        while b > a && matches!(ws[b - 1].kind, Kind::Punct | Kind::Quote) {
            // "hit the school (at 3pm)": a closing bracket stays with its opening.
            if ws[b - 1].is(")") && ws[a.max(b.saturating_sub(60))..b].iter().any(|w| w.is("(")) {
                break;
            }
            b -= 1;
        }
        let mut a = a;
        while a < b && matches!(ws[a].kind, Kind::Punct) {
            a += 1;
        }
        self.span_of(a, b)
    }
}
