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

/// How many of `target` items to lay out, growing toward it by `chunk` per
/// task: a long list is laid out over several short tasks instead of one
/// long one, so the page keeps answering while it fills. Shrinking is
/// immediate.
pub fn progressive(
    target: impl Fn() -> usize + Send + Sync + 'static,
    chunk: impl Fn() -> usize + Send + Sync + 'static,
) -> leptos::prelude::ReadSignal<usize> {
    use leptos::prelude::*;
    let chunk = std::sync::Arc::new(chunk);
    let first = chunk().max(1);
    let shown = RwSignal::new(0usize);
    let pending = StoredValue::new(false);
    let goal = Memo::new(move |_| target());
    shown.set(goal.get_untracked().min(first));
    fn step(
        shown: RwSignal<usize>,
        goal: Memo<usize>,
        pending: StoredValue<bool>,
        chunk: std::sync::Arc<dyn Fn() -> usize + Send + Sync>,
    ) {
        if pending.get_value() {
            return;
        }
        pending.set_value(true);
        set_timeout(
            move || {
                // The view may be gone by now (another tab shown, new
                // results): then there is nothing left to lay out.
                let (Some(now), Some(want)) = (shown.try_get_untracked(), goal.try_get_untracked())
                else {
                    return;
                };
                pending.try_update_value(|p| *p = false);
                if now < want {
                    shown.try_set((now + chunk().max(1)).min(want));
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
            step(shown, goal, pending, chunk.clone());
        }
    });
    shown.read_only()
}
