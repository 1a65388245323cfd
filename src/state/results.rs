//! What the analysis worker answered (context): the latest analysis and
//! pairwise diff, and whether a newer one is on its way. The connection
//! to the worker that fills them is in `analysis.rs`.

use crate::model::pair::PairDiff;
use crate::model::{FindingView, ViewModel};
use crate::runner::Runner;
use crate::workspace::VersionKey;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;

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

/// The texts and keys of versions sent for analysis.
pub(super) type SentTexts = (Vec<String>, Vec<VersionKey>);

/// The worker's answers. Copy: a bundle of handles.
#[derive(Clone, Copy)]
pub struct Results {
    /// The latest analysis.
    pub result: RwSignal<Option<Arc<AnalysisResult>>>,
    /// Whether an analysis is on its way.
    pub run: RwSignal<RunState>,
    /// The latest diff of the chosen pair.
    pub diff: RwSignal<Option<Arc<DiffResult>>>,
    /// True while a diff is on its way.
    pub diff_running: RwSignal<bool>,
    pub(super) runner: StoredValue<Option<Runner>, LocalStorage>,
    /// Texts sent with each analysis request, until answered.
    pub(super) sent: StoredValue<HashMap<u64, SentTexts>, LocalStorage>,
    /// Texts sent with the latest diff request.
    pub(super) sent_diff: StoredValue<Option<(u64, String, String)>, LocalStorage>,
    pub(super) analyse_timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl Default for Results {
    fn default() -> Self {
        Results::new()
    }
}

impl Results {
    /// Nothing analysed yet, and no worker (tests set results by hand).
    pub fn new() -> Results {
        Results {
            result: RwSignal::new(None),
            run: RwSignal::new(RunState::Idle),
            diff: RwSignal::new(None),
            diff_running: RwSignal::new(false),
            runner: StoredValue::new_local(None),
            sent: StoredValue::new_local(HashMap::new()),
            sent_diff: StoredValue::new_local(None),
            analyse_timer: StoredValue::new_local(None),
        }
    }

    /// True when the result shown is not the analysis of the inputs as
    /// they are (tracked).
    pub fn stale(self) -> bool {
        matches!(self.run.get(), RunState::Pending | RunState::Running { .. })
    }

    /// How many versions the latest analysis had (tracked).
    pub fn versions(self) -> usize {
        self.result.with(|r| r.as_ref().map_or(0, |r| r.model.documents.len()))
    }

    /// The latest analysis's request number, 0 before the first (tracked).
    pub fn generation(self) -> u64 {
        self.result.with(|r| r.as_ref().map_or(0, |r| r.generation))
    }

    /// Each version of the latest analysis as its label and file name
    /// (`("A", "wire.txt")`), in version order (tracked).
    pub fn document_names(self) -> Vec<(String, String)> {
        self.result.with(|r| {
            r.as_ref().map_or(Vec::new(), |r| {
                r.model.documents.iter().map(|d| (d.label.clone(), d.name.clone())).collect()
            })
        })
    }
}
