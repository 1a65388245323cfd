use crate::state::Navigation;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Highlights every claim of the hovered or focused fact, in every column,
/// by giving those elements the class `fact-hover` (the Content Security
/// Policy allows no inline style rules). One query per change: cheaper than
/// a signal per claim.
#[component]
pub fn FactHighlight() -> impl IntoView {
    let nav = expect_context::<Navigation>();
    Effect::new(move |_| {
        let fact = nav.hovered_fact.get();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        set_class(&document, ".claim.fact-hover", false);
        if let Some(f) = fact {
            set_class(&document, &format!(".claim[data-fact=\"{f}\"]"), true);
        }
    });
}

fn set_class(document: &web_sys::Document, selector: &str, on: bool) {
    let Ok(list) = document.query_selector_all(selector) else { return };
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            let classes = el.class_list();
            let _ = if on { classes.add_1("fact-hover") } else { classes.remove_1("fact-hover") };
        }
    }
}
