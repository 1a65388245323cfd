//! The user's work as one [`Workspace`] (the workspace crate's DTO, the
//! one saved form: localStorage, the workspace file, the share link, the
//! worker's request) and back, kept saved in this browser as it changes,
//! with the display settings beside it.

use super::inputs::Inputs;
use super::navigation::View;
use super::notices::{Notices, Tone};
use super::triage::Triage;
use super::ui::Ui;
use crate::storage::{self, Settings};
use crate::workspace::{Pair, VersionKey, VersionSet};
use leptos::prelude::*;
use std::time::Duration;
use storydiff_workspace::Workspace;

/// Quiet time after the last change before the workspace is saved (as
/// long as the analysis waits, so that one pause does both).
const SAVE_DELAY_MS: u64 = 300;

/// The workspace as it is now (untracked); with `triage`, its marks too.
pub fn snapshot(inputs: Inputs, triage: Option<Triage>) -> Workspace {
    inputs.versions.with_untracked(|versions| {
        let mut ws = Workspace::new(versions.to_workspace());
        let at = |k: Option<VersionKey>| k.and_then(|k| versions.position(k));
        let pair = inputs.pair.get_untracked();
        if pair != Pair::default() {
            let fixed = pair.fixed(versions);
            if let (Some(a), Some(b)) = (at(fixed.old), at(fixed.new)) {
                ws.settings.pair = Some([a, b]);
            }
        }
        ws.settings.punctuation = inputs.punctuation.get_untracked();
        ws.reference = at(inputs.reference.get_untracked());
        if let Some(triage) = triage {
            ws.dismissed = triage.dismissed.get_untracked().into_iter().collect();
            ws.confirmed = triage.confirmed.get_untracked().into_iter().collect();
        }
        ws
    })
}

/// Replaces what the user sees with `ws`.
pub fn apply(inputs: Inputs, triage: Triage, ws: &Workspace) {
    let versions = VersionSet::from_workspace(ws);
    let key = |i: usize| versions.entries().get(i).map(|e| e.key);
    let pair = ws.settings.pair.map_or(Pair::default(), |[a, b]| Pair { old: key(a), new: key(b) });
    let reference = ws.reference.and_then(key);
    inputs.versions.set(versions);
    inputs.pair.set(pair);
    inputs.reference.set(reference);
    inputs.punctuation.set(ws.settings.punctuation);
    triage.dismissed.set(ws.dismissed.iter().cloned().collect());
    triage.confirmed.set(ws.confirmed.iter().cloned().collect());
}

/// Saves the workspace to localStorage shortly after it changes, and at
/// once when the page is hidden; a failure is reported once. Saves the
/// display settings (theme, view) as they change.
pub fn persist(inputs: Inputs, triage: Triage, notices: Notices, ui: Ui, view: RwSignal<View>) {
    let failed = StoredValue::new(false);
    let save = move || {
        let json = snapshot(inputs, Some(triage)).to_compact_json();
        match storage::save(&json) {
            Ok(()) => failed.set_value(false),
            Err(why) => {
                if !failed.get_value() {
                    notices.notify(
                        Tone::Error,
                        format!(
                            "{why}: the latest changes are not saved and will be lost on reload."
                        ),
                    );
                }
                failed.set_value(true);
            }
        }
    };
    let timer = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        inputs.versions.track();
        inputs.pair.track();
        inputs.punctuation.track();
        inputs.reference.track();
        triage.dismissed.track();
        triage.confirmed.track();
        if first.is_none() {
            // Saved at once, but not in the task that mounts the page.
            set_timeout(save, Duration::ZERO);
            return;
        }
        if let Some(h) = timer.try_get_value().flatten() {
            h.clear();
        }
        let handle = set_timeout_with_handle(save, Duration::from_millis(SAVE_DELAY_MS)).ok();
        timer.set_value(handle);
    });
    let flush = move || {
        if let Some(h) = timer.try_update_value(|t| t.take()).flatten() {
            h.clear();
            save();
        }
    };
    let hidden = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let blur = window_event_listener(leptos::ev::visibilitychange, move |_| flush());
    on_cleanup(move || {
        hidden.remove();
        blur.remove();
    });
    Effect::new(move |_| {
        let theme = ui.theme.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-theme", theme.id());
        }
        storage::save_settings(&Settings {
            theme: theme.id().to_string(),
            view: view.get().id().to_string(),
        });
    });
}
