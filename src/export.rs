//! Exports of the analysis — the report as Markdown and as JSON (the CLI's
//! contract), the claims matrix as CSV — and the browser's side of a
//! download. Nothing leaves the browser: files are made from a Blob.

use storydiff_engine::report::{to_markdown, Report};
use storydiff_engine::Analysis;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What to export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// The report as Markdown.
    Markdown,
    /// The versioned JSON report, as `storydiff compare --format json`.
    Json,
    /// The claims matrix, one row per fact.
    Csv,
}

/// A file to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportFile {
    /// Suggested file name.
    pub name: &'static str,
    /// Its MIME type.
    pub mime: &'static str,
    /// Its contents.
    pub contents: String,
}

/// Renders an export of `analysis`.
pub fn render(analysis: &Analysis, format: ExportFormat) -> ExportFile {
    match format {
        ExportFormat::Markdown => ExportFile {
            name: "storydiff-report.md",
            mime: "text/markdown;charset=utf-8",
            contents: to_markdown(analysis),
        },
        ExportFormat::Json => ExportFile {
            name: "storydiff-report.json",
            mime: "application/json",
            contents: Report::new(analysis).to_json() + "\n",
        },
        ExportFormat::Csv => ExportFile {
            name: "storydiff-claims.csv",
            mime: "text/csv;charset=utf-8",
            contents: storydiff_workspace::csv::claims_matrix(analysis),
        },
    }
}

/// Offers `contents` as a download named `name`. `Err` says why not.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let failed = |_| "The browser refused to make the file.".to_string();
    let window = web_sys::window().ok_or("No browser window.")?;
    let document = window.document().ok_or("No document.")?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(failed)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document.body().ok_or("No page body.")?;
    body.append_child(&link).map_err(failed)?;
    link.click();
    link.remove();
    // The download has started from the URL; free it a little later.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000);
    Ok(())
}

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storydiff_engine::{analyze, Options, Version};

    #[test]
    fn each_export_holds_the_analysis() {
        let a = analyze(
            &[
                Version::new("a.txt", "The council voted 7-2 on Tuesday."),
                Version::new("b.txt", "The council voted 6-3 on Tuesday."),
            ],
            &Options::default(),
        );
        let md = render(&a, ExportFormat::Markdown);
        assert!(md.contents.starts_with("# storydiff report"), "{}", md.contents);
        let json: serde_json::Value =
            serde_json::from_str(&render(&a, ExportFormat::Json).contents).unwrap();
        assert_eq!(json["version"], 1);
        assert_eq!(json["documents"][1]["name"], "b.txt");
        let csv = render(&a, ExportFormat::Csv).contents;
        assert!(csv.starts_with("\"fact\",\"kind\",\"a.txt\""), "{csv}");
    }
}
