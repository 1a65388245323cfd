use super::{FilePicker, PasteBox, VersionList};
use crate::state::AppState;
use leptos::prelude::*;

/// The versions column: the list, and the ways to add more.
#[component]
pub fn VersionPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="panel version-panel" aria-labelledby="versions-heading">
            <div class="panel-head">
                <h2 id="versions-heading">"Versions"</h2>
                <div class="panel-actions">
                    <FilePicker />
                    <button type="button" class="secondary" on:click=move |_| state.load_sample()>
                        "Load sample story"
                    </button>
                </div>
            </div>
            <VersionList />
            <PasteBox />
        </section>
    }
}
