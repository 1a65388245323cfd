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

#[test]
fn regression_portfolio_after_role_head_belongs_to_the_role() {
    check(
        "Great Basin Lithium Co. lost. \
         Dana Whitfield, Great Basin Lithium\u{2019}s vice president for external affairs, said it would appeal. \
         Marcus Reyes, a lawyer for the ranchers, disagreed.",
        "org Great Basin Lithium Co. = Great Basin Lithium Co.
person Dana Whitfield = Dana Whitfield great basin lithium's vice president for external affairs [vice president for external affairs]
org Great Basin Lithium = Great Basin Lithium Co.
person Marcus Reyes = Marcus Reyes a lawyer [lawyer]",
    );
}

#[test]
fn regression_secretary_of_state_is_one_role_before_and_after_a_name() {
    check(
        "Secretary of State Marco Rubio met Antony Blinken, secretary of state until January.",
        "person Marco Rubio = Marco Rubio secretary of state [state secretary]
person Antony Blinken = Antony Blinken secretary of state [state secretary]",
    );
}

#[test]
fn regression_capitalised_c_suite_title_keeps_its_middle_word() {
    check(
        "Chief Operating Officer Martin Oyelaran said costs rose. Chief Financial Officer Ada Bello agreed.",
        "person Martin Oyelaran = Martin Oyelaran chief operating officer [chief operating officer]
person Ada Bello = Ada Bello chief financial officer [chief financial officer]",
    );
}

#[test]
fn regression_lower_case_title_belongs_to_the_second_conjunct_only() {
    check(
        "Milwaukee led on goals by Jess Mahoney and captain Maddie Kowalczyk. \
         Later Liv Haugen and alternate captain Sam Whitlock scored.",
        "place Milwaukee = Milwaukee
person Jess Mahoney = Jess Mahoney
person Maddie Kowalczyk = Maddie Kowalczyk captain [captain]
person Liv Haugen = Liv Haugen
person Sam Whitlock = Sam Whitlock alternate captain [alternate captain]",
    );
}

#[test]
fn regression_lone_surname_after_inverted_said_links_to_an_uncued_full_name() {
    check(
        "Adaeze Okonkwo made 38 saves. \"I held the door,\" said Okonkwo, a native of Winnipeg, Manitoba.",
        "person Adaeze Okonkwo = Adaeze Okonkwo
person Okonkwo = Adaeze Okonkwo
place Winnipeg = Winnipeg
place Manitoba = Manitoba",
    );
}

#[test]
fn regression_organisation_names_joined_by_of_and_and_stay_whole() {
    check(
        "The count fell, according to the U.S. Fish and Wildlife Service. \
         The Nevada Department of Wildlife and the Department of Conservation and Natural Resources disagreed. \
         Bank of America CEO Brian Moynihan spoke.",
        "org U.S. Fish and Wildlife Service = U.S. Fish and Wildlife Service
org Nevada Department of Wildlife = Nevada Department of Wildlife
org Department of Conservation and Natural Resources = Department of Conservation and Natural Resources
org Bank of America = Bank of America
person Brian Moynihan = Brian Moynihan america ceo [ceo]",
    );
}

#[test]
fn regression_place_after_the_and_a_locative_is_no_person() {
    check(
        "Springs in the Great Basin are drying, Reyes said.",
        "place Great Basin = Great Basin
person Reyes = Reyes",
    );
}

#[test]
fn possessor_roles_and_abbreviated_titles_share_keys() {
    check(
        "The talks involved Trump's son-in-law Jared Kushner. Gov. Jane Smith spoke first; Governor Jane Smith spoke again.",
        "person Jared Kushner = Jared Kushner trump's son-in-law [son-in-law]
person Jane Smith = Jane Smith gov. [governor]
person Jane Smith = Jane Smith governor [governor]",
    );
}

#[test]
fn regression_town_before_a_state_or_province_is_a_place() {
    check(
        "The goalie, a Regina, Saskatchewan, native, signed. \
         Okonkwo, a native of Gimli, Manitoba, grew up in Kamsack. Doe is a Dauphin native.",
        "place Regina = Regina
place Saskatchewan = Saskatchewan
place Gimli = Gimli
place Manitoba = Manitoba
place Kamsack = Kamsack
place Dauphin = Dauphin",
    );
}

#[test]
fn regression_dotted_state_abbreviation_is_a_place_and_a_numbered_name_is_not() {
    check(
        "PROVIDENCE, R.I. (AP) \u{2014} The Mariners won in Game 7.",
        "place PROVIDENCE = PROVIDENCE
place R.I. = Rhode Island
org AP = AP",
    );
}
