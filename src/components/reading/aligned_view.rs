use super::AlignedRow;
use crate::components::progressive;
use crate::model::Range;
use crate::state::{Jump, Navigation, Results};
use leptos::html;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Rows laid out at first, and added as the reader scrolls near the end
/// (or presses "Show more rows"): a book-length story must not be laid out
/// at once.
const PAGE: usize = 60;

/// The side-by-side view: one table, so that every column scrolls together
/// (horizontally too when there are many versions), with its header kept
/// in view.
#[component]
pub fn AlignedView() -> impl IntoView {
    let results = expect_context::<Results>();
    let nav = expect_context::<Navigation>();
    let hidden = RwSignal::new(BTreeSet::<u32>::new());
    let show_changes = RwSignal::new(true);
    let show_claims = RwSignal::new(true);
    let limit = RwSignal::new(PAGE);
    let scroller = NodeRef::<html::Div>::new();
    let n = Memo::new(move |_| {
        results.result.with(|r| r.as_ref().map_or(0, |r| r.model.documents.len()))
    });
    let total_rows =
        Memo::new(move |_| results.result.with(|r| r.as_ref().map_or(0, |r| r.model.rows.len())));
    let generation =
        Memo::new(move |_| results.result.with(|r| r.as_ref().map_or(0, |r| r.generation)));
    let columns = Memo::new(move |_| {
        let hidden = hidden.get();
        (0..n.get() as u32).filter(|v| !hidden.contains(v)).collect::<Vec<u32>>()
    });
    let names = move || results.document_names();
    let reference = move || results.result.with(|r| r.as_ref().and_then(|r| r.model.reference));

    // Rows are laid out a few at a time: a row costs about one cell per
    // shown version.
    let shown = progressive(
        move || total_rows.get().min(limit.get()),
        move || (120 / columns.with(Vec::len).max(1)).clamp(2, 20),
    );
    // The selected finding's evidence, for every row to pick its own.
    let evidence = Memo::new(move |_| {
        let key = nav.selected.get();
        results.result.with(|r| {
            let f = r.as_ref().zip(key.as_deref()).and_then(|(r, k)| r.finding(k)).map(|(_, f)| f);
            f.map_or(Vec::new(), |f| {
                f.evidence.iter().map(|e| (e.version, e.range)).collect::<Vec<(u32, Range)>>()
            })
        })
    });

    // A jump lays out rows up to its row and shows its column; once the row
    // is in the page, it is scrolled to and focused.
    let pending = StoredValue::new(None::<Jump>);
    Effect::new(move |_| {
        let Some(jump) = nav.jump.get() else { return };
        if jump.row as usize >= limit.get_untracked() {
            limit.set(jump.row as usize + PAGE);
        }
        if hidden.with_untracked(|h| h.contains(&jump.version)) {
            hidden.update(|h| {
                h.remove(&jump.version);
            });
        }
        pending.set_value(Some(jump));
    });
    Effect::new(move |_| {
        let laid_out = shown.get();
        // Also runs when a jump arrives with its row already laid out.
        nav.jump.track();
        if let Some(jump) = pending.get_value().filter(|j| (j.row as usize) < laid_out) {
            pending.set_value(None);
            set_timeout(
                move || focus_jump(jump.row, jump.version, jump.claim),
                Duration::from_millis(0),
            );
        }
    });

    let on_scroll = move |_| {
        let Some(el) = scroller.get() else { return };
        let near_end = el.scroll_top() + el.client_height() + 800 > el.scroll_height();
        if near_end && limit.get_untracked() < total_rows.get_untracked() {
            limit.update(|l| *l += PAGE);
        }
    };
    // Claims of one fact light up together: delegated from the table.
    let hover = move |target: Option<web_sys::EventTarget>| {
        let fact = target
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest(".claim[data-fact]").ok().flatten())
            .and_then(|e| e.get_attribute("data-fact"))
            .and_then(|f| f.parse::<u32>().ok());
        if nav.hovered_fact.get_untracked() != fact {
            nav.hovered_fact.set(fact);
        }
    };
    let leave = move || nav.hovered_fact.set(None);

    let toggle_column = move |v: u32| {
        hidden.update(|h| {
            if !h.remove(&v) {
                h.insert(v);
            }
        })
    };
    view! {
        <div class="reading-view">
            <h2 class="view-heading" id="reading-heading">"Side by side"</h2>
            <Show when=move || { n.get() > 0 } fallback=|| view! { <p class="empty">"Add versions to read them side by side."</p> }>
                <div class="reading-controls">
                    <details class="columns-choice">
                        <summary>{move || format!("Columns: {} of {} shown", columns.with(Vec::len), n.get())}</summary>
                        <fieldset>
                            <legend class="visually-hidden">"Versions shown as columns"</legend>
                            {move || {
                                names()
                                    .into_iter()
                                    .enumerate()
                                    .map(|(v, (label, name))| {
                                        let v = v as u32;
                                        view! {
                                            <label class="check">
                                                <input
                                                    type="checkbox"
                                                    prop:checked=move || !hidden.with(|h| h.contains(&v))
                                                    on:change=move |_| toggle_column(v)
                                                />
                                                {format!("{label} · {name}")}
                                            </label>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </fieldset>
                    </details>
                    <label class="check">
                        <input type="checkbox" id="show-changes" prop:checked=move || show_changes.get() on:change=move |ev| show_changes.set(event_target_checked(&ev)) />
                        "Word changes"
                    </label>
                    <label class="check">
                        <input type="checkbox" id="show-claims" prop:checked=move || show_claims.get() on:change=move |ev| show_claims.set(event_target_checked(&ev)) />
                        "Claims"
                    </label>
                </div>
                <p class="legend help">
                    <span>"Against each row's base (the reference, else the first version in the row): "</span>
                    <ins>"added"</ins>
                    " "
                    <del>"left out"</del>
                    " · "
                    <span class="badge moved-badge"><span aria-hidden="true">"↕ "</span>"moved"</span>
                    " said elsewhere in that version · "
                    <span class="badge unique-badge"><span aria-hidden="true">"◆ "</span>"only here"</span>
                    " in one version only · "
                    <span class="claim kind-quantity">"underlined"</span>
                    ": a claim; point at or focus one to see the same fact in every column."
                </p>
                <div
                    class="reading-scroll"
                    node_ref=scroller
                    on:scroll=on_scroll
                    tabindex="0"
                    role="region"
                    aria-labelledby="reading-heading"
                >
                    <table
                        class="reading-table"
                        class:no-changes=move || !show_changes.get()
                        class:no-claims=move || !show_claims.get()
                        style:--cols=move || columns.with(Vec::len).to_string()
                        on:mouseover=move |ev| hover(ev.target())
                        on:focusin=move |ev| hover(ev.target())
                        on:mouseleave=move |_| leave()
                        on:focusout=move |_| leave()
                    >
                        <thead>
                            <tr>
                                <th scope="col" class="row-no"><span class="visually-hidden">"Row"</span>"#"</th>
                                {move || {
                                    let names = names();
                                    let reference = reference();
                                    columns
                                        .get()
                                        .into_iter()
                                        .map(|v| view! {
                                            <th scope="col">
                                                {names.get(v as usize).cloned().map(|(label, name)| view! {
                                                    <span class="version-letter">{label}</span>
                                                    " "
                                                    <span class="name">{name}</span>
                                                })}
                                                {(reference == Some(v)).then(|| view! { <span class="badge reference-badge">"★ Reference"</span> })}
                                            </th>
                                        })
                                        .collect_view()
                                }}
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || {
                                    let g = generation.get();
                                    (0..shown.get()).map(move |r| (g, r)).collect::<Vec<_>>()
                                }
                                key=|k| *k
                                let:item
                            >
                                <AlignedRow row=item.1 columns evidence />
                            </For>
                        </tbody>
                    </table>
                </div>
                <Show when=move || { total_rows.get() > limit.get() }>
                    <button type="button" class="secondary" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {move || format!("Show more rows ({} left)", total_rows.get().saturating_sub(limit.get()))}
                    </button>
                </Show>
            </Show>
        </div>
    }
}

/// Scrolls to a row and focuses the claim, the selected finding's
/// evidence, or the cell.
fn focus_jump(row: u32, version: u32, claim: Option<u32>) {
    let doc = document();
    let cell = format!("#row-{row} td[data-v=\"{version}\"]");
    let target = claim
        .and_then(|c| {
            doc.query_selector(&format!("#row-{row} [data-claim=\"{c}\"]")).ok().flatten()
        })
        .or_else(|| doc.query_selector(&format!("{cell} .evidence")).ok().flatten())
        .or_else(|| doc.query_selector(&cell).ok().flatten());
    if let Some(el) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = el.focus_with_options(&focus);
    }
}
