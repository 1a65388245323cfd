//! Saving the workspace in the browser's localStorage and restoring it on
//! reload. Nothing leaves the browser. The saved form is its own versioned
//! DTO, separate from the in-memory types; fields added later default, so
//! older saves still load.

use crate::workspace::{Pair, VersionKey, VersionSet};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeSet;

/// localStorage key of the workspace.
pub const STORAGE_KEY: &str = "storydiff.workspace";
/// Where an unreadable saved workspace is moved, so that restoring the
/// sample does not destroy it.
pub const BACKUP_KEY: &str = "storydiff.workspace.unreadable";
/// localStorage key of the display settings (theme, view).
pub const SETTINGS_KEY: &str = "storydiff.settings";
const FORMAT_VERSION: u32 = 1;

/// The workspace as stored: `{"format":1,"versions":[{"name":..,"text":..}],
/// "old":0,"new":1,"punctuation":false,"reference":null,"dismissed":[],
/// "document_date":null}`.
#[derive(Debug, Serialize, Deserialize)]
struct SavedWorkspace<'a> {
    format: u32,
    versions: Vec<SavedVersion<'a>>,
    old: Option<usize>,
    new: Option<usize>,
    #[serde(default)]
    punctuation: bool,
    #[serde(default)]
    reference: Option<usize>,
    #[serde(default)]
    dismissed: Vec<Cow<'a, str>>,
    #[serde(default)]
    document_date: Option<Cow<'a, str>>,
}

#[derive(Debug, Serialize, Deserialize)]
struct SavedVersion<'a> {
    name: Cow<'a, str>,
    text: Cow<'a, str>,
}

/// The user's work: what is saved and restored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    /// The versions.
    pub versions: VersionSet,
    /// The chosen pair.
    pub pair: Pair,
    /// Whether punctuation changes are shown.
    pub punctuation: bool,
    /// The reference version; `None`: the consensus.
    pub reference: Option<VersionKey>,
    /// Keys of dismissed findings.
    pub dismissed: BTreeSet<String>,
    /// Publication date, `"2025-12-04"`.
    pub document_date: Option<String>,
}

/// The outcome of reading the saved workspace.
#[derive(Debug)]
pub enum Loaded {
    /// Nothing saved: a first visit (or storage is unavailable).
    Nothing,
    /// The saved workspace.
    Workspace(Workspace),
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

/// The workspace in `json`, or `None` when it is not a saved workspace.
pub fn parse(json: &str) -> Option<Workspace> {
    let saved: SavedWorkspace = serde_json::from_str(json).ok()?;
    if saved.format != FORMAT_VERSION {
        return None;
    }
    let versions = VersionSet::from_texts(
        saved.versions.into_iter().map(|v| (v.name.into_owned(), v.text.into_owned())),
    );
    let key_at = |i: Option<usize>| i.and_then(|i| versions.entries().get(i)).map(|e| e.key);
    let pair = Pair { old: key_at(saved.old), new: key_at(saved.new) };
    let reference = key_at(saved.reference);
    Some(Workspace {
        pair,
        reference,
        punctuation: saved.punctuation,
        dismissed: saved.dismissed.into_iter().map(Cow::into_owned).collect(),
        document_date: saved.document_date.map(Cow::into_owned),
        versions,
    })
}

/// Serialises the workspace for storage.
pub fn to_json(w: &Workspace) -> String {
    to_json_parts(&w.versions, w, &w.dismissed)
}

/// Serialises a workspace whose versions and dismissals are borrowed from
/// elsewhere (the signals), without copying the texts.
pub fn to_json_parts(versions: &VersionSet, w: &Workspace, dismissed: &BTreeSet<String>) -> String {
    let saved = SavedWorkspace {
        format: FORMAT_VERSION,
        versions: versions
            .entries()
            .iter()
            .map(|e| SavedVersion { name: Cow::Borrowed(&e.name), text: Cow::Borrowed(&e.text) })
            .collect(),
        old: w.pair.old.and_then(|k| versions.position(k)),
        new: w.pair.new.and_then(|k| versions.position(k)),
        punctuation: w.punctuation,
        reference: w.reference.and_then(|k| versions.position(k)),
        dismissed: dismissed.iter().map(|d| Cow::Borrowed(d.as_str())).collect(),
        document_date: w.document_date.as_deref().map(Cow::Borrowed),
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

/// The display settings: `{"theme":"dark","view":"findings"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// "system", "light" or "dark".
    #[serde(default)]
    pub theme: String,
    /// The view shown last.
    #[serde(default)]
    pub view: String,
}

/// The saved display settings (defaults when none).
pub fn load_settings() -> Settings {
    local_storage()
        .and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Saves the display settings (best effort).
pub fn save_settings(settings: &Settings) {
    if let (Some(storage), Ok(json)) = (local_storage(), serde_json::to_string(settings)) {
        let _ = storage.set_item(SETTINGS_KEY, &json);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_workspace_survives_a_round_trip() {
        let mut w = Workspace {
            versions: VersionSet::from_texts([("a.txt", "One."), ("b.txt", "Two.")]),
            punctuation: true,
            document_date: Some("2025-12-04".into()),
            ..Workspace::default()
        };
        let keys = w.versions.keys();
        w.reference = Some(keys[1]);
        w.pair = Pair { old: Some(keys[1]), new: Some(keys[0]) };
        w.dismissed.insert("00ff".into());
        let back = parse(&to_json(&w)).expect("readable");
        assert_eq!(to_json(&back), to_json(&w));
        assert_eq!(back.reference.and_then(|k| back.versions.position(k)), Some(1));
    }

    #[test]
    fn saves_from_before_references_still_load() {
        let old = r#"{"format":1,"versions":[{"name":"a","text":"x"}],"old":null,"new":null}"#;
        let w = parse(old).expect("readable");
        assert_eq!(w.versions.len(), 1);
        assert_eq!(w.reference, None);
        assert!(parse("{\"format\":2}").is_none());
        assert!(parse("not json").is_none());
    }
}
