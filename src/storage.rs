//! Keeping the workspace in the browser's localStorage and restoring it on
//! reload. Nothing leaves the browser. What is kept is the workspace
//! crate's [`Workspace`] (the same JSON as a `.storydiff.json` file, on
//! one line): one saved form, read under that crate's checks. Entries
//! written before it (`{"format":1,…}`) are read by [`legacy`], the one
//! migration path, and saved in the current form from then on.

use serde::{Deserialize, Serialize};
use storydiff_workspace::Workspace;

/// localStorage key of the workspace.
pub const STORAGE_KEY: &str = "storydiff.workspace";
/// Where an unreadable saved workspace is moved, so that restoring the
/// sample does not destroy it.
pub const BACKUP_KEY: &str = "storydiff.workspace.unreadable";
/// localStorage key of the display settings (theme, view).
pub const SETTINGS_KEY: &str = "storydiff.settings";

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

/// The workspace in `json` (the current form, or an entry written before
/// it), or `None` when it is neither.
pub fn parse(json: &str) -> Option<Workspace> {
    Workspace::from_json(json).ok().or_else(|| legacy::parse(json))
}

/// Saves the workspace's JSON (`Workspace::to_compact_json`). `Err` says
/// why not, for the user (storage full or disabled).
pub fn save(json: &str) -> Result<(), String> {
    let storage =
        local_storage().ok_or_else(|| "This browser does not allow saving here".to_string())?;
    storage
        .set_item(STORAGE_KEY, json)
        .map_err(|_| "The browser's storage for this page is full".to_string())
}

/// The form localStorage held before it kept the workspace crate's:
/// `{"format":1,"versions":[{"name":..,"text":..}],"old":0,"new":1,
/// "punctuation":false,"reference":null,"dismissed":[],
/// "document_date":null}`, positions instead of keys. Read only.
pub mod legacy {
    use serde::Deserialize;
    use storydiff_workspace::{Workspace, WorkspaceVersion};

    #[derive(Deserialize)]
    struct Saved {
        format: u32,
        versions: Vec<WorkspaceVersion>,
        old: Option<usize>,
        new: Option<usize>,
        #[serde(default)]
        punctuation: bool,
        #[serde(default)]
        reference: Option<usize>,
        #[serde(default)]
        dismissed: Vec<String>,
        #[serde(default)]
        document_date: Option<String>,
    }

    /// The workspace an old entry holds, or `None` when `json` is not one.
    /// A pair of which one side was chosen is read as the pair shown.
    pub fn parse(json: &str) -> Option<Workspace> {
        let saved: Saved = serde_json::from_str(json).ok()?;
        if saved.format != 1 {
            return None;
        }
        let n = saved.versions.len();
        let at = |i: Option<usize>| i.filter(|&i| i < n);
        let other = |taken: usize| usize::from(taken == 0);
        let pair = match (at(saved.old), at(saved.new)) {
            _ if n < 2 => None,
            (Some(o), Some(n)) => Some([o, n]),
            (Some(o), None) => Some([o, other(o)]),
            (None, Some(n)) => Some([other(n), n]),
            (None, None) => None,
        };
        let mut ws = Workspace::new(saved.versions);
        ws.reference = at(saved.reference);
        ws.dismissed = saved.dismissed;
        ws.settings.pair = pair;
        ws.settings.punctuation = saved.punctuation;
        for v in &mut ws.versions {
            v.date.clone_from(&saved.document_date);
        }
        ws.validate().ok()?;
        Some(ws)
    }
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
    use storydiff_workspace::WorkspaceVersion;

    #[test]
    fn a_workspace_survives_a_round_trip() {
        let mut w = Workspace::new(vec![
            WorkspaceVersion::new("a.txt", "One."),
            WorkspaceVersion::new("b.txt", "Two."),
        ]);
        w.settings.punctuation = true;
        w.versions[0].date = Some("2025-12-04".into());
        w.confirmed.push("0a0b".into());
        w.reference = Some(1);
        w.settings.pair = Some([1, 0]);
        w.dismissed.push("00ff".into());
        let back = parse(&w.to_compact_json()).expect("readable");
        assert_eq!(back, w);
    }

    #[test]
    fn an_entry_saved_before_the_workspace_format_still_opens() {
        // Written by the page before localStorage kept the workspace crate's form.
        let old = r#"{"format":1,"versions":[{"name":"a.txt","text":"One."},{"name":"b.txt","text":"Two."},{"name":"c.txt","text":"Three."}],"old":2,"new":null,"punctuation":true,"reference":1,"dismissed":["00ff"],"document_date":"2025-12-04"}"#;
        let w = parse(old).expect("readable");
        assert_eq!(
            w.versions.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
            ["a.txt", "b.txt", "c.txt"]
        );
        assert_eq!(w.versions[2].text, "Three.");
        assert_eq!(w.reference, Some(1));
        assert_eq!(w.settings.pair, Some([2, 0]), "the pair as it was shown");
        assert!(w.settings.punctuation);
        assert_eq!(w.dismissed, ["00ff"]);
        assert!(w.versions.iter().all(|v| v.date.as_deref() == Some("2025-12-04")));
        // Saved again, it is in the current form and reads the same.
        assert_eq!(parse(&w.to_compact_json()), Some(w));
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
