//! The views, grouped by feature, one component per file.

pub mod diff;
pub mod notices;
pub mod summary;
pub mod versions;
