//! Loaded language: evaluative and intensifying words a neutral report
//! would not use in its own voice.
//!
//! `"a staggering 138 drones"` → `staggering` (intensifier);
//! `"Tragically, a girl died"` → `tragically` (emotive);
//! `"critics slammed the plan"` → `slam` (judgement).
//!
//! The word list (`data/loaded/loaded_lexicon.tsv`) is derived from the
//! VADER sentiment lexicon plus a curated list of news framing words; its
//! README says how. Precision comes first, so a word is skipped:
//! - inside double quotation marks (the speaker's words, not the writer's);
//! - when capitalised in the middle of a body sentence (part of a name:
//!   "Amazing Grace");
//! - for framing verbs used of objects ("slammed into a wall") and for
//!   "regime" as a technical term ("sanctions regime").
//!
//! Words that are the news itself ("killed", "war", "crisis") are not in the
//! list.

use super::{Claim, ClaimData, LoadedWord};
use crate::segment::{SentenceRole, Token, TokenKind};
use crate::text::SentenceId;
use crate::Document;
use std::sync::OnceLock;

/// A context rule that must hold for an entry to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guard {
    None,
    /// A framing verb that also describes objects: not before "into", "off", …
    Physical,
    /// "regime": only after a determiner, a possessive or a name.
    Regime,
    /// "so-called": not when it introduces a term ("the so-called CMOS
    /// technology", `so-called "Ring of Fire"`).
    Term,
}

#[derive(Debug)]
struct Entry {
    /// The words of the entry (one for most).
    words: Vec<&'static str>,
    category: &'static str,
    lemma: &'static str,
    guard: Guard,
}

/// The entries, sorted by first word (longest phrase first within a
/// word), and for each first byte the range of entries starting with it.
struct Lexicon {
    entries: Vec<Entry>,
    by_byte: Vec<(u16, u16)>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut entries: Vec<Entry> = crate::lexicon::loaded_lexicon()
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let word = cols.next()?;
                let category = cols.next()?;
                let lemma = cols.next().filter(|s| !s.is_empty()).unwrap_or(word);
                let guard = match cols.next().unwrap_or("") {
                    "physical" => Guard::Physical,
                    "regime" => Guard::Regime,
                    "term" => Guard::Term,
                    _ => Guard::None,
                };
                Some(Entry { words: word.split(' ').collect(), category, lemma, guard })
            })
            .collect();
        entries.sort_by(|a, b| a.words[0].cmp(b.words[0]).then(b.words.len().cmp(&a.words.len())));
        let mut by_byte = vec![(0u16, 0u16); 256];
        for (b, range) in by_byte.iter_mut().enumerate() {
            let lo = entries.partition_point(|e| usize::from(e.words[0].as_bytes()[0]) < b);
            let hi = entries.partition_point(|e| usize::from(e.words[0].as_bytes()[0]) <= b);
            *range = (lo as u16, hi as u16);
        }
        Lexicon { entries, by_byte }
    })
}

/// The entries whose first word is `w`.
fn entries_for(w: &str) -> &'static [Entry] {
    let lex = lexicon();
    let Some(&first) = w.as_bytes().first() else { return &[] };
    let (lo, hi) = lex.by_byte[usize::from(first)];
    let bucket = &lex.entries[usize::from(lo)..usize::from(hi)];
    let a = bucket.partition_point(|e| e.words[0] < w);
    let b = a + bucket[a..].partition_point(|e| e.words[0] == w);
    &bucket[a..b]
}

/// Finds loaded words in `doc`, in text order.
pub fn extract_loaded(doc: &Document) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut paragraph = usize::MAX;
    let mut in_quote = false;
    for (si, sentence) in doc.seg.sentences.iter().enumerate() {
        if sentence.paragraph != paragraph {
            // Unclosed quotes end with their paragraph (news style opens a
            // quote again on each paragraph it continues into).
            paragraph = sentence.paragraph;
            in_quote = false;
        }
        let tokens = doc.seg.tokens.get(sentence.tokens.clone()).unwrap_or(&[]);
        let mut first_word = true;
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            if t.kind == TokenKind::Quote {
                in_quote = match t.span.slice(&doc.text) {
                    "\"" => straight_quote_opens(&doc.text, t.span.start, t.span.end)
                        .unwrap_or(!in_quote),
                    "\u{201c}" | "\u{201e}" | "\u{00ab}" => true,
                    "\u{201d}" | "\u{00bb}" => false,
                    _ => in_quote,
                };
                i += 1;
                continue;
            }
            if t.kind != TokenKind::Word {
                i += 1;
                continue;
            }
            let sentence_start = std::mem::replace(&mut first_word, false);
            if in_quote {
                i += 1;
                continue;
            }
            let Some((entry, len)) = matching_entry(tokens, i) else {
                i += 1;
                continue;
            };
            let text = t.span.slice(&doc.text);
            let capitalised =
                text.starts_with(char::is_uppercase) && text.chars().any(char::is_lowercase);
            // Part of a name: "the Amazing Race", and at a sentence's start
            // "Brilliant Ltd. said" (but "Tragically, a girl died").
            let next_capitalised = tokens.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word && n.span.slice(&doc.text).starts_with(char::is_uppercase)
            });
            if capitalised
                && (!sentence_start || next_capitalised)
                && sentence.role != SentenceRole::Headline
            {
                i += 1;
                continue;
            }
            if !guard_holds(entry.guard, tokens, i, len, &doc.text) {
                i += 1;
                continue;
            }
            out.push(Claim {
                span: t.span.cover(tokens[i + len - 1].span),
                sentence: SentenceId(si),
                data: ClaimData::Loaded(LoadedWord {
                    lemma: entry.lemma.to_string(),
                    category: entry.category.to_string(),
                }),
            });
            i += len;
        }
    }
    out
}

/// Whether a straight `"` at `start..end` opens (`Some(true)`) or closes
/// (`Some(false)`) a quote, judged by its neighbours: `␣"Word` opens,
/// `word,"␣` closes. `None` when both sides look alike.
fn straight_quote_opens(text: &str, start: usize, end: usize) -> Option<bool> {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    let space_before =
        before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '\u{2014}'));
    let space_after =
        after.is_none_or(|c| c.is_whitespace() || matches!(c, ')' | ']' | '.' | ',' | ';' | ':'));
    match (space_before, space_after) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// The longest entry matching the words from token `i`, with its length in
/// tokens.
fn matching_entry(tokens: &[Token], i: usize) -> Option<(&'static Entry, usize)> {
    let norm = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    entries_for(norm(i)).iter().find_map(|e| {
        let ok = e.words.iter().enumerate().all(|(k, w)| norm(i + k) == *w);
        ok.then_some((e, e.words.len()))
    })
}

fn guard_holds(guard: Guard, tokens: &[Token], i: usize, len: usize, text: &str) -> bool {
    let norm = |k: Option<usize>| k.and_then(|k| tokens.get(k)).map_or("", |t| t.norm.as_str());
    match guard {
        Guard::None => true,
        Guard::Physical => !crate::lexicon::LOADED_PHYSICAL_AFTER.contains(norm(Some(i + len))),
        Guard::Term => tokens.get(i + len).is_some_and(|n| {
            let w = n.span.slice(text);
            n.kind == TokenKind::Word && !w.starts_with(char::is_uppercase) && !w.contains('-')
        }),
        Guard::Regime => {
            let prev = i.checked_sub(1);
            let prev_text = prev.and_then(|k| tokens.get(k)).map_or("", |t| t.span.slice(text));
            matches!(norm(prev), "the" | "this" | "that" | "its" | "his" | "her" | "their" | "'s")
                || prev_text.starts_with(char::is_uppercase)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Version;

    /// Renders the loaded words of `text` as `"word" lemma category` lines.
    fn render(text: &str) -> String {
        let doc = Document::new(&Version::new("t", text));
        extract_loaded(&doc)
            .iter()
            .filter_map(|c| match &c.data {
                ClaimData::Loaded(l) => {
                    Some(format!("{:?} {} {}\n", c.span.slice(&doc.text), l.lemma, l.category))
                }
                _ => None,
            })
            .collect()
    }

    fn check(text: &str, expected: &str) {
        let want: String = expected
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(render(text), want, "input: {text}");
    }

    #[test]
    fn evaluative_words_are_found() {
        check(
            "Russia launched a staggering 138 drones. Tragically, a girl died in a brutal, shocking display of negligence. \
             Critics slammed the so-called peace plan as disastrous, while a mere 5 percent backed the heroic effort.",
            r#"
            "staggering" staggering intensifier
            "Tragically" tragically emotive
            "brutal" brutal emotive
            "shocking" shocking emotive
            "slammed" slam judgement
            "so-called" so-called judgement
            "disastrous" disastrous judgement
            "mere" mere judgement
            "heroic" heroic judgement
            "#,
        );
    }

    #[test]
    fn neutral_news_words_are_not_loaded() {
        check(
            "Two men were killed in the attack as the war and the humanitarian crisis deepened. Officials voiced concern and \
             support, saying significant challenges and an urgent need remain. The plant was destroyed; six people died.",
            "",
        );
    }

    #[test]
    fn quotes_names_and_physical_senses_are_skipped() {
        check(
            "\u{201c}This is a horrific, brutal attack,\u{201d} he said. She sang \"Amazing Grace\". The car slammed into a wall. \
             The sanctions regime held, but the regime fell. Brilliant Ltd. said the Amazing Race aired.",
            r#""regime" regime judgement"#,
        );
    }

    #[test]
    fn phrases_match_as_one_claim() {
        check("The so called experts lashed out at critics. It uses the so-called CMOS process, the so-called \"Ring of Fire\".", r#"
            "so called" so-called judgement
            "lashed out" lash out judgement
            "#);
    }

    #[test]
    fn regression_straight_quote_after_odd_quote_count_still_opens() {
        check("He said 5\" of rain fell. \"The regime is brutal,\" she said.", "");
    }

    #[test]
    fn regression_unclosed_quote_ends_with_its_paragraph() {
        check(
            "\"This was brutal, he said.\n\nThe horrific scene shocked residents.",
            r#""horrific" horrific emotive"#,
        );
    }

    #[test]
    fn lexicon_is_sorted_and_parsed() {
        let lex = &lexicon().entries;
        assert!(lex.len() > 400, "{}", lex.len());
        assert!(lex.windows(2).all(|w| w[0].words[0] <= w[1].words[0]));
        assert!(lex.iter().all(|e| entries_for(e.words[0]).iter().any(|f| std::ptr::eq(e, f))));
        assert!(entries_for("staggering").iter().any(|e| e.category == "intensifier"));
        assert!(entries_for("killed").is_empty());
    }
}
