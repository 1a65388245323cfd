//! The analysis follows the inputs: requests to the worker (debounced
//! while typing), its answers into [`Results`], the pairwise diff while
//! its view is shown, exports handed to the user as downloads, and what
//! the user is told when the worker dies.

use super::inputs::Inputs;
use super::navigation::View;
use super::notices::{NoticeAction, Notices, Tone};
use super::results::{AnalysisResult, DiffResult, Results, RunState};
use super::saving::snapshot;
use super::triage::Triage;
use crate::protocol::{ExportFormat, Request};
use crate::runner::{now, Event, Runner};
use leptos::prelude::*;
use std::borrow::Cow;
use std::sync::Arc;
use std::time::Duration;

/// Quiet time after the last keystroke before the analysis runs again.
pub const DEBOUNCE_MS: u64 = 300;
/// Input above this size shows the progress indicator at once.
pub const LARGE_INPUT_BYTES: usize = 200_000;

/// The handles the connection to the worker works with. Copy.
#[derive(Clone, Copy)]
struct Connection {
    results: Results,
    inputs: Inputs,
    notices: Notices,
}

/// Starts the worker and keeps the analysis and the diff (while `view`
/// is the diff) in step with the inputs.
pub fn connect(results: Results, inputs: Inputs, notices: Notices, view: RwSignal<View>) {
    let c = Connection { results, inputs, notices };
    let runner = Runner::new(move |event| c.on_event(event));
    results.runner.set_value(Some(runner));
    on_cleanup(move || {
        if let Some(r) = results.runner.try_get_value().flatten() {
            r.stop();
        }
    });
    // The analysis follows the inputs, debounced after the first run.
    Effect::new(move |first: Option<()>| {
        inputs.versions.track();
        inputs.reference.track();
        if first.is_none() {
            c.analyse_now();
        } else {
            c.analyse_soon();
        }
    });
    // The diff follows the pair, while its view is shown.
    Effect::new(move |_| {
        if view.get() != View::Diff {
            return;
        }
        let pair = inputs.pair.get();
        let punctuation = inputs.punctuation.get();
        let texts = inputs.versions.with(|v| {
            pair.resolve(v).map(|(o, n)| (v.entries()[o].text.clone(), v.entries()[n].text.clone()))
        });
        c.request_diff(texts, punctuation);
    });
}

/// Sends the current inputs to the worker at once (Retry).
pub fn analyse_now(results: Results, inputs: Inputs, notices: Notices) {
    Connection { results, inputs, notices }.analyse_now();
}

impl Results {
    /// Asks the worker for a report to download, honouring `triage`.
    pub fn export(self, format: ExportFormat, triage: Triage) {
        let request = Request::Export {
            format,
            dismissed: triage.dismissed.get_untracked().into_iter().collect(),
            confirmed: triage.confirmed.get_untracked().into_iter().collect(),
        };
        if let Some(runner) = self.runner.try_get_value().flatten() {
            runner.export(&request);
        }
    }

    /// Makes the worker panic (tests of recovery).
    pub fn crash_worker(self) {
        if let Some(runner) = self.runner.try_get_value().flatten() {
            runner.crash();
        }
    }
}

impl Connection {
    /// Asks for an analysis after a pause in the changes. The shown result
    /// is out of date from now on.
    fn analyse_soon(self) {
        let results = self.results;
        if let Some(h) = results.analyse_timer.try_get_value().flatten() {
            h.clear();
        }
        if results.run.get_untracked() != RunState::Pending {
            results.run.set(RunState::Pending);
        }
        let handle =
            set_timeout_with_handle(move || self.analyse_now(), Duration::from_millis(DEBOUNCE_MS))
                .ok();
        results.analyse_timer.set_value(handle);
    }

    /// Sends the current inputs to the worker.
    fn analyse_now(self) {
        let results = self.results;
        let Some(runner) = results.runner.try_get_value().flatten() else { return };
        let workspace = snapshot(self.inputs, None);
        let keys = self.inputs.versions.with_untracked(|v| v.keys());
        let bytes: usize = workspace.versions.iter().map(|v| v.text.len()).sum();
        let generation = runner.analyze(|generation| {
            let request = Request::Analyze { generation, workspace: Cow::Borrowed(&workspace) };
            serde_json::to_string(&request).unwrap_or_default()
        });
        let versions = keys.len();
        let texts: Vec<String> = workspace.versions.into_iter().map(|v| v.text).collect();
        results.sent.update_value(|sent| {
            sent.retain(|g, _| *g > generation.saturating_sub(8));
            sent.insert(generation, (texts, keys));
        });
        results.run.set(RunState::Running { since: now(), bytes, versions });
    }

    fn request_diff(self, texts: Option<(String, String)>, punctuation: bool) {
        let results = self.results;
        let Some((old, new)) = texts else {
            results.diff.set(None);
            return;
        };
        let Some(runner) = results.runner.try_get_value().flatten() else { return };
        let generation = runner.diff(|generation| {
            let request = Request::Diff {
                generation,
                old: Cow::Borrowed(&old),
                new: Cow::Borrowed(&new),
                punctuation,
            };
            serde_json::to_string(&request).unwrap_or_default()
        });
        results.sent_diff.set_value(Some((generation, old, new)));
        results.diff_running.set(true);
    }

    fn on_event(self, event: Event) {
        let results = self.results;
        match event {
            Event::Analysis { generation, model, millis } => {
                let Some((texts, keys)) =
                    results.sent.try_update_value(|s| s.remove(&generation)).flatten()
                else {
                    return;
                };
                results.result.set(Some(Arc::new(AnalysisResult::new(
                    generation, model, texts, keys, millis,
                ))));
                // Inputs changed since this was asked for: still out of date.
                if results.run.get_untracked() != RunState::Pending {
                    results.run.set(RunState::Idle);
                }
            }
            Event::Diff { generation, diff } => {
                let sent = results
                    .sent_diff
                    .try_update_value(|s| s.take_if(|(g, _, _)| *g == generation))
                    .flatten();
                if let Some((_, old, new)) = sent {
                    results.diff.set(Some(Arc::new(DiffResult { old, new, diff })));
                    results.diff_running.set(false);
                }
            }
            Event::Export { generation, format, text } => {
                let current = results.result.with_untracked(|r| r.as_ref().map(|r| r.generation));
                if current == Some(generation) {
                    download(format, &text);
                } else {
                    self.notices.notify(
                        Tone::Error,
                        "The analysis changed while the report was written; try again.",
                    );
                }
            }
            Event::Crashed { lost_analysis, restarting } => {
                results.diff_running.set(false);
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
                    results.run.set(RunState::Failed(message.clone()));
                }
                // Otherwise what was waiting goes to the new worker, and
                // the indicator stays as it is.
                let retry = NoticeAction::Retry(Arc::new(move || self.analyse_now()));
                self.notices.push(Tone::Error, message, Some(retry));
            }
            Event::Failed(message) => {
                self.notices.notify(Tone::Error, format!("The analysis failed: {message}"));
            }
        }
    }
}

/// Offers `text` as a file download.
fn download(format: ExportFormat, text: &str) {
    let name = format!("storydiff-report.{}", format.extension());
    if let Err(message) = crate::download::download(&name, format.mime(), text) {
        web_sys::console::warn_1(&message.into());
    }
}
