use super::{EvidenceQuote, SeverityBadge};
use crate::components::{and_list, focus_later};
use crate::model::kinds::Label;
use crate::state::{Navigation, Results, Triage};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, MouseEvent};

/// One finding: severity, kind, summary, the evidence of every version with
/// the differing words marked, the versions missing it, the rule; choosing
/// it (click, or Enter when focused) shows it in the text. It can be
/// confirmed as real or dismissed as a false positive; after a dismissal
/// the focus goes to the next finding of the list.
#[component]
pub fn FindingItem(
    /// Index of the finding in the analysis.
    index: usize,
) -> impl IntoView {
    let triage = expect_context::<Triage>();
    let results = expect_context::<Results>();
    let nav = expect_context::<Navigation>();
    let Some(r) = results.result.get_untracked() else { return ().into_any() };
    let Some(f) = r.model.findings.get(index).cloned() else { return ().into_any() };
    let key = f.key.clone();
    let selected = {
        let key = key.clone();
        Signal::derive(move || nav.selected.with(|s| s.as_deref() == Some(key.as_str())))
    };
    let dismissed = {
        let key = key.clone();
        Signal::derive(move || triage.dismissed.with(|d| d.contains(&key)))
    };
    let confirmed = {
        let key = key.clone();
        Signal::derive(move || triage.confirmed.with(|d| d.contains(&key)))
    };
    let jump = {
        let key = key.clone();
        move || nav.jump_to_finding(&key)
    };
    let on_click = {
        let jump = jump.clone();
        move |ev: MouseEvent| {
            // Buttons inside do their own thing; a click elsewhere jumps.
            let on_control = ev
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|e| e.closest("button, a, input, select").ok().flatten())
                .is_some();
            if !on_control && !has_selection() {
                jump();
            }
        }
    };
    let on_key = {
        let jump = jump.clone();
        move |ev: KeyboardEvent| {
            let on_self = ev.target().zip(ev.current_target()).is_some_and(|(t, c)| t == c);
            if ev.key() == "Enter" && on_self {
                ev.prevent_default();
                jump();
            }
        }
    };
    let called = |v: usize| {
        r.model.documents.get(v).map_or(String::new(), |d| format!("{} ({})", d.label, d.name))
    };
    let missing: Vec<String> = f.missing_in.iter().map(|&v| called(v as usize)).collect();
    let missing: Vec<&str> = missing.iter().map(String::as_str).collect();
    let missing = (!missing.is_empty()).then(|| and_list(&missing));
    let summary_id = format!("finding-summary-{key}");
    // Values are worth showing where they differ.
    let values_differ = f.evidence.windows(2).any(|w| w[0].group != w[1].group);
    let evidence = f
        .evidence
        .iter()
        .map(|e| {
            let v = e.version as usize;
            let is_reference = r.model.reference == Some(e.version);
            view! {
                <li>
                    <span class="doc">
                        <span class="version-letter">{r.model.documents.get(v).map(|d| d.label.clone())}</span>
                        " "
                        {r.name(v).to_string()}
                        {is_reference.then_some(" ★")}
                    </span>
                    <EvidenceQuote text=r.text(v).to_string() context=e.context range=e.range />
                    {e.value.clone().filter(|_| values_differ).map(|value| view! { <span class="value" title="The value this version states">{value}</span> })}
                </li>
            }
        })
        .collect_view();
    let toggle = {
        let key = key.clone();
        move |_| {
            if triage.dismissed.with_untracked(|d| d.contains(&key)) {
                triage.restore(&key);
            } else {
                // The finding after it in the list gets the focus (the one
                // before, at the end), not the page.
                let next = nav.after(&key);
                triage.dismiss(&key);
                let hidden = !nav.filters.with_untracked(|f| f.dismissed);
                match next.filter(|_| hidden) {
                    Some(next) => focus_later(format!("#finding-{next}")),
                    None if hidden => focus_later("#findings-count".to_string()),
                    None => {}
                }
            }
        }
    };
    let toggle_confirm = {
        let key = key.clone();
        move |_| {
            if triage.confirmed.with_untracked(|c| c.contains(&key)) {
                triage.unconfirm(&key);
            } else {
                triage.confirm(&key);
            }
        }
    };
    view! {
        <li class="finding-row">
            <article
                id=format!("finding-{key}")
                class=format!("finding sev-{}", f.severity.as_str())
                class:selected=selected
                class:dismissed=dismissed
                class:confirmed=confirmed
                tabindex="0"
                aria-labelledby=summary_id.clone()
                aria-current=move || selected.get().then_some("true")
                on:click=on_click
                on:keydown=on_key
            >
                <header class="finding-head">
                    <SeverityBadge severity=f.severity />
                    <span class="kind-badge">{f.kind.label()}</span>
                    {move || dismissed.get().then(|| view! { <span class="badge">"Dismissed"</span> })}
                    {move || confirmed.get().then(|| view! { <span class="badge confirmed-badge"><span aria-hidden="true">"✓ "</span>"Confirmed"</span> })}
                </header>
                <h3 class="finding-summary" id=summary_id.clone()>{f.summary.clone()}</h3>
                <ul class="evidence" aria-label="Evidence">{evidence}</ul>
                {missing.map(|m| view! { <p class="missing"><span class="label">"Missing in: "</span>{m}</p> })}
                <footer class="finding-foot">
                    <span class="rule">"Rule: " <code>{f.rule.clone()}</code></span>
                    <span class="spacer"></span>
                    <button type="button" class="secondary small" on:click=move |_| jump()>"Show in text"</button>
                    <button
                        type="button"
                        class="secondary small"
                        aria-pressed=move || confirmed.get().to_string()
                        on:click=toggle_confirm
                    >
                        {move || if confirmed.get() { "Confirmed" } else { "Confirm" }}
                    </button>
                    <button type="button" class="secondary small" on:click=toggle>
                        {move || if dismissed.get() { "Restore" } else { "Dismiss" }}
                    </button>
                </footer>
            </article>
        </li>
    }
    .into_any()
}

/// True when the user is selecting text (a click that ends a selection
/// must not jump away).
fn has_selection() -> bool {
    window().get_selection().ok().flatten().is_some_and(|s| !s.is_collapsed())
}
