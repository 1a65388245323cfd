//! Families 7-8: omissions and additions only when the fact is absent;
//! real conflicts inside matching sentences.

use super::*;

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
fn a_writers_first_person_aside_is_no_passage() {
    let passages = [FindingKind::PassageAdded, FindingKind::PassageOmitted];
    let aside = findings_of(
        &[
            "A quake shook Marlow County on Monday. I felt the shaking from my desk in Oakland, \
             40 miles away.",
            "A quake shook Marlow County on Monday.",
        ],
        &passages,
    );
    assert!(aside.is_empty(), "{}", aside.join("\n"));
    // Told in the third person, the same facts are a passage of the story.
    let told = findings_of(
        &[
            "A quake shook Marlow County on Monday. Residents felt the shaking in Oakland, 40 \
             miles away.",
            "A quake shook Marlow County on Monday.",
        ],
        &passages,
    );
    assert_eq!(told.len(), 1, "{}", told.join("\n"));
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

#[test]
fn a_quote_whose_names_and_figure_a_version_states_elsewhere_is_not_missing_there() {
    // b tells what Velt said in its own words in another paragraph (the
    // same places and toll together); c says nothing of it.
    let texts = [
        "Floods swept the northern valley on Sunday after three days of rain.\n\n\"We have \
         found 230 bodies in Kusa and Marba so far,\" said Ana Velt of the Red Cross.\n\nRoads \
         to the capital were cut.",
        "Floods swept the northern valley on Sunday after three days of rain.\n\nRoads to the \
         capital were cut.\n\nKusa and Marba counted 230 dead by Monday night.",
        "Floods swept the northern valley on Sunday after three days of rain.\n\nRoads to the \
         capital were cut.",
    ];
    let analysis = analyze_texts(&texts);
    let missing: Vec<Vec<usize>> = analysis
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::QuoteMissing)
        .map(|f| f.missing_in.iter().map(|v| v.0).collect())
        .collect();
    assert_eq!(missing, [vec![2]], "{}", render(&analysis).join("\n"));
}

#[test]
fn an_amounts_unit_words_are_not_a_fact_a_version_states() {
    // b speaks of cattle and dollars, but never of the 3,000 dollars and
    // 40 cattle owed: it still lacks the passage (an amount's fact is its
    // number, not its unit).
    let texts = [
        "Carl Hays was charged on Monday with the theft.\n\nHays owed 3,000 dollars and 40 \
         cattle to his brother, who lent him the farm, police said.\n\nHis trial opens in May.",
        "Carl Hays was charged on Monday with the theft.\n\nHis trial opens in May.\n\nAt the \
         county fair, ranch hands still trade cattle for dollars.",
        "Carl Hays was charged on Monday with the theft.\n\nHis trial opens in May.",
    ];
    let analysis = analyze_texts(&texts);
    let lacking: Vec<Vec<usize>> = analysis
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::PassageAdded)
        .map(|f| f.missing_in.iter().map(|v| v.0).collect())
        .collect();
    assert_eq!(lacking, [vec![1, 2]], "{}", render(&analysis).join("\n"));
}

#[test]
fn a_passage_another_version_tells_elsewhere_is_not_said_to_be_only_in_its_holders() {
    // b gives the rescue's place and figure in its own words in another
    // paragraph; only c lacks it, and the summary names c, not "only in a".
    let texts = [
        "Floods swept the northern valley on Sunday after three days of rain.\n\nCrews pulled \
         85 people from rooftops in Kusa and Marba overnight.\n\nRoads to the capital were cut.",
        "Floods swept the northern valley on Sunday after three days of rain.\n\nRoads to the \
         capital were cut.\n\nIn Kusa and Marba, 85 residents were lifted to safety by boat.",
        "Floods swept the northern valley on Sunday after three days of rain.\n\nRoads to the \
         capital were cut.",
    ];
    let analysis = analyze_texts(&texts);
    let added: Vec<&crate::compare::Finding> =
        analysis.findings.iter().filter(|f| f.kind == FindingKind::PassageAdded).collect();
    assert_eq!(added.len(), 1, "{}", render(&analysis).join("\n"));
    assert_eq!(added[0].missing_in.iter().map(|v| v.0).collect::<Vec<_>>(), [2]);
    assert!(
        !added[0].summary.contains("only in") && added[0].summary.contains("not in"),
        "{}",
        added[0].summary
    );
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

/// The versions (0 = a, 1 = b…) each finding of `kind` says lack its fact.
fn lacking(texts: &[&str], kind: FindingKind) -> Vec<Vec<usize>> {
    let (_, found) = crate::compare::tests::of_kind(texts, kind);
    found.iter().map(|f| f.missing_in.iter().map(|v| v.0).collect()).collect()
}

/// a quotes a count of evacuees; b gives the count under another noun in
/// its own words; c gives no count at all.
const SHELTERED: [&str; 3] = [
    "Floodwater swept through Tarrow Valley on Tuesday. \"Tonight we are sheltering 2,400 \
     evacuees,\" Mayor Ilse Varga said.",
    "Floodwater swept through Tarrow Valley on Tuesday. Some 2,400 residents spent the night in \
     school gyms.",
    "Floodwater swept through Tarrow Valley on Tuesday. Residents spent the night in school gyms.",
];

#[test]
fn a_quote_whose_figure_is_told_unquoted_is_not_missing_there() {
    // b gives the quoted count (counted otherwise) in its own words; c
    // gives no count at all.
    assert_eq!(lacking(&SHELTERED, FindingKind::QuoteMissing), vec![vec![2]]);
}

#[test]
fn a_size_in_a_quote_is_no_figure_it_tells() {
    // b names the 14-inch model but not what was said of it.
    let texts = [
        "Orrin unveiled its new laptops on Monday. Orrin calls the 14-inch Veska \"the quietest \
         14-inch laptop ever built.\"",
        "Orrin unveiled its new laptops on Monday. The 14-inch Veska costs more than last year's.",
    ];
    assert_eq!(lacking(&texts, FindingKind::QuoteMissing), vec![vec![1]]);
}

#[test]
fn a_passage_whose_large_count_is_told_under_another_noun_is_not_missing_there() {
    // b gives the quoted figure counting "residents" where a counts
    // "evacuees": the passage is missing only from c.
    assert_eq!(lacking(&SHELTERED, FindingKind::PassageAdded), vec![vec![2]]);
}
