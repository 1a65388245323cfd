//! Sharing and keeping the workspace: share links, workspace files, and
//! opening a shared link. [`ShareBar`] mounts them all (exports are
//! buttons) in one place.

mod link_opener;
mod share_bar;
mod share_link;
mod workspace_file;

pub use link_opener::LinkOpener;
pub use share_bar::{ShareBar, Status};
pub use share_link::ShareLink;
pub use workspace_file::WorkspaceFile;
