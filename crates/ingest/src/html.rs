//! A saved web page → its article's text.
//!
//! One linear pass tokenises the page (tags, attributes, comments, raw-text
//! elements, character references) and keeps a stack of open elements, so
//! nothing recurses over the page's depth. Text is gathered into paragraphs
//! (split at block elements and double `<br>`), each tied to its nearest
//! block element; scripts, styles, navigation, hidden parts and elements
//! whose class or id say "comment", "sidebar", "share"… are skipped.
//!
//! The article is then chosen the way Mozilla's Readability does it, on
//! that flat list instead of a mutable DOM: each paragraph of 25+
//! characters scores its ancestors (1 + commas + length/100, shared up
//! five levels), scores are weighted by tag, class hints and link density,
//! the best element (or the ancestor of several good ones) wins, and
//! siblings that score well or read like paragraphs join it.
//!
//! Why not a DOM + Readability port: dom_smoothie (html5ever, selectors)
//! adds 334 KB gzip to the release .wasm (measured), more than the rest of
//! the app. This extractor costs a few KB.
//!
//! Limits: the page is tokenised in linear time whatever its shape; the
//! stack holds at most [`MAX_DEPTH`] elements (deeper ones are flattened
//! into their ancestor) and at most [`MAX_NODES`] block elements are
//! scored (later text joins the last one), so a hostile page cannot
//! exhaust time, stack or memory.

use crate::entities;
use std::collections::HashMap;

/// Deepest element nesting kept on the stack; real pages stay under 100.
pub const MAX_DEPTH: usize = 512;
/// Most block elements tracked for scoring.
pub const MAX_NODES: usize = 100_000;

const NONE: u32 = u32::MAX;
/// Characters a paragraph needs to count towards its ancestors' scores.
const MIN_PARAGRAPH: usize = 25;

/// The text of a page and what was done to get it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The article's paragraphs, separated by blank lines.
    pub text: String,
    /// For the user, e.g. "Kept the article text of the web page (12
    /// paragraphs); menus, scripts and other page parts were left out."
    pub notes: Vec<String>,
    /// The page's `<title>`.
    pub title: String,
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
/// `"windows-1251"`.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta").map(|i| i + from) {
        let end = lower[at..].iter().position(|&b| b == b'>').map_or(lower.len(), |i| at + i);
        let tag = &lower[at..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest =
                rest.iter().skip_while(|b| b.is_ascii_whitespace()).copied().collect::<Vec<_>>();
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

const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];
/// Elements whose content is not markup; it runs to their end tag.
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];
/// Elements never part of an article's text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "button", "nav", "aside", "footer", "textarea", "head", "dialog",
];
/// Block elements that hold one paragraph (Readability scores their
/// parent); text straight inside any other block counts as a paragraph of
/// that block.
const PARAGRAPH_LIKE: &[&str] = &[
    "p",
    "pre",
    "li",
    "dd",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figcaption",
    "td",
    "th",
    "caption",
    "address",
    "legend",
    "summary",
];
const ROLES_SKIPPED: &[&str] =
    &["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"];
// Readability's class/id hints (substrings of the lower-cased "class id").
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];
const MAYBE: &[&str] = &["and", "article", "body", "column", "content", "main", "shadow"];
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];
const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story",
];

fn intern(list: &[&'static str], name: &str) -> Option<&'static str> {
    list.iter().find(|n| **n == name).copied()
}

fn any_in(hint: &str, list: &[&str]) -> bool {
    list.iter().any(|w| hint.contains(w))
}

/// An open element on the stack.
struct Open {
    name: Box<str>,
    /// Nearest block node (this element's if it is one).
    node: u32,
}

/// A block element, tracked for scoring.
struct Node {
    parent: u32,
    tag: &'static str,
    /// Class/id weight: ±25.
    weight: f32,
    text: usize,
    link: usize,
    score: f32,
    scored: bool,
}

/// A paragraph of text and the block element it sits in.
struct Block {
    node: u32,
    text: String,
    link: usize,
}

/// Attributes that matter for extraction.
#[derive(Default)]
struct Attrs {
    hint: String,
    role: String,
    hidden: bool,
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    stack: Vec<Open>,
    open: HashMap<Box<str>, u32>,
    overflow: usize,
    deepest_overflow: bool,
    skip_at: Option<usize>,
    links: usize,
    pres: usize,
    nodes: Vec<Node>,
    blocks: Vec<Block>,
    cur: String,
    cur_link: usize,
    space: bool,
    scratch: String,
    title: String,
    nodes_capped: bool,
}

/// Extracts the article text of a page (see the module doc).
///
/// `"<nav>Home</nav><article><p>Six people were hurt, officials said.</p>
/// </article>"` → `"Six people were hurt, officials said."`.
pub fn extract(html: &str) -> Extracted {
    let mut p = Parser {
        src: html,
        pos: 0,
        stack: Vec::new(),
        open: HashMap::new(),
        overflow: 0,
        deepest_overflow: false,
        skip_at: None,
        links: 0,
        pres: 0,
        nodes: vec![Node {
            parent: NONE,
            tag: "#root",
            weight: 0.0,
            text: 0,
            link: 0,
            score: 0.0,
            scored: false,
        }],
        blocks: Vec::new(),
        cur: String::new(),
        cur_link: 0,
        space: false,
        scratch: String::new(),
        title: String::new(),
        nodes_capped: false,
    };
    p.run();
    p.flush();
    p.finish()
}

impl<'a> Parser<'a> {
    fn current_node(&self) -> u32 {
        self.stack.last().map_or(0, |o| o.node)
    }

    fn run(&mut self) {
        let bytes = self.src.as_bytes();
        while self.pos < bytes.len() {
            let Some(lt) = self.src[self.pos..].find('<').map(|i| i + self.pos) else {
                self.text(self.pos, bytes.len());
                self.pos = bytes.len();
                break;
            };
            if lt > self.pos {
                self.text(self.pos, lt);
            }
            self.pos = lt;
            let next = bytes.get(lt + 1).copied();
            match next {
                Some(b'!') if self.src[lt..].starts_with("<!--") => {
                    self.pos =
                        self.src[lt + 2..].find("-->").map_or(bytes.len(), |i| lt + 2 + i + 3);
                }
                Some(b'!' | b'?') => self.skip_past_gt(lt + 2),
                Some(b'/') => match bytes.get(lt + 2) {
                    Some(c) if c.is_ascii_alphabetic() => self.end_tag(lt + 2),
                    _ => self.skip_past_gt(lt + 2),
                },
                Some(c) if c.is_ascii_alphabetic() => self.start_tag(lt + 1),
                _ => {
                    self.text(lt, lt + 1);
                    self.pos = lt + 1;
                }
            }
        }
    }

    fn skip_past_gt(&mut self, from: usize) {
        self.pos = self.src[from..].find('>').map_or(self.src.len(), |i| from + i + 1);
    }

    /// Reads a tag name starting at `from`; returns it lower-cased and the
    /// position after it.
    fn tag_name(&self, from: usize) -> (String, usize) {
        let bytes = self.src.as_bytes();
        let end = bytes[from..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'/' || *b == b'>')
            .map_or(bytes.len(), |i| from + i);
        (self.src[from..end].to_ascii_lowercase(), end)
    }

    fn end_tag(&mut self, from: usize) {
        let (name, after) = self.tag_name(from);
        self.skip_past_gt(after);
        let block = intern(BLOCKS, &name).is_some();
        if name == "br" {
            return self.line_break();
        }
        if self.overflow > 0 {
            self.overflow -= 1;
            if block {
                self.flush();
            }
            return;
        }
        if block {
            self.flush();
        }
        if self.open.get(name.as_str()).copied().unwrap_or(0) > 0 {
            self.pop_to(&name);
        }
    }

    /// Pops elements down to and including the nearest open `name` (which
    /// must be open).
    fn pop_to(&mut self, name: &str) {
        while let Some(open) = self.stack.pop() {
            let index = self.stack.len();
            if let Some(n) = self.open.get_mut(&open.name) {
                *n = n.saturating_sub(1);
            }
            match &*open.name {
                "a" => self.links = self.links.saturating_sub(1),
                "pre" | "textarea" => self.pres = self.pres.saturating_sub(1),
                _ => {}
            }
            if self.skip_at == Some(index) {
                self.skip_at = None;
            }
            if &*open.name == name {
                break;
            }
        }
    }

    /// Closes an open element `name` that a new element implies the end
    /// of (`<p>` ends an open `<p>`), looking only a few elements down and
    /// not past `scope`.
    fn close_implied(&mut self, name: &str, scope: &[&str]) {
        if self.open.get(name).copied().unwrap_or(0) == 0 {
            return;
        }
        let found = self
            .stack
            .iter()
            .rev()
            .take(32)
            .take_while(|open| &*open.name == name || !scope.contains(&&*open.name))
            .any(|open| &*open.name == name);
        if found {
            self.flush();
            self.pop_to(name);
        }
    }

    fn attributes(&mut self, mut i: usize) -> Attrs {
        let src = self.src;
        let bytes = src.as_bytes();
        let mut attrs = Attrs::default();
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() {
                self.pos = bytes.len();
                return attrs;
            }
            if bytes[i] == b'>' {
                self.pos = i + 1;
                return attrs;
            }
            let name_start = i;
            i += 1;
            while i < bytes.len()
                && !matches!(bytes[i], b'=' | b'>' | b'/')
                && !bytes[i].is_ascii_whitespace()
            {
                i += 1;
            }
            let name = &src[name_start..i];
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = "";
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                match bytes.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let end = bytes[i + 1..]
                            .iter()
                            .position(|&b| b == q)
                            .map_or(bytes.len(), |k| i + 1 + k);
                        value = &src[i + 1..end];
                        i = (end + 1).min(bytes.len());
                    }
                    _ => {
                        let start = i;
                        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>'
                        {
                            i += 1;
                        }
                        value = &src[start..i];
                    }
                }
            }
            if name.eq_ignore_ascii_case("class") || name.eq_ignore_ascii_case("id") {
                attrs.hint.push_str(&value.to_ascii_lowercase());
                attrs.hint.push(' ');
            } else if name.eq_ignore_ascii_case("role") {
                attrs.role = value.trim().to_ascii_lowercase();
            } else if name.eq_ignore_ascii_case("hidden") {
                attrs.hidden = true;
            } else if name.eq_ignore_ascii_case("aria-hidden") {
                attrs.hidden |= value.trim().eq_ignore_ascii_case("true");
            } else if name.eq_ignore_ascii_case("style") {
                let style: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>()
                    .to_ascii_lowercase();
                attrs.hidden |=
                    style.contains("display:none") || style.contains("visibility:hidden");
            }
        }
    }

    fn start_tag(&mut self, from: usize) {
        let (name, after) = self.tag_name(from);
        let attrs = self.attributes(after);
        let block = intern(BLOCKS, &name);
        match name.as_str() {
            "br" => return self.line_break(),
            "p" | "div" | "ul" | "ol" | "table" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            | "pre" | "blockquote" | "section" | "article" | "hr" => {
                self.close_implied(
                    "p",
                    &["div", "td", "th", "li", "table", "blockquote", "section", "article", "body"],
                );
            }
            "li" => self.close_implied("li", &["ul", "ol", "menu"]),
            "dt" | "dd" => {
                self.close_implied("dt", &["dl"]);
                self.close_implied("dd", &["dl"]);
            }
            "td" | "th" => {
                self.close_implied("td", &["tr", "table"]);
                self.close_implied("th", &["tr", "table"]);
            }
            "tr" => self.close_implied("tr", &["table", "tbody", "thead", "tfoot"]),
            _ => {}
        }
        if block.is_some() {
            self.flush();
        }
        if intern(VOID, &name).is_some() {
            return;
        }
        let raw = intern(RAW_TEXT, &name).is_some();
        if self.stack.len() >= MAX_DEPTH {
            self.overflow += 1;
            self.deepest_overflow = true;
            if raw {
                self.raw_text(&name);
                self.overflow -= 1;
            }
            return;
        }
        let parent = self.current_node();
        let node = match block {
            Some(tag) if self.skip_at.is_none() => {
                if self.nodes.len() < MAX_NODES {
                    let weight = class_weight(&attrs.hint);
                    self.nodes.push(Node {
                        parent,
                        tag,
                        weight,
                        text: 0,
                        link: 0,
                        score: 0.0,
                        scored: false,
                    });
                    (self.nodes.len() - 1) as u32
                } else {
                    self.nodes_capped = true;
                    parent
                }
            }
            _ => parent,
        };
        if self.skip_at.is_none() && skipped(&name, &attrs) {
            self.skip_at = Some(self.stack.len());
        }
        *self.open.entry(name.as_str().into()).or_insert(0) += 1;
        match name.as_str() {
            "a" => self.links += 1,
            "pre" => self.pres += 1,
            _ => {}
        }
        self.stack.push(Open { name: name.as_str().into(), node });
        if raw {
            self.raw_text(&name);
            self.pop_to(&name);
        }
    }

    /// Consumes a raw-text element's content up to its end tag, keeping
    /// the page title.
    fn raw_text(&mut self, name: &str) {
        let src = self.src;
        let bytes = src.as_bytes();
        let mut at = self.pos;
        let end = loop {
            let Some(i) = self.src[at..].find("</") else { break None };
            let tag = at + i + 2;
            let candidate = bytes.get(tag..tag + name.len());
            let boundary = bytes
                .get(tag + name.len())
                .is_none_or(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/');
            if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) && boundary {
                break Some(at + i);
            }
            at = tag;
        };
        let content_end = end.unwrap_or(bytes.len());
        if name == "title" && self.title.is_empty() {
            let mut title = String::new();
            entities::decode_into(&self.src[self.pos..content_end], &mut title);
            self.title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        self.pos = content_end;
        if end.is_some() {
            self.skip_past_gt(content_end + 2);
        }
    }

    fn line_break(&mut self) {
        if self.skip_at.is_some() {
            return;
        }
        if self.cur.ends_with('\n') {
            self.flush();
        } else if !self.cur.is_empty() {
            self.cur.push('\n');
            self.space = false;
        }
    }

    fn text(&mut self, start: usize, end: usize) {
        if self.skip_at.is_some() {
            return;
        }
        let mut decoded = std::mem::take(&mut self.scratch);
        decoded.clear();
        entities::decode_into(&self.src[start..end], &mut decoded);
        let before = self.cur.len();
        if self.pres > 0 {
            self.cur.extend(decoded.chars().filter(|&c| c != '\r'));
        } else {
            for c in decoded.chars() {
                if c.is_whitespace() {
                    self.space = true;
                } else {
                    if self.space && !self.cur.is_empty() && !self.cur.ends_with('\n') {
                        self.cur.push(' ');
                    }
                    self.space = false;
                    self.cur.push(c);
                }
            }
        }
        if self.links > 0 {
            self.cur_link += self.cur.len() - before;
        }
        self.scratch = decoded;
    }

    /// Ends the current paragraph.
    fn flush(&mut self) {
        let text = if self.pres > 0 {
            crate::tidy_preformatted(&self.cur)
        } else {
            self.cur.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
        };
        if !text.is_empty() {
            let node = self.current_node();
            self.blocks.push(Block { node, text, link: self.cur_link.min(self.cur.len()) });
        }
        self.cur.clear();
        self.cur_link = 0;
        self.space = false;
    }

    fn finish(mut self) -> Extracted {
        let mut notes = Vec::new();
        let chosen = self.choose();
        let visible: usize = self.blocks.iter().map(|b| b.text.len()).sum();
        let kept: usize = chosen.iter().map(|&i| self.blocks[i].text.len()).sum();
        let chosen = if kept < 250 && visible > kept * 2 {
            notes.push(
                "No article stood out in the web page, so all its visible text was kept."
                    .to_string(),
            );
            (0..self.blocks.len()).filter(|&i| !self.link_heavy(i)).collect()
        } else {
            if !chosen.is_empty() {
                notes.push(format!(
                    "Kept the article text of the web page ({} paragraph{}); menus, scripts and \
                     other page parts were left out.",
                    chosen.len(),
                    if chosen.len() == 1 { "" } else { "s" }
                ));
            }
            chosen
        };
        if self.deepest_overflow {
            notes.push(format!(
                "The page nests elements more than {MAX_DEPTH} deep; the deeper structure was ignored."
            ));
        }
        if self.nodes_capped {
            notes.push(format!(
                "The page has more than {MAX_NODES} blocks; later ones were merged."
            ));
        }
        let text = chosen
            .iter()
            .map(|&i| std::mem::take(&mut self.blocks[i].text))
            .collect::<Vec<_>>()
            .join("\n\n");
        Extracted { text, notes, title: self.title }
    }

    fn link_heavy(&self, i: usize) -> bool {
        let b = &self.blocks[i];
        b.link * 2 > b.text.len()
    }

    /// The paragraphs of the article, in page order (see the module doc).
    fn choose(&mut self) -> Vec<usize> {
        let n = self.nodes.len();
        for b in &self.blocks {
            let node = &mut self.nodes[b.node as usize];
            node.text += b.text.len();
            node.link += b.link;
        }
        for i in (1..n).rev() {
            let (text, link, parent) =
                (self.nodes[i].text, self.nodes[i].link, self.nodes[i].parent);
            if parent != NONE {
                self.nodes[parent as usize].text += text;
                self.nodes[parent as usize].link += link;
            }
        }
        for bi in 0..self.blocks.len() {
            let b = &self.blocks[bi];
            let chars = b.text.chars().count();
            if chars < MIN_PARAGRAPH {
                continue;
            }
            let commas = b.text.matches([',', '\u{FF0C}', '\u{060C}']).count();
            let score = 1.0 + commas as f32 + (chars / 100).min(3) as f32;
            let own = &self.nodes[b.node as usize];
            let mut at = if PARAGRAPH_LIKE.contains(&own.tag) { own.parent } else { b.node };
            for level in 0..5u32 {
                if at == NONE {
                    break;
                }
                let node = &mut self.nodes[at as usize];
                if !node.scored {
                    node.scored = true;
                    node.score = initial_score(node.tag) + node.weight;
                }
                node.score += score
                    / match level {
                        0 => 1.0,
                        1 => 2.0,
                        l => l as f32 * 3.0,
                    };
                at = node.parent;
            }
        }
        let final_score = |node: &Node| {
            let density = if node.text == 0 { 0.0 } else { node.link as f32 / node.text as f32 };
            node.score * (1.0 - density.min(1.0))
        };
        let mut ranked: Vec<(f32, u32)> = (0..n)
            .filter(|&i| self.nodes[i].scored)
            .map(|i| (final_score(&self.nodes[i]), i as u32))
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let Some(&(top_score, mut top)) = ranked.first() else { return Vec::new() };
        // Several good candidates under one ancestor: the article is split
        // into parts (ad breaks); take the ancestor.
        let alternatives: Vec<u32> = ranked
            .iter()
            .skip(1)
            .take(4)
            .filter(|(s, _)| *s >= top_score * 0.75)
            .map(|&(_, i)| i)
            .collect();
        if alternatives.len() >= 3 {
            let mut ancestor = self.nodes[top as usize].parent;
            while ancestor != NONE && ancestor != 0 {
                let inside =
                    alternatives.iter().filter(|&&a| self.is_ancestor(ancestor, a)).count();
                if inside >= 3 {
                    top = ancestor;
                    break;
                }
                ancestor = self.nodes[ancestor as usize].parent;
            }
        }
        let top_final = final_score(&self.nodes[top as usize]);
        let threshold = (top_final * 0.2).max(10.0);
        let parent = self.nodes[top as usize].parent;
        let mut selected = vec![false; n];
        selected[top as usize] = true;
        if parent != NONE {
            let mut p_text: HashMap<u32, (usize, bool)> = HashMap::new();
            for b in &self.blocks {
                let node = &self.nodes[b.node as usize];
                if node.parent == parent && node.tag == "p" {
                    let e = p_text.entry(b.node).or_insert((0, false));
                    e.0 += b.text.len();
                    e.1 |= b.text.ends_with('.') || b.text.contains(". ");
                }
            }
            for (i, node) in self.nodes.iter().enumerate().skip(1) {
                if node.parent != parent || i == top as usize {
                    continue;
                }
                let density =
                    if node.text == 0 { 0.0 } else { node.link as f32 / node.text as f32 };
                let reads_like_text = node.tag == "p"
                    && p_text.get(&(i as u32)).is_some_and(|&(len, sentence)| {
                        (len > 80 && density < 0.25)
                            || (len > 0 && len <= 80 && density == 0.0 && sentence)
                    });
                if (node.scored && final_score(node) >= threshold) || reads_like_text {
                    selected[i] = true;
                }
            }
        }
        let mut included = vec![false; n];
        for i in 0..n {
            let p = self.nodes[i].parent;
            included[i] = selected[i] || (p != NONE && included[p as usize]);
        }
        let mut chosen: Vec<usize> = (0..self.blocks.len())
            .filter(|&i| included[self.blocks[i].node as usize] && !self.link_heavy(i))
            .collect();
        // The headline usually sits above the article's container.
        if let Some(first) = chosen.first().copied() {
            let headline = (0..first).rev().find(|&i| {
                self.nodes[self.blocks[i].node as usize].tag == "h1" && !self.link_heavy(i)
            });
            if let Some(h) = headline {
                chosen.insert(0, h);
            }
        }
        chosen
    }

    fn is_ancestor(&self, ancestor: u32, mut node: u32) -> bool {
        while node != NONE {
            if node == ancestor {
                return true;
            }
            node = self.nodes[node as usize].parent;
        }
        false
    }
}

fn initial_score(tag: &str) -> f32 {
    match tag {
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn class_weight(hint: &str) -> f32 {
    if hint.is_empty() {
        return 0.0;
    }
    let mut weight = 0.0;
    if any_in(hint, NEGATIVE) {
        weight -= 25.0;
    }
    if any_in(hint, POSITIVE) {
        weight += 25.0;
    }
    weight
}

fn skipped(name: &str, attrs: &Attrs) -> bool {
    if SKIPPED.contains(&name) || attrs.hidden || ROLES_SKIPPED.contains(&attrs.role.as_str()) {
        return true;
    }
    !matches!(name, "html" | "body" | "article" | "main" | "a")
        && any_in(&attrs.hint, UNLIKELY)
        && !any_in(&attrs.hint, MAYBE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(html: &str) -> String {
        let e = extract(html);
        format!("{}\n--\n{}", e.text, e.notes.join("\n"))
    }

    #[test]
    fn the_article_is_kept_and_the_page_around_it_dropped() {
        let html = r##"<!DOCTYPE html><html><head><title>Storm &amp; flood | Daily</title>
            <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
            <body><header><a href="/">Daily</a><nav><a href="/w">World</a> <a href="/s">Sport</a></nav></header>
            <div class="main-content"><article><h1>Storm hits coast</h1>
            <p class="byline">By A. Writer</p>
            <p>Six people were hurt on Friday, officials said, as the storm reached the coast.</p>
            <div class="share-tools"><a href="#">Share</a></div>
            <p>The mayor said 40,000 residents had lost power, and schools would stay closed.</p>
            <!-- <p>commented out</p> -->
            <p>Crews worked through the night&nbsp;to restore power&hellip;</p></article>
            <aside><p>Related: other storms, earlier storms, later storms, all the storms.</p></aside>
            <div id="comments"><p>First comment, which is long enough to be scored, surely.</p></div>
            </div><footer><p>Copyright, all rights reserved, Daily News, 2025, 2026.</p></footer></body></html>"##;
        let e = extract(html);
        assert_eq!(e.title, "Storm & flood | Daily");
        assert_eq!(
            check(html),
            "Storm hits coast\n\nBy A. Writer\n\nSix people were hurt on Friday, officials said, \
             as the storm reached the coast.\n\nThe mayor said 40,000 residents had lost power, \
             and schools would stay closed.\n\nCrews worked through the night to restore power\u{2026}\n--\n\
             Kept the article text of the web page (5 paragraphs); menus, scripts and other page parts were left out."
        );
    }

    #[test]
    fn double_line_breaks_split_paragraphs() {
        let html = "<body><div>First line,<br>same paragraph.<br><br>Second paragraph.<br> <br>\
                    Third</div></body>";
        assert_eq!(
            extract(html).text,
            "First line,\nsame paragraph.\n\nSecond paragraph.\n\nThird"
        );
    }

    #[test]
    fn unclosed_paragraphs_and_list_items_end_at_the_next_one() {
        let html = "<p>One, two, three, four, five, six.<p>Seven, eight, nine, ten, eleven.\
                    <ul><li>A<li>B</ul>";
        assert_eq!(
            extract(html).text,
            "One, two, three, four, five, six.\n\nSeven, eight, nine, ten, eleven.\n\nA\n\nB"
        );
    }

    #[test]
    fn preformatted_text_keeps_its_lines() {
        assert_eq!(extract("<pre>  a\n   b\r\n</pre><p>c</p>").text, "  a\n   b\n\nc");
    }

    #[test]
    fn hidden_and_unlikely_parts_are_skipped() {
        let html = r#"<div hidden><p>hidden attr</p></div><div style="display: none">styled</div>
            <div aria-hidden="true">aria</div><div role="navigation">role</div>
            <div class="sidebar">side</div><div class="sidebar article-body">kept</div>
            <p>Text <b>bold</b> &lt;b&gt;</p>"#;
        assert_eq!(extract(html).text, "kept\n\nText bold <b>");
    }

    #[test]
    fn raw_text_ends_only_at_its_own_end_tag() {
        let html = "<script>if (a < b && c) { x = '</div>'; }</SCRIPT ><p>after</p><title>T</title\
                    ><textarea><p>no</p></textarea><style>never closed";
        let e = extract(html);
        assert_eq!(e.text, "after");
        assert_eq!(e.title, "T");
    }

    #[test]
    fn odd_markup_does_not_lose_text() {
        assert_eq!(extract("a < b and c<d").text, "a < b and c");
        assert_eq!(extract("x <!-- never closed").text, "x");
        assert_eq!(extract("<p title='a > b'>quoted > kept</p>").text, "quoted > kept");
        assert_eq!(extract("</>stray</p> end <? pi ?> <!doctype html>").text, "stray\n\nend");
        assert_eq!(extract("<div unterminated=\"x>text").text, "");
    }

    #[test]
    fn declared_charsets_are_found_in_meta_tags() {
        let enc = |s: &str| declared_charset(s.as_bytes());
        assert_eq!(enc(r#"<meta charset="iso-8859-2">"#).as_deref(), Some("iso-8859-2"));
        assert_eq!(
            enc(r#"<META http-equiv="Content-Type" content="text/html; charset=windows-1251">"#)
                .as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            enc(r#"<meta name="x" content="y"><meta charset=latin1>"#).as_deref(),
            Some("latin1")
        );
        assert_eq!(enc("<p>charset=utf-8</p>"), None);
    }

    #[test]
    fn deep_nesting_is_flattened_not_recursed() {
        let depth = 20_000;
        let html = format!("{}<p>deep text</p>{}", "<div>".repeat(depth), "</div>".repeat(depth));
        let e = extract(&html);
        assert_eq!(e.text, "deep text");
        assert!(e.notes.iter().any(|n| n.contains("more than 512 deep")), "{:?}", e.notes);
        let html = format!("{}deep{}", "<span><b>".repeat(depth), "</b></span>".repeat(depth));
        assert_eq!(extract(&html).text, "deep");
    }

    #[test]
    fn a_megabyte_on_one_line_is_linear() {
        let line = "<p class=x>Word, word, word and word.</p><a href=y>link</a><b>".repeat(20_000);
        assert!(line.len() > 1_000_000);
        let e = extract(&line);
        assert!(e.text.starts_with("Word, word, word and word.\n\nWord"), "{}", &e.text[..60]);
        let unclosed = format!("<p>{}", "<i x='".repeat(200_000));
        assert_eq!(extract(&unclosed).text, "");
    }

    #[test]
    fn sniffs_pages_without_a_telling_name() {
        assert!(looks_like_html("\n  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<HTML lang=en>"));
        assert!(!looks_like_html("The <html> tag starts a page."));
    }
}
