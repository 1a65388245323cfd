use super::{LinkOpener, ShareLink, WorkspaceFile};
use crate::components::Later;
use crate::state::{apply, snapshot, Inputs, Tone, Triage};
use leptos::prelude::*;
use storydiff_workspace::Workspace;

/// A message of the share bar, with the workspace to go back to when it
/// reports a replacement.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    /// Success or problem.
    pub tone: Tone,
    /// The message.
    pub text: String,
    /// The workspace before the action the message reports.
    pub undo: Option<Workspace>,
}

impl Status {
    /// A success message.
    pub fn info(text: impl Into<String>) -> Status {
        Status { tone: Tone::Info, text: text.into(), undo: None }
    }

    /// A problem.
    pub fn error(text: impl Into<String>) -> Status {
        Status { tone: Tone::Error, text: text.into(), undo: None }
    }
}

/// Replaces the workspace with `ws`, reporting it with a way back.
pub fn replace_workspace(
    inputs: Inputs,
    triage: Triage,
    status: RwSignal<Option<Status>>,
    ws: &Workspace,
    what: &str,
) {
    let before = snapshot(inputs, Some(triage));
    apply(inputs, triage, ws);
    let n = ws.versions.len();
    let noun = if n == 1 { "version" } else { "versions" };
    status.set(Some(Status {
        tone: Tone::Info,
        text: format!("Opened {what}: {n} {noun}."),
        undo: Some(before),
    }));
}

/// The bar of sharing actions: share link, workspace file; and the place
/// where a shared link is opened and reported (exports sit in the status bar).
#[component]
pub fn ShareBar() -> impl IntoView {
    let inputs = expect_context::<Inputs>();
    let triage = expect_context::<Triage>();

    let status = RwSignal::new(None::<Status>);
    let undo = move |_| {
        if let Some(before) = status.get_untracked().and_then(|s| s.undo) {
            apply(inputs, triage, &before);
            status.set(Some(Status::info("Your previous versions are back.")));
        }
    };
    view! {
        <section class="share-bar" aria-label="Share and keep">
            <div class="share-actions">
                <ShareLink status=status />
                <WorkspaceFile status=status />
            </div>
            <Later>
                <LinkOpener status=status />
            </Later>
            {move || status.get().map(|s| {
                let (class, role) = match s.tone {
                    Tone::Info => ("share-status info", "status"),
                    Tone::Error => ("share-status error", "alert"),
                };
                view! {
                    <div class=class role=role aria-label="Share status">
                        <p>{s.text}</p>
                        {s.undo.is_some().then(|| view! {
                            <button type="button" class="secondary" on:click=undo>"Put back my previous versions"</button>
                        })}
                        <button type="button" class="dismiss" aria-label="Dismiss message"
                            on:click=move |_| status.set(None)>
                            <span aria-hidden="true">"×"</span>
                        </button>
                    </div>
                }
            })}
        </section>
    }
}
