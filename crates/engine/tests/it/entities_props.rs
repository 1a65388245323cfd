//! Invariants of entity and quote extraction on arbitrary text: no panic,
//! every span in bounds and on char boundaries, evidence text at its span.

use proptest::prelude::*;
use storydiff_engine::claims::entities::extract_entities;
use storydiff_engine::claims::quotes::extract_quotes;
use storydiff_engine::claims::ClaimData;
use storydiff_engine::{Document, Span, Version};

fn ok(text: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

fn check_all(text: &str) {
    let doc = Document::new(&Version::new("p", text));
    let ents = extract_entities(&doc);
    let quotes = extract_quotes(&doc, &ents);
    for c in ents.iter().chain(quotes.iter()) {
        assert!(ok(text, c.span), "claim span {:?} in {text:?}", c.span);
        match &c.data {
            ClaimData::Person(p) => {
                assert_eq!(p.name, c.span.slice(text));
                for r in &p.roles {
                    assert!(ok(text, r.span));
                }
            }
            ClaimData::Quote(q) => assert!(ok(text, q.content) && c.span.contains(q.content)),
            ClaimData::Statement(s) => assert!(ok(text, s.content)),
            ClaimData::Attribution(a) => {
                assert!(ok(text, a.source_span));
                assert_eq!(a.source, a.source_span.slice(text));
            }
            _ => {}
        }
    }
}

/// Text made of news-like pieces: names, titles, quote marks, apostrophes.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Russian President Vladimir Putin ".to_string()),
        Just("said ".to_string()),
        Just("\u{201c}".to_string()),
        Just("\u{201d}".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("\u{2019}s ".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("according to ".to_string()),
        Just("the former president ".to_string()),
        Just("he ".to_string()),
        Just("U.S. ".to_string()),
        Just("Mr. ".to_string()),
        Just("who stated ".to_string()),
        "[a-zA-Z\u{e9}\u{5d0}\u{1f600} ]{0,12}".prop_map(|s| s),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}") {
        check_all(&text);
    }

    #[test]
    fn news_like_text_keeps_spans_valid(text in newsish()) {
        check_all(&text);
    }
}

#[test]
fn unbalanced_and_odd_inputs() {
    for text in [
        "",
        "\"",
        "\u{201c}",
        "He said \"it will open the doors.\n\nThen \u{201d} left \u{201c}",
        "''''\"\"\"\u{00ab}\u{00bb}\u{201e}",
        "A\u{0}B said \"x",
        "Mr. \u{5e9}\u{5dc}\u{5d5}\u{5dd} said: \u{201c}\u{1f600}\u{201d}",
        "the the the the the president said",
    ] {
        check_all(text);
    }
    let big = "Putin said \"we will win, ".repeat(20_000);
    check_all(&big);
}
