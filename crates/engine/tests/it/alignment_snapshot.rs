//! The seed story's alignment as readable text (report::aligned_text),
//! compared with `fixtures/alignment/seed.aligned.txt`. A person should
//! agree with every row; after a deliberate change, regenerate the file
//! with `UPDATE_SNAPSHOTS=1` and read the diff.

use storydiff_engine::report::aligned_text;
use storydiff_engine::{analyze, Options};

#[test]
fn seed_alignment_reads_right() {
    let analysis = analyze(&crate::common::story("seed"), &Options::default());
    let names: Vec<String> =
        analysis.documents.iter().enumerate().map(|(i, d)| format!("{i} = {}", d.name)).collect();
    let actual = format!("versions: {}\n\n{}", names.join(", "), aligned_text(&analysis, false));
    let path =
        crate::common::repo_root().join("crates/engine/tests/fixtures/alignment/seed.aligned.txt");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "seed alignment changed from line {}:\n  expected: {:?}\n  actual:   {:?}\n(UPDATE_SNAPSHOTS=1 to accept)",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}
