use super::{FindingFilters, FindingItem};
use crate::components::progressive;
use crate::state::{Navigation, Results};
use leptos::prelude::*;

/// Findings laid out at first, and added per "Show more": a long story can
/// have hundreds, and laying them all out at once would stall the page.
const PAGE: usize = 40;

/// The findings view: filters and the list, most important first.
#[component]
pub fn FindingList() -> impl IntoView {
    let results = expect_context::<Results>();
    let nav = expect_context::<Navigation>();
    let visible = Memo::new(move |_| nav.visible_findings());
    let total = move || results.result.with(|r| r.as_ref().map_or(0, |r| r.model.findings.len()));
    let generation = move || results.result.with(|r| r.as_ref().map_or(0, |r| r.generation));
    let limit = RwSignal::new(PAGE);
    let versions =
        move || results.result.with(|r| r.as_ref().map_or(1, |r| r.model.documents.len()));
    // A finding costs about one evidence line per version.
    let shown = progressive(
        move || visible.with(Vec::len).min(limit.get()),
        move || (80 / versions().max(1)).clamp(2, 12),
    );
    // The selected finding (j/k) is always laid out.
    Effect::new(move |_| {
        let Some(key) = nav.selected.get() else { return };
        let at = results
            .result
            .with_untracked(|r| r.as_ref().and_then(|r| r.finding(&key).map(|(i, _)| i)));
        let pos = at.and_then(|i| visible.with_untracked(|v| v.iter().position(|&x| x == i)));
        if let Some(pos) = pos {
            if pos >= limit.get_untracked() {
                limit.set(pos + PAGE);
            }
        }
    });
    view! {
        <div class="findings">
            <h2 class="view-heading">"Findings"</h2>
            <FindingFilters />
            <p class="list-count" id="findings-count" role="status" tabindex="-1">
                {move || {
                    let (shown, all) = (visible.with(Vec::len), total());
                    if all == 0 {
                        "No factual differences found.".to_string()
                    } else if shown == all {
                        format!("{all} findings, most important first. Choose one (or press Enter on it) to see it in the text; j and k step through them.")
                    } else {
                        format!("Showing {shown} of {all} findings.")
                    }
                }}
            </p>
            <ol class="finding-list">
                <For
                    each=move || {
                        let g = generation();
                        visible.get().into_iter().take(shown.get()).map(move |i| (g, i)).collect::<Vec<_>>()
                    }
                    key=|k| *k
                    let:item
                >
                    <FindingItem index=item.1 />
                </For>
            </ol>
            <Show when=move || { visible.with(Vec::len) > limit.get() }>
                <button type="button" class="secondary" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {move || format!("Show more ({} left)", visible.with(Vec::len).saturating_sub(limit.get()))}
                </button>
            </Show>
        </div>
    }
}
