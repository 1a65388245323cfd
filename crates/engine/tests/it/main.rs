//! The engine's integration tests: one test binary, a module per area.
//! `common` holds the helpers (where the repository and the shared corpora
//! are); tests that read the shared corpora fail when it is absent.

mod alignment_gold;
mod alignment_props;
mod alignment_snapshot;
mod alignment_support;
mod analyze_props;
mod common;
mod copy_invariance;
mod entities_ecbplus;
mod entities_props;
mod entities_seed;
mod hostile;
mod loaded_seed;
mod quantities_gold;
mod quantities_props;
mod quotes_ecbplus;
mod quotes_seed;
mod real_alignment_gold;
mod real_coverage;
mod regressions;
mod segmentation_cases;
mod segmentation_ecbplus;
mod segmentation_props;
mod stories;
mod timex_fixtures;
mod timex_tempeval;
