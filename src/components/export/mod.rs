//! Exporting the analysis: report files and printing.

mod export_menu;

pub use export_menu::ExportMenu;
