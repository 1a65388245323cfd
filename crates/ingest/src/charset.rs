//! Bytes → `String`, on encoding_rs (the WHATWG Encoding Standard, as
//! Firefox decodes) and chardetng (Firefox's detector for unlabelled
//! legacy text). In order: a byte-order mark (UTF-8, UTF-16LE/BE); UTF-16
//! without a mark (every other byte NUL, which no detector looks for);
//! valid UTF-8 (or nearly: a few stray bytes); NUL bytes elsewhere mean
//! binary; the encoding a page declares (`<meta charset>`); else
//! chardetng's guess.

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// Why bytes are not text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotText {
    /// NUL bytes that are not UTF-16.
    Binary,
    /// No encoding reads it as text: the guess leaves many bytes
    /// undecodable.
    UnknownEncoding,
}

/// How much of the file the detector looks at: plenty for a guess, and a
/// 20 MB file is not scanned twice.
const GUESS_WINDOW: usize = 256 * 1024;

/// The text and the name of its encoding (encoding_rs's names:
/// `"UTF-8"`, `"UTF-16LE"`, `"windows-1252"`, `"Shift_JIS"`).
///
/// `b"caf\xe9"` → `("café", "windows-1252")` with the note
/// `"Decoded as windows-1252 (guessed: the file is not UTF-8)."`.
pub fn decode(
    bytes: &[u8],
    declared: Option<&str>,
    notes: &mut Vec<String>,
) -> Result<(String, &'static str), NotText> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            notes.push(replaced_note(encoding.name()));
        }
        return Ok((text.into_owned(), encoding.name()));
    }
    // Before UTF-8: UTF-16 of ASCII text is valid UTF-8 too (with NULs).
    if let Some(encoding) = utf16_by_nul_pattern(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if !had_errors {
            notes.push(format!("Decoded as {} (it has no byte-order mark).", encoding.name()));
            return Ok((text.into_owned(), encoding.name()));
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), UTF_8.name()));
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(NotText::Binary);
    }
    if mostly_utf8(bytes) {
        notes.push(replaced_note("UTF-8"));
        return Ok((String::from_utf8_lossy(bytes).into_owned(), UTF_8.name()));
    }
    // A page that declares UTF-16 in ASCII bytes is not UTF-16: the HTML
    // standard reads it as UTF-8 (`output_encoding`).
    let declared = declared
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .map(Encoding::output_encoding)
        .filter(|e| *e != UTF_8);
    let (encoding, why) = match declared {
        Some(encoding) => (encoding, "declared by the page"),
        None => (guess(bytes), "guessed: the file is not UTF-8"),
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        let replaced = text.chars().filter(|&c| c == '\u{FFFD}').count();
        if replaced * 20 > text.chars().count().min(1_000_000) {
            return Err(NotText::UnknownEncoding);
        }
    }
    notes.push(format!("Decoded as {} ({why}).", encoding.name()));
    if had_errors {
        notes.push(replaced_note(encoding.name()));
    }
    Ok((text.into_owned(), encoding.name()))
}

/// chardetng's guess from the start of the file. No top-level domain
/// helps here (a file has none), and UTF-8 was ruled out before.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let window = &bytes[..bytes.len().min(GUESS_WINDOW)];
    // ISO-2022-JP is plain text here (nothing runs scripts), as in mail.
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Allow);
    detector.feed(window, window.len() == bytes.len());
    detector.guess(None, Utf8Detection::Deny)
}

fn replaced_note(encoding: &str) -> String {
    format!("Some bytes are not valid {encoding} and were replaced by \u{FFFD}.")
}

/// UTF-16 without a byte-order mark, by where its NULs fall: ASCII-range
/// text in UTF-16LE has a NUL in every odd byte, in UTF-16BE in every
/// even one. At least 30% of the pairs must show the pattern and at most
/// 5% the other one.
fn utf16_by_nul_pattern(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 2 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let window = &bytes[..bytes.len().min(4096)];
    let pairs = window.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in window.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let many = |n: usize| n * 10 >= pairs * 3;
    let few = |n: usize| n * 20 <= pairs;
    if many(odd) && few(even) {
        Some(UTF_16LE)
    } else if many(even) && few(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// UTF-8 with a few stray bytes (a Latin-1 character pasted into a UTF-8
/// file) is still UTF-8: at least four valid non-ASCII characters per
/// invalid sequence, and at least one valid one.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    valid > 0 && valid >= invalid * 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8], declared: Option<&str>) -> String {
        let mut notes = Vec::new();
        match decode(bytes, declared, &mut notes) {
            Ok((text, enc)) => format!("{enc} {text:?} {notes:?}"),
            Err(e) => format!("{e:?}"),
        }
    }

    #[test]
    fn byte_order_marks_decide() {
        assert_eq!(check(b"\xEF\xBB\xBFHello", None), r#"UTF-8 "Hello" []"#);
        assert_eq!(check(b"\xFF\xFEH\0i\0", None), r#"UTF-16LE "Hi" []"#);
        assert_eq!(check(b"\xFE\xFF\0H\0i", None), r#"UTF-16BE "Hi" []"#);
        assert_eq!(
            check(b"\xFF\xFEH\0i", None),
            "UTF-16LE \"H\u{fffd}\" [\"Some bytes are not valid UTF-16LE and were replaced by \u{fffd}.\"]"
        );
    }

    #[test]
    fn utf16_without_a_mark_is_found_by_its_nuls() {
        assert_eq!(
            check(b"H\0e\0l\0l\0o\0", None),
            r#"UTF-16LE "Hello" ["Decoded as UTF-16LE (it has no byte-order mark)."]"#
        );
        assert_eq!(
            check(b"\0H\0e\0l\0l\0o", None),
            r#"UTF-16BE "Hello" ["Decoded as UTF-16BE (it has no byte-order mark)."]"#
        );
        assert_eq!(check(b"\xffab\0\0\x01\x02\x03\x04", None), "Binary");
    }

    #[test]
    fn legacy_text_is_guessed_or_taken_from_the_page() {
        assert_eq!(
            check(b"Caf\xe9 owners said the \x93na\xefve\x94 plan would cost \x804,500.", None),
            "windows-1252 \"Café owners said the “naïve” plan would cost €4,500.\" \
             [\"Decoded as windows-1252 (guessed: the file is not UTF-8).\"]"
        );
        assert_eq!(
            check(b"caf\xe9", Some(" ISO-8859-1 ")),
            r#"windows-1252 "café" ["Decoded as windows-1252 (declared by the page)."]"#
        );
        // Russian in windows-1251: "Шесть человек пострадали"
        assert_eq!(
            check(b"\xd8\xe5\xf1\xf2\xfc \xf7\xe5\xeb\xee\xe2\xe5\xea \xef\xee\xf1\xf2\xf0\xe0\xe4\xe0\xeb\xe8.", None),
            "windows-1251 \"Шесть человек пострадали.\" \
             [\"Decoded as windows-1251 (guessed: the file is not UTF-8).\"]"
        );
    }

    #[test]
    fn a_page_declaring_utf16_in_ascii_is_not_utf16() {
        // Not valid UTF-8 either: the declared label is ignored, the
        // detector decides.
        assert!(check(b"caf\xe9 au lait, cr\xe8me", Some("utf-16")).starts_with("windows-1252"));
    }

    #[test]
    fn stray_bytes_in_utf8_are_replaced() {
        assert_eq!(
            check("naïve café, déjà \u{2014} ".as_bytes().iter().chain(b"\xe9").copied().collect::<Vec<_>>().as_slice(), None),
            "UTF-8 \"naïve café, déjà \u{2014} \u{fffd}\" [\"Some bytes are not valid UTF-8 and were replaced by \u{fffd}.\"]"
        );
    }
}
