use crate::state::AppState;
use crate::workspace::VersionKey;
use leptos::html;
use leptos::prelude::*;
use storydiff_engine::TokenKind;

/// Characters of a version's opening shown on its card.
const PREVIEW_CHARS: usize = 160;

/// One version in the list: its editable name, size, opening words and a
/// remove button.
#[component]
pub fn VersionCard(
    /// The version shown.
    version: VersionKey,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = Memo::new(move |_| {
        state.versions.with(|v| v.get(version).map(|e| e.name.clone()).unwrap_or_default())
    });
    let number =
        Memo::new(move |_| state.versions.with(|v| v.position(version).map_or(0, |i| i + 1)));
    let preview = Memo::new(move |_| {
        state.versions.with(|v| v.get(version).map(|e| preview(&e.text)).unwrap_or_default())
    });
    let words = Memo::new(move |_| {
        let index = number.get().checked_sub(1)?;
        state.analysis.with(|run| {
            run.analysis.documents.get(index).map(|d| {
                d.seg
                    .tokens
                    .iter()
                    .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
                    .count()
            })
        })
    });
    let input = NodeRef::<html::Input>::new();
    let rename = move |_| {
        let Some(el) = input.get() else { return };
        if !state.rename(version, &el.value()) {
            // A blank name is refused: show the current one again.
            el.set_value(&name.get_untracked());
        }
    };
    let input_id = format!("version-name-{}", version.0);
    view! {
        <li class="version-card">
            <label class="visually-hidden" for=input_id.clone()>
                {move || format!("Name of version {}", number.get())}
            </label>
            <input
                node_ref=input
                id=input_id
                class="version-name"
                type="text"
                spellcheck="false"
                autocomplete="off"
                prop:value=move || name.get()
                on:change=rename
            />
            <p class="version-meta">
                {move || match words.get() {
                    Some(1) => "1 word".to_string(),
                    Some(n) => format!("{n} words"),
                    None => String::new(),
                }}
            </p>
            <p class="version-preview">{move || preview.get()}</p>
            <button
                type="button"
                class="remove"
                aria-label=move || format!("Remove {}", name.get())
                on:click=move |_| state.remove(version)
            >
                "Remove"
            </button>
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
