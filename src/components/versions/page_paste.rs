use crate::state::{files_of, Inputs};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, Element};

/// Pasting anywhere on the page outside a text field adds the clipboard's
/// text (or files) as a new version. Renders nothing.
#[component]
pub fn PagePaste() -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let handle = window_event_listener(ev::paste, move |ev: ClipboardEvent| {
        if in_editable(&ev) {
            return;
        }
        let Some(data) = ev.clipboard_data() else { return };
        let files = data.files().map(|l| files_of(&l)).unwrap_or_default();
        if !files.is_empty() {
            ev.prevent_default();
            inputs.add_files(files);
            return;
        }
        let text = data.get_data("text/plain").unwrap_or_default();
        ev.prevent_default();
        inputs.add_text("", text, "Pasted text");
    });
    on_cleanup(move || handle.remove());
}

/// True when the paste goes into a text field, where it means typing.
fn in_editable(ev: &ClipboardEvent) -> bool {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return false };
    el.closest("input, textarea, select, [contenteditable]").ok().flatten().is_some()
}
