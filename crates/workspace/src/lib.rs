//! # storydiff-workspace
//!
//! What a person keeps and shares of their work: the versions, the chosen
//! reference, the dismissed findings and a few settings, as one versioned
//! DTO ([`Workspace`]) with two serialized forms:
//!
//! - a `.storydiff.json` file ([`Workspace::to_json`] / [`Workspace::from_json`]);
//! - a share link's fragment, `#w=1.<base64url(zlib(json))>` ([`share`]),
//!   decoded under strict limits, so that a damaged, truncated, tampered or
//!   hostile link gives a clear error and never more than a bounded amount
//!   of work.
//!
//! [`csv`] writes CSV that spreadsheets open as is (the web app's claims
//! matrix export).
//!
//! ```
//! use storydiff_workspace::{share, Workspace, WorkspaceVersion};
//! let ws = Workspace::new(vec![
//!     WorkspaceVersion::new("wire.txt", "Six people were hurt on Friday."),
//!     WorkspaceVersion::new("rewrite.txt", "Seven people were hurt on Friday."),
//! ]);
//! let link = share::encode(&ws);
//! assert!(link.starts_with("1."));
//! assert_eq!(share::decode(&link).unwrap(), share::Payload::Plain(ws));
//! ```
#![warn(missing_docs)]

pub mod csv;
pub mod share;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The format version written by this build. Files and links of a higher
/// version are refused with a message saying a newer storydiff made them.
pub const FORMAT_VERSION: u32 = 1;
/// Most versions a workspace may hold.
pub const MAX_VERSIONS: usize = 500;
/// Largest workspace JSON read (a file; a link's limit is lower).
pub const MAX_JSON_BYTES: usize = 128 * 1024 * 1024;
/// Most dismissed findings kept.
pub const MAX_DISMISSED: usize = 100_000;

/// A person's work: `{"format_version":1,"versions":[{"name":"a.txt",
/// "text":"…","date":"2025-12-04"}],"reference":0,"dismissed":["…"],
/// "confirmed":["…"],"settings":{…}}`.
///
/// Fields added since format 1 was first written (`confirmed`, a
/// version's `date`) are left out when empty and read as empty when
/// absent, so files and links made before them open unchanged, and a
/// workspace without them is written as it was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    /// [`FORMAT_VERSION`] when written.
    pub format_version: u32,
    /// The versions in the user's order.
    pub versions: Vec<WorkspaceVersion>,
    /// The version everything is judged against (index into `versions`);
    /// `None`: the consensus.
    #[serde(default)]
    pub reference: Option<usize>,
    /// Keys of findings the user dismissed as false positives.
    #[serde(default)]
    pub dismissed: Vec<String>,
    /// Keys of findings the user confirmed as real.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub confirmed: Vec<String>,
    /// View settings.
    #[serde(default)]
    pub settings: Settings,
}

/// One version: its name and text as the user gave them, and the day it
/// was published when the user said.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkspaceVersion {
    /// Shown and reported name, e.g. `"a.txt"`.
    pub name: String,
    /// The text.
    pub text: String,
    /// Its publication date, `"2025-12-04"`: resolves its "Thursday" and
    /// "the previous day" (outlets publish on different days).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl WorkspaceVersion {
    /// A version named `name` with `text`, no date given.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> WorkspaceVersion {
        WorkspaceVersion { name: name.into(), text: text.into(), date: None }
    }
}

/// View settings. Settings this build does not know (written by a newer
/// one) are kept in `other` and written back unchanged.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Whether punctuation and quote-mark changes count in the diff.
    #[serde(default)]
    pub punctuation: bool,
    /// The two versions of the pairwise diff (indexes into `versions`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pair: Option<[usize; 2]>,
    /// One publication date for every version, `"2025-12-04"`, as the
    /// page kept it before each version had its own: a version without a
    /// `date` of its own takes this one ([`Workspace::version_date`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_date: Option<String>,
    /// Unknown settings, kept as they were.
    #[serde(flatten)]
    pub other: BTreeMap<String, serde_json::Value>,
}

impl Workspace {
    /// A workspace of `versions`, judged by consensus, nothing dismissed.
    pub fn new(versions: Vec<WorkspaceVersion>) -> Workspace {
        Workspace {
            format_version: FORMAT_VERSION,
            versions,
            reference: None,
            dismissed: Vec::new(),
            confirmed: Vec::new(),
            settings: Settings::default(),
        }
    }

    /// The `.storydiff.json` form (indented, so that it can be read and
    /// diffed).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Compact JSON, for links.
    pub fn to_compact_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a `.storydiff.json` file's text, checking it holds together.
    pub fn from_json(json: &str) -> Result<Workspace, WorkspaceError> {
        if json.len() > MAX_JSON_BYTES {
            return Err(WorkspaceError::TooLarge { bytes: json.len(), limit: MAX_JSON_BYTES });
        }
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| WorkspaceError::NotJson(e.to_string()))?;
        let version = value.get("format_version").and_then(serde_json::Value::as_u64);
        match version {
            None => return Err(WorkspaceError::NotAWorkspace),
            Some(v) if v > u64::from(FORMAT_VERSION) => {
                return Err(WorkspaceError::TooNew { format_version: v })
            }
            Some(_) => {}
        }
        let ws: Workspace =
            serde_json::from_value(value).map_err(|e| WorkspaceError::Invalid(e.to_string()))?;
        ws.validate()?;
        Ok(ws)
    }

    /// Version `i`'s publication date: its own, else the one the workspace
    /// gives all its versions (older files).
    pub fn version_date(&self, i: usize) -> Option<&str> {
        let own = self.versions.get(i).and_then(|v| v.date.as_deref());
        own.or(self.settings.document_date.as_deref())
    }

    /// Checks the indexes and counts.
    pub fn validate(&self) -> Result<(), WorkspaceError> {
        let invalid = |m: String| Err(WorkspaceError::Invalid(m));
        let n = self.versions.len();
        if self.format_version == 0 {
            return invalid("format_version 0 does not exist".into());
        }
        if n > MAX_VERSIONS {
            return invalid(format!("{n} versions; at most {MAX_VERSIONS} are opened"));
        }
        if let Some(r) = self.reference.filter(|&r| r >= n) {
            return invalid(format!("the reference is version {} of {n}", r + 1));
        }
        if let Some([a, b]) = self.settings.pair.filter(|[a, b]| *a >= n || *b >= n) {
            return invalid(format!(
                "the compared pair is versions {} and {} of {n}",
                a + 1,
                b + 1
            ));
        }
        if self.dismissed.len() > MAX_DISMISSED {
            return invalid(format!("{} dismissed findings", self.dismissed.len()));
        }
        if self.confirmed.len() > MAX_DISMISSED {
            return invalid(format!("{} confirmed findings", self.confirmed.len()));
        }
        Ok(())
    }
}

/// Why a workspace could not be read. `Display` is a sentence for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkspaceError {
    /// Not JSON at all.
    NotJson(String),
    /// JSON, but not a storydiff workspace (no `format_version`).
    NotAWorkspace,
    /// Written by a newer storydiff.
    TooNew {
        /// The version it declares.
        format_version: u64,
    },
    /// A workspace whose fields do not hold together.
    Invalid(String),
    /// Larger than [`MAX_JSON_BYTES`].
    TooLarge {
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
}

impl fmt::Display for WorkspaceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WorkspaceError::NotJson(why) => write!(f, "it is not a storydiff workspace (not JSON: {why})."),
            WorkspaceError::NotAWorkspace => {
                write!(f, "it is not a storydiff workspace (it has no \"format_version\").")
            }
            WorkspaceError::TooNew { format_version } => write!(
                f,
                "it was made by a newer storydiff (workspace format {format_version}; this page reads \
                 format {FORMAT_VERSION}). Reload the page to get the newest version."
            ),
            WorkspaceError::Invalid(why) => write!(f, "the workspace is damaged: {why}."),
            WorkspaceError::TooLarge { bytes, limit } => write!(
                f,
                "it is too large ({} MB; the limit is {} MB).",
                bytes.div_ceil(1 << 20),
                limit >> 20
            ),
        }
    }
}

impl std::error::Error for WorkspaceError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Workspace {
        let mut ws = Workspace::new(vec![
            WorkspaceVersion::new("a.txt", "Six people were hurt."),
            WorkspaceVersion::new("b.txt", "Seven people \u{201c}were\u{201d} hurt. \u{1F600}"),
        ]);
        ws.reference = Some(1);
        ws.dismissed = vec!["number_conflict:people".into()];
        ws.settings.pair = Some([1, 0]);
        ws
    }

    #[test]
    fn the_file_form_round_trips_and_reads_as_text() {
        let ws = sample();
        let json = ws.to_json();
        assert!(json.starts_with("{\n  \"format_version\": 1,\n  \"versions\": [\n"), "{json}");
        assert_eq!(Workspace::from_json(&json).unwrap(), ws);
    }

    #[test]
    fn marks_and_dates_travel_and_files_from_before_them_open() {
        let mut ws = sample();
        ws.confirmed = vec!["date:putin".into()];
        ws.versions[1].date = Some("2025-12-03".into());
        let json = ws.to_json();
        assert!(json.contains("\"confirmed\": [\n    \"date:putin\"\n  ]"), "{json}");
        assert_eq!(Workspace::from_json(&json).unwrap(), ws);
        // A file written before confirmations and per-version dates.
        let old = r#"{"format_version":1,"versions":[{"name":"a.txt","text":"One."},
            {"name":"b.txt","text":"Two."}],"reference":null,"dismissed":["k"],
            "settings":{"punctuation":false,"document_date":"2025-12-04"}}"#;
        let read = Workspace::from_json(old).unwrap();
        assert_eq!(read.dismissed, ["k"]);
        assert!(read.confirmed.is_empty());
        assert_eq!(read.version_date(1), Some("2025-12-04"));
        // Without the new fields, the written form is the old one.
        let plain = sample().to_compact_json();
        assert!(!plain.contains("confirmed") && !plain.contains("date"), "{plain}");
    }

    #[test]
    fn unknown_settings_survive_a_round_trip() {
        let json =
            r#"{"format_version":1,"versions":[],"settings":{"theme":"dark","punctuation":true}}"#;
        let ws = Workspace::from_json(json).unwrap();
        assert!(ws.settings.punctuation);
        assert_eq!(ws.settings.other["theme"], "dark");
        assert_eq!(Workspace::from_json(&ws.to_json()).unwrap(), ws);
    }

    #[test]
    fn bad_files_say_what_is_wrong() {
        let err = |s: &str| Workspace::from_json(s).unwrap_err().to_string();
        assert!(err("hello").starts_with("it is not a storydiff workspace (not JSON: "));
        assert_eq!(
            err("{\"versions\":[]}"),
            "it is not a storydiff workspace (it has no \"format_version\")."
        );
        assert!(err(r#"{"format_version":2,"versions":[]}"#)
            .starts_with("it was made by a newer storydiff"));
        assert_eq!(
            err(r#"{"format_version":1,"versions":[],"reference":0}"#),
            "the workspace is damaged: the reference is version 1 of 0."
        );
        assert!(err(r#"{"format_version":1,"versions":[{"name":1}]}"#)
            .starts_with("the workspace is damaged: invalid type"));
        assert_eq!(
            err(r#"{"format_version":0,"versions":[]}"#),
            "the workspace is damaged: format_version 0 does not exist."
        );
        let deep = "[".repeat(100_000);
        assert!(
            err(&deep).starts_with("it is not a storydiff workspace (not JSON: recursion limit")
        );
    }
}
