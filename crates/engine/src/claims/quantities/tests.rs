use super::extract_quantities;
use crate::claims::{ClaimData, Measure, Qualifier};
use crate::{Document, Version};

/// Renders the quantities of `text`, one per line:
/// `"over 40,000 residents" = 40000 count at_least [resident]`.
pub(crate) fn render(text: &str) -> String {
    let doc = Document::new(&Version::new("t", text));
    let mut out = String::new();
    for c in extract_quantities(&doc) {
        let ClaimData::Quantity(q) = &c.data else { continue };
        let measure = match &q.measure {
            Measure::Count => "count".to_string(),
            Measure::Percent => "percent".to_string(),
            Measure::PercentagePoints => "pp".to_string(),
            Measure::Money { currency } => format!("money:{currency}"),
            Measure::Age => "age".to_string(),
            Measure::Score { other } => format!("score:{other}"),
            Measure::Ordinal => "ordinal".to_string(),
            Measure::Multiplier => "multiplier".to_string(),
        };
        let value = match q.upper {
            Some(u) => format!("{}..{}", q.value, u),
            None => format!("{}", q.value),
        };
        let qual = match q.qualifier {
            None => "",
            Some(Qualifier::Approximately) => " approx",
            Some(Qualifier::AtLeast) => " at_least",
            Some(Qualifier::AtMost) => " at_most",
            Some(Qualifier::Exactly) => " exactly",
        };
        let counted = q.counted.as_deref().map(|c| format!(" [{c}]")).unwrap_or_default();
        out.push_str(&format!(
            "{:?} = {value} {measure}{qual}{counted}\n",
            c.span.slice(&doc.text)
        ));
    }
    out
}

fn check(text: &str, expected: &str) {
    let got = render(text);
    let want: String = expected
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(got, want, "\ninput: {text}\n--- got:\n{got}--- want:\n{want}");
}

#[test]
fn counts_with_qualifier_and_counted_head() {
    check(
        "A missile strike injured six people, including a three-year-old girl, and damaged over 40 residential buildings.",
        r#"
        "six people" = 6 count [person]
        "three-year-old girl" = 3 age [girl]
        "over 40 residential buildings" = 40 count at_least [building]
        "#,
    );
    check(
        "The plant heats over 40,000 residents. Russia launched two ballistic missiles and 138 drones.",
        r#"
        "over 40,000 residents" = 40000 count at_least [resident]
        "two ballistic missiles" = 2 count [missile]
        "138 drones" = 138 count [drone]
        "#,
    );
}

#[test]
fn equal_wordings_give_equal_values() {
    let pairs = [
        ("six injuries", "6 injuries"),
        ("a three-year-old girl", "a 3-year-old girl"),
        ("a 68-year-old woman", "a woman aged 68"),
        ("forty thousand residents", "40,000 residents"),
        ("rates rose 4.5%", "rates rose 4.5 percent"),
        ("rates rose 4.5 per cent", "rates rose 4.5 percent"),
        ("a quarter percentage point", "0.25 percentage points"),
        ("25 basis points", "0.25 percentage points"),
        ("a 7-2 vote", "a seven to two vote"),
        ("$1.2 billion", "1.2 billion dollars"),
        ("twenty-five drones", "25 drones"),
        ("half a million people", "500,000 people"),
        ("two-thirds of the members", "2/3 of the members"),
    ];
    let strip = |s: String| {
        s.lines()
            .map(|l| l.split_once(" = ").map_or("", |(_, v)| v).to_string())
            .collect::<Vec<_>>()
    };
    for (a, b) in pairs {
        let (ra, rb) = (render(a), render(b));
        assert!(!ra.is_empty(), "nothing found in {a:?}");
        assert_eq!(strip(ra.clone()), strip(rb.clone()), "{a:?} vs {b:?}:\n{ra}{rb}");
    }
}

#[test]
fn money_percent_and_points() {
    check(
        "AMD paid $334M, including $281 million in cash; EU fines reached €5m and £2.5bn. HP will pay $12 billion to $13 billion, or $24 to $26 per share.",
        r#"
        "$334M" = 334000000 money:USD
        "$281 million" = 281000000 money:USD
        "€5m" = 5000000 money:EUR
        "£2.5bn" = 2500000000 money:GBP
        "$12 billion to $13 billion" = 12000000000..13000000000 money:USD
        "$24 to $26 per share" = 24..26 money:USD [share]
        "#,
    );
    check(
        "Shares soared $5.27, or nearly 28 percent. The bank cut rates by a quarter percentage point, then by half a percentage point.",
        r#"
        "$5.27" = 5.27 money:USD
        "nearly 28 percent" = 28 percent approx
        "a quarter percentage point" = 0.25 pp
        "half a percentage point" = 0.5 pp
        "#,
    );
}

#[test]
fn ages() {
    check(
        "Jim Oler, 44, and Winston Blackmore, 52, were charged. A woman aged 68 was hurt. The 55-year-old sect leader assaulted girls, ages 12 and 15, and an 8-month-old son.",
        r#"
        "44" = 44 age
        "52" = 52 age
        "woman aged 68" = 68 age [woman]
        "55-year-old sect leader" = 55 age [leader]
        "ages 12" = 12 age
        "15" = 15 age
        "8-month-old son" = 0.666667 age [son]
        "#,
    );
    check(
        "He is 68 years old and she is under age 17.",
        r#"
        "68 years old" = 68 age
        "under age 17" = 17 age at_most
        "#,
    );
}

#[test]
fn scores_ranges_and_multipliers() {
    check(
        "The court ruled by a 7-2 vote. City won 3-1. Between 10 and 12 people died; 10 to 12 others were hurt and 10-12 fled. Prices doubled, rising twice as fast and three times higher.",
        r#"
        "7-2 vote" = 7 score:2 [vote]
        "3-1" = 3 score:1
        "Between 10 and 12 people" = 10..12 count [person]
        "10 to 12" = 10..12 count
        "10-12" = 10..12 count
        "twice" = 2 multiplier
        "three times" = 3 multiplier
        "#,
    );
}

#[test]
fn vague_amounts_fractions_and_ordinals() {
    check(
        "Hundreds of people fled and dozens of homes burned; thousands of jobs went. It used a quarter of the power and half of the company's total sales. It was the second attack on a school.",
        r#"
        "Hundreds of people" = 100 count approx [person]
        "dozens of homes" = 12 count approx [home]
        "thousands of jobs" = 1000 count approx [job]
        "a quarter of the power" = 0.25 count [power]
        "half of the company's total sales" = 0.5 count [sale]
        "second attack" = 2 ordinal [attack]
        "#,
    );
}

#[test]
fn units_and_magnitudes() {
    check(
        "The 7.7 magnitude quake struck about 85 miles (135 kilometers) away at a depth of 22 miles. A magnitude 6.1 quake, a 17-inch screen.",
        r#"
        "7.7 magnitude" = 7.7 count [magnitude]
        "about 85 miles" = 85 count approx [mile]
        "135 kilometers" = 135 count [kilometer]
        "22 miles" = 22 count [mile]
        "magnitude 6.1" = 6.1 count [magnitude]
        "17-inch" = 17 count [inch]
        "#,
    );
}

#[test]
fn times_dates_names_and_bare_one_are_not_quantities() {
    check(
        "On March 14, 2024, after a five-hour meeting that lasted five hours, at 9:30 a.m. on Dec. 2, nearly four years after the 2004 tsunami, \
         one of the officials took Route 66 in an F-16 to the G7 on Tuesday, 3 July 2013. At one point COVID-19 hit. Putin, third right, \
         and Kushner, second left, met in its fourth year.",
        "",
    );
}

#[test]
fn one_counts_only_concrete_things() {
    check(
        "The quake killed one person and more than one individual was hurt; one day later one of them left.",
        r#"
        "one person" = 1 count [person]
        "more than one individual" = 1 count at_least [person]
        "#,
    );
}

#[test]
fn regression_year_followed_by_plural_is_a_count() {
    check(
        "About 2000 people marched in 2004.",
        r#""About 2000 people" = 2000 count approx [person]"#,
    );
}

#[test]
fn regression_cue_on_hyphenated_ordinal() {
    check(
        "It made the second-largest deal in its history.",
        r#""second-largest deal" = 2 ordinal [deal]"#,
    );
}

#[test]
fn regression_capitalised_s_word_is_a_modifier() {
    check("Troops killed six Hamas gunmen.", r#""six Hamas gunmen" = 6 count [gunman]"#);
}

#[test]
fn regression_adverbs_and_comparatives_are_not_counted() {
    check(
        "Two heavily armed men came; 55 were wounded, 15 critically, and three seriously. Batteries are 40% larger.",
        r#"
        "Two heavily armed men" = 2 count [man]
        "55" = 55 count
        "15" = 15 count
        "three" = 3 count
        "40%" = 40 percent
        "#,
    );
}

#[test]
fn regression_ordinals_in_names_are_skipped() {
    check(
        "The 4th Infantry Division sent a 4th battalion.",
        r#""4th battalion" = 4 ordinal [battalion]"#,
    );
}

#[test]
fn regression_fraction_without_of_counts_the_noun_after_a_determiner() {
    check(
        "The company's stock has lost nearly half its value this year. Half the staff left. \
         The firm cut a third of its workforce and two-thirds of voters agreed. He was late half the time.",
        r#"
        "nearly half its value" = 0.5 count approx [value]
        "Half the staff" = 0.5 count [staff]
        "a third of its workforce" = 0.333333 count [workforce]
        "two-thirds of voters" = 0.666667 count [voter]
        "#,
    );
}

#[test]
fn counted_noun_after_other_and_monthly() {
    // "other" sets the counted things beside ones named before, "monthly"
    // modifies the noun: neither ends the phrase.
    check(
        "He and 11 other church elders were charged. Buyers pay 24 equal monthly payments of $20.",
        r#"
        "11 other church elders" = 11 count [elder]
        "24 equal monthly payments" = 24 count [payment]
        "$20" = 20 money:USD
        "#,
    );
}
