use crate::components::findings::SeverityBadge;
use crate::components::focus_later;
use crate::model::kinds::Label;
use crate::state::{Navigation, Results, Triage, View};
use leptos::prelude::*;

/// How many findings the overview lists.
const TOP: usize = 5;

/// The most important findings, each a button to its place in the list.
#[component]
pub fn TopFindings() -> impl IntoView {
    let triage = expect_context::<Triage>();
    let results = expect_context::<Results>();
    let nav = expect_context::<Navigation>();
    let top = move || {
        let dismissed = triage.dismissed.get();
        results.result.with(|r| {
            r.as_ref().map_or((Vec::new(), 0), |r| {
                let all: Vec<_> =
                    r.model.findings.iter().filter(|f| !dismissed.contains(&f.key)).collect();
                let n = all.len();
                (
                    all.into_iter()
                        .take(TOP)
                        .map(|f| (f.key.clone(), f.severity, f.kind, f.summary.clone()))
                        .collect(),
                    n,
                )
            })
        })
    };
    let open = move |key: String| {
        nav.selected.set(Some(key.clone()));
        nav.view.set(View::Findings);
        focus_later(format!("#finding-{key}"));
    };
    view! {
        <section class="top-findings" aria-labelledby="top-heading">
            <h3 id="top-heading" class="section-heading">"Most important findings"</h3>
            {move || {
                let (items, total) = top();
                if items.is_empty() {
                    return view! { <p class="empty">"No factual differences found."</p> }.into_any();
                }
                view! {
                    <ol class="top-list">
                        {items
                            .into_iter()
                            .map(|(key, severity, kind, summary)| {
                                let k = key.clone();
                                view! {
                                    <li>
                                        <button type="button" class="link-button" on:click=move |_| open(k.clone())>
                                            <SeverityBadge severity />
                                            <span class="kind">{kind.label()}</span>
                                            <span class="summary">{summary}</span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                    <button type="button" class="secondary" on:click=move |_| nav.view.set(View::Findings)>
                        {format!("See all {total} findings")}
                    </button>
                }
                .into_any()
            }}
        </section>
    }
}
