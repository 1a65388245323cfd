//! The `storydiff` binary as a user runs it.

use std::path::PathBuf;
use std::process::Command;

fn storydiff() -> Command {
    Command::new(env!("CARGO_BIN_EXE_storydiff"))
}

fn seed_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/stories/seed");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

#[test]
fn compare_prints_a_json_report_following_the_contract() {
    let out =
        storydiff().args(["compare", "--format", "json"]).args(seed_files()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["version"], 1);
    let names: Vec<&str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names[0], "000_9145386a09862644.txt");
    assert_eq!(names.len(), 5);
    // Evidence text is exactly the document's text at start..end.
    let texts: Vec<String> =
        seed_files().iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    for f in report["findings"].as_array().unwrap() {
        assert!(f["summary"].as_str().is_some_and(|s| !s.is_empty()));
        for e in f["evidence"].as_array().unwrap() {
            let doc = names.iter().position(|n| *n == e["document"].as_str().unwrap()).unwrap();
            let (start, end) =
                (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
            assert_eq!(&texts[doc][start..end], e["text"].as_str().unwrap());
        }
    }
}

#[test]
fn compare_renders_markdown_and_text() {
    for (format, needle) in [("markdown", "# storydiff report"), ("text", "storydiff: 5 versions")]
    {
        let out =
            storydiff().args(["compare", "--format", format]).args(seed_files()).output().unwrap();
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains(needle), "{format}");
    }
}

#[test]
fn reference_is_named_in_the_report() {
    let files = seed_files();
    let out = storydiff()
        .args(["compare", "--format", "json", "--reference"])
        .arg(&files[2])
        .args(&files)
        .output()
        .unwrap();
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["reference"], "002_349d635fff76aa66.txt");
    assert_eq!(report["documents"].as_array().unwrap().len(), 5);
}

#[test]
fn unreadable_and_binary_files_fail_with_a_clear_message() {
    let out = storydiff().args(["compare", "no/such/file.txt", "other.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read no/such/file.txt"));

    let dir = std::env::temp_dir().join(format!("storydiff-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("image.png");
    std::fs::write(&bin, [0x89, b'P', b'N', b'G', 0, 0, 1, 2]).unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"caf\xe9").unwrap();
    let out = storydiff().arg("compare").arg(&bin).arg(&latin1).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("image.png looks like a binary file"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn claims_lists_each_files_claims_with_offsets() {
    let files = seed_files();
    let out = storydiff()
        .args(["claims", "--format", "json", "--dct", "2025-12-04"])
        .arg(&files[4])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let doc = &report["documents"][0];
    assert_eq!(doc["name"], "004_e85194611a1f4ec0.txt");
    let text = std::fs::read_to_string(&files[4]).unwrap();
    for c in doc["claims"].as_array().unwrap() {
        let (s, e) = (c["start"].as_u64().unwrap() as usize, c["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], c["text"].as_str().unwrap());
    }
    let bad = storydiff().args(["claims", "--dct", "yesterday"]).arg(&files[4]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
