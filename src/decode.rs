//! The page's side of file reading: a file's bytes go to the reader
//! worker (`src/bin/reader.rs`, storydiff-ingest inside), started the first
//! time someone gives a file, and its text comes back; and the files of a
//! drop, folders included.
//!
//! - One file at a time, in the order given (a drop's files, then the next
//!   drop's), so versions are added in order.
//! - A file the reader takes longer than [`READ_BUDGET_MS`] over (or that
//!   panics it) gets a message naming it; the worker is terminated and the
//!   next file gets a fresh one.
//! - The bytes are transferred, not copied, to the worker.

use crate::reader::ReadAnswer;
use crate::worker_handle::{WorkerEvent, WorkerHandle, WorkerSpec};
use std::cell::RefCell;
use std::fmt;
use std::rc::{Rc, Weak};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Files above this size are refused before they are read (the reader
/// would refuse them too): storydiff-ingest's limit.
pub const MAX_FILE_BYTES: usize = storydiff_ingest::MAX_FILE_BYTES;

/// The default location of the reader's loader (beside index.html);
/// `scripts/postbuild.py` gives the page a versioned URL (see
/// [`crate::worker_handle::worker_url`]).
pub const READER_URL: &str = "./reader_loader.js";

/// How long the reader may take over one file.
pub const READ_BUDGET_MS: i32 = 15_000;

/// How long a new reader may take to load, on top of [`READ_BUDGET_MS`]
/// (its .wasm is fetched the first time, unless the service worker has it).
pub const START_BUDGET_MS: i32 = 30_000;

/// Performance mark set each time a reader is started (tests count them).
pub const READER_START_MARK: &str = "storydiff:reader-start";

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
    /// The reader took too long over it and was stopped.
    TimedOut {
        /// The file's name.
        name: String,
    },
    /// The reader failed on it (a panic) or could not be started.
    ReaderFailed {
        /// The file's name.
        name: String,
    },
    /// Read, but not text storydiff can use (binary, empty, a PDF…): the
    /// reader's sentence, which names the file.
    Refused(String),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge { name, bytes } => storydiff_ingest::IngestError::TooLarge {
                name: name.clone(),
                bytes: *bytes,
                limit: MAX_FILE_BYTES,
            }
            .fmt(f),
            FileError::Unreadable { name } => write!(f, "{name} could not be read."),
            FileError::TimedOut { name } => write!(
                f,
                "{name} could not be read: it took longer than {} seconds, so reading it was \
                 stopped.",
                READ_BUDGET_MS / 1000
            ),
            FileError::ReaderFailed { name } => {
                write!(f, "{name} could not be read: the file reader failed on it.")
            }
            FileError::Refused(message) => f.write_str(message),
        }
    }
}

/// A file read as text by the reader (storydiff-ingest's `Decoded`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadFile {
    /// The text; paragraphs are separated by a blank line.
    pub text: String,
    /// How it was read: `"plain text"`, `"Markdown"`, `"web page"`.
    pub format: String,
    /// The encoding it was decoded from: `"windows-1252"`.
    pub encoding: String,
    /// Things the user may want to know, in words.
    pub notes: Vec<String>,
}

/// A fault the next request asks the reader for (test hooks:
/// `dispatchEvent(new Event("storydiff:crash-reader"))` or
/// `"storydiff:hang-reader"`); a hang is given one second, not
/// [`READ_BUDGET_MS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The reader panics.
    Crash,
    /// The reader never answers.
    Hang,
}

/// The request waiting for an answer.
struct Pending {
    id: u32,
    /// `{id, name, bytes, fault}`, until it is posted (once the worker is
    /// ready).
    message: Option<(js_sys::Object, js_sys::ArrayBuffer)>,
    resolve: js_sys::Function,
}

struct Inner {
    worker: WorkerHandle,
    next_id: u32,
    pending: Option<Pending>,
    /// Settles when the last queued read is done: reads run one by one.
    tail: Option<js_sys::Promise>,
    fault: Option<Fault>,
}

/// The page's handle on the reader worker. Clones share it.
#[derive(Clone)]
pub struct Reader(Rc<RefCell<Inner>>);

thread_local! {
    static READER: Reader = Reader::new();
}

/// What a settled request resolves with besides the answer's JSON.
const TIMED_OUT: &str = "timeout";
const FAILED: &str = "failed";

/// A promise and its `resolve` function.
fn promise() -> (js_sys::Promise, js_sys::Function) {
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |ok, _| resolve = Some(ok));
    (promise, resolve.unwrap_or_else(|| js_sys::Function::new_no_args("")))
}

impl Reader {
    fn new() -> Reader {
        Reader(Rc::new_cyclic(|me: &Weak<RefCell<Inner>>| {
            let me = me.clone();
            let spec = WorkerSpec {
                name: "reader",
                default_url: READER_URL,
                start_mark: READER_START_MARK,
            };
            RefCell::new(Inner {
                worker: WorkerHandle::new(spec, move |event| heard(&me, event)),
                next_id: 0,
                pending: None,
                tail: None,
                fault: None,
            })
        }))
    }

    /// The page's reader (one per page; the worker starts on first use).
    pub fn get() -> Reader {
        READER.with(Reader::clone)
    }

    /// Makes the next request ask the reader for `fault` (tests).
    pub fn inject(&self, fault: Fault) {
        self.0.borrow_mut().fault = Some(fault);
    }

    /// Reads a file through the worker, after the reads asked before it.
    pub async fn read(
        &self,
        name: &str,
        bytes: js_sys::ArrayBuffer,
    ) -> Result<ReadFile, FileError> {
        let (done, finish) = promise();
        let before = self.0.borrow_mut().tail.replace(done.clone());
        if let Some(before) = before {
            let _ = JsFuture::from(before).await;
        }
        let result = self.read_now(name, bytes).await;
        let _ = finish.call0(&JsValue::NULL);
        let mut inner = self.0.borrow_mut();
        if inner.tail.as_ref().is_some_and(|t| JsValue::from(t) == JsValue::from(&done)) {
            inner.tail = None;
        }
        result
    }

    async fn read_now(
        &self,
        name: &str,
        bytes: js_sys::ArrayBuffer,
    ) -> Result<ReadFile, FileError> {
        let named = || name.to_string();
        let started = {
            let mut inner = self.0.borrow_mut();
            inner.worker.is_running() || inner.worker.start()
        };
        if !started {
            return Err(FileError::ReaderFailed { name: named() });
        }
        let (answer, resolve) = promise();
        let budget = {
            let mut inner = self.0.borrow_mut();
            inner.next_id += 1;
            let id = inner.next_id;
            let message = js_sys::Object::new();
            let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&message, &k.into(), v);
            let _ = set("id", &JsValue::from(id));
            let _ = set("name", &JsValue::from_str(name));
            let _ = set("bytes", &bytes);
            let fault = inner.fault.take();
            let fault_name = match fault {
                Some(Fault::Crash) => Some("crash"),
                Some(Fault::Hang) => Some("hang"),
                None => None,
            };
            if let Some(f) = fault_name {
                let _ = set("fault", &JsValue::from_str(f));
            }
            let mut budget = if fault == Some(Fault::Hang) { 1_000 } else { READ_BUDGET_MS };
            if !inner.worker.is_ready() {
                budget += START_BUDGET_MS;
            }
            inner.pending = Some(Pending { id, message: Some((message, bytes)), resolve });
            budget
        };
        self.post_pending();
        let id = self.0.borrow().pending.as_ref().map_or(0, |p| p.id);
        let me = Rc::downgrade(&self.0);
        let timer = Closure::once_into_js(move || settle(&me, id, &JsValue::from_str(TIMED_OUT)));
        let window = web_sys::window();
        let handle = window.as_ref().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(timer.unchecked_ref(), budget)
                .ok()
        });
        let answer = JsFuture::from(answer).await.ok().and_then(|v| v.as_string());
        if let (Some(w), Some(h)) = (window, handle) {
            w.clear_timeout_with_handle(h);
        }
        match answer.as_deref() {
            Some(TIMED_OUT) => {
                self.stop_worker();
                Err(FileError::TimedOut { name: named() })
            }
            Some(FAILED) | None => {
                self.stop_worker();
                Err(FileError::ReaderFailed { name: named() })
            }
            Some(json) => match serde_json::from_str::<ReadAnswer>(json) {
                Ok(ReadAnswer::Read { text, format, encoding, notes, .. }) => {
                    Ok(ReadFile { text, format, encoding, notes })
                }
                Ok(ReadAnswer::Refused { message, .. }) => Err(FileError::Refused(message)),
                _ => Err(FileError::ReaderFailed { name: named() }),
            },
        }
    }

    /// Posts the waiting request once the worker is ready, transferring
    /// its bytes.
    fn post_pending(&self) {
        let mut inner = self.0.borrow_mut();
        if !inner.worker.is_ready() {
            return;
        }
        let Some((message, bytes)) = inner.pending.as_mut().and_then(|p| p.message.take()) else {
            return;
        };
        inner.worker.post_transfer(&message, &js_sys::Array::of1(&bytes));
    }

    /// Terminates the worker (it hung, died or cannot be trusted); the
    /// next file starts a fresh one.
    fn stop_worker(&self) {
        let mut inner = self.0.borrow_mut();
        inner.worker.stop();
        inner.pending = None;
    }
}

/// What the reader worker reports: ready (post the waiting file), an
/// answer (settle its request) or its death (settle the request it died on).
fn heard(me: &Weak<RefCell<Inner>>, event: WorkerEvent) {
    match event {
        WorkerEvent::Ready => {
            if let Some(inner) = me.upgrade() {
                Reader(inner).post_pending();
            }
        }
        WorkerEvent::Message(text) => match serde_json::from_str::<ReadAnswer>(&text) {
            Ok(ReadAnswer::Read { id, .. } | ReadAnswer::Refused { id, .. }) => {
                settle(me, id, &JsValue::from_str(&text))
            }
            Ok(ReadAnswer::Ready) | Err(_) => {}
        },
        WorkerEvent::Died => {
            let id = me.upgrade().and_then(|i| i.borrow().pending.as_ref().map(|p| p.id));
            if let Some(id) = id {
                settle(me, id, &JsValue::from_str(FAILED));
            }
        }
    }
}

/// Resolves request `id` with `value`, once: the answer, the timer and an
/// error event race, the first one wins.
fn settle(me: &Weak<RefCell<Inner>>, id: u32, value: &JsValue) {
    let Some(inner) = me.upgrade() else { return };
    let pending = {
        let mut inner = inner.borrow_mut();
        match &inner.pending {
            Some(p) if p.id == id => inner.pending.take(),
            _ => None,
        }
    };
    if let Some(p) = pending {
        let _ = p.resolve.call1(&JsValue::NULL, value);
    }
}

/// Reads a file the user gave and decodes it in the reader worker:
/// refuses a huge file before reading it.
pub async fn read_file(file: &web_sys::File) -> Result<ReadFile, FileError> {
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { name, bytes: size });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileError::Unreadable { name: name.clone() })?;
    Reader::get().read(&name, buffer.unchecked_into()).await
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

    #[test]
    fn messages_name_the_file() {
        assert_eq!(
            FileError::TooLarge { name: "big.txt".into(), bytes: 30 << 20 }.to_string(),
            "big.txt is too large (30 MB; the limit is 20 MB)."
        );
        assert_eq!(
            FileError::TimedOut { name: "slow.html".into() }.to_string(),
            "slow.html could not be read: it took longer than 15 seconds, so reading it was \
             stopped."
        );
        assert_eq!(
            FileError::ReaderFailed { name: "x.html".into() }.to_string(),
            "x.html could not be read: the file reader failed on it."
        );
    }

    #[test]
    fn folders_keep_the_files_storydiff_reads() {
        assert!(readable_name("a.TXT") && readable_name("b.md") && readable_name("c.htm"));
        assert!(!readable_name("d.png") && !readable_name("README"));
    }
}
