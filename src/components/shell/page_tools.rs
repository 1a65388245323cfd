use super::ThemeSwitch;
use crate::state::Ui;
use leptos::prelude::*;

/// The theme switch and the keyboard help, at the end of the toolbar row.
/// The page's title and what it does are static HTML in index.html, painted
/// before the wasm arrives.
#[component]
pub fn PageTools() -> impl IntoView {
    let ui = expect_context::<Ui>();
    view! {
        <div class="page-tools">
            <ThemeSwitch />
            <button
                type="button"
                class="secondary"
                aria-keyshortcuts="?"
                on:click=move |_| ui.help.set(true)
            >
                "Keyboard shortcuts"
            </button>
        </div>
    }
}
