//! A saved web page → its article's text, on dom_smoothie (a port of
//! Mozilla's Readability.js, the reader view of Firefox, on html5ever and
//! dom_query).
//!
//! Hostile pages: Readability walks the tree with recursive functions, so
//! a page nested thousands of elements deep would overflow the 1 MiB wasm
//! stack. One pass of html5ever's tokenizer (a state machine: linear, no
//! recursion) first measures the page's nesting depth and element count
//! and, at the same time, collects its tag-stripped text. Pages over
//! [`MAX_DEPTH`] or [`MAX_ELEMENTS`], and pages where Readability finds no
//! article, get that text instead.

use dom_smoothie::{Config, Readability, TextMode};
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::RefCell;
use std::collections::HashMap;

/// Pages nested deeper than this skip Readability. Real pages stay under
/// 100; Chromium's parser stops nesting at 512. Readability recurses about
/// once per level, and this depth passes in a 256 KiB native debug stack
/// (`tests/formats.rs`).
pub const MAX_DEPTH: usize = 512;

/// Pages with more elements than this skip Readability, which scores the
/// tree several times over: a long news page has 2,000–5,000 elements.
pub const MAX_ELEMENTS: usize = 60_000;

/// An article this long (in chars) is accepted from Readability's first,
/// strictest pass (which drops ads, share bars, comments); its default of
/// 500 is for web pages at large, while a short news story is 300–500.
const CHAR_THRESHOLD: usize = 200;

/// A page's article, or its whole text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The article's paragraphs, separated by blank lines.
    pub text: String,
    /// For the user, e.g. "Kept the article text of the web page (12
    /// paragraphs); menus, scripts and other page parts were left out."
    pub notes: Vec<String>,
}

/// Whether text that came without a telling name is a web page: it starts
/// (after whitespace) with `<!doctype html` or `<html`.
pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let head = head.get(..14).unwrap_or(head).to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// The encoding label a page declares in its first 1024 bytes (where
/// browsers look): `<meta charset="iso-8859-2">` → `"iso-8859-2"`;
/// `<meta http-equiv=… content="text/html; charset=windows-1251">` →
/// `"windows-1251"`. encoding_rs maps the label to an encoding.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta").map(|i| i + from) {
        let end = lower[at..].iter().position(|&b| b == b'>').map_or(lower.len(), |i| at + i);
        let tag = &lower[at..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = tag[c + 7..].iter().skip_while(|b| b.is_ascii_whitespace());
            let rest: Vec<u8> = rest.copied().collect();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let label: Vec<u8> = rest
                    .iter()
                    .skip_while(|b| b.is_ascii_whitespace() || **b == b'"' || **b == b'\'')
                    .take_while(|b| {
                        b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')
                    })
                    .copied()
                    .collect();
                if !label.is_empty() {
                    return Some(String::from_utf8_lossy(&label).into_owned());
                }
            }
        }
        from = end.max(at + 1);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The article of a page: its headline, then its paragraphs.
///
/// `<nav>Home</nav><article><h1>Storm</h1><p>Six people were hurt.</p></article>`
/// → `"Storm\n\nSix people were hurt."`.
pub fn extract(html: &str) -> Extracted {
    let scan = scan(html);
    let fallback = |why: &str| Extracted {
        notes: vec![format!("{why}; all of its text was kept, menus and other page parts too.")],
        text: scan.text.clone(),
    };
    if scan.max_depth > MAX_DEPTH {
        return fallback(&format!(
            "The web page is nested too deeply ({} levels) to find its article",
            scan.max_depth
        ));
    }
    if scan.elements > MAX_ELEMENTS {
        return fallback(&format!(
            "The web page has too many elements ({}) to find its article",
            scan.elements
        ));
    }
    let config = Config {
        text_mode: TextMode::Formatted,
        max_elements_to_parse: MAX_ELEMENTS,
        char_threshold: CHAR_THRESHOLD,
        ..Config::default()
    };
    let article = Readability::new(html, None, Some(config)).and_then(|mut r| r.parse());
    let Ok(article) = article else {
        return fallback("No article was found in the web page");
    };
    let body = paragraphs(&article.text_content);
    if body.is_empty() {
        return fallback("No article was found in the web page");
    }
    let title = headline(scan.h1.as_deref(), &article.title);
    let mut parts = Vec::with_capacity(body.len() + 1);
    // Readability leaves out a headline that repeats the title, and one
    // outside the article's element: put it back.
    if !title.is_empty() && !body.iter().take(3).any(|p| *p == title) {
        parts.push(title);
    }
    parts.extend(body);
    Extracted {
        notes: vec![format!(
            "Kept the article text of the web page ({} paragraphs); menus, scripts and other \
             page parts were left out.",
            parts.len()
        )],
        text: parts.join("\n\n"),
    }
}

/// The story's headline: the page's first `<h1>` when it says what the
/// title says (not a logo's), else the title Readability made of
/// `<title>` and the page's metadata.
///
/// `(Some("Council votes 7-2 to pass budget"), "Council votes on budget –
/// The Gazette")` → the `<h1>`; `(Some("The Gazette"), "Storm hits coast")`
/// → `"Storm hits coast"`.
fn headline(h1: Option<&str>, title: &str) -> String {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let title = collapse(title);
    let title_words = words(&title);
    // "Storm hits coast | The Gazette": a `<h1>` that is the shorter part
    // is the site's name.
    let parts: Vec<&str> =
        title.split(['|', '\u{2013}', '\u{2014}', '\u{b7}', '»']).map(str::trim).collect();
    let longest = parts.iter().map(|p| p.len()).max().unwrap_or(0);
    if let Some(h1) = h1.map(collapse).filter(|h| !h.is_empty()) {
        let h1_words = words(&h1);
        let shared = h1_words.iter().filter(|w| title_words.contains(w)).count();
        let site_name = parts.len() > 1
            && parts.iter().any(|p| p.eq_ignore_ascii_case(&h1) && p.len() < longest);
        if title_words.is_empty() || (shared * 3 >= h1_words.len().max(1) && !site_name) {
            return h1;
        }
    }
    title
}

/// Lines of text with their spaces collapsed, blank lines dropped:
/// `"  a \n\n\n b  c\n"` → `["a", "b c"]`.
fn paragraphs(text: &str) -> Vec<String> {
    text.lines().map(collapse).filter(|p| !p.is_empty()).collect()
}

/// `" a \t b "` → `"a b"` (no-break spaces stay: they bind numbers).
fn collapse(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() && c != '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What one tokenizer pass learns of a page.
#[derive(Debug, Default)]
struct Scan {
    /// The deepest nesting of elements, counted as a browser's tree would
    /// (close enough: elements a later sibling closes by itself, like
    /// `<p>` and `<li>`, do not nest).
    max_depth: usize,
    /// Start tags.
    elements: usize,
    /// The text outside scripts, styles and page furniture, one paragraph
    /// per block element.
    text: String,
    /// The text of the first `<h1>` outside page furniture.
    h1: Option<String>,
}

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements closed by their next sibling: they do not add depth.
const SELF_CLOSING_SIBLINGS: &[&str] =
    &["p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead", "tfoot", "rt", "rp"];

/// Elements whose text is not the story's.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "nav", "aside", "footer", "form", "button",
    "select", "svg", "math", "iframe", "object",
];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

#[derive(Default)]
struct ScanSink {
    scan: RefCell<Scan>,
    /// Names of open elements, newest last (only what can be closed).
    open: RefCell<Vec<String>>,
    /// How many of each name are open.
    counts: RefCell<HashMap<String, usize>>,
    /// The skipped element being passed over, and how many of its name are
    /// open inside it.
    skipping: RefCell<Option<(String, usize)>>,
    /// The paragraph being gathered.
    line: RefCell<String>,
    /// The first `<h1>`'s text while it is read.
    h1: RefCell<Option<String>>,
}

impl ScanSink {
    fn end_paragraph(&self) {
        let mut line = self.line.borrow_mut();
        let paragraph = collapse(&line);
        line.clear();
        if !paragraph.is_empty() {
            let text = &mut self.scan.borrow_mut().text;
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(&paragraph);
        }
    }

    fn tag(&self, tag: &Tag) -> TokenSinkResult<()> {
        let name: &str = &tag.name;
        let start = tag.kind == TagKind::StartTag;
        let void = VOID.contains(&name) || tag.self_closing;
        {
            let mut skipping = self.skipping.borrow_mut();
            if let Some((skipped, depth)) = skipping.as_mut() {
                if skipped == name {
                    if start && !void {
                        *depth += 1;
                    } else if !start {
                        *depth -= 1;
                        if *depth == 0 {
                            *skipping = None;
                        }
                    }
                }
            } else if start && !void && SKIPPED.contains(&name) {
                *skipping = Some((name.to_string(), 1));
            }
        }
        if BLOCKS.contains(&name) {
            self.end_paragraph();
        }
        if name == "h1" && self.skipping.borrow().is_none() {
            let mut h1 = self.h1.borrow_mut();
            let mut scan = self.scan.borrow_mut();
            if start && scan.h1.is_none() && h1.is_none() {
                *h1 = Some(String::new());
            } else if !start && scan.h1.is_none() {
                scan.h1 = h1.take().map(|h| collapse(&h));
            }
        }
        if start {
            let mut scan = self.scan.borrow_mut();
            scan.elements += 1;
            if !void && !SELF_CLOSING_SIBLINGS.contains(&name) {
                let mut open = self.open.borrow_mut();
                open.push(name.to_string());
                *self.counts.borrow_mut().entry(name.to_string()).or_default() += 1;
                scan.max_depth = scan.max_depth.max(open.len());
            }
        } else {
            // Close up to the nearest open element of that name; a stray
            // end tag closes nothing. Every element is popped at most
            // once, so this stays linear.
            let mut open = self.open.borrow_mut();
            let mut counts = self.counts.borrow_mut();
            if counts.get(name).is_some_and(|&n| n > 0) {
                while let Some(top) = open.pop() {
                    if let Some(n) = counts.get_mut(&top) {
                        *n -= 1;
                    }
                    if top == name {
                        break;
                    }
                }
            }
        }
        // Scripts and styles hold text that is not markup.
        match (start, name) {
            (true, "script") => TokenSinkResult::RawData(RawKind::ScriptData),
            (true, "style" | "xmp" | "iframe" | "noembed" | "noframes") => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            (true, "title" | "textarea") => TokenSinkResult::RawData(RawKind::Rcdata),
            (true, "plaintext") => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }
}

impl TokenSink for ScanSink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) => return self.tag(&tag),
            Token::CharacterTokens(text) if self.skipping.borrow().is_none() => {
                self.line.borrow_mut().push_str(&text);
                if let Some(h1) = self.h1.borrow_mut().as_mut() {
                    h1.push_str(&text);
                }
            }
            Token::EOFToken => self.end_paragraph(),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// One pass of html5ever's tokenizer over the page.
fn scan(html: &str) -> Scan {
    let input = BufferQueue::default();
    input.push_back(html.into());
    let tokenizer = Tokenizer::new(ScanSink::default(), TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.scan.take()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charsets_are_found_where_browsers_look() {
        assert_eq!(
            declared_charset(b"<meta charset=\"iso-8859-2\">").as_deref(),
            Some("iso-8859-2")
        );
        assert_eq!(
            declared_charset(
                b"<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=Windows-1251'>"
            )
            .as_deref(),
            Some("windows-1251")
        );
        assert_eq!(declared_charset(b"<p>charset=utf-8</p>"), None);
    }

    #[test]
    fn the_scan_measures_depth_and_strips_tags() {
        let s = scan(
            "<html><head><title>T</title><script>if (a<b) x='<p>'</script></head><body>\
             <nav><a>Home</a> <nav>inner</nav> Sport</nav><div><p>One <b>two</b><p>Three<br>four\
             <ul><li>a<li>b</ul></div></body></html>",
        );
        assert_eq!(s.text, "One two\n\nThree\n\nfour\n\na\n\nb");
        assert_eq!((s.max_depth, s.elements), (4, 16));
    }

    #[test]
    fn the_headline_is_the_h1_that_matches_the_title() {
        let h1 = "Council votes 7-2 to pass budget";
        assert_eq!(headline(Some(h1), "Council votes on budget \u{2013} The Gazette"), h1);
        assert_eq!(headline(Some("The Gazette"), "Storm hits coast"), "Storm hits coast");
        assert_eq!(
            headline(Some("The Gazette"), "Storm hits coast | The Gazette"),
            "Storm hits coast | The Gazette"
        );
        assert_eq!(headline(Some("Storm hits coast"), ""), "Storm hits coast");
        assert_eq!(headline(None, " Storm  hits coast "), "Storm hits coast");
    }

    #[test]
    fn stray_end_tags_close_nothing() {
        let s = scan(&"</div>".repeat(1000));
        assert_eq!(s.max_depth, 0);
        let s = scan(&format!("{}{}", "<div>".repeat(600), "</span>".repeat(600)));
        assert_eq!(s.max_depth, 600);
        // Unclosed inline elements are closed by their block's end tag.
        let s = scan(&"<div><span><b><i></div>".repeat(1000));
        assert_eq!(s.max_depth, 4);
    }
}
