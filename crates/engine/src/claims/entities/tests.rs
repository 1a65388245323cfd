use super::*;
use crate::{Document, Version};

/// Renders the people, places and organisations of `text`, one per line.
fn render(text: &str) -> String {
    let doc = Document::new(&Version::new("t", text));
    extract_entities(&doc)
        .iter()
        .map(|c| match &c.data {
            ClaimData::Person(p) => {
                let roles: Vec<String> =
                    p.roles.iter().map(|r| format!("{} [{}]", r.text, r.key)).collect();
                format!("person {} = {} {}", p.name, p.entity, roles.join("; "))
                    .trim_end()
                    .to_string()
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

#[test]
fn coordinated_appositive_distributes_roles_respectively() {
    check(
        "Steve Witkoff and Jared Kushner, identified as Trump's special envoy and son-in-law, met Umerov.",
        "person Steve Witkoff = Steve Witkoff trump's special envoy [special envoy]
person Jared Kushner = Jared Kushner son-in-law [son-in-law]",
    );
}

#[test]
fn appositive_head_of_and_caption_positions() {
    check(
        "Odesa was hit, according to Oleh Kiper, head of the regional military administration. \
         Vladimir Putin, third right, attends talks.",
        "place Odesa = Odesa
person Oleh Kiper = Oleh Kiper head of the regional military administration [regional military administration head]
person Vladimir Putin = Vladimir Putin",
    );
}

#[test]
fn former_president_refers_to_the_latest_president_subject() {
    check(
        "U.S. President Donald Trump met Russian President Vladimir Putin. Trump, on Wednesday, said Putin wanted a deal. \
         \u{201c}He wants it,\u{201d} the former president said.",
        "place U.S. = United States
person Donald Trump = Donald Trump u.s. president [president]
person Vladimir Putin = Vladimir Putin russian president [president]
person Trump = Donald Trump
person Putin = Vladimir Putin
person former president = Donald Trump former president [former president]",
    );
}

#[test]
fn regression_sentence_initial_in_makes_a_place_not_a_person() {
    check("In Kryvyi Rih, a missile attack wounded six people.", "place Kryvyi Rih = Kryvyi Rih");
}
