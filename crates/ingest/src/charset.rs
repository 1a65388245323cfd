//! Bytes → `String`. In order: a byte-order mark (UTF-8, UTF-16LE/BE);
//! UTF-16 without a mark (every other byte NUL); valid UTF-8 (or nearly:
//! a few stray bytes); NUL bytes elsewhere mean binary; the encoding a page
//! declares (`<meta charset>`); else a guess among the legacy single-byte
//! code pages (Windows-1252, -1250, -1251, -1253…, KOI8-R).
//!
//! Why not encoding_rs + chardetng: they add 130 + 29 KB gzip to the
//! release .wasm (measured), mostly the tables of East Asian encodings that
//! storydiff's users rarely have in legacy form. The single-byte tables
//! here ([`crate::codepages`], generated from Python's codecs) cost about
//! 5 KB; East Asian legacy text is refused with a message to save it as
//! UTF-8.

use crate::codepages::{CodePage, Script, CODE_PAGES};

/// Why bytes are not text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotText {
    /// NUL bytes that are not UTF-16.
    Binary,
    /// Not UTF-8 and no known single-byte encoding reads it as text.
    UnknownEncoding,
}

/// How much of the file the guess looks at.
const GUESS_WINDOW: usize = 256 * 1024;

/// The text and the name of its encoding.
pub fn decode(
    bytes: &[u8],
    declared: Option<&str>,
    notes: &mut Vec<String>,
) -> Result<(String, &'static str), NotText> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        if let Ok(text) = std::str::from_utf8(rest) {
            return Ok((text.to_string(), "UTF-8"));
        }
        notes.push(replaced_note("UTF-8"));
        return Ok((String::from_utf8_lossy(rest).into_owned(), "UTF-8"));
    }
    for (bom, little, name) in [(b"\xFF\xFE", true, "UTF-16LE"), (b"\xFE\xFF", false, "UTF-16BE")] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, had_errors) = utf16(rest, little);
            if had_errors {
                notes.push(replaced_note(name));
            }
            return Ok((text, name));
        }
    }
    // Before UTF-8: UTF-16 of ASCII text is valid UTF-8 too (with NULs).
    if let Some(little) = utf16_by_nul_pattern(bytes) {
        let (text, had_errors) = utf16(bytes, little);
        if !had_errors {
            let name = if little { "UTF-16LE" } else { "UTF-16BE" };
            notes.push(format!("Decoded as {name} (it has no byte-order mark)."));
            return Ok((text, name));
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), "UTF-8"));
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(NotText::Binary);
    }
    if mostly_utf8(bytes) {
        notes.push(replaced_note("UTF-8"));
        return Ok((String::from_utf8_lossy(bytes).into_owned(), "UTF-8"));
    }
    let declared = declared.and_then(|label| {
        let label = label.trim().to_ascii_lowercase();
        CODE_PAGES.iter().find(|p| p.labels.contains(&label.as_str()))
    });
    let (page, why) = match declared {
        Some(page) => (page, "declared by the page"),
        None => (guess(&bytes[..bytes.len().min(GUESS_WINDOW)])?, "guessed: the file is not UTF-8"),
    };
    let (text, had_errors) = single_byte(bytes, page);
    notes.push(format!("Decoded as {} ({why}).", page.name));
    if had_errors {
        notes.push(replaced_note(page.name));
    }
    Ok((text, page.name))
}

fn replaced_note(encoding: &str) -> String {
    format!("Some bytes are not valid {encoding} and were replaced by \u{FFFD}.")
}

fn utf16(bytes: &[u8], little: bool) -> (String, bool) {
    let units = bytes.chunks_exact(2).map(|c| {
        if little {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut had_errors = bytes.len() % 2 == 1;
    let mut text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                had_errors = true;
                '\u{FFFD}'
            })
        })
        .collect();
    if bytes.len() % 2 == 1 {
        text.push('\u{FFFD}');
    }
    (text, had_errors)
}

fn single_byte(bytes: &[u8], page: &CodePage) -> (String, bool) {
    let mut had_errors = false;
    let text = bytes
        .iter()
        .map(|&b| {
            let c = page.char(b);
            had_errors |= c == '\u{FFFD}';
            c
        })
        .collect();
    (text, had_errors)
}

impl CodePage {
    /// The character of byte `b`.
    pub fn char(&self, b: u8) -> char {
        if b < 0x80 {
            char::from(b)
        } else {
            char::from_u32(u32::from(self.upper[usize::from(b - 0x80)])).unwrap_or('\u{FFFD}')
        }
    }
}

/// The script of a letter, when it is one of the code pages' scripts.
fn script_of(c: char) -> Option<Script> {
    match c as u32 {
        0x00C0..=0x024F | 0x1E00..=0x1EFF => Some(Script::Latin),
        0x0370..=0x03FF => Some(Script::Greek),
        0x0400..=0x052F => Some(Script::Cyrillic),
        0x0590..=0x05FF => Some(Script::Hebrew),
        0x0600..=0x06FF => Some(Script::Arabic),
        _ => None,
    }
}

/// How plausible `bytes` read as `page` are: letters of the page's script
/// score, and so do lower-case letters and the usual typographic marks;
/// undefined bytes, control characters, symbols inside words, letters of
/// another script, capitals inside words and (for Latin pages) long runs of
/// non-ASCII letters cost. Windows-1252 wins ties.
///
/// `b"za\xbf\xf3\xb3\xe6"` ("zażółć") scores higher as windows-1250 than as
/// windows-1252, where it reads "za¿ó³æ".
fn score(bytes: &[u8], page: &CodePage) -> i64 {
    let mut score = 0i64;
    let at = |i: usize| bytes.get(i).map(|&b| page.char(b));
    let is_letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    for (i, &b) in bytes.iter().enumerate() {
        if b < 0x80 {
            continue;
        }
        let c = page.char(b);
        let prev = i.checked_sub(1).and_then(at);
        let next = at(i + 1);
        if c == '\u{FFFD}' || c.is_control() {
            score -= 20;
        } else if c.is_alphabetic() {
            match script_of(c) {
                Some(s) if s == page.script => score += 2,
                _ => score -= 5,
            }
            if c.is_lowercase() {
                score += 1;
            } else if is_letter(prev) && c.is_uppercase() {
                score -= 2;
            }
            let prev_script = prev.filter(|p| !p.is_ascii()).and_then(script_of);
            if prev_script.is_some_and(|s| Some(s) != script_of(c)) {
                score -= 3;
            }
            let ascii_neighbour = |x: Option<char>| x.is_some_and(|x| x.is_ascii_alphabetic());
            if page.script != Script::Latin && (ascii_neighbour(prev) || ascii_neighbour(next)) {
                score -= 3;
            }
            if page.script == Script::Latin {
                let run = prev.is_some_and(|p| !p.is_ascii() && p.is_alphabetic())
                    && i.checked_sub(2)
                        .and_then(at)
                        .is_some_and(|p| !p.is_ascii() && p.is_alphabetic());
                if run {
                    score -= 3;
                }
            }
            // Greek final sigma ends words.
            if c == '\u{3C2}' && is_letter(next) {
                score -= 5;
            }
        } else if is_letter(prev) && is_letter(next) {
            // A symbol inside a word: a letter of another code page.
            score -= 5;
        } else if matches!(
            c,
            '\u{A0}'
                | '\u{2018}'
                | '\u{2019}'
                | '\u{201C}'
                | '\u{201D}'
                | '\u{2013}'
                | '\u{2014}'
                | '\u{2026}'
                | '\u{20AC}'
                | '\u{AB}'
                | '\u{BB}'
                | '\u{B0}'
                | '\u{B7}'
                | '\u{2022}'
        ) {
            score += 1;
        }
    }
    score
}

/// The code page that reads `bytes` most plausibly (see [`score`]); `Err`
/// when none reads it as text, or when the text has too few spaces for
/// any alphabetic language.
fn guess(bytes: &[u8]) -> Result<&'static CodePage, NotText> {
    const CANDIDATES: &[&str] = &[
        "windows-1252",
        "windows-1250",
        "windows-1251",
        "KOI8-R",
        "windows-1253",
        "windows-1254",
        "windows-1255",
        "windows-1256",
        "windows-1257",
    ];
    let mut best: Option<(&CodePage, i64)> = None;
    for page in CODE_PAGES.iter().filter(|p| CANDIDATES.contains(&p.name)) {
        let s = score(bytes, page);
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((page, s));
        }
    }
    let (page, s) = best.ok_or(NotText::UnknownEncoding)?;
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    let spaces = bytes.iter().filter(|b| b.is_ascii_whitespace()).count();
    // Alphabetic languages put spaces between words; Chinese and Japanese
    // (whose legacy encodings are two bytes a character) do not.
    let unspaced = high >= 40 && high > 20 * (spaces + 1);
    // Korean's legacy encoding (EUC-KR) has spaces, but its characters are
    // byte pairs: runs of non-ASCII bytes of even length only; words of
    // alphabetic languages have odd lengths as often as even ones.
    let runs: Vec<usize> =
        bytes.split(|b| b.is_ascii()).map(<[u8]>::len).filter(|&n| n > 0).collect();
    let paired = runs.len() >= 6 && runs.iter().all(|n| n % 2 == 0);
    if unspaced || paired || (s < 0 && high >= 8) {
        return Err(NotText::UnknownEncoding);
    }
    Ok(page)
}

/// UTF-16 of mostly ASCII text has a NUL in every other byte: at odd
/// offsets for little-endian (`Some(true)`), at even ones for big-endian.
/// Judged on the first 4 KB: at least 30% of one side NUL, almost none of
/// the other.
///
/// `b"H\0i\0"` → little-endian; `b"\0H\0i"` → big-endian; `b"Hi"` → none.
fn utf16_by_nul_pattern(bytes: &[u8]) -> Option<bool> {
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
        Some(true)
    } else if many(even) && few(odd) {
        Some(false)
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
            Ok((text, enc)) => format!("{enc} {text:?} {notes:?}"),
            Err(e) => format!("{e:?}"),
        }
    }

    /// The guessed code page of `text` encoded by Python's `codec`
    /// (bytes given here).
    fn guessed(bytes: &[u8]) -> &'static str {
        guess(bytes).map_or("none", |p| p.name)
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
        assert_eq!(
            check(b"\xFF\xFE\x00\xD8a\0"),
            "UTF-16LE \"\u{FFFD}a\" [\"Some bytes are not valid UTF-16LE and were replaced by \u{FFFD}.\"]"
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
        assert_eq!(check(b"ab\0\x01\x02\xffd\0"), "Binary");
    }

    #[test]
    fn legacy_encodings_are_guessed() {
        assert_eq!(
            check(b"caf\xe9 ol\xe9, the \x93best\x94 na\xefve r\xe9sum\xe9"),
            "windows-1252 \"caf\u{e9} ol\u{e9}, the \u{201c}best\u{201d} na\u{ef}ve r\u{e9}sum\u{e9}\" \
             [\"Decoded as windows-1252 (guessed: the file is not UTF-8).\"]"
        );
        // Byte strings made with Python's codecs.
        // "Zażółć gęślą jaźń, powiedział burmistrz." in cp1250.
        assert_eq!(
            guessed(b"Za\xbf\xf3\xb3\xe6 g\xea\x9cl\xb9 ja\x9f\xf1, powiedzia\xb3 burmistrz."),
            "windows-1250"
        );
        // "Привет, мир, это новости дня." in cp1251 and koi8-r.
        assert_eq!(guessed(b"\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0, \xfd\xf2\xee \xed\xee\xe2\xee\xf1\xf2\xe8 \xe4\xed\xff."), "windows-1251");
        assert_eq!(guessed(b"\xf0\xd2\xc9\xd7\xc5\xd4, \xcd\xc9\xd2, \xdc\xd4\xcf \xce\xcf\xd7\xcf\xd3\xd4\xc9 \xc4\xce\xd1."), "KOI8-R");
        // "Η κυβέρνηση ανακοίνωσε τα μέτρα." in cp1253.
        assert_eq!(guessed(b"\xc7 \xea\xf5\xe2\xdd\xf1\xed\xe7\xf3\xe7 \xe1\xed\xe1\xea\xef\xdf\xed\xf9\xf3\xe5 \xf4\xe1 \xec\xdd\xf4\xf1\xe1."), "windows-1253");
        // East Asian legacy text (made with Python's codecs) reads as no
        // single-byte code page: Shift_JIS, GBK, Big5, EUC-KR.
        for bytes in [
            &b"\x93\x8c\x8b\x9e\x93s\x82\xcd\x8f\x5c\x8c\xdc\x93\xfa\x81A\x90V\x82\xb5\x82\xa2\x97\x5c\x8eZ\x88\xc4\x82\xf0\x94\xad\x95\x5c\x82\xb5\x82\xbd\x81B\x92m\x8e\x96\x82\xcd\x8bL\x8e\xd2\x89\xef\x8c\xa9\x82\xc5\x90\xe0\x96\xbe\x82\xb5\x82\xbd\x81B"[..],
            &b"\xca\xd0\xd2\xe9\xbb\xe1\xd0\xc7\xc6\xda\xb6\xfe\xd2\xd4\xc6\xdf\xc6\xb1\xb6\xd4\xc1\xbd\xc6\xb1\xcd\xa8\xb9\xfd\xc1\xcb\xcb\xc4\xb0\xd9\xce\xe5\xca\xae\xcd\xf2\xc3\xc0\xd4\xaa\xb5\xc4\xd4\xa4\xcb\xe3\xa1\xa3"[..],
            &b"\xa5\xab\xc4\xb3\xb7|\xacP\xb4\xc1\xa4G\xa5H\xa4C\xb2\xbc\xb9\xef\xa8\xe2\xb2\xbc\xb3q\xb9L\xa4F\xb9w\xba\xe2\xa1C"[..],
            &b"\xbd\xc3\xc0\xc7\xc8\xb8\xb4\xc2 \xc8\xad\xbf\xe4\xc0\xcf \xbf\xb9\xbb\xea\xbe\xc8\xc0\xbb 7\xb4\xeb 2\xb7\xce \xc5\xeb\xb0\xfa\xbd\xc3\xc4\xd7\xb4\xd9\xb0\xed \xb0\xfc\xb0\xe8\xc0\xda\xb5\xe9\xc0\xcc \xb8\xbb\xc7\xdf\xb4\xd9."[..],
        ] {
            let scores: Vec<(&str, i64)> = CODE_PAGES.iter().map(|p| (p.name, score(bytes, p))).collect();
            assert_eq!(guessed(bytes), "none", "{scores:?}");
        }
    }

    #[test]
    fn a_declared_encoding_wins_over_the_guess() {
        let mut notes = Vec::new();
        let got = decode(b"\xe9t\xe9", Some("ISO-8859-2"), &mut notes).unwrap();
        assert_eq!(got, ("\u{e9}t\u{e9}".to_string(), "ISO-8859-2"));
        assert_eq!(notes, ["Decoded as ISO-8859-2 (declared by the page)."]);
        let mut notes = Vec::new();
        let got = decode(b"caf\xe9", Some("latin1"), &mut notes).unwrap();
        assert_eq!(got.1, "windows-1252", "ISO-8859-1 means windows-1252, as in browsers");
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

    #[test]
    fn code_page_tables_match_known_characters() {
        let page = |name: &str| CODE_PAGES.iter().find(|p| p.name == name).unwrap();
        assert_eq!(page("windows-1252").char(0x80), '\u{20AC}');
        assert_eq!(page("windows-1252").char(0x81), '\u{FFFD}');
        assert_eq!(page("windows-1251").char(0xC0), '\u{410}');
        assert_eq!(page("KOI8-R").char(0xC1), '\u{430}');
        assert_eq!(page("ISO-8859-15").char(0xA4), '\u{20AC}');
        assert_eq!(page("windows-1252").char(b'A'), 'A');
    }
}
