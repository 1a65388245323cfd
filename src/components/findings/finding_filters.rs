use crate::model::FindingKind;
use crate::state::AppState;
use leptos::prelude::*;

/// Filters of the findings list: by kind, by version, dismissed or not.
#[component]
pub fn FindingFilters() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Kinds present, with how many findings each.
    let kinds = move || {
        state.result.with(|r| {
            let Some(r) = r else { return Vec::new() };
            FindingKind::ALL
                .into_iter()
                .filter_map(|k| {
                    let n = r.model.findings.iter().filter(|f| f.kind == k).count();
                    (n > 0).then_some((k, n))
                })
                .collect::<Vec<_>>()
        })
    };
    let names = move || {
        state.result.with(|r| {
            r.as_ref().map_or(Vec::new(), |r| {
                r.model.documents.iter().map(|d| d.name.clone()).collect::<Vec<_>>()
            })
        })
    };
    let dismissed_count = move || {
        let dismissed = state.dismissed.get();
        state.result.with(|r| {
            r.as_ref().map_or(0, |r| {
                r.model.findings.iter().filter(|f| dismissed.contains(&f.key)).count()
            })
        })
    };
    let set_kind = move |ev| {
        let value = event_target_value(&ev);
        state.filters.update(|f| f.kind = FindingKind::from_id(&value));
    };
    let set_version = move |ev| {
        let value = event_target_value(&ev);
        state.filters.update(|f| f.version = value.parse().ok());
    };
    view! {
        <div class="filters" role="group" aria-label="Filter the findings">
            <div class="field">
                <label for="filter-kind">"Kind"</label>
                <select id="filter-kind" on:change=set_kind>
                    <option value="" selected=move || state.filters.with(|f| f.kind.is_none())>"All kinds"</option>
                    {move || kinds()
                        .into_iter()
                        .map(|(k, n)| view! {
                            <option value=k.id() selected=move || state.filters.with(|f| f.kind == Some(k))>
                                {format!("{} ({n})", k.label())}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-version">"Version"</label>
                <select id="filter-version" on:change=set_version>
                    <option value="" selected=move || state.filters.with(|f| f.version.is_none())>"All versions"</option>
                    {move || names()
                        .into_iter()
                        .enumerate()
                        .map(|(i, name)| view! {
                            <option value=i.to_string() selected=move || state.filters.with(|f| f.version == Some(i as u32))>
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
                    prop:checked=move || state.filters.with(|f| f.dismissed)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.filters.update(|f| f.dismissed = on);
                    }
                />
                {move || format!("Show dismissed ({})", dismissed_count())}
            </label>
        </div>
    }
}
