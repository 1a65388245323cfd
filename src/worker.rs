//! The analysis worker's logic, kept in the library so that it is tested
//! natively; `src/bin/worker.rs` only wires it to the worker's messages.
//! Runs the engine, builds the view model, diffs pairs and writes reports.
//!
//! The engine is given each version by its letter ("A", "B", …), so that
//! the findings' summaries read "March 15 in A; March 14 in B, D"; the
//! view model and the reports carry the file names beside the letters.

use crate::export::{self, Source};
use crate::model::build::analyse;
use crate::model::pair::pair_diff;
use crate::model::ViewModel;
use crate::protocol::{Analysed, Diffed, ExportFormat, Exported, Request, Response};
use std::cell::RefCell;
use std::collections::BTreeSet;
use storydiff_engine::{Analysis, DiffOptions};

/// The last analysis, for exports.
struct Last {
    generation: u64,
    analysis: Analysis,
    model: ViewModel,
    names: Vec<String>,
}

thread_local! {
    static LAST: RefCell<Option<Last>> = const { RefCell::new(None) };
}

/// Answers one message (a JSON [`Request`]) with a JSON [`Response`].
pub fn handle(message: &str) -> String {
    let response = match serde_json::from_str::<Request>(message) {
        Ok(request) => respond(request),
        Err(e) => Response::error(format!("unreadable request: {e}")),
    };
    serde_json::to_string(&response).unwrap_or_else(|e| {
        let message = format!("unserialisable response: {e}");
        let error: Response = Response::error(message);
        serde_json::to_string(&error).unwrap_or_default()
    })
}

/// The message the worker sends once it listens.
pub fn ready() -> String {
    let ready: Response = Response::Ready;
    serde_json::to_string(&ready).unwrap_or_default()
}

fn respond(request: Request) -> Response {
    match request {
        Request::Analyze { generation, workspace } => {
            let (analysis, model, names) = analyse(workspace.into_owned());
            let answer = Response::Analysis(Analysed { generation, model: model.clone() });
            LAST.with(|l| *l.borrow_mut() = Some(Last { generation, analysis, model, names }));
            answer
        }
        Request::Diff { generation, old, new, punctuation } => Response::Diff(Diffed {
            generation,
            diff: pair_diff(&old, &new, DiffOptions { punctuation }),
        }),
        Request::Export { format, dismissed, confirmed } => LAST.with(|l| match &*l.borrow() {
            Some(last) => {
                let dismissed: BTreeSet<String> = dismissed.into_iter().collect();
                let confirmed: BTreeSet<String> = confirmed.into_iter().collect();
                let source = Source {
                    analysis: &last.analysis,
                    model: &last.model,
                    names: &last.names,
                    dismissed: &dismissed,
                    confirmed: &confirmed,
                };
                let text = match format {
                    ExportFormat::Markdown => export::markdown(&source),
                    ExportFormat::Json => export::json(&source),
                    ExportFormat::Csv => export::csv(&source),
                };
                Response::Export(Exported { generation: last.generation, format, text })
            }
            None => Response::error("nothing analysed yet"),
        }),
        Request::Crash => panic!("storydiff worker: crash requested"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::SAMPLE_STORY;
    use std::borrow::Cow;
    use storydiff_workspace::{Workspace, WorkspaceVersion};

    fn analyze_request(generation: u64) -> String {
        let mut workspace = Workspace::new(
            SAMPLE_STORY.iter().map(|(n, t)| WorkspaceVersion::new(*n, *t)).collect(),
        );
        workspace.reference = Some(0);
        workspace.settings.document_date = Some("2025-12-04".into());
        serde_json::to_string(&Request::Analyze { generation, workspace: Cow::Owned(workspace) })
            .unwrap()
    }

    #[test]
    fn answers_carry_the_generation_and_the_model() {
        let answer: Response = serde_json::from_str(&handle(&analyze_request(7))).unwrap();
        let Response::Analysis(Analysed { generation, model }) = answer else {
            panic!("{answer:?}")
        };
        assert_eq!(generation, 7);
        assert_eq!(model.documents.len(), 5);
        assert_eq!(model.reference, Some(0));
    }

    #[test]
    fn exports_report_the_last_analysis() {
        handle(&analyze_request(3));
        for format in [ExportFormat::Markdown, ExportFormat::Json, ExportFormat::Csv] {
            let request = serde_json::to_string(&Request::Export {
                format,
                dismissed: Vec::new(),
                confirmed: Vec::new(),
            })
            .unwrap();
            let answer: Response = serde_json::from_str(&handle(&request)).unwrap();
            let Response::Export(Exported { generation, text, .. }) = answer else {
                panic!("{answer:?}")
            };
            assert_eq!(generation, 3);
            match format {
                ExportFormat::Markdown => assert!(text.starts_with("# storydiff report")),
                ExportFormat::Json => assert!(text.contains("\"offsets\": \"utf8-bytes\"")),
                ExportFormat::Csv => {
                    assert!(text.starts_with("\u{feff}\"fact\",\"kind\","), "the claims matrix")
                }
            }
        }
    }

    #[test]
    fn unreadable_requests_get_an_error_not_a_panic() {
        let answer: Response = serde_json::from_str(&handle("{\"type\":\"nope\"}")).unwrap();
        assert!(matches!(answer, Response::Error(_)));
        assert_eq!(ready(), crate::worker_handle::READY);
    }

    #[test]
    fn diffs_mark_moves() {
        let request = serde_json::to_string(&Request::Diff {
            generation: 1,
            old: "The mayor resigned on Friday after the vote of the whole council. Six people \
                  were hurt in the blaze."
                .into(),
            new: "Six people were hurt in the blaze. The mayor resigned on Friday after the \
                  vote of the whole council."
                .into(),
            punctuation: false,
        })
        .unwrap();
        let answer: Response = serde_json::from_str(&handle(&request)).unwrap();
        let Response::Diff(Diffed { diff, .. }) = answer else { panic!("{answer:?}") };
        assert_eq!(diff.moves, 1);
    }
}
