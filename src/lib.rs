//! # storydiff-web
//!
//! The storydiff page: versions of a story go in (paste, files, drop), the
//! engine's analysis and a pairwise word diff come out. Everything runs in
//! the browser.
//!
//! - [`workspace`]: the user's versions and chosen pair as plain data;
//! - [`state`]: [`state::AppState`], the signals holding them and the
//!   analysis memo derived from them, provided as context;
//! - [`components`]: the views, by feature (`versions`, `diff`, `summary`,
//!   `notices`), one component per file;
//! - edges: [`decode`] (file bytes → text), [`storage`] (localStorage),
//!   [`timing`] (Performance marks around the analysis), [`sample`] (the
//!   bundled example story);
//! - [`inline_diff`]: the engine's word changes as pieces of text to show.
#![warn(missing_docs)]

mod app;
pub mod components;
pub mod decode;
pub mod export;
pub mod inline_diff;
pub mod sample;
pub mod share;
pub mod state;
pub mod storage;
pub mod timing;
pub mod workspace;

pub use app::App;
