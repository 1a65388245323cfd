use super::CellText;
use crate::model::Range;
use crate::state::AppState;
use leptos::prelude::*;

/// One aligned row: its number, and a cell per shown version.
#[component]
pub fn AlignedRow(
    /// The row (index in the analysis).
    row: usize,
    /// The versions shown as columns.
    columns: Memo<Vec<u32>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(result) = state.result.get_untracked() else { return ().into_any() };
    let Some(row_view) = result.model.rows.get(row) else { return ().into_any() };
    let unique = row_view.present() == 1 && result.model.documents.len() > 1;
    // The selected finding's evidence inside this row's cells.
    let evidence = {
        let result = result.clone();
        Memo::new(move |_| {
            let key = state.selected.get();
            let Some(row_view) = result.model.rows.get(row) else { return Vec::new() };
            let Some((_, f)) = key.as_deref().and_then(|k| result.finding(k)) else {
                return Vec::new();
            };
            f.evidence
                .iter()
                .filter(|e| {
                    row_view
                        .cells
                        .get(e.version as usize)
                        .and_then(|c| result.model.cell_range(e.version as usize, c))
                        .is_some_and(|cell| cell.overlaps(e.range))
                })
                .map(|e| (e.version, e.range))
                .collect::<Vec<(u32, Range)>>()
        })
    };
    let has_evidence = move || evidence.with(|e| !e.is_empty());
    view! {
        <tr id=format!("row-{row}") class:unique=unique class:has-evidence=has_evidence>
            <th scope="row" class="row-no">{row + 1}</th>
            {move || {
                columns
                    .get()
                    .into_iter()
                    .map(|v| view! { <CellText result=result.clone() row version=v unique evidence /> })
                    .collect_view()
            }}
        </tr>
    }
    .into_any()
}
