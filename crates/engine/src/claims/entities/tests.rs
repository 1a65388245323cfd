use super::*;
use crate::{Document, Version};

/// Renders the people, places and organisations of `text`, one per line.
fn render(text: &str) -> String {
    let doc = Document::new(&Version::new("t", text));
    extract_entities(&doc)
        .iter()
        .map(|c| match &c.data {
            ClaimData::Person(p) => {
                let roles: Vec<String> = p.roles.iter().map(|r| format!("{} [{}]", r.text, r.key)).collect();
                format!("person {} = {} {}", p.name, p.entity, roles.join("; ")).trim_end().to_string()
            }
            ClaimData::Place(n) => format!("place {} = {}", n.name, n.entity),
            ClaimData::Organization(n) => format!("org {} = {}", n.name, n.entity),
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
fn title_before_name_is_a_role_and_short_names_link() {
    check(
        "Russian President Vladimir Putin met U.S. special envoy Steve Witkoff in Moscow. Putin said the talks were useful.",
        "person Vladimir Putin = Vladimir Putin russian president [president]
place U.S. = United States
person Steve Witkoff = Steve Witkoff u.s. special envoy [special envoy]
place Moscow = Moscow
person Putin = Vladimir Putin",
    );
}
