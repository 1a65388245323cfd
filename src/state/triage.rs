//! The user's triage of the findings (context): which were dismissed as
//! false positives and which confirmed as real. Kept with the workspace
//! (file, link, this browser), keyed by what each finding is about
//! (`FindingView::key`), so the marks hold through edits, added versions
//! and re-analysis; exports honour them.

use super::notices::Notices;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The triage marks. Copy: a bundle of handles.
#[derive(Clone, Copy)]
pub struct Triage {
    /// Keys of dismissed findings.
    pub dismissed: RwSignal<BTreeSet<String>>,
    /// Keys of confirmed findings.
    pub confirmed: RwSignal<BTreeSet<String>>,
    notices: Notices,
}

impl Triage {
    /// Nothing marked; messages go to `notices`.
    pub fn new(notices: Notices) -> Triage {
        Triage {
            dismissed: RwSignal::new(BTreeSet::new()),
            confirmed: RwSignal::new(BTreeSet::new()),
            notices,
        }
    }

    /// True when the finding with `key` is dismissed (tracked).
    pub fn is_dismissed(self, key: &str) -> bool {
        self.dismissed.with(|d| d.contains(key))
    }

    /// True when the finding with `key` is confirmed (tracked).
    pub fn is_confirmed(self, key: &str) -> bool {
        self.confirmed.with(|d| d.contains(key))
    }

    /// Hides a finding as a false positive, with undo; a dismissed finding
    /// is not confirmed.
    pub fn dismiss(self, key: &str) {
        let was_confirmed = self.confirmed.with_untracked(|c| c.contains(key));
        self.dismissed.update(|d| {
            d.insert(key.to_string());
        });
        if was_confirmed {
            self.confirmed.update(|c| {
                c.remove(key);
            });
        }
        let key = key.to_string();
        self.notices.done(
            "Finding dismissed. Show dismissed findings with the filter above the list.",
            move || {
                self.restore(&key);
                if was_confirmed {
                    self.confirm(&key);
                }
            },
        );
    }

    /// Shows a dismissed finding again.
    pub fn restore(self, key: &str) {
        self.dismissed.update(|d| {
            d.remove(key);
        });
    }

    /// Marks a finding as checked and real; a confirmed finding is not
    /// dismissed.
    pub fn confirm(self, key: &str) {
        self.confirmed.update(|c| {
            c.insert(key.to_string());
        });
        if self.dismissed.with_untracked(|d| d.contains(key)) {
            self.restore(key);
        }
    }

    /// Takes a confirmation back.
    pub fn unconfirm(self, key: &str) {
        self.confirmed.update(|c| {
            c.remove(key);
        });
    }
}
