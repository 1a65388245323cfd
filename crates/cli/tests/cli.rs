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
    let good = dir.join("good.txt");
    std::fs::write(&good, b"Six people were hurt.").unwrap();
    let out = storydiff().arg("compare").arg(&good).arg(&bin).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("image.png is not a text file (it looks like binary data)."),
        "{stderr}"
    );
    assert!(stderr.contains(&dir.display().to_string()), "the message names the path: {stderr}");
    std::fs::remove_dir_all(&dir).ok();
}

/// The ingest crate's fixtures, one per format.
fn ingest_fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ingest/tests/fixtures").join(name)
}

/// `claims --format json` of one file: its text as the engine saw it, and
/// stderr.
fn claims_of(path: &std::path::Path) -> (String, String) {
    let out = storydiff().args(["claims", "--format", "json"]).arg(path).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let doc = &report["documents"][0];
    let text = doc["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap().to_string())
        .collect::<Vec<_>>()
        .join(" | ");
    (text, stderr)
}

#[test]
fn saved_web_pages_are_read_as_their_article() {
    let (claims, stderr) = claims_of(&ingest_fixture("gazette.html"));
    assert!(claims.contains("$4.5 million"), "{claims}");
    assert!(!claims.contains("cookies"), "the cookie banner is not the story: {claims}");
    assert!(
        stderr.contains("gazette.html: Decoded as windows-1252 (declared by the page)."),
        "{stderr}"
    );
}

#[test]
fn markdown_windows_1252_and_utf16_files_are_read() {
    let (claims, _) = claims_of(&ingest_fixture("story.md"));
    assert!(claims.contains("$4.5 million"), "{claims}");
    assert!(!claims.contains("**"), "{claims}");
    let (claims, stderr) = claims_of(&ingest_fixture("latin1.txt"));
    assert!(claims.contains("\u{20ac}4,500"), "{claims}");
    assert!(stderr.contains("latin1.txt: Decoded as windows-1252 (guessed"), "{stderr}");
    let (claims, _) = claims_of(&ingest_fixture("utf16le-bom.txt"));
    assert!(claims.contains("six people"), "{claims}");
    let (claims, stderr) = claims_of(&ingest_fixture("utf16be-nobom.txt"));
    assert!(claims.contains("six people"), "{claims}");
    assert!(stderr.contains("Decoded as UTF-16BE"), "{stderr}");
}

#[test]
fn office_and_image_files_are_refused_naming_the_file() {
    for (name, message) in [
        ("pixel.png", "pixel.png is not a text file (it looks like a PNG image)."),
        ("letter.docx", "letter.docx is a Word document, which storydiff cannot read"),
        ("report.pdf", "report.pdf is a PDF document, which storydiff cannot read"),
    ] {
        let out = storydiff().arg("compare").arg(ingest_fixture(name)).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with("storydiff: ") && stderr.contains(message), "{stderr}");
    }
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
