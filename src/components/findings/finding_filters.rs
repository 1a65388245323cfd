use crate::model::kinds::{finding_kind, FindingKind, Label};
use crate::state::{Navigation, Results, Triage};
use leptos::prelude::*;

/// Filters of the findings list: by kind, by version, dismissed or not.
#[component]
pub fn FindingFilters() -> impl IntoView {
    let triage = expect_context::<Triage>();
    let results = expect_context::<Results>();
    let nav = expect_context::<Navigation>();
    // Kinds present, with how many findings each.
    let kinds = move || {
        results.result.with(|r| {
            let Some(r) = r else { return Vec::new() };
            FindingKind::ALL
                .iter()
                .copied()
                .filter_map(|k| {
                    let n = r.model.findings.iter().filter(|f| f.kind == k).count();
                    (n > 0).then_some((k, n))
                })
                .collect::<Vec<_>>()
        })
    };
    let names = move || {
        results
            .document_names()
            .into_iter()
            .map(|(label, name)| format!("{label} · {name}"))
            .collect::<Vec<_>>()
    };
    let dismissed_count = move || {
        let dismissed = triage.dismissed.get();
        results.result.with(|r| {
            r.as_ref().map_or(0, |r| {
                r.model.findings.iter().filter(|f| dismissed.contains(&f.key)).count()
            })
        })
    };
    let set_kind = move |ev| {
        let value = event_target_value(&ev);
        nav.filters.update(|f| f.kind = finding_kind(&value));
    };
    let set_version = move |ev| {
        let value = event_target_value(&ev);
        nav.filters.update(|f| f.version = value.parse().ok());
    };
    view! {
        <div class="filters" role="group" aria-label="Filter the findings">
            <div class="field">
                <label for="filter-kind">"Kind"</label>
                <select id="filter-kind" on:change=set_kind>
                    <option value="" selected=move || nav.filters.with(|f| f.kind.is_none())>"All kinds"</option>
                    {move || kinds()
                        .into_iter()
                        .map(|(k, n)| view! {
                            <option value=k.as_str() selected=move || nav.filters.with(|f| f.kind == Some(k))>
                                {format!("{} ({n})", k.label())}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-version" title="The findings that concern a version: where it departs from the reference, as its card counts them">"Version"</label>
                <select id="filter-version" on:change=set_version>
                    <option value="" selected=move || nav.filters.with(|f| f.version.is_none())>"All versions"</option>
                    {move || names()
                        .into_iter()
                        .enumerate()
                        .map(|(i, name)| view! {
                            <option value=i.to_string() selected=move || nav.filters.with(|f| f.version == Some(i as u32))>
                                {name}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    id="filter-dismissed"
                    prop:checked=move || nav.filters.with(|f| f.dismissed)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        nav.filters.update(|f| f.dismissed = on);
                    }
                />
                {move || format!("Show dismissed ({})", dismissed_count())}
            </label>
        </div>
    }
}
