//! File decoding: the first byte picks the file's name (and so the reader
//! its extension asks for), the rest are the file's bytes. Never panics;
//! what decodes is not blank.
#![no_main]
use libfuzzer_sys::fuzz_target;
use storydiff_ingest::decode;

const NAMES: &[&str] = &[
    "story.txt",
    "page.html",
    "page.htm",
    "notes.md",
    "notes.markdown",
    "letter.docx",
    "README",
    "",
    ".",
    "..md",
    "archive.tar.gz",
    "Page.HTML",
    "x.xhtml",
    "story.txt.",
    "résumé.tXt",
    "report.pdf",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    match decode(name, bytes) {
        Ok(d) => {
            // An empty result is an `IngestError::Empty`, never an Ok.
            assert!(!d.text.trim().is_empty(), "{} decoded to nothing", d.format.describe());
            assert!(!d.encoding.is_empty());
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
