//! One fixture per format, decoded as a user's file would be. The fixtures
//! are written by fixtures/make_fixtures.py.

use storydiff_ingest::{decode, Format};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/").to_string() + name)
        .unwrap()
}

/// The outcome as readable text: format, encoding, notes, then the text;
/// or the message.
fn check(name: &str) -> String {
    match decode(name, &fixture(name)) {
        Ok(d) => format!("{:?} {}\n{}\n--\n{}", d.format, d.encoding, d.notes.join("\n"), d.text),
        Err(e) => format!("error: {e}"),
    }
}

#[test]
fn saved_web_page_gives_its_article() {
    assert_eq!(
        check("gazette.html"),
        "Html windows-1252\n\
         Decoded as windows-1252 (declared by the page).\n\
         Kept the article text of the web page (5 paragraphs); menus, scripts and other page parts were left out.\n\
         --\n\
         Council votes 7-2 to pass budget\n\n\
         The city council voted 7-2 on Tuesday to approve a $4.5 million budget, officials said.\n\n\
         Mayor Lee called the vote \u{201c}a good day for the city,\u{201d} and said work would start in March.\n\n\
         Two members, citing the cost of the new library, voted against the plan.\n\n\
         The council chamber on Tuesday."
    );
}

#[test]
fn markdown_gives_its_paragraphs() {
    assert_eq!(
        check("story.md"),
        "Markdown UTF-8\n\n--\n\
         Council votes 7-2 to pass budget\n\n\
         The city council voted 7-2 on Tuesday to approve a $4.5 million budget, officials said.\n\n\
         \"A good day for the city,\" Mayor Lee said.\n\n\
         Two members voted against.\n\n\
         Work starts in March."
    );
}

#[test]
fn legacy_and_utf16_text_decodes() {
    assert_eq!(
        check("latin1.txt"),
        "Text windows-1252\nDecoded as windows-1252 (guessed: the file is not UTF-8).\n--\n\
         Caf\u{e9} owners said the \u{201c}na\u{ef}ve\u{201d} plan would cost \u{20ac}4,500 \u{2013} more than expected.\n"
    );
    let text =
        "Officials said six people were hurt.\n\nThe mayor said \u{201c}it was bad.\u{201d}\n";
    assert_eq!(check("utf16le-bom.txt"), format!("Text UTF-16LE\n\n--\n{text}"));
    assert_eq!(
        check("utf16be-nobom.txt"),
        format!("Text UTF-16BE\nDecoded as UTF-16BE (it has no byte-order mark).\n--\n{text}")
    );
}

#[test]
fn binary_and_office_files_are_refused_by_name() {
    assert_eq!(
        check("pixel.png"),
        "error: pixel.png is not a text file (it looks like a PNG image)."
    );
    assert_eq!(
        check("letter.docx"),
        "error: letter.docx is a Word document, which storydiff cannot read: save it as plain \
         text (.txt) or copy its text and paste it."
    );
    assert_eq!(
        check("report.pdf"),
        "error: report.pdf is a PDF document, which storydiff cannot read: save it as plain \
         text (.txt) or copy its text and paste it."
    );
}

#[test]
fn empty_large_and_odd_inputs_get_messages() {
    let err = |name: &str, bytes: &[u8]| decode(name, bytes).unwrap_err().to_string();
    assert_eq!(err("a.txt", b""), "a.txt is empty: there is no text in it.");
    assert_eq!(err("a.txt", b" \n\t"), "a.txt is empty: there is no text in it.");
    assert_eq!(
        err("a.html", b"<html><script>x</script></html>"),
        "a.html is a web page with no readable text in it."
    );
    assert_eq!(
        err("a.bin", b"ascii\0with nul"),
        "a.bin is not a text file (it looks like binary data)."
    );
    // "市议会星期二以七票对两票通过了四百五十万美元的预算。" in GBK.
    let gbk = [
        0xca, 0xd0, 0xd2, 0xe9, 0xbb, 0xe1, 0xd0, 0xc7, 0xc6, 0xda, 0xb6, 0xfe, 0xd2, 0xd4, 0xc6,
        0xdf, 0xc6, 0xb1, 0xb6, 0xd4, 0xc1, 0xbd, 0xc6, 0xb1, 0xcd, 0xa8, 0xb9, 0xfd, 0xc1, 0xcb,
        0xcb, 0xc4, 0xb0, 0xd9, 0xce, 0xe5, 0xca, 0xae, 0xcd, 0xf2, 0xc3, 0xc0, 0xd4, 0xaa, 0xb5,
        0xc4, 0xd4, 0xa4, 0xcb, 0xe3, 0xa1, 0xa3,
    ];
    assert!(err("zh.txt", &gbk).starts_with(
        "zh.txt is text in an encoding storydiff does not recognise (not UTF-8 or UTF-16; \
         perhaps an East Asian one such as Shift_JIS, GBK or Big5): save it as UTF-8"
    ));
    let big = vec![b'a'; storydiff_ingest::MAX_FILE_BYTES + 1];
    assert_eq!(err("big.txt", &big), "big.txt is too large (20.1 MB; the limit is 20 MB).");
    let page = format!("<p>{}</p>", "x".repeat(storydiff_ingest::MAX_HTML_BYTES));
    assert_eq!(
        err("big.html", page.as_bytes()),
        "big.html is too large (10.1 MB; the limit is 10 MB)."
    );
}

#[test]
fn plain_text_is_kept_exactly() {
    let text = "Line one.\r\n\r\nLine  two\u{301} \u{1F600}\n";
    let d = decode("a.txt", text.as_bytes()).unwrap();
    assert_eq!((d.text.as_str(), d.format, d.encoding), (text, Format::Text, "UTF-8"));
    let d = decode("a.txt", b"\xEF\xBB\xBFHello").unwrap();
    assert_eq!(d.text, "Hello", "the byte-order mark is dropped");
}

#[test]
fn a_page_without_a_telling_name_is_read_as_a_page() {
    let d =
        decode("download", b"<!DOCTYPE html><html><body><p>Hi there.</p></body></html>").unwrap();
    assert_eq!((d.format, d.text.as_str()), (Format::Html, "Hi there."));
}

#[test]
fn hostile_pages_are_handled() {
    // 20,000-deep nesting and a 1 MB page on one line (regressions of the
    // stack and of quadratic scans).
    let deep = format!(
        "{}<p>Deep, deep text that is long enough.</p>{}",
        "<div>".repeat(20_000),
        "</div>".repeat(20_000)
    );
    assert!(decode("deep.html", deep.as_bytes()).unwrap().text.contains("Deep, deep text"));
    let line = "<div class=a><span>Some words, and more words.</span>".repeat(25_000);
    assert!(line.len() > 1_000_000 && !line.contains('\n'));
    assert!(decode("line.html", line.as_bytes()).unwrap().text.starts_with("Some words"));
    let unclosed = "<a href='".repeat(100_000);
    assert!(decode("x.html", unclosed.as_bytes()).is_err());
}
