//! Runs the engine and records how long it took in the browser's
//! Performance timeline (`performance.measure("storydiff:analyze")`), where
//! dev tools and the browser benchmark read it. The engine itself never
//! reads a clock.

use std::sync::Arc;
use storydiff_engine::{analyze, Analysis, Options, Version};

/// Name of the measure recorded for each analysis.
pub const ANALYZE_MEASURE: &str = "storydiff:analyze";
const START_MARK: &str = "storydiff:analyze:start";
const END_MARK: &str = "storydiff:analyze:end";

/// One run of the engine over the versions.
#[derive(Clone, Debug)]
pub struct AnalysisRun {
    /// The result, shared: views read it, nothing mutates it.
    pub analysis: Arc<Analysis>,
    /// How long it took, in milliseconds (`None` without a Performance API).
    pub millis: Option<f64>,
}

/// Runs are compared by identity: each is a fresh result of changed inputs,
/// and comparing whole analyses would cost as much as making one.
impl PartialEq for AnalysisRun {
    fn eq(&self, other: &AnalysisRun) -> bool {
        Arc::ptr_eq(&self.analysis, &other.analysis)
    }
}

/// Analyses `versions`, marking the start and end on the Performance
/// timeline and measuring between them.
pub fn timed_analyze(versions: &[Version], options: &Options) -> AnalysisRun {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = performance.as_ref().map(|p| {
        let _ = p.mark(START_MARK);
        p.now()
    });
    let analysis = Arc::new(analyze(versions, options));
    let millis = performance.as_ref().zip(start).map(|(p, start)| {
        let _ = p.mark(END_MARK);
        let _ = p.measure_with_start_mark_and_end_mark(ANALYZE_MEASURE, START_MARK, END_MARK);
        p.clear_marks_with_mark_name(START_MARK);
        p.clear_marks_with_mark_name(END_MARK);
        p.now() - start
    });
    AnalysisRun { analysis, millis }
}
