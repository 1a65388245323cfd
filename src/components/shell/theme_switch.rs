use crate::state::{Theme, Ui};
use leptos::prelude::*;

/// System / light / dark, remembered in this browser.
#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let option = move |theme: Theme, label: &'static str| {
        let id = format!("theme-{}", theme.id());
        view! {
            <input
                type="radio"
                name="theme"
                id=id.clone()
                value=theme.id()
                prop:checked=move || ui.theme.get() == theme
                on:change=move |_| ui.theme.set(theme)
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
