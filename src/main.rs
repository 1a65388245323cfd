//! The page's entry point: mounts [`storydiff_web::App`] on the body, after
//! index.html's static title, and removes the static "Loading…" line in
//! the same task (so nothing moves on screen between the two). The mount
//! runs in a task after the one that instantiated the wasm (each is then
//! shorter) and is measured as `storydiff:mount` (the browser's
//! performance timeline).

use std::time::Duration;

fn main() {
    console_error_panic_hook::set_once();
    leptos::prelude::set_timeout(mount, Duration::ZERO);
}

fn mount() {
    const START: &str = "storydiff:mount:start";
    let window = web_sys::window();
    let performance = window.as_ref().and_then(|w| w.performance());
    if let Some(p) = &performance {
        let _ = p.mark(START);
    }
    leptos::mount::mount_to_body(storydiff_web::App);
    if let Some(boot) = window.and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    if let Some(p) = performance {
        let _ = p.measure_with_start_mark("storydiff:mount", START);
        p.clear_marks_with_mark_name(START);
    }
}
