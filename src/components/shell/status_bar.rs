use crate::components::plural;
use crate::protocol::ExportFormat;
use crate::state::{Results, RunState, Triage, Ui, LARGE_INPUT_BYTES};
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

/// How long a run goes before the progress indicator shows on small input.
const SLOW_MS: u64 = 400;

/// What the analysis is doing (a progress indicator while a run is long or
/// the input large), and the report's export and print buttons.
#[component]
pub fn StatusBar() -> impl IntoView {
    let results = expect_context::<Results>();
    let triage = expect_context::<Triage>();
    let ui = expect_context::<Ui>();
    // Shown once the current run has gone on for a while.
    let slow = RwSignal::new(false);
    Effect::new(move |_| {
        let run = results.run.get();
        slow.set(false);
        if let RunState::Running { since, bytes, .. } = run {
            if bytes >= LARGE_INPUT_BYTES {
                slow.set(true);
            } else {
                set_timeout(
                    move || {
                        if matches!(results.run.get_untracked(), RunState::Running { since: s, .. } if s == since)
                        {
                            slow.set(true);
                        }
                    },
                    Duration::from_millis(SLOW_MS),
                );
            }
        }
    });
    let summary = move || {
        results.result.with(|r| {
            r.as_ref().map(|r| {
                format!(
                    "{} · {} · analysed in {:.0} ms",
                    plural(r.model.documents.len(), "version", "versions"),
                    plural(r.model.findings.len(), "finding", "findings"),
                    r.millis
                )
            })
        })
    };
    let status = move || {
        match results.run.get() {
        RunState::Running { bytes, versions, .. } if slow.get() => view! {
            <span class="progress-line">
                <progress aria-label="Analysing"></progress>
                {format!("Analysing {} ({})…", plural(versions, "version", "versions"), size(bytes))}
            </span>
        }
        .into_any(),
        RunState::Pending | RunState::Running { .. } | RunState::Idle => {
            summary().unwrap_or_else(|| "Waiting for the analysis…".to_string()).into_any()
        }
        RunState::Failed(message) => view! { <span class="failed">{message}</span> }.into_any(),
    }
    };
    let after_print = window_event_listener(ev::afterprint, move |_| ui.printing.set(false));
    on_cleanup(move || after_print.remove());
    let print = move |_| {
        ui.printing.set(true);
        // Printed once the report is laid out.
        set_timeout(
            move || {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            },
            Duration::from_millis(100),
        );
    };
    // Exports wait for the analysis of what is on screen now.
    let has_result = move || {
        results.result.with(Option::is_some)
            && !matches!(results.run.get(), RunState::Pending | RunState::Running { .. })
    };
    let export = move |format| move |_| results.export(format, triage);
    view! {
        <div class="status-bar">
            <p class="run-status" role="status" data-running=move || (!matches!(results.run.get(), RunState::Idle)).to_string()>
                {status}
            </p>
            <div class="report-actions" role="group" aria-label="Export report">
                <span class="label" aria-hidden="true">"Report:"</span>
                <button type="button" class="secondary small" disabled=move || !has_result() on:click=export(ExportFormat::Markdown) aria-label="Download the report as Markdown">"Markdown"</button>
                <button type="button" class="secondary small" disabled=move || !has_result() on:click=export(ExportFormat::Json) aria-label="Download the report as JSON">"JSON"</button>
                <button type="button" class="secondary small" disabled=move || !has_result() on:click=export(ExportFormat::Csv) aria-label="Download the claims matrix as CSV">"CSV"</button>
                <button type="button" class="secondary small" disabled=move || !has_result() on:click=print>"Print"</button>
            </div>
        </div>
    }
}

/// `1_048_576` → `"1.0 MB"`, `20_480` → `"20 KB"`.
fn size(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}
