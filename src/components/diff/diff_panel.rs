use super::{ChangeList, DiffPanes, DiffView, PairPicker};
use crate::components::plural;
use crate::model::pair::piece_changes;
use crate::state::{Inputs, Navigation, Results};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Screens at least this wide (CSS px) show the two panes side by side.
const TWO_PANES_PX: f64 = 960.0;

/// The pairwise diff view: the pair picker, the punctuation switch, the
/// changes with previous / next (buttons, and j / k), and the diff of the
/// chosen pair (computed by the worker) — two synchronised panes on wide
/// screens, one text on narrow ones.
#[component]
pub fn DiffPanel() -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let results = expect_context::<Results>();
    let nav = expect_context::<Navigation>();
    let has_pair = move || inputs.versions.with(|v| v.len() >= 2);
    let diff = Signal::derive(move || results.diff.get());
    let width = || web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64());
    let wide = RwSignal::new(width().is_none_or(|w| w >= TWO_PANES_PX));
    let resize = window_event_listener(ev::resize, move |_| {
        let now = width().is_none_or(|w| w >= TWO_PANES_PX);
        if wide.get_untracked() != now {
            wide.set(now);
        }
    });
    on_cleanup(move || resize.remove());
    // How many changes the view shown numbers.
    let count = Memo::new(move |_| {
        diff.with(|d| {
            d.as_ref().map_or(0, |d| {
                if wide.get() {
                    d.diff.sides.changes
                } else {
                    piece_changes(&d.diff.pieces).1
                }
            })
        })
    });
    Effect::new(move |_| nav.change_count.set(count.get()));
    // A new diff starts before its first change.
    Effect::new(move |_| {
        diff.track();
        nav.change.set(None);
    });
    // The current change is brought into view in every pane.
    Effect::new(move |_| {
        let Some(c) = nav.change.get() else { return };
        let selector = format!("#view-panel [data-change=\"{c}\"]");
        leptos::prelude::set_timeout(move || show_change(&selector), std::time::Duration::ZERO);
    });
    let names = Signal::derive(move || {
        let pair = inputs.pair.get();
        inputs.versions.with(|v| {
            let name = |i: usize| {
                v.entries()
                    .get(i)
                    .map(|e| format!("{} · {}", crate::workspace::label_of(i), e.name))
                    .unwrap_or_default()
            };
            pair.resolve(v).map_or((String::new(), String::new()), |(o, n)| (name(o), name(n)))
        })
    });
    let current = Signal::derive(move || nav.change.get());
    view! {
        <div class="diff-panel">
            <h2 class="view-heading" id="diff-heading">"Compare two versions"</h2>
            <Show
                when=has_pair
                fallback=|| view! { <p class="empty">"Add at least two versions to compare them."</p> }
            >
                <div class="diff-controls">
                    <PairPicker />
                    <label class="check">
                        <input
                            type="checkbox"
                            id="show-punctuation"
                            prop:checked=move || inputs.punctuation.get()
                            on:change=move |ev| inputs.punctuation.set(event_target_checked(&ev))
                        />
                        "Show punctuation changes"
                    </label>
                </div>
                <div class="diff-nav" role="group" aria-label="Changes">
                    <button type="button" class="secondary small" id="previous-change"
                        aria-keyshortcuts="k"
                        disabled=move || count.get() == 0
                        on:click=move |_| nav.step_change(-1)>"Previous change"</button>
                    <button type="button" class="secondary small" id="next-change"
                        aria-keyshortcuts="j"
                        disabled=move || count.get() == 0
                        on:click=move |_| nav.step_change(1)>"Next change"</button>
                    <span class="change-count" role="status">
                        {move || match (nav.change.get(), count.get()) {
                            (_, 0) => String::new(),
                            (Some(c), n) => format!("Change {} of {n}", c + 1),
                            (None, n) => format!("{}; j and k step through them.", plural(n as usize, "change", "changes")),
                        }}
                    </span>
                </div>
                <Show
                    when=move || wide.get()
                    fallback=move || view! { <DiffView diff busy=results.diff_running current /> }
                >
                    <div class="diff-view" aria-busy=move || results.diff_running.get().to_string()>
                        <super::DiffStats diff />
                        <ChangeList diff current />
                        <DiffPanes diff current names />
                    </div>
                </Show>
            </Show>
        </div>
    }
}

/// Brings every element of a change into view — inside its pane, the
/// page itself staying where it is — and focuses the last one (the "to"
/// side's).
fn show_change(selector: &str) {
    let Some(list) = leptos::prelude::document().query_selector_all(selector).ok() else { return };
    let mut last = None;
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else {
            continue;
        };
        let pane = el
            .closest(".diff-pane")
            .ok()
            .flatten()
            .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok());
        match pane {
            Some(pane) => {
                let at = el.offset_top() - pane.offset_top();
                pane.set_scroll_top(at - pane.client_height() / 2);
            }
            None => {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
        last = Some(el);
    }
    if let Some(el) = last {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = el.focus_with_options(&focus);
    }
}
