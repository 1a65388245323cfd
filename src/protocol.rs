//! The messages between the page and the analysis worker, as JSON strings:
//! the page sends versions (and diff or export requests) with a generation
//! number; the worker answers with the same number, so the page can drop
//! answers to questions it no longer asks.

use crate::model::pair::PairDiff;
use crate::model::ViewModel;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
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
///
/// `M` is the view model's type: the worker writes a [`ViewModel`]; the
/// page reads it as a [`crate::model::staged::RawModel`], field by field.
/// Written by serde's derive; read by the hand-written [`Deserialize`]
/// below, which takes the tag first, as the worker writes it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", content = "body", rename_all = "snake_case")]
pub enum Response<M = ViewModel> {
    /// The worker is loaded and listening.
    Ready,
    /// An analysis.
    Analysis(Analysed<M>),
    /// A diff of two texts.
    Diff(Diffed),
    /// A report.
    Export(Exported),
    /// A request the worker could not read.
    Error(Failure),
}

/// The analysis of generation `generation`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysed<M> {
    /// The request's number.
    pub generation: u64,
    /// What the views show.
    pub model: M,
}

/// The diff of generation `generation`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diffed {
    /// The request's number.
    pub generation: u64,
    /// The pieces.
    pub diff: PairDiff,
}

/// A report of the analysis of generation `generation`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exported {
    /// The analysis it reports (its request's number).
    pub generation: u64,
    /// Its format.
    pub format: ExportFormat,
    /// The report.
    pub text: String,
}

/// Why the worker could not answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    /// Why.
    pub message: String,
}

impl<M> Response<M> {
    /// The answer to a request the worker could not read or serve.
    pub fn error(message: impl Into<String>) -> Self {
        Response::Error(Failure { message: message.into() })
    }
}

/// The keys of a [`Response`] object.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum ResponseKey {
    Type,
    Body,
}

/// A [`Response`]'s tag (its variant's name).
#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum ResponseType {
    Ready,
    Analysis,
    Diff,
    Export,
    Error,
}

/// Reads a [`Response`] whose tag comes before its body, as the worker
/// writes it. serde's derive would also accept the body first, by
/// buffering it and reading it a second time: a second copy of every
/// body's reader in the page's .wasm (about 15 KB) for an order the
/// worker never writes.
impl<'de, M: Deserialize<'de>> Deserialize<'de> for Response<M> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ResponseVisitor(PhantomData))
    }
}

struct ResponseVisitor<M>(PhantomData<M>);

impl<'de, M: Deserialize<'de>> Visitor<'de> for ResponseVisitor<M> {
    type Value = Response<M>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a worker's answer: an object with its \"type\" first, then its \"body\"")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Response<M>, A::Error> {
        if !matches!(map.next_key()?, Some(ResponseKey::Type)) {
            return Err(de::Error::custom("a worker's answer must give its \"type\" first"));
        }
        let tag: ResponseType = map.next_value()?;
        let response = match tag {
            ResponseType::Ready => Response::Ready,
            ResponseType::Analysis => Response::Analysis(body(&mut map)?),
            ResponseType::Diff => Response::Diff(body(&mut map)?),
            ResponseType::Export => Response::Export(body(&mut map)?),
            ResponseType::Error => Response::Error(body(&mut map)?),
        };
        if map.next_key::<IgnoredAny>()?.is_some() {
            return Err(de::Error::custom("a worker's answer has nothing after its \"body\""));
        }
        Ok(response)
    }
}

/// The `"body"` entry that follows a tag that has one.
fn body<'de, A: MapAccess<'de>, B: Deserialize<'de>>(map: &mut A) -> Result<B, A::Error> {
    match map.next_key()? {
        Some(ResponseKey::Body) => map.next_value(),
        _ => Err(de::Error::missing_field("body")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::pair::PairDiff;

    fn round_trip(response: Response) {
        let json = serde_json::to_string(&response).unwrap();
        let read: Response = serde_json::from_str(&json).unwrap();
        assert_eq!(read, response, "{json}");
    }

    #[test]
    fn every_answer_reads_back_as_written() {
        round_trip(Response::Ready);
        round_trip(Response::Analysis(Analysed { generation: 3, model: ViewModel::default() }));
        round_trip(Response::Diff(Diffed { generation: 4, diff: PairDiff::default() }));
        round_trip(Response::Export(Exported {
            generation: 5,
            format: ExportFormat::Csv,
            text: "a,b\n\"c\"".into(),
        }));
        round_trip(Response::error("nothing analysed yet"));
        assert_eq!(
            serde_json::to_string(&Response::<ViewModel>::Ready).unwrap(),
            crate::worker_handle::READY
        );
    }

    #[test]
    fn answers_out_of_order_or_incomplete_are_errors_not_guesses() {
        let read = |json: &str| serde_json::from_str::<Response>(json).map_err(|e| e.to_string());
        assert!(read(r#"{"body":{"message":"x"},"type":"error"}"#)
            .unwrap_err()
            .contains("\"type\" first"));
        assert!(read(r#"{"type":"error"}"#).unwrap_err().contains("missing field `body`"));
        assert!(read(r#"{"type":"nope","body":{}}"#).unwrap_err().contains("unknown variant"));
        assert!(read(r#"{"type":"ready","extra":1}"#).is_err());
        assert!(read(r#"{"type":"error","body":{"message":"x"},"more":2}"#)
            .unwrap_err()
            .contains("nothing after"));
        assert!(read("[]").is_err());
        assert_eq!(read(r#"{"type":"error","body":{"message":"x"}}"#), Ok(Response::error("x")));
    }
}
