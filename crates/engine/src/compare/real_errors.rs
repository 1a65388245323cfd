//! Regression tests for the kinds of error seen on real multi-outlet
//! coverage (issue 13), each on short texts written for the test: what must
//! not become a finding, and the real disagreements that must.

use crate::compare::tests::analyze_texts;
use crate::{Analysis, FindingKind};

/// Every finding as one readable line: `kind: a "excerpt" | b "excerpt"`,
/// evidence in version order, versions named a, b, c….
fn render(analysis: &Analysis) -> Vec<String> {
    analysis
        .findings
        .iter()
        .map(|f| {
            let evidence: Vec<String> = f
                .evidence
                .iter()
                .map(|e| {
                    let name = (b'a' + e.version.0 as u8) as char;
                    format!("{name} {:?}", e.span.slice(&analysis.documents[e.version.0].text))
                })
                .collect();
            format!("{}: {}", kind_name(f.kind), evidence.join(" | "))
        })
        .collect()
}

fn kind_name(kind: FindingKind) -> String {
    serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// The findings of these versions whose kind is one of `kinds`.
fn findings_of(texts: &[&str], kinds: &[FindingKind]) -> Vec<String> {
    let analysis = analyze_texts(texts);
    let lines = render(&analysis);
    analysis
        .findings
        .iter()
        .zip(lines)
        .filter(|(f, _)| kinds.contains(&f.kind))
        .map(|(_, l)| l)
        .collect()
}

/// Conflict findings: versions said to state different values.
const CONFLICTS: &[FindingKind] = &[
    FindingKind::DateConflict,
    FindingKind::NumberConflict,
    FindingKind::NameConflict,
    FindingKind::RoleChanged,
    FindingKind::SourceChanged,
    FindingKind::QuoteSpeakerChanged,
    FindingKind::QuoteAltered,
    FindingKind::OutcomeChanged,
    FindingKind::SelfContradiction,
];

/// Presence findings: a fact said to be missing from some versions.
const PRESENCE: &[FindingKind] = &[
    FindingKind::PassageOmitted,
    FindingKind::PassageAdded,
    FindingKind::QuoteMissing,
    FindingKind::DetailOmitted,
];

fn no_conflicts(texts: &[&str]) {
    let found = findings_of(texts, CONFLICTS);
    assert!(found.is_empty(), "expected no conflict, got:\n{}", found.join("\n"));
}

/// True when one finding of `kind` has, for every excerpt given, evidence
/// whose text contains it.
fn reported(texts: &[&str], kind: FindingKind, excerpts: &[&str]) -> bool {
    let analysis = analyze_texts(texts);
    analysis.findings.iter().filter(|f| f.kind == kind).any(|f| {
        excerpts.iter().all(|x| {
            f.evidence
                .iter()
                .any(|e| e.span.slice(&analysis.documents[e.version.0].text).contains(x))
        })
    })
}

fn assert_reported(texts: &[&str], kind: FindingKind, excerpts: &[&str]) {
    assert!(
        reported(texts, kind, excerpts),
        "expected {} quoting {excerpts:?}, got:\n{}",
        kind_name(kind),
        render(&analyze_texts(texts)).join("\n")
    );
}

// 1. Different facts that share a unit are not one fact.

#[test]
fn a_season_total_and_one_games_yards_are_different_facts() {
    no_conflicts(&[
        "Jones ran for 142 yards on Sunday as the Hawks beat the Bears 24-17. \
         He has 1,210 yards this season.",
        "Jones, who has 1,210 rushing yards this season, added 142 yards on Sunday \
         in the Hawks' 24-17 win over the Bears.",
        "The Hawks beat the Bears 24-17 on Sunday. Jones, with 1,210 yards on the season, \
         led the way.",
    ]);
}

#[test]
fn the_hour_of_an_arrest_and_the_hour_of_the_release_are_different_facts() {
    no_conflicts(&[
        "Police arrested the driver at 2 a.m. on Saturday. He was released on bail at 11 a.m.",
        "The driver was released at 11 a.m. after his arrest early on Saturday.",
        "The driver, arrested at 2 a.m. Saturday, was freed on bail.",
    ]);
}

#[test]
fn the_injured_of_todays_flood_and_of_last_months_are_different_facts() {
    no_conflicts(&[
        "Flooding in Riverton injured 12 people on Tuesday. Last month a storm injured 40 people \
         in the same district.",
        "At least 12 people were injured when the river burst its banks in Riverton on Tuesday.",
    ]);
}

// 2. Dates of different events are not compared.

#[test]
fn the_day_of_a_summit_and_the_day_a_delegate_flew_in_are_different_facts() {
    no_conflicts(&[
        "The summit opened in Geneva on Thursday. The French delegate flew in on Tuesday.",
        "Leaders met in Geneva on Thursday for the summit.",
        "The French delegate, who arrived on Tuesday, will speak at the summit on Thursday.",
    ]);
}

#[test]
fn a_sentence_giving_the_years_of_two_past_disasters_is_not_matched_by_a_guess() {
    // a gives both years in one sentence: which of them b's year answers
    // is a guess.
    no_conflicts(&[
        "A strong earthquake shook the port of Selm on Sunday.\nThe tremors have re-awakened \
         bitter memories of similar deadly quakes that hit Selm in 2009, as well as the great \
         tsunami that killed 3,000 people in Varnia's Marn province and Tey island in 2012.",
        "A strong earthquake shook the port of Selm on Sunday.\nThe governor said a girl was \
         killed in the earthquakes, which rekindled bitter memories of similar deadly quakes \
         that hit the town in 2009.\nSome 3,000 people were killed in Varnia's Marn province \
         and Tey island by the 2012 tsunami, making it the worst hit region.",
    ]);
    // One past disaster's year given two ways is still a conflict.
    assert_reported(
        &[
            "A strong earthquake shook Selm on Sunday. The great tsunami killed 3,000 people in \
             Marn province in 2012, officials recalled.",
            "A strong earthquake shook Selm on Sunday. The great tsunami killed 3,000 people in \
             Marn province in 2011, officials recalled.",
        ],
        FindingKind::DateConflict,
        &["2012", "2011"],
    );
}

#[test]
fn the_hour_of_the_first_of_several_quakes_is_not_the_hour_of_a_quake() {
    no_conflicts(&[
        "A strong earthquake shook the coast of Varnia today. The quake struck off the coast at \
         7:48 a.m. local time, west of the port of Selm, the survey said.",
        "Two strong earthquakes shook the coast of Varnia on Sunday. The first quake struck off \
         the coast at 4:43 a.m. local time, west of the port of Selm, the survey said.",
    ]);
    // The first quake's hour given two ways is still a conflict.
    assert_reported(
        &[
            "Two strong earthquakes shook the coast of Varnia on Sunday. The first quake struck \
             off the coast at 7:48 a.m. local time, west of the port of Selm, the survey said.",
            "Two strong earthquakes shook the coast of Varnia on Sunday. The first quake struck \
             off the coast at 4:43 a.m. local time, west of the port of Selm, the survey said.",
        ],
        FindingKind::DateConflict,
        &["7:48 a.m.", "4:43 a.m."],
    );
}

#[test]
fn a_verdicts_weekday_is_not_the_date_of_the_crime() {
    no_conflicts(&[
        "A jury convicted Mark Dunn on Friday of the murder of his neighbour on March 3, 2019.",
        "Mark Dunn was found guilty on Friday of killing his neighbour in 2019.",
        "Dunn killed his neighbour on March 3, 2019, prosecutors said. The verdict came on Friday.",
    ]);
}

// 3. Bounded and vague amounts are compared as intervals.

#[test]
fn a_figure_of_one_of_several_quakes_is_not_matched_by_a_guess() {
    // The second report gives two distances (two quakes): which of them the
    // first report's distance answers is a guess.
    let texts = [
        "A strong earthquake shook the coast of Lorvia today, sending residents into the \
         streets. The geological survey said the quake struck 75 kilometers west of the port \
         of Demba. Officials in Lorvia said schools would stay shut until engineers inspect \
         the school buildings. Electricity was restored to most homes in Demba by the evening. \
         Several fishing boats were damaged in the Demba harbour by the waves. The government \
         of Lorvia promised money for repairs to homes and boats. Doctors in Demba saw many \
         people with cuts from broken glass.",
        "Two powerful tremors hit Lorvia on Sunday, sending frightened residents of the coast \
         into the streets. The first quake struck about 135 kilometers from the port of Demba, \
         the geological survey said. A second, weaker quake followed an hour later, about 40 \
         kilometers from Demba. Every school building in Lorvia stays closed while engineers check them, \
         officials said. Crews worked overnight to bring electricity back to Demba. Waves \
         wrecked a dozen trawlers moored in Demba. The government of Lorvia said it would pay \
         for rebuilding. Hospitals in Demba treated dozens of people for cuts.",
    ];
    // (The figures' sentences alone are left to the slot rules.)
    let analysis = analyze_texts(&texts);
    let matched: Vec<_> =
        analysis.findings.iter().filter(|f| f.rule == "number/value-differs").collect();
    assert!(matched.is_empty(), "{}", render(&analysis).join("\n"));
}

#[test]
fn a_figure_listed_beside_another_of_its_kind_is_one_of_several() {
    // b gives two quakes' magnitudes in one phrase, a lists two beside the
    // day's smaller quake: which of them c's figure answers is a guess.
    no_conflicts(&[
        "A magnitude 5.9 earthquake shook the coast of Varnia today, the latest tremor to \
         rattle the region where two people died at the weekend. Two quakes, measuring 7.1 and \
         6.8, struck near the port of Selm on Saturday.",
        "Thousands of residents of Selm slept in tents after the 7.1 and 6.8 magnitude quakes \
         that hit the port of Selm on Saturday.",
        "The 7.3 magnitude quake destroyed 40 homes in Selm on Saturday, officials said. \
         Thousands of residents of Selm slept in tents.",
    ]);
    // One quake's magnitude given two ways is still a conflict.
    assert_reported(
        &[
            "A 4.2 magnitude quake shook Selm on Saturday, the survey said.",
            "A 4.4 magnitude quake shook Selm on Saturday, the survey said.",
        ],
        FindingKind::NumberConflict,
        &["4.2", "4.4"],
    );
}

#[test]
fn a_depth_is_not_set_against_a_length_that_may_be_a_distance() {
    // b's length says nothing of depth: it is how far the epicentre was
    // from a town.
    no_conflicts(&[
        "A strong earthquake shook the highlands of Varnia on Tuesday. The quake struck at a \
         depth of 10 kilometers near the town of Tarn, the survey said.",
        "A strong earthquake shook the highlands of Varnia on Tuesday. The epicenter of the \
         quake was about 55 kilometers from the town of Tarn, the survey said.",
        "A strong earthquake shook the highlands of Varnia on Tuesday. It struck 10 kilometers \
         deep, the survey said.",
    ]);
    // Two depths that cannot both hold are still a conflict.
    assert_reported(
        &[
            "The quake struck at a depth of 1.2 miles near Tarn on Tuesday.",
            "The quake struck at a depth of 12 miles near Tarn on Tuesday.",
        ],
        FindingKind::NumberConflict,
        &["1.2 miles", "12 miles"],
    );
}

#[test]
fn a_reading_of_one_thing_is_not_a_count_of_them() {
    // "a 2.7 aftershock" measures one aftershock; "two aftershocks" counts.
    no_conflicts(&[
        "A magnitude 4.1 earthquake shook the valley at 3:10 a.m. on Friday. It was followed by \
         a 2.7 aftershock at 3:14 a.m. and a 2.1 at 3:20 a.m., the survey said.",
        "A magnitude 4.1 earthquake shook the valley early on Friday. Two aftershocks \
         followed within minutes, the survey said.",
    ]);
    // Two counts of them still disagree.
    assert_reported(
        &[
            "Two aftershocks followed the quake on Friday, the survey said.",
            "Five aftershocks followed the quake on Friday, the survey said.",
        ],
        FindingKind::NumberConflict,
        &["Two aftershocks", "Five aftershocks"],
    );
}

#[test]
fn tolls_of_one_province_and_of_four_states_are_different_wholes() {
    no_conflicts(&[
        "Floods swept the delta of Marn on Monday. The river burst its banks in 2019 too, in a \
         flood that killed 1,200 people in the province and hundreds more in neighbouring \
         states.",
        "Floods swept the delta of Marn on Monday. The river burst its banks in 2019 too, in a \
         flood that killed 2,100 people in four states.",
    ]);
    // The same place, or the circumstance instead of a place, is one whole.
    assert_reported(
        &[
            "A flood killed 1,200 people in the province of Marn in 2019, officials said.",
            "A flood killed 2,100 people in the province of Marn in 2019, officials said.",
        ],
        FindingKind::NumberConflict,
        &["1,200", "2,100"],
    );
    assert_reported(
        &[
            "Gunmen killed 12 people in an attack on a market in Tarn, police said on Monday.",
            "Gunmen killed 21 people in a raid on a market in Tarn, police said on Monday.",
        ],
        FindingKind::NumberConflict,
        &["12 people", "21 people"],
    );
}

#[test]
fn a_total_and_its_part_given_by_one_version_are_no_conflict() {
    // a gives the price and its cash part; b's price answers a's price,
    // not the cash part its sentence happens to resemble.
    no_conflicts(&[
        "Harlow Foods announced the largest acquisition in its history on Monday, paying about \
         $3.1 billion to acquire the grocer Pelt Markets.\nThe purchase of Pelt Markets is a \
         combination of $2.2 billion in cash and 40 million shares of Harlow stock.",
        "The purchase of Pelt Markets is a combination of cash and shares of Harlow stock worth \
         around $3.1 billion.",
        "Harlow Foods announced the largest acquisition in its history on Monday, paying about \
         $3.1 billion for the grocer Pelt Markets.",
    ]);
    // Two prices that cannot both hold still disagree.
    assert_reported(
        &[
            "Harlow Foods agreed on Monday to buy the grocer Pelt Markets for $3.1 billion.",
            "Harlow Foods agreed on Monday to buy the grocer Pelt Markets for $3.6 billion.",
        ],
        FindingKind::NumberConflict,
        &["$3.1 billion", "$3.6 billion"],
    );
}

#[test]
fn bounded_and_vague_amounts_that_overlap_agree() {
    no_conflicts(&[
        "He faces more than 30 counts of fraud. Dozens of homes were flooded.",
        "He faces 34 counts of fraud. About 50 homes were flooded.",
    ]);
}

#[test]
fn exact_amounts_that_cannot_both_hold_disagree() {
    assert_reported(
        &[
            "He faces 34 counts of fraud, prosecutors said on Monday.",
            "He faces 43 counts of fraud, prosecutors said on Monday.",
        ],
        FindingKind::NumberConflict,
        &["34 counts", "43 counts"],
    );
}

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

// 7. Omissions and additions only when the fact is absent.

#[test]
fn a_paraphrased_fact_is_not_omitted() {
    let found = findings_of(
        &[
            "A gas leak forced the evacuation of the school on Monday. No one was hurt.",
            "A gas leak forced the evacuation of the school on Monday. There were no reported \
             injuries.",
        ],
        PRESENCE,
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_quote_inside_a_longer_quote_is_not_missing() {
    let found = findings_of(
        &[
            "\"We acted fast,\" the chief said of the blaze on Monday.",
            "\"We acted fast, and we saved the building,\" the chief said of the blaze on Monday.",
        ],
        &[FindingKind::QuoteMissing],
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_question_to_readers_is_no_passage() {
    let found = findings_of(
        &[
            "The council closed the old pool on Monday. Should Mayor Tom Reyes spend $2 million \
             on a new pool at Fenwick Park?",
            "The council closed the old pool on Monday.",
        ],
        PRESENCE,
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn another_toll_of_the_same_dead_is_not_an_omission() {
    // Each report gives its own toll of the dead: the figures differ
    // (the number rules' business); none lacks the fact.
    let found = findings_of(
        &[
            "A ferry sank off Pell Island on Sunday. Rescue boats searched the bay. At least 14 \
             people were killed and 40 injured when the ferry capsized, the coast guard said.",
            "A ferry sank off Pell Island on Sunday. Rescue boats searched the bay. Nine people \
             died, according to the harbour master.",
        ],
        &[FindingKind::PassageAdded, FindingKind::PassageOmitted],
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
    // A toll where the other report gives none is missing there.
    assert_reported(
        &[
            "A ferry sank off Pell Island on Sunday. Rescue boats searched the bay. At least 14 \
             people were killed and 40 injured when the ferry capsized, the coast guard said.",
            "A ferry sank off Pell Island on Sunday. Rescue boats searched the bay.",
        ],
        FindingKind::PassageOmitted,
        &["At least 14"],
    );
}

#[test]
fn an_added_passage_shows_only_tellers_that_tell_the_same_thing() {
    // c's sentence shares the storm and the mayor with a's, but not what
    // b's tells: it is not shown as telling the roof torn off the school.
    let texts = [
        "Rain hit the region on Monday. Storm winds tore the roof off the Elm Street school \
         in Dover and flooded its main hall, Mayor Jo Hart said.",
        "Rain hit the region on Monday. Storm winds tore the roof off the Elm Street school \
         in Dover.",
        "Rain hit the region on Monday. Storm winds flooded the main hall of the town library \
         in Hull, Mayor Jo Hart said.",
        "Rain hit the region on Monday.",
        "Rain hit the region on Monday.",
        "Rain hit the region on Monday.",
        "Rain hit the region on Monday.",
    ];
    let passages: Vec<String> = findings_of(&texts, &[FindingKind::PassageAdded]);
    assert!(
        passages.iter().any(|l| l.contains("Elm Street")),
        "expected the added passage, got:\n{}",
        passages.join("\n")
    );
    assert!(
        passages.iter().all(|l| !(l.contains("Elm Street") && l.contains("library"))),
        "{}",
        passages.join("\n")
    );
}

#[test]
fn one_side_of_a_pair_of_dimensions_is_no_detail() {
    // "640 x 480" and "640-by-480" are one resolution however cut; each
    // number alone is not a figure the others left out.
    let found = findings_of(
        &[
            "The Vela phone goes on sale on Friday. It has a 640 x 480 pixel screen and costs \
             $199.",
            "The Vela phone goes on sale on Friday. Its screen shows 640-by-480 pixels and it \
             costs $199.",
            "The Vela phone goes on sale on Friday. It costs $199.",
        ],
        &[FindingKind::DetailOmitted],
    );
    assert!(found.iter().all(|l| !l.contains("480") && !l.contains("640")), "{}", found.join("\n"));
}

// 8. Real conflicts inside matching sentences are reported as conflicts.

#[test]
fn a_clock_time_that_differs_in_the_same_sentence_is_a_conflict() {
    assert_reported(
        &[
            "The alarm was raised at 7.15pm on Friday and crews arrived within minutes.",
            "The alarm was raised at 7.51pm on Friday and crews arrived within minutes.",
        ],
        FindingKind::DateConflict,
        &["7.15pm", "7.51pm"],
    );
}

#[test]
fn a_phone_number_with_one_digit_more_is_a_conflict_not_a_quantity() {
    let texts = [
        "Anyone with information should call police on 0800 555 0199. The man is 44.",
        "Anyone with information should call police on 0800 555 01999. The man is 44.",
    ];
    assert_reported(&texts, FindingKind::NumberConflict, &["0800 555 0199", "0800 555 01999"]);
}

#[test]
fn a_place_that_differs_in_the_same_sentence_is_a_conflict() {
    assert_reported(
        &[
            "The man was shot in the lobby of the Grand Hotel shortly after midnight.",
            "The man was shot in the car park of the Grand Hotel shortly after midnight.",
        ],
        FindingKind::NameConflict,
        &["lobby", "car park"],
    );
}

#[test]
fn an_age_in_the_same_apposition_is_a_conflict() {
    assert_reported(
        &[
            "The victim, Carl Hays, 44, was a teacher at the school.",
            "The victim, Carl Hays, 45, was a teacher at the school.",
        ],
        FindingKind::NumberConflict,
        &["44", "45"],
    );
}

#[test]
fn an_ordinal_and_a_record_that_differ_are_conflicts() {
    let texts = [
        "Mendes won her third title defence on Saturday and is now 31-2 as a professional.",
        "Mendes won her second title defence on Saturday and is now 33-2 as a professional.",
    ];
    assert_reported(&texts, FindingKind::NumberConflict, &["third", "second"]);
    assert_reported(&texts, FindingKind::NumberConflict, &["31-2", "33-2"]);
}

#[test]
fn the_relative_day_inside_a_quote_is_compared() {
    assert_reported(
        &[
            "\"The shooting happened last night,\" Sheriff Tom Bell said on Monday.",
            "\"The shooting happened on Saturday,\" Sheriff Tom Bell said on Monday.",
        ],
        FindingKind::DateConflict,
        &["last night", "Saturday"],
    );
}

// 9. Nicknames and scare quotes are not quotes.

#[test]
fn nicknames_and_scare_quotes_are_not_quotes() {
    let found = findings_of(
        &[
            "Boxer Ray \"the Hammer\" Cruz lost on Monday. The so-called \"fake news\" site closed.",
            "Boxer Ray Cruz lost on Monday. The site closed.",
        ],
        &[FindingKind::QuoteMissing, FindingKind::QuoteAltered, FindingKind::QuoteSpeakerChanged],
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_title_or_name_in_capitals_with_the_sentences_comma_inside_is_not_a_quote() {
    let found = findings_of(
        &[
            "The island sits on the \"Iron Crescent,\" a belt of volcanoes, officials said. \
             Fans of the show \"Night Harbour.\" cheered.",
            "The island sits on a belt of volcanoes, officials said. Fans cheered.",
        ],
        &[FindingKind::QuoteMissing],
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
    // Words said, in lower case, are still a quote.
    assert_reported(
        &[
            "\"The water came up to the roof,\" Mayor Dana Pike said on Monday.",
            "Mayor Dana Pike spoke on Monday.",
        ],
        FindingKind::QuoteMissing,
        &["The water came up to the roof"],
    );
}

// 10. Loaded words only in the writer's own voice, in their evaluative sense.

#[test]
fn loaded_words_inside_quotes_or_in_another_sense_are_not_reported() {
    let found = findings_of(
        &[
            "The council cut the library budget. \"It is a shocking decision,\" a resident said. \
             A man was seen staggering along the road.",
            "The council cut the library budget. A man was seen walking along the road.",
        ],
        &[FindingKind::LoadedLanguage],
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_loaded_word_in_the_writers_voice_is_reported() {
    assert_reported(
        &[
            "The council cut the library budget by 10% on Monday.",
            "The council cut the library budget by a staggering 10% on Monday.",
        ],
        FindingKind::LoadedLanguage,
        &["staggering"],
    );
}

// Seen by a new user.

#[test]
fn a_publication_stamp_is_not_a_fact_of_the_story() {
    no_conflicts(&[
        "Storm floods harbour\nUPDATED 09:14 GMT, June 3, 2011\nA storm flooded the harbour.",
        "Storm floods harbour\nPublished June 4, 2011 10:02 AM\nA storm flooded the harbour.",
    ]);
}

#[test]
fn an_emergency_number_is_not_a_quantity() {
    let analysis = analyze_texts(&[
        "Call 911 if you see the car. Police said 3 people were hurt.",
        "Call 999 if you see the car. Police said 3 people were hurt.",
    ]);
    // Another number to call is worth a look; it is not a count.
    for f in &analysis.findings {
        assert!(f.rule != "number/value-differs" && f.rule != "number/same-place", "{}", f.summary);
    }
}

#[test]
fn british_and_american_spellings_are_the_same_quote() {
    no_conflicts(&[
        "\"We realised the organisation needed help,\" Ms Hall said.",
        "\"We realized the organization needed help,\" Ms Hall said.",
    ]);
}

#[test]
fn the_same_day_written_three_ways_is_one_value() {
    no_conflicts(&[
        "The bank collapsed on Friday, June 3, 2011, regulators said.",
        "The bank collapsed on Friday, regulators said on Fri Jun 3, 2011.",
        "Regulators said the bank collapsed on June 3, 2011.",
    ]);
}

#[test]
fn one_changed_figure_is_reported_once() {
    let found = findings_of(
        &[
            "The blast killed 12 miners at the Brook colliery on Monday.",
            "The blast killed 21 miners at the Brook colliery on Monday.",
        ],
        CONFLICTS,
    );
    assert_eq!(found.len(), 1, "{}", found.join("\n"));
}

// A version against itself.

#[test]
fn a_caption_dating_the_scene_months_from_the_news_contradicts_the_text() {
    let texts = [
        "Mayor Ann Lee opens the new bridge in Dover, Tuesday, Dec. 2, 2025. (Jo Smith via AP)\n\n\
         Mayor Ann Lee opened the bridge on Tuesday, Dec. 2, 2025, the city said.",
        "Mayor Ann Lee opens the new bridge in Dover, Tuesday, Dec. 2, 2025. (Jo Smith via AP)\n\n\
         The city said on March 14, 2024, that Mayor Ann Lee had opened the bridge.",
    ];
    assert_reported(&texts, FindingKind::SelfContradiction, &["Dec. 2, 2025", "March 14, 2024"]);
    // A file photo is older than the news by design.
    no_conflicts(&[
        "FILE - Mayor Ann Lee speaks in Dover, Tuesday, Dec. 2, 2019. (Jo Smith via AP)\n\n\
         Mayor Ann Lee resigned on March 14, 2024, the city said.",
        "Mayor Ann Lee resigned on March 14, 2024, the city said.",
    ]);
}

#[test]
fn two_remarks_that_share_a_few_words_are_not_one_quote_altered() {
    no_conflicts(&[
        "The BBC named the new Doctor. Executive producer Steven Moffat said: \"It's an \
         incendiary combination: one of the most talented actors of his generation is about to \
         play the best part on television.\"",
        "Peter Capaldi will play the Time Lord, fans learned in a live show. \"There's something very seductive about \
         an utterly brilliant leading man - one of the most talented actors in Britain - who you \
         happen to know is a big fan of the show,\" Steven Moffat said.",
    ]);
}
