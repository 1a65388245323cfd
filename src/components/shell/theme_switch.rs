use crate::state::{AppState, Theme};
use leptos::prelude::*;

/// System / light / dark, remembered in this browser.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    let option = move |theme: Theme, label: &'static str| {
        let id = format!("theme-{}", theme.id());
        view! {
            <input
                type="radio"
                name="theme"
                id=id.clone()
                value=theme.id()
                prop:checked=move || state.theme.get() == theme
                on:change=move |_| state.theme.set(theme)
            />
            <label for=id>{label}</label>
        }
    };
    view! {
        <fieldset class="theme-switch">
            <legend>"Theme"</legend>
            {option(Theme::System, "System")}
            {option(Theme::Light, "Light")}
            {option(Theme::Dark, "Dark")}
        </fieldset>
    }
}
