//! Prints the quantities and loaded words found in text files, one per
//! line, for eyeballing: `cargo run --example quantities_dump -- FILE...`.

use storydiff_engine::claims::{loaded::extract_loaded, quantities::extract_quantities, ClaimData};
use storydiff_engine::{Document, Version};

fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let doc = Document::new(&Version::new(path.as_str(), text));
        println!("== {path}");
        for c in extract_quantities(&doc).into_iter().chain(extract_loaded(&doc)) {
            match &c.data {
                ClaimData::Quantity(q) => println!(
                    "  Q {:?} = {}{} {:?} {:?} {}",
                    c.span.slice(&doc.text),
                    q.value,
                    q.upper.map(|u| format!("..{u}")).unwrap_or_default(),
                    q.measure,
                    q.qualifier,
                    q.counted.as_deref().unwrap_or("-")
                ),
                ClaimData::Loaded(l) => {
                    println!("  L {:?} {} {}", c.span.slice(&doc.text), l.lemma, l.category)
                }
                _ => {}
            }
        }
    }
}
