use crate::state::{Inputs, Ui};
use crate::workspace::label_of;
use leptos::prelude::*;

/// On a phone, the versions in one line — each version's letter and
/// name — and a button that opens the full list (to add, edit or remove
/// versions), so that the results come first. Hidden on wider screens,
/// where the list stands beside the results. The line scrolls sideways
/// and takes the focus, so that a keyboard can scroll it too.
#[component]
pub fn VersionStrip() -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let ui = expect_context::<Ui>();
    let chips = move || {
        inputs.versions.with(|v| {
            v.entries()
                .iter()
                .enumerate()
                .map(|(i, e)| (label_of(i), e.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <nav class="version-strip" aria-label="Versions">
            <ul class="chips" tabindex="0" aria-label="Versions by letter (scrolls sideways)">
                {move || chips().into_iter().map(|(label, name)| view! {
                    <li class="chip"><span class="version-letter">{label}</span>" "<span class="name">{name}</span></li>
                }).collect_view()}
            </ul>
            <button
                type="button"
                class="secondary small"
                aria-expanded=move || ui.versions_open.get().to_string()
                aria-controls="versions"
                on:click=move |_| ui.versions_open.update(|o| *o = !*o)
            >
                {move || if ui.versions_open.get() { "Hide versions" } else { "Add or edit versions" }}
            </button>
            <Show when=move || inputs.is_sample()>
                <p class="sample-note">
                    <strong>"This is a sample:"</strong>
                    " five rewrites of one AP story — paste or drop your own versions."
                </p>
            </Show>
        </nav>
    }
}
