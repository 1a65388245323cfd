//! Saving the workspace in the browser's localStorage and restoring it on
//! reload. Nothing leaves the browser. The saved form is its own versioned
//! DTO, separate from the in-memory types.

use crate::workspace::{Pair, VersionSet};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// localStorage key of the workspace.
pub const STORAGE_KEY: &str = "storydiff.workspace";
/// Where an unreadable saved workspace is moved, so that restoring the
/// sample does not destroy it.
pub const BACKUP_KEY: &str = "storydiff.workspace.unreadable";
const FORMAT_VERSION: u32 = 1;

/// The workspace as stored: `{"format":1,"versions":[{"name":..,"text":..}],
/// "old":0,"new":1,"punctuation":false}`.
#[derive(Debug, Serialize, Deserialize)]
struct SavedWorkspace<'a> {
    format: u32,
    versions: Vec<SavedVersion<'a>>,
    old: Option<usize>,
    new: Option<usize>,
    #[serde(default)]
    punctuation: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct SavedVersion<'a> {
    name: Cow<'a, str>,
    text: Cow<'a, str>,
}

/// What a page starts with.
#[derive(Debug)]
pub struct Restored {
    /// The versions.
    pub versions: VersionSet,
    /// The chosen pair.
    pub pair: Pair,
    /// Whether punctuation changes are shown.
    pub punctuation: bool,
}

/// The outcome of reading the saved workspace.
#[derive(Debug)]
pub enum Loaded {
    /// Nothing saved: a first visit (or storage is unavailable).
    Nothing,
    /// The saved workspace.
    Workspace(Restored),
    /// Something was saved but could not be read; it was moved to
    /// [`BACKUP_KEY`].
    Unreadable,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the saved workspace.
pub fn load() -> Loaded {
    let Some(storage) = local_storage() else { return Loaded::Nothing };
    let Ok(Some(json)) = storage.get_item(STORAGE_KEY) else { return Loaded::Nothing };
    match parse(&json) {
        Some(restored) => Loaded::Workspace(restored),
        None => {
            let _ = storage.set_item(BACKUP_KEY, &json);
            Loaded::Unreadable
        }
    }
}

fn parse(json: &str) -> Option<Restored> {
    let saved: SavedWorkspace = serde_json::from_str(json).ok()?;
    if saved.format != FORMAT_VERSION {
        return None;
    }
    let versions = VersionSet::from_texts(
        saved.versions.into_iter().map(|v| (v.name.into_owned(), v.text.into_owned())),
    );
    let key_at = |i: Option<usize>| i.and_then(|i| versions.entries().get(i)).map(|e| e.key);
    let pair = Pair { old: key_at(saved.old), new: key_at(saved.new) };
    Some(Restored { versions, pair, punctuation: saved.punctuation })
}

/// Serialises the workspace for storage.
pub fn to_json(versions: &VersionSet, pair: Pair, punctuation: bool) -> String {
    let saved = SavedWorkspace {
        format: FORMAT_VERSION,
        versions: versions
            .entries()
            .iter()
            .map(|e| SavedVersion { name: Cow::Borrowed(&e.name), text: Cow::Borrowed(&e.text) })
            .collect(),
        old: pair.old.and_then(|k| versions.position(k)),
        new: pair.new.and_then(|k| versions.position(k)),
        punctuation,
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

/// Saves the workspace. `Err` says why not, for the user (storage full or
/// disabled).
pub fn save(json: &str) -> Result<(), String> {
    let storage =
        local_storage().ok_or_else(|| "This browser does not allow saving here".to_string())?;
    storage
        .set_item(STORAGE_KEY, json)
        .map_err(|_| "The browser's storage for this page is full".to_string())
}

/// localStorage key of the paste box's unsent text.
pub const DRAFT_KEY: &str = "storydiff.draft";

/// The text left in the paste box, if any.
pub fn load_draft() -> String {
    local_storage().and_then(|s| s.get_item(DRAFT_KEY).ok().flatten()).unwrap_or_default()
}

/// Keeps the paste box's text across reloads (best effort: a draft too
/// large for storage is simply not kept).
pub fn save_draft(text: &str) {
    if let Some(storage) = local_storage() {
        let _ = if text.is_empty() {
            storage.remove_item(DRAFT_KEY)
        } else {
            storage.set_item(DRAFT_KEY, text)
        };
    }
}
