use super::{StatusBar, ViewTabs};
use crate::components::diff::DiffPanel;
use crate::components::findings::FindingList;
use crate::components::matrix::ClaimsMatrix;
use crate::components::overview::Overview;
use crate::components::reading::AlignedView;
use crate::components::Later;
use crate::state::{AppState, RunState, View};
use leptos::prelude::*;

/// The results: the analysis status, the view tabs and the view shown.
/// Only the shown view is in the page, which keeps long stories light.
#[component]
pub fn ResultsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let stale = move || matches!(state.run.get(), RunState::Pending | RunState::Running { .. });
    view! {
        <main
            id="results"
            class="results"
            tabindex="-1"
            aria-labelledby="results-heading"
            data-versions=move || state.result.with(|r| r.as_ref().map_or(0, |r| r.model.documents.len()))
            data-generation=move || state.result.with(|r| r.as_ref().map_or(0, |r| r.generation))
        >
            <h2 id="results-heading" class="visually-hidden">"Results"</h2>
            <StatusBar />
            <ViewTabs />
            <section
                id="view-panel"
                class="view-panel"
                role="tabpanel"
                tabindex="-1"
                aria-labelledby=move || format!("tab-{}", state.view.get().id())
                aria-busy=move || stale().to_string()
            >
                <Later>
                {move || match state.view.get() {
                    View::Overview => view! { <Overview /> }.into_any(),
                    View::Findings => view! { <FindingList /> }.into_any(),
                    View::Matrix => view! { <ClaimsMatrix /> }.into_any(),
                    View::Reading => view! { <AlignedView /> }.into_any(),
                    View::Diff => view! { <DiffPanel /> }.into_any(),
                }}
                </Later>
            </section>
        </main>
    }
}
