//! Loaded words in the seed story: the planted "staggering" (003) and the
//! "Tragically" of 001 and 002 are found, and nothing else is flagged.

use storydiff_engine::claims::loaded::extract_loaded;
use storydiff_engine::claims::ClaimData;
use storydiff_engine::{Document, Version};

fn loaded_in(file: &str) -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/stories/seed/");
    let text = std::fs::read_to_string(format!("{dir}{file}")).expect("seed file");
    let doc = Document::new(&Version::new(file, text));
    extract_loaded(&doc)
        .iter()
        .map(|c| match &c.data {
            ClaimData::Loaded(l) => {
                format!("{} ({}) at {:?}", l.lemma, l.category, c.span.slice(&doc.text))
            }
            _ => String::new(),
        })
        .collect()
}

#[test]
fn seed_versions_yield_only_the_loaded_words_they_have() {
    let got: Vec<(&str, Vec<String>)> = [
        "000_9145386a09862644.txt",
        "001_fdc33257951a94e8.txt",
        "002_349d635fff76aa66.txt",
        "003_932dead0a5037501.txt",
        "004_e85194611a1f4ec0.txt",
    ]
    .into_iter()
    .map(|f| (f, loaded_in(f)))
    .collect();
    let rendered: String = got.iter().map(|(f, w)| format!("{f}: {}\n", w.join(", "))).collect();
    assert_eq!(
        rendered,
        "000_9145386a09862644.txt: \n\
         001_fdc33257951a94e8.txt: tragically (emotive) at \"Tragically\"\n\
         002_349d635fff76aa66.txt: tragically (emotive) at \"Tragically\"\n\
         003_932dead0a5037501.txt: staggering (intensifier) at \"staggering\"\n\
         004_e85194611a1f4ec0.txt: \n"
    );
}
