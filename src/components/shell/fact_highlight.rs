use crate::state::AppState;
use leptos::prelude::*;

/// Highlights every claim of the hovered or focused fact, in every column,
/// with one style rule: cheaper than a signal per claim.
#[component]
pub fn FactHighlight() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rule = move || {
        state.hovered_fact.get().map_or(String::new(), |f| {
            format!(".claim[data-fact=\"{f}\"]{{background:var(--fact-bg);box-shadow:0 0 0 2px var(--fact-ring);border-radius:2px}}")
        })
    };
    view! { <style>{rule}</style> }
}
