use crate::model::cards::{Card, Departure};
use crate::model::kinds::{severity_icon, Label};
use crate::state::{Navigation, Results};
use leptos::prelude::*;

/// Most marks on one strip: the most important findings.
const MAX_MARKS: usize = 40;

/// A version from start to end with a mark where each finding that
/// concerns it lies in its text (offset / text length), most important
/// first; each mark is a button that shows the finding in the text. What
/// it omits has no place in its text, and is counted apart.
#[component]
pub fn FindingStrip(
    /// The version (index in the analysis).
    version: usize,
    /// Every version's card.
    cards: Memo<Vec<Card>>,
) -> impl IntoView {
    let results = expect_context::<Results>();
    let nav = expect_context::<Navigation>();
    let marks = Memo::new(move |_| {
        let concerns =
            cards.with(|c| c.get(version).map(|c| c.findings.clone()).unwrap_or_default());
        results.result.with(|r| {
            let Some(r) = r else { return (Vec::new(), 0) };
            let len = r.model.documents.get(version).map_or(0, |d| d.len).max(1) as f64;
            let mut omitted = 0;
            let mut marks = Vec::new();
            for (i, how) in concerns {
                let Some(f) = r.model.findings.get(i) else { continue };
                let at = f.evidence.iter().find(|e| e.version as usize == version);
                match (how, at) {
                    (Departure::Omission, _) | (_, None) => omitted += 1,
                    (_, Some(e)) => {
                        let at = (f64::from(e.range.start) / len * 100.0).clamp(0.0, 100.0);
                        marks.push((f.key.clone(), f.severity, f.summary.clone(), at));
                    }
                }
            }
            (marks, omitted)
        })
    });
    let name = move || {
        results.result.with(|r| {
            r.as_ref()
                .and_then(|r| r.model.documents.get(version))
                .map(|d| format!("{} ({})", d.label, d.name))
                .unwrap_or_default()
        })
    };
    view! {
        <div class="strip-wrap">
            <p class="strip-label">
                {move || {
                    let (marks, omitted) = marks.get();
                    let placed = match marks.len() {
                        0 => "none marked in its text".to_string(),
                        1 => "1 marked in its text".to_string(),
                        n => format!("{n} marked in its text"),
                    };
                    match omitted {
                        0 => format!("{}:", capitalise(&placed)),
                        n => format!("{}; {n} about what it leaves out:", capitalise(&placed)),
                    }
                }}
            </p>
            <ul class="strip" aria-label=move || format!("Where its findings fall in {}", name())>
                {move || {
                    marks
                        .get()
                        .0
                        .into_iter()
                        .take(MAX_MARKS)
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

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}
