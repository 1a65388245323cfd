//! Prints the temporal expressions of a text, one per line.
//!
//! ```text
//! cargo run -p storydiff-engine --example timex_show -- [--dct 2025-12-04] FILE|-
//! echo "Putin spoke on Thursday." | cargo run -p storydiff-engine --example timex_show -- --dct 2025-12-04 -
//! ```
//!
//! Without `--dct`, the document date is looked for in the text and shown.

use std::io::Read;
use storydiff_engine::claims::time::{document_date, extract_times};
use storydiff_engine::claims::{CivilDate, ClaimData};
use storydiff_engine::{Document, Version};

fn main() {
    let mut dct = None;
    let mut path = "-".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--dct" => dct = args.next().as_deref().and_then(CivilDate::parse_iso),
            _ => path = a,
        }
    }
    let mut text = String::new();
    if path == "-" {
        std::io::stdin().read_to_string(&mut text).expect("stdin");
    } else {
        text = std::fs::read_to_string(&path).expect("file");
    }
    let doc = Document::new(&Version::new(&path, text.as_str()));
    if dct.is_none() {
        match document_date(&doc) {
            Some(d) => println!("document date: {d}"),
            None => println!("document date: none found"),
        }
    }
    for claim in extract_times(&doc, dct) {
        if let ClaimData::Time(t) = &claim.data {
            let mark = if t.resolved { "" } else { " (unresolved)" };
            println!(
                "{:?} {} → {:?} {}{mark}",
                claim.span,
                claim.span.slice(&doc.text),
                t.ty,
                t.value
            );
        }
    }
}
