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
            ClaimData::Statement(s) => {
                format!("statement {:?} by {} ({})", s.content.slice(text), s.speaker.name, s.verb)
            }
            ClaimData::Attribution(a) => {
                format!("attribution {} = {} ({})", a.source, a.key, a.cue)
            }
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

#[test]
fn partial_quotes_take_the_subject_of_the_describing_verb() {
    check(
        "Russian President Vladimir Putin described the talks as \u{201c}necessary\u{201d} and \u{201c}useful,\u{201d} though he noted they were \u{201c}difficult work.\u{201d}",
        "attribution Russian President Vladimir Putin = Vladimir Putin (described)
quote \"necessary\" by Vladimir Putin (described \u{2026} as) partial
quote \"useful,\" by Vladimir Putin (noted) partial
quote \"difficult work.\" by Vladimir Putin (noted) partial",
    );
}

#[test]
fn attributions_according_to_and_as_reported_by() {
    check(
        "Six people were hurt, as reported by city administration head Oleksandr Vilkul. Ukrainian officials reported that 138 drones were launched.",
        "statement \"Six people were hurt\" by Oleksandr Vilkul (as reported by)
attribution city administration head Oleksandr Vilkul = Oleksandr Vilkul (as reported by)
attribution Ukrainian officials = ukrainian officials (reported)
statement \"138 drones were launched\" by Ukrainian officials (reported)",
    );
}

#[test]
fn tass_quoted_putin_who_stated() {
    check(
        "Tass quoted Russian President Vladimir Putin, who stated, \"I think it is premature.\"",
        "attribution Tass = tass (quoted)
attribution Russian President Vladimir Putin = Vladimir Putin (stated)
quote \"I think it is premature.\" by Vladimir Putin (stated)",
    );
}

#[test]
fn regression_plural_possessive_apostrophe_is_no_quote() {
    check(
        "the United Nations ' director, John Ging, said \"They were innocent.\"",
        "attribution John Ging = John Ging (said)
quote \"They were innocent.\" by John Ging (said)",
    );
}

#[test]
fn regression_inverted_said_with_appositive_names_the_speaker() {
    check(
        "Providence goalie Adaeze Okonkwo made 38 saves.\n\n\
         \"I'll hold the door,\" said Okonkwo, a native of Winnipeg, Manitoba, who joined Providence.",
        "quote \"I'll hold the door,\" by Adaeze Okonkwo (said)
attribution Okonkwo = Adaeze Okonkwo (said)",
    );
}

#[test]
fn regression_subject_before_a_city_state_appositive_is_not_the_state() {
    check(
        "The goalie, a Regina, Saskatchewan, native who signed as a free agent, said she had made a promise.",
        "attribution The goalie = goalie (said)
statement \"she had made a promise\" by The goalie (said)",
    );
}

#[test]
fn regression_said_after_an_appositive_reports_what_follows() {
    check(
        "Marcus Reyes, a lawyer for the ranchers, said the company would appeal. \
         Six were hurt, said the company.",
        "attribution Marcus Reyes = Marcus Reyes (said)
statement \"the company would appeal\" by Marcus Reyes (said)
statement \"Six were hurt\" by the company (said)
attribution the company = company (said)",
    );
}

#[test]
fn regression_according_to_inside_a_dash_aside_cites_any_named_source() {
    check(
        "The crowd of 11,238 \u{2014} the largest in league history, according to the league \u{2014} roared. \
         Three shells hit the school (at 3pm), according to the army.",
        "statement \"the largest in league history\" by the league (according to)
attribution the league = league (according to)
statement \"Three shells hit the school (at 3pm)\" by the army (according to)
attribution the army = army (according to)",
    );
}

#[test]
fn regression_surveyed_by_and_data_from_name_the_source() {
    check(
        "The average estimate of analysts surveyed by FactSet was 52 cents. \
         Unemployment rose to 4%, according to data from the Labor Department. \
         The work went according to plan.",
        "attribution FactSet = factset (surveyed by)
statement \"Unemployment rose to 4%\" by the Labor Department (according to)
attribution the Labor Department = labor department (according to)",
    );
}

#[test]
fn regression_organisation_source_starting_with_us_stays_whole() {
    check(
        "About 1,300 remained, according to the U.S. Fish and Wildlife Service, which listed the species. \
         Some 40% fewer remained, according to the Nevada Department of Wildlife.",
        "statement \"About 1,300 remained\" by the U.S. Fish and Wildlife Service (according to)
attribution the U.S. Fish and Wildlife Service = us fish and wildlife service (according to)
statement \"Some 40% fewer remained\" by the Nevada Department of Wildlife (according to)
attribution the Nevada Department of Wildlife = nevada department of wildlife (according to)",
    );
}

#[test]
fn regression_told_names_the_listener_not_the_speaker() {
    check(
        "Ema Suryani, a doctor at a clinic, told AFP. \
         Among the dead was a girl, said local hospital director Hengky Tewu.",
        "attribution Ema Suryani = Ema Suryani (told)
statement \"Among the dead was a girl\" by Hengky Tewu (said)
attribution director Hengky Tewu = Hengky Tewu (said)",
    );
}

#[test]
fn a_person_of_a_place_is_the_speaker_not_the_place() {
    let got = render(
        "Her father Herbert Flynn of Fort Coffee said later, \"I'm glad it's over.\" \
         Maria Reyes of Springfield told reporters the jury was right.",
    );
    assert!(got.contains("by Herbert Flynn"), "{got}");
    assert!(!got.contains("by Fort Coffee"), "{got}");
    assert!(!got.contains("= Springfield"), "{got}");
}

#[test]
fn said_a_persons_relative_gives_the_relative_not_the_person() {
    let got = render(
        "Ka'Loni Flynn was killed in 2011. \"I'm glad it's over,\" said Flynn's father, Herbert \
         Flynn. \"She deserved better,\" said Flynn's mother.",
    );
    assert!(got.contains("over,\" by Herbert Flynn"), "{got}");
    assert!(!got.contains("better,\" by Ka'Loni Flynn"), "{got}");
}

#[test]
fn a_sentence_closing_on_places_and_states_has_no_source() {
    // "states" after the places is the plural noun: no one states anything.
    check(
        "The government accused its neighbour of arming rebels in Upper Vale and Red River states.",
        "",
    );
    // Set off by a comma, a name and "states" still attribute.
    check(
        "The dam will be finished in May, Governor Tom Reyes states.",
        "statement \"The dam will be finished in May\" by Tom Reyes (states)
attribution Governor Tom Reyes = Tom Reyes (states)",
    );
}

#[test]
fn a_quote_the_writer_leads_into_does_not_continue_the_last_speaker() {
    // The second quote has its own lead-in ("…, saying:"): not Ruiz's words.
    let got = render(
        "Mayor Ana Ruiz said: \"The bridge will reopen in May.\n\
         We owe the town that.\"\n\
         The plan was praised by Tom Berg who sent a letter to Ruiz, saying: \"I just want to \
         thank the crews for their work.\"",
    );
    let last = got.lines().rfind(|l| l.starts_with("quote")).unwrap_or("");
    assert!(last.starts_with("quote \"I just want") && !last.contains("Ana Ruiz"), "{got}");
}

#[test]
fn a_speaker_set_off_by_an_appositive_before_said() {
    let got = render(
        "A spokesman for the Harbour Trust said the group saw no damage.\n\
         \"The families need to be safe.\n\
         They fled the fighting, \" Okafor, the governor, said.",
    );
    let quote = got.lines().find(|l| l.starts_with("quote")).unwrap_or("");
    assert!(quote.ends_with("by Okafor (said)"), "{got}");
}

#[test]
fn a_speaker_set_off_by_a_long_appositive_with_commas() {
    let got = render(
        "The quake struck at dawn, the Geological Survey said.\n\
         \"We have treated around 40 people, \" Lina Haris, a nurse at a clinic in Tarun, \
         Kelo district, told reporters.",
    );
    let quote = got.lines().find(|l| l.starts_with("quote")).unwrap_or("");
    assert!(quote.ends_with("by Lina Haris (told)"), "{got}");
}
