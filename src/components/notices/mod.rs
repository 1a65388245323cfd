//! Messages to the user: what was added or removed (with undo), and what
//! could not be done and why; over the page's corner, the newest in full,
//! success messages leaving by themselves.

mod notice_list;

pub use notice_list::NoticeList;
