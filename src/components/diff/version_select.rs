use crate::state::Inputs;
use crate::workspace::VersionKey;
use leptos::prelude::*;

/// Which side of the pair a chooser sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The version diffed from.
    Old,
    /// The version diffed to.
    New,
}

/// A labelled drop-down choosing one side of the diffed pair.
#[component]
pub fn VersionSelect(
    /// The side it sets.
    side: Side,
) -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let chosen = Memo::new(move |_| {
        let pair = inputs.pair.get();
        inputs.versions.with(|v| {
            pair.resolve(v).map(|(o, n)| v.entries()[if side == Side::Old { o } else { n }].key)
        })
    });
    let choose = move |ev| {
        let Ok(k) = event_target_value(&ev).parse::<u32>() else { return };
        let key = Some(VersionKey(k));
        let mut pair = inputs.versions.with_untracked(|v| inputs.pair.get_untracked().fixed(v));
        match side {
            Side::Old => pair.old = key,
            Side::New => pair.new = key,
        }
        inputs.pair.set(pair);
    };
    let (id, label) = match side {
        Side::Old => ("diff-old", "From"),
        Side::New => ("diff-new", "To"),
    };
    view! {
        <div class="version-select">
            <label for=id>{label}</label>
            <select id=id on:change=choose>
                <For each=move || inputs.versions.with(|v| v.keys()) key=|k| *k let:key>
                    <option value=key.0.to_string() prop:selected=move || chosen.get() == Some(key)>
                        {move || inputs.versions.with(|v| v.get(key).map(|e| e.name.clone()).unwrap_or_default())}
                    </option>
                </For>
            </select>
        </div>
    }
}
