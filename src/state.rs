//! The app state: the user's inputs as signals, and what is derived from
//! them (the analysis) as memos. Provided to every component as one
//! [`AppState`] context value.

use crate::decode::{decode_text, FileError, MAX_FILE_BYTES};
use crate::sample::SAMPLE_STORY;
use crate::storage::{self, Loaded, Restored};
use crate::timing::{timed_analyze, AnalysisRun};
use crate::workspace::{Pair, VersionKey, VersionSet};
use leptos::prelude::*;
use storydiff_engine::Options;
use wasm_bindgen_futures::JsFuture;

/// How many messages stay on screen; older ones make room.
const MAX_NOTICES: usize = 4;

/// Whether a message reports success or a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Something happened as asked.
    Info,
    /// Something could not be done.
    Error,
}

/// A message to the user, e.g. "notes.pdf is not a text file".
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// Stable id (list key).
    pub id: u32,
    /// Success or problem.
    pub tone: Tone,
    /// The message.
    pub message: String,
    /// The versions as they were before the action the notice reports;
    /// only the latest notice keeps one.
    pub undo: Option<VersionSet>,
}

/// Everything the components share. Copy: it is a bundle of handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The versions, in the user's order.
    pub versions: RwSignal<VersionSet>,
    /// The two versions chosen for the pairwise diff.
    pub pair: RwSignal<Pair>,
    /// Whether punctuation and quote-mark changes count in the diff.
    pub punctuation: RwSignal<bool>,
    /// Messages on screen, oldest first.
    pub notices: RwSignal<Vec<Notice>>,
    /// The engine's analysis of the versions, derived from them.
    pub analysis: Memo<AnalysisRun>,
    next_notice: StoredValue<u32>,
}

/// The sample story as a version set.
pub fn sample_versions() -> VersionSet {
    VersionSet::from_texts(SAMPLE_STORY)
}

impl AppState {
    /// State holding `restored`.
    pub fn new(restored: Restored) -> AppState {
        let versions = RwSignal::new(restored.versions);
        let analysis = Memo::new(move |_| {
            versions.with(|v| timed_analyze(&v.to_engine(), &Options::default()))
        });
        AppState {
            versions,
            pair: RwSignal::new(restored.pair),
            punctuation: RwSignal::new(restored.punctuation),
            notices: RwSignal::new(Vec::new()),
            analysis,
            next_notice: StoredValue::new(0),
        }
    }

    /// State as saved in this browser; the sample story on a first visit.
    pub fn restore() -> AppState {
        let sample =
            || Restored { versions: sample_versions(), pair: Pair::default(), punctuation: false };
        match storage::load() {
            Loaded::Workspace(restored) => AppState::new(restored),
            Loaded::Nothing => AppState::new(sample()),
            Loaded::Unreadable => {
                let state = AppState::new(sample());
                state.notify(
                    Tone::Error,
                    format!(
                        "The saved versions could not be read, so the sample story was loaded. \
                         The saved data is kept in this browser's storage under \"{}\".",
                        storage::BACKUP_KEY
                    ),
                );
                state
            }
        }
    }

    /// Saves the inputs to localStorage whenever they change (an effect:
    /// storage is the outside world). A failure is reported once, not on
    /// every change.
    pub fn persist(self) {
        Effect::new(move |saved_before: Option<bool>| {
            let pair = self.pair.get();
            let punctuation = self.punctuation.get();
            let json = self.versions.with(|v| storage::to_json(v, pair, punctuation));
            match storage::save(&json) {
                Ok(()) => true,
                Err(why) => {
                    if saved_before != Some(false) {
                        self.notify(Tone::Error, format!("{why}: the latest changes are not saved and will be lost on reload."));
                    }
                    false
                }
            }
        });
    }

    /// Shows a message.
    pub fn notify(self, tone: Tone, message: impl Into<String>) {
        self.push_notice(tone, message.into(), None);
    }

    fn push_notice(self, tone: Tone, message: String, undo: Option<VersionSet>) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|ns| {
            if undo.is_some() {
                ns.iter_mut().for_each(|n| n.undo = None);
            }
            ns.push(Notice { id, tone, message, undo });
            let excess = ns.len().saturating_sub(MAX_NOTICES);
            ns.drain(..excess);
        });
    }

    /// Removes a message.
    pub fn dismiss(self, id: u32) {
        self.notices.update(|ns| ns.retain(|n| n.id != id));
    }

    /// Puts the versions back as they were before the action notice `id`
    /// reports, and removes the notice.
    pub fn undo(self, id: u32) {
        let snapshot = self
            .notices
            .with_untracked(|ns| ns.iter().find(|n| n.id == id).and_then(|n| n.undo.clone()));
        if let Some(snapshot) = snapshot {
            self.versions.set(snapshot);
        }
        self.dismiss(id);
    }

    /// Adds a version from text, or says why not (empty text). Returns
    /// whether it was added.
    pub fn add_text(self, name: &str, text: String, default_prefix: &str) -> bool {
        if text.trim().is_empty() {
            self.notify(Tone::Error, "The text is empty, so no version was added.");
            return false;
        }
        let mut added = String::new();
        self.versions.update(|v| {
            let name =
                if name.trim().is_empty() { v.next_name(default_prefix) } else { name.to_string() };
            let key = v.add(&name, text);
            added = v.get(key).map(|e| e.name.clone()).unwrap_or_default();
        });
        self.notify(Tone::Info, format!("Added {added}."));
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
            for file in files {
                let name = file.name();
                match read_file(&file).await.and_then(|bytes| decode_text(&name, &bytes)) {
                    Ok(text) => texts.push((name, text)),
                    Err(why) => self.notify(Tone::Error, why.to_string()),
                }
            }
            if texts.is_empty() {
                return;
            }
            let mut names = Vec::new();
            self.versions.update(|v| {
                for (name, text) in texts {
                    let key = v.add(&name, text);
                    names.extend(v.get(key).map(|e| e.name.clone()));
                }
            });
            let noun = if names.len() == 1 { "version" } else { "versions" };
            self.notify(Tone::Info, format!("Added {} {noun}: {}.", names.len(), names.join(", ")));
        });
    }

    /// Renames a version; false when the name was refused (blank).
    pub fn rename(self, key: VersionKey, name: &str) -> bool {
        let mut ok = false;
        self.versions.update(|v| ok = v.rename(key, name));
        ok
    }

    /// Removes a version, with undo.
    pub fn remove(self, key: VersionKey) {
        let before = self.versions.get_untracked();
        let mut removed = None;
        self.versions.update(|v| removed = v.remove(key));
        if let Some(entry) = removed {
            self.push_notice(Tone::Info, format!("Removed {}.", entry.name), Some(before));
        }
    }

    /// Replaces the versions with the sample story, with undo.
    pub fn load_sample(self) {
        let before = self.versions.get_untracked();
        self.versions.set(sample_versions());
        self.pair.set(Pair::default());
        self.push_notice(
            Tone::Info,
            "Loaded the sample story (5 versions).".to_string(),
            Some(before),
        );
    }
}

/// The bytes of a file the user gave, refusing huge files before reading.
async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, FileError> {
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { name, bytes: size });
    }
    let buffer =
        JsFuture::from(file.array_buffer()).await.map_err(|_| FileError::Unreadable { name })?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The files of a `FileList`, in order.
pub fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}
