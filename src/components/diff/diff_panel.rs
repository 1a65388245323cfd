use super::{DiffView, PairPicker};
use crate::state::AppState;
use leptos::prelude::*;
use storydiff_engine::DiffOptions;

/// The pairwise diff section: the pair picker, the punctuation switch and
/// the diff of the chosen pair.
#[component]
pub fn DiffPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let texts = Memo::new(move |_| {
        let pair = state.pair.get();
        state.versions.with(|v| {
            pair.resolve(v).map(|(o, n)| (v.entries()[o].text.clone(), v.entries()[n].text.clone()))
        })
    });
    let has_pair = move || texts.with(|t| t.is_some());
    let old =
        Signal::derive(move || texts.with(|t| t.as_ref().map(|t| t.0.clone()).unwrap_or_default()));
    let new =
        Signal::derive(move || texts.with(|t| t.as_ref().map(|t| t.1.clone()).unwrap_or_default()));
    let options = Signal::derive(move || DiffOptions { punctuation: state.punctuation.get() });
    view! {
        <section class="panel diff-panel" aria-labelledby="diff-heading">
            <h2 id="diff-heading">"Compare two versions"</h2>
            <Show
                when=has_pair
                fallback=|| view! { <p class="empty">"Add at least two versions to compare them."</p> }
            >
                <div class="diff-controls">
                    <PairPicker />
                    <label class="check">
                        <input
                            type="checkbox"
                            id="show-punctuation"
                            prop:checked=move || state.punctuation.get()
                            on:change=move |ev| state.punctuation.set(event_target_checked(&ev))
                        />
                        "Show punctuation changes"
                    </label>
                </div>
                <DiffView old new options />
            </Show>
        </section>
    }
}
