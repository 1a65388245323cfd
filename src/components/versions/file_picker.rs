use crate::state::{files_of, Inputs};
use leptos::html;
use leptos::prelude::*;

/// A button that opens the system file chooser (several files at once).
#[component]
pub fn FilePicker() -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let input = NodeRef::<html::Input>::new();
    let picked = move |_| {
        let Some(el) = input.get() else { return };
        if let Some(list) = el.files() {
            inputs.add_files(files_of(&list));
        }
        // Picking the same file again must fire `change` again.
        el.set_value("");
    };
    view! {
        <span class="file-picker">
            <button type="button" class="secondary" on:click=move |_| {
                if let Some(el) = input.get() {
                    el.click();
                }
            }>"Open files…"</button>
            <input
                node_ref=input
                id="file-input"
                type="file"
                multiple
                hidden
                accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html"
                on:change=picked
            />
        </span>
    }
}
