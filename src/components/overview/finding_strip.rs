use crate::model::kinds::{severity_icon, Label};
use crate::state::{Navigation, Results, Triage};
use leptos::prelude::*;

/// Most marks on one strip: the most important findings.
const MAX_MARKS: usize = 40;

/// A version from start to end with a mark where each of its findings'
/// evidence lies (offset / text length), most important findings first;
/// each mark is a button that shows the finding in the text.
#[component]
pub fn FindingStrip(
    /// The version (index in the analysis).
    version: usize,
) -> impl IntoView {
    let triage = expect_context::<Triage>();
    let results = expect_context::<Results>();
    let nav = expect_context::<Navigation>();
    let marks = move || {
        let dismissed = triage.dismissed.get();
        results.result.with(|r| {
            let Some(r) = r else { return Vec::new() };
            let len = r.model.documents.get(version).map_or(0, |d| d.len).max(1) as f64;
            r.model
                .findings
                .iter()
                .filter(|f| !dismissed.contains(&f.key))
                .filter_map(|f| {
                    let e = f.evidence.iter().find(|e| e.version as usize == version)?;
                    let at = (f64::from(e.range.start) / len * 100.0).clamp(0.0, 100.0);
                    Some((f.key.clone(), f.severity, f.summary.clone(), at))
                })
                .take(MAX_MARKS)
                .collect::<Vec<_>>()
        })
    };
    let name = move || {
        results.result.with(|r| r.as_ref().map(|r| r.name(version).to_string()).unwrap_or_default())
    };
    view! {
        <div class="strip-wrap">
            <p class="strip-label">
                {move || {
                    let n = marks().len();
                    match n {
                        0 => "No findings in this version's text.".to_string(),
                        1 => "1 finding in its text:".to_string(),
                        _ => format!("{n} findings in its text:"),
                    }
                }}
            </p>
            <ul class="strip" aria-label=move || format!("Where the findings fall in {}", name())>
                {move || {
                    marks()
                        .into_iter()
                        .map(|(key, severity, summary, at)| {
                            let label = format!("{} ({}, {:.0}% into the text): {}", severity.label(), "finding", at, summary);
                            let k = key.clone();
                            view! {
                                <li style:left=format!("{at:.2}%")>
                                    <button
                                        type="button"
                                        class=format!("mark severity-{}", severity.as_str())
                                        aria-label=label.clone()
                                        title=label
                                        on:click=move |_| nav.jump_to_finding(&k)
                                    >
                                        <span aria-hidden="true">{severity_icon(severity)}</span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
