//! The analysis worker's logic, kept in the library so that it is tested
//! natively; `src/bin/worker.rs` only wires it to the worker's messages.
//! Runs the engine, builds the view model, diffs pairs and writes reports.

use crate::model::build::build;
use crate::model::pair::pair_diff;
use crate::protocol::{ExportFormat, Request, Response};
use std::cell::RefCell;
use storydiff_engine::claims::CivilDate;
use storydiff_engine::report::{to_markdown, Report};
use storydiff_engine::{analyze, Analysis, DiffOptions, Options, Version, VersionId};

thread_local! {
    /// The last analysis and its generation, for exports.
    static LAST: RefCell<Option<(u64, Analysis)>> = const { RefCell::new(None) };
}

/// Answers one message (a JSON [`Request`]) with a JSON [`Response`].
pub fn handle(message: &str) -> String {
    let response = match serde_json::from_str::<Request>(message) {
        Ok(request) => respond(request),
        Err(e) => Response::Error { message: format!("unreadable request: {e}") },
    };
    serde_json::to_string(&response).unwrap_or_else(|e| {
        let message = format!("unserialisable response: {e}");
        let error: Response = Response::Error { message };
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
            let workspace = workspace.into_owned();
            let options = Options {
                reference: workspace.reference.map(VersionId),
                document_date: workspace
                    .settings
                    .document_date
                    .as_deref()
                    .and_then(CivilDate::parse_iso),
                ..Options::default()
            };
            let versions: Vec<Version> =
                workspace.versions.into_iter().map(|v| Version::new(v.name, v.text)).collect();
            let analysis = analyze(&versions, &options);
            let model = build(&analysis);
            LAST.with(|l| *l.borrow_mut() = Some((generation, analysis)));
            Response::Analysis { generation, model }
        }
        Request::Diff { generation, old, new, punctuation } => {
            Response::Diff { generation, diff: pair_diff(&old, &new, DiffOptions { punctuation }) }
        }
        Request::Export { format } => LAST.with(|l| match &*l.borrow() {
            Some((generation, a)) => {
                Response::Export { generation: *generation, format, text: export(a, format) }
            }
            None => Response::Error { message: "nothing analysed yet".into() },
        }),
        Request::Crash => panic!("storydiff worker: crash requested"),
    }
}

/// The report of `a` in `format`.
pub fn export(a: &Analysis, format: ExportFormat) -> String {
    match format {
        ExportFormat::Markdown => to_markdown(a),
        ExportFormat::Json => Report::new(a).to_json(),
        ExportFormat::Csv => storydiff_workspace::csv::claims_matrix(a),
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
        let Response::Analysis { generation, model } = answer else { panic!("{answer:?}") };
        assert_eq!(generation, 7);
        assert_eq!(model.documents.len(), 5);
        assert_eq!(model.reference, Some(0));
    }

    #[test]
    fn exports_report_the_last_analysis() {
        handle(&analyze_request(3));
        for format in [ExportFormat::Markdown, ExportFormat::Json, ExportFormat::Csv] {
            let request = serde_json::to_string(&Request::Export { format }).unwrap();
            let answer: Response = serde_json::from_str(&handle(&request)).unwrap();
            let Response::Export { generation, text, .. } = answer else { panic!("{answer:?}") };
            assert_eq!(generation, 3);
            match format {
                ExportFormat::Markdown => assert!(text.starts_with("# storydiff report")),
                ExportFormat::Json => assert!(text.contains("\"offsets\": \"utf8-bytes\"")),
                ExportFormat::Csv => {
                    assert!(text.starts_with("\"fact\",\"kind\","), "the claims matrix")
                }
            }
        }
    }

    #[test]
    fn unreadable_requests_get_an_error_not_a_panic() {
        let answer: Response = serde_json::from_str(&handle("{\"type\":\"nope\"}")).unwrap();
        assert!(matches!(answer, Response::Error { .. }));
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
        let Response::Diff { diff, .. } = answer else { panic!("{answer:?}") };
        assert_eq!(diff.moves, 1);
    }
}
