//! End-to-end: each story under fixtures/stories with an expected.json is
//! analysed and its report scored with shared/tools/score_findings.py, the
//! same scorer that judges unseen stories. Target per story: all planted
//! differences but at most one found, no trap sprung, at most 40 findings.

use std::process::Command;
use storydiff_engine::report::Report;
use storydiff_engine::{analyze, Options};

struct Score {
    planted: u64,
    found: u64,
    violated: u64,
    findings: u64,
    verbose: String,
}

fn score(story: &str) -> Score {
    let versions = crate::common::story(story);
    let analysis = analyze(&versions, &Options::default());
    let json = Report::new(&analysis).to_json();
    let dir =
        std::env::temp_dir().join(format!("storydiff-stories-{}-{story}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let report = dir.join("report.json");
    std::fs::write(&report, json).unwrap();
    let expected =
        crate::common::repo_root().join("fixtures/stories").join(story).join("expected.json");
    let scorer = crate::common::shared_dir().join("tools/score_findings.py");
    let out = Command::new("python3")
        .arg(&scorer)
        .arg(&expected)
        .arg(&report)
        .arg("--verbose")
        .output()
        .expect("python3 runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let last: serde_json::Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    Score {
        planted: last["planted"].as_u64().unwrap(),
        found: last["found"].as_u64().unwrap(),
        violated: last["violated"].as_u64().unwrap(),
        findings: last["findings"].as_u64().unwrap(),
        verbose: text,
    }
}

fn check(story: &str) {
    let s = score(story);
    eprintln!("{story}:\n{}", s.verbose);
    assert!(
        s.found + 1 >= s.planted,
        "{story}: found {} of {} planted\n{}",
        s.found,
        s.planted,
        s.verbose
    );
    assert_eq!(s.violated, 0, "{story}: traps sprung\n{}", s.verbose);
    assert!(
        s.findings <= 40,
        "{story}: {} findings (at most 40 readable in two minutes)",
        s.findings
    );
}

#[test]
fn seed_story() {
    check("seed");
}

#[test]
fn court_ruling_story() {
    check("court-ruling");
}

#[test]
fn sports_result_story() {
    check("sports-result");
}

#[test]
fn company_earnings_story() {
    check("company-earnings");
}

#[test]
fn wildfire_story() {
    check("wildfire");
}

#[test]
fn city_budget_story() {
    check("city-budget");
}
