//! The overview: one card per version (what it keeps of the reference, its
//! conflicts, omissions, additions, altered quotes, and where its findings
//! fall), and the most important findings.

mod finding_strip;
mod overview_panel;
mod score_card;
mod top_findings;

pub use finding_strip::FindingStrip;
pub use overview_panel::Overview;
pub use score_card::ScoreCard;
pub use top_findings::TopFindings;
