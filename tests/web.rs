//! Browser tests (headless Chromium via wasm-bindgen-test-runner): the
//! components are mounted into the page and their DOM is checked. They check
//! the wiring; the engine's own tests check that its results are right.
//!
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!  cargo test --target wasm32-unknown-unknown --test web`
//!
//! The app's plain logic (workspace, decoding, inline diff) has native unit
//! tests beside it; these are the few that need a DOM.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use storydiff_engine::DiffOptions;
use storydiff_web::components::diff::DiffView;
use storydiff_web::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the page to mount into.
fn container() -> HtmlElement {
    let doc = document();
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// Text of every element matching `selector` under `root`.
fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

/// Lets the reactive system and pending tasks run (a macrotask turn).
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn runs_in_a_real_browser() {
    let agent = window().navigator().user_agent().unwrap();
    assert!(agent.contains("Chrome"), "user agent: {agent}");
}

#[wasm_bindgen_test]
fn diff_view_marks_deletions_and_insertions_as_text() {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), || {
        view! {
            <DiffView
                old="Six people were hurt on March 15, officials said."
                new="6 people were injured on March 14, police said. <b>bold</b>"
                options=DiffOptions::default()
            />
        }
    });
    // "15, officials" → "14, police" is one replaced run.
    assert_eq!(texts(&root, ".diff-text del"), ["hurt", "15, officials"]);
    let inserted = texts(&root, ".diff-text ins");
    assert_eq!(inserted[..2], ["injured", "14, police"]);
    assert!(inserted[2].contains("bold"), "{inserted:?}");
    // User text stays text: the markup in it is not parsed.
    assert!(root.query_selector(".diff-text b").unwrap().is_none());
    assert_eq!(
        texts(&root, ".diff-text")[0],
        "6 people were hurtinjured on March 15, officials14, police said. <b>bold</b>"
    );
    drop(handle);
    assert!(root.query_selector(".diff-view").unwrap().is_none(), "unmounted on drop");
}

#[wasm_bindgen_test]
async fn diff_view_shows_punctuation_only_when_asked() {
    let root = container();
    let options = RwSignal::new(DiffOptions::default());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <DiffView old="He said: “yes, now.”" new="He said \"yes now\"." options /> }
    });
    let marked = texts(&root, ".diff-text del, .diff-text ins");
    assert!(marked.is_empty(), "{marked:?}");
    options.set(DiffOptions { punctuation: true });
    tick().await;
    let marked = texts(&root, ".diff-text del, .diff-text ins");
    assert!(marked.iter().any(|t| t.contains(',')), "{marked:?}");
}

#[wasm_bindgen_test]
async fn app_starts_with_the_sample_story_and_diffs_two_versions() {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), App);
    tick().await;
    assert_eq!(texts(&root, ".version-card").len(), 5);
    assert_eq!(texts(&root, "[data-figure=versions]"), ["5"]);
    assert!(!texts(&root, ".diff-text del").is_empty());
    assert!(!texts(&root, ".diff-text ins").is_empty());
    let measures =
        window().performance().unwrap().get_entries_by_name("storydiff:analyze").length();
    assert!(measures >= 1);
    // The workspace was saved.
    let saved = window().local_storage().unwrap().unwrap().get_item("storydiff.workspace").unwrap();
    assert!(saved.is_some_and(|s| s.contains("000_9145386a09862644.txt")));
}
