use crate::model::pair::Run;
use crate::state::{DiffResult, Navigation};
use leptos::prelude::*;
use std::sync::Arc;

/// Characters of a change's words shown in the list.
const SHOWN: usize = 48;

/// The changes of the two panes, in reading order, each a button that
/// makes it the current one: "hurt → injured", "+ today", "moved: The
/// mayor resigned…".
#[component]
pub fn ChangeList(
    /// The diff.
    #[prop(into)]
    diff: Signal<Option<Arc<DiffResult>>>,
    /// The current change.
    #[prop(into)]
    current: Signal<Option<u32>>,
) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let items = move || diff.with(|d| d.as_ref().map(|d| describe(d)).unwrap_or_default());
    view! {
        <Show when=move || diff.with(|d| d.as_ref().is_some_and(|d| d.diff.sides.changes > 0))>
            <details class="change-list">
                <summary>"List of changes"</summary>
                <ol>
                    {move || items().into_iter().enumerate().map(|(i, text)| {
                        let c = i as u32;
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="link-button"
                                    aria-current=move || (current.get() == Some(c)).then_some("true")
                                    on:click=move |_| nav.change.set(Some(c))
                                >
                                    {text}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </details>
        </Show>
    }
}

/// Each change in a few words.
fn describe(d: &DiffResult) -> Vec<String> {
    let n = d.diff.sides.changes as usize;
    let mut old: Vec<Vec<String>> = vec![Vec::new(); n];
    let mut new: Vec<Vec<String>> = vec![Vec::new(); n];
    let mut moved: Vec<Option<String>> = vec![None; n];
    let collect =
        |runs: &[Run], text: &str, into: &mut Vec<Vec<String>>, moved: &mut Vec<Option<String>>| {
            for r in runs {
                match *r {
                    Run::Changed { range, change } => {
                        if let Some(v) = into.get_mut(change as usize) {
                            v.push(one_line(range.slice(text)));
                        }
                    }
                    Run::Moved { range, change, .. } => {
                        if let Some(m) = moved.get_mut(change as usize) {
                            m.get_or_insert_with(|| one_line(range.slice(text)));
                        }
                    }
                    Run::Same(_) | Run::Gap { .. } => {}
                }
            }
        };
    collect(&d.diff.sides.old, &d.old, &mut old, &mut moved);
    collect(&d.diff.sides.new, &d.new, &mut new, &mut moved);
    (0..n)
        .map(|i| {
            if let Some(m) = &moved[i] {
                return format!("moved: {}", clip(m));
            }
            let (o, w) = (old[i].join(" … "), new[i].join(" … "));
            match (o.is_empty(), w.is_empty()) {
                (false, false) => format!("{} → {}", clip(&o), clip(&w)),
                (false, true) => format!("deleted: {}", clip(&o)),
                (true, false) => format!("inserted: {}", clip(&w)),
                (true, true) => String::new(),
            }
        })
        .collect()
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clip(s: &str) -> String {
    match s.char_indices().nth(SHOWN) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}
