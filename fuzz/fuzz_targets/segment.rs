//! Segmentation of arbitrary text: never panics, spans sound and covering.
#![no_main]
use libfuzzer_sys::fuzz_target;
use storydiff_engine::segment::segment;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let seg = segment(&text);
    let mut last = 0;
    for s in &seg.sentences {
        assert!(s.span.start >= last && s.span.end <= text.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        last = s.span.end;
    }
});
