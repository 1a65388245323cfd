//! The user's triage of the findings (context): which were dismissed as
//! false positives. Kept with the workspace, keyed by the finding's key.

use super::notices::Notices;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The triage marks. Copy: a bundle of handles.
#[derive(Clone, Copy)]
pub struct Triage {
    /// Keys of dismissed findings.
    pub dismissed: RwSignal<BTreeSet<String>>,
    notices: Notices,
}

impl Triage {
    /// Nothing dismissed; messages go to `notices`.
    pub fn new(notices: Notices) -> Triage {
        Triage { dismissed: RwSignal::new(BTreeSet::new()), notices }
    }

    /// True when the finding with `key` is dismissed (tracked).
    pub fn is_dismissed(self, key: &str) -> bool {
        self.dismissed.with(|d| d.contains(key))
    }

    /// Hides a finding as a false positive, with undo.
    pub fn dismiss(self, key: &str) {
        self.dismissed.update(|d| {
            d.insert(key.to_string());
        });
        let key = key.to_string();
        self.notices.done(
            "Finding dismissed. Show dismissed findings with the filter above the list.",
            move || self.restore(&key),
        );
    }

    /// Shows a dismissed finding again.
    pub fn restore(self, key: &str) {
        self.dismissed.update(|d| {
            d.remove(key);
        });
    }
}
