//! Is it text at all? Binary formats are recognised by their magic number
//! (the first bytes every such file starts with), so that the message can
//! say what the file is; anything else is judged by its bytes after
//! decoding.

/// What a non-text file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An image, archive, program…: `"a PNG image"`.
    Binary(&'static str),
    /// A document storydiff could read if it were saved as text: `"a Word
    /// document"`.
    Unsupported(&'static str),
}

/// Magic numbers at offset 0, longest first where one is a prefix of
/// another.
const MAGIC: &[(&[u8], Kind)] = &[
    (b"\x89PNG\r\n\x1a\n", Kind::Binary("a PNG image")),
    (b"\xFF\xD8\xFF", Kind::Binary("a JPEG image")),
    (b"GIF87a", Kind::Binary("a GIF image")),
    (b"GIF89a", Kind::Binary("a GIF image")),
    (b"II*\0", Kind::Binary("a TIFF image")),
    (b"MM\0*", Kind::Binary("a TIFF image")),
    (b"\0\0\x01\0", Kind::Binary("an icon")),
    (b"%PDF-", Kind::Unsupported("a PDF document")),
    (b"{\\rtf", Kind::Unsupported("an RTF document")),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        Kind::Unsupported("an older Office document (.doc, .xls)"),
    ),
    (b"\x1F\x8B", Kind::Binary("a gzip archive")),
    (b"7z\xBC\xAF\x27\x1C", Kind::Binary("a 7-Zip archive")),
    (b"Rar!\x1A\x07", Kind::Binary("a RAR archive")),
    (b"BZh", Kind::Binary("a bzip2 archive")),
    (b"\xFD7zXZ\0", Kind::Binary("an xz archive")),
    (b"\x28\xB5\x2F\xFD", Kind::Binary("a zstd archive")),
    (b"\x7FELF", Kind::Binary("a program")),
    (b"\0asm", Kind::Binary("a WebAssembly module")),
    (b"\xCA\xFE\xBA\xBE", Kind::Binary("a program")),
    (b"\xCF\xFA\xED\xFE", Kind::Binary("a program")),
    (b"SQLite format 3\0", Kind::Binary("an SQLite database")),
    (b"OggS", Kind::Binary("an audio or video file")),
    (b"ID3", Kind::Binary("an audio file")),
    (b"fLaC", Kind::Binary("an audio file")),
    (b"\x1A\x45\xDF\xA3", Kind::Binary("a video file")),
    (b"wOFF", Kind::Binary("a font")),
    (b"wOF2", Kind::Binary("a font")),
    (b"OTTO", Kind::Binary("a font")),
];

/// What the file is when its first bytes say it is not text; `None` when
/// they do not say (it may still be binary: see [`looks_binary_text`]).
///
/// `b"%PDF-1.7"` → `Unsupported("a PDF document")`; `b"Hello"` → `None`.
pub fn sniff(name: &str, bytes: &[u8]) -> Option<Kind> {
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(*kind);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Some(zip_kind(name, bytes));
    }
    if bytes.get(4..8) == Some(b"ftyp") {
        return Some(Kind::Binary("an MP4 or QuickTime video"));
    }
    if bytes.starts_with(b"RIFF") {
        return Some(match bytes.get(8..12) {
            Some(b"WEBP") => Kind::Binary("a WebP image"),
            Some(b"WAVE") => Kind::Binary("an audio file"),
            _ => Kind::Binary("an audio or video file"),
        });
    }
    None
}

/// ZIP is the container of Office and e-book documents; say which. The
/// first entry's name is in the local header at offset 30; the extension
/// decides otherwise.
fn zip_kind(name: &str, bytes: &[u8]) -> Kind {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let first_entry = bytes.get(30..bytes.len().min(30 + 64)).unwrap_or(&[]);
    let mentions = |needle: &[u8]| bytes.windows(needle.len()).take(4096).any(|w| w == needle);
    match ext.as_str() {
        "docx" | "docm" | "dotx" => Kind::Unsupported("a Word document"),
        "odt" => Kind::Unsupported("an OpenDocument text"),
        "epub" => Kind::Unsupported("an e-book"),
        "xlsx" | "ods" => Kind::Unsupported("a spreadsheet"),
        "pptx" | "odp" => Kind::Unsupported("a presentation"),
        _ if first_entry.starts_with(b"mimetype") && mentions(b"epub") => {
            Kind::Unsupported("an e-book")
        }
        _ if mentions(b"word/") => Kind::Unsupported("a Word document"),
        _ => Kind::Binary("a ZIP archive"),
    }
}

/// Decoded text can still be binary (an ASCII blob with NULs or escape
/// bytes): text where more than 1 in 100 of the first 8K chars are control
/// characters other than tab, line and page breaks is refused, and a NUL
/// anywhere in them decides at once (text files never have one; git and
/// grep check the same).
pub fn looks_binary_text(text: &str) -> bool {
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

    #[test]
    fn magic_numbers_name_the_format() {
        assert_eq!(sniff("x", b"\x89PNG\r\n\x1a\n\0"), Some(Kind::Binary("a PNG image")));
        assert_eq!(sniff("x", b"%PDF-1.4\n"), Some(Kind::Unsupported("a PDF document")));
        assert_eq!(sniff("a.docx", b"PK\x03\x04rest"), Some(Kind::Unsupported("a Word document")));
        assert_eq!(
            sniff("a.bin", b"PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0word/document.xml"),
            Some(Kind::Unsupported("a Word document"))
        );
        assert_eq!(sniff("a.zip", b"PK\x03\x04rest"), Some(Kind::Binary("a ZIP archive")));
        assert_eq!(
            sniff("v", b"\0\0\0\x18ftypmp42"),
            Some(Kind::Binary("an MP4 or QuickTime video"))
        );
        assert_eq!(sniff("t.txt", b"PK is a fine start for a text"), None);
        assert_eq!(sniff("t.txt", b""), None);
    }

    #[test]
    fn control_characters_make_text_binary() {
        assert!(looks_binary_text("ascii\0with nul"));
        assert!(looks_binary_text("\x1b\x1b\x1b\x02 mostly control"));
        assert!(!looks_binary_text("caf\u{e9}\tbar\r\n\x0c"));
        assert!(!looks_binary_text(""));
    }
}
