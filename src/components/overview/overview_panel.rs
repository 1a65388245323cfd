use super::{ScoreCard, TopFindings};
use crate::components::{and_list, progressive};
use crate::model::cards::{cards, Definitions};
use crate::state::{Results, Triage};
use leptos::prelude::*;

/// The overview view.
#[component]
pub fn Overview() -> impl IntoView {
    let results = expect_context::<Results>();
    let triage = expect_context::<Triage>();
    let cards = Memo::new(move |_| {
        let dismissed = triage.dismissed.get();
        results.result.with(|r| r.as_ref().map_or(Vec::new(), |r| cards(&r.model, &dismissed)))
    });
    let versions =
        move || results.result.with(|r| r.as_ref().map_or(0, |r| r.model.documents.len()));
    let generation = move || results.result.with(|r| r.as_ref().map_or(0, |r| r.generation));
    // Cards are laid out a few at a time (each has a strip of marks).
    let shown = progressive(versions, || 1);
    let judged = move || {
        results.result.with(|r| {
            let r = r.as_ref()?;
            Some(match r.model.reference {
                Some(i) => {
                    let label = r.model.documents.get(i as usize).map_or("", |d| d.label.as_str());
                    format!(
                        "Each version is judged against the reference, {} ({label}).",
                        r.name(i as usize)
                    )
                }
                None => "Each version is judged against the consensus of all versions.".to_string(),
            })
        })
    };
    let diagnostics = move || {
        results.result.with(|r| {
            r.as_ref().map_or(Vec::new(), |r| {
                r.model
                    .diagnostics
                    .iter()
                    .map(|d| match d.version {
                        Some(v) => format!("{}: {}", r.name(v as usize), d.message),
                        None => d.message.clone(),
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <div class="overview">
            <h2 class="view-heading">"Overview"</h2>
            <Show
                when=move || { versions() > 0 }
                fallback=|| view! { <p class="empty">"Add versions to see how they compare."</p> }
            >
                <p class="lede">{judged}</p>
                <Show when=move || !diagnostics().is_empty()>
                    <ul class="diagnostics" aria-label="Notes on the input">
                        {move || diagnostics().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                    </ul>
                </Show>
                <TopFindings />
                <h3 class="section-heading">"Versions"</h3>
                <p class="help">
                    "Each strip is a version from start to end; its marks show where its findings fall ("
                    {and_list(&["▲ high", "◆ medium", "● low"])}
                    "). Choose a mark to see the finding in the text."
                </p>
                <details class="definitions">
                    <summary>"How the cards count"</summary>
                    <dl>
                        <dt>"Kept"</dt><dd>{Definitions::KEPT}</dd>
                        <dt>"Conflicts"</dt><dd>{Definitions::CONFLICTS}</dd>
                        <dt>"Omissions"</dt><dd>{Definitions::OMISSIONS}</dd>
                        <dt>"Additions"</dt><dd>{Definitions::ADDITIONS}</dd>
                        <dt>"Altered quotes"</dt><dd>{Definitions::ALTERED_QUOTES}</dd>
                    </dl>
                    <p>"A finding concerns a version in one of these ways at most, so each card's counters add up to the findings that concern it. Without a reference, a version is judged against what most versions say. Dismissed findings count nowhere."</p>
                </details>
                <ol class="score-cards">
                    <For
                        each=move || {
                            let g = generation();
                            (0..shown.get()).map(move |v| (g, v)).collect::<Vec<_>>()
                        }
                        key=|k| *k
                        let:item
                    >
                        <ScoreCard version=item.1 cards />
                    </For>
                </ol>
            </Show>
        </div>
    }
}
