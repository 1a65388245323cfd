//! Bytes → `String`. In order: a byte-order mark; valid UTF-8; UTF-16
//! without a mark (every other byte NUL); NUL bytes elsewhere mean binary;
//! an encoding the page declares (`<meta charset>`); else chardetng's guess
//! among the legacy encodings (Windows-1252 and the ISO-8859 family,
//! Cyrillic, Greek, Shift_JIS, GBK…).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// How much of the file chardetng looks at: enough to tell the encodings
/// apart, bounded so a 20 MB file is not scanned twice.
const GUESS_WINDOW: usize = 1 << 20;

/// The text and the name of its encoding, or `None` when the bytes are not
/// text (NUL bytes that are not UTF-16).
pub fn decode(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
    notes: &mut Vec<String>,
) -> Option<(String, &'static str)> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            notes.push(replaced_note(encoding));
        }
        return Some((text.into_owned(), encoding.name()));
    }
    // Before UTF-8: UTF-16 of ASCII text is valid UTF-8 too (with NULs).
    if let Some(encoding) = utf16_by_nul_pattern(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if !had_errors {
            notes.push(format!("Decoded as {} (it has no byte-order mark).", encoding.name()));
            return Some((text.into_owned(), encoding.name()));
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some((text.to_string(), UTF_8.name()));
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return None;
    }
    if mostly_utf8(bytes) {
        notes.push(replaced_note(UTF_8));
        return Some((String::from_utf8_lossy(bytes).into_owned(), UTF_8.name()));
    }
    let (encoding, why) = match declared {
        // A page that says UTF-8 but is not is better guessed; a page that
        // says UTF-16 means UTF-8 (WHATWG), which it is not either.
        Some(e) if e != UTF_8 && e != UTF_16LE && e != UTF_16BE => (e, "declared by the page"),
        _ => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(&bytes[..bytes.len().min(GUESS_WINDOW)], bytes.len() <= GUESS_WINDOW);
            (detector.guess(None, chardetng::Utf8Detection::Deny), "guessed: the file is not UTF-8")
        }
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    notes.push(format!("Decoded as {} ({why}).", encoding.name()));
    if had_errors {
        notes.push(replaced_note(encoding));
    }
    Some((text.into_owned(), encoding.name()))
}

fn replaced_note(encoding: &'static Encoding) -> String {
    format!("Some bytes are not valid {} and were replaced by \u{FFFD}.", encoding.name())
}

/// UTF-16 of mostly ASCII text has a NUL in every other byte: at odd
/// offsets for little-endian, at even ones for big-endian. Judged on the
/// first 4 KB: at least 30% of one side NUL, almost none of the other.
///
/// `b"H\0i\0"` → UTF-16LE; `b"\0H\0i"` → UTF-16BE; `b"Hi"` → none.
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

    fn check(bytes: &[u8]) -> String {
        let mut notes = Vec::new();
        match decode(bytes, None, &mut notes) {
            Some((text, enc)) => format!("{enc} {text:?} {notes:?}"),
            None => "binary".to_string(),
        }
    }

    #[test]
    fn byte_order_marks_decide() {
        assert_eq!(check(b"\xEF\xBB\xBFHello"), r#"UTF-8 "Hello" []"#);
        assert_eq!(check(b"\xFF\xFEH\0i\0"), r#"UTF-16LE "Hi" []"#);
        assert_eq!(check(b"\xFE\xFF\0H\0i"), r#"UTF-16BE "Hi" []"#);
        assert_eq!(
            check(b"\xFF\xFEH"),
            "UTF-16LE \"\u{FFFD}\" [\"Some bytes are not valid UTF-16LE and were replaced by \u{FFFD}.\"]"
        );
    }

    #[test]
    fn utf16_without_a_mark_is_found_by_its_nuls() {
        let le: Vec<u8> = "Caf\u{e9} said six.".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "Caf\u{e9} said six.".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(
            check(&le),
            "UTF-16LE \"Caf\u{e9} said six.\" [\"Decoded as UTF-16LE (it has no byte-order mark).\"]"
        );
        assert!(check(&be).starts_with("UTF-16BE \"Caf\u{e9} said six.\""));
        assert_eq!(check(b"ab\0\x01\x02\xffd\0"), "binary");
    }

    #[test]
    fn legacy_encodings_are_guessed() {
        assert_eq!(
            check(b"caf\xe9 ol\xe9, the \x93best\x94 na\xefve r\xe9sum\xe9"),
            "windows-1252 \"caf\u{e9} ol\u{e9}, the \u{201c}best\u{201d} na\u{ef}ve r\u{e9}sum\u{e9}\" \
             [\"Decoded as windows-1252 (guessed: the file is not UTF-8).\"]"
        );
        // "Привет, мир, это новости" in windows-1251.
        let cp1251 =
            b"\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0, \xfd\xf2\xee \xed\xee\xe2\xee\xf1\xf2\xe8";
        assert!(
            check(cp1251).starts_with("windows-1251 \"Привет, мир, это новости\""),
            "{}",
            check(cp1251)
        );
    }

    #[test]
    fn a_declared_encoding_wins_over_the_guess() {
        let mut notes = Vec::new();
        let got = decode(b"\xe9t\xe9", Some(encoding_rs::ISO_8859_2), &mut notes).unwrap();
        assert_eq!(got, ("\u{e9}t\u{e9}".to_string(), "ISO-8859-2"));
        assert_eq!(notes, ["Decoded as ISO-8859-2 (declared by the page)."]);
    }

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8() {
        let mut bytes = "Caf\u{e9} \u{201c}ol\u{e9}\u{201d} na\u{ef}ve ".as_bytes().to_vec();
        bytes.push(0xe9);
        assert_eq!(
            check(&bytes),
            "UTF-8 \"Caf\u{e9} \u{201c}ol\u{e9}\u{201d} na\u{ef}ve \u{FFFD}\" \
             [\"Some bytes are not valid UTF-8 and were replaced by \u{FFFD}.\"]"
        );
    }
}
