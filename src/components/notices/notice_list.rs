use crate::state::{Notices, Tone};
use leptos::prelude::*;

/// The messages on screen, newest last, each with a dismiss button and,
/// when it offers one, an Undo or Retry button.
#[component]
pub fn NoticeList() -> impl IntoView {
    let notices = expect_context::<Notices>();
    view! {
        <div class="notices" aria-live="polite">
            <For each=move || notices.list.get() key=|n| n.id let:notice>
                {
                    let id = notice.id;
                    let action = move || {
                        notices.list.with(|ns| {
                            ns.iter().find(|n| n.id == id).and_then(|n| n.action.as_ref()).map(|a| a.label())
                        })
                    };
                    let (class, role) = match notice.tone {
                        Tone::Info => ("notice info", "status"),
                        Tone::Error => ("notice error", "alert"),
                    };
                    view! {
                        <div class=class role=role>
                            <span class="notice-icon" aria-hidden="true">
                                {if notice.tone == Tone::Error { "!" } else { "i" }}
                            </span>
                            <p>{notice.message}</p>
                            {move || action().map(|label| view! {
                                <button type="button" class="secondary small" on:click=move |_| notices.act(id)>{label}</button>
                            })}
                            <button type="button" class="dismiss" on:click=move |_| notices.dismiss(id) aria-label="Dismiss message">
                                <span aria-hidden="true">"×"</span>
                            </button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}
