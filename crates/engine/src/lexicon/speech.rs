//! Speech verbs: `data/speech_verbs.txt`, a lemma and its forms a line,
//! read once.

use super::read::sections;
use super::FnvHashMap;
use std::sync::OnceLock;

/// How a speech verb takes what it reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbClass {
    /// "said", "told", "stated": a quote, a clause or a "that" clause.
    Say,
    /// "suggested", "indicated": reported speech only with "that" or a quote.
    ThatOnly,
    /// "described … as", "called … ".
    DescribeAs,
    /// "yelled", "sighed": how words were said; an attribution after a
    /// quoted question, never a verb the quote extractor reports with.
    Manner,
}

/// A speech verb form with its lemma.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SpeechVerb {
    /// Base form: "say" (for a manner verb, the form itself).
    pub lemma: &'static str,
    /// How it takes its content.
    pub class: VerbClass,
}

const VERBS: &str = include_str!("../../data/speech_verbs.txt");

fn build() -> FnvHashMap<&'static str, SpeechVerb> {
    let mut verbs = FnvHashMap::default();
    for (section, line) in sections(VERBS) {
        let mut words = line.split_whitespace();
        if section == "manner" {
            for form in words {
                verbs.entry(form).or_insert(SpeechVerb { lemma: form, class: VerbClass::Manner });
            }
            continue;
        }
        let Some(first) = words.next() else { continue };
        let (class, lemma) = if let Some(l) = first.strip_prefix('+') {
            (VerbClass::ThatOnly, l)
        } else if let Some(l) = first.strip_prefix('~') {
            (VerbClass::DescribeAs, l)
        } else {
            (VerbClass::Say, first)
        };
        let v = SpeechVerb { lemma, class };
        verbs.insert(lemma, v);
        for form in words {
            verbs.insert(form, v);
        }
    }
    verbs
}

/// The speech verb of a lower-case form, manner verbs included:
/// `"said"` → say, `"yelled"` → yelled ([`VerbClass::Manner`]).
pub(crate) fn speech_verb(lower: &str) -> Option<SpeechVerb> {
    static VERBS: OnceLock<FnvHashMap<&'static str, SpeechVerb>> = OnceLock::new();
    VERBS.get_or_init(build).get(lower).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_load() {
        assert_eq!(speech_verb("said").map(|v| v.lemma), Some("say"));
        assert_eq!(speech_verb("indicated").map(|v| v.class), Some(VerbClass::ThatOnly));
        assert_eq!(speech_verb("yelled").map(|v| v.class), Some(VerbClass::Manner));
        assert!(speech_verb("walked").is_none());
    }
}
