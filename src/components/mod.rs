//! The views, grouped by feature, one component per file.

pub mod diff;
pub mod export;
pub mod notices;
pub mod share;
pub mod summary;
pub mod versions;
