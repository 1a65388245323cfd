use super::share_bar::replace_workspace;
use super::Status;
use crate::share;
use crate::state::{Inputs, Triage};
use leptos::ev;
use leptos::prelude::*;
use storydiff_workspace::share::{decode, Payload, Sealed};

/// Opens a share link: on load and whenever the address's fragment
/// changes, a `#w=…` payload replaces the workspace (with a way back). A
/// damaged or hostile link gets a message and changes nothing; an
/// encrypted one asks for its passphrase.
#[component]
pub fn LinkOpener(
    /// Where the outcome is reported.
    status: RwSignal<Option<Status>>,
) -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let triage = expect_context::<Triage>();
    let sealed = RwSignal::new(None::<Sealed>);
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let open_address = move || {
        let Some(payload) = share::payload_in_address() else { return };
        share::clear_address_fragment();
        match decode(&payload) {
            Ok(Payload::Plain(ws)) => {
                replace_workspace(inputs, triage, status, &ws, "the shared workspace")
            }
            Ok(Payload::Encrypted(s)) => {
                status.set(None);
                sealed.set(Some(s));
            }
            Err(e) => status.set(Some(Status::error(e.to_string()))),
        }
    };
    open_address();
    let handle = window_event_listener(ev::hashchange, move |_| open_address());
    on_cleanup(move || handle.remove());
    let unlock = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let Some(s) = sealed.get_untracked() else { return };
        let secret = passphrase.get_untracked();
        busy.set(true);
        leptos::task::spawn_local(async move {
            match share::unseal(&s, &secret).await {
                Ok(ws) => {
                    sealed.set(None);
                    passphrase.set(String::new());
                    replace_workspace(inputs, triage, status, &ws, "the shared workspace");
                }
                Err(why) => status.set(Some(Status::error(why))),
            }
            busy.set(false);
        });
    };
    view! {
        <Show when=move || sealed.with(Option::is_some)>
            <form class="share-panel unlock" aria-label="Open protected link" on:submit=unlock>
                <p>"This shared link is protected by a passphrase."</p>
                <label for="unlock-passphrase">"Passphrase"</label>
                <input id="unlock-passphrase" type="password" autocomplete="off"
                    prop:value=move || passphrase.get()
                    on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                <button type="submit" disabled=move || busy.get()>
                    {move || if busy.get() { "Opening…" } else { "Open" }}
                </button>
                <button type="button" class="secondary" on:click=move |_| sealed.set(None)>"Cancel"</button>
            </form>
        </Show>
    }
}
