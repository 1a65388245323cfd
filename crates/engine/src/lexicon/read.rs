//! How the data files read at first use are read (`data/*.txt`; the word
//! lists of `data/words/` are compiled by `build.rs` instead): one entry a
//! line, blank lines and lines starting with `#` skipped, `[name]` starting
//! a section, and in tables the fields of a line separated by `|`.

/// The entries of a data file, trimmed: no blank lines, no comments.
pub(crate) fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The entries of a data file with the `[section]` each stands in (`""`
/// before the first).
pub(crate) fn sections(data: &'static str) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    let mut section = "";
    for line in lines(data) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
        } else {
            out.push((section, line));
        }
    }
    out
}

/// The rows of a table, each the trimmed fields of a line: `"km | 1 | km
/// kms"` → `["km", "1", "km kms"]`.
pub(crate) fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    lines(data).map(|line| line.split('|').map(str::trim).collect())
}

/// `data/compare_events.txt`: what happened, in the words news uses for it
/// (`class | number label | date label | words`), read by `compare::frames`.
pub(crate) fn compare_events() -> impl Iterator<Item = Vec<&'static str>> {
    rows(include_str!("../../data/compare_events.txt"))
}

/// `data/loaded/loaded_lexicon.tsv`: evaluative words, generated (see
/// its README), tab-separated (`word  category  lemma  guard`), read by
/// `claims::loaded`.
pub(crate) fn loaded_lexicon() -> &'static str {
    include_str!("../../data/loaded/loaded_lexicon.tsv")
}

/// `data/compare_units.txt`: units a counted noun can be, with their size
/// in a base unit (`base | size | forms`), read by `compare::amounts`.
pub(crate) fn compare_units() -> impl Iterator<Item = Vec<&'static str>> {
    rows(include_str!("../../data/compare_units.txt"))
}
