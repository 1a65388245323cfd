use crate::components::notices::NoticeList;
use crate::components::print::PrintReport;
use crate::components::share::ShareBar;
use crate::components::shell::{FactHighlight, HelpDialog, PageTools, ResultsPanel, Shortcuts};
use crate::components::versions::{PageDropZone, PagePaste, VersionPanel, VersionStrip};
use crate::components::Later;
use crate::state::{AppState, Ui};
use leptos::prelude::*;

/// The whole page. Restores the saved workspace (or the sample story),
/// provides the state's contexts, starts the analysis worker and keeps
/// the workspace saved.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::restore();
    state.provide();
    state.connect();
    view! { <Page /> }
}

/// The page's layout around the state's contexts already provided (tests
/// mount it with a state of their own). It goes after index.html's static
/// skip link and title, which paint before the wasm has loaded.
#[component]
pub fn Page() -> impl IntoView {
    let ui = expect_context::<Ui>();
    // Each region renders in a task of its own, top to bottom (nothing
    // already on screen moves): the first visit's layout is several short
    // tasks, and the static title stays the largest paint.
    view! {
        <PageDropZone />
        <PagePaste />
        <Shortcuts />
        <FactHighlight />
        <Later>
            <div class="toolbar">
                <ShareBar />
                <PageTools />
            </div>
        </Later>
        <NoticeList />
        <div
            class="workspace"
            class:printing=move || ui.printing.get()
            class:versions-open=move || ui.versions_open.get()
        >
            <Later>
                <VersionStrip />
                <VersionPanel />
            </Later>
            <Later>
                <ResultsPanel />
            </Later>
        </div>
        <Show when=move || ui.printing.get()>
            <PrintReport />
        </Show>
        <HelpDialog />
    }
}
