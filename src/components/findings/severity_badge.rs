use crate::model::Severity;
use leptos::prelude::*;

/// A severity as shape and word (▲ High, ◆ Medium, ● Low): never colour
/// alone.
#[component]
pub fn SeverityBadge(
    /// The severity shown.
    severity: Severity,
) -> impl IntoView {
    view! {
        <span class=format!("severity severity-{}", severity.id())>
            <span class="icon" aria-hidden="true">{severity.icon()}</span>
            " "
            {severity.label()}
        </span>
    }
}
