//! Analyses the sample story N times and nothing else: a steady target for
//! a profiler, whose instruction counts (callgrind) do not move with the
//! machine's load as criterion's times do. `cargo build --profile bench -p
//! storydiff-engine --example seedloop`, then `valgrind --tool=callgrind
//! target/release/examples/seedloop 3` (and 1: the difference halved is one
//! analysis without the lexicons' first build).
use storydiff_engine::{analyze, Options, Version};

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/stories/seed");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures/stories/seed")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let versions: Vec<Version> = paths
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy().to_string();
            Version::new(name, std::fs::read_to_string(p).expect("a seed version"))
        })
        .collect();
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(10);
    for _ in 0..n {
        std::hint::black_box(analyze(&versions, &Options::default()));
    }
}
