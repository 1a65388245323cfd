//! Invariants of the quantity and loaded-word extractors on arbitrary text:
//! no panic, spans inside the text on char boundaries, counted spans too,
//! values finite.

use proptest::prelude::*;
use storydiff_engine::claims::loaded::extract_loaded;
use storydiff_engine::claims::quantities::extract_quantities;
use storydiff_engine::claims::ClaimData;
use storydiff_engine::{Document, Span, Version};

fn check_spans(text: &str) {
    let doc = Document::new(&Version::new("p", text));
    let ok = |s: Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    for c in extract_quantities(&doc).into_iter().chain(extract_loaded(&doc)) {
        assert!(ok(c.span), "bad span {:?} in {text:?}", c.span);
        assert!(!c.span.is_empty(), "empty span in {text:?}");
        if let ClaimData::Quantity(q) = &c.data {
            assert!(q.value.is_finite(), "{q:?}");
            assert!(q.upper.is_none_or(f64::is_finite), "{q:?}");
            if let Some(s) = q.counted_span {
                assert!(ok(s), "bad counted span {s:?} in {text:?}");
            }
        }
    }
}

/// Fragments that exercise the number grammar, glued with arbitrary text.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("$"),
        Just("€"),
        Just("US"),
        Just("NT $"),
        Just("1.2"),
        Just("40,000"),
        Just("7-2"),
        Just("10–12"),
        Just("three-year-old"),
        Just("a quarter"),
        Just("percentage point"),
        Just("percent"),
        Just("%"),
        Just("per cent"),
        Just("basis points"),
        Just("over"),
        Just("more than"),
        Just("between"),
        Just("and"),
        Just("to"),
        Just("aged"),
        Just("one"),
        Just("of the"),
        Just("hundreds of"),
        Just("billion"),
        Just("5m"),
        Just("9:30"),
        Just("March 14,"),
        Just("2024"),
        Just("twice"),
        Just("third"),
        Just("second-largest"),
        Just("people"),
        Just("drones"),
        Just("\""),
        Just("“"),
        Just("”"),
        Just("staggering"),
        Just("so-called"),
        Just("Tragically,"),
        Just("slammed"),
        Just("regime"),
        Just("."),
        Just(","),
        Just("\n"),
        Just("é"),
        Just("😀"),
        Just("\u{0301}"),
        Just("\u{05d0}"),
        Just("\0"),
        Just("-"),
        Just("'s"),
        Just("a.m."),
        Just("No."),
        Just("half a"),
        Just("two-thirds"),
        Just("×"),
        Just("½"),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_breaks_spans(text in "\\PC{0,200}") {
        check_spans(&text);
    }

    #[test]
    fn number_soup_never_breaks_spans(text in newsy()) {
        check_spans(&text);
    }

    #[test]
    fn glued_number_soup_never_breaks_spans(text in newsy().prop_map(|s| s.replace(' ', ""))) {
        check_spans(&text);
    }
}

#[test]
fn regression_long_number_word_runs_and_huge_numbers() {
    check_spans(&"one hundred and ".repeat(500));
    check_spans(&format!("${} trillion", "9".repeat(400)));
    check_spans(&"9".repeat(10_000));
    check_spans("1e308 1,000,000,000,000,000,000,000,000 ¹²³ ٣ 四");
}
