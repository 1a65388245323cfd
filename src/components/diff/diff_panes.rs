use crate::components::reading::shown_text;
use crate::model::pair::Run;
use crate::state::DiffResult;
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The two versions side by side, each in its own words and spacing,
/// scrolling together: deleted words marked in the "from" pane, inserted
/// words in the "to" pane, each change numbered the same in both (a mark
/// where the other pane has nothing), moved text framed in both with a
/// button to its other place. Scrolling one pane brings the other to the
/// same change. User text is only ever rendered as text nodes.
#[component]
pub fn DiffPanes(
    /// The diff to show.
    #[prop(into)]
    diff: Signal<Option<Arc<DiffResult>>>,
    /// The change shown as current (next / previous), if any.
    #[prop(into)]
    current: Signal<Option<u32>>,
    /// "A · wire.txt" and "B · rewrite.txt": the panes' names.
    #[prop(into)]
    names: Signal<(String, String)>,
) -> impl IntoView {
    let left = NodeRef::<html::Div>::new();
    let right = NodeRef::<html::Div>::new();
    // The pane scrolled by the page (to follow the other) ignores its next
    // scroll event.
    let following = StoredValue::new(None::<bool>);
    let sync = move |from_left: bool| {
        if following.get_value() == Some(from_left) {
            following.set_value(None);
            return;
        }
        let (Some(a), Some(b)) = (left.get(), right.get()) else { return };
        let (from, to): (HtmlElement, HtmlElement) =
            if from_left { (a.into(), b.into()) } else { (b.into(), a.into()) };
        if let Some(top) = follow(&from, &to) {
            following.set_value(Some(!from_left));
            to.set_scroll_top(top);
        }
    };
    view! {
        <div class="diff-panes">
            <div class="pane-head" aria-hidden="true">{move || names.get().0}</div>
            <div class="pane-head" aria-hidden="true">{move || names.get().1}</div>
            {pane(left, true, diff, current, names, sync)}
            {pane(right, false, diff, current, names, sync)}
        </div>
    }
}

/// One pane: the "from" version (`old`) or the "to" version, its changes
/// marked, scrolling the other with it.
fn pane(
    node: NodeRef<html::Div>,
    old: bool,
    diff: Signal<Option<Arc<DiffResult>>>,
    current: Signal<Option<u32>>,
    names: Signal<(String, String)>,
    sync: impl Fn(bool) + 'static,
) -> impl IntoView {
    let label = move || {
        let (from, to) = names.get();
        if old {
            format!("From {from}")
        } else {
            format!("To {to}")
        }
    };
    let runs = move || {
        diff.get().map(|d| {
            let (text, runs) =
                if old { (&d.old, &d.diff.sides.old) } else { (&d.new, &d.diff.sides.new) };
            runs.iter().map(|r| run_view(text, *r, old, current)).collect_view()
        })
    };
    view! {
        <div
            node_ref=node
            class=if old { "diff-pane diff-old" } else { "diff-pane diff-new" }
            role="region"
            aria-label=label
            tabindex="0"
            dir="auto"
            on:scroll=move |_| sync(old)
        >
            {runs}
        </div>
    }
}

/// The scroll position of `to` that shows the change `from` shows at its
/// top at the same height; `None` when `from` shows none.
fn follow(from: &HtmlElement, to: &HtmlElement) -> Option<i32> {
    let top = from.scroll_top();
    let marks = from.query_selector_all("[data-change]").ok()?;
    let mut anchor: Option<(String, i32)> = None;
    for i in 0..marks.length() {
        let el: HtmlElement = marks.item(i)?.dyn_into().ok()?;
        let at = el.offset_top() - from.offset_top();
        anchor = Some((el.get_attribute("data-change")?, at));
        if at >= top {
            break;
        }
    }
    let (change, at) = anchor?;
    let other: HtmlElement =
        to.query_selector(&format!("[data-change=\"{change}\"]")).ok()??.dyn_into().ok()?;
    Some(other.offset_top() - to.offset_top() - (at - top))
}

fn run_view(text: &str, run: Run, old: bool, current: Signal<Option<u32>>) -> AnyView {
    let side = if old { "old" } else { "new" };
    match run {
        Run::Same(r) => shown_text(text, r),
        Run::Changed { range, change } => {
            let is = move || current.get() == Some(change);
            let id = format!("{side}-change-{change}");
            let words = shown_text(text, range);
            if old {
                view! { <del id=id data-change=change.to_string() class:current=is tabindex="-1">{words}</del> }.into_any()
            } else {
                view! { <ins id=id data-change=change.to_string() class:current=is tabindex="-1">{words}</ins> }.into_any()
            }
        }
        Run::Gap { change } => {
            let is = move || current.get() == Some(change);
            view! {
                <span
                    id=format!("{side}-change-{change}")
                    class="gap"
                    class:current=is
                    data-change=change.to_string()
                    tabindex="-1"
                    title=if old { "Inserted in the other version here" } else { "Deleted from the other version here" }
                >
                    <span aria-hidden="true">"‸"</span>
                    <span class="visually-hidden">{if old { "(words inserted in the other version)" } else { "(words deleted from the other version)" }}</span>
                </span>
            }
            .into_any()
        }
        Run::Moved { range, change, .. } => {
            let is = move || current.get() == Some(change);
            let other = if old { "new" } else { "old" };
            let label = if old { "moved: see where it is now" } else { "moved: see where it was" };
            view! {
                <span
                    class="moved-block"
                    class:current=is
                    id=format!("{side}-change-{change}")
                    data-change=change.to_string()
                    tabindex="-1"
                >
                    <button
                        type="button"
                        class="moved-label"
                        on:click=move |_| crate::components::focus_later(format!("#{other}-change-{change}"))
                    >
                        <span aria-hidden="true">{if old { "⤵ " } else { "⤴ " }}</span>
                        {label}
                    </button>
                    " "
                    {shown_text(text, range)}
                </span>
            }
            .into_any()
        }
    }
}
