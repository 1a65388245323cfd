//! Compiles the word lists of `data/words/*.txt` into sorted static tables
//! (`$OUT_DIR/words.rs`, included by `src/lexicon/mod.rs`).
//!
//! A list file holds one word a line, optionally followed by a number
//! (`january 1`); a line starting with `#`, or the rest of a line after
//! ` # `, is a comment (the word `#` itself is written `\#`); `[name]`
//! starts a section. Each
//! section of each file becomes one table, named `FILE_SECTION` in upper
//! case (`months.txt` `[abbreviations]` → `MONTHS_ABBREVIATIONS`; words
//! before any section → `FILE`). A section whose every word carries a
//! number becomes a [`WordMap`], else a [`WordList`]. A word written twice
//! in one table, or a table both with and without numbers, fails the build:
//! one place per fact.
//!
//! No dependencies: this runs before the crate is built, in the wasm build
//! too.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new("data/words");
    println!("cargo:rerun-if-changed=data/words");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("data/words exists")
        .map(|e| e.expect("readable data/words").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut out = String::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path.file_stem().and_then(|s| s.to_str()).expect("UTF-8 file name");
        let text = std::fs::read_to_string(path).expect("UTF-8 list file");
        for (section, entries) in sections(&text) {
            let name = match section {
                "" => stem.to_uppercase(),
                s => format!("{}_{}", stem.to_uppercase(), s.to_uppercase()),
            };
            emit(&mut out, &name, path, entries);
        }
    }
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("words.rs");
    std::fs::write(dest, out).expect("writable OUT_DIR");
}

/// A word and its number, if it has one.
type Entry<'a> = (&'a str, Option<u16>);

/// The entries of each section (named), in file order.
fn sections(text: &str) -> Vec<(&str, Vec<Entry<'_>>)> {
    let mut out: Vec<(&str, Vec<Entry<'_>>)> = vec![("", Vec::new())];
    for line in text.lines() {
        let line = line.split(" # ").next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            out.push((name, Vec::new()));
            continue;
        }
        let mut parts = line.split_whitespace();
        let word = parts.next().map(|w| w.strip_prefix('\\').unwrap_or(w)).unwrap_or("");
        let number = parts.next().map(|n| n.parse().unwrap_or_else(|_| panic!("number: {line}")));
        assert!(parts.next().is_none(), "one word and at most one number a line: {line:?}");
        out.last_mut().expect("a section").1.push((word, number));
    }
    out.retain(|(_, entries)| !entries.is_empty());
    out
}

fn emit(out: &mut String, name: &str, path: &Path, mut entries: Vec<Entry<'_>>) {
    entries.sort_by(|a, b| a.0.cmp(b.0));
    for pair in entries.windows(2) {
        assert!(pair[0].0 != pair[1].0, "{}: {name}: {:?} twice", path.display(), pair[0].0);
    }
    let numbered = entries.iter().filter(|e| e.1.is_some()).count();
    assert!(
        numbered == 0 || numbered == entries.len(),
        "{}: {name}: every word or none carries a number",
        path.display()
    );
    let _ = writeln!(out, "/// `{}`, sorted.", path.display());
    let words: Vec<String> = entries.iter().map(|(w, _)| format!("{w:?}")).collect();
    if numbered == 0 {
        let _ = writeln!(
            out,
            "pub(crate) static {name}: WordList = WordList(&[{}]);",
            words.join(", ")
        );
    } else {
        let values: Vec<String> =
            entries.iter().map(|(_, n)| n.unwrap_or_default().to_string()).collect();
        let _ = writeln!(
            out,
            "pub(crate) static {name}: WordMap = WordMap {{ words: &[{}], values: &[{}] }};",
            words.join(", "),
            values.join(", ")
        );
    }
}
