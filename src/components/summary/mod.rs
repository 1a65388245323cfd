//! What the analysis found, in brief.

mod analysis_summary;

pub use analysis_summary::AnalysisSummary;
