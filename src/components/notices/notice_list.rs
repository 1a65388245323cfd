use crate::state::{AppState, NoticeAction, Tone};
use leptos::prelude::*;

/// The messages on screen, newest last, each with a dismiss button and,
/// when it offers one, an Undo or Retry button.
#[component]
pub fn NoticeList() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="notices" aria-live="polite">
            <For each=move || state.notices.get() key=|n| n.id let:notice>
                {
                    let id = notice.id;
                    let action = move || {
                        state.notices.with(|ns| {
                            ns.iter().find(|n| n.id == id).and_then(|n| n.action.as_ref()).map(|a| match a {
                                NoticeAction::Undo(_) => "Undo",
                                NoticeAction::Retry => "Retry",
                            })
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
                                <button type="button" class="secondary small" on:click=move |_| state.act(id)>{label}</button>
                            })}
                            <button type="button" class="dismiss" on:click=move |_| state.dismiss_notice(id) aria-label="Dismiss message">
                                <span aria-hidden="true">"×"</span>
                            </button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}
