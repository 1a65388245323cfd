//! Saved web pages through the public entry point (so the target outlives
//! changes to the extractor behind it): never panics, never hangs. Run with
//! `-dict=dict/html.dict` (scripts/fuzz.sh does).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match storydiff_ingest::decode("page.html", data) {
        Ok(d) => {
            let _ = d.text.len();
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
