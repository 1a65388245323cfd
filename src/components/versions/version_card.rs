use crate::components::reading::shown_str;
use crate::components::{focus_later, plural};
use crate::model::words::timex;
use crate::state::{Inputs, Results};
use crate::workspace::{label_of, VersionKey};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

/// Characters of a version's opening shown on its card.
const PREVIEW_CHARS: usize = 140;

/// One version in the list: its letter (A, B, …) and editable file name,
/// size and opening words, its publication date (read from its dateline
/// where it has one), the reference switch, buttons to move, edit and
/// remove it. Alt+↑/↓ on the card moves it.
#[component]
pub fn VersionCard(
    /// The version shown.
    version: VersionKey,
) -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let results = expect_context::<Results>();
    let name = Memo::new(move |_| {
        inputs.versions.with(|v| v.get(version).map(|e| e.name.clone()).unwrap_or_default())
    });
    let number =
        Memo::new(move |_| inputs.versions.with(|v| v.position(version).map_or(0, |i| i + 1)));
    let count = Memo::new(move |_| inputs.versions.with(|v| v.len()));
    let preview = Memo::new(move |_| {
        inputs.versions.with(|v| v.get(version).map(|e| preview(&e.text)).unwrap_or_default())
    });
    let words = Memo::new(move |_| {
        inputs.versions.with(|v| v.get(version).map_or(0, |e| e.text.split_whitespace().count()))
    });
    let letter = Memo::new(move |_| label_of(number.get().saturating_sub(1)));
    let date =
        Memo::new(move |_| inputs.versions.with(|v| v.get(version).and_then(|e| e.date.clone())));
    // The date its own text gives (a dateline), from the latest analysis.
    let dateline = Memo::new(move |_| {
        results.result.with(|r| {
            let r = r.as_ref()?;
            let i = r.keys.iter().position(|k| *k == version)?;
            r.model.documents.get(i)?.dateline.clone()
        })
    });
    let set_date = move |ev| {
        let value: String = event_target_value(&ev);
        inputs.set_date(version, (!value.trim().is_empty()).then_some(value));
    };
    let is_reference = move || inputs.reference.get() == Some(version);
    let editing = RwSignal::new(false);
    let input = NodeRef::<html::Input>::new();
    let rename = move |_| {
        let Some(el) = input.get() else { return };
        if !inputs.rename(version, &el.value()) {
            // A blank name is refused: show the current one again.
            el.set_value(&name.get_untracked());
        }
    };
    let k = version.0;
    // Moving a card moves its element, which loses the focus: give it back.
    let move_by = move |delta: isize, focus: Option<String>| {
        if inputs.move_version(version, delta) {
            focus_later(focus.unwrap_or_else(|| format!("#version-{k}")));
        }
    };
    let keydown = move |ev: KeyboardEvent| {
        if !ev.alt_key() {
            return;
        }
        let delta = match ev.key().as_str() {
            "ArrowUp" => -1,
            "ArrowDown" => 1,
            _ => return,
        };
        ev.prevent_default();
        let focused = document()
            .active_element()
            .map(|e| e.id())
            .filter(|id| !id.is_empty())
            .map(|id| format!("#{id}"));
        move_by(delta, focused);
    };
    let text = move || {
        inputs.versions.with(|v| v.get(version).map(|e| e.text.clone()).unwrap_or_default())
    };
    let edit = move |ev: leptos::ev::Event| {
        if let Some(el) =
            ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        {
            inputs.set_text(version, el.value());
        }
    };
    view! {
        <li
            class="version-card"
            class:reference=is_reference
            id=format!("version-{k}")
            tabindex="-1"
            aria-label=move || format!("Version {}: {}", letter.get(), name.get())
            on:keydown=keydown
        >
            <div class="card-head">
                <span class="version-letter" aria-hidden="true">{move || letter.get()}</span>
                <label class="visually-hidden" for=format!("version-name-{k}")>
                    {move || format!("Name of version {}", letter.get())}
                </label>
                <input
                    node_ref=input
                    id=format!("version-name-{k}")
                    class="version-name"
                    type="text"
                    spellcheck="false"
                    autocomplete="off"
                    prop:value=move || name.get()
                    on:change=rename
                />
            </div>
            <p class="version-meta">
                {move || plural(words.get(), "word", "words")}
                <Show when=is_reference>
                    <span class="badge reference-badge">"★ Reference"</span>
                </Show>
            </p>
            <p class="version-preview">{move || preview.with(|p| shown_str(p))}</p>
            <div class="version-date">
                <label for=format!("date-{k}")>"Published"</label>
                <input
                    id=format!("date-{k}")
                    type="date"
                    aria-describedby=format!("date-help-{k}")
                    prop:value=move || date.get().unwrap_or_default()
                    on:change=set_date
                />
                <span id=format!("date-help-{k}") class="help">
                    {move || match (date.get(), dateline.get()) {
                        (Some(_), _) => "Resolves its “Thursday” and “the previous day”.".to_string(),
                        (None, Some(d)) => format!("From its dateline: {}.", timex(&d)),
                        (None, None) => "Optional: resolves “Thursday” and “the previous day”.".to_string(),
                    }}
                </span>
            </div>
            <div class="card-actions">
                <label class="check">
                    <input
                        type="radio"
                        name="reference"
                        id=format!("reference-{k}")
                        prop:checked=is_reference
                        on:change=move |_| inputs.set_reference(Some(version))
                    />
                    "Reference"
                </label>
                <span class="spacer"></span>
                <button
                    type="button"
                    class="icon"
                    id=format!("move-up-{k}")
                    aria-label=move || format!("Move {} up", name.get())
                    title="Move up (Alt+↑)"
                    disabled=move || { number.get() <= 1 }
                    on:click=move |_| move_by(-1, Some(format!("#move-up-{k}")))
                >
                    <span aria-hidden="true">"↑"</span>
                </button>
                <button
                    type="button"
                    class="icon"
                    id=format!("move-down-{k}")
                    aria-label=move || format!("Move {} down", name.get())
                    title="Move down (Alt+↓)"
                    disabled=move || { number.get() >= count.get() }
                    on:click=move |_| move_by(1, Some(format!("#move-down-{k}")))
                >
                    <span aria-hidden="true">"↓"</span>
                </button>
                <button
                    type="button"
                    class="secondary small"
                    id=format!("edit-{k}")
                    aria-expanded=move || editing.get().to_string()
                    aria-controls=format!("editor-{k}")
                    on:click=move |_| editing.update(|e| *e = !*e)
                >
                    {move || if editing.get() { "Done" } else { "Edit" }}
                </button>
                <button
                    type="button"
                    class="remove small"
                    aria-label=move || format!("Remove {}", name.get())
                    on:click=move |_| inputs.remove(version)
                >
                    "Remove"
                </button>
            </div>
            <Show when=move || editing.get()>
                <div class="editor" id=format!("editor-{k}")>
                    <label for=format!("text-{k}")>{move || format!("Text of {}", name.get())}</label>
                    <textarea
                        id=format!("text-{k}")
                        rows="10"
                        spellcheck="false"
                        prop:value=text
                        on:input=edit
                    ></textarea>
                    <p class="help">"The analysis updates as you type."</p>
                </div>
            </Show>
        </li>
    }
}

/// The opening of a text on one line: `"Title\n\nBody…"` → `"Title Body…"`.
fn preview(text: &str) -> String {
    let mut out = String::new();
    for (i, word) in text.split_whitespace().enumerate() {
        if out.chars().count() + word.chars().count() > PREVIEW_CHARS {
            out.push('…');
            break;
        }
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
