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
    assert_eq!(date("He was born on March 5, 1946, in Ohio."), Some("1946-03-05".into()));
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
