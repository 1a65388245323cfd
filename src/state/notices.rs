//! Messages to the user: what was added or removed (with undo), and what
//! could not be done and why.

use leptos::prelude::*;
use std::sync::Arc;

/// How many messages stay on screen; older ones make room.
const MAX_NOTICES: usize = 4;

/// Whether a message reports success or a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Something happened as asked.
    Info,
    /// Something could not be done.
    Error,
}

/// What a message's button does, as a function of the concern that made
/// the message (the notices need not know the others).
pub type Act = Arc<dyn Fn() + Send + Sync>;

/// A button a message offers.
#[derive(Clone)]
pub enum NoticeAction {
    /// Undo the action the message reports.
    Undo(Act),
    /// Run the analysis again.
    Retry(Act),
}

impl NoticeAction {
    /// The button's word.
    pub fn label(&self) -> &'static str {
        match self {
            NoticeAction::Undo(_) => "Undo",
            NoticeAction::Retry(_) => "Retry",
        }
    }

    fn run(&self) {
        match self {
            NoticeAction::Undo(act) | NoticeAction::Retry(act) => act(),
        }
    }
}

impl std::fmt::Debug for NoticeAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// A message to the user, e.g. "notes.pdf is not a text file".
#[derive(Clone, Debug)]
pub struct Notice {
    /// Stable id (list key).
    pub id: u32,
    /// Success or problem.
    pub tone: Tone,
    /// The message.
    pub message: String,
    /// What its button does; only the latest undo keeps its button.
    pub action: Option<NoticeAction>,
    /// When it was shown (`performance.now()`): success messages leave
    /// after a while.
    pub shown_at: f64,
}

/// The messages on screen (context). Copy: a handle.
#[derive(Clone, Copy)]
pub struct Notices {
    /// Messages on screen, oldest first.
    pub list: RwSignal<Vec<Notice>>,
    next: StoredValue<u32>,
}

impl Default for Notices {
    fn default() -> Self {
        Notices::new()
    }
}

impl Notices {
    /// No messages.
    pub fn new() -> Notices {
        Notices { list: RwSignal::new(Vec::new()), next: StoredValue::new(0) }
    }

    /// Shows a message.
    pub fn notify(self, tone: Tone, message: impl Into<String>) {
        self.push(tone, message.into(), None);
    }

    /// Shows a message with a button; returns its id.
    pub fn push(self, tone: Tone, message: String, action: Option<NoticeAction>) -> u32 {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.list.update(|ns| {
            if matches!(action, Some(NoticeAction::Undo(_))) {
                ns.iter_mut()
                    .filter(|n| matches!(n.action, Some(NoticeAction::Undo(_))))
                    .for_each(|n| n.action = None);
            }
            ns.push(Notice { id, tone, message, action, shown_at: crate::worker_handle::now() });
            let excess = ns.len().saturating_sub(MAX_NOTICES);
            ns.drain(..excess);
        });
        id
    }

    /// Shows that something was done, with a way to undo it.
    pub fn done(self, message: impl Into<String>, undo: impl Fn() + Send + Sync + 'static) {
        self.push(Tone::Info, message.into(), Some(NoticeAction::Undo(Arc::new(undo))));
    }

    /// Gives the messages on screen their full time again (the pointer or
    /// the focus was on them).
    pub fn refresh(self) {
        let t = crate::worker_handle::now();
        self.list.update(|ns| ns.iter_mut().for_each(|n| n.shown_at = t));
    }

    /// Removes a message.
    pub fn dismiss(self, id: u32) {
        self.list.update(|ns| ns.retain(|n| n.id != id));
    }

    /// Does what message `id` offers (undo, retry) and removes the message.
    pub fn act(self, id: u32) {
        let action = self
            .list
            .with_untracked(|ns| ns.iter().find(|n| n.id == id).and_then(|n| n.action.clone()));
        if let Some(action) = action {
            action.run();
        }
        self.dismiss(id);
    }
}
