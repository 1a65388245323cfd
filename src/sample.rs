//! The built-in example: the five rewrites of one AP story in
//! fixtures/stories/seed, bundled into the wasm so that a first visit shows
//! what the tool does without any request.

macro_rules! seed {
    ($name:literal) => {
        ($name, include_str!(concat!("../fixtures/stories/seed/", $name)))
    };
}

/// `(file name, text)` of each version of the sample story, in order.
pub const SAMPLE_STORY: [(&str, &str); 5] = [
    seed!("000_9145386a09862644.txt"),
    seed!("001_fdc33257951a94e8.txt"),
    seed!("002_349d635fff76aa66.txt"),
    seed!("003_932dead0a5037501.txt"),
    seed!("004_e85194611a1f4ec0.txt"),
];
