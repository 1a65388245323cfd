use super::CellText;
use crate::model::Range;
use crate::state::Results;
use leptos::prelude::*;

/// One aligned row: its number, and a cell per shown version.
#[component]
pub fn AlignedRow(
    /// The row (index in the analysis).
    row: usize,
    /// The versions shown as columns.
    columns: Memo<Vec<u32>>,
    /// The selected finding's evidence: (version, range).
    #[prop(name = "evidence")]
    selected: Memo<Vec<(u32, Range)>>,
) -> impl IntoView {
    let results = expect_context::<Results>();
    let Some(result) = results.result.get_untracked() else { return ().into_any() };
    let Some(row_view) = result.model.rows.get(row) else { return ().into_any() };
    let unique = row_view.present() == 1 && result.model.documents.len() > 1;
    // The selected finding's evidence inside this row's cells.
    let evidence = {
        let result = result.clone();
        Memo::new(move |_| {
            let Some(row_view) = result.model.rows.get(row) else { return Vec::new() };
            selected.with(|all| {
                all.iter()
                    .filter(|(v, range)| {
                        row_view
                            .cells
                            .get(*v as usize)
                            .and_then(|c| result.model.cell_range(*v as usize, c))
                            .is_some_and(|cell| cell.overlaps(*range))
                    })
                    .copied()
                    .collect::<Vec<(u32, Range)>>()
            })
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
