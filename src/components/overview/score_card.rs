use super::FindingStrip;
use crate::components::plural;
use crate::model::cards::{Card, Definitions};
use crate::pieces::HiddenCount;
use crate::state::Results;
use leptos::prelude::*;

/// One version's card: its letter and file name, the share of the
/// reference's facts it keeps, the findings that concern it by how
/// (conflicts, omissions, additions, altered quotes — they add up to the
/// findings it is concerned by), each counter's definition in its tip, and
/// the strip of where they fall in its text.
#[component]
pub fn ScoreCard(
    /// The version (index in the analysis).
    version: usize,
    /// Every version's card, counted without the dismissed findings.
    cards: Memo<Vec<Card>>,
) -> impl IntoView {
    let results = expect_context::<Results>();
    let head = move || {
        results.result.with(|r| {
            let r = r.as_ref()?;
            let doc = r.model.documents.get(version)?;
            Some((
                doc.label.clone(),
                doc.name.clone(),
                r.model.reference == Some(version as u32),
                r.model.reference.is_some(),
                HiddenCount::of(r.text(version)).describe(),
            ))
        })
    };
    let card = move || cards.with(|c| c.get(version).cloned().unwrap_or_default());
    move || {
        head().map(|(label, name, is_reference, has_reference, hidden)| {
            let heading_id = format!("card-{version}");
            let figure = move |word: &'static str, id: &'static str, tip: &'static str, n: fn(&Card) -> u32| {
                view! {
                    <div title=tip>
                        <dt>{word}</dt>
                        <dd data-figure=id>{move || n(&card())}</dd>
                    </div>
                }
            };
            view! {
                <li class="score-card" class:reference=is_reference aria-labelledby=heading_id.clone()>
                    <h4 id=heading_id.clone() class="card-title">
                        <span class="version-letter">{label}</span>
                        <span class="name" title=name.clone()>{name.clone()}</span>
                        {is_reference.then(|| view! { <span class="badge reference-badge">"★ Reference"</span> })}
                    </h4>
                    <div class="kept" title=Definitions::KEPT>
                        <div class="kept-bar" aria-hidden="true">
                            <span style:width=move || format!("{:.0}%", card().kept() * 100.0)></span>
                        </div>
                        <p>
                            <strong>{move || format!("{:.0}%", (card().kept() * 100.0).floor())}</strong>
                            {match (is_reference, has_reference) {
                                (true, _) => " of its facts: it is the reference",
                                (false, true) => " of the reference's facts kept",
                                (false, false) => " of the facts most versions share, kept",
                            }}
                        </p>
                    </div>
                    <dl class="figures">
                        {figure("Conflicts", "conflicts", Definitions::CONFLICTS, |c| c.conflicts)}
                        {figure("Omissions", "omissions", Definitions::OMISSIONS, |c| c.omissions)}
                        {figure("Additions", "additions", Definitions::ADDITIONS, |c| c.additions)}
                        {figure("Altered quotes", "altered-quotes", Definitions::ALTERED_QUOTES, |c| c.altered_quotes)}
                    </dl>
                    <p class="concerns" data-total=move || card().total().to_string()>
                        {move || {
                            let c = card();
                            match c.total() {
                                0 if is_reference => "The others are judged against it.".to_string(),
                                0 => "No finding concerns this version.".to_string(),
                                n => format!("{} concern this version.", plural(n as usize, "finding", "findings")),
                            }
                        }}
                    </p>
                    {(!hidden.is_empty()).then(|| view! {
                        <p class="hidden-count" title="Zero-width, bidi control, soft hyphen or control characters: invisible in most places, shown boxed in the side-by-side view and the diff">
                            <span aria-hidden="true">"⚠ "</span>{hidden}
                        </p>
                    })}
                    <FindingStrip version cards />
                </li>
            }
        })
    }
}
