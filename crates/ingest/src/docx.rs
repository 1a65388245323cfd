//! A Word document (.docx) → its text, on zip (the archive, deflate only)
//! and quick-xml (the body's XML). Only `word/document.xml` is read: the
//! text of its paragraphs (`w:p`) is in runs (`w:t`), with tabs
//! (`w:tab`) and line breaks (`w:br`, `w:cr`); deleted text of tracked
//! changes (`w:delText`), field codes (`w:instrText`), headers, footers,
//! comments and footnotes are other elements or parts and stay out.

use quick_xml::events::Event;
use quick_xml::Reader;
use std::io::{Cursor, Read};

/// The body's XML above this size is refused: a 300-page book's is a few
/// MB; a zip bomb's would be gigabytes.
pub const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;

/// Why a .docx gave no text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocxError {
    /// Not a readable ZIP archive, or no `word/document.xml` in it (or
    /// broken XML).
    Damaged,
    /// The body's XML is over [`MAX_XML_BYTES`] once unpacked.
    TooLarge,
}

/// The document's paragraphs, separated by one blank line.
///
/// `<w:p><w:r><w:t>Six people</w:t></w:r><w:r><w:t xml:space="preserve"> were
/// hurt.</w:t></w:r></w:p>` → `"Six people were hurt."`.
pub fn to_text(bytes: &[u8]) -> Result<String, DocxError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| DocxError::Damaged)?;
    let mut part = archive.by_name("word/document.xml").map_err(|_| DocxError::Damaged)?;
    if part.size() > MAX_XML_BYTES {
        return Err(DocxError::TooLarge);
    }
    // The declared size can lie: read one byte past the limit to know.
    let mut xml = Vec::new();
    (&mut part).take(MAX_XML_BYTES + 1).read_to_end(&mut xml).map_err(|_| DocxError::Damaged)?;
    if xml.len() as u64 > MAX_XML_BYTES {
        return Err(DocxError::TooLarge);
    }
    let xml = String::from_utf8_lossy(&xml);
    paragraphs(&xml).ok_or(DocxError::Damaged)
}

/// The text of the `w:p` elements of WordprocessingML; `None` when the
/// XML is broken.
fn paragraphs(xml: &str) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut paragraph = String::new();
    let mut in_text = false;
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.name().as_ref() == "w:t" => in_text = true,
            Event::End(e) if e.name().as_ref() == "w:t" => in_text = false,
            Event::Empty(e) | Event::Start(e) => match e.name().as_ref() {
                "w:tab" => paragraph.push('\t'),
                "w:br" | "w:cr" => paragraph.push('\n'),
                _ => {}
            },
            Event::End(e) if e.name().as_ref() == "w:p" => {
                let text = paragraph.trim();
                if !text.is_empty() {
                    if !out.is_empty() {
                        out.push_str("\n\n");
                    }
                    out.push_str(text);
                }
                paragraph.clear();
            }
            Event::Text(t) if in_text => paragraph.push_str(&t.xml10_content()),
            Event::CData(t) if in_text => paragraph.push_str(&t),
            Event::GeneralRef(r) if in_text => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    paragraph.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                    paragraph.push_str(s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_join_and_paragraphs_part() {
        let xml = r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:body>
            <w:p><w:r><w:t>Six people</w:t></w:r><w:r><w:t xml:space="preserve"> were hurt, </w:t></w:r>
            <w:del><w:r><w:delText>seven</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText>
            <w:t>officials &amp; police said.</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>A</w:t><w:tab/>
            <w:t>B</w:t><w:br/><w:t>&#8220;C&#8221;</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(
            paragraphs(xml).as_deref(),
            Some("Six people were hurt, officials & police said.\n\nA\tB\n\u{201c}C\u{201d}")
        );
        assert_eq!(paragraphs("<w:p><w:t>unclosed</w:p>"), None);
    }

    #[test]
    fn damaged_archives_are_refused() {
        assert_eq!(to_text(b"PK\x03\x04 not really"), Err(DocxError::Damaged));
    }
}
