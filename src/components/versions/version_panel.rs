use super::{FilePicker, PasteBox, VersionList};
use crate::components::progressive;
use crate::state::Inputs;
use leptos::prelude::*;

/// The versions column: the list, the ways to add more, and the settings
/// of the comparison (reference, publication date).
#[component]
pub fn VersionPanel() -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let count = move || inputs.versions.with(|v| v.len());
    // Cards are laid out a few per task (fifty would be one long task, and
    // the first visit would wait for all five sample cards); what follows
    // them waits for the last, so that nothing on screen moves down.
    let shown = progressive(count, || 1);
    // Once there, it stays: a version added later must not take the paste
    // box (and what is typed in it) away while its card is laid out.
    let cards_laid_out =
        Memo::new(move |before: Option<&bool>| before == Some(&true) || shown.get() >= count());
    let set_date = move |ev| {
        let value = event_target_value(&ev);
        inputs.document_date.set((!value.trim().is_empty()).then_some(value));
    };
    view! {
        <aside class="panel version-panel" aria-labelledby="versions-heading">
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
            <VersionList shown />
            <Show when=move || cards_laid_out.get()>
            <PasteBox />
            <div class="setting">
                <label for="document-date">"Publication date"</label>
                <input
                    id="document-date"
                    type="date"
                    aria-describedby="document-date-help"
                    prop:value=move || inputs.document_date.get().unwrap_or_default()
                    on:change=set_date
                />
                <p id="document-date-help" class="help">
                    "Optional: resolves “Thursday” or “the previous day” to dates."
                </p>
            </div>
            </Show>
        </aside>
    }
}
