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
fn saved_news_page_loses_its_boilerplate() {
    // Cookie dialog, menu, breadcrumbs, ad, newsletter form, share bar,
    // related stories, comments and footer all go; the blockquote stays.
    assert_eq!(
        check("courier.html"),
        "Html UTF-8\n\
         Kept the article text of the web page (7 paragraphs); menus, scripts and other page parts were left out.\n\
         --\n\
         Storm leaves thousands without power\n\n\
         A storm that swept across the coast on Monday night left more than 40,000 homes without power, the regional utility said on Tuesday.\n\n\
         Winds of up to 110 km/h brought down trees and power lines in six counties, and crews were working to restore service by Wednesday evening.\n\n\
         \u{201c}This is the worst damage we have seen in a decade,\u{201d} said Maria Gomez, a spokeswoman for the utility, adding that 220 workers had been called in from neighbouring regions.\n\n\
         Residents were asked to stay away from fallen lines and to report outages online.\n\n\
         Two people were treated in hospital for minor injuries after a tree fell on their car near Port Allen, police said.\n\n\
         Schools in three districts will stay closed on Wednesday."
    );
}

#[test]
fn east_asian_and_cyrillic_legacy_text_decodes() {
    // "市议会星期二以七票对两票通过了四百五十万美元的预算。" in GBK.
    let gbk = [
        0xca, 0xd0, 0xd2, 0xe9, 0xbb, 0xe1, 0xd0, 0xc7, 0xc6, 0xda, 0xb6, 0xfe, 0xd2, 0xd4, 0xc6,
        0xdf, 0xc6, 0xb1, 0xb6, 0xd4, 0xc1, 0xbd, 0xc6, 0xb1, 0xcd, 0xa8, 0xb9, 0xfd, 0xc1, 0xcb,
        0xcb, 0xc4, 0xb0, 0xd9, 0xce, 0xe5, 0xca, 0xae, 0xcd, 0xf2, 0xc3, 0xc0, 0xd4, 0xaa, 0xb5,
        0xc4, 0xd4, 0xa4, 0xcb, 0xe3, 0xa1, 0xa3,
    ];
    let d = decode("zh.txt", &gbk).unwrap();
    assert_eq!(
        (d.text.as_str(), d.encoding),
        ("市议会星期二以七票对两票通过了四百五十万美元的预算。", "GBK")
    );
    // A page declaring windows-1251 in http-equiv: "Шесть человек пострадали."
    let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>".to_vec();
    page.extend_from_slice(b"\xd8\xe5\xf1\xf2\xfc \xf7\xe5\xeb\xee\xe2\xe5\xea \xef\xee\xf1\xf2\xf0\xe0\xe4\xe0\xeb\xe8.</p></body></html>");
    let d = decode("ru.html", &page).unwrap();
    assert_eq!((d.text.as_str(), d.encoding), ("Шесть человек пострадали.", "windows-1251"));
    assert_eq!(d.notes[0], "Decoded as windows-1251 (declared by the page).");
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

/// Runs `f` on a thread with a 256 KiB stack: a quarter of wasm's 1 MiB,
/// since native debug frames and wasm frames differ in size.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(256 * 1024).spawn(f).unwrap().join().unwrap()
}

#[test]
fn hostile_pages_are_handled() {
    // 20,000-deep nesting: too deep for Readability (which recurses), so
    // the tag-stripped text is kept, with a note.
    let deep = format!(
        "{}<p>Deep, deep text that is long enough.</p>{}",
        "<div>".repeat(20_000),
        "</div>".repeat(20_000)
    );
    let d = on_small_stack(move || decode("deep.html", deep.as_bytes())).unwrap();
    assert_eq!(d.text, "Deep, deep text that is long enough.");
    assert!(
        d.notes[0].starts_with("The web page is nested too deeply (20000 levels)"),
        "{:?}",
        d.notes
    );
    // A 1 MB page on one line: a menu of 45,000 links, then 10,000
    // unclosed inline elements around the story.
    let line = format!(
        "<html><body><nav>{}</nav><div class=\"story\">{}<p>The article, which is long enough to be scored.</p></div></body></html>",
        "<a href=\"/x\">menu</a> ".repeat(45_000),
        "<span><b>".repeat(5_000)
    );
    assert!(line.len() > 1_000_000 && !line.contains('\n'));
    let d = on_small_stack(move || decode("line.html", line.as_bytes())).unwrap();
    assert_eq!(d.text, "The article, which is long enough to be scored.");
    // As deep as Readability is allowed, on the small stack.
    let depth = storydiff_ingest::html::MAX_DEPTH - 2;
    let page = format!(
        "<html><body>{}<p>{}</p>{}</body></html>",
        "<div><span>".repeat(depth / 2),
        "Words of the story, long enough to be its article. ".repeat(10),
        "</span></div>".repeat(depth / 2)
    );
    let d = on_small_stack(move || decode("limit.html", page.as_bytes())).unwrap();
    assert!(d.notes[0].starts_with("Kept the article text"), "{:?}", d.notes);
    // Many elements, flat: over the element limit, the text is kept.
    let flat = "<div class=a><span>Some words, and more words.</span></div>".repeat(40_000);
    let d = on_small_stack(move || decode("flat.html", flat.as_bytes())).unwrap();
    assert!(d.text.starts_with("Some words, and more words.\n\nSome words"), "{}", &d.text[..80]);
    assert!(d.notes[0].starts_with("The web page has too many elements (80000)"), "{:?}", d.notes);
    let unclosed = "<a href='".repeat(100_000);
    assert!(decode("x.html", unclosed.as_bytes()).is_err());
}

#[test]
fn deep_markdown_stays_on_the_stack() {
    let quotes = format!("{}Deep quote.", "> ".repeat(20_000));
    let d = on_small_stack(move || decode("q.md", quotes.as_bytes())).unwrap();
    assert_eq!(d.text, "Deep quote.");
    let lists = (0..2_000).map(|i| format!("{}- item {i}\n", "  ".repeat(i))).collect::<String>();
    let d = on_small_stack(move || decode("l.md", lists.as_bytes())).unwrap();
    assert!(d.text.starts_with("item 0"));
}
