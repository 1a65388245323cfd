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
