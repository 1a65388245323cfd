//! The pairwise diff: pick two versions, see their word-level changes.

mod diff_panel;
mod diff_view;
mod pair_picker;
mod version_select;

pub use diff_panel::DiffPanel;
pub use diff_view::DiffView;
pub use pair_picker::PairPicker;
pub use version_select::{Side, VersionSelect};
