use crate::components::and_list;
use crate::components::findings::{clip_context, SeverityBadge};
use crate::model::kinds::Label;
use crate::model::Status;
use crate::state::{Results, Triage};
use leptos::prelude::*;

/// Findings (without the dismissed ones, which are counted; confirmed ones
/// marked) and the claims matrix, for printing or saving as PDF. Shown
/// only by the print stylesheet.
#[component]
pub fn PrintReport() -> impl IntoView {
    let triage = expect_context::<Triage>();
    let results = expect_context::<Results>();
    let Some(r) = results.result.get_untracked() else { return ().into_any() };
    let dismissed = triage.dismissed.get_untracked();
    let confirmed = triage.confirmed.get_untracked();
    let called: Vec<String> =
        r.model.documents.iter().map(|d| format!("{} ({})", d.label, d.name)).collect();
    let names: Vec<&str> = called.iter().map(String::as_str).collect();
    let judged = match r.model.reference {
        Some(i) => format!("Judged against the reference, {}.", names[i as usize]),
        None => "Judged against the consensus of all versions.".to_string(),
    };
    let left_out = r.model.findings.iter().filter(|f| dismissed.contains(&f.key)).count();
    let left_out = match left_out {
        0 => "No finding was dismissed.".to_string(),
        1 => "1 finding dismissed as a false positive is left out.".to_string(),
        n => format!("{n} findings dismissed as false positives are left out."),
    };
    let findings = r
        .model
        .findings
        .iter()
        .filter(|f| !dismissed.contains(&f.key))
        .map(|f| {
            let evidence = f
                .evidence
                .iter()
                .map(|e| {
                    let (before, mark, after) = clip_context(r.text(e.version as usize), e.context, e.range);
                    view! {
                        <li>
                            <strong>{names.get(e.version as usize).map(|n| n.to_string())}": "</strong>
                            {before}<mark>{mark}</mark>{after}
                        </li>
                    }
                })
                .collect_view();
            let missing: Vec<&str> =
                f.missing_in.iter().filter_map(|&v| names.get(v as usize).copied()).collect();
            let is_confirmed = confirmed.contains(&f.key);
            view! {
                <li class="print-finding">
                    <p>
                        <SeverityBadge severity=f.severity />
                        " · " {f.kind.label()} " · "
                        <strong>{f.summary.clone()}</strong>
                        {is_confirmed.then_some(" · ✓ confirmed")}
                    </p>
                    <ul>{evidence}</ul>
                    {(!missing.is_empty()).then(|| view! { <p>"Missing in: " {and_list(&missing)}</p> })}
                    <p class="rule">"Rule: " {f.rule.clone()}</p>
                </li>
            }
        })
        .collect_view();
    let matrix = r
        .model
        .facts
        .iter()
        .map(|f| {
            let cells = (0..names.len())
                .map(|v| {
                    let status = f.status.get(v).copied().unwrap_or(Status::Missing);
                    let (icon, word) = match status {
                        Status::Same => ("✓", "same"),
                        Status::Different => ("≠", "different"),
                        Status::Missing => ("—", "missing"),
                    };
                    let value = f.values.get(v).cloned().flatten().unwrap_or_default();
                    view! { <td>{format!("{icon} {value}")}<span class="visually-hidden">{format!(" ({word})")}</span></td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{f.label.clone()}" ("{f.kind.label()}")"</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="print-report">
            <h2>"storydiff report"</h2>
            <p>{format!("Versions: {}. {judged}", names.join(", "))}</p>
            <h3>"Findings"</h3>
            <p>{left_out}</p>
            <ol>{findings}</ol>
            <h3>"Claims matrix"</h3>
            <p>"✓ same, ≠ different, — missing."</p>
            <table class="print-matrix">
                <thead>
                    <tr>
                        <th scope="col">"Fact"</th>
                        {names.iter().map(|n| view! { <th scope="col">{n.to_string()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{matrix}</tbody>
            </table>
        </div>
    }
    .into_any()
}
