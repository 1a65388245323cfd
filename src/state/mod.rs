//! The app state, one context per concern, so that a component asks for
//! only what it uses:
//!
//! - [`Inputs`] — the versions, the reference, the pair, the comparison's
//!   settings, and the edits to them (`inputs.rs`);
//! - [`Triage`] — the findings the user dismissed (`triage.rs`);
//! - [`Results`] — what the analysis worker answered (`results.rs`), kept
//!   in step with the inputs by `analysis.rs`;
//! - [`Notices`] — messages to the user, with undo (`notices.rs`);
//! - [`Navigation`] — the view, the selected finding, filters, jumps
//!   (`navigation.rs`);
//! - [`Ui`] — theme, print layout, keyboard help (`ui.rs`).
//!
//! `address.rs` keeps the view, the selected finding and the compared pair
//! in the address's fragment, so that Back walks the places visited;
//! `saving.rs` turns the inputs and triage into the one saved form (the
//! workspace crate's `Workspace`) and keeps it in localStorage; `hooks.rs`
//! holds the test hooks. [`AppState`] bundles the handles for the code
//! that sets the page up (and for tests).
//!
//! Derive, don't sync: the analysis is the worker's answer to the inputs;
//! effects only talk to the outside world (the worker, storage, the page).

mod address;
mod analysis;
mod hooks;
mod inputs;
mod navigation;
mod notices;
mod results;
mod saving;
mod triage;
mod ui;

pub use address::Place;
pub use analysis::{analyse_now, DEBOUNCE_MS, LARGE_INPUT_BYTES};
pub use inputs::{files_of, sample_versions, Inputs};
pub use navigation::{Filters, Jump, Navigation, View};
pub use notices::{Notice, NoticeAction, Notices, Tone};
pub use results::{AnalysisResult, DiffResult, Results, RunState};
pub use saving::{apply, snapshot};
pub use triage::Triage;
pub use ui::{Theme, Ui};

use crate::storage::{self, Loaded, Settings};
use leptos::prelude::*;
use storydiff_workspace::Workspace;

/// Every concern's handle. Copy: a bundle of handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The user's inputs.
    pub inputs: Inputs,
    /// The user's triage of the findings.
    pub triage: Triage,
    /// The worker's answers.
    pub results: Results,
    /// Messages on screen.
    pub notices: Notices,
    /// Where the user is in the results.
    pub nav: Navigation,
    /// Theme, print layout, help.
    pub ui: Ui,
}

impl AppState {
    /// State holding `workspace`, with no worker (tests set results by hand).
    pub fn new(workspace: &Workspace, settings: &Settings) -> AppState {
        let notices = Notices::new();
        let inputs = Inputs::new(Default::default(), notices);
        let triage = Triage::new(notices);
        apply(inputs, triage, workspace);
        let results = Results::new();
        let view = View::from_id(&settings.view).unwrap_or(View::Overview);
        AppState {
            inputs,
            triage,
            results,
            notices,
            nav: Navigation::new(view, results, triage, notices),
            ui: Ui::new(Theme::from_id(&settings.theme)),
        }
    }

    /// State as saved in this browser; the sample story on a first visit.
    pub fn restore() -> AppState {
        let sample = || Workspace::new(sample_versions().to_workspace());
        let settings = storage::load_settings();
        match storage::load() {
            Loaded::Workspace(w) => AppState::new(&w, &settings),
            Loaded::Nothing => AppState::new(&sample(), &settings),
            Loaded::Unreadable => {
                let state = AppState::new(&sample(), &settings);
                state.notices.notify(
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

    /// Provides each concern as a context of its own.
    pub fn provide(self) {
        provide_context(self.inputs);
        provide_context(self.triage);
        provide_context(self.results);
        provide_context(self.notices);
        provide_context(self.nav);
        provide_context(self.ui);
    }

    /// Starts the worker and keeps the analysis, the diff, storage and the
    /// theme in step with the inputs.
    pub fn connect(self) {
        analysis::connect(self.results, self.inputs, self.notices, self.nav.view);
        saving::persist(self.inputs, self.triage, self.notices, self.ui, self.nav.view);
        address::follow(self.nav, self.inputs, self.results);
        hooks::listen(self.results);
    }

    /// The workspace as it is now (untracked).
    pub fn workspace(self) -> Workspace {
        snapshot(self.inputs, Some(self.triage))
    }
}
