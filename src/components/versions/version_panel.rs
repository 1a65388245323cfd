use super::{FilePicker, PasteBox, SampleNote, VersionList};
use crate::components::progressive;
use crate::state::Inputs;
use leptos::prelude::*;

/// The versions column: the ways to add versions first (in view on a first
/// visit), then the list with its reference choice. Each version carries
/// its own publication date on its card.
#[component]
pub fn VersionPanel() -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let count = move || inputs.versions.with(|v| v.len());
    // Cards are laid out a few per task (fifty would be one long task, and
    // the first visit would wait for all five sample cards).
    let shown = progressive(count, || 1);
    view! {
        <aside id="versions" class="panel version-panel" aria-labelledby="versions-heading">
            <div class="panel-head">
                <h2 id="versions-heading">"Versions " <span class="count">{move || format!("({})", count())}</span></h2>
                <div class="panel-actions">
                    <FilePicker />
                    <button type="button" class="secondary" on:click=move |_| inputs.load_sample()>
                        "Load sample"
                    </button>
                    <button
                        type="button"
                        class="secondary danger"
                        disabled=move || count() == 0
                        on:click=move |_| inputs.clear_all()
                    >
                        "Clear all"
                    </button>
                </div>
            </div>
            <SampleNote />
            <PasteBox />
            <VersionList shown />
        </aside>
    }
}
