//! The views, grouped by feature, one component per file.

pub mod diff;
pub mod findings;
pub mod matrix;
pub mod notices;
pub mod overview;
pub mod print;
pub mod reading;
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
