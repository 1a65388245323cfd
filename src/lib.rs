//! # storydiff-web
//!
//! The storydiff page: versions of a story go in (paste, files, drop), and
//! the page shows where they disagree — an overview per version, the list
//! of findings, the claims matrix, the versions side by side, and a
//! pairwise diff. The engine runs in a web worker; nothing leaves the
//! browser.
//!
//! - [`workspace`]: the user's versions and chosen pair as plain data;
//! - [`state`]: the app state, one context per concern (inputs, triage,
//!   results, notices, navigation, page modes), and the saved workspace;
//! - [`worker_handle`]: one handle type for the page's two workers
//!   (start from a versioned URL, ready, death, restart);
//! - [`runner`]: the page's side of the analysis worker's protocol
//!   (generations, cancelling stale runs, restarting a dead worker,
//!   performance measures);
//! - [`worker`] and [`protocol`]: the worker's side and the messages;
//! - [`reader`]: the file reader worker's side (storydiff-ingest), which
//!   [`decode`] talks to;
//! - [`model`]: the view model the worker sends, and how it is made;
//! - [`pieces`]: a cell's text cut into changed words, claims, evidence;
//! - [`components`]: the views, by feature, one component per file;
//! - edges: [`decode`] (files → the reader worker → text), [`storage`] (localStorage),
//!   [`sample`] (the bundled example story).
#![warn(missing_docs)]

mod app;
pub mod components;
pub mod decode;
pub mod download;
pub mod export;
pub mod model;
pub mod pieces;
pub mod protocol;
pub mod reader;
pub mod runner;
pub mod sample;
pub mod share;
pub mod state;
pub mod storage;
pub mod worker;
pub mod worker_handle;
pub mod workspace;

pub use app::{App, Page};
