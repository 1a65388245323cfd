use crate::state::{AppState, Tone};
use leptos::prelude::*;

/// The messages on screen, newest last, each with a dismiss button and,
/// for the latest undoable action, an undo button.
#[component]
pub fn NoticeList() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="notices" aria-live="polite">
            <For each=move || state.notices.get() key=|n| n.id let:notice>
                {
                    let id = notice.id;
                    let can_undo = move || state.notices.with(|ns| ns.iter().any(|n| n.id == id && n.undo.is_some()));
                    let (class, role) = match notice.tone {
                        Tone::Info => ("notice info", "status"),
                        Tone::Error => ("notice error", "alert"),
                    };
                    view! {
                        <div class=class role=role>
                            <p>{notice.message}</p>
                            <Show when=can_undo>
                                <button type="button" class="secondary" on:click=move |_| state.undo(id)>"Undo"</button>
                            </Show>
                            <button type="button" class="dismiss" on:click=move |_| state.dismiss(id) aria-label="Dismiss message">
                                <span aria-hidden="true">"×"</span>
                            </button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}
