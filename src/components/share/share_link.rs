use super::Status;
use crate::download;
use crate::share;
use crate::state::{snapshot, Inputs, Triage};
use leptos::prelude::*;
use storydiff_workspace::share::{encode, LINK_SIZE_ADVICE};

/// `12_345` → `"12.1 KB"`; `812` → `"812 bytes"`.
fn size_text(chars: usize) -> String {
    if chars < 1024 {
        format!("{chars} bytes")
    } else {
        format!("{:.1} KB", chars as f64 / 1024.0)
    }
}

/// Makes a link holding the whole workspace in its fragment, optionally
/// encrypted with a passphrase; shows its size and, for long links,
/// suggests the workspace file instead.
#[component]
pub fn ShareLink(
    /// Where problems are reported.
    status: RwSignal<Option<Status>>,
) -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let triage = expect_context::<Triage>();
    let open = RwSignal::new(false);
    let passphrase = RwSignal::new(String::new());
    let link = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let copied = RwSignal::new(false);
    // A link shows the workspace it was made of; changes make it stale.
    Effect::new(move |_| {
        inputs.versions.track();
        link.set(None);
    });
    let create = move |_| {
        let ws = snapshot(inputs, Some(triage));
        let secret = passphrase.get_untracked();
        copied.set(false);
        if secret.is_empty() {
            link.set(Some(share::link_for(&encode(&ws))));
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            match share::seal(&ws, &secret).await {
                Ok(payload) => link.set(Some(share::link_for(&payload))),
                Err(why) => status.set(Some(Status::error(why))),
            }
            busy.set(false);
        });
    };
    let copy = move |_| {
        let Some(text) = link.get_untracked() else { return };
        leptos::task::spawn_local(async move {
            match share::copy_to_clipboard(&text).await {
                Ok(()) => copied.set(true),
                Err(()) => status.set(Some(Status::error(
                    "The browser did not allow copying: select the link and copy it yourself.",
                ))),
            }
        });
    };
    let save_file = move |_| {
        let json = snapshot(inputs, Some(triage)).to_json();
        if let Err(why) =
            download::download("storydiff-workspace.storydiff.json", "application/json", &json)
        {
            status.set(Some(Status::error(why)));
        }
    };
    view! {
        <div class="share-link">
            <button type="button" class="secondary" aria-expanded=move || open.get().to_string()
                aria-controls="share-link-panel" on:click=move |_| open.update(|o| *o = !*o)>
                "Share link…"
            </button>
            <Show when=move || open.get()>
                <div id="share-link-panel" class="share-panel" role="group" aria-label="Share link">
                    <p class="hint">
                        "The link holds all versions in its part after #, which browsers never send to a server. "
                        "Anyone with the link can read them."
                    </p>
                    <label for="share-passphrase">"Passphrase (optional)"</label>
                    <input id="share-passphrase" type="password" autocomplete="new-password"
                        prop:value=move || passphrase.get()
                        on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                    <p class="hint">"With a passphrase the link is encrypted; send the passphrase another way."</p>
                    <button type="button" on:click=create disabled=move || busy.get()>
                        {move || if busy.get() { "Encrypting…" } else { "Create link" }}
                    </button>
                    {move || link.get().map(|url| {
                        let chars = url.len();
                        let long = chars > LINK_SIZE_ADVICE;
                        view! {
                            <div class="share-result">
                                <input class="share-url" readonly aria-label="Share link" prop:value=url.clone()
                                    on:focus=move |ev| {
                                        use wasm_bindgen::JsCast;
                                        if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                            el.select();
                                        }
                                    } />
                                <p class="link-size" data-link-chars=chars.to_string()>
                                    {format!("Link size: {} ({chars} characters).", size_text(chars))}
                                </p>
                                <button type="button" class="secondary" on:click=copy>
                                    {move || if copied.get() { "Copied" } else { "Copy link" }}
                                </button>
                                {long.then(|| view! {
                                    <p class="share-warning" role="note">
                                        {format!(
                                            "This link is {}. Chat apps, mail and some browsers cut or refuse links longer \
                                             than about {} KB, so send the workspace file instead.",
                                            size_text(chars),
                                            LINK_SIZE_ADVICE / 1000
                                        )}
                                    </p>
                                    <button type="button" on:click=save_file>"Save workspace file"</button>
                                })}
                            </div>
                        }
                    })}
                </div>
            </Show>
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_read_naturally() {
        assert_eq!(super::size_text(812), "812 bytes");
        assert_eq!(super::size_text(12_345), "12.1 KB");
    }
}
