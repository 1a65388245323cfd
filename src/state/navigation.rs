//! Where the user is in the results (context): the view shown, the
//! selected finding, the fact under the pointer, the place the
//! side-by-side view should go, the findings list's filters.

use super::notices::{Notices, Tone};
use super::results::Results;
use super::triage::Triage;
use crate::model::cards::departures;
use crate::model::{FindingKind, FindingView};
use leptos::prelude::*;

/// The views of the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    /// Cards per version.
    Overview,
    /// The list of findings.
    Findings,
    /// Facts × versions.
    Matrix,
    /// The versions side by side.
    Reading,
    /// Two versions, word by word.
    Diff,
}

impl View {
    /// The views in tab order.
    pub const ALL: [View; 5] =
        [View::Overview, View::Findings, View::Matrix, View::Reading, View::Diff];

    /// The tab's label.
    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Findings => "Findings",
            View::Matrix => "Claims matrix",
            View::Reading => "Side by side",
            View::Diff => "Compare two",
        }
    }

    /// Identifier for ids and the saved settings.
    pub fn id(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Findings => "findings",
            View::Matrix => "matrix",
            View::Reading => "reading",
            View::Diff => "diff",
        }
    }

    /// The view with identifier `id`.
    pub fn from_id(id: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// A place in the side-by-side view to scroll to and focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Jump {
    /// The aligned row.
    pub row: u32,
    /// The version whose cell gets the focus.
    pub version: u32,
    /// A claim to focus, else the selected finding's evidence.
    pub claim: Option<u32>,
    /// Makes a second jump to the same place a change.
    pub nonce: u32,
}

/// Filters of the findings list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Only this kind.
    pub kind: Option<FindingKind>,
    /// Only findings that concern this version (index in the result):
    /// where it departs from the reference, as its card counts them.
    pub version: Option<u32>,
    /// Show dismissed findings too.
    pub dismissed: bool,
}

/// Where the user is. Copy: a bundle of handles.
#[derive(Clone, Copy)]
pub struct Navigation {
    /// The view shown.
    pub view: RwSignal<View>,
    /// The selected finding's key.
    pub selected: RwSignal<Option<String>>,
    /// The fact under the pointer or focus.
    pub hovered_fact: RwSignal<Option<u32>>,
    /// Where the side-by-side view should go.
    pub jump: RwSignal<Option<Jump>>,
    /// Filters of the findings list.
    pub filters: RwSignal<Filters>,
    /// The current change of the pairwise diff (next / previous).
    pub change: RwSignal<Option<u32>>,
    /// How many changes the pairwise diff shows.
    pub change_count: RwSignal<u32>,
    nonce: StoredValue<u32>,
    results: Results,
    triage: Triage,
    notices: Notices,
}

impl Navigation {
    /// At `view`, nothing selected; it looks findings up in `results`,
    /// skips those `triage` dismissed, and tells `notices` when a finding
    /// has no place to show.
    pub fn new(view: View, results: Results, triage: Triage, notices: Notices) -> Navigation {
        Navigation {
            view: RwSignal::new(view),
            selected: RwSignal::new(None),
            hovered_fact: RwSignal::new(None),
            jump: RwSignal::new(None),
            filters: RwSignal::new(Filters::default()),
            change: RwSignal::new(None),
            change_count: RwSignal::new(0),
            nonce: StoredValue::new(0),
            results,
            triage,
            notices,
        }
    }

    /// Indices of the findings the list shows, in order (tracked).
    pub fn visible_findings(self) -> Vec<usize> {
        let filters = self.filters.get();
        self.triage.dismissed.with(|dismissed| {
            self.results.result.with(|r| {
                let Some(r) = r else { return Vec::new() };
                let reference = r.model.reference;
                let departs =
                    |f: &FindingView, v: u32| departures(f, reference).iter().any(|(x, _)| *x == v);
                r.model
                    .findings
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| filters.dismissed || !dismissed.contains(&f.key))
                    .filter(|(_, f)| filters.kind.is_none_or(|k| f.kind == k))
                    .filter(|(_, f)| filters.version.is_none_or(|v| departs(f, v)))
                    .map(|(i, _)| i)
                    .collect()
            })
        })
    }

    /// The key of the finding the list shows after the one with `key`
    /// (else the one before it): where the focus goes when it is dismissed.
    pub fn after(self, key: &str) -> Option<String> {
        let visible = self.visible_findings();
        self.results.result.with_untracked(|r| {
            let r = r.as_ref()?;
            let keys: Vec<&str> =
                visible.iter().map(|&i| r.model.findings[i].key.as_str()).collect();
            let at = keys.iter().position(|k| *k == key)?;
            keys.get(at + 1)
                .or_else(|| at.checked_sub(1).and_then(|b| keys.get(b)))
                .map(|k| k.to_string())
        })
    }

    /// Selects the next (`step` = 1) or previous (-1) finding of the list
    /// and returns its key.
    pub fn step_finding(self, step: isize) -> Option<String> {
        let visible = self.visible_findings();
        let keys: Vec<String> = self.results.result.with_untracked(|r| {
            r.as_ref().map_or(Vec::new(), |r| {
                visible.iter().map(|&i| r.model.findings[i].key.clone()).collect()
            })
        });
        if keys.is_empty() {
            return None;
        }
        let current = self.selected.get_untracked().and_then(|k| keys.iter().position(|x| *x == k));
        let next = match current {
            None if step >= 0 => 0,
            None => keys.len() - 1,
            Some(i) => (i as isize + step).clamp(0, keys.len() as isize - 1) as usize,
        };
        let key = keys[next].clone();
        self.selected.set(Some(key.clone()));
        Some(key)
    }

    /// Makes the next (`step` = 1) or previous (-1) change of the pairwise
    /// diff the current one.
    pub fn step_change(self, step: i32) {
        let n = self.change_count.get_untracked();
        if n == 0 {
            return;
        }
        let next = match self.change.get_untracked() {
            None if step >= 0 => 0,
            None => n - 1,
            Some(c) => (i64::from(c) + i64::from(step)).clamp(0, i64::from(n) - 1) as u32,
        };
        self.change.set(Some(next));
    }

    /// Selects a finding and shows it in the side-by-side view.
    pub fn jump_to_finding(self, key: &str) {
        self.selected.set(Some(key.to_string()));
        let target = self.results.result.with_untracked(|r| {
            let (_, f) = r.as_ref()?.finding(key)?;
            f.evidence.iter().find_map(|e| e.row.map(|row| (row, e.version)))
        });
        if let Some((row, version)) = target {
            self.go_to(Jump { row, version, claim: None, nonce: 0 });
        } else {
            self.notices.notify(Tone::Info, "This finding has no place in the text to show.");
        }
    }

    /// Shows a claim in the side-by-side view.
    pub fn jump_to_claim(self, claim: u32) {
        let target = self.results.result.with_untracked(|r| {
            let r = r.as_ref()?;
            let c = r.model.claims.get(claim as usize)?;
            Some((r.row_at(c.version as usize, c.range.start)?, c.version))
        });
        if let Some((row, version)) = target {
            self.go_to(Jump { row, version, claim: Some(claim), nonce: 0 });
        }
    }

    fn go_to(self, mut jump: Jump) {
        let nonce = self.nonce.get_value().wrapping_add(1);
        self.nonce.set_value(nonce);
        jump.nonce = nonce;
        self.view.set(View::Reading);
        self.jump.set(Some(jump));
    }
}
