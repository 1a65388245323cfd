//! Property tests: decoding never panics, whatever the bytes or name.

use proptest::prelude::*;
use storydiff_ingest::decode;

const NAMES: &[&str] = &["a.txt", "a.html", "a.md", "a", "a.docx", "a.htm"];

/// Markup-heavy strings: tags, entities, quotes, brackets, Markdown marks.
fn markupish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<".to_string()),
        Just(">".to_string()),
        Just("</".to_string()),
        Just("<p>".to_string()),
        Just("<div class='x'>".to_string()),
        Just("</div>".to_string()),
        Just("<br>".to_string()),
        Just("<script>".to_string()),
        Just("</script>".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("&amp;".to_string()),
        Just("&#x".to_string()),
        Just("&".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("[".to_string()),
        Just("](".to_string()),
        Just(")".to_string()),
        Just("`".to_string()),
        Just("*".to_string()),
        Just("_".to_string()),
        Just("# ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("> ".to_string()),
        Just("```".to_string()),
        Just("- ".to_string()),
        Just("|".to_string()),
        Just("<pre>".to_string()),
        "\\PC{0,8}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048), n in 0..NAMES.len()) {
        let _ = decode(NAMES[n], &bytes);
    }

    #[test]
    fn arbitrary_markup_never_panics_and_yields_trimmed_paragraphs(s in markupish(), n in 0..NAMES.len()) {
        if let Ok(d) = decode(NAMES[n], s.as_bytes()) {
            prop_assert!(!d.text.trim().is_empty());
            if NAMES[n].ends_with(".html") || NAMES[n].ends_with(".md") {
                prop_assert!(!d.text.contains("\n\n\n"), "{:?}", d.text);
            }
        }
    }

    #[test]
    fn utf8_text_files_are_kept_exactly(s in "\\PC{1,200}") {
        if let Ok(d) = decode("a.txt", s.as_bytes()) {
            prop_assert_eq!(d.text, s);
        }
    }
}
