//! Prints the people, places, organisations, quotes, statements and
//! attributions found in the given files (a development aid).
//!
//! `cargo run -p storydiff-engine --example claims_dump -- FILE...`

use storydiff_engine::claims::{entities::extract_entities, quotes::extract_quotes, ClaimData};
use storydiff_engine::{Document, Version};

fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let doc = Document::new(&Version::new(path.clone(), text));
        let ents = extract_entities(&doc);
        let quotes = extract_quotes(&doc, &ents);
        println!("=== {path}");
        for c in ents.iter().chain(quotes.iter()) {
            let t = c.span.slice(&doc.text);
            match &c.data {
                ClaimData::Person(p) => {
                    let roles: Vec<String> =
                        p.roles.iter().map(|r| format!("{} [{}]", r.text, r.key)).collect();
                    println!("PER  {} => {} | {}", p.name, p.entity, roles.join("; "));
                }
                ClaimData::Place(n) => println!("LOC  {} => {}", n.name, n.entity),
                ClaimData::Organization(n) => println!("ORG  {} => {}", n.name, n.entity),
                ClaimData::Quote(q) => println!(
                    "QUO  {:?} <= {:?} verb={:?} partial={}",
                    q.content.slice(&doc.text),
                    q.speaker.as_ref().map(|s| s.name.as_str()),
                    q.verb,
                    q.partial
                ),
                ClaimData::Statement(s) => {
                    println!(
                        "STA  {} <= {} [{}] {:?}",
                        s.content.slice(&doc.text),
                        s.speaker.name,
                        s.verb,
                        t
                    )
                }
                ClaimData::Attribution(a) => println!("ATT  {} => {} [{}]", a.source, a.key, a.cue),
                _ => {}
            }
        }
    }
}
