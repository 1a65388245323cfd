use crate::state::Inputs;
use leptos::prelude::*;

/// Says that the story shown is the built-in sample, while it is (the
/// sample's versions, unchanged), and how to compare one's own.
#[component]
pub fn SampleNote() -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    view! {
        <Show when=move || inputs.is_sample()>
            <p class="sample-note" role="note">
                <strong>"This is a sample:"</strong>
                " five rewrites of one AP story — paste or drop your own versions."
            </p>
        </Show>
    }
}
