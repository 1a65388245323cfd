use super::{Side, VersionSelect};
use crate::state::Inputs;
use leptos::prelude::*;

/// The two version choosers, with a button to swap them.
#[component]
pub fn PairPicker() -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let swap = move |_| {
        let swapped = inputs.versions.with_untracked(|v| inputs.pair.get_untracked().swapped(v));
        inputs.pair.set(swapped);
    };
    view! {
        <div class="pair-picker">
            <VersionSelect side=Side::Old />
            <button type="button" class="secondary swap" on:click=swap title="Swap the two versions">
                <span aria-hidden="true">"⇄"</span>
                <span class="visually-hidden">"Swap the two versions"</span>
            </button>
            <VersionSelect side=Side::New />
        </div>
    }
}
