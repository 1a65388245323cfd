//! The file reader worker's logic and its answers. The page posts a
//! file's name and bytes to the reader worker (`src/bin/reader.rs`, loaded
//! the first time a file is given); the worker decodes it with
//! storydiff-ingest and answers with a JSON [`ReadAnswer`]. Only this
//! module's [`read`] touches storydiff-ingest, so the page's .wasm does
//! not carry the decoders (see `decode.rs` for the page's side).

use serde::{Deserialize, Serialize};

/// Reader → page. Adjacently tagged, the tag first, so that the page
/// reads a long text straight into its `String` (an internally tagged
/// enum buffers the whole answer first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "body", rename_all = "snake_case")]
pub enum ReadAnswer {
    /// The worker listens.
    Ready,
    /// The file as text (storydiff-ingest's `Decoded`).
    Read {
        /// The request's number.
        id: u32,
        /// The text; paragraphs are separated by a blank line.
        text: String,
        /// How it was read: `"plain text"`, `"Markdown"`, `"web page"`.
        format: String,
        /// The encoding it was decoded from: `"windows-1252"`.
        encoding: String,
        /// Things the user may want to know, in words.
        notes: Vec<String>,
    },
    /// Why the file did not become text, as a sentence naming it.
    Refused {
        /// The request's number.
        id: u32,
        /// `"photo.png is not a text file (it looks like a PNG image)."`
        message: String,
    },
}

impl ReadAnswer {
    /// The JSON the worker posts.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| {
            let message = format!("unserialisable answer: {e}");
            serde_json::to_string(&ReadAnswer::Refused { id: 0, message }).unwrap_or_default()
        })
    }
}

/// Decodes one file: `(7, "a.txt", b"caf\xe9")` → the JSON of
/// `Read { id: 7, text: "café", encoding: "windows-1252", .. }`.
pub fn read(id: u32, name: &str, bytes: &[u8]) -> String {
    let answer = match storydiff_ingest::decode(name, bytes) {
        Ok(d) => ReadAnswer::Read {
            id,
            text: d.text,
            format: d.format.describe().to_string(),
            encoding: d.encoding.to_string(),
            notes: d.notes,
        },
        Err(e) => ReadAnswer::Refused { id, message: e.to_string() },
    };
    answer.to_json()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, bytes: &[u8]) -> String {
        match serde_json::from_str::<ReadAnswer>(&read(3, name, bytes)).unwrap() {
            ReadAnswer::Read { id, text, format, encoding, notes } => {
                format!("{id} {format} {encoding} {notes:?} {text:?}")
            }
            ReadAnswer::Refused { id, message } => format!("{id} refused: {message}"),
            ReadAnswer::Ready => "ready".into(),
        }
    }

    #[test]
    fn files_are_read_or_refused_by_name() {
        assert_eq!(check("f.txt", b"Hello"), r#"3 plain text UTF-8 [] "Hello""#);
        assert_eq!(check("f.txt", b"\xFF\xFEH\0i\0"), r#"3 plain text UTF-16LE [] "Hi""#);
        assert_eq!(
            check("f.txt", b"caf\xe9 ol\xe9"),
            "3 plain text windows-1252 [\"Decoded as windows-1252 (guessed: the file is not \
             UTF-8).\"] \"caf\u{e9} ol\u{e9}\""
        );
        assert_eq!(
            check("f.md", b"# Title\n\n*Six* people"),
            r#"3 Markdown UTF-8 [] "Title\n\nSix people""#
        );
        assert!(check("f.html", b"<p>Six people</p>").ends_with(r#""Six people""#));
        assert_eq!(
            check("f.png", b"\x89PNG\r\n\x1a\n\0\0"),
            "3 refused: f.png is not a text file (it looks like a PNG image)."
        );
        assert_eq!(check("f.txt", b" \n\t"), "3 refused: f.txt is empty: there is no text in it.");
        assert_eq!(ReadAnswer::Ready.to_json(), r#"{"type":"ready"}"#);
    }
}
