//! Titles and roles given to a person: before the name ("U.S. special envoy
//! Steve Witkoff"), in an appositive ("Oleh Kiper, head of the regional
//! military administration"), and their comparison keys.

use crate::claims::words::{is_function_word, Kind, Word};
use crate::claims::Role;
use crate::lexicon::{self, lexicon, Gazetted};
use crate::text::Span;

/// Abbreviated titles spelled out for the key: "gov." → "governor".
fn expand_title(lower: &str) -> Option<&'static str> {
    Some(match lower.trim_end_matches('.') {
        "gov" => "governor",
        "sen" => "senator",
        "rep" => "representative",
        "gen" => "general",
        "sgt" => "sergeant",
        "lt" => "lieutenant",
        "col" => "colonel",
        "capt" => "captain",
        "cpl" => "corporal",
        "pvt" => "private",
        "maj" => "major",
        "adm" => "admiral",
        "cmdr" => "commander",
        "dr" => "doctor",
        "prof" => "professor",
        "rev" => "reverend",
        "pres" => "president",
        "supt" => "superintendent",
        "insp" => "inspector",
        "det" => "detective",
        "atty" => "attorney",
        "amb" => "ambassador",
        "vp" => "vice president",
        _ => return None,
    })
}

/// Spelling and gender variants of one role, made equal for the key.
fn canonical_word(lower: &str) -> &str {
    match lower {
        "advisor" => "adviser",
        "spokesman" | "spokeswoman" => "spokesperson",
        "chairman" | "chairwoman" | "chairperson" => "chair",
        "vice-president" => "vice president",
        "defense" => "defence",
        _ => lower,
    }
}

/// True for honorifics that are not roles ("Mr.", "Mrs.", "Ms.").
pub(crate) fn is_honorific(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches('.'),
        "mr" | "mrs" | "ms" | "miss" | "mx" | "sir" | "dame" | "madam"
    )
}

/// True when `w` can end a role phrase: a role noun or a title ("envoy",
/// "President", "Sgt.").
pub(crate) fn is_role_head(w: &Word) -> bool {
    if w.kind != Kind::Word {
        return false;
    }
    let lx = lexicon();
    lx.role_head(&w.lower).is_some()
        || (lx.title(&w.lower).is_some() && !is_honorific(&w.lower))
        || w.lower == "vp"
}

/// True when `w` may stand inside a role phrase before its head.
fn is_role_inner(w: &Word) -> bool {
    let lx = lexicon();
    if w.kind == Kind::Possessive {
        return true;
    }
    if w.kind != Kind::Word {
        return false;
    }
    is_role_head(w)
        || lx.role_modifier(&w.lower)
        || lx.meaning_changing(&w.lower)
        || lx.demonym(&w.lower)
        || lx.gazetted(&w.lower).is_some()
        || hyphen_adjective(w)
}

/// "Moscow-installed", "Kremlin-backed", "U.S.-born": a name made adjective.
fn hyphen_adjective(w: &Word) -> bool {
    w.cap
        && w.lower.contains('-')
        && w.lower
            .rsplit('-')
            .next()
            .is_some_and(|last| last.ends_with("ed") || last.ends_with("born"))
}

/// Position words of photo captions: "third right", "second from left".
fn is_caption_position(ws: &[Word]) -> bool {
    !ws.is_empty() && ws.iter().all(|w| lexicon::ENTITIES_CAPTION_POSITIONS.contains(&w.lower))
}

/// The start of the role phrase that ends right before word `end` (the
/// first word of a name), if the word before the name is a role head:
/// `… involved Trump's special envoy |Steve Witkoff` → start of "Trump's".
///
/// `floor` is the first word the phrase may use (its sentence's start).
pub(crate) fn pre_role_start(words: &[Word], floor: usize, end: usize) -> Option<usize> {
    let last = end.checked_sub(1).filter(|&h| h >= floor)?;
    let head = if is_role_head(&words[last]) { last } else { of_title_head(words, floor, end)? };
    if is_honorific(&words[head].lower) {
        return None;
    }
    let mut start = head;
    let mut i = head;
    while i > floor {
        let w = &words[i - 1];
        if w.kind == Kind::Possessive {
            // "Trump's special envoy": take the possessor (a capitalised run,
            // or one lower-case noun with its article) and stop.
            let mut j = i - 1;
            while j > floor && words[j - 1].is_word() && words[j - 1].cap {
                j -= 1;
            }
            if j == i - 1
                && j > floor
                && words[j - 1].is_word()
                && !is_function_word(&words[j - 1].lower)
            {
                j -= 1;
                if j > floor && matches!(words[j - 1].lower.as_str(), "the" | "a" | "an") {
                    j -= 1;
                }
            }
            if j < i - 1 {
                start = j;
            }
            break;
        }
        if w.is_word() && matches!(w.lower.as_str(), "his" | "her" | "their" | "its") {
            start = i - 1;
            break;
        }
        let capital_name = w.is_word() && w.cap && !is_function_word(&w.lower);
        if is_role_inner(w) || capital_name {
            i -= 1;
            start = i;
            continue;
        }
        break;
    }
    // Leading capitalised words that are not role words belong to a name
    // or organisation in front ("Apple CEO"): keep them in the text, the key
    // drops them.
    Some(start)
}

/// The head of a title with an "of" complement right before word `end`:
/// `Secretary of State |Marco Rubio` → "Secretary"; `head of the regional
/// military administration |Oleh Kiper` → "head".
pub(crate) fn of_title_head(words: &[Word], floor: usize, end: usize) -> Option<usize> {
    let mut j = end;
    while j > floor && end - j < 5 {
        let w = &words[j - 1];
        // Role words only: "of State", "of the regional military
        // administration", "of Russia" — not an organisation's own name
        // ("president of Enterprise Management Associates").
        let complement = w.lower == "the"
            || (is_role_inner(w)
                && w.kind == Kind::Word
                && !w.all_caps
                && lexicon().gazetted(&w.lower) != Some(Gazetted::Org));
        if !complement {
            break;
        }
        j -= 1;
    }
    if j == end
        || j < floor + 2
        || words[j - 1].lower != "of"
        || words[j].lower == "the" && j + 1 == end
    {
        return None;
    }
    let head = j - 2;
    is_role_head(&words[head]).then_some(head)
}

/// Parses an appositive after a name starting at word `from` (the word after
/// the comma): "regional military administration chief", "head of the
/// regional military administration", "U.S. President Donald Trump's
/// son-in-law". Returns the role spans (word ranges), several for "chairman
/// and chief executive officer".
pub(crate) fn appositive_roles(words: &[Word], from: usize, limit: usize) -> Vec<(usize, usize)> {
    let mut end = from;
    while end < limit && end - from < 16 {
        let w = &words[end];
        let stop = match w.kind {
            Kind::Punct => !matches!(w.lower.as_str(), "-" | "&"),
            Kind::Quote => true,
            Kind::Number => end == from,
            _ => {
                matches!(
                    w.lower.as_str(),
                    "who"
                        | "whose"
                        | "which"
                        | "that"
                        | "said"
                        | "says"
                        | "told"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "can"
                        | "could"
                        | "did"
                        | "does"
                        | "do"
                        | "may"
                        | "might"
                ) || (end > from
                    && !w.cap
                    && lexicon().speech_verb(&w.lower).is_some()
                    && !is_role_head(w)
                    // "secretary of state": a noun spelled like a verb.
                    && !matches!(words[end - 1].lower.as_str(), "of" | "the" | "a" | "an" | "for"))
            }
        };
        if stop {
            break;
        }
        end += 1;
    }
    let ws = &words[from..end];
    if ws.is_empty() || is_caption_position(ws) {
        return Vec::new();
    }
    // Cut at a preposition after the first head, other than "of" right
    // after a head: "a doctor at a health clinic" → "a doctor".
    let mut cut = end;
    let mut seen_head = false;
    for (k, w) in ws.iter().enumerate() {
        if is_role_head(w) {
            seen_head = true;
            continue;
        }
        if w.is_word() && !w.cap {
            let prev_head = k > 0 && is_role_head(&ws[k - 1]);
            let prep = matches!(
                w.lower.as_str(),
                "at" | "in"
                    | "on"
                    | "with"
                    | "for"
                    | "from"
                    | "to"
                    | "since"
                    | "during"
                    | "after"
                    | "before"
                    | "by"
                    | "under"
                    | "near"
                    | "whose"
                    | "until"
                    | "when"
                    | "while"
                    | "as"
            );
            // Before any head, a preposition means this is no role phrase
            // ("the hometown of Ukrainian President …").
            if !seen_head && (prep || w.lower == "of") {
                cut = from + k;
                break;
            }
            // "vice president for external affairs": a bare lower-case
            // portfolio after the head belongs to the role; "a lawyer for
            // the ranchers" names a client and does not.
            let portfolio = prev_head
                && w.lower == "for"
                && ws
                    .get(k + 1)
                    .is_some_and(|n| n.is_word() && !n.cap && !is_function_word(&n.lower));
            if seen_head && !portfolio && (prep || (w.lower == "of" && !prev_head)) {
                cut = from + k;
                break;
            }
        }
    }
    // The phrase must contain a role head, and must not be a bare name.
    if !words[from..cut].iter().any(|w| is_role_head(w) && !is_honorific(&w.lower)) {
        return Vec::new();
    }
    // Split coordinated roles: "chairman and chief executive officer".
    let mut out = Vec::new();
    let mut part_start = from;
    for k in from..cut {
        if words[k].lower == "and" && k > part_start && is_role_head(&words[k - 1]) {
            out.push((part_start, k));
            part_start = k + 1;
        }
    }
    out.push((part_start, cut));
    out.retain(|&(a, b)| a < b && words[a..b].iter().any(is_role_head));
    out
}

/// Builds a [`Role`] from words `a..b`: `text` is the phrase in lower case,
/// `key` its comparison key.
///
/// "U.S. special envoy" → key "special envoy"; "Trump's son-in-law" →
/// "son-in-law"; "head of the regional military administration" →
/// "regional military administration head"; "Russian President" →
/// "president"; "former president" stays.
pub(crate) fn make_role(text: &str, words: &[Word], a: usize, b: usize) -> Option<Role> {
    let ws = words.get(a..b)?;
    let first = ws.first()?;
    let last = ws.last()?;
    let span = Span::new(first.span.start, last.span.end);
    let phrase = span.slice(text);
    let role_text = phrase.split_whitespace().map(lexicon::fold).collect::<Vec<_>>().join(" ");
    Some(Role { text: role_text, key: role_key(ws), span })
}

/// The comparison key of a role phrase.
pub(crate) fn role_key(ws: &[Word]) -> String {
    let lx = lexicon();
    // Drop the possessor: everything up to the last "'s".
    let from = ws.iter().rposition(|w| w.kind == Kind::Possessive).map_or(0, |p| p + 1);
    let ws = &ws[from..];
    // "head of the regional military administration" → mods + head.
    let (before_of, after_of) = match ws.iter().position(|w| w.lower == "of") {
        Some(p) if p > 0 && is_role_head(&ws[p - 1]) => (&ws[..p], &ws[p + 1..]),
        _ => (ws, &ws[..0]),
    };
    let mut keep: Vec<String> = Vec::new();
    let push_words = |part: &[Word], keep: &mut Vec<String>| {
        for (idx, w) in part.iter().enumerate() {
            if w.kind != Kind::Word {
                continue;
            }
            let l = w.lower.as_str();
            // "Chief Operating Officer": the words between "chief" and
            // "officer" are the title, not a name in front of it.
            let c_suite = w.cap
                && part[idx + 1..].iter().any(|x| x.lower == "officer")
                && part[..idx].iter().rev().take_while(|x| x.cap).any(|x| x.lower == "chief");
            if matches!(
                l,
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "and"
            ) {
                continue;
            }
            if let Some(full) = expand_title(l) {
                keep.push(full.to_string());
                continue;
            }
            let vocab = lx.role_head(l).is_some() || lx.role_modifier(l) || lx.meaning_changing(l);
            let name_like = lx.demonym(l)
                || matches!(
                    lx.gazetted(l),
                    Some(Gazetted::Country(_) | Gazetted::Place(_) | Gazetted::Org)
                )
                || hyphen_adjective(w)
                || (w.cap && !vocab && !c_suite);
            if name_like {
                continue;
            }
            keep.push(canonical_word(l).to_string());
        }
    };
    let mut tail: Vec<String> = Vec::new();
    push_words(after_of, &mut tail);
    push_words(before_of, &mut keep);
    let mut out: Vec<String> = tail;
    out.extend(keep);
    // A final "chief" after a modifier is a "head": "administration chief".
    if out.len() >= 2 && out.last().is_some_and(|l| l == "chief") {
        if let Some(l) = out.last_mut() {
            *l = "head".to_string();
        }
    }
    if out.is_empty() {
        // Only names and nationalities: keep the head itself.
        if let Some(h) = ws.iter().rev().find(|w| is_role_head(w)) {
            return canonical_word(expand_title(&h.lower).unwrap_or(&h.lower)).to_string();
        }
    }
    out.join(" ")
}
