//! The pairwise diff: pick two versions, see their word-level changes in two
//! synchronised panes (one text on narrow screens), step through them,
//! with moved text shown as moved and linked.

mod change_list;
mod diff_panel;
mod diff_panes;
mod diff_view;
mod pair_picker;
mod version_select;

pub use change_list::ChangeList;
pub use diff_panel::DiffPanel;
pub use diff_panes::DiffPanes;
pub use diff_view::{DiffStats, DiffView};
pub use pair_picker::PairPicker;
pub use version_select::{Side, VersionSelect};
