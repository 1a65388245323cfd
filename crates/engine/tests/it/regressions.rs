//! Regression tests for inputs that once broke something, named after what
//! broke.

use storydiff_engine::segment::segment;
use storydiff_engine::{analyze, Options, Version};

#[test]
fn no_break_space_before_a_sentence_end_does_not_panic() {
    for text in ["a\u{a0}b. C", "\u{a0}. A", "x \u{a0}\u{a0}. Y\u{a0}", "U.S.\u{a0}Officials. The"]
    {
        let seg = segment(text);
        for s in &seg.sentences {
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
        let _ = analyze(&[Version::new("a", text), Version::new("b", text)], &Options::default());
    }
}

/// Found by `cargo fuzz run analyze`: a speech participle ("…ing") as the
/// first word of a version made the speaker search look before the text.
#[test]
fn speech_participle_at_the_start_of_a_version_does_not_panic() {
    let bytes = include_bytes!("../fixtures/regressions/fuzz-analyze-participle-at-text-start.bin");
    let versions: Vec<Version> = bytes
        .split(|&b| b == 0xFF)
        .take(4)
        .enumerate()
        .map(|(i, part)| Version::new(format!("v{i}"), String::from_utf8_lossy(part)))
        .collect();
    let _ = analyze(&versions, &Options::default());
    let _ = analyze(
        &[Version::new("a", "stating that it rained"), Version::new("b", "Saying so.")],
        &Options::default(),
    );
}
