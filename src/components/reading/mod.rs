//! The versions side by side: aligned rows, word changes against each row's
//! base, sentences unique to one version and moved ones marked, claims
//! highlighted (the same fact in every column on hover or focus).

mod aligned_row;
mod aligned_view;
mod cell_text;

pub use aligned_row::AlignedRow;
pub use aligned_view::AlignedView;
pub use cell_text::CellText;

use crate::model::Range;
use crate::pieces::{text_runs, TextRun};
use leptos::prelude::*;

/// All of `text` as [`shown_text`] shows it (a preview, a quoted excerpt).
pub fn shown_str(text: &str) -> AnyView {
    let end = u32::try_from(text.len()).unwrap_or(u32::MAX);
    shown_text(text, Range { start: 0, end })
}

/// `text[range]` as text nodes, with each hidden character (zero-width,
/// bidi control, soft hyphen, control character) in a marker that shows its
/// short name ("ZWSP", "RLO") and names it for tips and screen readers.
/// The character itself stays inside the marker, so offsets and copied
/// text are unchanged; the marker isolates it, so a bidi override cannot
/// reorder the text around it.
pub fn shown_text(text: &str, range: Range) -> AnyView {
    let runs = text_runs(text, range);
    if let [TextRun::Plain(t)] = runs.as_slice() {
        return t.to_string().into_any();
    }
    runs.into_iter()
        .map(|run| match run {
            TextRun::Plain(t) => t.to_string().into_any(),
            TextRun::Hidden { text, kind } => {
                let label = format!("hidden character: {}", kind.label());
                view! {
                    <span class="hidden-char" data-abbr=kind.abbr role="img" aria-label=label.clone() title=label>
                        {text.to_string()}
                    </span>
                }
                .into_any()
            }
        })
        .collect_view()
        .into_any()
}
