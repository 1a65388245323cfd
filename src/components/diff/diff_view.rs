use crate::inline_diff::{inline_diff, Piece, PieceKind};
use leptos::prelude::*;
use storydiff_engine::DiffOptions;

/// The word-level diff of two texts, shown as the new text with deleted
/// words (`<del>`, struck through) and inserted words (`<ins>`, underlined)
/// inline. User text is only ever rendered as text nodes.
#[component]
pub fn DiffView(
    /// The text diffed from.
    #[prop(into)]
    old: Signal<String>,
    /// The text diffed to.
    #[prop(into)]
    new: Signal<String>,
    /// Whether punctuation changes count.
    #[prop(into)]
    options: Signal<DiffOptions>,
) -> impl IntoView {
    let pieces = Memo::new(move |_| old.with(|o| new.with(|n| inline_diff(o, n, options.get()))));
    let counts = Memo::new(move |_| {
        pieces.with(|ps| {
            let words = |kind| {
                ps.iter()
                    .filter(|p| p.kind == kind)
                    .map(|p| p.text.split_whitespace().count())
                    .sum::<usize>()
            };
            (words(PieceKind::Deleted), words(PieceKind::Inserted))
        })
    });
    view! {
        <div class="diff-view">
            <p class="diff-stats">
                {move || {
                    let (deleted, inserted) = counts.get();
                    if deleted == 0 && inserted == 0 {
                        "No word changes.".to_string()
                    } else {
                        format!("{} deleted, {} inserted.", words(deleted), words(inserted))
                    }
                }}
                <span class="legend" aria-hidden="true">
                    <del>"deleted"</del>
                    " "
                    <ins>"inserted"</ins>
                </span>
            </p>
            <div class="diff-text" role="region" aria-label="Word differences">
                {move || pieces.get().into_iter().map(piece_view).collect_view()}
            </div>
        </div>
    }
}

fn piece_view(piece: Piece) -> AnyView {
    match piece.kind {
        PieceKind::Same => piece.text.into_any(),
        PieceKind::Deleted => view! { <del>{piece.text}</del> }.into_any(),
        PieceKind::Inserted => view! { <ins>{piece.text}</ins> }.into_any(),
    }
}

/// `1` → `"1 word"`, `3` → `"3 words"`.
fn words(n: usize) -> String {
    if n == 1 {
        "1 word".to_string()
    } else {
        format!("{n} words")
    }
}
