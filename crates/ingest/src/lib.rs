//! # storydiff-ingest
//!
//! The bytes of a file someone gave us → the text of one version of a story,
//! or a message saying why not that names the file. Pure Rust: no IO, so the
//! CLI and the web app decode files the same way and say the same things.
//!
//! ```
//! use storydiff_ingest::{decode, Format};
//! let page = b"<html><body><nav>Home | World</nav><article><h1>Storm</h1>\
//!              <p>Six people were hurt, officials said.</p></article></body></html>";
//! let d = decode("story.html", page).unwrap();
//! assert_eq!(d.format, Format::Html);
//! assert_eq!(d.text, "Storm\n\nSix people were hurt, officials said.");
//!
//! let err = decode("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
//! assert_eq!(err.to_string(), "photo.png is not a text file (it looks like a PNG image).");
//! ```
//!
//! Stages: [`sniff`] refuses binary files by their magic number, the
//! `charset` step turns bytes into a `String` (encoding_rs: a BOM, UTF-8,
//! UTF-16 without a BOM, a page's `<meta charset>`, else chardetng's
//! guess), then the format's reader makes plain text of it: [`html`]
//! extracts a saved page's article (dom_smoothie, a Readability.js port),
//! [`markdown`] keeps the words of Markdown (pulldown-cmark). Paragraphs
//! come out separated by one blank line. Nothing recurses over the input's
//! depth: pages nested too deeply for Readability get their tag-stripped
//! text.
#![warn(missing_docs)]

mod charset;
pub mod html;
pub mod markdown;
pub mod sniff;

use std::fmt;

/// Files above this size are refused before decoding: a news story is a
/// few dozen KB, a book a few MB.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Saved web pages above this size are refused: pages saved with their
/// inline scripts reach a few MB; the extractor is linear, this bounds its
/// memory.
pub const MAX_HTML_BYTES: usize = 10 * 1024 * 1024;

/// How a file was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text, kept exactly as decoded (offsets match the file's text).
    Text,
    /// Markdown, reduced to its text.
    Markdown,
    /// A saved web page, reduced to its article's text.
    Html,
}

impl Format {
    /// A short name for people: `"plain text"`, `"Markdown"`, `"web page"`.
    pub fn describe(self) -> &'static str {
        match self {
            Format::Text => "plain text",
            Format::Markdown => "Markdown",
            Format::Html => "web page",
        }
    }
}

/// A file read as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text; paragraphs are separated by a blank line.
    pub text: String,
    /// How the file was read.
    pub format: Format,
    /// The character encoding it was decoded from, e.g. `"UTF-8"`,
    /// `"UTF-16LE"`, `"windows-1252"`.
    pub encoding: &'static str,
    /// Things the user may want to know, in words: `"decoded as
    /// windows-1252 (guessed: the file is not UTF-8)"`.
    pub notes: Vec<String>,
}

/// Why a file did not become text. Its `Display` is a whole sentence for
/// the user that names the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IngestError {
    /// No text, or only whitespace (for a web page: no readable text).
    Empty {
        /// The file's name.
        name: String,
        /// How it was read.
        format: Format,
    },
    /// An image, archive, program or other binary file.
    Binary {
        /// The file's name.
        name: String,
        /// What it looks like: `"a PNG image"`; `None` when only its bytes
        /// say it is not text.
        kind: Option<&'static str>,
    },
    /// A document format storydiff does not read (Word, PDF, RTF…).
    Unsupported {
        /// The file's name.
        name: String,
        /// What it is: `"a Word document"`.
        kind: &'static str,
    },
    /// Bytes that no encoding reads as text: the best guess leaves many of
    /// them undecodable.
    UnknownEncoding {
        /// The file's name.
        name: String,
    },
    /// Larger than the limit for its format.
    TooLarge {
        /// The file's name.
        name: String,
        /// Its size in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IngestError::Empty { name, format: Format::Html } => {
                write!(f, "{name} is a web page with no readable text in it.")
            }
            IngestError::Empty { name, .. } => {
                write!(f, "{name} is empty: there is no text in it.")
            }
            IngestError::Binary { name, kind: Some(kind) } => {
                write!(f, "{name} is not a text file (it looks like {kind}).")
            }
            IngestError::Binary { name, kind: None } => {
                write!(f, "{name} is not a text file (it looks like binary data).")
            }
            IngestError::Unsupported { name, kind } => write!(
                f,
                "{name} is {kind}, which storydiff cannot read: save it as plain text (.txt) \
                 or copy its text and paste it."
            ),
            IngestError::UnknownEncoding { name } => write!(
                f,
                "{name} is not in a text encoding storydiff recognises: save it as UTF-8 and try \
                 again."
            ),
            IngestError::TooLarge { name, bytes, limit } => write!(
                f,
                "{name} is too large ({}; the limit is {}).",
                megabytes(*bytes),
                megabytes(*limit)
            ),
        }
    }
}

impl std::error::Error for IngestError {}

/// `1_572_864` → `"1.5 MB"`; `20 << 20` → `"20 MB"`.
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1024 * 1024);
    if tenths.is_multiple_of(10) {
        format!("{} MB", tenths / 10)
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

/// Preformatted text without blank lines at its ends and with at most one
/// blank line in a row (more would read as extra paragraph breaks):
/// `"\n a\n\n \n\nb \n"` → `" a\n\nb"`.
pub(crate) fn tidy_preformatted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(str::trim_end) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        blank = false;
    }
    out
}

/// Whether a `<meta charset>` may apply: the name says web page, or the
/// bytes start with markup.
fn could_be_html(name: &str, bytes: &[u8]) -> bool {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    matches!(ext.as_str(), "html" | "htm" | "xhtml" | "shtml")
        || bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
}

/// Which reader a file gets, from its name's extension and, for names that
/// say nothing, from its first bytes.
fn format_of(name: &str, text: &str) -> Format {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "md" | "markdown" | "mdown" | "mkd" | "mkdn" => Format::Markdown,
        _ if html::looks_like_html(text) => Format::Html,
        _ => Format::Text,
    }
}

/// Decodes a file's bytes into the text of a version. `name` is used for
/// the format (by extension) and in messages.
///
/// `("a.txt", b"caf\xe9")` → `"café"` (windows-1252, with a note);
/// `("a.txt", b"\xFF\xFEH\0i\0")` → `"Hi"`; `("a.pdf", b"%PDF-1.7…")` → an
/// error saying it is a PDF document.
pub fn decode(name: &str, bytes: &[u8]) -> Result<Decoded, IngestError> {
    let named = || name.to_string();
    if bytes.len() > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge {
            name: named(),
            bytes: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    match sniff::sniff(name, bytes) {
        Some(sniff::Kind::Binary(kind)) => {
            return Err(IngestError::Binary { name: named(), kind: Some(kind) })
        }
        Some(sniff::Kind::Unsupported(kind)) => {
            return Err(IngestError::Unsupported { name: named(), kind })
        }
        None => {}
    }
    let mut notes = Vec::new();
    let declared = could_be_html(name, bytes).then(|| html::declared_charset(bytes)).flatten();
    let (text, encoding) = match charset::decode(bytes, declared.as_deref(), &mut notes) {
        Ok(decoded) => decoded,
        Err(charset::NotText::Binary) => {
            return Err(IngestError::Binary { name: named(), kind: None })
        }
        Err(charset::NotText::UnknownEncoding) => {
            return Err(IngestError::UnknownEncoding { name: named() })
        }
    };
    if sniff::looks_binary_text(&text) {
        return Err(IngestError::Binary { name: named(), kind: None });
    }
    let format = format_of(name, &text);
    let text = match format {
        Format::Text => text,
        Format::Markdown => markdown::to_text(&text),
        Format::Html => {
            if text.len() > MAX_HTML_BYTES {
                return Err(IngestError::TooLarge {
                    name: named(),
                    bytes: text.len(),
                    limit: MAX_HTML_BYTES,
                });
            }
            let extracted = html::extract(&text);
            notes.extend(extracted.notes);
            extracted.text
        }
    };
    if text.trim().is_empty() {
        return Err(IngestError::Empty { name: named(), format });
    }
    Ok(Decoded { text, format, encoding, notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_megabytes() {
        assert_eq!(megabytes(20 << 20), "20 MB");
        assert_eq!(megabytes(1_572_864), "1.5 MB");
        assert_eq!(megabytes(1), "0.1 MB");
    }

    #[test]
    fn preformatted_text_keeps_one_blank_line() {
        assert_eq!(tidy_preformatted("\n a\n\n \n\nb \n"), " a\n\nb");
        assert_eq!(tidy_preformatted("\n\n"), "");
    }
}
