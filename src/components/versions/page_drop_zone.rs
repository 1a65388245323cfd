use crate::state::{Inputs, Notices, Tone};
use leptos::ev;
use leptos::prelude::*;
use web_sys::DragEvent;

/// Makes the whole page a drop target for files, with an overlay while
/// files are dragged over it. Text dragged within the page is left alone.
#[component]
pub fn PageDropZone() -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let notices = expect_context::<Notices>();
    // dragenter/dragleave fire for every element crossed; the overlay shows
    // while more have been entered than left.
    let depth = RwSignal::new(0i32);
    let handles = [
        window_event_listener(ev::dragenter, move |ev: DragEvent| {
            if carries_files(&ev) {
                ev.prevent_default();
                depth.update(|d| *d += 1);
            }
        }),
        window_event_listener(ev::dragover, move |ev: DragEvent| {
            if carries_files(&ev) {
                // Without this the browser refuses the drop (or opens the file).
                ev.prevent_default();
                if let Some(dt) = ev.data_transfer() {
                    dt.set_drop_effect("copy");
                }
                if depth.get_untracked() == 0 {
                    depth.set(1);
                }
            }
        }),
        window_event_listener(ev::dragleave, move |ev: DragEvent| {
            if carries_files(&ev) {
                depth.update(|d| *d = (*d - 1).max(0));
            }
        }),
        window_event_listener(ev::drop, move |ev: DragEvent| {
            depth.set(0);
            // Dropped folders are walked for their files.
            let Some(dt) = ev.data_transfer() else { return };
            let Some(dropped) = crate::decode::dropped(&dt) else { return };
            ev.prevent_default();
            leptos::task::spawn_local(async move {
                let found = dropped.files().await;
                if found.skipped > 0 {
                    notices.notify(
                        Tone::Info,
                        format!(
                            "{} file(s) in the dropped folder were left out (hidden, or not text, Markdown or HTML).",
                            found.skipped
                        ),
                    );
                }
                if !found.files.is_empty() {
                    inputs.add_files(found.files);
                }
            });
        }),
        window_event_listener(ev::dragend, move |_| depth.set(0)),
    ];
    on_cleanup(move || handles.into_iter().for_each(|h| h.remove()));
    let dragging = move || depth.get() > 0;
    view! {
        <div class="drop-overlay" class:visible=dragging aria-hidden="true">
            <p>"Drop text files to add them as versions"</p>
        </div>
    }
}

fn carries_files(ev: &DragEvent) -> bool {
    ev.data_transfer().is_some_and(|dt| dt.types().includes(&"Files".into(), 0))
}
