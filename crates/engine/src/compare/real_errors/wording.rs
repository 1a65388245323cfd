//! Families 9-10 (nicknames and scare quotes, loaded words), what a new
//! user saw, and a version against itself.

use super::*;

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
