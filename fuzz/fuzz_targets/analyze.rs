//! The whole pipeline on up to four arbitrary versions (split at 0xFF
//! bytes): never panics; evidence spans sound.
#![no_main]
use libfuzzer_sys::fuzz_target;
use storydiff_engine::{analyze, Options, Version};

fuzz_target!(|data: &[u8]| {
    let versions: Vec<Version> = data
        .split(|&b| b == 0xFF)
        .take(4)
        .enumerate()
        .map(|(i, part)| Version::new(format!("v{i}"), String::from_utf8_lossy(part)))
        .collect();
    let a = analyze(&versions, &Options::default());
    for f in &a.findings {
        for e in &f.evidence {
            let text = &a.documents[e.version.0].text;
            assert!(
                e.span.end <= text.len()
                    && text.is_char_boundary(e.span.start)
                    && text.is_char_boundary(e.span.end)
            );
        }
    }
});
