use crate::state::{Notices, Tone};
use crate::worker_handle::now;
use leptos::prelude::*;
use std::time::Duration;

/// How long a message that reports success stays, in ms; one that offers
/// an undo stays longer. Problems stay until dismissed.
const INFO_MS: f64 = 8_000.0;
const UNDO_MS: f64 = 20_000.0;

/// The messages, over the page's bottom corner (they never push the
/// results down): the newest in full, the earlier ones behind a button
/// that counts them. Success messages leave by themselves after a while
/// (not while the pointer or the focus is on them); problems stay until
/// dismissed. Each has a dismiss button and, when it offers one, Undo or
/// Retry.
#[component]
pub fn NoticeList() -> impl IntoView {
    let notices = expect_context::<Notices>();
    let expanded = RwSignal::new(false);
    // While the pointer or the focus is on the messages, none leaves.
    let held = RwSignal::new(false);
    let handle = set_interval_with_handle(
        move || {
            if held.get_untracked() {
                return;
            }
            let t = now();
            let old = notices.list.with_untracked(|ns| {
                ns.iter()
                    .filter(|n| n.tone == Tone::Info)
                    .filter(|n| {
                        let life = if n.action.is_some() { UNDO_MS } else { INFO_MS };
                        t - n.shown_at > life
                    })
                    .map(|n| n.id)
                    .collect::<Vec<_>>()
            });
            for id in old {
                notices.dismiss(id);
            }
        },
        Duration::from_millis(1000),
    )
    .ok();
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
    });
    let release = move || {
        held.set(false);
        notices.refresh();
    };
    let count = move || notices.list.with(Vec::len);
    view! {
        <div
            class="notices"
            aria-live="polite"
            on:mouseenter=move |_| held.set(true)
            on:mouseleave=move |_| release()
            on:focusin=move |_| held.set(true)
            on:focusout=move |_| release()
        >
            <Show when=move || { count() > 1 }>
                <button
                    type="button"
                    class="secondary small notices-toggle"
                    aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || {
                        let earlier = count().saturating_sub(1);
                        if expanded.get() {
                            "Hide earlier messages".to_string()
                        } else if earlier == 1 {
                            "1 earlier message".to_string()
                        } else {
                            format!("{earlier} earlier messages")
                        }
                    }}
                </button>
            </Show>
            <For each=move || notices.list.get() key=|n| n.id let:notice>
                {
                    let id = notice.id;
                    let action = move || {
                        notices.list.with(|ns| {
                            ns.iter().find(|n| n.id == id).and_then(|n| n.action.as_ref()).map(|a| a.label())
                        })
                    };
                    let latest = move || notices.list.with(|ns| ns.last().map(|n| n.id) == Some(id));
                    let (class, role) = match notice.tone {
                        Tone::Info => ("notice info", "status"),
                        Tone::Error => ("notice error", "alert"),
                    };
                    view! {
                        <div class=class role=role hidden=move || !latest() && !expanded.get()>
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
