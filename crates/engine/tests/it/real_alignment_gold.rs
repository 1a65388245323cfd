//! The real-text sentence-alignment gold (fixtures/real/alignment.json,
//! judged pairs of sentences from two articles of one ECB+ event) is well
//! formed: at least 300 pairs, every event covered, each pair's two
//! articles in its event, and each span's text equal to the article's text
//! at its byte offsets. The check is `scripts/alignment_gold.py --check`,
//! which also scores the CLI's alignment against the gold; it reads the
//! shared ECB+ corpus and fails when the corpus is missing.

use std::process::Command;

#[test]
fn real_alignment_gold_is_well_formed() {
    let script = crate::common::repo_root().join("scripts/alignment_gold.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg("--check")
        .env("STORYDIFF_SHARED", crate::common::shared_dir())
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
