use super::VersionCard;
use crate::state::AppState;
use leptos::prelude::*;

/// The versions in order, one card each.
#[component]
pub fn VersionList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let empty = move || state.versions.with(|v| v.is_empty());
    view! {
        <Show
            when=move || !empty()
            fallback=|| view! { <p class="empty">"No versions yet: paste a text or drop files below."</p> }
        >
            <ol class="version-list">
                <For each=move || state.versions.with(|v| v.keys()) key=|k| *k let:version>
                    <VersionCard version />
                </For>
            </ol>
        </Show>
    }
}
