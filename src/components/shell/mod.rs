//! The frame around the views: the toolbar's theme switch, keyboard shortcuts and
//! their help, the status of the analysis, the view tabs.

mod fact_highlight;
mod help_dialog;
mod page_tools;
mod results_panel;
mod shortcuts;
mod status_bar;
mod theme_switch;
mod view_tabs;

pub use fact_highlight::FactHighlight;
pub use help_dialog::HelpDialog;
pub use page_tools::PageTools;
pub use results_panel::ResultsPanel;
pub use shortcuts::Shortcuts;
pub use status_bar::StatusBar;
pub use theme_switch::ThemeSwitch;
pub use view_tabs::ViewTabs;
