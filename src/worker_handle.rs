//! The page's handle on a web worker, one type for both of its workers
//! (the analysis worker, `runner.rs`; the file reader, `decode.rs`): it
//! starts the worker from its versioned URL, marks each start on the
//! performance timeline, notices when the worker says it is ready, hands
//! every other message and the worker's death to its owner, and
//! terminates or restarts it. What is posted and what the answers mean —
//! the protocol, its budgets and retries — stays with the owner.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};

/// What both workers post once they listen: `{"type":"ready"}`.
pub const READY: &str = "{\"type\":\"ready\"}";

/// Which worker a handle starts.
#[derive(Clone, Copy, Debug)]
pub struct WorkerSpec {
    /// Its name in index.html's `<meta name="storydiff:worker:NAME">`.
    pub name: &'static str,
    /// Its loader's URL when the page names none (development builds).
    pub default_url: &'static str,
    /// Performance mark set each time it is started (tests count them).
    pub start_mark: &'static str,
}

/// What a worker tells its owner.
#[derive(Debug)]
pub enum WorkerEvent {
    /// It is loaded and listening: requests can be posted.
    Ready,
    /// A message (the owner's protocol, as JSON text).
    Message(String),
    /// It died (a panic aborts its wasm instance) or failed to load; it is
    /// stopped, and the owner decides whether to start another.
    Died,
}

/// A worker, started or not. Events go to the listener given at creation,
/// which outlives restarts.
pub struct WorkerHandle {
    spec: WorkerSpec,
    listener: Rc<dyn Fn(WorkerEvent)>,
    worker: Option<Worker>,
    ready: Rc<Cell<bool>>,
    on_message: Option<Closure<dyn FnMut(MessageEvent)>>,
    on_error: Option<Closure<dyn FnMut(ErrorEvent)>>,
}

/// The URL of a worker's loader: the versioned one `scripts/postbuild.py`
/// wrote into index.html (`<meta name="storydiff:worker:reader"
/// content="./reader_loader.js?v=…">`, so that a cached old worker never
/// pairs with a new page), else `default` (development builds).
pub fn worker_url(name: &str, default: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("meta[name=\"storydiff:worker:{name}\"]")).ok())
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .filter(|url| url.starts_with("./"))
        .unwrap_or_else(|| default.to_string())
}

/// Milliseconds on the page's performance clock (0 where there is none).
pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

impl WorkerHandle {
    /// A handle on `spec`'s worker, not started yet; `listener` receives
    /// what every worker it starts reports.
    pub fn new(spec: WorkerSpec, listener: impl Fn(WorkerEvent) + 'static) -> WorkerHandle {
        WorkerHandle {
            spec,
            listener: Rc::new(listener),
            worker: None,
            ready: Rc::new(Cell::new(false)),
            on_message: None,
            on_error: None,
        }
    }

    /// True while a worker is started (loading or ready).
    pub fn is_running(&self) -> bool {
        self.worker.is_some()
    }

    /// True once the running worker said it listens.
    pub fn is_ready(&self) -> bool {
        self.worker.is_some() && self.ready.get()
    }

    /// Starts a worker (stopping the one running, if any); false when the
    /// browser refused. Its events go to the listener once the current
    /// task is over, never from inside this call.
    pub fn start(&mut self) -> bool {
        self.stop();
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark(self.spec.start_mark);
        }
        let Ok(worker) = Worker::new(&worker_url(self.spec.name, self.spec.default_url)) else {
            return false;
        };
        // A fresh flag per worker: a late event of a stopped one changes nothing.
        let ready = Rc::new(Cell::new(false));
        let listener = self.listener.clone();
        let flag = ready.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            let Some(text) = ev.data().as_string() else { return };
            if text == READY {
                flag.set(true);
                listener(WorkerEvent::Ready);
            } else {
                listener(WorkerEvent::Message(text));
            }
        });
        let listener = self.listener.clone();
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |ev: ErrorEvent| {
            // Handled here: the page tells the user in its own words.
            ev.prevent_default();
            listener(WorkerEvent::Died);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        self.worker = Some(worker);
        self.ready = ready;
        self.on_message = Some(on_message);
        self.on_error = Some(on_error);
        true
    }

    /// Terminates the running worker, if any (it hung, died, or its work
    /// is no longer wanted).
    pub fn stop(&mut self) {
        if let Some(w) = self.worker.take() {
            w.set_onmessage(None);
            w.set_onerror(None);
            w.terminate();
        }
        self.ready.set(false);
        self.on_message = None;
        self.on_error = None;
    }

    /// Posts `message` to the worker if it is ready; false otherwise.
    pub fn post(&self, message: &JsValue) -> bool {
        match &self.worker {
            Some(w) if self.ready.get() => w.post_message(message).is_ok(),
            _ => false,
        }
    }

    /// Posts a string message to the worker, ready or not (a test hook
    /// that needs the worker as it is).
    pub fn post_now(&self, message: &str) {
        if let Some(w) = &self.worker {
            let _ = w.post_message(&JsValue::from_str(message));
        }
    }

    /// Posts `message`, moving `transfer`'s buffers to the worker instead
    /// of copying them; false when it is not ready.
    pub fn post_transfer(&self, message: &JsValue, transfer: &js_sys::Array) -> bool {
        match &self.worker {
            Some(w) if self.ready.get() => w.post_message_with_transfer(message, transfer).is_ok(),
            _ => false,
        }
    }
}

impl Drop for WorkerHandle {
    fn drop(&mut self) {
        self.stop();
    }
}
