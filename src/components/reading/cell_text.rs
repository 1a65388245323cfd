use super::shown_text;
use crate::model::kinds::Label;
use crate::model::Range;
use crate::pieces::{cell_segments, group_by_claim, Segment};
use crate::state::AnalysisResult;
use leptos::prelude::*;
use std::sync::Arc;

/// Claims that may start this many claims before a cell and still reach
/// into it (a quote spanning sentences).
const LOOK_BACK: usize = 8;

/// One version's sentences in one row: its text with the words changed
/// against the row's base, its claims, the selected finding's evidence, and
/// badges for moved and unique sentences. User text is only ever text
/// nodes.
#[component]
pub fn CellText(
    /// The analysis shown.
    result: Arc<AnalysisResult>,
    /// The row.
    row: usize,
    /// The version.
    version: u32,
    /// True when only this row's one version has it.
    unique: bool,
    /// The selected finding's evidence in this row, per version.
    evidence: Memo<Vec<(u32, Range)>>,
) -> impl IntoView {
    let v = version as usize;
    let model = &result.model;
    let Some(row_view) = model.rows.get(row) else { return ().into_any() };
    let Some(cell) = row_view.cells.get(v) else { return ().into_any() };
    let Some(range) = model.cell_range(v, cell) else {
        return view! {
            <td class="cell absent" data-v=version.to_string() tabindex="-1">
                <span aria-hidden="true">"—"</span>
                <span class="visually-hidden">"Not in this version"</span>
            </td>
        }
        .into_any();
    };
    let is_base = row_view.base == Some(version) && row_view.present() > 1;
    let moved = cell.moved;
    let result_for_body = result.clone();
    let body = move || {
        let result = &result_for_body;
        let model = &result.model;
        let text = result.text(v);
        let base_text = row_view_base_text(result, row);
        let claims = model.claims_of(v);
        let lo = claims.partition_point(|c| c.range.start < range.start).saturating_sub(LOOK_BACK);
        let hi = claims.partition_point(|c| c.range.start < range.end);
        let first = model.documents.get(v).map_or(0, |d| d.first_claim);
        let cell_claims: Vec<(u32, Range)> = claims
            .get(lo..hi.max(lo))
            .unwrap_or(&[])
            .iter()
            .enumerate()
            .filter(|(_, c)| c.range.overlaps(range))
            .map(|(i, c)| (first + (lo + i) as u32, c.range))
            .collect();
        let changes =
            model.rows.get(row).and_then(|r| r.cells.get(v)).map_or(&[][..], |c| &c.changes[..]);
        let evidence: Vec<Range> =
            evidence.with(|e| e.iter().filter(|(ev, _)| *ev == version).map(|(_, r)| *r).collect());
        let mut first_evidence = true;
        group_by_claim(cell_segments(range, changes, &cell_claims, &evidence))
            .into_iter()
            .map(|(claim, segments)| {
                let inner = segments
                    .into_iter()
                    .map(|s| segment_view(s, text, base_text, &mut first_evidence))
                    .collect_view();
                match claim.and_then(|c| model.claims.get(c as usize).map(|cv| (c, cv))) {
                    Some((c, cv)) => {
                        let title = match cv.fact.and_then(|f| model.facts.get(f as usize)) {
                            Some(f) => format!("{}: {}", cv.kind.label(), f.label),
                            None => cv.kind.label().to_string(),
                        };
                        view! {
                            <span
                                class=format!("claim kind-{}", cv.kind.as_str())
                                data-claim=c.to_string()
                                data-fact=cv.fact.map(|f| f.to_string())
                                tabindex=if cv.fact.is_some() { "0" } else { "-1" }
                                title=title
                            >
                                {inner}
                            </span>
                        }
                        .into_any()
                    }
                    None => inner.into_any(),
                }
            })
            .collect_view()
    };
    view! {
        <td class="cell" class:base=is_base class:moved=moved data-v=version.to_string() tabindex="-1">
            {(moved || unique || is_base).then(|| view! {
                <span class="cell-badges">
                    {moved.then(|| view! {
                        <span class="badge moved-badge" title="This version says this at another place in its order">
                            <span aria-hidden="true">"↕ "</span>"moved"
                        </span>
                    })}
                    {unique.then(|| view! {
                        <span class="badge unique-badge" title="Only this version says this">
                            <span aria-hidden="true">"◆ "</span>"only here"
                        </span>
                    })}
                    {is_base.then(|| view! {
                        <span class="base-note" title="Word changes in this row are shown against this version">"base"</span>
                    })}
                </span>
            })}
            <span class="cell-text" dir="auto">{body}</span>
        </td>
    }
    .into_any()
}

fn row_view_base_text(result: &AnalysisResult, row: usize) -> &str {
    let base = result.model.rows.get(row).and_then(|r| r.base);
    base.map_or("", |b| result.text(b as usize))
}

fn segment_view(
    segment: Segment,
    text: &str,
    base_text: &str,
    first_evidence: &mut bool,
) -> AnyView {
    match segment {
        Segment::Deleted(r) => view! { <del>{shown_text(base_text, r)}</del> }.into_any(),
        Segment::Text { range, inserted, evidence, .. } => {
            let words = shown_text(text, range);
            let inner =
                if inserted { view! { <ins>{words}</ins> }.into_any() } else { words.into_any() };
            if evidence {
                // The first piece of evidence takes the focus after a jump.
                let tabindex = std::mem::replace(first_evidence, false).then_some("-1");
                view! { <mark class="evidence" tabindex=tabindex>{inner}</mark> }.into_any()
            } else {
                inner
            }
        }
    }
}
