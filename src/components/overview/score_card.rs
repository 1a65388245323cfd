use super::FindingStrip;
use crate::pieces::HiddenCount;
use crate::state::Results;
use leptos::prelude::*;

/// One version's card: share of the reference's facts it keeps, its
/// conflicts, omissions, additions and altered quotes, and its strip.
#[component]
pub fn ScoreCard(
    /// The version (index in the analysis).
    version: usize,
) -> impl IntoView {
    let results = expect_context::<Results>();
    let card = move || {
        results.result.with(|r| {
            let r = r.as_ref()?;
            let s = *r.model.scorecards.get(version)?;
            Some((
                r.name(version).to_string(),
                s,
                r.model.reference == Some(version as u32),
                r.model.reference.is_some(),
                HiddenCount::of(r.text(version)).describe(),
            ))
        })
    };
    move || {
        card().map(|(name, s, is_reference, has_reference, hidden)| {
            let kept = (s.kept.clamp(0.0, 1.0) * 100.0).round() as u32;
            let heading_id = format!("card-{version}");
            view! {
                <li class="score-card" class:reference=is_reference aria-labelledby=heading_id>
                    <h4 id=heading_id.clone() class="card-title">
                        <span class="name" title=name.clone()>{name.clone()}</span>
                        {is_reference.then(|| view! { <span class="badge reference-badge">"★ Reference"</span> })}
                    </h4>
                    <div class="kept">
                        <div class="kept-bar" aria-hidden="true">
                            <span style:width=format!("{kept}%")></span>
                        </div>
                        <p>
                            <strong>{format!("{kept}%")}</strong>
                            {match (is_reference, has_reference) {
                                (true, _) => " of its facts: it is the reference",
                                (false, true) => " of the reference's facts kept",
                                (false, false) => " of the facts most versions share, kept",
                            }}
                        </p>
                    </div>
                    <dl class="figures">
                        <div>
                            <dt>"Conflicts"</dt>
                            <dd data-figure="conflicts">{s.conflicts}</dd>
                        </div>
                        <div>
                            <dt>"Omissions"</dt>
                            <dd data-figure="omissions">{s.omissions}</dd>
                        </div>
                        <div>
                            <dt>"Additions"</dt>
                            <dd data-figure="additions">{s.additions}</dd>
                        </div>
                        <div>
                            <dt>"Altered quotes"</dt>
                            <dd data-figure="altered-quotes">{s.altered_quotes}</dd>
                        </div>
                    </dl>
                    {(!hidden.is_empty()).then(|| view! {
                        <p class="hidden-count" title="Zero-width, bidi control, soft hyphen or control characters: invisible in most places, shown boxed in the side-by-side view and the diff">
                            <span aria-hidden="true">"⚠ "</span>{hidden}
                        </p>
                    })}
                    <FindingStrip version />
                </li>
            }
        })
    }
}
