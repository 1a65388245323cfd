use super::share_bar::replace_workspace;
use super::Status;
use crate::download;
use crate::state::{snapshot, Inputs, Triage};
use leptos::html;
use leptos::prelude::*;
use storydiff_workspace::{Workspace, MAX_JSON_BYTES};
use wasm_bindgen_futures::JsFuture;

/// Saves the workspace as a `.storydiff.json` file, and opens one.
#[component]
pub fn WorkspaceFile(
    /// Where the outcome is reported.
    status: RwSignal<Option<Status>>,
) -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let triage = expect_context::<Triage>();
    let input = NodeRef::<html::Input>::new();
    let save = move |_| {
        let json = snapshot(inputs, Some(triage)).to_json();
        if let Err(why) =
            download::download("storydiff-workspace.storydiff.json", "application/json", &json)
        {
            status.set(Some(Status::error(why)));
        }
    };
    let picked = move |_| {
        let Some(el) = input.get() else { return };
        let file = el.files().and_then(|l| l.item(0));
        el.set_value("");
        let Some(file) = file else { return };
        let name = file.name();
        if file.size() as usize > MAX_JSON_BYTES {
            status.set(Some(Status::error(format!("{name} is too large to be a workspace file."))));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
            let Some(text) = text else {
                status.set(Some(Status::error(format!("{name} could not be read."))));
                return;
            };
            match Workspace::from_json(&text) {
                Ok(ws) => replace_workspace(inputs, triage, status, &ws, &name),
                Err(e) => {
                    status.set(Some(Status::error(format!("{name} could not be opened: {e}"))))
                }
            }
        });
    };
    view! {
        <div class="workspace-file" role="group" aria-label="Workspace file">
            <button type="button" class="secondary" on:click=save
                title="Download all versions as a .storydiff.json file">"Save workspace"</button>
            <button type="button" class="secondary" on:click=move |_| {
                if let Some(el) = input.get() {
                    el.click();
                }
            }>"Open workspace…"</button>
            <input node_ref=input type="file" hidden aria-label="Open workspace file"
                accept=".json,application/json" on:change=picked />
        </div>
    }
}
