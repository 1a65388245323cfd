use crate::components::diff::DiffPanel;
use crate::components::notices::NoticeList;
use crate::components::share::ShareBar;
use crate::components::summary::AnalysisSummary;
use crate::components::versions::{PageDropZone, PagePaste, VersionPanel};
use crate::state::AppState;
use leptos::prelude::*;

/// The whole page. Restores the saved versions (or the sample story),
/// provides the [`AppState`] and keeps it saved.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::restore();
    provide_context(state);
    state.persist();
    view! {
        <PageDropZone />
        <PagePaste />
        <header class="masthead">
            <h1>"storydiff"</h1>
            <p class="tagline">
                "Compare versions of a news story and see where they differ. "
                "Paste a version, open files, or drop .txt files anywhere on this page. "
                "Everything stays in your browser; nothing is uploaded."
            </p>
        </header>
        <NoticeList />
        <ShareBar />
        <main class="workspace">
            <VersionPanel />
            <div class="results">
                <AnalysisSummary />
                <DiffPanel />
            </div>
        </main>
    }
}
