//! The user's inputs (context): the versions, the reference, the chosen
//! pair and the comparison's settings, and the edits made to them (add,
//! rename, edit, move, remove with undo).

use super::notices::{Notices, Tone};
use crate::decode::read_file;
use crate::sample::SAMPLE_STORY;
use crate::workspace::{Pair, VersionKey, VersionSet};
use leptos::prelude::*;

/// The inputs of the analysis. Copy: a bundle of handles.
#[derive(Clone, Copy)]
pub struct Inputs {
    /// The versions, in the user's order.
    pub versions: RwSignal<VersionSet>,
    /// The reference version (`None`: the consensus).
    pub reference: RwSignal<Option<VersionKey>>,
    /// The two versions chosen for the pairwise diff.
    pub pair: RwSignal<Pair>,
    /// Whether punctuation and quote-mark changes count in the diff.
    pub punctuation: RwSignal<bool>,
    notices: Notices,
}

/// The sample story as a version set.
pub fn sample_versions() -> VersionSet {
    VersionSet::from_texts(SAMPLE_STORY)
}

impl Inputs {
    /// Inputs holding `versions` and nothing else chosen; messages about
    /// edits go to `notices`.
    pub fn new(versions: VersionSet, notices: Notices) -> Inputs {
        Inputs {
            versions: RwSignal::new(versions),
            reference: RwSignal::new(None),
            pair: RwSignal::new(Pair::default()),
            punctuation: RwSignal::new(false),
            notices,
        }
    }

    /// True while the versions are the built-in sample, unchanged (tracked).
    pub fn is_sample(self) -> bool {
        self.versions.with(|v| {
            v.len() == SAMPLE_STORY.len()
                && v.entries()
                    .iter()
                    .zip(SAMPLE_STORY)
                    .all(|(e, (n, t))| e.name == n && e.text == t)
        })
    }

    /// A function that puts the versions and the reference back as they
    /// are now (an undo).
    fn undo_point(self) -> impl Fn() + Send + Sync + 'static {
        let versions = self.versions.get_untracked();
        let reference = self.reference.get_untracked();
        move || {
            self.versions.set(versions.clone());
            self.reference.set(reference);
        }
    }

    /// Adds a version from text, or says why not (empty text). Returns
    /// whether it was added.
    pub fn add_text(self, name: &str, text: String, default_prefix: &str) -> bool {
        if text.trim().is_empty() {
            self.notices.notify(Tone::Error, "The text is empty, so no version was added.");
            return false;
        }
        let mut added = String::new();
        self.versions.update(|v| {
            let name =
                if name.trim().is_empty() { v.next_name(default_prefix) } else { name.to_string() };
            let key = v.add(&name, text);
            added = v.get(key).map(|e| e.name.clone()).unwrap_or_default();
        });
        self.notices.notify(Tone::Info, format!("Added {added}."));
        true
    }

    /// Reads files and adds each text file as a version, in order; each
    /// refused file gets a message naming it, and the others are added.
    pub fn add_files(self, files: Vec<web_sys::File>) {
        if files.is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            let mut texts = Vec::new();
            // One by one through the reader worker, so the order stays.
            for file in files {
                match read_file(&file).await {
                    Ok(read) => texts.push((file.name(), read.text, read.notes)),
                    Err(why) => self.notices.notify(Tone::Error, why.to_string()),
                }
            }
            if texts.is_empty() {
                return;
            }
            let mut names = Vec::new();
            let mut notes = Vec::new();
            self.versions.update(|v| {
                for (name, text, read_notes) in texts {
                    let key = v.add(&name, text);
                    let Some(added) = v.get(key).map(|e| e.name.clone()) else { continue };
                    // How it was read, when that is worth knowing (an
                    // encoding guessed, a page kept whole).
                    if !read_notes.is_empty() {
                        notes.push(format!("{added}: {}", read_notes.join(" ")));
                    }
                    names.push(added);
                }
            });
            let noun = if names.len() == 1 { "version" } else { "versions" };
            let list = if names.len() > 6 {
                format!("{}, … and {} more", names[..5].join(", "), names.len() - 5)
            } else {
                names.join(", ")
            };
            let mut message = format!("Added {} {noun}: {list}.", names.len());
            for note in notes {
                message.push(' ');
                message.push_str(&note);
            }
            self.notices.notify(Tone::Info, message);
        });
    }

    /// Renames a version; false when the name was refused (blank).
    pub fn rename(self, key: VersionKey, name: &str) -> bool {
        let mut ok = false;
        self.versions.update(|v| ok = v.rename(key, name));
        ok
    }

    /// Replaces a version's text (typing in its editor).
    pub fn set_text(self, key: VersionKey, text: String) {
        let changed = self.versions.with_untracked(|v| v.get(key).is_some_and(|e| e.text != text));
        if changed {
            self.versions.update(|v| {
                v.set_text(key, text);
            });
        }
    }

    /// Sets the day a version was published (`None`: not given).
    pub fn set_date(self, key: VersionKey, date: Option<String>) {
        let changed = self.versions.with_untracked(|v| v.get(key).is_some_and(|e| e.date != date));
        if changed {
            self.versions.update(|v| {
                v.set_date(key, date);
            });
        }
    }

    /// Moves a version `delta` places.
    pub fn move_version(self, key: VersionKey, delta: isize) -> bool {
        let mut moved = false;
        self.versions.update(|v| moved = v.move_by(key, delta));
        moved
    }

    /// Makes a version the reference (`None`: the consensus).
    pub fn set_reference(self, key: Option<VersionKey>) {
        self.reference.set(key);
    }

    /// Removes a version, with undo.
    pub fn remove(self, key: VersionKey) {
        let undo = self.undo_point();
        let mut removed = None;
        self.versions.update(|v| removed = v.remove(key));
        if self.reference.get_untracked() == Some(key) {
            self.reference.set(None);
        }
        if let Some(entry) = removed {
            self.notices.done(format!("Removed {}.", entry.name), undo);
        }
    }

    /// Removes every version, with undo.
    pub fn clear_all(self) {
        if self.versions.with_untracked(VersionSet::is_empty) {
            return;
        }
        let undo = self.undo_point();
        let n = self.versions.with_untracked(VersionSet::len);
        self.versions.set(VersionSet::default());
        self.reference.set(None);
        let noun = if n == 1 { "version" } else { "versions" };
        self.notices.done(format!("Removed all {n} {noun}."), undo);
    }

    /// Replaces the versions with the sample story, with undo.
    pub fn load_sample(self) {
        let undo = self.undo_point();
        self.versions.set(sample_versions());
        self.reference.set(None);
        self.pair.set(Pair::default());
        self.notices.done("Loaded the sample story (5 versions).", undo);
    }
}

/// The files of a `FileList`, in order.
pub fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}
