//! Browser tests (headless Chromium via wasm-bindgen-test-runner): the
//! components are mounted into the page and their DOM is checked. They check
//! the wiring; the engine's own tests check that its results are right, and
//! the native unit tests beside the app's modules check its plain logic.
//!
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!  cargo test --target wasm32-unknown-unknown --test web`
//!
//! The analysis worker is not served here: the views are given an analysis
//! made in the test (the same code the worker runs).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use std::sync::Arc;
use storydiff_engine::{analyze, DiffOptions, Options, Version};
use storydiff_web::components::diff::DiffView;
use storydiff_web::model::build::build;
use storydiff_web::model::pair::pair_diff;
use storydiff_web::sample::SAMPLE_STORY;
use storydiff_web::state::{AnalysisResult, AppState, DiffResult, View};
use storydiff_web::storage::Settings;
use storydiff_web::{App, Page};
use storydiff_workspace::{Workspace, WorkspaceVersion};
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

/// Lets the page lay out long lists (they are rendered a chunk per task)
/// until `selector` matches `count` elements, or gives up after many tasks.
async fn until_count(root: &HtmlElement, selector: &str, count: usize) -> usize {
    for _ in 0..200 {
        let n = texts(root, selector).len();
        if n >= count {
            return n;
        }
        tick().await;
    }
    texts(root, selector).len()
}

/// The number of `selector` matches once the page stops adding them.
async fn settled_count(root: &HtmlElement, selector: &str) -> usize {
    let (mut last, mut same) = (usize::MAX, 0);
    for _ in 0..400 {
        let n = texts(root, selector).len();
        same = if n == last { same + 1 } else { 0 };
        if same >= 10 {
            return n;
        }
        last = n;
        tick().await;
    }
    last
}

fn diff(old: &str, new: &str, punctuation: bool) -> Option<Arc<DiffResult>> {
    Some(Arc::new(DiffResult {
        old: old.into(),
        new: new.into(),
        diff: pair_diff(old, new, DiffOptions { punctuation }),
    }))
}

/// App state holding the sample story and its analysis, without a worker.
fn sample_state() -> AppState {
    let versions = SAMPLE_STORY.iter().map(|(n, t)| WorkspaceVersion::new(*n, *t)).collect();
    let state = AppState::new(&Workspace::new(versions), &Settings::default());
    let engine: Vec<Version> = SAMPLE_STORY.iter().map(|(n, t)| Version::new(*n, *t)).collect();
    let model = build(&analyze(&engine, &Options::default()));
    let texts = SAMPLE_STORY.iter().map(|(_, t)| t.to_string()).collect();
    let keys = state.inputs.versions.get_untracked().keys();
    state.results.result.set(Some(Arc::new(AnalysisResult::new(1, model, texts, keys, 1.0))));
    state
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
        let d = diff(
            "Six people were hurt on March 15, officials said.",
            "6 people were injured on March 14, police said. <b>bold</b>",
            false,
        );
        view! { <DiffView diff=Signal::derive(move || d.clone()) /> }
    });
    // "15, officials" → "14, police" is one replaced run.
    assert_eq!(texts(&root, ".diff-text del"), ["hurt", "15, officials"]);
    let inserted = texts(&root, ".diff-text ins");
    assert_eq!(inserted[..2], ["injured", "14, police"]);
    assert!(inserted[2].contains("bold"), "{inserted:?}");
    // User text stays text: the markup in it is not parsed.
    assert!(root.query_selector(".diff-text b").unwrap().is_none());
    // A deletion keeps its spacing: words never run together at a change.
    assert_eq!(
        texts(&root, ".diff-text")[0],
        "6 people were hurt injured on March 15, officials 14, police said. <b>bold</b>"
    );
    drop(handle);
    assert!(root.query_selector(".diff-view").unwrap().is_none(), "unmounted on drop");
}

#[wasm_bindgen_test]
async fn diff_view_shows_punctuation_only_when_asked() {
    let root = container();
    let (old, new) = ("He said: “yes, now.”", "He said \"yes now\".");
    let shown = RwSignal::new(diff(old, new, false));
    let _handle = leptos::mount::mount_to(root.clone(), move || view! { <DiffView diff=shown /> });
    let marked = texts(&root, ".diff-text del, .diff-text ins");
    assert!(marked.is_empty(), "{marked:?}");
    shown.set(diff(old, new, true));
    tick().await;
    let marked = texts(&root, ".diff-text del, .diff-text ins");
    assert!(marked.iter().any(|t| t.contains(',')), "{marked:?}");
}

#[wasm_bindgen_test]
fn diff_view_shows_moved_text_once_with_a_marker_where_it_was() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        let d = diff(
            "The mayor resigned on Friday after the vote of the council. Six people were hurt in the blaze.",
            "Six people were hurt in the blaze. The mayor resigned on Friday after the vote of the council.",
            false,
        );
        view! { <DiffView diff=Signal::derive(move || d.clone()) /> }
    });
    assert!(texts(&root, ".diff-text del, .diff-text ins").is_empty());
    assert_eq!(texts(&root, ".diff-text .moved-away").len(), 1);
    let here = texts(&root, ".diff-text .moved-here");
    assert_eq!(here.len(), 1);
    // The shorter passage moved; the longer stayed in place.
    assert!(here[0].contains("Six people were hurt"), "{here:?}");
}

#[wasm_bindgen_test]
async fn every_view_renders_an_analysis() {
    let root = container();
    let state = sample_state();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        state.provide();
        view! { <Page /> }
    });
    tick().await;
    assert_eq!(until_count(&root, ".score-card", 5).await, 5);
    state.nav.view.set(View::Findings);
    tick().await;
    let findings = settled_count(&root, ".finding").await;
    assert!(findings > 0);
    assert!(!texts(&root, ".finding mark.evidence-mark").is_empty());
    state.nav.view.set(View::Matrix);
    tick().await;
    assert_eq!(until_count(&root, ".matrix thead th", 6).await, 6);
    state.nav.view.set(View::Reading);
    tick().await;
    assert!(until_count(&root, ".reading-table tbody tr", 6).await > 5);
    assert!(!texts(&root, ".reading-table ins").is_empty());
    // j selects the first finding; the reading view marks its evidence.
    let key = state.nav.step_finding(1).expect("a finding");
    tick().await;
    state.nav.jump_to_finding(&key);
    tick().await;
    assert!(!texts(&root, ".reading-table mark.evidence").is_empty());
    // Dismissing hides it from the list and the count.
    state.triage.dismiss(&key);
    state.nav.view.set(View::Findings);
    tick().await;
    assert_eq!(settled_count(&root, ".finding").await, findings - 1);
}

#[wasm_bindgen_test]
async fn app_starts_with_the_sample_story_and_saves_it() {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), App);
    tick().await;
    // The page renders region by region, the cards a few per task.
    assert_eq!(until_count(&root, ".version-card", 5).await, 5);
    let saved = window().local_storage().unwrap().unwrap().get_item("storydiff.workspace").unwrap();
    assert!(saved.is_some_and(|s| s.contains("000_9145386a09862644.txt")));
}
