use crate::components::plural;
use crate::components::reading::shown_text;
use crate::model::pair::{piece_changes, Piece};
use crate::pieces::HiddenCount;
use crate::state::DiffResult;
use leptos::prelude::*;
use std::sync::Arc;

/// The word-level diff of two texts in one column (narrow screens): the new
/// text with deleted words (`<del>`, struck through) and inserted words
/// (`<ins>`, underlined) inline — a deletion keeps the spacing it had in
/// the old text, so words never run together — and moved text shown once
/// where it now is (dotted frame, "moved from") with a marker where it was
/// ("moved to"); the markers are buttons that go to each other. Each
/// change carries its number (`data-change`) for next / previous. User
/// text is only ever rendered as text nodes.
#[component]
pub fn DiffView(
    /// The diff to show (none yet: a placeholder).
    #[prop(into)]
    diff: Signal<Option<Arc<DiffResult>>>,
    /// True while a newer diff is on its way.
    #[prop(into, optional)]
    busy: Signal<bool>,
    /// The change shown as current (next / previous), if any.
    #[prop(into, optional)]
    current: Signal<Option<u32>>,
) -> impl IntoView {
    view! {
        <div class="diff-view" aria-busy=move || busy.get().to_string()>
            <DiffStats diff />
            <div class="diff-text" role="region" aria-label="Word differences" tabindex="0" dir="auto">
                {move || diff.get().map(|d| pieces_view(&d, current))}
            </div>
        </div>
    }
}

/// How many words changed, and whether the versions' hidden characters
/// differ.
#[component]
pub fn DiffStats(
    /// The diff.
    #[prop(into)]
    diff: Signal<Option<Arc<DiffResult>>>,
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
    }
}

/// The text a piece shows, for spacing decisions.
fn piece_text<'a>(d: &'a DiffResult, p: &Piece) -> &'a str {
    match *p {
        Piece::Same(r) | Piece::Inserted(r) | Piece::MovedHere { new: r, .. } => r.slice(&d.new),
        Piece::Deleted(r) => r.slice(&d.old),
        Piece::MovedAway { .. } => " ",
    }
}

fn pieces_view(d: &DiffResult, current: Signal<Option<u32>>) -> AnyView {
    let pieces = &d.diff.pieces;
    let (changes, _) = piece_changes(pieces);
    let ws = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let mut out = Vec::with_capacity(pieces.len() + 4);
    for (i, p) in pieces.iter().enumerate() {
        let view = piece_view(d, *p, changes[i], current);
        if let Piece::Deleted(r) = *p {
            let before = i.checked_sub(1).map(|j| piece_text(d, &pieces[j]));
            let after = pieces.get(i + 1).map(|n| piece_text(d, n));
            let old_before = d.old.get(..r.start as usize).and_then(|t| t.chars().next_back());
            let old_after = d.old.get(r.end as usize..).and_then(|t| t.chars().next());
            let space = |near: Option<&str>, first: bool, old: Option<char>| {
                let c =
                    near.and_then(|t| if first { t.chars().next() } else { t.chars().next_back() });
                near.is_some() && !ws(c) && old.is_some_and(char::is_whitespace)
            };
            if space(before, false, old_before) {
                out.push(" ".into_any());
            }
            out.push(view);
            if space(after, true, old_after) {
                out.push(" ".into_any());
            }
        } else {
            out.push(view);
        }
    }
    out.collect_view().into_any()
}

fn piece_view(
    d: &DiffResult,
    piece: Piece,
    change: Option<u32>,
    current: Signal<Option<u32>>,
) -> AnyView {
    let is = move || change.is_some() && current.get() == change;
    let data = change.map(|c| c.to_string());
    match piece {
        Piece::Same(r) => shown_text(&d.new, r),
        Piece::Deleted(r) => view! {
            <del data-change=data class:current=is tabindex="-1">{shown_text(&d.old, r)}</del>
        }
        .into_any(),
        Piece::Inserted(r) => view! {
            <ins data-change=data class:current=is tabindex="-1">{shown_text(&d.new, r)}</ins>
        }
        .into_any(),
        Piece::MovedAway { id, old } => {
            let words = old.slice(&d.old).split_whitespace().count();
            view! {
                <button
                    type="button"
                    class="moved-away"
                    class:current=is
                    data-change=data
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
            <span class="moved-here" class:current=is data-change=data id=format!("moved-to-{id}") tabindex="-1">
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
