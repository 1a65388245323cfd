use super::{StatusBar, ViewTabs};
use crate::components::diff::DiffPanel;
use crate::components::findings::FindingList;
use crate::components::matrix::ClaimsMatrix;
use crate::components::overview::Overview;
use crate::components::reading::AlignedView;
use crate::components::Later;
use crate::state::{Navigation, Results, RunState, View};
use leptos::prelude::*;

/// The results: the analysis status, the view tabs and the view shown.
/// Only the shown view is in the page, which keeps long stories light.
#[component]
pub fn ResultsPanel() -> impl IntoView {
    let results = expect_context::<Results>();
    let nav = expect_context::<Navigation>();
    let stale = move || matches!(results.run.get(), RunState::Pending | RunState::Running { .. });
    view! {
        <main
            id="results"
            class="results"
            tabindex="-1"
            aria-labelledby="results-heading"
            data-versions=move || results.result.with(|r| r.as_ref().map_or(0, |r| r.model.documents.len()))
            data-generation=move || results.result.with(|r| r.as_ref().map_or(0, |r| r.generation))
        >
            <h2 id="results-heading" class="visually-hidden">"Results"</h2>
            <StatusBar />
            <ViewTabs />
            <section
                id="view-panel"
                class="view-panel"
                role="tabpanel"
                tabindex="-1"
                aria-labelledby=move || format!("tab-{}", nav.view.get().id())
                aria-busy=move || stale().to_string()
            >
                <Later>
                {move || match nav.view.get() {
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
