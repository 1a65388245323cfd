//! Helpers shared by the integration tests: where the fixtures and the
//! shared corpora are, and loading the seed story.
#![allow(dead_code)]

use std::path::PathBuf;
use storydiff_engine::Version;

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The shared corpora folder: `$STORYDIFF_SHARED` or `../shared` beside the
/// repository (as CI lays it out).
pub fn shared_dir() -> PathBuf {
    std::env::var_os("STORYDIFF_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared"))
}

/// The versions of a story under `fixtures/stories/NAME`, sorted by name.
pub fn story(name: &str) -> Vec<Version> {
    let dir = repo_root().join("fixtures/stories").join(name);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            Version::new(
                p.file_name().unwrap().to_string_lossy(),
                std::fs::read_to_string(p).unwrap(),
            )
        })
        .collect()
}
