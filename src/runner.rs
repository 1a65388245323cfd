//! The page's side of the analysis worker. The page never runs the engine:
//! it posts requests to a web worker and shows answers as they come.
//!
//! - Each request has a generation number; an answer to an older one than
//!   the latest is dropped, and only the latest waiting request is sent
//!   (typing fast skips the versions in between).
//! - A run that is still going [`STALE_BUDGET_MS`] after it was posted,
//!   while newer input waits, is cancelled by terminating the worker and
//!   starting a fresh one.
//! - A worker that dies (a panic aborts its wasm instance) is replaced; the
//!   request it died on is not sent again (it would die again), and the
//!   page is told. After [`MAX_FAILURES`] deaths in a row without an answer
//!   the page is told the analysis is unavailable.
//! - Every analysis is measured on the Performance timeline from post to
//!   answer as `storydiff:analyze`.

use crate::model::pair::PairDiff;
use crate::model::staged::RawModel;
use crate::model::ViewModel;
use crate::protocol::{Analysed, Diffed, ExportFormat, Exported, Failure, Request, Response};
pub use crate::worker_handle::now;
use crate::worker_handle::{WorkerEvent, WorkerHandle, WorkerSpec};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::time::Duration;
use wasm_bindgen::prelude::*;

/// Where trunk puts the worker's loader (beside index.html).
pub const WORKER_URL: &str = "./worker_loader.js";

/// Name of the measure recorded for each analysis.
pub const ANALYZE_MEASURE: &str = "storydiff:analyze";
/// How long a run may go on once newer input waits.
pub const STALE_BUDGET_MS: f64 = 1500.0;
/// Deaths in a row after which the worker is not started again.
pub const MAX_FAILURES: u32 = 3;
/// Performance mark set each time a worker is started (tests count them).
pub const WORKER_START_MARK: &str = "storydiff:worker-start";

/// What the runner reports to the page.
#[derive(Debug)]
pub enum Event {
    /// The analysis of the latest input.
    Analysis {
        /// Its request's number.
        generation: u64,
        /// The view model.
        model: ViewModel,
        /// Milliseconds from post to answer.
        millis: f64,
    },
    /// The diff of the latest pair.
    Diff {
        /// Its request's number.
        generation: u64,
        /// The pieces.
        diff: PairDiff,
    },
    /// A report to download.
    Export {
        /// The analysis it reports.
        generation: u64,
        /// Its format.
        format: ExportFormat,
        /// The text.
        text: String,
    },
    /// The worker died and was replaced. `lost_analysis`: the latest input
    /// was being analysed and will not be retried by itself.
    Crashed {
        /// True when the latest analysis request died with the worker.
        lost_analysis: bool,
        /// True when the worker is started again.
        restarting: bool,
    },
    /// The worker answered with an error.
    Failed(String),
}

#[derive(Default)]
struct Slot {
    /// The latest request, until answered: (generation, JSON).
    latest: Option<(u64, String)>,
    /// The request the worker is working on: (generation, posted at).
    in_flight: Option<(u64, f64)>,
}

struct Inner {
    worker: WorkerHandle,
    next_generation: u64,
    analysis: Slot,
    diff: Slot,
    /// An export asked for before the worker was ready.
    export: Option<String>,
    failures: u32,
    sink: Rc<dyn Fn(Event)>,
}

/// A handle on the worker. Clones share it.
#[derive(Clone)]
pub struct Runner(Rc<RefCell<Inner>>);

/// The stale budget: [`STALE_BUDGET_MS`], or for tests of cancellation
/// `window.__storydiffStaleBudgetMs` when a test set it before the page
/// loaded (a run's length depends on the machine; the test's must not).
fn stale_budget() -> f64 {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("__storydiffStaleBudgetMs")).ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(STALE_BUDGET_MS)
}

fn start_mark(generation: u64) -> String {
    format!("{ANALYZE_MEASURE}:start:{generation}")
}

/// Forgets the start of a run that will not be answered.
fn clear_mark(generation: u64) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        p.clear_marks_with_mark_name(&start_mark(generation));
    }
}

impl Runner {
    /// Starts a worker; `sink` receives what it reports.
    pub fn new(sink: impl Fn(Event) + 'static) -> Runner {
        let runner = Rc::new_cyclic(|me: &Weak<RefCell<Inner>>| {
            let me = me.clone();
            let spec = WorkerSpec {
                name: "worker",
                default_url: WORKER_URL,
                start_mark: WORKER_START_MARK,
            };
            RefCell::new(Inner {
                worker: WorkerHandle::new(spec, move |event| {
                    if let Some(inner) = me.upgrade() {
                        Runner(inner).heard(event);
                    }
                }),
                next_generation: 0,
                analysis: Slot::default(),
                diff: Slot::default(),
                export: None,
                failures: 0,
                sink: Rc::new(sink),
            })
        });
        let runner = Runner(runner);
        runner.spawn();
        runner
    }

    /// Asks for an analysis: `request` writes the JSON [`Request`] of a
    /// generation. Returns the generation.
    pub fn analyze(&self, request: impl FnOnce(u64) -> String) -> u64 {
        self.submit(true, request)
    }

    /// Asks for a pairwise diff, as [`Runner::analyze`].
    pub fn diff(&self, request: impl FnOnce(u64) -> String) -> u64 {
        self.submit(false, request)
    }

    /// Asks for a report of the last analysis (`request` is an export).
    pub fn export(&self, request: &Request) {
        let json = serde_json::to_string(request).unwrap_or_default();
        let mut inner = self.0.borrow_mut();
        if !inner.worker.post(&JsValue::from_str(&json)) {
            inner.export = Some(json);
        }
    }

    /// Makes the worker panic (for tests of recovery).
    pub fn crash(&self) {
        let json = serde_json::to_string(&Request::Crash).unwrap_or_default();
        self.0.borrow().worker.post_now(&json);
    }

    /// Stops the worker for good (page teardown).
    pub fn stop(&self) {
        self.0.borrow_mut().worker.stop();
    }

    fn submit(&self, analysis: bool, request: impl FnOnce(u64) -> String) -> u64 {
        let restart = {
            let mut inner = self.0.borrow_mut();
            inner.next_generation += 1;
            let generation = inner.next_generation;
            let json = request(generation);
            let slot = if analysis { &mut inner.analysis } else { &mut inner.diff };
            slot.latest = Some((generation, json));
            let overdue = slot.in_flight.is_some_and(|(_, at)| now() - at > stale_budget());
            if !inner.worker.is_running() && inner.failures >= MAX_FAILURES {
                // Unavailable: a new input is a reason to try again.
                inner.failures = 0;
                true
            } else {
                overdue
            }
        };
        if restart {
            self.restart();
        } else {
            self.pump();
        }
        self.0.borrow().next_generation
    }

    /// Starts a worker; one the browser refuses counts as a death.
    fn spawn(&self) {
        let started = self.0.borrow_mut().worker.start();
        if !started {
            self.died();
        }
    }

    fn heard(&self, event: WorkerEvent) {
        match event {
            WorkerEvent::Ready => self.pump(),
            WorkerEvent::Message(text) => self.answered(&text),
            WorkerEvent::Died => self.died(),
        }
    }

    /// Terminates the worker and starts another; waiting requests are sent
    /// to the new one once it is ready.
    fn restart(&self) {
        {
            let mut inner = self.0.borrow_mut();
            inner.worker.stop();
            if let Some((g, _)) = inner.analysis.in_flight.take() {
                clear_mark(g);
            }
            inner.diff.in_flight = None;
        }
        self.spawn();
    }

    /// Posts the latest waiting requests the worker is not already on.
    fn pump(&self) {
        let mut inner = self.0.borrow_mut();
        if !inner.worker.is_ready() {
            return;
        }
        let mut posted_analysis = None;
        let Inner { worker, analysis, diff, export, .. } = &mut *inner;
        for (is_analysis, slot) in [(true, analysis), (false, diff)] {
            if slot.in_flight.is_some() {
                continue;
            }
            if let Some((generation, json)) = &slot.latest {
                if is_analysis {
                    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                        let _ = p.mark(&start_mark(*generation));
                    }
                    posted_analysis = Some(*generation);
                }
                worker.post(&JsValue::from_str(json));
                slot.in_flight = Some((*generation, now()));
            }
        }
        if let Some(json) = export.take() {
            worker.post(&JsValue::from_str(&json));
        }
        drop(inner);
        if let Some(generation) = posted_analysis {
            // Checks later whether this run went stale and overdue.
            let me = Rc::downgrade(&self.0);
            leptos::prelude::set_timeout(
                move || {
                    if let Some(inner) = me.upgrade() {
                        Runner(inner).check_overdue(generation);
                    }
                },
                Duration::from_millis(stale_budget() as u64 + 50),
            );
        }
    }

    fn check_overdue(&self, generation: u64) {
        let overdue = {
            let inner = self.0.borrow();
            let slot = &inner.analysis;
            slot.in_flight.is_some_and(|(g, at)| g == generation && now() - at > stale_budget())
                && slot.latest.as_ref().is_some_and(|(g, _)| *g > generation)
        };
        if overdue {
            self.restart();
        }
    }

    fn answered(&self, text: &str) {
        // An analysis's model is kept as JSON text here and read a part
        // per task below (`RawModel::read`).
        let response: Response<RawModel> = match serde_json::from_str(text) {
            Ok(r) => r,
            Err(e) => {
                let sink = self.0.borrow().sink.clone();
                sink(Event::Failed(format!("unreadable answer from the worker: {e}")));
                return;
            }
        };
        let mut event = None;
        let mut analysis = None;
        {
            let mut inner = self.0.borrow_mut();
            match response {
                Response::Ready => {}
                Response::Analysis(Analysed { generation, model }) => {
                    inner.failures = 0;
                    let started = inner.analysis.in_flight.take().map(|(_, at)| at);
                    let mark = start_mark(generation);
                    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                        let _ = p.measure_with_start_mark(ANALYZE_MEASURE, &mark);
                        p.clear_marks_with_mark_name(&mark);
                    }
                    if inner.analysis.latest.as_ref().is_some_and(|(g, _)| *g == generation) {
                        inner.analysis.latest = None;
                        let millis = started.map_or(0.0, |at| now() - at);
                        analysis = Some((generation, model, millis));
                    }
                }
                Response::Diff(Diffed { generation, diff }) => {
                    inner.failures = 0;
                    inner.diff.in_flight = None;
                    if inner.diff.latest.as_ref().is_some_and(|(g, _)| *g == generation) {
                        inner.diff.latest = None;
                        event = Some(Event::Diff { generation, diff });
                    }
                }
                Response::Export(Exported { generation, format, text }) => {
                    event = Some(Event::Export { generation, format, text })
                }
                Response::Error(Failure { message }) => event = Some(Event::Failed(message)),
            }
        }
        self.pump();
        let sink = self.0.borrow().sink.clone();
        if let Some((generation, model, millis)) = analysis {
            let sink = sink.clone();
            // Read a part per task, then shown in a task of its own:
            // reading a large model and laying it out are each long enough
            // on a slow phone.
            model.read(move |model| {
                let event = match model {
                    Ok(model) => Event::Analysis { generation, model, millis },
                    Err(e) => Event::Failed(format!("unreadable answer from the worker: {e}")),
                };
                leptos::prelude::set_timeout(move || sink(event), Duration::ZERO);
            });
        }
        if let Some(event) = event {
            sink(event);
        }
    }

    fn died(&self) {
        let (lost_analysis, restarting) = {
            let mut inner = self.0.borrow_mut();
            inner.worker.stop();
            inner.failures += 1;
            if let Some((g, _)) = inner.analysis.in_flight {
                clear_mark(g);
            }
            // The request it died on would kill the next worker too.
            let lost = |slot: &mut Slot| {
                let dead = slot.in_flight.take().map(|(g, _)| g);
                let lost = dead.is_some() && slot.latest.as_ref().map(|(g, _)| *g) == dead;
                if lost {
                    slot.latest = None;
                }
                lost
            };
            let lost_analysis = lost(&mut inner.analysis);
            lost(&mut inner.diff);
            (lost_analysis, inner.failures < MAX_FAILURES)
        };
        if restarting {
            self.spawn();
        }
        let sink = self.0.borrow().sink.clone();
        sink(Event::Crashed { lost_analysis, restarting });
    }
}
