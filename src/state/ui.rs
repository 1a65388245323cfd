//! The page's own settings and modes (context): the colour theme, the
//! print layout, the keyboard help, the phone's list of versions.

use leptos::prelude::*;

/// Light, dark, or as the system says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Identifier for the saved settings and `data-theme`.
    pub fn id(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme with identifier `id`; the system's for anything else.
    pub fn from_id(id: &str) -> Theme {
        match id {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// The page's modes. Copy: a bundle of handles.
#[derive(Clone, Copy)]
pub struct Ui {
    /// Colour theme.
    pub theme: RwSignal<Theme>,
    /// True while the print report is laid out.
    pub printing: RwSignal<bool>,
    /// True while the keyboard help is open.
    pub help: RwSignal<bool>,
    /// On a phone, true while the list of versions is open.
    pub versions_open: RwSignal<bool>,
}

impl Ui {
    /// In `theme`, not printing, help closed.
    pub fn new(theme: Theme) -> Ui {
        Ui {
            theme: RwSignal::new(theme),
            printing: RwSignal::new(false),
            help: RwSignal::new(false),
            versions_open: RwSignal::new(false),
        }
    }
}
