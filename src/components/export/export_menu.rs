use crate::export::{self, ExportFormat};
use crate::state::AppState;
use leptos::prelude::*;

/// Buttons that download the report (Markdown, JSON), the claims matrix
/// (CSV), or print the page.
#[component]
pub fn ExportMenu(
    /// Where a failure is reported.
    status: RwSignal<Option<crate::components::share::Status>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let export = move |format: ExportFormat| {
        let run = state.analysis.get_untracked();
        let file = export::render(&run.analysis, format);
        if let Err(why) = export::download(file.name, file.mime, &file.contents) {
            status.set(Some(crate::components::share::Status::error(why)));
        }
    };
    view! {
        <div class="export-menu" role="group" aria-label="Export report">
            <span class="share-group-label" aria-hidden="true">"Export"</span>
            <button type="button" class="secondary" on:click=move |_| export(ExportFormat::Markdown)
                title="The report of findings as a Markdown file">"Markdown"</button>
            <button type="button" class="secondary" on:click=move |_| export(ExportFormat::Json)
                title="The report as JSON, as the command-line tool prints it">"JSON"</button>
            <button type="button" class="secondary" on:click=move |_| export(ExportFormat::Csv)
                title="The claims matrix as a spreadsheet (CSV)">"CSV"</button>
            <button type="button" class="secondary" on:click=move |_| export::print()
                title="Print the page or save it as PDF">"Print"</button>
        </div>
    }
}
