use crate::state::{Navigation, Results, Triage, View};
use leptos::prelude::*;
use web_sys::KeyboardEvent;

/// The view switcher: a tab list (arrow keys, Home, End move between tabs).
#[component]
pub fn ViewTabs() -> impl IntoView {
    let triage = expect_context::<Triage>();
    let results = expect_context::<Results>();
    let nav = expect_context::<Navigation>();
    let count = move || {
        let dismissed = triage.dismissed.get();
        results.result.with(|r| {
            r.as_ref()
                .map(|r| r.model.findings.iter().filter(|f| !dismissed.contains(&f.key)).count())
        })
    };
    let keydown = move |ev: KeyboardEvent| {
        let current = View::ALL.iter().position(|v| *v == nav.view.get_untracked()).unwrap_or(0);
        let last = View::ALL.len() - 1;
        let next = match ev.key().as_str() {
            "ArrowRight" => (current + 1) % View::ALL.len(),
            "ArrowLeft" => (current + last) % View::ALL.len(),
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        nav.view.set(View::ALL[next]);
        crate::components::focus_later(format!("#tab-{}", View::ALL[next].id()));
    };
    view! {
        <div class="view-tabs" role="tablist" aria-label="Views" on:keydown=keydown>
            {View::ALL
                .into_iter()
                .enumerate()
                .map(|(i, v)| {
                    let selected = move || nav.view.get() == v;
                    view! {
                        <button
                            type="button"
                            role="tab"
                            id=format!("tab-{}", v.id())
                            aria-controls="view-panel"
                            aria-selected=move || selected().to_string()
                            aria-keyshortcuts=(i + 1).to_string()
                            tabindex=move || if selected() { "0" } else { "-1" }
                            on:click=move |_| nav.view.set(v)
                        >
                            {v.label()}
                            {(v == View::Findings)
                                .then(|| view! {
                                    <span class="count">
                                        {move || count().map(|n| format!(" ({n})")).unwrap_or_default()}
                                    </span>
                                })}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
