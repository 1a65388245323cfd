//! Compiles the word lists of `data/words/*.txt` into sorted static tables
//! (`$OUT_DIR/words.rs`, included by `src/lexicon/mod.rs`).
//!
//! A list file holds one entry a line, optionally followed by a value
//! (`january 1`, `kilometres kilometer`); an entry of several words is
//! written in double quotes (`"more than"`). A line starting with `#`, or
//! the rest of a line after ` # `, is a comment (the word `#` itself is
//! written `\#`); `[name]` starts a section. Each section of each file
//! becomes one table, named `FILE_SECTION` in upper case (`months.txt`
//! `[abbreviations]` → `MONTHS_ABBREVIATIONS`; entries before any section →
//! `FILE`). A section whose every entry carries a number becomes a
//! `WordMap` (of `u16`), one whose every entry carries a word a
//! `WordMap<&str>`, one without values a `WordList`. An entry written twice
//! in one table, or a table mixing these, fails the build: one place per
//! fact.
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

/// What an entry maps to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Value<'a> {
    None,
    Number(u16),
    Word(&'a str),
}

/// An entry and its value.
type Entry<'a> = (&'a str, Value<'a>);

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
        let (word, rest) = match line.strip_prefix('"') {
            Some(quoted) => quoted.split_once('"').unwrap_or_else(|| panic!("unclosed: {line:?}")),
            None => {
                let (w, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
                (w.strip_prefix('\\').unwrap_or(w), rest)
            }
        };
        let mut parts = rest.split_whitespace();
        let value = match parts.next() {
            None => Value::None,
            Some(v) => v.parse().map_or(Value::Word(v), Value::Number),
        };
        assert!(parts.next().is_none(), "one entry and at most one value a line: {line:?}");
        out.last_mut().expect("a section").1.push((word, value));
    }
    out.retain(|(_, entries)| !entries.is_empty());
    out
}

fn emit(out: &mut String, name: &str, path: &Path, mut entries: Vec<Entry<'_>>) {
    // The order `lexicon::table_order` searches by: length, then bytes.
    entries.sort_by(|a, b| a.0.len().cmp(&b.0.len()).then_with(|| a.0.cmp(b.0)));
    for pair in entries.windows(2) {
        assert!(pair[0].0 != pair[1].0, "{}: {name}: {:?} twice", path.display(), pair[0].0);
    }
    let kinds: Vec<u8> = entries
        .iter()
        .map(|e| match e.1 {
            Value::None => 0,
            Value::Number(_) => 1,
            Value::Word(_) => 2,
        })
        .collect();
    assert!(
        kinds.windows(2).all(|k| k[0] == k[1]),
        "{}: {name}: every entry carries a number, or every entry a word, or none a value",
        path.display()
    );
    let _ = writeln!(out, "/// `{}`, by length then bytes.", path.display());
    let words: Vec<String> = entries.iter().map(|(w, _)| format!("{w:?}")).collect();
    let values: Vec<String> = entries
        .iter()
        .filter_map(|(_, v)| match v {
            Value::None => None,
            Value::Number(n) => Some(n.to_string()),
            Value::Word(w) => Some(format!("{w:?}")),
        })
        .collect();
    let words = words.join(", ");
    let values = values.join(", ");
    let _ = match kinds.first() {
        Some(1) => writeln!(
            out,
            "pub(crate) static {name}: WordMap = WordMap {{ words: &[{words}], values: &[{values}] }};"
        ),
        Some(2) => writeln!(
            out,
            "pub(crate) static {name}: WordMap<&str> = WordMap {{ words: &[{words}], values: &[{values}] }};"
        ),
        _ => writeln!(out, "pub(crate) static {name}: WordList = WordList(&[{words}]);"),
    };
}
