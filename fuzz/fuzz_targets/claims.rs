//! Claim extraction on arbitrary text: never panics, spans on char
//! boundaries inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use storydiff_engine::claims::{extract, ExtractOptions};
use storydiff_engine::{Document, Version};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = Document::new(&Version::new("fuzz", text.as_ref()));
    for c in extract(&doc, &ExtractOptions::default()) {
        assert!(c.span.end <= doc.text.len());
        assert!(doc.text.is_char_boundary(c.span.start) && doc.text.is_char_boundary(c.span.end));
    }
});
