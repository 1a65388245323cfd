//! Getting versions in and managing them: paste, files (picker, drop
//! anywhere, paste anywhere), edit, rename, reorder, remove, the reference,
//! each version's publication date.

mod file_picker;
mod page_drop_zone;
mod page_paste;
mod paste_box;
mod sample_note;
mod version_card;
mod version_list;
mod version_panel;
mod version_strip;

pub use file_picker::FilePicker;
pub use page_drop_zone::PageDropZone;
pub use page_paste::PagePaste;
pub use paste_box::PasteBox;
pub use sample_note::SampleNote;
pub use version_card::VersionCard;
pub use version_list::VersionList;
pub use version_panel::VersionPanel;
pub use version_strip::VersionStrip;
