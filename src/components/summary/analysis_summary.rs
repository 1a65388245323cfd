use crate::state::AppState;
use leptos::prelude::*;

/// Figures of the latest analysis: versions, aligned rows, findings, time,
/// sentences per version, and the engine's diagnostics.
#[component]
pub fn AnalysisSummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let analysis = move || state.analysis.get().analysis;
    let sentences = move || {
        analysis()
            .documents
            .iter()
            .map(|d| (d.name.clone(), d.seg.sentences.len()))
            .collect::<Vec<_>>()
    };
    let diagnostics =
        move || analysis().diagnostics.iter().map(|d| d.message.clone()).collect::<Vec<_>>();
    view! {
        <section class="panel summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">"Analysis"</h2>
            <div class="summary-body">
            <dl class="figures">
                <div>
                    <dt>"Versions"</dt>
                    <dd data-figure="versions">{move || analysis().documents.len()}</dd>
                </div>
                <div>
                    <dt>"Aligned rows"</dt>
                    <dd data-figure="rows">{move || analysis().alignment.rows.len()}</dd>
                </div>
                <div>
                    <dt>"Findings"</dt>
                    <dd data-figure="findings">{move || analysis().findings.len()}</dd>
                </div>
                <div>
                    <dt>"Time"</dt>
                    <dd data-figure="time">
                        {move || state.analysis.get().millis.map_or("–".to_string(), |ms| format!("{ms:.0} ms"))}
                    </dd>
                </div>
            </dl>
            <Show when=move || !state.analysis.with(|r| r.analysis.documents.is_empty())>
                <table class="sentences">
                    <caption>"Sentences per version"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Version"</th>
                            <th scope="col" class="num">"Sentences"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            sentences()
                                .into_iter()
                                .map(|(name, n)| view! {
                                    <tr>
                                        <td class="name">{name}</td>
                                        <td class="num">{n}</td>
                                    </tr>
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </Show>
            </div>
            <ul class="diagnostics">
                {move || diagnostics().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
            </ul>
        </section>
    }
}
