//! Getting versions in and managing them: paste, files (picker, drop
//! anywhere, paste anywhere), edit, rename, reorder, remove, the reference,
//! the publication date.

mod file_picker;
mod page_drop_zone;
mod page_paste;
mod paste_box;
mod version_card;
mod version_list;
mod version_panel;

pub use file_picker::FilePicker;
pub use page_drop_zone::PageDropZone;
pub use page_paste::PagePaste;
pub use paste_box::PasteBox;
pub use version_card::VersionCard;
pub use version_list::VersionList;
pub use version_panel::VersionPanel;
