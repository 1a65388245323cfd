//! The pairwise diff: pick two versions, see their word-level changes, with
//! moved text shown as moved.

mod diff_panel;
mod diff_view;
mod pair_picker;
mod version_select;

pub use diff_panel::DiffPanel;
pub use diff_view::DiffView;
pub use pair_picker::PairPicker;
pub use version_select::{Side, VersionSelect};
