use crate::model::kinds::{severity_icon, Label, Severity};
use leptos::prelude::*;

/// A severity as shape and word (▲ High, ◆ Medium, ● Low): never colour
/// alone.
#[component]
pub fn SeverityBadge(
    /// The severity shown.
    severity: Severity,
) -> impl IntoView {
    view! {
        <span class=format!("severity severity-{}", severity.as_str())>
            <span class="icon" aria-hidden="true">{severity_icon(severity)}</span>
            " "
            {severity.label()}
        </span>
    }
}
