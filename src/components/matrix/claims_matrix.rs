use crate::components::progressive;
use crate::model::kinds::Label;
use crate::model::Status;
use crate::state::{Navigation, Results};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

/// Fact rows laid out at first, and added per "Show more".
const PAGE: usize = 80;
/// Characters of a version's wording shown in a cell.
const CELL_CHARS: usize = 80;

/// One fact per row, one version per column; each cell shows the version's
/// value marked same / different / missing by icon and word as well as
/// colour, with the kind and rule on hover and on focus. Arrow keys move
/// between cells; Enter shows the claim in the text.
#[component]
pub fn ClaimsMatrix() -> impl IntoView {
    let results = expect_context::<Results>();
    let disputed_only = RwSignal::new(false);
    let limit = RwSignal::new(PAGE);
    let rows = Memo::new(move |_| {
        let only = disputed_only.get();
        results.result.with(|r| {
            r.as_ref().map_or(Vec::new(), |r| {
                let mut rows: Vec<usize> = (0..r.model.facts.len())
                    .filter(|&i| !only || r.model.facts[i].disputed())
                    .collect();
                // Disputed facts first, then in the engine's order.
                rows.sort_by_key(|&i| !r.model.facts[i].disputed());
                rows
            })
        })
    });
    let versions =
        move || results.result.with(|r| r.as_ref().map_or(1, |r| r.model.documents.len()));
    let generation = move || results.result.with(|r| r.as_ref().map_or(0, |r| r.generation));
    // A row costs about one cell per version.
    let shown = progressive(
        move || rows.with(Vec::len).min(limit.get()),
        move || (240 / (versions() + 1)).clamp(4, 40),
    );
    let names = move || results.document_names();
    let reference = move || results.result.with(|r| r.as_ref().and_then(|r| r.model.reference));
    let against = move || match reference() {
        Some(_) => "the reference",
        None => "the consensus",
    };
    view! {
        <div class="matrix-view">
            <h2 class="view-heading" id="matrix-heading">"Claims matrix"</h2>
            <p class="help">
                "One row per fact, one column per version. "
                <span class="status-key same"><span aria-hidden="true">"✓"</span>" same"</span>
                " as " {against} ", "
                <span class="status-key different"><span aria-hidden="true">"≠"</span>" different"</span>
                ", "
                <span class="status-key missing"><span aria-hidden="true">"—"</span>" missing"</span>
                ". Arrow keys move between cells; Enter shows the claim in the text."
            </p>
            <label class="check">
                <input type="checkbox" id="disputed-only" prop:checked=move || disputed_only.get() on:change=move |ev| disputed_only.set(event_target_checked(&ev)) />
                "Only facts where versions differ"
            </label>
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=|| view! { <p class="empty">"No facts to compare."</p> }
            >
                <div class="matrix-scroll">
                    <table class="matrix" role="grid" aria-labelledby="matrix-heading" on:keydown=navigate>
                        <thead>
                            <tr>
                                <th scope="col" class="fact-col">"Fact"</th>
                                {move || {
                                    let reference = reference();
                                    names()
                                        .into_iter()
                                        .enumerate()
                                        .map(|(i, (label, name))| view! {
                                            <th scope="col">
                                                <span class="version-letter">{label}</span>
                                                " "
                                                <span class="name">{name}</span>
                                                {(reference == Some(i as u32)).then_some(" ★")}
                                            </th>
                                        })
                                        .collect_view()
                                }}
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || {
                                    let g = generation();
                                    rows.get()
                                        .into_iter()
                                        .take(shown.get())
                                        .enumerate()
                                        .map(move |(r, fact)| (g, r, fact))
                                        .collect::<Vec<_>>()
                                }
                                key=|k| *k
                                let:item
                            >
                                <FactRow row=item.1 fact=item.2 />
                            </For>
                        </tbody>
                    </table>
                </div>
                <Show when=move || { rows.with(Vec::len) > limit.get() }>
                    <button type="button" class="secondary" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {move || format!("Show more facts ({} left)", rows.with(Vec::len).saturating_sub(limit.get()))}
                    </button>
                </Show>
            </Show>
        </div>
    }
}

/// One fact's row.
#[component]
fn FactRow(
    /// Position in the table (for keyboard moves).
    row: usize,
    /// The fact.
    fact: usize,
) -> impl IntoView {
    let results = expect_context::<Results>();
    let nav = expect_context::<Navigation>();
    let Some(r) = results.result.get_untracked() else { return ().into_any() };
    let Some(f) = r.model.facts.get(fact) else { return ().into_any() };
    let rule = f.finding.and_then(|i| r.model.findings.get(i as usize)).map(|x| x.rule.clone());
    let against = if r.model.reference.is_some() { "the reference" } else { "the consensus" };
    let cells = (0..r.model.documents.len())
        .map(|v| {
            let status = f.status.get(v).copied().unwrap_or(Status::Missing);
            let value = f.values.get(v).cloned().flatten();
            let claim = f.claims.get(v).and_then(|c| c.first()).copied();
            let wording = claim
                .and_then(|c| r.model.claims.get(c as usize))
                .map(|c| clip(c.range.slice(r.text(v)), CELL_CHARS))
                .filter(|w| !w.is_empty());
            let (icon, word, class) = match status {
                Status::Same => ("✓", "same", "same"),
                Status::Different => ("≠", "different", "different"),
                Status::Missing => ("—", "missing", "missing"),
            };
            let mut tip = format!("{}: {word}", f.kind.label());
            if status != Status::Missing {
                tip.push_str(&format!(" (against {against})"));
            }
            if let Some(value) = &value {
                tip.push_str(&format!(" · value {value}"));
            }
            if let Some(rule) = &rule {
                tip.push_str(&format!(" · rule {rule}"));
            }
            let shown = wording.clone().or_else(|| value.clone()).unwrap_or_default();
            let normalised = value.filter(|v| Some(v) != wording.as_ref() && wording.is_some());
            let fact_id = fact as u32;
            view! {
                <td
                    class=format!("cell {class}")
                    data-r=row.to_string()
                    data-c=v.to_string()
                    tabindex=if row == 0 && v == 0 { "0" } else { "-1" }
                    title=tip
                    on:focus=move |_| nav.hovered_fact.set(Some(fact_id))
                    on:blur=move |_| nav.hovered_fact.set(None)
                    on:click=move |_| {
                        if let Some(c) = claim {
                            nav.jump_to_claim(c);
                        }
                    }
                    on:keydown=move |ev: KeyboardEvent| {
                        if ev.key() == "Enter" {
                            if let Some(c) = claim {
                                ev.prevent_default();
                                nav.jump_to_claim(c);
                            }
                        }
                    }
                >
                    <span class="status-icon" aria-hidden="true">{icon}</span>
                    <span class="visually-hidden">{format!("{word}: ")}</span>
                    <span class="cell-value">{shown}</span>
                    {normalised.map(|n| view! { <span class="normalised">{format!("= {n}")}</span> })}
                    <span class="tip" aria-hidden="true">{tip.clone()}</span>
                </td>
            }
        })
        .collect_view();
    view! {
        <tr class:disputed=f.disputed()>
            <th scope="row" class="fact-col">
                <span class="fact-label">{f.label.clone()}</span>
                <span class="fact-kind">{f.kind.label()}</span>
            </th>
            {cells}
        </tr>
    }
    .into_any()
}

/// Moves the focus between cells with the arrow keys, Home and End
/// (roving tabindex: one cell of the grid is in the tab order).
fn navigate(ev: KeyboardEvent) {
    let Some(cell) = ev.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return };
    let (Some(r), Some(c)) = (cell.get_attribute("data-r"), cell.get_attribute("data-c")) else {
        return;
    };
    let (Ok(r), Ok(c)) = (r.parse::<i64>(), c.parse::<i64>()) else { return };
    let (r, c) = match ev.key().as_str() {
        "ArrowUp" => (r - 1, c),
        "ArrowDown" => (r + 1, c),
        "ArrowLeft" => (r, c - 1),
        "ArrowRight" => (r, c + 1),
        "Home" => (r, 0),
        "End" => (r, i64::MAX / 2),
        _ => return,
    };
    let Some(table) = cell.closest("table").ok().flatten() else { return };
    let pick = |r: i64, c: i64| -> Option<HtmlElement> {
        table
            .query_selector(&format!("td[data-r=\"{r}\"][data-c=\"{c}\"]"))
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    };
    let target = if c == i64::MAX / 2 {
        table
            .query_selector_all(&format!("td[data-r=\"{r}\"]"))
            .ok()
            .and_then(|l| l.item(l.length().saturating_sub(1)))
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
    } else {
        pick(r, c)
    };
    if let Some(target) = target {
        ev.prevent_default();
        cell.set_tab_index(-1);
        target.set_tab_index(0);
        let _ = target.focus();
    }
}

/// `text` cut to `max` characters at a word, with an ellipsis.
fn clip(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(max) {
        Some((i, _)) => {
            let cut = text[..i].rfind(' ').unwrap_or(i);
            format!("{}…", &text[..cut])
        }
        None => text,
    }
}
