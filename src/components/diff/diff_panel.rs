use super::{DiffView, PairPicker};
use crate::state::{Inputs, Results};
use leptos::prelude::*;

/// The pairwise diff view: the pair picker, the punctuation switch and the
/// diff of the chosen pair (computed by the worker).
#[component]
pub fn DiffPanel() -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let results = expect_context::<Results>();
    let has_pair = move || inputs.versions.with(|v| v.len() >= 2);
    let diff = Signal::derive(move || results.diff.get());
    view! {
        <div class="diff-panel">
            <h2 class="view-heading" id="diff-heading">"Compare two versions"</h2>
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
                            prop:checked=move || inputs.punctuation.get()
                            on:change=move |ev| inputs.punctuation.set(event_target_checked(&ev))
                        />
                        "Show punctuation changes"
                    </label>
                </div>
                <DiffView diff busy=results.diff_running />
            </Show>
        </div>
    }
}
