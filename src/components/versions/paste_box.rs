use crate::state::Inputs;
use crate::storage;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// A text box to paste a version into, with an optional name. What is typed
/// here survives a reload.
#[component]
pub fn PasteBox() -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let draft = RwSignal::new(storage::load_draft());
    let name = RwSignal::new(String::new());
    // Storage is the outside world: an effect keeps the draft there.
    Effect::new(move |_| draft.with(|d| storage::save_draft(d)));
    let add = move |ev: SubmitEvent| {
        ev.prevent_default();
        if inputs.add_text(&name.get_untracked(), draft.get_untracked(), "Pasted text") {
            draft.set(String::new());
            name.set(String::new());
        }
    };
    view! {
        <form class="paste-box" on:submit=add>
            <label for="paste-text">"Paste a version"</label>
            <textarea
                id="paste-text"
                rows="5"
                placeholder="Paste the text of one version of the story here"
                prop:value=move || draft.get()
                on:input=move |ev| draft.set(event_target_value(&ev))
            ></textarea>
            <div class="paste-row">
                <label for="paste-name">"Name"</label>
                <input
                    id="paste-name"
                    type="text"
                    placeholder="optional, e.g. outlet-b.txt"
                    autocomplete="off"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
                <button type="submit">"Add version"</button>
            </div>
        </form>
    }
}
