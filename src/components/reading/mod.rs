//! The versions side by side: aligned rows, word changes against each row's
//! base, sentences unique to one version and moved ones marked, claims
//! highlighted (the same fact in every column on hover or focus).

mod aligned_row;
mod aligned_view;
mod cell_text;

pub use aligned_row::AlignedRow;
pub use aligned_view::AlignedView;
pub use cell_text::CellText;
