//! Invariants of the alignment on arbitrary input: every sentence of every
//! version in exactly one cell, cells of adjacent sentences, each version's
//! order kept down the rows except in cells marked moved, and never a panic.

use crate::alignment_support::violations;
use proptest::prelude::*;
use storydiff_engine::align::{align, AlignOptions};
use storydiff_engine::segment::{segment, Segmentation};
use storydiff_engine::VersionId;

fn check(texts: &[String], pivot: Option<usize>) -> Result<(), TestCaseError> {
    let segs: Vec<Segmentation> = texts.iter().map(|t| segment(t)).collect();
    let refs: Vec<&Segmentation> = segs.iter().collect();
    let alignment = align(&refs, pivot.map(VersionId), &AlignOptions::default());
    let v = violations(&refs, &alignment);
    prop_assert!(v.is_empty(), "{}\n{texts:#?}", v.join("\n"));
    Ok(())
}

/// Sentences about one event that share names and numbers, so versions
/// built from them match, split, merge and move.
const POOL: &[&str] = &[
    "Putin met Witkoff and Kushner in Moscow on Tuesday.",
    "The talks lasted five hours, the Kremlin said.",
    "“This was a necessary conversation,” Putin said.",
    "Six people were wounded in Kryvyi Rih, including a 3-year-old girl.",
    "The missile damaged 40 buildings, a school and gas pipes.",
    "A 6-year-old girl died in Kherson after shelling.",
    "The Kherson power plant, which heats 40,000 residents, shut down.",
    "Emergency meetings were held to find heating.",
    "Russia launched two ballistic missiles and 138 drones overnight.",
    "Witkoff and Kushner will meet Umerov in Miami on Thursday.",
    "A senior official, speaking on condition of anonymity, confirmed the meeting.",
    "European leaders have voiced concern.",
    "Macron met Xi Jinping in Beijing.",
    "Xi said China supports all efforts towards peace.",
];

/// A version: picks from the pool, each maybe reworded (a word dropped),
/// glued to the previous one (a merge) or starting a paragraph.
fn version() -> impl Strategy<Value = String> {
    prop::collection::vec((0..POOL.len(), any::<u8>()), 0..16).prop_map(|picks| {
        let mut text = String::new();
        for (i, seed) in picks {
            let mut words: Vec<&str> = POOL[i].split(' ').collect();
            if seed % 3 == 0 && words.len() > 3 {
                words.remove(seed as usize % words.len());
            }
            let sentence = words.join(" ");
            if text.is_empty() {
            } else if seed % 7 == 0 {
                // Glue to the previous sentence: "…Moscow on Tuesday, the talks…"
                text.pop();
                text.push_str(", ");
            } else if seed % 5 == 0 {
                text.push_str("\n\n");
            } else {
                text.push(' ');
            }
            text.push_str(&sentence);
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn story_like_versions_keep_invariants(
        texts in prop::collection::vec(version(), 0..6),
        pivot in prop::option::of(0usize..7),
    ) {
        check(&texts, pivot)?;
    }

    #[test]
    fn arbitrary_text_keeps_invariants(
        texts in prop::collection::vec(any::<String>(), 0..5),
        pivot in prop::option::of(0usize..6),
    ) {
        check(&texts, pivot)?;
    }

    #[test]
    fn repeated_sentences_keep_invariants(
        counts in prop::collection::vec(0usize..12, 1..5),
        line in 0..POOL.len(),
    ) {
        // The same sentence many times in each version: every pair ties.
        let texts: Vec<String> =
            counts.iter().map(|&k| vec![POOL[line]; k].join(" ")).collect();
        check(&texts, None)?;
    }
}

#[test]
fn odd_input_keeps_invariants() {
    let texts: Vec<String> = [
        "",
        "\u{0}\u{0}\u{0}",
        "🙂🙂🙂. 👍.",
        "مرحبا بالعالم. هذا نص.",
        "e\u{301}\u{301}\u{301} combining marks. More.",
        "“Unbalanced quote. And more.",
        "NO PUNCTUATION AT ALL",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    check(&texts, None).unwrap();
    check(&texts, Some(3)).unwrap();
}

/// Many versions of one long story (the shape of the 20 × 50 KB benchmark):
/// slow in debug builds, so run on demand with `--ignored` (and
/// `STORYDIFF_SHARED`).
#[test]
#[ignore]
fn many_long_versions_keep_invariants() {
    let texts = crate::alignment_support::rewrites(20, 50_000);
    check(&texts, None).unwrap();
}

#[test]
fn violations_catch_lost_and_disordered_sentences() {
    use storydiff_engine::{Alignment, Cell, Row, SentenceId};
    let seg = segment("One. Two. Three.");
    let cell = |ids: &[usize], moved| Cell {
        sentences: ids.iter().map(|&i| SentenceId(i)).collect(),
        similarity: 1.0,
        moved,
    };
    let rows = |cells: Vec<Cell>| {
        Alignment::new(cells.into_iter().map(|c| Row { cells: vec![c] }).collect())
    };
    assert!(violations(&[&seg], &rows(vec![cell(&[0], false), cell(&[1, 2], false)])).is_empty());
    assert!(!violations(&[&seg], &rows(vec![cell(&[0], false), cell(&[2], false)])).is_empty());
    assert!(!violations(
        &[&seg],
        &rows(vec![cell(&[1], false), cell(&[0], false), cell(&[2], false)])
    )
    .is_empty());
    assert!(violations(
        &[&seg],
        &rows(vec![cell(&[1], true), cell(&[0], false), cell(&[2], false)])
    )
    .is_empty());
    assert!(!violations(&[&seg], &rows(vec![cell(&[0, 2], false), cell(&[1], true)])).is_empty());
}

/// Two versions that repeat one sentence 20,000 times: every pair ties, and
/// following every shared word made this quadratic (minutes, not a second).
#[test]
fn a_flood_of_one_sentence_stays_linear() {
    let text = "Six people were hurt in Kryvyi Rih on Tuesday. ".repeat(20_000);
    check(&[text.clone(), text], None).unwrap();
}
