use crate::components::plural;
use crate::components::reading::shown_text;
use crate::model::pair::Piece;
use crate::pieces::HiddenCount;
use crate::state::DiffResult;
use leptos::prelude::*;
use std::sync::Arc;

/// The word-level diff of two texts, shown as the new text with deleted
/// words (`<del>`, struck through) and inserted words (`<ins>`, underlined)
/// inline, and moved text shown once where it now is (dotted frame, "moved
/// from") with a marker where it was ("moved to"); the markers are buttons
/// that go to each other. User text is only ever rendered as text nodes.
#[component]
pub fn DiffView(
    /// The diff to show (none yet: a placeholder).
    #[prop(into)]
    diff: Signal<Option<Arc<DiffResult>>>,
    /// True while a newer diff is on its way.
    #[prop(into, optional)]
    busy: Signal<bool>,
) -> impl IntoView {
    let stats = move || {
        diff.with(|d| {
            d.as_ref().map(|d| {
                let x = &d.diff;
                if x.deleted == 0 && x.inserted == 0 && x.moves == 0 {
                    "No word changes.".to_string()
                } else {
                    let mut s = format!(
                        "{} deleted, {} inserted",
                        plural(x.deleted as usize, "word", "words"),
                        plural(x.inserted as usize, "word", "words")
                    );
                    if x.moves > 0 {
                        s.push_str(&format!(
                            ", {} moved in {}",
                            plural(x.moved as usize, "word", "words"),
                            plural(x.moves as usize, "block", "blocks")
                        ));
                    }
                    s.push('.');
                    s
                }
            })
        })
    };
    // Hidden characters are left out of the comparison, and the diff shows
    // the new text's: say when the two versions' differ (a hidden edit).
    let hidden = move || {
        diff.with(|d| {
            let d = d.as_ref()?;
            let (old, new) = (HiddenCount::of(&d.old), HiddenCount::of(&d.new));
            (old != new).then(|| {
                let side = |c: &HiddenCount| match c.total() {
                    0 => "none".to_string(),
                    _ => c.describe(),
                };
                format!("Hidden characters differ. From: {}. To: {}.", side(&old), side(&new))
            })
        })
    };
    view! {
        <div class="diff-view" aria-busy=move || busy.get().to_string()>
            <p class="diff-stats">
                {move || stats().unwrap_or_else(|| "Comparing…".to_string())}
                <span class="legend" aria-hidden="true">
                    <del>"deleted"</del>
                    " "
                    <ins>"inserted"</ins>
                    " "
                    <span class="moved-here">"moved"</span>
                </span>
            </p>
            {move || hidden().map(|h| view! { <p class="hidden-note">{h}</p> })}
            <div class="diff-text" role="region" aria-label="Word differences" tabindex="0" dir="auto">
                {move || diff.get().map(|d| d.diff.pieces.iter().map(|p| piece_view(&d, *p)).collect_view())}
            </div>
        </div>
    }
}

fn piece_view(d: &DiffResult, piece: Piece) -> AnyView {
    match piece {
        Piece::Same(r) => shown_text(&d.new, r),
        Piece::Deleted(r) => view! { <del>{shown_text(&d.old, r)}</del> }.into_any(),
        Piece::Inserted(r) => view! { <ins>{shown_text(&d.new, r)}</ins> }.into_any(),
        Piece::MovedAway { id, old } => {
            let words = old.slice(&d.old).split_whitespace().count();
            view! {
                <button
                    type="button"
                    class="moved-away"
                    id=format!("moved-from-{id}")
                    title=format!("Moved: {}", old.slice(&d.old))
                    on:click=move |_| crate::components::focus_later(format!("#moved-to-{id}"))
                >
                    <span aria-hidden="true">"⤵ "</span>
                    {format!("{} moved from here", plural(words, "word", "words"))}
                </button>
            }
            .into_any()
        }
        Piece::MovedHere { id, new } => view! {
            <span class="moved-here" id=format!("moved-to-{id}") tabindex="-1">
                <button
                    type="button"
                    class="moved-label"
                    on:click=move |_| crate::components::focus_later(format!("#moved-from-{id}"))
                >
                    <span aria-hidden="true">"⤴ "</span>"moved here"
                </button>
                " "
                {shown_text(&d.new, new)}
            </span>
        }
        .into_any(),
    }
}
