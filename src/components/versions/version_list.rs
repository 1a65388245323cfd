use super::VersionCard;
use crate::state::Inputs;
use leptos::prelude::*;

/// The versions in order, one card each, and the choice of what they are
/// judged against (the consensus, or one version marked as the reference).
/// Only the first `shown` cards are laid out (the panel lays them out a
/// few per task).
#[component]
pub fn VersionList(shown: ReadSignal<usize>) -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let empty = move || inputs.versions.with(|v| v.is_empty());
    view! {
        <Show
            when=move || !empty()
            fallback=|| view! { <p class="empty">"No versions yet: paste a text, open files or drop them on this page."</p> }
        >
            <div class="reference-choice" role="radiogroup" aria-labelledby="reference-label">
                <p id="reference-label" class="label">"Judge the versions against"</p>
                <label class="check">
                    <input
                        type="radio"
                        name="reference"
                        value="consensus"
                        prop:checked=move || inputs.reference.get().is_none()
                        on:change=move |_| inputs.set_reference(None)
                    />
                    "the consensus of all versions"
                </label>
                <p class="help">"or mark one version below as the reference (the source)."</p>
            </div>
            <ol class="version-list">
                <For
                    each=move || {
                        let shown = shown.get();
                        inputs.versions.with(|v| v.entries().iter().take(shown).map(|e| e.key).collect::<Vec<_>>())
                    }
                    key=|k| *k
                    let:version
                >
                    <VersionCard version />
                </For>
            </ol>
        </Show>
    }
}
