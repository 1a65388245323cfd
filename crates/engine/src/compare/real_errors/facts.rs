//! Families 1-3: different facts that share a unit, dates of different
//! events, bounded and vague amounts.

use super::*;

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

#[test]
fn a_count_listed_after_buildings_is_of_what_happened_not_of_building() {
    // "buildings" shares the stem of the event "build": a count listed
    // after it is still of the damage, as the other version's is.
    assert_reported(
        &[
            "A strong quake hit Selm on Sunday. The agency said the quake damaged 30 \
             government office buildings, 12 shops and 6 bridges.",
            "A strong quake hit Selm on Sunday. Seven bridges were damaged in the quake, \
             officials said.",
        ],
        FindingKind::NumberConflict,
        &["6 bridges", "Seven bridges"],
    );
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
