//! The views, grouped by feature, one component per file.

pub mod diff;
pub mod findings;
pub mod matrix;
pub mod notices;
pub mod overview;
pub mod print;
pub mod reading;
pub mod share;
pub mod shell;
pub mod versions;

use std::time::Duration;
use wasm_bindgen::JsCast;

/// Focuses the element matching `selector` once the pending view updates
/// have reached the page, scrolling it into view.
pub fn focus_later(selector: String) {
    leptos::prelude::set_timeout(
        move || {
            let found = leptos::prelude::document().query_selector(&selector).ok().flatten();
            if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        },
        Duration::from_millis(0),
    );
}

/// `1` → `"1 word"`, `3` → `"3 words"`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Names of versions in a list: `"a.txt, b.txt and c.txt"`.
pub fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A flag that turns true in a later task: what the first paint can do
/// without (a closed dialog's contents, the paste box) renders after it.
/// Flags turn true one per task, in the order they were asked for, so the
/// page's first layout is several short tasks rather than one long one.
pub fn later() -> leptos::prelude::ReadSignal<bool> {
    use leptos::prelude::*;
    use std::cell::{Cell, RefCell};
    use std::collections::VecDeque;
    thread_local! {
        static WAITING: RefCell<VecDeque<RwSignal<bool>>> = const { RefCell::new(VecDeque::new()) };
        static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    }
    fn schedule() {
        if SCHEDULED.replace(true) {
            return;
        }
        set_timeout(
            || {
                SCHEDULED.set(false);
                // One that is gone by now (its view was dropped) takes no task.
                while let Some(flag) = WAITING.with(|w| w.borrow_mut().pop_front()) {
                    if flag.try_set(true).is_none() {
                        break;
                    }
                }
                if WAITING.with(|w| !w.borrow().is_empty()) {
                    schedule();
                }
            },
            Duration::from_millis(0),
        );
    }
    let ready = RwSignal::new(false);
    WAITING.with(|w| w.borrow_mut().push_back(ready));
    schedule();
    ready.read_only()
}

/// Its children, rendered in a later task (see [`later`]).
#[leptos::component]
pub fn Later(children: leptos::prelude::ChildrenFn) -> impl leptos::prelude::IntoView {
    use leptos::prelude::*;
    let ready = later();
    view! { <Show when=move || ready.get()>{children()}</Show> }
}

/// Main-thread time one chunk of a [`progressive`] list may take, in ms:
/// a fifth of the 50 ms from which a task counts as long, so that a chunk
/// stays short on a phone several times slower than a laptop.
const CHUNK_BUDGET_MS: f64 = 10.0;

/// How many of `target` items to lay out, growing toward it a chunk per
/// task: a long list is laid out over several short tasks instead of one
/// long one, so the page keeps answering while it fills. `first` is how
/// many to show at once; later chunks are sized so that each (its render
/// and layout) takes about [`CHUNK_BUDGET_MS`], from what the last one
/// took. Shrinking is immediate.
pub fn progressive(
    target: impl Fn() -> usize + Send + Sync + 'static,
    first: impl Fn() -> usize,
) -> leptos::prelude::ReadSignal<usize> {
    use leptos::prelude::*;
    let first = first().max(1);
    let shown = RwSignal::new(0usize);
    let pending = StoredValue::new(false);
    let chunk = StoredValue::new(first);
    let goal = Memo::new(move |_| target());
    shown.set(goal.get_untracked().min(first));
    fn step(
        shown: RwSignal<usize>,
        goal: Memo<usize>,
        pending: StoredValue<bool>,
        chunk: StoredValue<usize>,
    ) {
        if pending.get_value() {
            return;
        }
        pending.set_value(true);
        let since = crate::runner::now();
        set_timeout(
            move || {
                // The view may be gone by now (another tab shown, new
                // results): then there is nothing left to lay out.
                let (Some(now), Some(want), Some(size)) =
                    (shown.try_get_untracked(), goal.try_get_untracked(), chunk.try_get_value())
                else {
                    return;
                };
                pending.try_update_value(|p| *p = false);
                if now < want {
                    let next = next_chunk(size, crate::runner::now() - since);
                    chunk.try_set_value(next);
                    shown.try_set((now + next).min(want));
                    step(shown, goal, pending, chunk);
                }
            },
            Duration::from_millis(0),
        );
    }
    Effect::new(move |_| {
        let want = goal.get();
        let now = shown.get_untracked();
        if want < now {
            shown.set(want);
        } else if want > now {
            step(shown, goal, pending, chunk);
        }
    });
    shown.read_only()
}

/// The next chunk's size after one of `size` items took `took_ms` (its
/// render and layout, and whatever else ran before the next task): scaled
/// toward [`CHUNK_BUDGET_MS`], at most halving or doubling at a time.
fn next_chunk(size: usize, took_ms: f64) -> usize {
    let size = size.max(1) as f64;
    let scale = if took_ms > 0.0 { CHUNK_BUDGET_MS / took_ms } else { 2.0 };
    (size * scale.clamp(0.5, 2.0)).round().max(1.0) as usize
}

#[cfg(test)]
mod tests {
    use super::next_chunk;

    #[test]
    fn chunks_grow_toward_the_budget_and_shrink_when_over_it() {
        assert_eq!(next_chunk(4, 5.0), 8, "half the budget: twice as many");
        assert_eq!(next_chunk(4, 1.0), 8, "at most doubling");
        assert_eq!(next_chunk(8, 40.0), 4, "at most halving");
        assert_eq!(next_chunk(6, 12.0), 5);
        assert_eq!(next_chunk(1, 500.0), 1, "never below one");
        assert_eq!(next_chunk(3, 0.0), 6, "no time measured: doubling");
    }
}
