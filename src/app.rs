use crate::components::notices::NoticeList;
use crate::components::print::PrintReport;
use crate::components::share::ShareBar;
use crate::components::shell::{FactHighlight, HelpDialog, Masthead, ResultsPanel, Shortcuts};
use crate::components::versions::{PageDropZone, PagePaste, VersionPanel};
use crate::state::AppState;
use leptos::prelude::*;

/// The whole page. Restores the saved workspace (or the sample story),
/// provides the [`AppState`], starts the analysis worker and keeps the
/// workspace saved.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::restore();
    provide_context(state);
    state.connect();
    view! { <Page /> }
}

/// The page's layout around an [`AppState`] already in context (tests
/// mount it with a state of their own).
#[component]
pub fn Page() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <a class="skip-link" href="#results">"Skip to results"</a>
        <PageDropZone />
        <PagePaste />
        <Shortcuts />
        <FactHighlight />
        <Masthead />
        <NoticeList />
        <ShareBar />
        <div class="workspace" class:printing=move || state.printing.get()>
            <VersionPanel />
            <ResultsPanel />
        </div>
        <Show when=move || state.printing.get()>
            <PrintReport />
        </Show>
        <HelpDialog />
    }
}
