//! Loaded language: evaluative and intensifying words.

use super::Claim;
use crate::Document;

/// Finds loaded words in `doc`.
pub fn extract_loaded(doc: &Document) -> Vec<Claim> {
    let _ = doc;
    Vec::new()
}
