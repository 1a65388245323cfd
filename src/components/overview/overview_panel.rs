use super::{ScoreCard, TopFindings};
use crate::components::{and_list, progressive};
use crate::state::Results;
use leptos::prelude::*;

/// The overview view.
#[component]
pub fn Overview() -> impl IntoView {
    let results = expect_context::<Results>();
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
                    format!("Each version is judged against the reference, {}.", r.name(i as usize))
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
                <ol class="score-cards">
                    <For
                        each=move || {
                            let g = generation();
                            (0..shown.get()).map(move |v| (g, v)).collect::<Vec<_>>()
                        }
                        key=|k| *k
                        let:item
                    >
                        <ScoreCard version=item.1 />
                    </For>
                </ol>
            </Show>
        </div>
    }
}
