use super::*;
use crate::Version;

/// Renders the expressions of `text` as `"text → TYPE value"` lines, one
/// per expression, resolved against `dct` (`""`: none); an unresolved
/// value is marked with `?`.
fn render(text: &str, dct: &str) -> String {
    let doc = Document::new(&Version::new("t", text));
    let dct = CivilDate::parse_iso(dct);
    extract_times(&doc, dct)
        .iter()
        .map(|c| {
            let ClaimData::Time(t) = &c.data else { unreachable!() };
            let ty = match t.ty {
                TimexType::Date => "DATE",
                TimexType::Time => "TIME",
                TimexType::Duration => "DURATION",
                TimexType::Set => "SET",
            };
            let mark = if t.resolved { "" } else { "?" };
            format!("{} → {ty} {}{mark}", c.span.slice(text), t.value)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[track_caller]
fn check(text: &str, dct: &str, expected: &str) {
    let got = render(text, dct);
    let want =
        expected.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
    assert_eq!(got, want, "\n--- got ---\n{got}\n");
}

#[test]
fn absolute_dates_in_news_forms() {
    check(
        "It began on Dec. 2, 2025 and ended December 8. A 2 December 2025 memo, \
         the 12/02/2025 filing and the 2025-12-02 log agree. In March 2024 and in 1998, \
         as in the 1990s and by mid-March, prices will rise.",
        "2025-12-04",
        "Dec. 2, 2025 → DATE 2025-12-02?
         December 8 → DATE 2025-12-08
         2 December 2025 → DATE 2025-12-02?
         12/02/2025 → DATE 2025-12-02?
         2025-12-02 → DATE 2025-12-02?
         March 2024 → DATE 2024-03?
         1998 → DATE 1998?
         the 1990s → DATE 199?
         mid-March → DATE 2026-03",
    );
}

#[test]
fn abbreviated_and_full_month_give_one_value() {
    check(
        "Six were hurt on Dec. 8. Six were hurt on December 8.",
        "2025-12-10",
        "Dec. 8 → DATE 2025-12-08
         December 8 → DATE 2025-12-08",
    );
    check(
        "His remarks, made public on March 15, 2024, …",
        "2025-12-04",
        "March 15, 2024 → DATE 2024-03-15?",
    );
}

#[test]
fn caption_date_with_weekday() {
    check(
        "Putin met Witkoff in Moscow, Russia, Tuesday, Dec. 2, 2025. (AP Photo)",
        "",
        "Tuesday, Dec. 2, 2025 → DATE 2025-12-02?",
    );
}

#[test]
fn weekdays_follow_tense_around_the_document_date() {
    // 2025-12-04 is a Thursday.
    check(
        "Putin said Thursday that the talks were useful. Umerov will meet them on Tuesday. \
         Trump spoke Wednesday night. During Tuesday's talks, they argued.",
        "2025-12-04",
        "Thursday → DATE 2025-12-04
         Tuesday → DATE 2025-12-09
         Wednesday night → TIME 2025-12-03TNI
         Tuesday → DATE 2025-12-02",
    );
    check("Putin said Thursday the talks were useful.", "", "Thursday → DATE XXXX-WXX-4?");
}

#[test]
fn times_of_day() {
    check(
        "The vote opens at 9:30 a.m. and closes at noon. He left at 10 p.m. Wednesday. \
         Talks resume tonight.",
        "2024-03-14",
        "9:30 a.m. → TIME 2024-03-14T09:30
         noon → TIME 2024-03-14T12:00
         10 p.m. Wednesday → TIME 2024-03-13T22:00
         tonight → TIME 2024-03-14TNI",
    );
}

#[test]
fn relative_expressions() {
    check(
        "Today, yesterday and later today. Earlier this week, last month and next year. \
         The invasion began nearly four years ago; two weeks later the siege started. \
         Shelling continued overnight. Officials recently said the front is now quiet and \
         currently calm.",
        "2025-12-04",
        "Today → DATE 2025-12-04
         yesterday → DATE 2025-12-03
         later today → DATE 2025-12-04
         Earlier this week → DATE 2025-W49
         last month → DATE 2025-11
         next year → DATE 2026
         nearly four years ago → DATE 2021
         two weeks later → DATE 2021
         overnight → TIME 2025-12-03TNI
         recently → DATE PAST_REF?
         now → DATE PRESENT_REF?
         currently → DATE PRESENT_REF?",
    );
}

#[test]
fn the_previous_day_counts_from_the_last_date_mentioned() {
    check(
        "On Dec. 2, drones hit Kherson. Two people were hurt the previous day. \
         A day prior, the city was calm.",
        "2025-12-04",
        "Dec. 2 → DATE 2025-12-02
         the previous day → DATE 2025-12-01
         A day prior → DATE 2025-11-30",
    );
    check(
        "Two people were hurt the previous day.",
        "2025-12-04",
        "the previous day → DATE 2025-12-03",
    );
    check("Two people were hurt the preceding day.", "", "the preceding day → DATE XXXX-XX-XX?");
}

#[test]
fn durations() {
    check(
        "After a five-hour meeting that lasted five hours, a pact for four years \
         and several days of talks.",
        "",
        "five-hour → DURATION PT5H?
         five hours → DURATION PT5H?
         four years → DURATION P4Y?
         several days → DURATION PXD?",
    );
}

#[test]
fn sets_seasons_quarters_fiscal_years() {
    check(
        "They meet every Monday and report daily, paid annually. Sales in the third quarter \
         rose, as last summer, in fiscal 2024.",
        "1998-10-26",
        "every Monday → SET XXXX-WXX-1?
         daily → SET P1D?
         annually → SET P1Y?
         the third quarter → DATE 1998-Q3
         last summer → DATE 1998-SU
         fiscal 2024 → DATE 2024?",
    );
}

#[test]
fn document_date_prefers_publication_lines_and_captions() {
    let date =
        |text: &str| document_date(&Document::new(&Version::new("t", text))).map(|d| d.to_string());
    assert_eq!(
        date("Quake hits\nPublished 8:05 PM ET Wed, 4 Jan 2012\nBorn on March 5, 1946, he …"),
        Some("2012-01-04".into())
    );
    assert_eq!(
        date("Remarks made on March 15, 2024 matter. In Moscow, Russia, Tuesday, Dec. 2, 2025. (AP Photo)"),
        Some("2025-12-02".into())
    );
    // A date of the story's sentences is the date of something told.
    assert_eq!(
        date("The senator, who was born on March 5, 1946, in a small town in Ohio, spoke for an hour."),
        None
    );
    assert_eq!(date("MOSCOW, Dec. 2 (Reuters) - Talks went on."), None);
}

#[test]
fn no_panic_on_odd_input() {
    for text in [
        "",
        "\u{0}",
        "'",
        "Dec.",
        "9:",
        "mid-",
        "the",
        "every",
        "a",
        "2025-",
        "12/",
        "the year two",
        "😀 Thursday 😀",
    ] {
        let _ = render(text, "2025-12-04");
        let _ = render(text, "");
    }
}

#[test]
fn india_today_is_a_name_not_a_date() {
    check(
        "He spoke to the India Today TV channel, ABC's This Week and the film High Noon.",
        "2025-12-04",
        "",
    );
    check(
        "Today, he spoke. He will speak today.",
        "2025-12-04",
        "Today → DATE 2025-12-04\ntoday → DATE 2025-12-04",
    );
}

#[test]
fn ages_rates_and_fractions_are_not_durations() {
    check(
        "A three-year-old and a 68-year-old, 5 years old, were hurt. Iraq imports \
         about three-quarters of its food. Its quarterly dividend rose.",
        "",
        "",
    );
    check(
        "It pays $5 a year and flies four flights a week.",
        "",
        "a year → SET P1Y?\na week → SET P1W?",
    );
}

#[test]
fn a_year_ago_after_an_amount_is_a_date_not_a_rate() {
    check(
        "Net rose to $6.1 million from $5 million a year ago.",
        "1989-10-26",
        "a year ago → DATE 1988",
    );
}

#[test]
fn a_day_before_a_colon_is_still_a_day() {
    check(
        "The Times said in an editorial on Saturday, April 25: the court erred.",
        "1998-04-24",
        "Saturday, April 25 → DATE 1998-04-25",
    );
}

#[test]
fn set_and_cut_do_not_make_a_sentence_past() {
    // "set" and "cut" are also present tense; "to resume" looks ahead.
    check("The talks are set to resume Monday.", "1998-03-22", "Monday → DATE 1998-03-23");
}

#[test]
fn a_month_day_takes_the_year_the_text_gave() {
    check(
        "The remarks were published on March 14, 2024. On March 13, drones struck; \
         two were hurt the previous day.",
        "2025-12-02",
        "March 14, 2024 → DATE 2024-03-14?
         March 13 → DATE 2024-03-13
         the previous day → DATE 2024-03-12",
    );
}

#[test]
fn quarters_in_an_earnings_report() {
    check(
        "Net income rose 5% in the third quarter, up from a year earlier. For the nine \
         months, sales rose; third-quarter sales fell from the year-earlier period. \
         The quarter ended Sept. 30 was weak.",
        "1989-10-26",
        "the third quarter → DATE 1989-Q3
         a year earlier → DATE 1988-Q3
         the nine months → DURATION P9M?
         third-quarter → DATE 1989-Q3
         the year-earlier period → DATE 1988-Q3
         The quarter → DATE 1989-Q3
         Sept. 30 → DATE 1989-09-30",
    );
}

#[test]
fn day_ranges_share_month_and_year() {
    check(
        "The summit is on April 24 and 25, 1999, after talks on Dec. 2-4.",
        "1999-02-10",
        "April 24 → DATE 1999-04-24?
         25, 1999 → DATE 1999-04-25?
         Dec. 2 → DATE 1998-12-02
         4 → DATE 1998-12-04",
    );
}

#[test]
fn spoken_and_abbreviated_years_and_decades() {
    check(
        "In nineteen ninety-six and in '97, as in the '80s and the nineties, and by the year \
         two thousand; the 20th century ended.",
        "",
        "nineteen ninety-six → DATE 1996?
         '97 → DATE 1997?
         the '80s → DATE 198?
         the nineties → DATE 199?
         the year two thousand → DATE 2000?
         the 20th century → DATE 19?",
    );
}

#[test]
fn clock_times_take_the_day_of_their_sentence() {
    check(
        "At 9 a.m. on Tuesday the polls open; they close at 8 p.m. EST.",
        "2024-03-14",
        "9 a.m. → TIME 2024-03-12T09:00
         Tuesday → DATE 2024-03-12
         8 p.m. EST → TIME 2024-03-12T20:00",
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// The document of `text`. The segmenter is another stage's code: if
    /// it fails on odd input, the extractor is still tested, on a document
    /// without sentences.
    fn doc_of(text: &str) -> Document {
        let seg = std::panic::catch_unwind(|| crate::segment::segment(text)).unwrap_or_default();
        Document { name: "p".into(), text: text.into(), seg }
    }

    /// Texts made of time words, numbers, punctuation and odd characters,
    /// so that the patterns fire on broken input.
    fn texty() -> impl Strategy<Value = String> {
        const WORDS: &[&str] = &[
            "Dec.",
            "December",
            "2",
            "2025",
            "12/02/2025",
            "2025-12-02",
            "Tuesday",
            "Tuesday's",
            "night",
            "the",
            "previous",
            "day",
            "a",
            "year",
            "ago",
            "nearly",
            "four",
            "years",
            "five-hour",
            "9:30",
            "a.m.",
            "noon",
            "every",
            "Monday",
            "third",
            "quarter",
            "of",
            "fiscal",
            "'",
            "'80s",
            "mid-",
            "early",
            "last",
            "next",
            "week",
            "later",
            "today",
            ",",
            ".",
            "-",
            "😀",
            "é",
            "\u{0}",
            "\u{301}",
            "\u{202e}",
            "“",
            "’s",
            "\n",
            "Q3",
            "nineteen",
            "ninety-six",
            "and",
            "25",
            "Published",
            "ended",
            "Sept.",
            "30",
        ];
        let piece = prop_oneof![
            3 => proptest::sample::select(WORDS).prop_map(String::from),
            1 => "\\PC{0,3}",
        ];
        proptest::collection::vec((piece, prop_oneof![Just(" "), Just(""), Just("\n")]), 0..40)
            .prop_map(|parts| parts.into_iter().map(|(p, sep)| format!("{p}{sep}")).collect())
    }

    proptest! {
        #[test]
        fn spans_are_in_bounds_ordered_and_on_char_boundaries(text in texty(), with_dct in any::<bool>()) {
            let doc = doc_of(&text);
            let dct = with_dct.then_some(CivilDate { year: 2025, month: 12, day: 4 });
            let claims = extract_times(&doc, dct);
            let mut prev_end = 0;
            for c in &claims {
                prop_assert!(c.span.start < c.span.end && c.span.end <= text.len());
                prop_assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
                prop_assert!(c.span.start >= prev_end, "overlap at {:?}", c.span);
                prev_end = c.span.end;
                prop_assert!(doc.seg.sentences.is_empty() || c.sentence.0 < doc.seg.sentences.len());
            }
            let _ = document_date(&doc);
        }

        #[test]
        fn never_panics_on_arbitrary_unicode(text in "\\PC{0,200}") {
            let doc = doc_of(&text);
            let _ = extract_times(&doc, None);
            let _ = extract_times(&doc, Some(CivilDate { year: -5, month: 1, day: 1 }));
        }

        #[test]
        fn civil_dates_round_trip(days in -3_000_000i64..3_000_000, n in -100_000i64..100_000) {
            let d = CivilDate { year: 1970, month: 1, day: 1 }.add_days(days);
            prop_assert_eq!(CivilDate::parse_iso(&d.to_string()).filter(|_| d.year >= 0 && d.year <= 9999), (d.year >= 0 && d.year <= 9999).then_some(d));
            prop_assert_eq!(d.add_days(n).add_days(-n), d);
            prop_assert_eq!(i64::from(d.add_days(1).weekday()), i64::from(d.weekday()) % 7 + 1);
        }
    }
}

#[test]
fn anaphoric_periods_and_zoned_clock_times() {
    check(
        "Talks began on Dec. 2. The previous week, envoys met; the day before, they argued. \
         The blast came at 1100 GMT. Results for H1 2025 and Q3 2024 were weak.",
        "2025-12-04",
        "Dec. 2 → DATE 2025-12-02
         The previous week → DATE 2025-W48
         the day before → DATE 2025-12-01
         1100 GMT → TIME 2025-12-04T11:00
         H1 2025 → DATE 2025-H1?
         Q3 2024 → DATE 2024-Q3?",
    );
}
