//! Bytes of a dropped or picked file → the text of a version, through
//! storydiff-ingest (the CLI reads files the same way and says the same
//! things), and the files of a drop, folders included.

use std::fmt;
pub use storydiff_ingest::{Decoded, Format, IngestError, MAX_FILE_BYTES};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Why a file did not become a version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Larger than [`MAX_FILE_BYTES`]: refused before it is read.
    TooLarge {
        /// The file's name.
        name: String,
        /// Its size in bytes.
        bytes: usize,
    },
    /// The browser could not read it.
    Unreadable {
        /// The file's name.
        name: String,
    },
    /// Read, but not text storydiff can use (binary, empty, a Word file…).
    Ingest(IngestError),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge { name, bytes } => {
                IngestError::TooLarge { name: name.clone(), bytes: *bytes, limit: MAX_FILE_BYTES }
                    .fmt(f)
            }
            FileError::Unreadable { name } => write!(f, "{name} could not be read."),
            FileError::Ingest(e) => e.fmt(f),
        }
    }
}

/// Decodes a file (see [`storydiff_ingest::decode`]): the text with how it
/// was read, and notes for the user (`"Decoded as windows-1252 …"`).
pub fn decode_file(name: &str, bytes: &[u8]) -> Result<Decoded, FileError> {
    storydiff_ingest::decode(name, bytes).map_err(FileError::Ingest)
}

/// Decodes a file to its text: UTF-8, UTF-16 (with or without a
/// byte-order mark), legacy encodings; a saved web page's article; a
/// Markdown file's text. Binary, empty and Office files are refused.
///
/// `b"\xEF\xBB\xBFHello"` → `"Hello"`; `b"\x89PNG\r\n\x1a\n\0"` → an error
/// saying it is a PNG image.
pub fn decode_text(name: &str, bytes: &[u8]) -> Result<String, FileError> {
    decode_file(name, bytes).map(|d| d.text)
}

/// The files of a drop, taken while the drop event lasts (the browser
/// empties the `DataTransfer` after it); [`Dropped::files`] then reads
/// dropped folders.
pub struct Dropped {
    files: Vec<web_sys::File>,
    folders: Vec<web_sys::FileSystemDirectoryEntry>,
}

/// Most files taken from dropped folders; a drop of a whole disk stops
/// there.
pub const MAX_FOLDER_FILES: usize = 500;

/// The files of a drop event's `DataTransfer` (call it in the handler);
/// `None` when nothing was dropped as files. Dropped folders are read by
/// [`Dropped::files`].
///
/// The drop handler does:
/// `if let Some(d) = dropped(&dt) { ev.prevent_default(); spawn_local(async move { state.add_files(d.files().await.files) }) }`
pub fn dropped(dt: &web_sys::DataTransfer) -> Option<Dropped> {
    let mut files = Vec::new();
    let mut folders = Vec::new();
    let items = dt.items();
    for i in 0..items.length() {
        let Some(item) = items.get(i) else { continue };
        if item.kind() != "file" {
            continue;
        }
        let entry = item.webkit_get_as_entry().ok().flatten();
        match entry {
            Some(entry) if entry.is_directory() => folders.push(entry.unchecked_into()),
            _ => files.extend(item.get_as_file().ok().flatten()),
        }
    }
    if files.is_empty() && folders.is_empty() {
        // Browsers without `items` still list the files.
        files = dt
            .files()
            .map(|l| (0..l.length()).filter_map(|i| l.item(i)).collect())
            .unwrap_or_default();
    }
    (!files.is_empty() || !folders.is_empty()).then_some(Dropped { files, folders })
}

/// What a drop held.
pub struct DroppedFiles {
    /// The files to add, in order: dropped files, then each folder's
    /// readable files (by path).
    pub files: Vec<web_sys::File>,
    /// Files in folders left out: hidden ones, ones of kinds storydiff
    /// does not read, and any beyond [`MAX_FOLDER_FILES`].
    pub skipped: usize,
}

impl Dropped {
    /// The dropped files with the contents of dropped folders (walked
    /// breadth-first with a queue, not recursion). In folders only files
    /// storydiff reads are taken (.txt, .md, .html…); files dropped one by
    /// one are all taken, so that a wrong one gets its message.
    pub async fn files(self) -> DroppedFiles {
        let mut out = DroppedFiles { files: self.files, skipped: 0 };
        let mut queue: std::collections::VecDeque<_> = self.folders.into();
        let mut found: Vec<(String, web_sys::FileSystemFileEntry)> = Vec::new();
        while let Some(dir) = queue.pop_front() {
            for entry in read_all_entries(&dir).await {
                let name = entry.name();
                if name.starts_with('.') {
                    out.skipped += 1;
                } else if entry.is_directory() {
                    queue.push_back(entry.unchecked_into());
                } else if readable_name(&name) && found.len() < MAX_FOLDER_FILES {
                    found.push((entry.full_path(), entry.unchecked_into()));
                } else {
                    out.skipped += 1;
                }
            }
        }
        found.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, entry) in found {
            match file_of(&entry).await {
                Some(file) => out.files.push(file),
                None => out.skipped += 1,
            }
        }
        out
    }
}

/// Names of files storydiff reads: `"a.txt"`, `"b.md"`, `"c.html"`.
fn readable_name(name: &str) -> bool {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    matches!(ext.as_str(), "txt" | "text" | "md" | "markdown" | "html" | "htm" | "xhtml" | "shtml")
}

/// All entries of a folder: `readEntries` gives them in batches until an
/// empty one.
async fn read_all_entries(
    dir: &web_sys::FileSystemDirectoryEntry,
) -> Vec<web_sys::FileSystemEntry> {
    let reader = dir.create_reader();
    let mut all = Vec::new();
    loop {
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            let ok = Closure::once_into_js(move |entries: js_sys::Array| {
                let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &entries);
            });
            let fail = Closure::once_into_js(move |e: wasm_bindgen::JsValue| {
                let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &e);
            });
            let _ = reader
                .read_entries_with_callback_and_callback(ok.unchecked_ref(), fail.unchecked_ref());
        });
        let Ok(batch) = wasm_bindgen_futures::JsFuture::from(promise).await else { break };
        let batch: js_sys::Array = batch.unchecked_into();
        if batch.length() == 0 || all.len() > MAX_FOLDER_FILES * 4 {
            break;
        }
        all.extend(batch.iter().map(|e| e.unchecked_into::<web_sys::FileSystemEntry>()));
    }
    all
}

async fn file_of(entry: &web_sys::FileSystemFileEntry) -> Option<web_sys::File> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |file: wasm_bindgen::JsValue| {
            let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &file);
        });
        let fail = Closure::once_into_js(move |e: wasm_bindgen::JsValue| {
            let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &e);
        });
        entry.file_with_callback_and_callback(ok.unchecked_ref(), fail.unchecked_ref());
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.ok().map(|f| f.unchecked_into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, bytes: &[u8]) -> String {
        match decode_text(name, bytes) {
            Ok(text) => format!("ok {text:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn text_files_decode() {
        assert_eq!(check("f.txt", b"Hello"), r#"ok "Hello""#);
        assert_eq!(check("f.txt", b"\xEF\xBB\xBFHello"), r#"ok "Hello""#);
        assert_eq!(check("f.txt", b"\xFF\xFEH\0i\0"), r#"ok "Hi""#);
        assert_eq!(check("f.txt", b"caf\xe9 ol\xe9"), "ok \"caf\u{e9} ol\u{e9}\"");
        assert_eq!(check("f.md", b"# Title\n\n*Six* people"), r#"ok "Title\n\nSix people""#);
        assert_eq!(check("f.html", b"<p>Six people</p>"), r#"ok "Six people""#);
    }

    #[test]
    fn other_files_are_refused_by_name() {
        assert_eq!(
            check("f.png", b"\x89PNG\r\n\x1a\n\0\0"),
            "f.png is not a text file (it looks like a PNG image)."
        );
        assert_eq!(
            check("f.txt", b"ascii\0with nul"),
            "f.txt is not a text file (it looks like binary data)."
        );
        assert_eq!(check("f.txt", b" \n\t"), "f.txt is empty: there is no text in it.");
        assert_eq!(
            FileError::TooLarge { name: "big.txt".into(), bytes: 30 << 20 }.to_string(),
            "big.txt is too large (30 MB; the limit is 20 MB)."
        );
    }

    #[test]
    fn folders_keep_the_files_storydiff_reads() {
        assert!(readable_name("a.TXT") && readable_name("b.md") && readable_name("c.htm"));
        assert!(!readable_name("d.png") && !readable_name("README"));
    }
}
