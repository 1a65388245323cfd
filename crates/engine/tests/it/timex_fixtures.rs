//! Snapshot tests of the time extractor on the news texts in
//! `tests/fixtures/time` (see the README there). `STORYDIFF_BLESS=1`
//! rewrites the expected files.

use std::path::Path;
use storydiff_engine::claims::time::{document_date, extract_times};
use storydiff_engine::claims::{CivilDate, ClaimData, TimexType};
use storydiff_engine::{Document, Version};

/// `dct: …` then one `text → TYPE value` line per expression.
fn render(text: &str, dct_line: &str) -> String {
    let doc = Document::new(&Version::new("fixture", text));
    let dct = dct_line.strip_prefix("dct: ").and_then(CivilDate::parse_iso);
    let mut out = match dct {
        Some(d) => format!("dct: {d}\n"),
        None => match document_date(&doc) {
            Some(d) => format!("dct: none (document date {d})\n"),
            None => "dct: none (no document date)\n".to_string(),
        },
    };
    for claim in extract_times(&doc, dct) {
        let ClaimData::Time(t) = &claim.data else { continue };
        let ty = match t.ty {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        };
        let mark = if t.resolved { "" } else { "?" };
        out.push_str(&format!("{} → {ty} {}{mark}\n", claim.span.slice(&doc.text), t.value));
    }
    out
}

#[track_caller]
fn check_fixture(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/time");
    let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
    let expected_path = dir.join(format!("{name}.expected"));
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    let got = render(&text, expected.lines().next().unwrap_or("dct: none"));
    if std::env::var_os("STORYDIFF_BLESS").is_some() {
        std::fs::write(&expected_path, &got).unwrap();
        return;
    }
    assert_eq!(
        got.lines().collect::<Vec<_>>(),
        expected.lines().collect::<Vec<_>>(),
        "\n--- {name} ---\n{got}"
    );
}

#[test]
fn wire_publication_line() {
    check_fixture("wire_publication_line");
}

#[test]
fn earnings_report() {
    check_fixture("earnings_report");
}

#[test]
fn caption_and_weekdays() {
    check_fixture("caption_and_weekdays");
}
