//! The messages between the page and the analysis worker, as JSON strings:
//! the page sends versions (and diff or export requests) with a generation
//! number; the worker answers with the same number, so the page can drop
//! answers to questions it no longer asks.

use crate::model::pair::PairDiff;
use crate::model::ViewModel;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use storydiff_workspace::Workspace;

/// The report formats the worker can write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// `report::to_markdown`.
    Markdown,
    /// The JSON report contract (`report::Report`).
    Json,
    /// One line per piece of evidence.
    Csv,
}

impl ExportFormat {
    /// File name extension.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
        }
    }

    /// MIME type.
    pub fn mime(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "text/markdown;charset=utf-8",
            ExportFormat::Json => "application/json",
            ExportFormat::Csv => "text/csv;charset=utf-8",
        }
    }
}

/// Page → worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Request<'a> {
    /// Analyse the versions of this workspace, against its reference,
    /// with its publication date.
    Analyze {
        /// Answer with this number.
        generation: u64,
        /// The user's work, in its one saved form.
        workspace: Cow<'a, Workspace>,
    },
    /// Diff two texts.
    Diff {
        /// Answer with this number.
        generation: u64,
        /// The text diffed from.
        old: Cow<'a, str>,
        /// The text diffed to.
        new: Cow<'a, str>,
        /// Whether punctuation changes count.
        punctuation: bool,
    },
    /// Write the report of the last analysis.
    Export {
        /// In which format.
        format: ExportFormat,
        /// Keys of the findings the user dismissed: left out, and counted.
        #[serde(default)]
        dismissed: Vec<String>,
        /// Keys of the findings the user confirmed: marked.
        #[serde(default)]
        confirmed: Vec<String>,
    },
    /// Panic, so that tests can check the page survives a dead worker.
    Crash,
}

/// Worker → page. Adjacently tagged (`{"type": …, "body": {…}}`, the tag
/// first), so that the page reads the body straight into its type: an
/// internally tagged enum would first copy the whole view model into
/// serde's generic buffer, doubling the main thread's parsing time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
///
/// `M` is the view model's type: the worker writes a [`ViewModel`]; the
/// page reads it as a [`crate::model::staged::RawModel`], field by field.
#[serde(tag = "type", content = "body", rename_all = "snake_case")]
pub enum Response<M = ViewModel> {
    /// The worker is loaded and listening.
    Ready,
    /// The analysis of generation `generation`.
    Analysis {
        /// The request's number.
        generation: u64,
        /// What the views show.
        model: M,
    },
    /// The diff of generation `generation`.
    Diff {
        /// The request's number.
        generation: u64,
        /// The pieces.
        diff: PairDiff,
    },
    /// A report.
    Export {
        /// The analysis it reports (its request's number).
        generation: u64,
        /// Its format.
        format: ExportFormat,
        /// The report.
        text: String,
    },
    /// A request the worker could not read.
    Error {
        /// Why.
        message: String,
    },
}
