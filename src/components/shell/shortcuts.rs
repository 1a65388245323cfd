use crate::components::focus_later;
use crate::state::{Navigation, Ui, View};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

/// The page-wide keys: j/n and k/p step through the findings (in the
/// pairwise diff, through its changes), 1–5 switch views, ? opens the
/// help. Keys typed into a text field are left alone.
/// Renders nothing.
#[component]
pub fn Shortcuts() -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let ui = expect_context::<Ui>();
    let handle = window_event_listener(ev::keydown, move |ev: KeyboardEvent| {
        if ev.default_prevented() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing(&ev) {
            return;
        }
        if ui.help.get_untracked() {
            return;
        }
        match ev.key().as_str() {
            "?" => {
                ev.prevent_default();
                ui.help.set(true);
            }
            "j" | "n" | "k" | "p" => {
                ev.prevent_default();
                let step = if matches!(ev.key().as_str(), "j" | "n") { 1 } else { -1 };
                // In the pairwise diff they step through its changes.
                if nav.view.get_untracked() == View::Diff {
                    nav.step_change(step as i32);
                    return;
                }
                let Some(key) = nav.step_finding(step) else { return };
                if nav.view.get_untracked() == View::Reading {
                    nav.jump_to_finding(&key);
                } else {
                    nav.view.set(View::Findings);
                    focus_later(format!("#finding-{key}"));
                }
            }
            digit @ ("1" | "2" | "3" | "4" | "5") => {
                let i = digit.parse::<usize>().unwrap_or(1) - 1;
                if let Some(&view) = View::ALL.get(i) {
                    ev.prevent_default();
                    nav.view.set(view);
                }
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

/// True when the key goes into a text field (or a select, where letters pick
/// options).
fn typing(ev: &KeyboardEvent) -> bool {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return false };
    el.closest("input:not([type=radio]):not([type=checkbox]), textarea, select, [contenteditable]")
        .ok()
        .flatten()
        .is_some()
}
