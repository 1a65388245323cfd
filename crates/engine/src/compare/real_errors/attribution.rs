//! Families 4-6: tagging errors, speakers and sources, roles.

use super::*;

// 4. Tagging errors do not become findings.

#[test]
fn a_street_a_county_and_a_town_of_one_place_are_not_a_conflict() {
    no_conflicts(&[
        "The fire broke out on Elm Street in Harlow on Monday.",
        "The fire broke out in Harlow, Essex, on Monday.",
        "The fire broke out in Essex County on Monday.",
    ]);
}

#[test]
fn an_offence_or_a_person_is_not_a_place() {
    no_conflicts(&[
        "Kevin Marsh was charged with Aggravated Assault in Dover on Friday.",
        "Marsh was charged with Grand Larceny in Dover on Friday.",
    ]);
}

// 5. Speakers and sources.

#[test]
fn the_paper_that_published_a_quote_is_not_its_speaker() {
    no_conflicts(&[
        "\"We will rebuild,\" Mayor Ana Ruiz said on Monday.",
        "\"We will rebuild,\" Mayor Ana Ruiz told the Daily Post on Monday.",
        "The Daily Post reported that Ruiz said: \"We will rebuild.\"",
    ]);
}

#[test]
fn a_mothers_words_are_not_given_to_her_son() {
    no_conflicts(&[
        "Tom Reed, 17, was taken to hospital. \"He is a good boy,\" his mother, Sara Reed, said.",
        "\"He is a good boy,\" said Sara Reed, whose son Tom, 17, was taken to hospital.",
    ]);
}

#[test]
fn a_pronoun_after_one_official_is_not_resolved_to_another() {
    no_conflicts(&[
        "Police Chief Dan Ortiz met Mayor Ellen Park on Monday. \"We have a plan,\" he said.",
        "\"We have a plan,\" Ortiz said after meeting Park on Monday.",
    ]);
}

#[test]
fn a_statement_from_the_company_is_a_source() {
    no_conflicts(&[
        "A statement from the company said the plant would close in May.",
        "The plant will close in May, the company said in a statement.",
    ]);
}

#[test]
fn a_body_and_its_initials_are_one_source() {
    no_conflicts(&[
        "The quake struck at a depth of 10 km, the U.S. Geological Survey said.",
        "The quake struck at a depth of 10 km, the USGS said.",
    ]);
}

#[test]
fn a_second_source_beside_the_first_disputes_nothing() {
    no_conflicts(&[
        "The two men were arrested on Wednesday, Attorney General Wally Oppal said.",
        "The two men were arrested on Wednesday, police spokesman Tim Shields and Attorney \
         General Wally Oppal said.",
    ]);
}

#[test]
fn a_source_named_in_the_other_versions_words_is_given_there() {
    // "Prosecutors went on to acknowledge" is not read as an attribution,
    // but it credits the same body.
    no_conflicts(&[
        "A jury convicted a Marlow man of murder on Friday. Prosecutors acknowledged that the \
         case against Dalton was complicated and mostly circumstantial.",
        "A jury convicted a Marlow man of murder on Friday. Prosecutors went on to acknowledge \
         that the case against Dalton was complicated and mostly circumstantial.",
    ]);
}

#[test]
fn a_quote_credited_by_surname_to_another_person_is_reported() {
    let texts = [
        "Mayor Ellen Park opened the bridge. \"It is a great day,\" Park said.",
        "Mayor Ellen Park and Councilman Luis Alvarez opened the bridge. \"It is a great day,\" \
         Park said.",
        "Mayor Ellen Park and Councilman Luis Alvarez opened the bridge. \"It is a great day,\" \
         Alvarez said.",
    ];
    assert_reported(&texts, FindingKind::QuoteSpeakerChanged, &["Park", "Alvarez"]);
}

#[test]
fn two_remarks_naming_the_same_person_are_not_one_quote_given_to_two_speakers() {
    // Each remark names the new coach, and shares no more than her name
    // with the other: no speaker changed, no wording altered.
    no_conflicts(&[
        "The club named Ada Brook as coach on Monday. \"Ada Brook is in the dugout,\" \
         chairman Tom Hale said.",
        "The club named Ada Brook as coach on Monday. \"I am thrilled that Ada Brook takes \
         charge of this young squad,\" captain Lia Moss said.",
    ]);
}

#[test]
fn the_same_fact_credited_to_two_officials_is_reported() {
    assert_reported(
        &[
            "The bridge will reopen in June, Transport Secretary Ann Cole said on Monday.",
            "The bridge will reopen in June, Mayor Ellen Park said on Monday.",
        ],
        FindingKind::SourceChanged,
        &["Ann Cole", "Ellen Park"],
    );
}

// 6. Roles.

#[test]
fn a_fragment_of_a_title_is_not_another_role() {
    no_conflicts(&[
        "Chief Inspector Jane Moss said the road would stay closed.",
        "Moss, the chief inspector, said the road would stay closed.",
        "Chief Jane Moss said the road would stay closed.",
    ]);
}

#[test]
fn another_persons_role_is_not_attached() {
    no_conflicts(&[
        "Senator Paul Grey met Governor Lisa Hart in Albany on Monday.",
        "Grey, a senator, met Hart, the governor, in Albany on Monday.",
    ]);
}
