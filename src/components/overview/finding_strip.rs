use crate::model::cards::{Card, Departure};
use crate::model::kinds::{severity_icon, Label};
use crate::state::{Navigation, Results};
use leptos::prelude::*;

/// Most marks on one strip: the most important findings.
const MAX_MARKS: usize = 40;

/// Findings closer than this (percent of the strip) share one mark: a mark
/// is 24 px wide, as a finger needs, and must not hide its neighbour on a
/// strip of 240 px or more.
const MIN_GAP: f64 = 10.0;

/// One mark on the strip: a finding, or findings near each other.
struct Mark<S> {
    /// The finding it shows: the group's first in importance order.
    key: String,
    severity: S,
    /// Every finding's summary, that one's first.
    summaries: Vec<String>,
    /// Where, in percent of the text.
    at: f64,
}

/// Marks in text order from `(key, severity, summary, at)` in importance
/// order, findings near each other in one mark.
fn grouped<S: Copy>(marks: Vec<(String, S, String, f64)>) -> Vec<Mark<S>> {
    let mut by_place: Vec<(usize, (String, S, String, f64))> =
        marks.into_iter().enumerate().collect();
    by_place.sort_by(|a, b| a.1 .3.total_cmp(&b.1 .3).then(a.0.cmp(&b.0)));
    // Each mark with the importance rank of its finding.
    let mut out: Vec<(usize, Mark<S>)> = Vec::new();
    for (rank, (key, severity, summary, at)) in by_place {
        match out.last_mut() {
            Some((first, mark)) if at - mark.at < MIN_GAP => {
                if rank < *first {
                    *first = rank;
                    mark.key = key;
                    mark.severity = severity;
                    mark.summaries.insert(0, summary);
                } else {
                    mark.summaries.push(summary);
                }
            }
            _ => out.push((rank, Mark { key, severity, summaries: vec![summary], at })),
        }
    }
    out.into_iter().map(|(_, m)| m).collect()
}

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
                    grouped(marks.get().0.into_iter().take(MAX_MARKS).collect())
                        .into_iter()
                        .map(|Mark { key, severity, summaries, at }| {
                            let label = match summaries.len() {
                                1 => format!("{} (finding, {:.0}% into the text): {}", severity.label(), at, summaries[0]),
                                n => format!("{n} findings about {:.0}% into the text, the first {}: {}", at, severity.label().to_lowercase(), summaries.join("; ")),
                            };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(key: &str, at: f64) -> (String, u8, String, f64) {
        (key.to_string(), 0, format!("about {key}"), at)
    }

    #[test]
    fn findings_near_each_other_share_a_mark_that_shows_the_most_important() {
        // In importance order: c, a, b, d.
        let marks = grouped(vec![mark("c", 16.0), mark("a", 5.0), mark("b", 50.0), mark("d", 8.0)]);
        let shown: Vec<(&str, usize, f64)> =
            marks.iter().map(|m| (m.key.as_str(), m.summaries.len(), m.at)).collect();
        assert_eq!(shown, [("a", 2, 5.0), ("c", 1, 16.0), ("b", 1, 50.0)]);
        assert_eq!(marks[0].summaries, ["about a", "about d"]);
        // Every mark at least the gap from the next.
        assert!(marks.windows(2).all(|w| w[1].at - w[0].at >= MIN_GAP));
    }
}
