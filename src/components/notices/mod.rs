//! Messages to the user: what was added or removed (with undo), and what
//! could not be done and why.

mod notice_list;

pub use notice_list::NoticeList;
