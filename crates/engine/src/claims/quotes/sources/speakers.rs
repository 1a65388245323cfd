//! The speaker of a quotation: a speech verb and source after the quote,
//! before it, after a colon, or the subject of the sentence; and whether a
//! quote is a fragment inside the writer's own sentence.

use super::*;

impl Sources<'_> {
    pub(super) fn to_found(&self, s: Source, verb: &str) -> Found {
        (Speaker { name: s.name, span: Some(s.span) }, Some(verb.to_string()))
    }

    /// `"…," Trump remarked` / `"…," said Warren`.
    pub fn speaker_after(&self, m: &Marked, close_sentence: usize) -> Option<Found> {
        let close = m.close?;
        let ws = self.ws();
        let (_, s1) = self.sentence_range(close_sentence);
        let j = self.words.at_or_after(close.end);
        let j = if ws.get(j).is_some_and(|w| w.is(",")) { j + 1 } else { j };
        let mut k = j;
        while k < s1 && k < j + 9 {
            let w = &ws[k];
            if w.is(",") && k > j {
                // `"…," Deng, the governor, said`: a name set off by an
                // appositive before the verb.
                if let Some(found) = self.speaker_before_appositive(j, k, s1) {
                    return Some(found);
                }
            }
            if w.kind == Kind::Quote || (w.kind == Kind::Punct && !w.is("-") && !w.is(".")) {
                break;
            }
            if let Some(v) = self.verb_at(k, j) {
                let source = if k > j {
                    let (a, b) = self.np_before(k, j)?;
                    self.resolve(a, b)?
                } else {
                    let (a, b) = self.np_after(k + 1, s1)?;
                    self.resolve(a, b)?
                };
                let verb = verb_text(&ws[k].lower, v);
                return Some(self.to_found(source, &verb));
            }
            k += 1;
        }
        None
    }

    /// The speaker `j..comma` of `"…," Deng, the governor, said`: the
    /// appositive after the comma opens in lower case and runs to a comma
    /// right before the speech verb, within a few words and no mark
    /// (`Ema Suryani, a doctor at a clinic in Lampahan, Bener Meriah
    /// district, told AFP`).
    fn speaker_before_appositive(&self, j: usize, comma: usize, s1: usize) -> Option<Found> {
        let ws = self.ws();
        if ws.get(comma + 1).is_none_or(|w| !w.is_word() || w.cap) {
            return None;
        }
        let end = (comma + 2..s1.min(comma + 16))
            .take_while(|&c| ws[c].kind != Kind::Quote && !ws[c].is("."))
            .find(|&c| ws[c].is(",") && self.verb_at(c + 1, j).is_some())?;
        let v = self.verb_at(end + 1, j)?;
        let (a, b) = self.np_before(comma, j)?;
        if a != j {
            return None;
        }
        let source = self.resolve(a, b)?;
        Some(self.to_found(source, &verb_text(&ws[end + 1].lower, v)))
    }

    /// `Putin stated: "…"`, `described the talks as "…"`, `Tass quoted
    /// Putin, who stated, "…"`: the nearest speech verb before the quote.
    pub fn speaker_before(&self, open_w: usize, si: usize) -> Option<Found> {
        let ws = self.ws();
        let (s0, s1) = self.sentence_range(si);
        let mut k = open_w.min(s1);
        while k > s0 {
            k -= 1;
            if self.in_quote[k] {
                continue;
            }
            if let Some(v) = self.verb_at(k, s0) {
                let source = if v.lemma == "quote" {
                    let (a, b) = self.np_after(k + 1, s1)?;
                    self.resolve(a, b)?
                } else {
                    self.subject_of(k, s0, s1)?
                };
                let verb = verb_text(&ws[k].lower, v);
                return Some(self.to_found(source, &verb));
            }
        }
        None
    }

    /// A quote opening a paragraph after a sentence ending in ":" — the
    /// speaker is in that sentence.
    pub fn speaker_from_colon(&self, m: &Marked, si: usize) -> Option<Found> {
        let prev = si.checked_sub(1)?;
        let sent = self.doc.seg.sentences.get(prev)?;
        if !sent.span.slice(&self.doc.text).trim_end().ends_with(':') || !self.opens_paragraph(m) {
            return None;
        }
        let (_, s1) = self.sentence_range(prev);
        self.speaker_before(s1, prev)
            .or_else(|| self.sentence_subject(prev, s1).map(|s| self.to_found(s, "")))
    }

    /// The subject of sentence `si` before word `before`, as a speaker.
    pub fn subject_speaker(&self, si: usize, before: usize) -> Option<Found> {
        let s = self.sentence_subject(si, before)?;
        Some((Speaker { name: s.name, span: Some(s.span) }, None))
    }

    /// True when the quote follows a colon in its sentence: `joke: "…"`.
    pub fn after_colon(&self, m: &Marked) -> bool {
        let before = self.doc.text.get(..m.open.start).unwrap_or("");
        before.trim_end().ends_with(':')
    }

    /// True for a quoted fragment inside the writer's sentence.
    pub fn is_partial(&self, m: &Marked) -> bool {
        let text = self.doc.text.as_str();
        let before = text.get(..m.open.start).unwrap_or("");
        let prev = before.trim_end_matches([' ', '\t']).chars().next_back();
        let w = self.words.at_or_after(m.open.start);
        let after_verb = w > 0
            && self.ws().get(w - 1).is_some_and(|p| lexicon().speech_verb(&p.lower).is_some());
        let clause_start = after_verb
            || prev.is_none_or(|c| {
                matches!(
                    c,
                    '\n' | ':'
                        | ','
                        | '.'
                        | '!'
                        | '?'
                        | '"'
                        | '\u{201d}'
                        | '\u{201c}'
                        | '('
                        | '\u{2014}'
                )
            });
        let content = m.content.slice(text);
        let first = content.chars().next();
        let starts = first.is_some_and(|c| {
            c.is_uppercase() || c.is_numeric() || matches!(c, '.' | '\u{2026}' | '\'')
        });
        let last = content.trim_end().chars().next_back();
        let ends = m.close.is_none()
            || last.is_some_and(|c| {
                matches!(c, '.' | ',' | '!' | '?' | '\u{2026}' | '\u{2014}' | '-' | ':' | ';')
            })
            || text
                .get(m.close.map_or(0, |c| c.end)..)
                .is_some_and(|r| r.trim_start().is_empty() || r.trim_start().starts_with(['\n']));
        !(clause_start && starts && ends)
    }

    /// True when the quote's mark is the first thing in its paragraph (or
    /// line).
    pub fn opens_paragraph(&self, m: &Marked) -> bool {
        let before = self.doc.text.get(..m.open.start).unwrap_or("");
        // Stops at the first non-space: a line of thousands of quotes stays linear.
        before.chars().rev().take_while(|&c| c != '\n').all(char::is_whitespace)
    }

    #[allow(dead_code)]
    pub(super) fn marked(&self) -> &[Marked] {
        self.marked
    }
}
