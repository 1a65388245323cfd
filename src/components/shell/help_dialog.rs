use crate::components::later;
use crate::state::Ui;
use leptos::html;
use leptos::prelude::*;

/// The keyboard shortcuts, in a modal dialog (`?` opens it, Escape closes).
#[component]
pub fn HelpDialog() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let dialog = NodeRef::<html::Dialog>::new();
    // Closed at first: its contents wait for a task after the page's own.
    let ready = later();
    Effect::new(move |_| {
        let open = ui.help.get();
        let Some(d) = dialog.get() else { return };
        if open && !d.open() {
            let _ = d.show_modal();
        } else if !open && d.open() {
            d.close();
        }
    });
    let keys: [(&str, &str); 9] = [
        ("j or n", "Next finding (in Compare two: next change)"),
        ("k or p", "Previous finding (in Compare two: previous change)"),
        ("Enter", "Show the focused finding or matrix cell in the text"),
        ("1 – 5", "Overview, Findings, Claims matrix, Side by side, Compare two"),
        ("← → Home End", "Move between view tabs"),
        ("Arrow keys", "Move between cells of the claims matrix"),
        ("Alt + ↑ / ↓", "Move the focused version up or down"),
        ("?", "Show this help"),
        ("Escape", "Close this help"),
    ];
    view! {
        <dialog
            node_ref=dialog
            class="help-dialog"
            aria-labelledby="help-heading"
            on:close=move |_| ui.help.set(false)
        >
            <Show when=move || ready.get()>
            <h2 id="help-heading">"Keyboard shortcuts"</h2>
            <p>"Every action can be reached with Tab and Enter; these keys save time. They do nothing while you type in a text box."</p>
            <table class="keys">
                <thead>
                    <tr>
                        <th scope="col">"Key"</th>
                        <th scope="col">"Does"</th>
                    </tr>
                </thead>
                <tbody>
                    {keys
                        .into_iter()
                        .map(|(k, what)| view! {
                            <tr>
                                <td><kbd>{k}</kbd></td>
                                <td>{what}</td>
                            </tr>
                        })
                        .collect_view()}
                </tbody>
            </table>
            <form method="dialog">
                <button type="submit" autofocus>"Close"</button>
            </form>
            </Show>
        </dialog>
    }
}
