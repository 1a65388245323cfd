use super::ThemeSwitch;
use crate::state::AppState;
use leptos::prelude::*;

/// The page's title, what it does, the theme switch and the keyboard help.
#[component]
pub fn Masthead() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <header class="masthead">
            <div class="brand">
                <h1>"storydiff"</h1>
                <p class="tagline">
                    "Compare versions of a news story and see where they disagree about facts. "
                    "Paste a version, open files, or drop them anywhere on this page. "
                    "Everything stays in your browser; nothing is uploaded."
                </p>
            </div>
            <div class="masthead-tools">
                <ThemeSwitch />
                <button
                    type="button"
                    class="secondary"
                    aria-keyshortcuts="?"
                    on:click=move |_| state.help.set(true)
                >
                    "Keyboard shortcuts"
                </button>
            </div>
        </header>
    }
}
