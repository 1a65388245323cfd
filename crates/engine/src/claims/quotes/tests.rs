use super::*;
use crate::claims::entities::extract_entities;
use crate::Version;

/// Renders quotes, statements and attributions of `text`, one per line.
fn render(text: &str) -> String {
    let doc = Document::new(&Version::new("t", text));
    let ents = extract_entities(&doc);
    extract_quotes(&doc, &ents)
        .iter()
        .map(|c| match &c.data {
            ClaimData::Quote(q) => format!(
                "quote {:?} by {} ({}){}",
                q.content.slice(text),
                q.speaker.as_ref().map_or("?", |s| s.name.as_str()),
                q.verb.as_deref().unwrap_or("-"),
                if q.partial { " partial" } else { "" }
            ),
            ClaimData::Statement(s) => format!("statement {:?} by {} ({})", s.content.slice(text), s.speaker.name, s.verb),
            ClaimData::Attribution(a) => format!("attribution {} = {} ({})", a.source, a.key, a.cue),
            _ => String::new(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(text: &str, expected: &str) {
    let got = render(text);
    assert_eq!(got.trim(), expected.trim(), "\n--- got ---\n{got}\n");
}

#[test]
fn interrupted_quote_inherits_its_speaker() {
    check(
        "\u{201c}We were fighting,\u{201d} Sgt. Maria Reyes said. \u{201c}Nobody was inside.\u{201d}",
        "quote \"We were fighting,\" by Maria Reyes (said)
attribution Sgt. Maria Reyes = Maria Reyes (said)
quote \"Nobody was inside.\" by Maria Reyes (said)",
    );
}
