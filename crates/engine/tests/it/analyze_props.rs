//! Invariants of the whole pipeline on arbitrary input: never a panic;
//! every span (sentences, claims, evidence) in bounds and on char
//! boundaries; evidence text is the text at its span; each version's
//! sentences appear exactly once in the alignment.

use proptest::prelude::*;
use storydiff_engine::report::Report;
use storydiff_engine::{analyze, Options, Span, Version, VersionId};

fn on_boundaries(text: &str, span: Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// Text made of news-like pieces and hostile characters.
fn story_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Putin said on Thursday, Dec. 2, 2025, that six people were hurt. ".to_string()),
        Just("“We can’t agree to” it, he added. ".to_string()),
        Just("\"Unclosed quote and 40,000 residents ".to_string()),
        Just("According to Oleh Kiper, head of the regional military administration, 138 drones hit. ".to_string()),
        Just("\n\n".to_string()),
        Just("مرحبا بالعالم. ".to_string()),
        Just("👩‍👩‍👧 e\u{301} \u{202e}abc\u{202c} \u{200b} ".to_string()),
        Just("\0\u{1}\r\n".to_string()),
        "\\PC{0,40}",
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn analysis_spans_are_sound(texts in prop::collection::vec(story_text(), 0..5)) {
        let versions: Vec<Version> = texts.iter().enumerate().map(|(i, t)| Version::new(format!("v{i}.txt"), t.clone())).collect();
        let a = analyze(&versions, &Options::default());
        prop_assert_eq!(a.documents.len(), versions.len());
        for d in &a.documents {
            for s in &d.seg.sentences {
                prop_assert!(on_boundaries(&d.text, s.span));
            }
        }
        for c in &a.claims {
            let text = &a.documents[c.version.0].text;
            prop_assert!(on_boundaries(text, c.claim.span));
        }
        for (v, d) in a.documents.iter().enumerate() {
            let mut seen: Vec<usize> = a.alignment.rows.iter().flat_map(|r| r.cells[v].sentences.iter().map(|s| s.0)).collect();
            seen.sort_unstable();
            prop_assert_eq!(seen, (0..d.seg.sentences.len()).collect::<Vec<_>>());
        }
        for f in &a.findings {
            for e in &f.evidence {
                prop_assert!(on_boundaries(&a.documents[e.version.0].text, e.span));
            }
        }
        let report = Report::new(&a);
        for f in &report.findings {
            for e in &f.evidence {
                let d = a.documents.iter().find(|d| d.name == e.document).unwrap();
                prop_assert_eq!(&d.text[e.start..e.end], e.text.as_str());
            }
        }
    }

    #[test]
    fn any_reference_is_accepted(texts in prop::collection::vec(story_text(), 1..4), r in 0usize..6) {
        let versions: Vec<Version> = texts.iter().enumerate().map(|(i, t)| Version::new(format!("v{i}"), t.clone())).collect();
        let a = analyze(&versions, &Options { reference: Some(VersionId(r)), ..Options::default() });
        prop_assert_eq!(a.reference.is_some(), r < versions.len());
    }
}

#[test]
fn empty_and_single_versions_give_diagnostics_not_errors() {
    let a = analyze(&[], &Options::default());
    assert!(a.findings.is_empty());
    assert!(!a.diagnostics.is_empty());
    let a = analyze(&[Version::new("only.txt", "Six people were hurt.")], &Options::default());
    assert!(a.diagnostics.iter().any(|d| d.message.contains("at least two")));
    let a = analyze(&[Version::new("a", ""), Version::new("b", "   \n ")], &Options::default());
    assert_eq!(a.diagnostics.iter().filter(|d| d.message.contains("empty")).count(), 2);
}

#[test]
fn fifty_versions_and_ten_thousand_quote_marks_do_not_break() {
    let quotes = "\"".repeat(10_000);
    let mut versions: Vec<Version> = (0..50)
        .map(|i| {
            Version::new(
                format!("v{i}"),
                format!("Version {i} says {} drones hit Odesa on Dec. {}.", i % 7, i % 28 + 1),
            )
        })
        .collect();
    versions.push(Version::new("quotes", quotes));
    versions.push(Version::new("long", "word ".repeat(40_000)));
    let a = analyze(&versions, &Options::default());
    assert_eq!(a.documents.len(), 52);
}
