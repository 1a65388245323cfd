//! The user's versions as the page holds them: each with a stable key for
//! the life of the page (list keys, the chosen pair), made from and turned
//! back into the workspace crate's versions (the one saved form). No
//! signals here, so the rules (unique names, which pair is compared) are
//! plain functions.

use serde::{Deserialize, Serialize};
use storydiff_workspace::{Workspace, WorkspaceVersion};

/// The short label of the version at `position`: "A", "B", … "Z", "AA",
/// "AB", … What the page and the findings call it, beside its file name.
pub fn label_of(position: usize) -> String {
    let mut n = position + 1;
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(b'A' + (n % 26) as u8);
        n /= 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The position a label names: "A" → 0, "AA" → 26; `None` for anything
/// that is not one.
pub fn position_of_label(label: &str) -> Option<usize> {
    if label.is_empty() || label.len() > 3 || !label.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let n = label.bytes().fold(0usize, |n, b| n * 26 + usize::from(b - b'A') + 1);
    Some(n - 1)
}

/// A stable handle on a version for the life of the page (list keys, the
/// chosen pair), unlike its position, which changes when one is removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct VersionKey(pub u32);

/// One version as the user gave it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionEntry {
    /// Stable handle.
    pub key: VersionKey,
    /// Shown and reported name, e.g. the file name `"a.txt"`.
    pub name: String,
    /// The text, as given.
    pub text: String,
    /// Its publication date, `"2025-12-04"`, when the user gave one.
    pub date: Option<String>,
}

/// The versions in the user's order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VersionSet {
    entries: Vec<VersionEntry>,
    next_key: u32,
}

impl VersionSet {
    /// A set holding `(name, text)` pairs in order; names are made unique.
    pub fn from_texts<N: Into<String>, T: Into<String>>(
        texts: impl IntoIterator<Item = (N, T)>,
    ) -> VersionSet {
        let mut set = VersionSet::default();
        for (name, text) in texts {
            set.add(&name.into(), text.into());
        }
        set
    }

    /// The versions in order.
    pub fn entries(&self) -> &[VersionEntry] {
        &self.entries
    }

    /// Number of versions.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no versions.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The keys in order.
    pub fn keys(&self) -> Vec<VersionKey> {
        self.entries.iter().map(|e| e.key).collect()
    }

    /// The version with `key`.
    pub fn get(&self, key: VersionKey) -> Option<&VersionEntry> {
        self.entries.iter().find(|e| e.key == key)
    }

    /// Position of the version with `key`.
    pub fn position(&self, key: VersionKey) -> Option<usize> {
        self.entries.iter().position(|e| e.key == key)
    }

    /// Appends a version and returns its key. A name already taken gets a
    /// number: `"a.txt"` → `"a (2).txt"`; a blank name becomes `"Version N"`.
    pub fn add(&mut self, name: &str, text: String) -> VersionKey {
        let key = VersionKey(self.next_key);
        self.next_key += 1;
        let name = self.unique_name(name, None);
        self.entries.push(VersionEntry { key, name, text, date: None });
        key
    }

    /// Renames a version; a blank name is refused (returns false), a taken
    /// one is numbered as in [`VersionSet::add`].
    pub fn rename(&mut self, key: VersionKey, name: &str) -> bool {
        if name.trim().is_empty() {
            return false;
        }
        let name = self.unique_name(name, Some(key));
        match self.entries.iter_mut().find(|e| e.key == key) {
            Some(entry) => {
                entry.name = name;
                true
            }
            None => false,
        }
    }

    /// Removes a version, returning it.
    pub fn remove(&mut self, key: VersionKey) -> Option<VersionEntry> {
        let i = self.position(key)?;
        Some(self.entries.remove(i))
    }

    /// Moves a version `delta` places (negative: earlier), clamped to the
    /// list. Returns whether it moved.
    pub fn move_by(&mut self, key: VersionKey, delta: isize) -> bool {
        let Some(i) = self.position(key) else { return false };
        let last = self.entries.len() as isize - 1;
        let j = (i as isize + delta).clamp(0, last.max(0)) as usize;
        if i == j {
            return false;
        }
        let entry = self.entries.remove(i);
        self.entries.insert(j, entry);
        true
    }

    /// Replaces a version's text. Returns whether it changed.
    pub fn set_text(&mut self, key: VersionKey, text: String) -> bool {
        match self.entries.iter_mut().find(|e| e.key == key) {
            Some(entry) if entry.text != text => {
                entry.text = text;
                true
            }
            _ => false,
        }
    }

    /// A set of the workspace's versions, in order (names made unique),
    /// each with its publication date (one the workspace gives all its
    /// versions, as older files do, becomes each one's).
    pub fn from_workspace(ws: &Workspace) -> VersionSet {
        let mut set =
            VersionSet::from_texts(ws.versions.iter().map(|v| (v.name.as_str(), v.text.as_str())));
        for (i, entry) in set.entries.iter_mut().enumerate() {
            entry.date = ws.version_date(i).map(str::to_string);
        }
        set
    }

    /// The versions as the workspace holds them.
    pub fn to_workspace(&self) -> Vec<WorkspaceVersion> {
        self.entries
            .iter()
            .map(|e| WorkspaceVersion {
                date: e.date.clone(),
                ..WorkspaceVersion::new(&e.name, &e.text)
            })
            .collect()
    }

    /// Sets a version's publication date (`None`: not given). Returns
    /// whether it changed.
    pub fn set_date(&mut self, key: VersionKey, date: Option<String>) -> bool {
        match self.entries.iter_mut().find(|e| e.key == key) {
            Some(entry) if entry.date != date => {
                entry.date = date;
                true
            }
            _ => false,
        }
    }

    /// Total size of the texts in bytes.
    pub fn bytes(&self) -> usize {
        self.entries.iter().map(|e| e.text.len()).sum()
    }

    /// `"a.txt"` taken → `"a (2).txt"`, then `"a (3).txt"`; `"notes"` →
    /// `"notes (2)"`. `except` is the version being renamed.
    fn unique_name(&self, wanted: &str, except: Option<VersionKey>) -> String {
        let wanted = wanted.trim();
        let wanted = if wanted.is_empty() {
            format!("Version {}", self.entries.len() + 1)
        } else {
            wanted.to_string()
        };
        let taken = |n: &str| self.entries.iter().any(|e| Some(e.key) != except && e.name == n);
        if !taken(&wanted) {
            return wanted;
        }
        let (stem, ext) = match wanted.rfind('.') {
            Some(dot) if dot > 0 && wanted.len() - dot <= 6 => wanted.split_at(dot),
            _ => (wanted.as_str(), ""),
        };
        let mut n = 2;
        loop {
            let candidate = format!("{stem} ({n}){ext}");
            if !taken(&candidate) {
                return candidate;
            }
            n += 1;
        }
    }

    /// The next name `"<prefix> N"` not yet taken: `"Pasted text 1"`.
    pub fn next_name(&self, prefix: &str) -> String {
        let mut n = 1;
        loop {
            let candidate = format!("{prefix} {n}");
            if !self.entries.iter().any(|e| e.name == candidate) {
                return candidate;
            }
            n += 1;
        }
    }
}

/// The two versions the user chose to diff, by key; unset or removed
/// choices fall back to the first versions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pair {
    /// The "from" side.
    pub old: Option<VersionKey>,
    /// The "to" side.
    pub new: Option<VersionKey>,
}

impl Pair {
    /// Positions of the versions to diff, or `None` with fewer than two.
    /// Nothing chosen → `(0, 1)`; only "from" = 1 chosen → `(1, 0)`.
    pub fn resolve(&self, set: &VersionSet) -> Option<(usize, usize)> {
        if set.len() < 2 {
            return None;
        }
        let old = self.old.and_then(|k| set.position(k));
        let new = self.new.and_then(|k| set.position(k));
        let first_other = |taken: usize| if taken == 0 { 1 } else { 0 };
        match (old, new) {
            (Some(o), Some(n)) => Some((o, n)),
            (Some(o), None) => Some((o, first_other(o))),
            (None, Some(n)) => Some((first_other(n), n)),
            (None, None) => Some((0, 1)),
        }
    }

    /// The pair as resolved, with both sides explicit: choosing one side
    /// then leaves the other where it was shown.
    pub fn fixed(&self, set: &VersionSet) -> Pair {
        let key = |i: usize| set.entries().get(i).map(|e| e.key);
        match self.resolve(set) {
            Some((o, n)) => Pair { old: key(o), new: key(n) },
            None => *self,
        }
    }

    /// The pair with its sides exchanged (explicit, as [`Pair::fixed`]).
    pub fn swapped(&self, set: &VersionSet) -> Pair {
        let fixed = self.fixed(set);
        Pair { old: fixed.new, new: fixed.old }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(set: &VersionSet) -> Vec<&str> {
        set.entries().iter().map(|e| e.name.as_str()).collect()
    }

    #[test]
    fn names_stay_unique() {
        let mut set = VersionSet::from_texts([
            ("a.txt", "x"),
            ("a.txt", "y"),
            ("notes", "z"),
            ("notes", "w"),
            (" ", "v"),
        ]);
        assert_eq!(names(&set), ["a.txt", "a (2).txt", "notes", "notes (2)", "Version 5"]);
        assert_eq!(set.next_name("Pasted text"), "Pasted text 1");
        let keys = set.keys();
        assert!(!set.rename(keys[0], "  "), "blank names are refused");
        assert!(set.rename(keys[0], "notes"));
        assert_eq!(names(&set)[0], "notes (3)");
        assert!(set.rename(keys[2], "notes"), "keeping one's own name is fine");
        assert_eq!(names(&set)[2], "notes");
    }

    #[test]
    fn labels_are_letters_by_position() {
        let labels: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702].map(label_of).into();
        assert_eq!(labels, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
        for i in [0, 1, 25, 26, 500, 702] {
            assert_eq!(position_of_label(&label_of(i)), Some(i));
        }
        assert_eq!(position_of_label("a"), None);
        assert_eq!(position_of_label(""), None);
    }

    #[test]
    fn keys_survive_removal() {
        let mut set = VersionSet::from_texts([("a", "1"), ("b", "2"), ("c", "3")]);
        let keys = set.keys();
        assert_eq!(set.remove(keys[1]).map(|e| e.name), Some("b".to_string()));
        assert_eq!(set.position(keys[2]), Some(1));
        let d = set.add("d", "4".into());
        assert!(!keys.contains(&d), "a removed key is not reused");
    }

    #[test]
    fn versions_move_within_the_list() {
        let mut set = VersionSet::from_texts([("a", "1"), ("b", "2"), ("c", "3")]);
        let keys = set.keys();
        assert!(set.move_by(keys[2], -1));
        assert_eq!(names(&set), ["a", "c", "b"]);
        assert!(set.move_by(keys[0], 5), "clamped to the end");
        assert_eq!(names(&set), ["c", "b", "a"]);
        assert!(!set.move_by(keys[2], -1), "already first");
        assert!(set.set_text(keys[1], "two".into()));
        assert!(!set.set_text(keys[1], "two".into()), "unchanged");
        assert_eq!(set.bytes(), 1 + 3 + 1);
    }

    #[test]
    fn the_pair_falls_back_to_the_first_versions() {
        let mut set = VersionSet::from_texts([("a", "1"), ("b", "2"), ("c", "3")]);
        let keys = set.keys();
        assert_eq!(Pair::default().resolve(&set), Some((0, 1)));
        let pair = Pair { old: Some(keys[2]), new: None };
        assert_eq!(pair.resolve(&set), Some((2, 0)));
        assert_eq!(Pair { old: None, new: Some(keys[0]) }.resolve(&set), Some((1, 0)));
        assert_eq!(pair.swapped(&set).resolve(&set), Some((0, 2)));
        set.remove(keys[2]);
        assert_eq!(pair.resolve(&set), Some((0, 1)));
        set.remove(keys[1]);
        assert_eq!(pair.resolve(&set), None, "one version: nothing to diff");
    }
}
