//! The app state: the user's inputs as signals, what the worker answered,
//! and what the views share (the view shown, the selected finding, the
//! hovered fact). Provided to every component as one [`AppState`] context.
//!
//! Derive, don't sync: the analysis is the worker's answer to the inputs;
//! effects only talk to the outside world (the worker, storage, the page).

use crate::decode::{read_file, Fault, Reader};
use crate::model::pair::PairDiff;
use crate::model::{FindingKind, FindingView, ViewModel};
use crate::protocol::{ExportFormat, NamedText, Request};
use crate::runner::{now, Event, Runner};
use crate::sample::SAMPLE_STORY;
use crate::storage::{self, Loaded, Settings, Workspace};
use crate::workspace::{Pair, VersionKey, VersionSet};
use leptos::prelude::*;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

/// How many messages stay on screen; older ones make room.
const MAX_NOTICES: usize = 4;
/// Quiet time after the last keystroke before the analysis runs again.
pub const DEBOUNCE_MS: u64 = 300;
/// Input above this size shows the progress indicator at once.
pub const LARGE_INPUT_BYTES: usize = 200_000;

/// Whether a message reports success or a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Something happened as asked.
    Info,
    /// Something could not be done.
    Error,
}

/// What an undo puts back.
#[derive(Clone, Debug, PartialEq)]
pub enum Undo {
    /// The versions and the reference as they were.
    Versions {
        /// The versions.
        versions: VersionSet,
        /// The reference.
        reference: Option<VersionKey>,
    },
    /// A dismissed finding comes back.
    Dismissal(String),
}

/// A button a message offers.
#[derive(Clone, Debug, PartialEq)]
pub enum NoticeAction {
    /// Undo the action the message reports.
    Undo(Undo),
    /// Run the analysis again.
    Retry,
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
    /// What its button does; only the latest undo keeps its button.
    pub action: Option<NoticeAction>,
}

/// The views of the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    /// Cards per version.
    Overview,
    /// The list of findings.
    Findings,
    /// Facts × versions.
    Matrix,
    /// The versions side by side.
    Reading,
    /// Two versions, word by word.
    Diff,
}

impl View {
    /// The views in tab order.
    pub const ALL: [View; 5] =
        [View::Overview, View::Findings, View::Matrix, View::Reading, View::Diff];

    /// The tab's label.
    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Findings => "Findings",
            View::Matrix => "Claims matrix",
            View::Reading => "Side by side",
            View::Diff => "Compare two",
        }
    }

    /// Identifier for ids and the saved settings.
    pub fn id(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Findings => "findings",
            View::Matrix => "matrix",
            View::Reading => "reading",
            View::Diff => "diff",
        }
    }

    /// The view with identifier `id`.
    pub fn from_id(id: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// Light, dark, or as the system says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Identifier for the saved settings and `data-theme`.
    pub fn id(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn from_id(id: &str) -> Theme {
        match id {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// One analysis as the views show it: the worker's model and the texts it
/// was computed from (the inputs may have changed since).
#[derive(Debug)]
pub struct AnalysisResult {
    /// Its request's number.
    pub generation: u64,
    /// The view model.
    pub model: ViewModel,
    /// The texts analysed, in order.
    pub texts: Vec<String>,
    /// Which versions they were.
    pub keys: Vec<VersionKey>,
    /// Per version, per sentence, its row (`u32::MAX`: none).
    pub sentence_rows: Vec<Vec<u32>>,
    /// Milliseconds from post to answer.
    pub millis: f64,
}

impl AnalysisResult {
    /// A result of `model` on `texts`.
    pub fn new(
        generation: u64,
        model: ViewModel,
        texts: Vec<String>,
        keys: Vec<VersionKey>,
        millis: f64,
    ) -> AnalysisResult {
        let mut sentence_rows: Vec<Vec<u32>> =
            model.documents.iter().map(|d| vec![u32::MAX; d.sentences.len()]).collect();
        for (r, row) in model.rows.iter().enumerate() {
            for (v, cell) in row.cells.iter().enumerate() {
                for &s in &cell.sentences {
                    if let Some(slot) =
                        sentence_rows.get_mut(v).and_then(|rows| rows.get_mut(s as usize))
                    {
                        *slot = r as u32;
                    }
                }
            }
        }
        AnalysisResult { generation, model, texts, keys, sentence_rows, millis }
    }

    /// The text of version `v`.
    pub fn text(&self, v: usize) -> &str {
        self.texts.get(v).map_or("", String::as_str)
    }

    /// The name of version `v`.
    pub fn name(&self, v: usize) -> &str {
        self.model.documents.get(v).map_or("", |d| d.name.as_str())
    }

    /// The row holding byte `offset` of version `v`.
    pub fn row_at(&self, v: usize, offset: u32) -> Option<u32> {
        let doc = self.model.documents.get(v)?;
        let i = doc.sentences.partition_point(|s| s.end <= offset);
        let row = *self.sentence_rows.get(v)?.get(i)?;
        (row != u32::MAX).then_some(row)
    }

    /// The finding with `key`, with its index.
    pub fn finding(&self, key: &str) -> Option<(usize, &FindingView)> {
        self.model.findings.iter().enumerate().find(|(_, f)| f.key == key)
    }
}

/// The diff of the chosen pair, with the texts it was computed from.
#[derive(Debug)]
pub struct DiffResult {
    /// The old text.
    pub old: String,
    /// The new text.
    pub new: String,
    /// The pieces.
    pub diff: PairDiff,
}

/// Whether the worker is busy.
#[derive(Clone, Debug, PartialEq)]
pub enum RunState {
    /// Nothing waiting.
    Idle,
    /// The inputs changed and their analysis is about to be asked for (the
    /// pause after typing): the result shown is out of date.
    Pending,
    /// An analysis is on its way.
    Running {
        /// When it was asked for (`performance.now()`).
        since: f64,
        /// Total size of the input.
        bytes: usize,
        /// Number of versions.
        versions: usize,
    },
    /// The analysis could not be done.
    Failed(String),
}

/// A place in the side-by-side view to scroll to and focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Jump {
    /// The aligned row.
    pub row: u32,
    /// The version whose cell gets the focus.
    pub version: u32,
    /// A claim to focus, else the selected finding's evidence.
    pub claim: Option<u32>,
    /// Makes a second jump to the same place a change.
    pub nonce: u32,
}

/// Filters of the findings list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Only this kind.
    pub kind: Option<FindingKind>,
    /// Only findings concerning this version (index in the result).
    pub version: Option<u32>,
    /// Show dismissed findings too.
    pub dismissed: bool,
}

/// The texts and keys of versions sent for analysis.
type SentTexts = (Vec<String>, Vec<VersionKey>);

/// Everything the components share. Copy: it is a bundle of handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The versions, in the user's order.
    pub versions: RwSignal<VersionSet>,
    /// The reference version (`None`: the consensus).
    pub reference: RwSignal<Option<VersionKey>>,
    /// The two versions chosen for the pairwise diff.
    pub pair: RwSignal<Pair>,
    /// Whether punctuation and quote-mark changes count in the diff.
    pub punctuation: RwSignal<bool>,
    /// Publication date, `"2025-12-04"`.
    pub document_date: RwSignal<Option<String>>,
    /// Keys of dismissed findings.
    pub dismissed: RwSignal<BTreeSet<String>>,
    /// Colour theme.
    pub theme: RwSignal<Theme>,
    /// The view shown.
    pub view: RwSignal<View>,
    /// Messages on screen, oldest first.
    pub notices: RwSignal<Vec<Notice>>,
    /// The latest analysis.
    pub result: RwSignal<Option<Arc<AnalysisResult>>>,
    /// Whether an analysis is on its way.
    pub run: RwSignal<RunState>,
    /// The latest diff of the chosen pair.
    pub diff: RwSignal<Option<Arc<DiffResult>>>,
    /// True while a diff is on its way.
    pub diff_running: RwSignal<bool>,
    /// The selected finding's key.
    pub selected: RwSignal<Option<String>>,
    /// The fact under the pointer or focus.
    pub hovered_fact: RwSignal<Option<u32>>,
    /// Where the side-by-side view should go.
    pub jump: RwSignal<Option<Jump>>,
    /// Filters of the findings list.
    pub filters: RwSignal<Filters>,
    /// True while the print report is laid out.
    pub printing: RwSignal<bool>,
    /// True while the keyboard help is open.
    pub help: RwSignal<bool>,
    next_notice: StoredValue<u32>,
    runner: StoredValue<Option<Runner>, LocalStorage>,
    /// Texts sent with each analysis request, until answered.
    sent: StoredValue<HashMap<u64, SentTexts>, LocalStorage>,
    /// Texts sent with the latest diff request.
    sent_diff: StoredValue<Option<(u64, String, String)>, LocalStorage>,
    analyse_timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    save_timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    nonce: StoredValue<u32>,
}

/// The sample story as a version set.
pub fn sample_versions() -> VersionSet {
    VersionSet::from_texts(SAMPLE_STORY)
}

impl AppState {
    /// State holding `workspace`, with no worker (tests set results by hand).
    pub fn new(workspace: Workspace, settings: Settings) -> AppState {
        AppState {
            versions: RwSignal::new(workspace.versions),
            reference: RwSignal::new(workspace.reference),
            pair: RwSignal::new(workspace.pair),
            punctuation: RwSignal::new(workspace.punctuation),
            document_date: RwSignal::new(workspace.document_date),
            dismissed: RwSignal::new(workspace.dismissed),
            theme: RwSignal::new(Theme::from_id(&settings.theme)),
            view: RwSignal::new(View::from_id(&settings.view).unwrap_or(View::Overview)),
            notices: RwSignal::new(Vec::new()),
            result: RwSignal::new(None),
            run: RwSignal::new(RunState::Idle),
            diff: RwSignal::new(None),
            diff_running: RwSignal::new(false),
            selected: RwSignal::new(None),
            hovered_fact: RwSignal::new(None),
            jump: RwSignal::new(None),
            filters: RwSignal::new(Filters::default()),
            printing: RwSignal::new(false),
            help: RwSignal::new(false),
            next_notice: StoredValue::new(0),
            runner: StoredValue::new_local(None),
            sent: StoredValue::new_local(HashMap::new()),
            sent_diff: StoredValue::new_local(None),
            analyse_timer: StoredValue::new_local(None),
            save_timer: StoredValue::new_local(None),
            nonce: StoredValue::new(0),
        }
    }

    /// State as saved in this browser; the sample story on a first visit.
    pub fn restore() -> AppState {
        let sample = || Workspace { versions: sample_versions(), ..Workspace::default() };
        let settings = storage::load_settings();
        match storage::load() {
            Loaded::Workspace(w) => AppState::new(w, settings),
            Loaded::Nothing => AppState::new(sample(), settings),
            Loaded::Unreadable => {
                let state = AppState::new(sample(), settings);
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

    /// The workspace's settings as they are now (untracked), without the
    /// versions and dismissals.
    fn workspace_settings(self) -> Workspace {
        Workspace {
            versions: VersionSet::default(),
            pair: self.pair.get_untracked(),
            punctuation: self.punctuation.get_untracked(),
            reference: self.reference.get_untracked(),
            dismissed: BTreeSet::new(),
            document_date: self.document_date.get_untracked(),
        }
    }

    /// The workspace as it is now (untracked).
    pub fn workspace(self) -> Workspace {
        Workspace {
            versions: self.versions.get_untracked(),
            pair: self.pair.get_untracked(),
            punctuation: self.punctuation.get_untracked(),
            reference: self.reference.get_untracked(),
            dismissed: self.dismissed.get_untracked(),
            document_date: self.document_date.get_untracked(),
        }
    }

    // ----------------------------------------------------------------------
    // The outside world

    /// Starts the worker and keeps the analysis, the diff, storage and the
    /// theme in step with the inputs.
    pub fn connect(self) {
        let runner = Runner::new(move |event| self.on_event(event));
        self.runner.set_value(Some(runner));
        on_cleanup(move || {
            if let Some(r) = self.runner.try_get_value().flatten() {
                r.stop();
            }
        });
        // The analysis follows the inputs, debounced after the first run.
        Effect::new(move |first: Option<()>| {
            self.versions.track();
            self.reference.track();
            self.document_date.track();
            if first.is_none() {
                self.analyse_now();
            } else {
                self.analyse_soon();
            }
        });
        // The diff follows the pair, while its view is shown.
        Effect::new(move |_| {
            if self.view.get() != View::Diff {
                return;
            }
            let pair = self.pair.get();
            let punctuation = self.punctuation.get();
            let texts = self.versions.with(|v| {
                pair.resolve(v)
                    .map(|(o, n)| (v.entries()[o].text.clone(), v.entries()[n].text.clone()))
            });
            self.request_diff(texts, punctuation);
        });
        self.persist();
        // Test hook: `dispatchEvent(new Event("storydiff:crash-worker"))`
        // makes the worker panic, to check that the page survives it.
        let crash =
            window_event_listener_untyped("storydiff:crash-worker", move |_| self.crash_worker());
        on_cleanup(move || crash.remove());
        // Test hooks: the next file makes the file reader panic, or hang.
        let faults =
            [("storydiff:crash-reader", Fault::Crash), ("storydiff:hang-reader", Fault::Hang)].map(
                |(event, fault)| {
                    window_event_listener_untyped(event, move |_| Reader::get().inject(fault))
                },
            );
        on_cleanup(move || faults.into_iter().for_each(|h| h.remove()));
        Effect::new(move |_| {
            let theme = self.theme.get();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-theme", theme.id());
            }
            storage::save_settings(&Settings {
                theme: theme.id().to_string(),
                view: self.view.get().id().to_string(),
            });
        });
    }

    /// Asks for an analysis after a pause in the changes. The shown result
    /// is out of date from now on.
    fn analyse_soon(self) {
        if let Some(h) = self.analyse_timer.try_get_value().flatten() {
            h.clear();
        }
        if self.run.get_untracked() != RunState::Pending {
            self.run.set(RunState::Pending);
        }
        let handle =
            set_timeout_with_handle(move || self.analyse_now(), Duration::from_millis(DEBOUNCE_MS))
                .ok();
        self.analyse_timer.set_value(handle);
    }

    /// Sends the current inputs to the worker.
    pub fn analyse_now(self) {
        let Some(runner) = self.runner.try_get_value().flatten() else { return };
        let reference = self.reference.get_untracked();
        let date = self.document_date.get_untracked();
        let (texts, keys, bytes) = self.versions.with_untracked(|v| {
            let texts: Vec<String> = v.entries().iter().map(|e| e.text.clone()).collect();
            (texts, v.keys(), v.bytes())
        });
        let generation = self.versions.with_untracked(|v| {
            runner.analyze(|generation| {
                let request = Request::Analyze {
                    generation,
                    versions: v
                        .entries()
                        .iter()
                        .map(|e| NamedText {
                            name: Cow::Borrowed(&e.name),
                            text: Cow::Borrowed(&e.text),
                        })
                        .collect(),
                    reference: reference.and_then(|k| v.position(k)).map(|i| i as u32),
                    document_date: date.as_deref().map(Cow::Borrowed),
                };
                serde_json::to_string(&request).unwrap_or_default()
            })
        });
        let versions = keys.len();
        self.sent.update_value(|sent| {
            sent.retain(|g, _| *g > generation.saturating_sub(8));
            sent.insert(generation, (texts, keys));
        });
        self.run.set(RunState::Running { since: now(), bytes, versions });
    }

    fn request_diff(self, texts: Option<(String, String)>, punctuation: bool) {
        let Some((old, new)) = texts else {
            self.diff.set(None);
            return;
        };
        let Some(runner) = self.runner.try_get_value().flatten() else { return };
        let generation = runner.diff(|generation| {
            let request = Request::Diff {
                generation,
                old: Cow::Borrowed(&old),
                new: Cow::Borrowed(&new),
                punctuation,
            };
            serde_json::to_string(&request).unwrap_or_default()
        });
        self.sent_diff.set_value(Some((generation, old, new)));
        self.diff_running.set(true);
    }

    fn on_event(self, event: Event) {
        match event {
            Event::Analysis { generation, model, millis } => {
                let Some((texts, keys)) =
                    self.sent.try_update_value(|s| s.remove(&generation)).flatten()
                else {
                    return;
                };
                self.result.set(Some(Arc::new(AnalysisResult::new(
                    generation, model, texts, keys, millis,
                ))));
                // Inputs changed since this was asked for: still out of date.
                if self.run.get_untracked() != RunState::Pending {
                    self.run.set(RunState::Idle);
                }
            }
            Event::Diff { generation, diff } => {
                let sent = self
                    .sent_diff
                    .try_update_value(|s| s.take_if(|(g, _, _)| *g == generation))
                    .flatten();
                if let Some((_, old, new)) = sent {
                    self.diff.set(Some(Arc::new(DiffResult { old, new, diff })));
                    self.diff_running.set(false);
                }
            }
            Event::Export { generation, format, text } => {
                let current = self.result.with_untracked(|r| r.as_ref().map(|r| r.generation));
                if current == Some(generation) {
                    download(format, &text);
                } else {
                    self.notify(
                        Tone::Error,
                        "The analysis changed while the report was written; try again.",
                    );
                }
            }
            Event::Crashed { lost_analysis, restarting } => {
                self.diff_running.set(false);
                let message = match (lost_analysis, restarting) {
                    (true, true) => {
                        "The analysis stopped unexpectedly on these versions and was restarted. \
                         The results shown are from before your last change."
                            .to_string()
                    }
                    (false, true) => {
                        "The analysis stopped unexpectedly and was restarted.".to_string()
                    }
                    (_, false) => {
                        "The analysis keeps stopping, so it was switched off. Your versions are \
                         safe; change them or press Retry to try again."
                            .to_string()
                    }
                };
                if lost_analysis || !restarting {
                    self.run.set(RunState::Failed(message.clone()));
                }
                // Otherwise what was waiting goes to the new worker, and
                // the indicator stays as it is.
                self.push_notice(Tone::Error, message, Some(NoticeAction::Retry));
            }
            Event::Failed(message) => {
                self.notify(Tone::Error, format!("The analysis failed: {message}"));
            }
        }
    }

    /// Asks the worker for a report to download.
    pub fn export(self, format: ExportFormat) {
        if let Some(runner) = self.runner.try_get_value().flatten() {
            runner.export(format);
        }
    }

    /// Makes the worker panic (tests of recovery).
    pub fn crash_worker(self) {
        if let Some(runner) = self.runner.try_get_value().flatten() {
            runner.crash();
        }
    }

    /// Saves the workspace to localStorage shortly after it changes, and at
    /// once when the page is hidden. A failure is reported once.
    fn persist(self) {
        let failed = StoredValue::new(false);
        let save = move || {
            // The texts are serialised from the signal, not copied first.
            let settings = self.workspace_settings();
            let json = self.versions.with_untracked(|v| {
                self.dismissed.with_untracked(|d| storage::to_json_parts(v, &settings, d))
            });
            match storage::save(&json) {
                Ok(()) => failed.set_value(false),
                Err(why) => {
                    if !failed.get_value() {
                        self.notify(Tone::Error, format!("{why}: the latest changes are not saved and will be lost on reload."));
                    }
                    failed.set_value(true);
                }
            }
        };
        Effect::new(move |first: Option<()>| {
            self.versions.track();
            self.pair.track();
            self.punctuation.track();
            self.reference.track();
            self.dismissed.track();
            self.document_date.track();
            if first.is_none() {
                // Saved at once, but not in the task that mounts the page.
                set_timeout(save, Duration::ZERO);
                return;
            }
            if let Some(h) = self.save_timer.try_get_value().flatten() {
                h.clear();
            }
            let handle = set_timeout_with_handle(save, Duration::from_millis(DEBOUNCE_MS)).ok();
            self.save_timer.set_value(handle);
        });
        let flush = move || {
            if let Some(h) = self.save_timer.try_update_value(|t| t.take()).flatten() {
                h.clear();
                save();
            }
        };
        let hidden = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let blur = window_event_listener(leptos::ev::visibilitychange, move |_| flush());
        on_cleanup(move || {
            hidden.remove();
            blur.remove();
        });
    }

    // ----------------------------------------------------------------------
    // Messages

    /// Shows a message.
    pub fn notify(self, tone: Tone, message: impl Into<String>) {
        self.push_notice(tone, message.into(), None);
    }

    fn push_notice(self, tone: Tone, message: String, action: Option<NoticeAction>) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|ns| {
            if matches!(action, Some(NoticeAction::Undo(_))) {
                ns.iter_mut()
                    .filter(|n| matches!(n.action, Some(NoticeAction::Undo(_))))
                    .for_each(|n| n.action = None);
            }
            ns.push(Notice { id, tone, message, action });
            let excess = ns.len().saturating_sub(MAX_NOTICES);
            ns.drain(..excess);
        });
    }

    /// Removes a message.
    pub fn dismiss_notice(self, id: u32) {
        self.notices.update(|ns| ns.retain(|n| n.id != id));
    }

    /// Does what message `id` offers (undo, retry) and removes the message.
    pub fn act(self, id: u32) {
        let action = self
            .notices
            .with_untracked(|ns| ns.iter().find(|n| n.id == id).and_then(|n| n.action.clone()));
        match action {
            Some(NoticeAction::Undo(Undo::Versions { versions, reference })) => {
                self.versions.set(versions);
                self.reference.set(reference);
            }
            Some(NoticeAction::Undo(Undo::Dismissal(key))) => {
                self.dismissed.update(|d| {
                    d.remove(&key);
                });
            }
            Some(NoticeAction::Retry) => self.analyse_now(),
            None => {}
        }
        self.dismiss_notice(id);
    }

    fn undo_point(self) -> Undo {
        Undo::Versions {
            versions: self.versions.get_untracked(),
            reference: self.reference.get_untracked(),
        }
    }

    // ----------------------------------------------------------------------
    // Versions

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
            // One by one through the reader worker, so the order stays.
            for file in files {
                match read_file(&file).await {
                    Ok(read) => texts.push((file.name(), read.text, read.notes)),
                    Err(why) => self.notify(Tone::Error, why.to_string()),
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
            self.notify(Tone::Info, message);
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
        let before = self.undo_point();
        let mut removed = None;
        self.versions.update(|v| removed = v.remove(key));
        if self.reference.get_untracked() == Some(key) {
            self.reference.set(None);
        }
        if let Some(entry) = removed {
            self.push_notice(
                Tone::Info,
                format!("Removed {}.", entry.name),
                Some(NoticeAction::Undo(before)),
            );
        }
    }

    /// Removes every version, with undo.
    pub fn clear_all(self) {
        if self.versions.with_untracked(VersionSet::is_empty) {
            return;
        }
        let before = self.undo_point();
        let n = self.versions.with_untracked(VersionSet::len);
        self.versions.set(VersionSet::default());
        self.reference.set(None);
        let noun = if n == 1 { "version" } else { "versions" };
        self.push_notice(
            Tone::Info,
            format!("Removed all {n} {noun}."),
            Some(NoticeAction::Undo(before)),
        );
    }

    /// Replaces the versions with the sample story, with undo.
    pub fn load_sample(self) {
        let before = self.undo_point();
        self.versions.set(sample_versions());
        self.reference.set(None);
        self.pair.set(Pair::default());
        self.push_notice(
            Tone::Info,
            "Loaded the sample story (5 versions).".to_string(),
            Some(NoticeAction::Undo(before)),
        );
    }

    // ----------------------------------------------------------------------
    // Findings

    /// Hides a finding as a false positive, with undo.
    pub fn dismiss_finding(self, key: &str) {
        self.dismissed.update(|d| {
            d.insert(key.to_string());
        });
        self.push_notice(
            Tone::Info,
            "Finding dismissed. Show dismissed findings with the filter above the list."
                .to_string(),
            Some(NoticeAction::Undo(Undo::Dismissal(key.to_string()))),
        );
    }

    /// Shows a dismissed finding again.
    pub fn restore_finding(self, key: &str) {
        self.dismissed.update(|d| {
            d.remove(key);
        });
    }

    /// Indices of the findings the list shows, in order.
    pub fn visible_findings(self) -> Vec<usize> {
        let filters = self.filters.get();
        self.dismissed.with(|dismissed| {
            self.result.with(|r| {
                let Some(r) = r else { return Vec::new() };
                r.model
                    .findings
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| filters.dismissed || !dismissed.contains(&f.key))
                    .filter(|(_, f)| filters.kind.is_none_or(|k| f.kind == k))
                    .filter(|(_, f)| filters.version.is_none_or(|v| f.concerns(v)))
                    .map(|(i, _)| i)
                    .collect()
            })
        })
    }

    /// Selects the next (`step` = 1) or previous (-1) finding of the list
    /// and returns its key.
    pub fn step_finding(self, step: isize) -> Option<String> {
        let visible = self.visible_findings();
        let keys: Vec<String> = self.result.with_untracked(|r| {
            r.as_ref().map_or(Vec::new(), |r| {
                visible.iter().map(|&i| r.model.findings[i].key.clone()).collect()
            })
        });
        if keys.is_empty() {
            return None;
        }
        let current = self.selected.get_untracked().and_then(|k| keys.iter().position(|x| *x == k));
        let next = match current {
            None if step >= 0 => 0,
            None => keys.len() - 1,
            Some(i) => (i as isize + step).clamp(0, keys.len() as isize - 1) as usize,
        };
        let key = keys[next].clone();
        self.selected.set(Some(key.clone()));
        Some(key)
    }

    /// Selects a finding and shows it in the side-by-side view.
    pub fn jump_to_finding(self, key: &str) {
        self.selected.set(Some(key.to_string()));
        let target = self.result.with_untracked(|r| {
            let (_, f) = r.as_ref()?.finding(key)?;
            f.evidence.iter().find_map(|e| e.row.map(|row| (row, e.version)))
        });
        if let Some((row, version)) = target {
            self.go_to(Jump { row, version, claim: None, nonce: 0 });
        } else {
            self.notify(Tone::Info, "This finding has no place in the text to show.");
        }
    }

    /// Shows a claim in the side-by-side view.
    pub fn jump_to_claim(self, claim: u32) {
        let target = self.result.with_untracked(|r| {
            let r = r.as_ref()?;
            let c = r.model.claims.get(claim as usize)?;
            Some((r.row_at(c.version as usize, c.range.start)?, c.version))
        });
        if let Some((row, version)) = target {
            self.go_to(Jump { row, version, claim: Some(claim), nonce: 0 });
        }
    }

    fn go_to(self, mut jump: Jump) {
        let nonce = self.nonce.get_value().wrapping_add(1);
        self.nonce.set_value(nonce);
        jump.nonce = nonce;
        self.view.set(View::Reading);
        self.jump.set(Some(jump));
    }
}

/// Offers `text` as a file download.
fn download(format: ExportFormat, text: &str) {
    let name = format!("storydiff-report.{}", format.extension());
    if let Err(message) = crate::download::download(&name, format.mime(), text) {
        web_sys::console::warn_1(&message.into());
    }
}

/// The files of a `FileList`, in order.
pub fn files_of(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}
