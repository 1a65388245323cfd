//! `storydiff batch` as a user runs it: the 20 ECB+ events give, line by
//! line, the reports `storydiff compare` gives; broken lines are named and
//! skipped without losing the rest.
//!
//! The corpus lives in the shared folder: `$STORYDIFF_SHARED/corpora/ecbplus`
//! (default: `shared/` beside the repository). Without it the test fails.

use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn storydiff() -> Command {
    Command::new(env!("CARGO_BIN_EXE_storydiff"))
}

fn shared_dir() -> PathBuf {
    match std::env::var_os("STORYDIFF_SHARED") {
        Some(dir) => dir.into(),
        None => concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into(),
    }
}

/// A fresh directory under cargo's scratch space for integration tests.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The ECB+ events as batch input lines, in corpus order: one story per
/// sub-topic, a version per document, named as scripts/real_coverage.py
/// names it ("36_1ecb.xml" → "36_1ecb.txt"), its text as stored.
fn ecbplus_lines() -> Vec<Value> {
    let path = shared_dir().join("corpora/ecbplus/ecbplus_topics36-45.jsonl");
    let corpus = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the ECB+ corpus is needed at {}: {e}", path.display()));
    corpus
        .lines()
        .map(|line| {
            let d: Value = serde_json::from_str(line).unwrap();
            let doc = d["doc"].as_str().unwrap();
            let name = doc.strip_suffix(".xml").map_or(doc.to_string(), |s| format!("{s}.txt"));
            json!({"story": d["subtopic"], "name": name, "text": d["text"]})
        })
        .collect()
}

fn batch(args: &[&str], stdin: &str) -> Output {
    let mut child = storydiff()
        .arg("batch")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_string();
    let writer = std::thread::spawn(move || input.write_all(stdin.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

fn reports(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// `storydiff compare --format json` on the story's versions, written as
/// files in the order given.
fn compare_files(dir: &std::path::Path, versions: &[&Value]) -> Value {
    std::fs::create_dir_all(dir).unwrap();
    let mut files = Vec::new();
    for v in versions {
        let path = dir.join(v["name"].as_str().unwrap());
        std::fs::write(&path, v["text"].as_str().unwrap()).unwrap();
        files.push(path);
    }
    let out = storydiff().args(["compare", "--format", "json"]).args(&files).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn batch_on_the_ecbplus_events_gives_the_reports_of_compare_line_by_line() {
    let lines = ecbplus_lines();
    let input: String = lines.iter().map(|l| l.to_string() + "\n").collect();
    let dir = scratch("batch-ecbplus");
    let file = dir.join("events.jsonl");
    std::fs::write(&file, &input).unwrap();
    let out = batch(&["--jobs", "2", file.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got = reports(&out);

    let mut events: Vec<(&str, Vec<&Value>)> = Vec::new();
    for l in &lines {
        let story = l["story"].as_str().unwrap();
        match events.last_mut() {
            Some((s, versions)) if *s == story => versions.push(l),
            _ => events.push((story, vec![l])),
        }
    }
    assert_eq!(events.len(), 20, "the ECB+ file holds 20 events");
    assert_eq!(got.len(), events.len(), "one report per event");
    for ((story, versions), line) in events.iter().zip(got) {
        let mut report = line;
        let id = report.as_object_mut().unwrap().remove("story");
        assert_eq!(id, Some(json!(story)));
        let expected = compare_files(&dir.join(story), versions);
        assert!(report == expected, "{story}: batch and compare disagree");
    }
}

#[test]
fn a_broken_line_is_named_and_skipped_and_the_rest_is_kept() {
    let input = [
        r#"{"story": "s1", "name": "a.txt", "text": "Six people were hurt on Dec. 8."}"#,
        r#"{"story": "s1", "name": "b.txt", "text": "Seven people were hurt"#,
        r#"{"story": "s1", "name": "b.txt", "text": "Seven people were hurt on Dec. 8."}"#,
        "",
        r#"{"story": "s2", "name": 7, "text": "x"}"#,
        r#"{"story": "s2", "name": "a.txt", "text": "The vote was 7-2 on Monday."}"#,
        r#"["not", "an", "object"]"#,
        r#"{"story": "s2", "name": "b.txt", "text": "The vote was 6-3 on Monday."}"#,
    ]
    .join("\n");
    let out = batch(&[], &input);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    for line in [2, 5, 7] {
        assert!(stderr.contains(&format!("<stdin>:{line}: skipped")), "line {line}: {stderr}");
    }
    assert!(!stderr.contains("<stdin>:3:"), "{stderr}");
    let got = reports(&out);
    let stories: Vec<&str> = got.iter().map(|r| r["story"].as_str().unwrap()).collect();
    assert_eq!(stories, ["s1", "s2"]);
    for r in &got {
        let names: Vec<&str> = r["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["a.txt", "b.txt"]);
        assert!(!r["findings"].as_array().unwrap().is_empty(), "{}", r["story"]);
    }
}

#[test]
fn a_story_is_a_run_of_consecutive_lines() {
    let line = |story: &str, name: &str| {
        json!({"story": story, "name": name, "text": "Six people were hurt."}).to_string()
    };
    let input = [line("a", "1"), line("a", "2"), line("b", "1"), line("a", "3")].join("\n");
    let out = batch(&["-"], &input);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got = reports(&out);
    let stories: Vec<(&str, usize)> = got
        .iter()
        .map(|r| (r["story"].as_str().unwrap(), r["documents"].as_array().unwrap().len()))
        .collect();
    assert_eq!(stories, [("a", 2), ("b", 1), ("a", 1)]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("<stdin>:4:") && stderr.contains("consecutive"), "{stderr}");
}

#[test]
fn files_are_read_one_after_the_other_and_a_missing_one_is_an_error() {
    let dir = scratch("batch-files");
    let (one, two) = (dir.join("one.jsonl"), dir.join("two.jsonl"));
    std::fs::write(&one, json!({"story": "x", "name": "a", "text": "Hi."}).to_string()).unwrap();
    std::fs::write(&two, json!({"story": "y", "name": "a", "text": "Hi."}).to_string()).unwrap();
    let out = batch(&[one.to_str().unwrap(), two.to_str().unwrap()], "");
    assert!(out.status.success());
    let got = reports(&out);
    assert_eq!(got.iter().map(|r| r["story"].as_str().unwrap()).collect::<Vec<_>>(), ["x", "y"]);

    let out = batch(&[dir.join("missing.jsonl").to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.jsonl"));
}
