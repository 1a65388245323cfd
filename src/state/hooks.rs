//! Test hooks, as window events a test dispatches: the analysis worker
//! panics (`storydiff:crash-worker`); the next file makes the file reader
//! panic or hang (`storydiff:crash-reader`, `storydiff:hang-reader`). They
//! prove that the page survives its workers' failures.

use super::results::Results;
use crate::decode::{Fault, Reader};
use leptos::prelude::*;

/// Listens for the test hooks while the page lives.
pub fn listen(results: Results) {
    let crash =
        window_event_listener_untyped("storydiff:crash-worker", move |_| results.crash_worker());
    on_cleanup(move || crash.remove());
    let faults = [("storydiff:crash-reader", Fault::Crash), ("storydiff:hang-reader", Fault::Hang)]
        .map(|(event, fault)| {
            window_event_listener_untyped(event, move |_| Reader::get().inject(fault))
        });
    on_cleanup(move || faults.into_iter().for_each(|h| h.remove()));
}
