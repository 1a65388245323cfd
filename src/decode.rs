//! Bytes of a dropped or picked file → the text of a version. This is the
//! edge where input can be refused, so it returns `Result` with a message
//! for the user that names the file.

use std::fmt;

/// Files above this size are refused before they are read: a news story is
/// a few dozen KB, a book a few MB.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Why a file did not become a version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// No text, or only whitespace.
    Empty {
        /// The file's name.
        name: String,
    },
    /// Looks like an image, archive or other binary file.
    Binary {
        /// The file's name.
        name: String,
    },
    /// Text in an encoding other than UTF-8 / UTF-16.
    NotUtf8 {
        /// The file's name.
        name: String,
    },
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's name.
        name: String,
        /// Its size in bytes.
        bytes: usize,
    },
    /// The browser could not read it.
    Unreadable {
        /// The file's name.
        name: String,
    },
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Empty { name } => write!(f, "{name} is empty, so it was not added."),
            FileError::Binary { name } => {
                write!(f, "{name} is not a text file (it looks like binary data), so it was not added.")
            }
            FileError::NotUtf8 { name } => write!(
                f,
                "{name} is not UTF-8 text, so it was not added. Save it as UTF-8 (or paste its text) and try again."
            ),
            FileError::TooLarge { name, bytes } => write!(
                f,
                "{name} is too large ({} MB; the limit is {} MB), so it was not added.",
                bytes / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            FileError::Unreadable { name } => write!(f, "{name} could not be read, so it was not added."),
        }
    }
}

/// Decodes a file's bytes as text: UTF-8 (a byte-order mark is dropped) or
/// UTF-16 with a byte-order mark; anything else, binary data (NUL bytes,
/// many control characters) and blank text are refused.
///
/// `b"\xEF\xBB\xBFHello"` → `"Hello"`; `b"\x89PNG\r\n\x1a\n\0"` → `Binary`.
pub fn decode_text(name: &str, bytes: &[u8]) -> Result<String, FileError> {
    let named = || name.to_string();
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { name: named(), bytes: bytes.len() });
    }
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        std::str::from_utf8(rest).map(str::to_string).ok()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes)
    } else {
        std::str::from_utf8(bytes).map(str::to_string).ok()
    };
    let Some(text) = text else {
        return Err(if looks_binary_bytes(bytes) {
            FileError::Binary { name: named() }
        } else {
            FileError::NotUtf8 { name: named() }
        });
    };
    if looks_binary_text(&text) {
        return Err(FileError::Binary { name: named() });
    }
    if text.trim().is_empty() {
        return Err(FileError::Empty { name: named() });
    }
    Ok(text)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    String::from_utf16(&units).ok()
}

/// NUL bytes in the first 8 KB: text files never have them, binary formats
/// almost always do (what git and grep check too).
fn looks_binary_bytes(bytes: &[u8]) -> bool {
    bytes.iter().take(8192).any(|&b| b == 0)
}

/// Valid UTF-8 can still be binary (an ASCII-only blob with NULs or escape
/// bytes): refuse text where more than 1 in 100 of the first 8K chars are
/// control characters other than tab, line and page breaks.
fn looks_binary_text(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(8192) {
        total += 1;
        if c == '\0' {
            return true;
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c') {
            control += 1;
        }
    }
    control * 100 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8]) -> String {
        match decode_text("f.txt", bytes) {
            Ok(text) => format!("ok {text:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn text_files_decode() {
        assert_eq!(check(b"Hello"), r#"ok "Hello""#);
        assert_eq!(check(b"\xEF\xBB\xBFHello"), r#"ok "Hello""#);
        assert_eq!(check(b"\xFF\xFEH\0i\0"), r#"ok "Hi""#);
        assert_eq!(check(b"\xFE\xFF\0H\0i"), r#"ok "Hi""#);
        assert_eq!(check("caf\u{e9}\tbar\r\n".as_bytes()), "ok \"caf\u{e9}\\tbar\\r\\n\"");
    }

    #[test]
    fn other_files_are_refused_by_name() {
        assert_eq!(
            check(b"\x89PNG\r\n\x1a\n\0\0"),
            "f.txt is not a text file (it looks like binary data), so it was not added."
        );
        assert_eq!(
            check(b"ascii\0with nul"),
            "f.txt is not a text file (it looks like binary data), so it was not added."
        );
        assert_eq!(
            check(b"\x1b\x1b\x1b\x02 mostly control"),
            "f.txt is not a text file (it looks like binary data), so it was not added."
        );
        assert!(check(b"caf\xe9").starts_with("f.txt is not UTF-8 text"));
        assert!(check(b"\xFF\xFEH").starts_with("f.txt is not UTF-8 text"), "odd-length UTF-16");
        assert_eq!(check(b" \n\t"), "f.txt is empty, so it was not added.");
        assert_eq!(check(b""), "f.txt is empty, so it was not added.");
    }
}
